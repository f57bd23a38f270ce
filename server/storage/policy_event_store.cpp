#include "policy_event_store.h"

#include "storage/database.h"

#include <QStringList>

namespace wag {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

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
    QStringList conditions;
    QVariantList bindings;
    if (!filter.instanceId.isEmpty()) {
        conditions << QStringLiteral("instance_id = ?");
        bindings << filter.instanceId;
    }
    if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        bindings << filter.action;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("created_at >= ?");
        bindings << toSqlTime(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("created_at < ?");
        bindings << toSqlTime(filter.to);
    }
    if (filter.beforeId > 0) {
        conditions << QStringLiteral("id < ?");
        bindings << filter.beforeId;
    }
    QString sql = QStringLiteral("SELECT id, instance_id, log_id, rule, action, risk_score,"
                                 " detail, created_at FROM policy_events ");
    if (!conditions.isEmpty())
        sql += QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + u' ';
    sql += QStringLiteral("ORDER BY id DESC LIMIT ?");
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
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, QStringLiteral("DELETE FROM policy_events WHERE created_at < ?"),
                   {toSqlTime(before)}))
        return -1;
    return query.numRowsAffected();
}

} // namespace wag
