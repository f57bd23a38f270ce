#include "event_store.h"

#include "storage/database.h"
#include "storage/store_sql.h"

#include <QSqlQuery>

namespace wag {

namespace {

StoredEvent readEvent(const QSqlQuery &query)
{
    StoredEvent stored;
    stored.seq = query.value(0).toLongLong();
    stored.event.id = query.value(1).toString();
    stored.event.instanceId = query.value(2).toString();
    stored.event.type = query.value(3).toString();
    stored.event.body = query.value(4).toByteArray();
    stored.event.occurredAt = fromSqlTime(query.value(5));
    return stored;
}

const QString kEventColumns = QStringLiteral("seq, event_id, instance_id, type, payload, created_at");

} // namespace

Result<qint64> EventStore::insertEvent(const GatewayEvent &event)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO events (event_id, instance_id, type, payload, created_at)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {event.id, textOrNull(event.instanceId), event.type, QString::fromUtf8(event.body),
         toSqlTime(event.occurredAt)});
}

Result<int> EventStore::append(const GatewayEvent &event, const QDateTime &firstAttemptAt)
{
    const Result<qint64> seq = insertEvent(event);
    if (!seq)
        return seq.failure();
    // A destination subscribes with a comma-separated list of event names; matching the
    // name between commas keeps "message.read" from matching "message.read_receipt".
    QSqlQuery query(m_db.connection());
    const Status fanOut = m_db.exec(
        query,
        QStringLiteral("INSERT INTO webhook_deliveries (event_seq, destination_id, state,"
                       " next_attempt_at, created_at, updated_at)"
                       " SELECT ?, id, 'pending', ?, ?, ? FROM webhook_destinations"
                       " WHERE instance_id = ? AND enabled = 1"
                       " AND instr(',' || events || ',', ',' || ? || ',') > 0"),
        {seq.value(), toSqlTime(firstAttemptAt), toSqlTime(event.occurredAt), toSqlTime(event.occurredAt),
         event.instanceId, event.type});
    if (!fanOut)
        return fanOut.failure();
    return query.numRowsAffected();
}

Status EventStore::appendForDestination(const GatewayEvent &event, const QString &destinationId,
                                        const QDateTime &firstAttemptAt)
{
    const Result<qint64> seq = insertEvent(event);
    if (!seq)
        return seq.failure();
    const Result<qint64> delivery = m_db.insert(
        QStringLiteral("INSERT INTO webhook_deliveries (event_seq, destination_id, state,"
                       " next_attempt_at, created_at, updated_at) VALUES (?, ?, 'pending', ?, ?, ?)"),
        {seq.value(), destinationId, toSqlTime(firstAttemptAt), toSqlTime(event.occurredAt),
         toSqlTime(event.occurredAt)});
    return delivery ? succeeded() : Status(delivery.failure());
}

std::optional<StoredEvent> EventStore::find(const QString &eventId) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, QStringLiteral("SELECT ") + kEventColumns + QStringLiteral(" FROM events WHERE event_id = ?"),
                   {eventId})
        || !query.next())
        return std::nullopt;
    return readEvent(query);
}

QList<StoredEvent> EventStore::list(const QString &instanceId, const QDateTime &from,
                                    const QDateTime &to, int limit) const
{
    SqlFilter where;
    where.addText(QStringLiteral("instance_id = ?"), instanceId);
    where.addCreatedWithin(from, to);
    QVariantList bindings = where.bindings();
    bindings << qMax(0, limit);
    QList<StoredEvent> events;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT ") + kEventColumns + QStringLiteral(" FROM events ")
                       + where.whereClause() + QStringLiteral("ORDER BY seq DESC LIMIT ?"),
                   bindings))
        return events;
    while (query.next())
        events.append(readEvent(query));
    return events;
}

int EventStore::purgeOlderThan(const QDateTime &before)
{
    return purgeCreatedBefore(m_db, QStringLiteral("events"), before);
}

} // namespace wag
