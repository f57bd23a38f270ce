#include "policy_event_store.h"

#include "storage/database.h"
#include "storage/store_sql.h"

namespace wag {

Result<qint64> PolicyEventStore::insert(const PolicyEventRecord &event)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO policy_events (instance_id, log_id, rule, action, risk_score,"
                       " detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {textOrNull(event.instanceId), event.logId ? QVariant(*event.logId) : QVariant(),
         // NOT NULL: a missing rule or action is refused (kStorageConflict), not invented.
         textOrNull(event.rule), textOrNull(event.action),
         event.riskScore ? QVariant(*event.riskScore) : QVariant(), textOrNull(event.detail),
         toSqlTime(event.createdAt)});
}

QList<PolicyEventRecord> PolicyEventStore::list(const PolicyEventFilter &filter) const
{
    SqlFilter where;
    where.addText(QStringLiteral("instance_id = ?"), filter.instanceId);
    where.addText(QStringLiteral("action = ?"), filter.action);
    where.addCreatedWithin(filter.from, filter.to);
    if (filter.beforeId > 0)
        where.add(QStringLiteral("id < ?"), filter.beforeId);
    const QString sql = QStringLiteral("SELECT id, instance_id, log_id, rule, action, risk_score,"
                                       " detail, created_at FROM policy_events ")
        + where.whereClause() + QStringLiteral("ORDER BY id DESC LIMIT ?");
    QVariantList bindings = where.bindings();
    bindings << qMax(0, filter.limit);

    QList<PolicyEventRecord> events;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, sql, bindings))
        return events;
    while (query.next()) {
        PolicyEventRecord event;
        event.id = query.value(0).toLongLong();
        event.instanceId = query.value(1).toString();
        if (!query.value(2).isNull())
            event.logId = query.value(2).toLongLong();
        event.rule = query.value(3).toString();
        event.action = query.value(4).toString();
        if (!query.value(5).isNull())
            event.riskScore = query.value(5).toInt();
        event.detail = query.value(6).toString();
        event.createdAt = fromSqlTime(query.value(7));
        events.append(event);
    }
    return events;
}

int PolicyEventStore::purgeOlderThan(const QDateTime &before)
{
    return purgeCreatedBefore(m_db, QStringLiteral("policy_events"), before);
}

} // namespace wag
