#include "webhook_delivery_store.h"

#include "storage/database.h"
#include "storage/store_sql.h"

#include <QSqlQuery>

namespace wag {

QString deliveryStateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return QStringLiteral("pending");
    case DeliveryState::Delivered:
        return QStringLiteral("delivered");
    case DeliveryState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

namespace {

DeliveryState parseState(const QString &name)
{
    if (name == u"delivered")
        return DeliveryState::Delivered;
    if (name == u"failed")
        return DeliveryState::Failed;
    return DeliveryState::Pending;
}

// Adds the deliveries an event is missing: destinations of its instance that are enabled,
// subscribe to its type and have no delivery of it yet (added after the event, say).
const QString kAddMissingDeliveries = QStringLiteral(
    "INSERT INTO webhook_deliveries (event_seq, destination_id, state, next_attempt_at,"
    " created_at, updated_at)"
    " SELECT e.seq, w.id, 'pending', ?, ?, ? FROM events e JOIN webhook_destinations w"
    "  ON w.instance_id = e.instance_id AND w.enabled = 1"
    "  AND instr(',' || w.events || ',', ',' || e.type || ',') > 0"
    " WHERE %1 AND (COALESCE(?, '') = '' OR w.id = ?)"
    " AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_seq = e.seq AND d.destination_id = w.id)");

const QString kResetDeliveries = QStringLiteral(
    "UPDATE webhook_deliveries SET state = 'pending', attempts = 0, next_attempt_at = ?,"
    " updated_at = ? WHERE event_seq IN (SELECT seq FROM events e WHERE %1)"
    " AND (COALESCE(?, '') = '' OR destination_id = ?)");

} // namespace

QList<DueDelivery> WebhookDeliveryStore::due(const QDateTime &now, int limit,
                                             const QStringList &skipDestinations) const
{
    QList<DueDelivery> out;
    QVariantList bindings{toSqlTime(now)};
    QString skip;
    for (const QString &destinationId : skipDestinations) {
        skip += skip.isEmpty() ? QStringLiteral(" AND d.destination_id NOT IN (?") : QStringLiteral(", ?");
        bindings << destinationId;
    }
    if (!skip.isEmpty())
        skip += QLatin1Char(')');
    bindings << qMax(0, limit);
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT d.id, d.destination_id, d.attempts, e.event_id, e.type,"
                                  " e.payload, e.created_at FROM webhook_deliveries d"
                                  " JOIN events e ON e.seq = d.event_seq"
                                  " JOIN webhook_destinations w ON w.id = d.destination_id"
                                  " WHERE d.state = 'pending' AND d.next_attempt_at <= ? AND w.enabled = 1")
                       + skip + QStringLiteral(" ORDER BY d.next_attempt_at, d.id LIMIT ?"),
                   bindings))
        return out;
    while (query.next()) {
        DueDelivery d;
        d.id = query.value(0).toLongLong();
        d.destinationId = query.value(1).toString();
        d.attempts = query.value(2).toInt();
        d.eventId = query.value(3).toString();
        d.eventType = query.value(4).toString();
        d.body = query.value(5).toString().toUtf8();
        d.eventCreatedAt = fromSqlTime(query.value(6));
        out.append(d);
    }
    return out;
}

QDateTime WebhookDeliveryStore::nextDueAt() const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, QStringLiteral("SELECT MIN(d.next_attempt_at) FROM webhook_deliveries d"
                                         " JOIN webhook_destinations w ON w.id = d.destination_id"
                                         " WHERE d.state = 'pending' AND w.enabled = 1"))
        || !query.next())
        return {};
    return fromSqlTime(query.value(0));
}

Status WebhookDeliveryStore::recordAttempt(const WebhookAttemptRecord &a, DeliveryState state,
                                           const QDateTime &nextAttemptAt)
{
    const Result<qint64> logged = m_db.insert(
        QStringLiteral("INSERT INTO webhook_attempts (delivery_id, destination_id, event_id, attempt,"
                       " status_code, latency_ms, error, response_excerpt, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.deliveryId, a.destinationId, a.eventId, a.attempt,
         a.statusCode > 0 ? QVariant(a.statusCode) : QVariant(QMetaType(QMetaType::Int)), a.latencyMs,
         textOrNull(a.error), a.responseExcerpt, toSqlTime(a.createdAt)});
    if (!logged)
        return logged.failure();
    return m_db.execOnRow(
        QStringLiteral("UPDATE webhook_deliveries SET state = ?, attempts = ?, next_attempt_at = ?,"
                       " last_status_code = ?, last_error = ?, updated_at = ? WHERE id = ?"),
        {deliveryStateName(state), a.attempt,
         state == DeliveryState::Pending ? toSqlTime(nextAttemptAt) : QVariant(QMetaType(QMetaType::LongLong)),
         a.statusCode > 0 ? QVariant(a.statusCode) : QVariant(QMetaType(QMetaType::Int)),
         textOrNull(a.error), toSqlTime(a.createdAt), a.deliveryId});
}

Result<int> WebhookDeliveryStore::redeliverEvent(const QString &eventId, const QString &destinationId,
                                                 const QDateTime &at)
{
    QSqlQuery reset(m_db.connection());
    const Status r = m_db.exec(reset, kResetDeliveries.arg(QStringLiteral("e.event_id = ?")),
                               {toSqlTime(at), toSqlTime(at), eventId, destinationId, destinationId});
    if (!r)
        return r.failure();
    const int resetCount = reset.numRowsAffected();
    QSqlQuery added(m_db.connection());
    const Status a = m_db.exec(added, kAddMissingDeliveries.arg(QStringLiteral("e.event_id = ?")),
                               {toSqlTime(at), toSqlTime(at), toSqlTime(at), eventId, destinationId,
                                destinationId});
    if (!a)
        return a.failure();
    return resetCount + added.numRowsAffected();
}

Result<int> WebhookDeliveryStore::redeliverRange(const QString &instanceId, const QString &destinationId,
                                                 const QDateTime &from, const QDateTime &to,
                                                 const QDateTime &at)
{
    const QString range = QStringLiteral("e.instance_id = ? AND e.created_at >= ? AND e.created_at < ?");
    QSqlQuery reset(m_db.connection());
    const Status r = m_db.exec(reset, kResetDeliveries.arg(range),
                               {toSqlTime(at), toSqlTime(at), instanceId, toSqlTime(from), toSqlTime(to),
                                destinationId, destinationId});
    if (!r)
        return r.failure();
    const int resetCount = reset.numRowsAffected();
    QSqlQuery added(m_db.connection());
    const Status a = m_db.exec(added, kAddMissingDeliveries.arg(range),
                               {toSqlTime(at), toSqlTime(at), toSqlTime(at), instanceId, toSqlTime(from),
                                toSqlTime(to), destinationId, destinationId});
    if (!a)
        return a.failure();
    return resetCount + added.numRowsAffected();
}

QList<DeliveryRecord> WebhookDeliveryStore::forEvent(const QString &eventId) const
{
    QList<DeliveryRecord> out;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT d.id, d.destination_id, e.event_id, d.state, d.attempts,"
                                  " d.next_attempt_at, d.last_status_code, d.last_error"
                                  " FROM webhook_deliveries d JOIN events e ON e.seq = d.event_seq"
                                  " WHERE e.event_id = ? ORDER BY d.id"),
                   {eventId}))
        return out;
    while (query.next()) {
        DeliveryRecord d;
        d.id = query.value(0).toLongLong();
        d.destinationId = query.value(1).toString();
        d.eventId = query.value(2).toString();
        d.state = parseState(query.value(3).toString());
        d.attempts = query.value(4).toInt();
        d.nextAttemptAt = fromSqlTime(query.value(5));
        d.lastStatusCode = query.value(6).toInt();
        d.lastError = query.value(7).toString();
        out.append(d);
    }
    return out;
}

QList<WebhookAttemptRecord> WebhookDeliveryStore::attempts(const QString &destinationId, int limit,
                                                           qint64 beforeId) const
{
    QList<WebhookAttemptRecord> out;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT a.id, a.delivery_id, a.destination_id, a.event_id, e.type,"
                                  " a.attempt, a.status_code, a.latency_ms, a.error, a.response_excerpt,"
                                  " a.created_at FROM webhook_attempts a"
                                  " LEFT JOIN events e ON e.event_id = a.event_id"
                                  " WHERE a.destination_id = ? AND (? <= 0 OR a.id < ?)"
                                  " ORDER BY a.id DESC LIMIT ?"),
                   {destinationId, beforeId, beforeId, qMax(0, limit)}))
        return out;
    while (query.next()) {
        WebhookAttemptRecord a;
        a.id = query.value(0).toLongLong();
        a.deliveryId = query.value(1).toLongLong();
        a.destinationId = query.value(2).toString();
        a.eventId = query.value(3).toString();
        a.eventType = query.value(4).toString();
        a.attempt = query.value(5).toInt();
        a.statusCode = query.value(6).toInt();
        a.latencyMs = query.value(7).toLongLong();
        a.error = query.value(8).toString();
        a.responseExcerpt = query.value(9).toByteArray();
        a.createdAt = fromSqlTime(query.value(10));
        out.append(a);
    }
    return out;
}

int WebhookDeliveryStore::pendingCount(const QString &destinationId) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'pending'"
                                         " AND (COALESCE(?, '') = '' OR destination_id = ?)"),
                   {destinationId, destinationId})
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace wag
