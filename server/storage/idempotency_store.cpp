#include "idempotency_store.h"

#include "storage/database.h"

namespace wag {

Status IdempotencyStore::insert(const IdempotencyRecord &record)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO idempotency_keys (api_key_id, idempotency_key, request_hash,"
                       " log_id, response_status, response_body, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {record.apiKeyId, record.key, QString::fromLatin1(record.requestHash),
         record.logId ? QVariant(*record.logId) : QVariant(),
         record.responseStatus ? QVariant(*record.responseStatus) : QVariant(),
         record.responseStatus ? QVariant(record.responseBody) : QVariant(),
         toSqlTime(record.createdAt)});
}

Status IdempotencyStore::setResponse(qint64 apiKeyId, const QString &key, int status,
                                     const QByteArray &body)
{
    // response_status alone marks the answer as stored; an empty body may read back as NULL.
    return m_db.execOnRow(QStringLiteral("UPDATE idempotency_keys SET response_status = ?,"
                                         " response_body = ?"
                                         " WHERE api_key_id = ? AND idempotency_key = ?"),
                          {status, body, apiKeyId, key});
}

Status IdempotencyStore::setLogId(qint64 apiKeyId, const QString &key, qint64 logId)
{
    return m_db.execOnRow(QStringLiteral("UPDATE idempotency_keys SET log_id = ?"
                                         " WHERE api_key_id = ? AND idempotency_key = ?"),
                          {logId, apiKeyId, key});
}

std::optional<IdempotencyRecord> IdempotencyStore::find(qint64 apiKeyId, const QString &key) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT request_hash, log_id, response_status, response_body,"
                                  " created_at FROM idempotency_keys"
                                  " WHERE api_key_id = ? AND idempotency_key = ?"),
                   {apiKeyId, key})
        || !query.next())
        return std::nullopt;
    IdempotencyRecord record;
    record.apiKeyId = apiKeyId;
    record.key = key;
    record.requestHash = query.value(0).toString().toLatin1();
    if (!query.value(1).isNull())
        record.logId = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        record.responseStatus = query.value(2).toInt();
    record.responseBody = query.value(3).toByteArray();
    record.createdAt = fromSqlTime(query.value(4));
    return record;
}

int IdempotencyStore::purgeOlderThan(const QDateTime &before)
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"),
                   {toSqlTime(before)}))
        return -1;
    return query.numRowsAffected();
}

} // namespace wag
