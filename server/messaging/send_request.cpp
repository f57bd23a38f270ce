#include "send_request.h"

namespace wag {

int characterCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

static QString requiredString(const QJsonObject &body, const QString &field, QJsonObject *errors)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        errors->insert(field, QStringLiteral("required"));
        return {};
    }
    if (!value.isString()) {
        errors->insert(field, QStringLiteral("must be a string"));
        return {};
    }
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        errors->insert(field, QStringLiteral("must not be empty"));
    return text;
}

SendRequestParse parseSendRequest(const QJsonObject &body)
{
    SendRequestParse parse;
    QJsonObject &errors = parse.fieldErrors;
    SendRequest &r = parse.request;

    r.instanceRef = requiredString(body, QStringLiteral("instance_id"), &errors).trimmed();
    r.phone = requiredString(body, QStringLiteral("phone"), &errors).trimmed();
    r.message = requiredString(body, QStringLiteral("message"), &errors);
    if (!errors.contains(QStringLiteral("message")) && characterCount(r.message) > kMaxMessageCharacters)
        errors.insert(QStringLiteral("message"),
                      QStringLiteral("must be at most %1 characters").arg(kMaxMessageCharacters));

    const QJsonValue purpose = body.value(QStringLiteral("message_purpose"));
    if (!purpose.isUndefined() && !purpose.isNull() && !purpose.isString())
        errors.insert(QStringLiteral("message_purpose"), QStringLiteral("must be a string"));
    else
        r.purpose = purpose.toString().trimmed();

    const QJsonValue reference = body.value(QStringLiteral("reference"));
    if (!reference.isUndefined() && !reference.isNull()) {
        if (!reference.isString())
            errors.insert(QStringLiteral("reference"), QStringLiteral("must be a string"));
        else if (reference.toString().size() > kMaxReferenceLength)
            errors.insert(QStringLiteral("reference"),
                          QStringLiteral("must be at most %1 characters").arg(kMaxReferenceLength));
        else
            r.reference = reference.toString();
    }
    return parse;
}

} // namespace wag
