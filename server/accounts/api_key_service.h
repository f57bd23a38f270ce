#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "storage/api_key_store.h"
#include "storage/instance_store.h"

#include <QHash>
#include <QStringList>

namespace wag {

class Database;

struct CreatedApiKey
{
    QString plaintext; // show once; it cannot be recovered later
    ApiKeyRecord record;
};

enum class ApiKeyStatus { Valid, Invalid, Revoked };

struct ApiKeyCheck
{
    ApiKeyStatus status = ApiKeyStatus::Invalid;
    ApiKeyRecord record; // filled for Valid and Revoked

    bool isValid() const { return status == ApiKeyStatus::Valid; }
};

// API keys for the send API: issued here, checked here on every request.
class ApiKeyService
{
public:
    // last_used_at is written at most this often per key.
    static constexpr qint64 kLastUsedWriteIntervalMs = 60 * 1000;

    ApiKeyService(Database &db, const Clock &clock);

    // Scope entries may be instance ids or names and are stored as ids; an empty list
    // means every instance. "validation_error" for an empty name, "invalid_instance"
    // naming the first entry that matches no instance.
    Result<CreatedApiKey> create(const QString &name, const QStringList &instanceIdsOrNames);
    QList<ApiKeyRecord> list() const;
    // `prefix` is the start of a key as lists show it (or the whole key). "not_found",
    // "ambiguous_prefix" when it starts several keys; revoking twice is fine.
    Status revoke(const QString &prefix);
    ApiKeyCheck authenticate(const QString &plaintext) const;
    // Records use of key `id`, writing at most once per kLastUsedWriteIntervalMs per key so
    // the send path does not pay a database write on every request.
    void markUsed(qint64 id);

    // `instanceId` must be a resolved id, not a name.
    static bool allowsInstance(const ApiKeyRecord &key, const QString &instanceId);

private:
    ApiKeyStore m_keys;
    InstanceStore m_instances;
    const Clock &m_clock;
    QHash<qint64, QDateTime> m_lastUsedWrites;
    // Keys that authenticated, by hash: every send request asks, and the answer only
    // changes when a key or its scope does (the configuration version says when).
    const Database &m_db;
    mutable QHash<QByteArray, ApiKeyRecord> m_known;
    mutable qint64 m_knownVersion = -1;
    static constexpr int kKnownKeysLimit = 10'000;
};

} // namespace wag
