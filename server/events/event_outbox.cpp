#include "event_outbox.h"

#include "storage/event_store.h"

namespace wag {

Status EventOutbox::record(const Database &db, const GatewayEvent &event)
{
    const Result<int> stored = EventStore(db).append(event, event.occurredAt);
    return stored ? succeeded() : Status(stored.failure());
}

void EventOutbox::committed(const QList<GatewayEvent> &events)
{
    if (!events.isEmpty())
        emit eventsCommitted(events);
}

} // namespace wag
