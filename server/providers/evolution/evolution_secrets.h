#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace wag {
class Database;
class SecretService;
} // namespace wag

namespace wag::evolution {

// The two kinds of secret the Evolution adapter keeps, both sealed with the data key in the
// secrets table (never in clear, never in the settings table):
//   "provider.evolution.api_key"               the server's global key (--provider-key)
//   "evolution.callback_secret.<instance id>"  what Evolution must send back in the
//                                              X-Gateway-Callback-Secret header, one per
//                                              instance, so one leaked instance config does
//                                              not open the others' callbacks
inline const QString kApiKeySecretName = QStringLiteral("provider.evolution.api_key");
QString callbackSecretName(const QString &instanceId);

Status storeApiKey(Database &db, const SecretService &secrets, const QByteArray &key, const Clock &clock);
// nullopt when none is stored or it cannot be opened with this data key.
std::optional<QByteArray> loadApiKey(Database &db, const SecretService &secrets);

// Callback secrets: created on first use, cached, checked in constant time.
class CallbackSecrets
{
public:
    CallbackSecrets(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

    // Without a SecretService (an engine that has not unlocked its key) nothing is created
    // and nothing matches.
    void setSecretService(const SecretService *secrets) { m_secrets = secrets; }

    // The instance's secret: the stored one, or a new random one (32 bytes as base64url)
    // sealed and stored now. Empty if it could be neither read nor stored.
    QByteArray secretFor(const QString &instanceId);
    // The stored secret only; empty when there is none (nothing is created).
    QByteArray existingSecret(const QString &instanceId);
    // Constant-time: the time taken does not depend on where `presented` differs from the
    // secret, nor on its length. False when the instance has no secret.
    bool matches(const QString &instanceId, const QByteArray &presented);
    void forget(const QString &instanceId);

    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    Database &m_db;
    const Clock &m_clock;
    const SecretService *m_secrets = nullptr;
    QHash<QString, QByteArray> m_cache;
};

} // namespace wag::evolution
