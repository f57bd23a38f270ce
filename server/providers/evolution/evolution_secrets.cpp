#include "evolution_secrets.h"

#include "core/logging.h"
#include "core/random.h"
#include "secrets/secret_service.h"
#include "storage/secret_store.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace wag::evolution {

QString callbackSecretName(const QString &instanceId)
{
    return QStringLiteral("evolution.callback_secret.") + instanceId;
}

namespace {

Status storeSealed(Database &db, const SecretService &secrets, const QString &name,
                   const QByteArray &plaintext, const Clock &clock)
{
    const SealedSecret sealed = secrets.seal(name, plaintext);
    if (sealed.ciphertext.isEmpty())
        return Status::fail(QStringLiteral("secrets_locked"), QStringLiteral("the data key is not usable"));
    return SecretStore(db).put(SecretRecord{name, sealed.nonce, sealed.ciphertext, clock.now()});
}

std::optional<QByteArray> loadSealed(Database &db, const SecretService &secrets, const QString &name)
{
    const std::optional<SecretRecord> record = SecretStore(db).get(name);
    if (!record)
        return std::nullopt;
    return secrets.open(name, SealedSecret{record->nonce, record->ciphertext});
}

} // namespace

Status storeApiKey(Database &db, const SecretService &secrets, const QByteArray &key, const Clock &clock)
{
    return storeSealed(db, secrets, kApiKeySecretName, key, clock);
}

std::optional<QByteArray> loadApiKey(Database &db, const SecretService &secrets)
{
    return loadSealed(db, secrets, kApiKeySecretName);
}

QByteArray CallbackSecrets::existingSecret(const QString &instanceId)
{
    if (const auto cached = m_cache.constFind(instanceId); cached != m_cache.constEnd())
        return *cached;
    if (!m_secrets)
        return {};
    std::optional<QByteArray> stored = loadSealed(m_db, *m_secrets, callbackSecretName(instanceId));
    if (!stored || stored->isEmpty())
        return {};
    m_cache.insert(instanceId, *stored);
    return *stored;
}

QByteArray CallbackSecrets::secretFor(const QString &instanceId)
{
    if (QByteArray existing = existingSecret(instanceId); !existing.isEmpty())
        return existing;
    if (!m_secrets)
        return {};
    const QByteArray fresh = randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (const Status s = storeSealed(m_db, *m_secrets, callbackSecretName(instanceId), fresh, m_clock); !s.ok()) {
        qCWarning(lcSecrets).noquote() << "evolution: callback secret for" << instanceId
                                       << "not stored:" << s.failure().message;
        return {};
    }
    m_cache.insert(instanceId, fresh);
    return fresh;
}

bool CallbackSecrets::matches(const QString &instanceId, const QByteArray &presented)
{
    const QByteArray expected = existingSecret(instanceId);
    if (expected.isEmpty())
        return false;
    return constantTimeEquals(expected, presented);
}

void CallbackSecrets::forget(const QString &instanceId)
{
    m_cache.remove(instanceId);
    SecretStore(m_db).remove(callbackSecretName(instanceId));
}

bool CallbackSecrets::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Hashing first gives two equal-length digests, so neither the comparison nor an early
    // length check tells an attacker anything about the secret.
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    return sodium_memcmp(ha.constData(), hb.constData(), size_t(ha.size())) == 0;
}

} // namespace wag::evolution
