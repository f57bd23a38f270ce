#pragma once

#include "core/result.h"
#include "secrets/secret_box.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wag {

class Database;

struct WebhookDestinationRecord
{
    QString id; // "whd_" + random
    QString instanceId;
    QString url;
    QStringList events;
    bool enabled = true;
    QString disabledReason; // "gone" (410), "failing" (5 days), "manual"; empty when enabled
    SealedSecret secret;    // sealed under secretName(id, secretGeneration)
    int secretGeneration = 1;
    SealedSecret previousSecret;  // still signs until previousSecretUntil
    QDateTime previousSecretUntil; // invalid: no rotation in progress
    QDateTime failingSince;        // first failure of the current failing streak
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The webhook_destinations table: where each instance's events go.
class WebhookDestinationStore
{
public:
    explicit WebhookDestinationStore(const Database &db) : m_db(db) { }

    // The name a destination's secret is sealed under: binds the ciphertext to its row and
    // generation, so a secret copied to another row or restored over a newer one fails.
    static QString secretName(const QString &destinationId, int generation);

    Status insert(const WebhookDestinationRecord &record);
    Status update(const QString &id, const QString &url, const QStringList &events, const QDateTime &at);
    Status setEnabled(const QString &id, bool enabled, const QString &reason, const QDateTime &at);
    // Replaces the secret; the old one keeps signing until `previousUntil`.
    Status rotateSecret(const QString &id, const SealedSecret &secret, int generation,
                        const SealedSecret &previous, const QDateTime &previousUntil,
                        const QDateTime &at);
    // Starts a failing streak (if none), or ends it with an invalid `since`.
    Status setFailingSince(const QString &id, const QDateTime &since);
    Status remove(const QString &id);

    std::optional<WebhookDestinationRecord> find(const QString &id) const;
    // instanceId empty: all destinations. Oldest first.
    QList<WebhookDestinationRecord> list(const QString &instanceId = {}) const;

private:
    const Database &m_db;
};

} // namespace wag
