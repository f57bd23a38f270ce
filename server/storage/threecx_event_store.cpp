#include "threecx_event_store.h"

#include "storage/database.h"
#include "storage/store_sql.h"

#include <QSqlQuery>

namespace wag {

Result<qint64> ThreecxEventStore::insert(const ThreecxEventRecord &r)
{
    return m_db.insert(QStringLiteral("INSERT INTO threecx_events (integration_id, event_type, phone_masked,"
                                      " phone_hash, action, http_status, error, reason, message_id, created_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {r.integrationId, r.eventType, textOrNull(r.phoneMasked), textOrNull(r.phoneHash), r.action,
                        r.httpStatus, textOrNull(r.error), textOrNull(r.reason), textOrNull(r.messageId),
                        toSqlTime(r.createdAt)});
}

QDateTime ThreecxEventStore::lastSentSince(const QString &integrationId, const QString &eventType,
                                           const QString &phoneHash, const QDateTime &since) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT MAX(created_at) FROM threecx_events WHERE integration_id = ?"
                                  " AND event_type = ? AND phone_hash = ? AND action = 'sent' AND created_at >= ?"),
                   {integrationId, eventType, phoneHash, toSqlTime(since)})
        || !query.next() || query.value(0).isNull())
        return {};
    return fromSqlTime(query.value(0));
}

QList<ThreecxEventRecord> ThreecxEventStore::page(const QString &integrationId, int limit, qint64 beforeId) const
{
    QList<ThreecxEventRecord> out;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT id, integration_id, event_type, phone_masked, phone_hash, action,"
                                  " http_status, error, reason, message_id, created_at FROM threecx_events"
                                  " WHERE integration_id = ? AND (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?"),
                   {integrationId, beforeId, beforeId, qMax(0, limit)}))
        return out;
    while (query.next()) {
        ThreecxEventRecord r;
        r.id = query.value(0).toLongLong();
        r.integrationId = query.value(1).toString();
        r.eventType = query.value(2).toString();
        r.phoneMasked = query.value(3).toString();
        r.phoneHash = query.value(4).toString();
        r.action = query.value(5).toString();
        r.httpStatus = query.value(6).toInt();
        r.error = query.value(7).toString();
        r.reason = query.value(8).toString();
        r.messageId = query.value(9).toString();
        r.createdAt = fromSqlTime(query.value(10));
        out.append(r);
    }
    return out;
}

int ThreecxEventStore::purgeOlderThan(const QDateTime &before)
{
    return purgeCreatedBefore(m_db, QStringLiteral("threecx_events"), before);
}

} // namespace wag
