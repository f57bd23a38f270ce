#pragma once

#include "core/result.h"
#include "events/gateway_event.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wag {

class Database;

struct StoredEvent
{
    qint64 seq = 0;
    GatewayEvent event;
};

// The events table: the outbox of customer webhooks.
class EventStore
{
public:
    explicit EventStore(const Database &db) : m_db(db) { }

    // Stores the event and one pending delivery, due at `firstAttemptAt`, for every enabled
    // destination of the event's instance that subscribed to its type. Run it inside the
    // transaction of the change that caused the event. Returns how many deliveries it made.
    Result<int> append(const GatewayEvent &event, const QDateTime &firstAttemptAt);
    // Stores the event with one delivery to that destination only ("send test event").
    Status appendForDestination(const GatewayEvent &event, const QString &destinationId,
                                const QDateTime &firstAttemptAt);

    std::optional<StoredEvent> find(const QString &eventId) const;
    // Newest first; instanceId empty for all; an invalid bound leaves that side open.
    QList<StoredEvent> list(const QString &instanceId, const QDateTime &from, const QDateTime &to,
                            int limit) const;

    // Deletes events (and their deliveries and attempts) created before `before`.
    int purgeOlderThan(const QDateTime &before);

private:
    Result<qint64> insertEvent(const GatewayEvent &event); // its seq

    const Database &m_db;
};

} // namespace wag
