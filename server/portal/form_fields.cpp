#include "form_fields.h"

#include "http/http_types.h"

namespace wag::portal {

static QString decodeComponent(QByteArray raw)
{
    raw.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

FormFields FormFields::parse(const QByteArray &urlEncoded)
{
    FormFields fields;
    for (const QByteArray &pair : urlEncoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = decodeComponent(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decodeComponent(pair.mid(equals + 1));
        if (!fields.m_values.contains(name))
            fields.m_values.insert(name, value);
    }
    return fields;
}

FormFields FormFields::parse(const HttpRequest &request)
{
    const QByteArray type = request.header("content-type").split(';').value(0).trimmed().toLower();
    if (type != "application/x-www-form-urlencoded")
        return {};
    return parse(request.body);
}

} // namespace wag::portal
