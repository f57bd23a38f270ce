#pragma once

#include "core/result.h"
#include "events/gateway_event.h"

#include <QList>
#include <QObject>

namespace wag {

class Database;

// Where events enter the durable outbox (SPEC §6.4). Whoever changes state writes the
// event inside the same transaction with record(), so the change and its event are kept or
// lost together; once that transaction has committed, committed() tells the webhook
// dispatcher to look for due deliveries and the live front-ends what happened.
class EventOutbox final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Inside a write transaction on `db` (the group-commit writer's or the main connection).
    // Deliveries are due at the event's own time, i.e. at once.
    static Status record(const Database &db, const GatewayEvent &event);

    // After the transaction that recorded `events` committed. Never call it for a
    // transaction that failed: those events do not exist.
    void committed(const QList<GatewayEvent> &events);

signals:
    // Coalesced by the receiver: the dispatcher runs one due-query per event-loop turn.
    void eventsCommitted(const QList<wag::GatewayEvent> &events);
};

} // namespace wag
