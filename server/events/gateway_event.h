#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace wag {

// One event as customers receive it (SPEC §6.3): a flat JSON object with `event`,
// `event_id`, `occurred_at`, `instance_id`, `instance_name` and the event's own fields.
// The body is serialized once, when the event is made, and stored as is: every delivery
// attempt and every redelivery sends the very same bytes, so signatures and receivers'
// de-duplication see one event.
struct GatewayEvent
{
    QString id; // "evt_" + random, stable across retries
    QString type;
    QString instanceId;
    QDateTime occurredAt; // UTC
    QByteArray body;
};

// `fields` must not carry the common keys; they are set here.
GatewayEvent makeGatewayEvent(const QString &type, const QString &instanceId,
                              const QString &instanceName, const QDateTime &occurredAt,
                              const QJsonObject &fields);

// ISO-8601 UTC with milliseconds, as every time in a payload is written.
QString eventTime(const QDateTime &at);

} // namespace wag
