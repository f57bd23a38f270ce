#include "send_answer.h"

#include <QJsonDocument>

namespace wag {

SendAnswer SendAnswer::failure(int status, const QString &error, const QString &message,
                               const QJsonObject &details, qint64 retryAfterSeconds)
{
    SendAnswer a;
    a.status = status;
    a.body = QJsonObject{{QStringLiteral("success"), false},
                         {QStringLiteral("error"), error},
                         {QStringLiteral("message"), message},
                         {QStringLiteral("details"), details}};
    a.retryAfterSeconds = retryAfterSeconds;
    return a;
}

QByteArray SendAnswer::serialize() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), status},
                                     {QStringLiteral("retry_after"), retryAfterSeconds},
                                     {QStringLiteral("body"), body}})
        .toJson(QJsonDocument::Compact);
}

SendAnswer SendAnswer::deserialize(const QByteArray &stored)
{
    const QJsonObject o = QJsonDocument::fromJson(stored).object();
    SendAnswer a;
    a.status = o.value(QStringLiteral("status")).toInt(500);
    a.retryAfterSeconds = o.value(QStringLiteral("retry_after")).toInteger();
    a.body = o.value(QStringLiteral("body")).toObject();
    return a;
}

} // namespace wag
