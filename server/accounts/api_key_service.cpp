#include "api_key_service.h"

#include "core/logging.h"
#include "secrets/api_key_token.h"
#include "storage/database.h"

namespace wag {

namespace {

constexpr int kMaximumNameLength = 100;

} // namespace

ApiKeyService::ApiKeyService(Database &db, const Clock &clock)
    : m_keys(db), m_instances(db), m_clock(clock), m_db(db)
{ }

Result<CreatedApiKey> ApiKeyService::create(const QString &name,
                                            const QStringList &instanceIdsOrNames)
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty() || trimmedName.size() > kMaximumNameLength)
        return Result<CreatedApiKey>::fail(
            QStringLiteral("validation_error"),
            QStringLiteral("an API key needs a name of 1 to %1 characters")
                .arg(kMaximumNameLength));

    QStringList instanceIds;
    for (const QString &entry : instanceIdsOrNames) {
        const std::optional<InstanceRecord> instance = m_instances.findByIdOrName(entry);
        if (!instance)
            return Result<CreatedApiKey>::fail(QStringLiteral("invalid_instance"),
                                               QStringLiteral("no instance \"%1\"").arg(entry));
        if (!instanceIds.contains(instance->id))
            instanceIds.append(instance->id);
    }

    const apikeys::GeneratedKey generated = apikeys::generate();
    ApiKeyRecord record;
    record.name = trimmedName;
    record.prefix = generated.prefix;
    record.keyHash = generated.hash;
    record.instanceIds = instanceIds;
    record.createdAt = m_clock.now();
    const Result<qint64> id = m_keys.insert(record);
    if (!id)
        return id.failure();
    record.id = id.value();
    return CreatedApiKey{generated.plaintext, record};
}

QList<ApiKeyRecord> ApiKeyService::list() const
{
    return m_keys.all();
}

Status ApiKeyService::revoke(const QString &prefix)
{
    // Whoever can see the stored prefix may revoke by it, so a longer text (a whole key)
    // is matched on its prefix part only.
    const QString start = prefix.trimmed().left(apikeys::kPrefixLength);
    if (start.size() <= qsizetype(qstrlen(apikeys::kKeyScheme)))
        return Status::fail(QStringLiteral("validation_error"),
                            QStringLiteral("give the key's prefix as shown in the key list, "
                                           "e.g. %1ab12CD34")
                                .arg(QLatin1String(apikeys::kKeyScheme)));

    const QList<ApiKeyRecord> matches = m_keys.findByPrefixStart(start);
    if (matches.isEmpty())
        return Status::fail(QStringLiteral("not_found"),
                            QStringLiteral("no API key starts with %1").arg(start));
    if (matches.size() > 1)
        return Status::fail(QStringLiteral("ambiguous_prefix"),
                            QStringLiteral("%1 keys start with %2; give more characters")
                                .arg(matches.size())
                                .arg(start));
    const ApiKeyRecord &key = matches.first();
    if (key.isRevoked())
        return succeeded();
    const Status status = m_keys.setRevokedAt(key.id, m_clock.now());
    if (status)
        qCInfo(lcStorage).noquote() << "API key" << key.prefix << "revoked";
    return status;
}

ApiKeyCheck ApiKeyService::authenticate(const QString &plaintext) const
{
    ApiKeyCheck check;
    if (!apikeys::isWellFormed(plaintext))
        return check;
    const QByteArray hash = apikeys::hashKey(plaintext);
    const qint64 version = m_db.configurationVersion();
    if (version < 0 || version != m_knownVersion) {
        m_known.clear();
        m_knownVersion = version;
    }
    std::optional<ApiKeyRecord> key;
    if (const auto known = m_known.constFind(hash); known != m_known.constEnd()) {
        key = *known;
    } else {
        key = m_keys.findByHash(hash);
        if (!key)
            return check; // unknown keys are not remembered: they would let anyone fill memory
        if (version >= 0 && m_known.size() < kKnownKeysLimit)
            m_known.insert(hash, *key);
    }
    check.status = key->isRevoked() ? ApiKeyStatus::Revoked : ApiKeyStatus::Valid;
    check.record = std::move(*key);
    return check;
}

void ApiKeyService::markUsed(qint64 id)
{
    const QDateTime now = m_clock.now();
    const auto last = m_lastUsedWrites.constFind(id);
    // qAbs: a clock stepped back must not stop the writes until it catches up again.
    if (last != m_lastUsedWrites.constEnd() && qAbs(last->msecsTo(now)) < kLastUsedWriteIntervalMs)
        return;
    // Remembered even if the write fails, so a broken disk is not hammered (and logged)
    // on every request; the store has logged the failure.
    m_lastUsedWrites.insert(id, now);
    m_keys.setLastUsedAt(id, now);
}

bool ApiKeyService::allowsInstance(const ApiKeyRecord &key, const QString &instanceId)
{
    if (key.isRevoked())
        return false;
    return key.instanceIds.isEmpty() || key.instanceIds.contains(instanceId);
}

} // namespace wag
