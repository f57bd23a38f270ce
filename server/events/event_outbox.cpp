#include "event_outbox.h"

#include "storage/database.h"
#include "storage/event_store.h"
#include "storage/webhook_destination_store.h"

namespace wag {

Status EventOutbox::record(const Database &db, const GatewayEvent &event)
{
    const Result<int> stored = EventStore(db).append(event, event.occurredAt);
    return stored ? succeeded() : Status(stored.failure());
}

void EventOutbox::filterBySubscriptions(const Database &db)
{
    m_database = &db;
    m_version = -2;
}

bool EventOutbox::refreshSubscriptions() const
{
    const qint64 version = m_database->configurationVersion();
    if (version < 0)
        return false;
    if (version == m_version)
        return true;
    m_subscriptions.clear();
    for (const WebhookDestinationRecord &d : WebhookDestinationStore(*m_database).list()) {
        if (!d.enabled)
            continue;
        QSet<QString> &types = m_subscriptions[d.instanceId];
        for (const QString &type : d.events)
            types.insert(type);
    }
    m_version = version;
    return true;
}

bool EventOutbox::wants(const QString &instanceId, const QString &type) const
{
    if (!m_database || !refreshSubscriptions())
        return true;
    const auto found = m_subscriptions.constFind(instanceId);
    return found != m_subscriptions.cend() && found->contains(type);
}

bool EventOutbox::wantsAny(const QString &instanceId, const QStringList &types) const
{
    for (const QString &type : types) {
        if (wants(instanceId, type))
            return true;
    }
    return false;
}

QList<GatewayEvent> EventOutbox::wanted(QList<GatewayEvent> events) const
{
    events.removeIf([this](const GatewayEvent &e) { return !wants(e.instanceId, e.type); });
    return events;
}

void EventOutbox::committed(const QList<GatewayEvent> &events)
{
    if (!events.isEmpty())
        emit eventsCommitted(events);
}

} // namespace wag
