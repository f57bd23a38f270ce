#include "gateway_event.h"

#include "core/random.h"

#include <QJsonDocument>

namespace wag {

QString eventTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

GatewayEvent makeGatewayEvent(const QString &type, const QString &instanceId,
                              const QString &instanceName, const QDateTime &occurredAt,
                              const QJsonObject &fields)
{
    GatewayEvent event;
    event.id = makeId(QStringLiteral("evt"));
    event.type = type;
    event.instanceId = instanceId;
    event.occurredAt = occurredAt.toUTC();

    QJsonObject payload = fields;
    payload.insert(QStringLiteral("event"), type);
    payload.insert(QStringLiteral("event_id"), event.id);
    payload.insert(QStringLiteral("occurred_at"), eventTime(occurredAt));
    payload.insert(QStringLiteral("instance_id"), instanceId);
    payload.insert(QStringLiteral("instance_name"), instanceName);
    event.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return event;
}

} // namespace wag
