#pragma once

#include "core/result.h"
#include "events/gateway_event.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QObject>

namespace wag {

class Database;

// Where events enter the durable outbox (SPEC §6.4). Whoever changes state writes the
// event inside the same transaction with record(), so the change and its event are kept or
// lost together; once that transaction has committed, committed() tells the webhook
// dispatcher to look for due deliveries and the live front-ends what happened.
//
// Events nobody subscribed to are not made at all once filterBySubscriptions() is on (the
// gateway's setting): building and storing a payload costs more than the change it
// reports, and the busiest changes (receipts) are the ones fewest customers ask for.
class EventOutbox final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // From now on, wants() answers from the enabled destinations in `db`, re-read whenever
    // the configuration's change counters move (an admin command in another process
    // included). Without it every event is wanted.
    void filterBySubscriptions(const Database &db);
    // Whether some enabled destination of the instance subscribes to `type` (or to any of
    // `types`). When the subscriptions cannot be read, yes: an event too many is cheaper
    // than one lost.
    bool wants(const QString &instanceId, const QString &type) const;
    bool wantsAny(const QString &instanceId, const QStringList &types) const;
    // The events of `events` that wants() keeps.
    QList<GatewayEvent> wanted(QList<GatewayEvent> events) const;

    // Inside a write transaction on `db` (the group-commit writer's or the main connection).
    // Deliveries are due at the event's own time, i.e. at once.
    static Status record(const Database &db, const GatewayEvent &event);

    // After the transaction that recorded `events` committed. Never call it for a
    // transaction that failed: those events do not exist.
    void committed(const QList<GatewayEvent> &events);

private:
    bool refreshSubscriptions() const;

    const Database *m_database = nullptr;
    mutable qint64 m_version = -2;
    mutable QHash<QString, QSet<QString>> m_subscriptions; // instance id → event types

signals:
    // Coalesced by the receiver: the dispatcher runs one due-query per event-loop turn.
    void eventsCommitted(const QList<wag::GatewayEvent> &events);
};

} // namespace wag
