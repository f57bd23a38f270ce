#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wag {

class Database;

struct ApiKeyRecord
{
    qint64 id = 0;
    QString name;
    QString prefix; // the first characters of the key, kept in clear to tell keys apart
    QByteArray keyHash; // hex SHA-256 of the key; the key itself is never stored
    QStringList instanceIds; // scope; empty means every instance
    QDateTime createdAt;
    QDateTime lastUsedAt; // null: never used
    QDateTime revokedAt; // null: still valid

    bool isRevoked() const { return revokedAt.isValid(); }
};

// The api_keys table and its scope rows in api_key_instances.
class ApiKeyStore
{
public:
    explicit ApiKeyStore(Database &db) : m_db(db) { }

    // Inserts the key and its scope rows in one transaction; returns the new id.
    Result<qint64> insert(const ApiKeyRecord &key);
    std::optional<ApiKeyRecord> findById(qint64 id) const;
    std::optional<ApiKeyRecord> findByHash(const QByteArray &keyHash) const;
    // Every key whose stored prefix starts with `prefixStart` (case-sensitive).
    QList<ApiKeyRecord> findByPrefixStart(const QString &prefixStart) const;
    QList<ApiKeyRecord> all() const; // oldest first

    // Sets revoked_at unless the key is already revoked: the first revocation time stays.
    Status setRevokedAt(qint64 id, const QDateTime &revokedAt);
    Status setLastUsedAt(qint64 id, const QDateTime &lastUsedAt);
    Status remove(qint64 id);

private:
    QList<ApiKeyRecord> select(QLatin1String tail, const QVariantList &bindings) const;
    bool loadScopes(QList<ApiKeyRecord> &keys) const;

    Database &m_db;
};

} // namespace wag
