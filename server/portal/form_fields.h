#pragma once

#include <QHash>
#include <QString>

namespace wag {
struct HttpRequest;
}

namespace wag::portal {

// The fields of a submitted HTML form (application/x-www-form-urlencoded). QUrlQuery is
// not used: it leaves '+' as '+', but browsers encode spaces in form bodies as '+'.
// A body of another type has no fields, so its CSRF check fails and nothing changes.
class FormFields
{
public:
    static FormFields parse(const HttpRequest &request);
    static FormFields parse(const QByteArray &urlEncoded);

    // The first value given for `name`; empty when the field is absent.
    QString value(const QString &name) const { return m_values.value(name); }
    bool contains(const QString &name) const { return m_values.contains(name); }

private:
    QHash<QString, QString> m_values;
};

} // namespace wag::portal
