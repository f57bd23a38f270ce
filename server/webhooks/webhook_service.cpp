#include "webhooks/webhook_service.h"

#include "core/logging.h"
#include "core/random.h"
#include "events/event_payloads.h"
#include "events/event_types.h"
#include "events/gateway_event.h"
#include "instances/instance_service.h"
#include "secrets/secret_service.h"
#include "storage/database.h"
#include "storage/event_store.h"
#include "webhooks/webhook_signature.h"

namespace wag {

namespace {

const QString kManualReason = QStringLiteral("manual");

template<typename T>
Result<T> failWith(const char *code, const QString &message)
{
    return Result<T>::fail(QString::fromLatin1(code), message);
}

} // namespace

WebhookService::WebhookService(const Database &db, const Clock &clock, InstanceService &instances,
                               const SecretService *secrets, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_clock(clock),
      m_instances(instances),
      m_secrets(secrets),
      m_destinations(db),
      m_deliveries(db)
{
}

Status WebhookService::requireSecrets() const
{
    return SecretService::requireReady(m_secrets, QStringLiteral("webhook secrets"));
}

Result<QString> WebhookService::checkedUrl(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxUrlLength)
        return failWith<QString>("invalid_webhook_url",
                                 QStringLiteral("a webhook URL needs 1 to %1 characters").arg(kMaxUrlLength));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return failWith<QString>("invalid_webhook_url",
                                 QStringLiteral("\"%1\" is not a valid URL").arg(trimmed));
    const UrlVerdict verdict = checkDestinationUrl(url, m_policy);
    if (!verdict.allowed)
        return failWith<QString>("invalid_webhook_url",
                                 QStringLiteral("webhook URL refused: %1").arg(verdict.reason));
    return trimmed;
}

Result<QStringList> WebhookService::checkedEvents(const QStringList &events) const
{
    QStringList out;
    for (const QString &entry : events) {
        const QString name = entry.trimmed();
        if (name.isEmpty())
            continue;
        if (!event_types::isSubscribable(name))
            return failWith<QStringList>("invalid_event",
                                         QStringLiteral("unknown event \"%1\"; known events: %2")
                                             .arg(name, event_types::all().join(QStringLiteral(", "))));
        if (!out.contains(name))
            out.append(name);
    }
    return out.isEmpty() ? event_types::recommended() : out;
}

Result<WebhookDestinationRecord> WebhookService::existing(const QString &destinationId) const
{
    std::optional<WebhookDestinationRecord> record = m_destinations.find(destinationId.trimmed());
    if (!record)
        return failWith<WebhookDestinationRecord>(
            "not_found", QStringLiteral("no webhook destination \"%1\"").arg(destinationId));
    return *record;
}

Result<CreatedWebhookDestination> WebhookService::add(const QString &instanceIdOrName,
                                                      const QString &url, const QStringList &events,
                                                      const QString &secret)
{
    using R = Result<CreatedWebhookDestination>;
    const std::optional<InstanceRecord> instance = m_instances.find(instanceIdOrName.trimmed());
    if (!instance)
        return failWith<CreatedWebhookDestination>(
            "invalid_instance", QStringLiteral("no instance \"%1\"").arg(instanceIdOrName));
    const Result<QString> checkedLink = checkedUrl(url);
    if (!checkedLink)
        return R(checkedLink.failure());
    const Result<QStringList> subscribed = checkedEvents(events);
    if (!subscribed)
        return R(subscribed.failure());
    if (!secret.isEmpty() && !isValidWebhookSecret(secret))
        return failWith<CreatedWebhookDestination>(
            "invalid_webhook_secret",
            QStringLiteral("a webhook secret must be \"whsec_\" followed by the base64 of at least 24 bytes"));
    if (const Status s = requireSecrets(); !s.ok())
        return R(s.failure());

    CreatedWebhookDestination created;
    created.secret = secret.isEmpty() ? generateWebhookSecret() : secret;
    WebhookDestinationRecord &r = created.record;
    r.id = makeId(QStringLiteral("whd"));
    r.instanceId = instance->id;
    r.url = checkedLink.value();
    r.events = subscribed.value();
    r.secretGeneration = 1;
    r.secret = m_secrets->seal(WebhookDestinationStore::secretName(r.id, r.secretGeneration),
                               created.secret.toUtf8());
    r.createdAt = m_clock.now();
    r.updatedAt = r.createdAt;
    if (const Status s = m_destinations.insert(r); !s.ok())
        return R(s.failure());
    emit destinationsChanged(r.instanceId);
    return created;
}

Result<QList<WebhookDestinationRecord>> WebhookService::list(const QString &instanceIdOrName) const
{
    if (instanceIdOrName.trimmed().isEmpty())
        return m_destinations.list();
    const std::optional<InstanceRecord> instance = m_instances.find(instanceIdOrName.trimmed());
    if (!instance)
        return failWith<QList<WebhookDestinationRecord>>(
            "invalid_instance", QStringLiteral("no instance \"%1\"").arg(instanceIdOrName));
    return m_destinations.list(instance->id);
}

std::optional<WebhookDestinationRecord> WebhookService::find(const QString &destinationId) const
{
    return m_destinations.find(destinationId.trimmed());
}

Result<WebhookDestinationRecord> WebhookService::update(const QString &destinationId,
                                                        const QString &url, const QStringList &events)
{
    using R = Result<WebhookDestinationRecord>;
    Result<WebhookDestinationRecord> record = existing(destinationId);
    if (!record)
        return record;
    const Result<QString> checkedLink = checkedUrl(url);
    if (!checkedLink)
        return R(checkedLink.failure());
    const Result<QStringList> subscribed = checkedEvents(events);
    if (!subscribed)
        return R(subscribed.failure());
    const QDateTime now = m_clock.now();
    if (const Status s = m_destinations.update(record->id, checkedLink.value(), subscribed.value(), now); !s.ok())
        return R(s.failure());
    record.value().url = checkedLink.value();
    record.value().events = subscribed.value();
    record.value().updatedAt = now;
    emit destinationsChanged(record->instanceId);
    return record;
}

Status WebhookService::setEnabled(const QString &destinationId, bool enabled)
{
    const Result<WebhookDestinationRecord> record = existing(destinationId);
    if (!record)
        return Status(record.failure());
    if (const Status s = m_destinations.setEnabled(record->id, enabled, kManualReason, m_clock.now()); !s.ok())
        return s;
    emit destinationsChanged(record->instanceId);
    if (enabled)
        emit deliveriesQueued(); // what waited for it is due again
    return succeeded();
}

Status WebhookService::remove(const QString &destinationId)
{
    const Result<WebhookDestinationRecord> record = existing(destinationId);
    if (!record)
        return Status(record.failure());
    if (const Status s = m_destinations.remove(record->id); !s.ok())
        return s;
    emit destinationsChanged(record->instanceId);
    return succeeded();
}

Result<QString> WebhookService::rotateSecret(const QString &destinationId)
{
    const Result<WebhookDestinationRecord> record = existing(destinationId);
    if (!record)
        return Result<QString>(record.failure());
    if (const Status s = requireSecrets(); !s.ok())
        return Result<QString>(s.failure());
    const QString secret = generateWebhookSecret();
    const int generation = record->secretGeneration + 1;
    const QDateTime now = m_clock.now();
    // The current ciphertext moves to the previous columns as it is: it stays sealed under
    // its own generation's name, which signingSecrets() uses to open it.
    const SealedSecret sealed =
        m_secrets->seal(WebhookDestinationStore::secretName(record->id, generation), secret.toUtf8());
    if (const Status s = m_destinations.rotateSecret(record->id, sealed, generation, record->secret,
                                                     now.addMSecs(kRotationWindowMs), now);
        !s.ok())
        return Result<QString>(s.failure());
    emit destinationsChanged(record->instanceId);
    return secret;
}

Result<QStringList> WebhookService::signingSecrets(const WebhookDestinationRecord &record,
                                                   const QDateTime &now) const
{
    if (const Status s = requireSecrets(); !s.ok())
        return Result<QStringList>(s.failure());
    const std::optional<QByteArray> current = m_secrets->open(
        WebhookDestinationStore::secretName(record.id, record.secretGeneration), record.secret);
    if (!current)
        return failWith<QStringList>(
            "secret_unreadable",
            QStringLiteral("the signing secret of webhook destination %1 cannot be opened with this "
                           "data key; rotate it").arg(record.id));
    QStringList secrets{QString::fromUtf8(*current)};
    if (record.previousSecretUntil.isValid() && now < record.previousSecretUntil
        && !record.previousSecret.ciphertext.isEmpty()) {
        const std::optional<QByteArray> previous = m_secrets->open(
            WebhookDestinationStore::secretName(record.id, record.secretGeneration - 1),
            record.previousSecret);
        if (previous)
            secrets.append(QString::fromUtf8(*previous));
        else
            qCWarning(lcSecrets).noquote()
                << "the previous signing secret of webhook destination" << record.id
                << "cannot be opened; signing with the current one only";
    }
    return secrets;
}

Result<int> WebhookService::redeliverEvent(const QString &eventId, const QString &destinationId)
{
    if (!EventStore(m_db).find(eventId.trimmed()))
        return failWith<int>("not_found", QStringLiteral("no event \"%1\"").arg(eventId));
    if (!destinationId.isEmpty()) {
        if (const auto record = existing(destinationId); !record)
            return Result<int>(record.failure());
    }
    return requeue([&] { return m_deliveries.redeliverEvent(eventId.trimmed(), destinationId.trimmed(), m_clock.now()); });
}

Result<int> WebhookService::redeliverRange(const QString &instanceIdOrName, const QDateTime &from,
                                           const QDateTime &to, const QString &destinationId)
{
    const std::optional<InstanceRecord> instance = m_instances.find(instanceIdOrName.trimmed());
    if (!instance)
        return failWith<int>("invalid_instance", QStringLiteral("no instance \"%1\"").arg(instanceIdOrName));
    if (!from.isValid() || !to.isValid() || from >= to)
        return failWith<int>("validation_error",
                             QStringLiteral("a redelivery range needs a start before its end"));
    if (!destinationId.isEmpty()) {
        const auto record = existing(destinationId);
        if (!record)
            return Result<int>(record.failure());
        if (record->instanceId != instance->id)
            return failWith<int>("not_found",
                                 QStringLiteral("webhook destination %1 does not belong to instance %2")
                                     .arg(record->id, instance->name));
    }
    return requeue([&] { return m_deliveries.redeliverRange(instance->id, destinationId.trimmed(), from, to, m_clock.now()); });
}

// A redelivery's two statements (reset the old deliveries, add the missing ones) in one
// transaction; the dispatcher hears of it only once it is committed.
Result<int> WebhookService::requeue(const std::function<Result<int>()> &reset)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<int>(transaction.status().failure());
    const Result<int> pending = reset();
    if (!pending)
        return pending;
    if (!transaction.commit())
        return Result<int>(transaction.status().failure());
    if (pending.value() > 0)
        emit deliveriesQueued();
    return pending;
}

Result<QString> WebhookService::sendTestEvent(const QString &destinationId)
{
    const Result<WebhookDestinationRecord> record = existing(destinationId);
    if (!record)
        return Result<QString>(record.failure());
    if (!record->enabled)
        return failWith<QString>("destination_disabled",
                                 QStringLiteral("webhook destination %1 is disabled; enable it first")
                                     .arg(record->id));
    const std::optional<InstanceRecord> instance = m_instances.find(record->instanceId);
    const QDateTime now = m_clock.now();
    const GatewayEvent event =
        makeGatewayEvent(event_types::kWebhookTest, record->instanceId,
                         instance ? instance->name : QString(), now, event_payloads::webhookTest(record->id));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<QString>(transaction.status().failure());
    if (const Status s = EventStore(m_db).appendForDestination(event, record->id, now); !s.ok())
        return Result<QString>(s.failure());
    if (!transaction.commit())
        return Result<QString>(transaction.status().failure());
    emit deliveriesQueued();
    return event.id;
}

QList<WebhookAttemptRecord> WebhookService::deliveryLog(const QString &destinationId, int limit,
                                                        qint64 beforeId) const
{
    return m_deliveries.attempts(destinationId, limit, beforeId);
}

int WebhookService::pendingCount(const QString &destinationId) const
{
    return m_deliveries.pendingCount(destinationId);
}

void WebhookService::reportDisabled(const QString &destinationId, const QString &instanceId,
                                    const QString &reason)
{
    qCWarning(lcApp).noquote() << "webhook destination" << destinationId << "disabled:" << reason;
    emit destinationsChanged(instanceId);
    emit destinationDisabled(destinationId, reason);
}

} // namespace wag
