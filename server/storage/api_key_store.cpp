#include "api_key_store.h"

#include "storage/database.h"

#include <QHash>

namespace wag {

Result<qint64> ApiKeyStore::insert(const ApiKeyRecord &key)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.status().failure();
    const Result<qint64> id = m_db.insert(
        QStringLiteral("INSERT INTO api_keys (name, prefix, key_hash, created_at, last_used_at,"
                       " revoked_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {key.name, key.prefix, QString::fromLatin1(key.keyHash), toSqlTime(key.createdAt),
         toSqlTime(key.lastUsedAt), toSqlTime(key.revokedAt)});
    if (!id)
        return id;
    for (const QString &instanceId : key.instanceIds) {
        const Status status = m_db.exec(
            QStringLiteral("INSERT INTO api_key_instances (api_key_id, instance_id) VALUES (?, ?)"),
            {id.value(), instanceId});
        if (!status)
            return status.failure();
    }
    if (!transaction.commit())
        return transaction.status().failure();
    return id;
}

std::optional<ApiKeyRecord> ApiKeyStore::findById(qint64 id) const
{
    QList<ApiKeyRecord> keys = select(QLatin1String("WHERE id = ?"), {id});
    return keys.isEmpty() ? std::nullopt : std::optional(keys.takeFirst());
}

std::optional<ApiKeyRecord> ApiKeyStore::findByHash(const QByteArray &keyHash) const
{
    QList<ApiKeyRecord> keys
        = select(QLatin1String("WHERE key_hash = ?"), {QString::fromLatin1(keyHash)});
    return keys.isEmpty() ? std::nullopt : std::optional(keys.takeFirst());
}

QList<ApiKeyRecord> ApiKeyStore::findByPrefixStart(const QString &prefixStart) const
{
    // substr rather than LIKE: LIKE treats '_' (in every "wg_live_" key) as a wildcard and
    // ignores ASCII case in SQLite, while the prefix is case-sensitive base62.
    return select(QLatin1String("WHERE substr(prefix, 1, ?) = ? ORDER BY id"),
                  {qlonglong(prefixStart.size()), prefixStart});
}

QList<ApiKeyRecord> ApiKeyStore::all() const
{
    return select(QLatin1String("ORDER BY id"), {});
}

Status ApiKeyStore::setRevokedAt(qint64 id, const QDateTime &revokedAt)
{
    const Status status = m_db.execOnRow(
        QStringLiteral("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
        {toSqlTime(revokedAt), id});
    // Matching no row is fine when the key exists and was revoked before.
    if (!status && status.failure().code == QLatin1String(kStorageNotFound) && findById(id))
        return succeeded();
    return status;
}

Status ApiKeyStore::setLastUsedAt(qint64 id, const QDateTime &lastUsedAt)
{
    return m_db.execOnRow(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"),
                          {toSqlTime(lastUsedAt), id});
}

Status ApiKeyStore::remove(qint64 id)
{
    return m_db.execOnRow(QStringLiteral("DELETE FROM api_keys WHERE id = ?"), {id});
}

QList<ApiKeyRecord> ApiKeyStore::select(QLatin1String tail, const QVariantList &bindings) const
{
    QList<ApiKeyRecord> keys;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QLatin1String("SELECT id, name, prefix, key_hash, created_at, last_used_at,"
                                 " revoked_at FROM api_keys ")
                       + tail,
                   bindings))
        return keys;
    while (query.next()) {
        ApiKeyRecord key;
        key.id = query.value(0).toLongLong();
        key.name = query.value(1).toString();
        key.prefix = query.value(2).toString();
        key.keyHash = query.value(3).toString().toLatin1();
        key.createdAt = fromSqlTime(query.value(4));
        key.lastUsedAt = fromSqlTime(query.value(5));
        key.revokedAt = fromSqlTime(query.value(6));
        keys.append(key);
    }
    // A key whose scope cannot be read must not come back looking unscoped (= all instances).
    if (!loadScopes(keys))
        keys.clear();
    return keys;
}

bool ApiKeyStore::loadScopes(QList<ApiKeyRecord> &keys) const
{
    if (keys.isEmpty())
        return true;
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < keys.size(); ++i)
        indexById.insert(keys.at(i).id, i);

    QSqlQuery query(m_db.connection());
    QLatin1String sql("SELECT api_key_id, instance_id FROM api_key_instances"
                      " ORDER BY api_key_id, instance_id");
    QVariantList bindings;
    if (keys.size() == 1) {
        sql = QLatin1String("SELECT api_key_id, instance_id FROM api_key_instances"
                            " WHERE api_key_id = ? ORDER BY instance_id");
        bindings.append(keys.first().id);
    }
    if (!m_db.exec(query, sql, bindings))
        return false;
    while (query.next()) {
        const auto found = indexById.constFind(query.value(0).toLongLong());
        if (found != indexById.constEnd())
            keys[*found].instanceIds.append(query.value(1).toString());
    }
    return true;
}

} // namespace wag
