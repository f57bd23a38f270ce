#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "storage/webhook_delivery_store.h"
#include "storage/webhook_destination_store.h"
#include "webhooks/destination_policy.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace wag {

class Database;
class InstanceService;
class SecretService;

struct CreatedWebhookDestination
{
    WebhookDestinationRecord record;
    QString secret; // plaintext: shown once, never readable again through this service
};

// Customer webhook destinations (SPEC §6.4) and the manual side of their deliveries: every
// front-end (window, portal, admin command) adds, changes, rotates, redelivers and reads
// the delivery log here. The WebhookDispatcher does the sending and reads destinations and
// their signing secrets through this service too.
//
// Writes go through the database connection given here (a Transaction where several
// statements belong together); the dispatcher of a running gateway picks the changes up
// through the configuration version (a trigger counts every destination change), also
// when they come from an admin command in another process.
//
// Secrets are sealed with the SecretService under WebhookDestinationStore::secretName(id,
// generation). The service may be built without one (read-only use: listing, the delivery
// log); add() and rotateSecret() and signingSecrets() then fail with "secrets_locked".
//
// Failure codes: "invalid_instance", "invalid_webhook_url", "invalid_event",
// "invalid_webhook_secret", "not_found" (destination or event), "destination_disabled",
// "validation_error" (a bad time range), "secrets_locked", "secret_unreadable", and the
// storage layer's codes.
class WebhookService : public QObject
{
    Q_OBJECT

public:
    // How long the previous secret keeps signing after a rotation: a day gives the
    // receiver's owner time to deploy the new secret during working hours, while both are
    // accepted. A second rotation within the window ends the first one's window at once
    // (only the two newest secrets ever sign).
    static constexpr qint64 kRotationWindowMs = 24LL * 60 * 60 * 1000;
    static constexpr int kMaxUrlLength = 2048;

    WebhookService(const Database &db, const Clock &clock, InstanceService &instances,
                   const SecretService *secrets, QObject *parent = nullptr);

    // The engine hands the SecretService over once the data key is unlocked.
    void setSecrets(const SecretService *secrets) { m_secrets = secrets; }
    bool hasSecrets() const { return m_secrets != nullptr; }
    // The save-time URL rules (--allow-loopback-webhooks and the admin settings).
    void setPolicy(const DestinationPolicy &policy) { m_policy = policy; }
    const DestinationPolicy &policy() const { return m_policy; }

    // `events` empty: the four SPEC §6.2 recommends. `secret` empty: a new "whsec_…" one.
    // Nothing is stored unless every input is valid.
    Result<CreatedWebhookDestination> add(const QString &instanceIdOrName, const QString &url,
                                          const QStringList &events, const QString &secret = {});
    // instanceIdOrName empty: every destination. Oldest first.
    Result<QList<WebhookDestinationRecord>> list(const QString &instanceIdOrName = {}) const;
    std::optional<WebhookDestinationRecord> find(const QString &destinationId) const;
    // The same checks as add(); `events` empty means the recommended four here too.
    Result<WebhookDestinationRecord> update(const QString &destinationId, const QString &url,
                                            const QStringList &events);
    // Enabling clears the disabled reason and the failing streak; pending deliveries then
    // go out again. Disabling by hand is recorded with the reason "manual".
    Status setEnabled(const QString &destinationId, bool enabled);
    // Its deliveries and their attempt log go with it.
    Status remove(const QString &destinationId);
    // The new plaintext secret; the previous one keeps signing for kRotationWindowMs.
    Result<QString> rotateSecret(const QString &destinationId);

    // The secrets that sign a delivery to `record` at `now`, newest first: the current one
    // and, during a rotation window, the previous one. "secret_unreadable" when the current
    // one does not open (wrong data key, a row restored from elsewhere): better not to send
    // than to send unsigned. A previous secret that does not open is left out.
    Result<QStringList> signingSecrets(const WebhookDestinationRecord &record,
                                       const QDateTime &now) const;

    // Makes the event's deliveries pending again (destinationId empty: to every destination
    // of its instance that subscribes to it, including ones added after the event), due now
    // with a fresh retry schedule. Returns how many deliveries are pending for it.
    Result<int> redeliverEvent(const QString &eventId, const QString &destinationId = {});
    // The same for every event of the instance that occurred in [from, to).
    Result<int> redeliverRange(const QString &instanceIdOrName, const QDateTime &from,
                               const QDateTime &to, const QString &destinationId = {});
    // Stores a webhook.test event with one delivery, to this destination only; returns the
    // event id. "destination_disabled" for a disabled destination (it would never go).
    Result<QString> sendTestEvent(const QString &destinationId);

    // Newest first; beforeId > 0 pages back from that attempt.
    QList<WebhookAttemptRecord> deliveryLog(const QString &destinationId, int limit,
                                            qint64 beforeId = 0) const;
    int pendingCount(const QString &destinationId) const; // -1 on error

    // For the dispatcher, which disables destinations inside its own commits ("gone" on
    // 410, "failing" after kFailingStreakLimitMs): announces it through this service's
    // signals, so front-ends connect to one place.
    void reportDisabled(const QString &destinationId, const QString &instanceId,
                        const QString &reason);

signals:
    // Any add, change, enable/disable, rotation or removal (here or reported).
    void destinationsChanged(const QString &instanceId);
    // The gateway disabled a destination by itself ("gone", "failing"): the admin must be
    // told (GUI notification, portal banner). Not emitted for a manual disable.
    void destinationDisabled(const QString &destinationId, const QString &reason);
    // New or renewed pending deliveries (redeliver, test event): the dispatcher wakes up.
    void deliveriesQueued();

private:
    Result<int> requeue(const std::function<Result<int>()> &reset);
    Result<QString> checkedUrl(const QString &url) const;
    Result<QStringList> checkedEvents(const QStringList &events) const;
    Result<WebhookDestinationRecord> existing(const QString &destinationId) const;
    Status requireSecrets() const;

    const Database &m_db;
    const Clock &m_clock;
    InstanceService &m_instances;
    const SecretService *m_secrets = nullptr;
    DestinationPolicy m_policy;
    WebhookDestinationStore m_destinations;
    WebhookDeliveryStore m_deliveries;
};

} // namespace wag
