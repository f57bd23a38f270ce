#include "send_service.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/random.h"
#include "events/event_outbox.h"
#include "events/event_types.h"
#include "events/message_events.h"
#include "instances/instance_service.h"
#include "providers/provider.h"
#include "storage/commit_scheduler.h"
#include "storage/database.h"
#include "storage/inbound_message_store.h"


#include <QPointer>

#include <memory>

namespace wag {

namespace {

// Contacts read back at start-up for the risk signals; the most recent ones matter.
constexpr int kRememberedContacts = 200'000;

// How often a due message waiting for its instance to come back is looked at again.
constexpr int kWaitForInstanceMs = 5'000;

SendAnswer acceptedAnswer(const QString &status, const QString &messageId, qint64 logId)
{
    SendAnswer a;
    a.body = QJsonObject{{QStringLiteral("success"), true},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("message_id"), messageId},
                         {QStringLiteral("log_id"), logId}};
    return a;
}

SendAnswer providerFailureAnswer(const SendResult &result, qint64 logId)
{
    return SendAnswer::failure(502, QStringLiteral("gateway_send_failed"),
                               result.failureMessage.isEmpty()
                                   ? QStringLiteral("The provider did not accept the message.")
                                   : result.failureMessage,
                               QJsonObject{{QStringLiteral("reason"), result.failureReason},
                                           {QStringLiteral("log_id"), logId}});
}

// What every attempt leaves besides its message-log row, in the same transaction: the
// guard's decision as a policy event and, with an Idempotency-Key, the key's record (with
// the answer when it is already final).
Status recordAttempt(const Database &db, const MessageRecord &record, qint64 logId,
                     const GuardDecision &decision, const SendService::Attempt &attempt,
                     const std::optional<SendAnswer> &answer)
{
    PolicyEventRecord event;
    event.instanceId = record.instanceId;
    event.logId = logId;
    event.rule = decision.rule;
    event.action = decision.action.isEmpty() ? QStringLiteral("block") : decision.action;
    event.riskScore = decision.riskScore;
    event.detail = decision.error;
    event.createdAt = record.createdAt;
    if (const Result<qint64> e = PolicyEventStore(db).insert(event); !e)
        return Status(e.failure());
    if (attempt.idempotencyKey.isEmpty())
        return succeeded();
    IdempotencyRecord idem;
    idem.apiKeyId = attempt.key.id;
    idem.key = attempt.idempotencyKey;
    idem.requestHash = attempt.requestHash;
    idem.logId = logId;
    idem.createdAt = record.createdAt;
    if (answer) {
        idem.responseStatus = answer->status;
        idem.responseBody = answer->serialize();
    }
    IdempotencyStore store(db);
    store.purgeOlderThan(record.createdAt.addMSecs(-IdempotencyGate::kRetentionMs));
    return store.insert(idem);
}

} // namespace

SendService::SendService(const Clock &clock, Database &database, CommitScheduler &commits,
                         InstanceService &instances, Provider &provider, SendConfig config,
                         QObject *parent)
    : QObject(parent), m_clock(clock), m_database(database), m_commits(commits),
      m_instances(instances), m_provider(provider), m_config(config), m_messages(database),
      m_policyEvents(database), m_idempotency(database), m_suppressions(database),
      m_pacer(config.pacing), m_keyRate(config.keyRatePerMinute),
      m_guard(clock, database, instances, m_messages, m_suppressions, m_activity, m_pacer, m_optOuts,
              m_outcomes, config.guard),
      m_gate(clock, m_idempotency, m_messages)
{
    m_dispatchTimer.setSingleShot(true);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &SendService::dispatchDue);
    connect(&m_provider, &Provider::messageStatusChanged, this, &SendService::onReceipt);
    // The review control: an admin's resume starts the opt-out count afresh.
    connect(&m_instances, &InstanceService::pausedChanged, this,
            [this](const QString &instanceId, bool paused, const QString &) {
                if (!paused)
                    m_optOuts.reset(instanceId);
            });
    connect(&m_provider, &Provider::messageReceived, this,
            [this](const QString &instanceId, const InboundMessage &message) {
                if (message.groupId.isEmpty())
                    recordInbound(instanceId, message.fromE164,
                                  message.at.isValid() ? message.at : m_clock.now());
            });
}

SendService::~SendService() = default;

void SendService::setConfig(SendConfig config)
{
    m_config = config;
    m_pacer.setConfig(config.pacing);
    m_keyRate.setRate(config.keyRatePerMinute);
    m_guard.setConfig(config.guard);
}

void SendService::start()
{
    const QDateTime now = m_clock.now();
    // A message the provider was handling when the gateway stopped may or may not have gone
    // out. Sending it again could deliver it twice, so it is failed with a clear reason.
    for (const MessageRecord &m : m_messages.inStatus(MessageStatus::Sending)) {
        const QString reason = QStringLiteral("interrupted");
        const QList<GatewayEvent> events = m_outbox
            ? m_outbox->wanted(messageChangeEvents(change(m, MessageStatus::Failed, MessageStatus::Sending, QStringLiteral("gateway_send_failed"),
                                         reason, QStringLiteral("The gateway stopped while the provider was handling this message."), now)))
            : QList<GatewayEvent>();
        Transaction transaction(m_database);
        Status s = transaction.status();
        if (s.ok())
            s = m_messages.updateStatus(m.logId, MessageStatus::Failed, now, {},
                                        QStringLiteral("gateway_send_failed"), reason);
        for (const GatewayEvent &event : events) {
            if (s.ok())
                s = EventOutbox::record(m_database, event);
        }
        if (s.ok() && !transaction.commit())
            s = transaction.status();
        if (!s.ok())
            continue;
        emit messageStatusChanged(m.logId, MessageStatus::Failed, MessageStatus::Sending);
        if (m_outbox)
            m_outbox->committed(events);
    }
    // Who wrote in survives a restart (risk signals: cold recipients, conversation windows).
    for (const ConversationRecord &c : ConversationStore(m_database).list(kRememberedContacts))
        m_activity.recordInbound(c.instanceId, c.phone, c.lastInboundAt);
    for (const MessageRecord &m : m_messages.inStatus(MessageStatus::Queued)) {
        const QDateTime due = m.dueAt.isValid() ? m.dueAt : now;
        m_pacer.restore(m.instanceId, m.phone, due);
        m_queue.emplace(due, Queued{m.logId, m.instanceId, m.phone, m.text, m.messageId, QString(),
                                    m.reference});
    }
    if (!m_queue.empty())
        qCInfo(lcApp) << m_queue.size() << "queued messages restored";
    scheduleDispatch();
}

IdempotencyGate::Check SendService::checkIdempotency(qint64 apiKeyId, const QString &key,
                                                     const QByteArray &hash)
{
    return m_gate.check(apiKeyId, key, hash);
}

QString SendService::instanceName(const QString &instanceId) const
{
    const std::optional<InstanceRecord> instance = m_instances.find(instanceId);
    return instance ? instance->name : QString();
}

MessageChange SendService::change(const MessageRecord &m, MessageStatus status, MessageStatus previous,
                                  const QString &code, const QString &reason, const QString &message,
                                  const QDateTime &at) const
{
    MessageChange c;
    c.instanceId = m.instanceId;
    c.instanceName = instanceName(m.instanceId);
    c.facts = {m.messageId, m.logId, m.phone, m.reference, m.externalId};
    c.status = status;
    c.previous = previous;
    c.errorCode = code;
    c.errorReason = reason;
    c.errorMessage = message;
    c.at = at;
    return c;
}

void SendService::finishIdempotency(const Attempt &attempt)
{
    if (!attempt.idempotencyKey.isEmpty())
        m_gate.finish(attempt.key.id, attempt.idempotencyKey);
}

MessageRecord SendService::baseRecord(const Attempt &attempt, const GuardDecision &decision) const
{
    const QDateTime now = m_clock.now();
    MessageRecord r;
    r.instanceId = decision.instance ? decision.instance->id : QString();
    if (attempt.key.id > 0) // 0: a person's send (sendAsPerson), no key
        r.apiKeyId = attempt.key.id;
    r.apiKeyPrefix = attempt.key.prefix;
    r.phone = decision.e164.isEmpty() ? attempt.request.phone.left(64) : decision.e164;
    r.text = attempt.request.message;
    r.purpose = attempt.request.purpose;
    r.reference = attempt.request.reference;
    r.rule = decision.rule;
    r.riskScore = decision.riskScore;
    r.createdAt = now;
    r.updatedAt = now;
    return r;
}

void SendService::send(const Attempt &attempt, AnswerCallback done)
{
    qint64 retryAfterMs = 0;
    if (!m_keyRate.take(attempt.key.id, m_clock.now(), &retryAfterMs)) {
        GuardDecision d;
        d.httpStatus = 429;
        d.error = QStringLiteral("sending_throttled");
        d.message = QStringLiteral("This API key sends faster than %1 requests a minute.")
                        .arg(m_config.keyRatePerMinute);
        d.rule = QStringLiteral("key_rate");
        d.action = QStringLiteral("block");
        d.retryAfterSeconds = qMax<qint64>(1, (retryAfterMs + 999) / 1000);
        d.details = QJsonObject{{QStringLiteral("reason"), QStringLiteral("key_rate_limit")},
                                {QStringLiteral("retry_after_seconds"), d.retryAfterSeconds}};
        refuse(attempt, d, std::move(done));
        return;
    }
    guardAndSend(attempt, std::move(done));
}

void SendService::guardAndSend(const Attempt &attempt, AnswerCallback done)
{
    const GuardDecision decision = m_guard.evaluate(attempt.request, attempt.key);
    if (decision.allowed)
        accept(attempt, decision, std::move(done));
    else
        refuse(attempt, decision, std::move(done));
}

void SendService::sendAsPerson(const SendRequest &request, const QString &origin, AnswerCallback done)
{
    Attempt attempt;
    attempt.key.prefix = origin; // id 0: no key, and every instance in scope
    // The same field checks as the API's, on the same field names, so a person gets the
    // answer an integration would.
    QJsonObject body{{QStringLiteral("instance_id"), request.instanceRef},
                     {QStringLiteral("phone"), request.phone},
                     {QStringLiteral("message"), request.message}};
    if (!request.purpose.isEmpty())
        body.insert(QStringLiteral("message_purpose"), request.purpose);
    if (!request.reference.isEmpty())
        body.insert(QStringLiteral("reference"), request.reference);
    const SendRequestParse parsed = parseSendRequest(body);
    if (!parsed.ok()) {
        logRefusedAttempt(attempt.key, body,
                          SendAnswer::failure(422, QStringLiteral("validation_error"),
                                              QStringLiteral("Some fields are missing or invalid."),
                                              QJsonObject{{QStringLiteral("fields"), parsed.fieldErrors}}),
                          QStringLiteral("fields"), QString(), QByteArray(), std::move(done));
        return;
    }
    attempt.request = parsed.request;
    guardAndSend(attempt, std::move(done));
}

Result<UsageReport> SendService::usage(const QString &instanceIdOrName)
{
    const std::optional<InstanceRecord> instance = m_instances.find(instanceIdOrName);
    if (!instance)
        return Result<UsageReport>::fail(QStringLiteral("invalid_instance"),
                                         QStringLiteral("there is no instance \"%1\"").arg(instanceIdOrName));
    return m_guard.usage(*instance);
}

void SendService::refuse(const Attempt &attempt, const GuardDecision &decision, AnswerCallback done)
{
    MessageRecord record = baseRecord(attempt, decision);
    record.status = MessageStatus::Blocked;
    record.outcome = decision.error;
    record.error = decision.message;
    auto logId = std::make_shared<qint64>(0);
    auto answer = std::make_shared<SendAnswer>(SendAnswer::failure(
        decision.httpStatus, decision.error, decision.message, decision.details, decision.retryAfterSeconds));

    m_commits.submit(
        [record, decision, attempt, logId, answer](const Database &db) -> Status {
            const Result<qint64> inserted = MessageStore(db).insert(record);
            if (!inserted)
                return Status(inserted.failure());
            *logId = inserted.value();
            QJsonObject details = answer->body.value(QStringLiteral("details")).toObject();
            details.insert(QStringLiteral("log_id"), *logId);
            answer->body.insert(QStringLiteral("details"), details);

            return recordAttempt(db, record, *logId, decision, attempt, *answer);
        },
        [this, attempt, logId, answer, done = std::move(done)](const Status &status) {
            finishIdempotency(attempt);
            if (!status.ok()) {
                qCWarning(lcApp) << "could not log a refused send:" << status.failure().message;
                done(SendAnswer::failure(500, QStringLiteral("internal_error"),
                                         QStringLiteral("The gateway could not record the attempt.")));
                return;
            }
            emit messageLogged(*logId);
            done(*answer);
        });
}

void SendService::logRefusedAttempt(const ApiKeyRecord &key, const QJsonObject &rawBody,
                                    const SendAnswer &answer, const QString &rule,
                                    const QString &idempotencyKey, const QByteArray &requestHash,
                                    AnswerCallback done)
{
    Attempt attempt;
    attempt.key = key;
    attempt.idempotencyKey = idempotencyKey;
    attempt.requestHash = requestHash;
    attempt.request.instanceRef = rawBody.value(QStringLiteral("instance_id")).toString();
    attempt.request.phone = rawBody.value(QStringLiteral("phone")).toString();
    attempt.request.message = rawBody.value(QStringLiteral("message")).toString();
    attempt.request.purpose = rawBody.value(QStringLiteral("message_purpose")).toString();
    attempt.request.reference = rawBody.value(QStringLiteral("reference")).toString().left(kMaxReferenceLength);
    GuardDecision decision;
    decision.httpStatus = answer.status;
    decision.error = answer.body.value(QStringLiteral("error")).toString();
    decision.message = answer.body.value(QStringLiteral("message")).toString();
    decision.details = answer.body.value(QStringLiteral("details")).toObject();
    decision.rule = rule;
    decision.action = QStringLiteral("block");
    if (const auto instance = m_instances.find(attempt.request.instanceRef);
        instance && (key.instanceIds.isEmpty() || key.instanceIds.contains(instance->id)))
        decision.instance = instance;
    refuse(attempt, decision, std::move(done));
}

void SendService::accept(const Attempt &attempt, const GuardDecision &decision, AnswerCallback done)
{
    const QDateTime now = m_clock.now();
    const bool dueNow = decision.due <= now;
    MessageRecord record = baseRecord(attempt, decision);
    record.messageId = makeId(QStringLiteral("msg"));
    record.status = dueNow ? MessageStatus::Sending : MessageStatus::Queued;
    record.dueAt = decision.due;
    auto logId = std::make_shared<qint64>(0);

    m_commits.submit(
        [record, decision, attempt, dueNow, logId](const Database &db) -> Status {
            const Result<qint64> inserted = MessageStore(db).insert(record);
            if (!inserted)
                return Status(inserted.failure());
            *logId = inserted.value();
            std::optional<SendAnswer> answer;
            if (!dueNow) // a queued answer is final now; a sent one is stored after the provider
                answer = acceptedAnswer(QStringLiteral("queued"), record.messageId, *logId);
            return recordAttempt(db, record, *logId, decision, attempt, answer);
        },
        [this, attempt, record, decision, dueNow, logId, done = std::move(done)](const Status &status) {
            if (!status.ok()) {
                finishIdempotency(attempt);
                m_pacer.release(record.instanceId);
                qCWarning(lcApp) << "could not log an accepted send:" << status.failure().message;
                done(SendAnswer::failure(500, QStringLiteral("internal_error"),
                                         QStringLiteral("The gateway could not record the message; it was not sent.")));
                return;
            }
            emit messageLogged(*logId);
            const Queued message{*logId, record.instanceId, record.phone, record.text, record.messageId,
                                 decision.instance ? decision.instance->name : QString(), record.reference};
            if (!dueNow) {
                finishIdempotency(attempt);
                enqueue(message, decision.due);
                done(acceptedAnswer(QStringLiteral("queued"), record.messageId, *logId));
                return;
            }
            callProvider(message, [this, message, attempt, done](const SendResult &result) {
                finishSend(message, result, &attempt, done);
            });
        });
}

void SendService::sendSystemReply(const QString &instanceId, const QString &phone, const QString &text,
                                  const QString &purpose)
{
    const std::optional<InstanceRecord> instance = m_instances.find(instanceId);
    if (!instance || instance->state != InstanceState::Open || instance->paused) {
        qCInfo(lcApp).noquote() << "system reply to" << phone << "not sent: the instance cannot send now";
        return;
    }
    const QDateTime now = m_clock.now();
    MessageRecord record;
    record.messageId = makeId(QStringLiteral("msg"));
    record.instanceId = instance->id;
    record.phone = phone;
    record.text = text;
    record.purpose = purpose;
    record.status = MessageStatus::Sending;
    record.rule = QStringLiteral("system_reply");
    record.createdAt = now;
    record.updatedAt = now;
    auto logId = std::make_shared<qint64>(0);
    m_commits.submit(
        [record, logId](const Database &db) -> Status {
            const Result<qint64> inserted = MessageStore(db).insert(record);
            if (!inserted)
                return Status(inserted.failure());
            *logId = inserted.value();
            return succeeded();
        },
        [this, record, logId, name = instance->name](const Status &status) {
            if (!status.ok()) {
                qCWarning(lcApp) << "could not log a system reply:" << status.failure().message;
                return;
            }
            emit messageLogged(*logId);
            const Queued message{*logId, record.instanceId, record.phone, record.text, record.messageId, name, QString(),
                                 false};
            callProvider(message, [this, message](const SendResult &result) {
                finishSend(message, result, nullptr, {});
            });
        });
}

void SendService::callProvider(const Queued &message, std::function<void(const SendResult &)> then)
{
    // The caller has just looked the instance up (the guard, or the queue's readiness check).
    // Whichever comes first, the provider's answer or the deadline, decides; the other is
    // ignored through the shared flag.
    auto answered = std::make_shared<bool>(false);
    const int timeoutMs = m_config.providerTimeoutMs;
    m_providerDeadlines.schedule(timeoutMs, [answered, then, timeoutMs] {
        if (*answered)
            return;
        *answered = true;
        SendResult timedOut;
        timedOut.failureReason = QStringLiteral("timeout");
        timedOut.failureMessage = QStringLiteral("The provider did not answer within %1 ms.").arg(timeoutMs);
        then(timedOut);
    });
    QPointer<SendService> self(this);
    m_provider.sendText(ProviderInstance{message.instanceId, message.instanceName}, message.phone, message.text,
                        [answered, then, self, message](const SendResult &result) {
                            if (*answered) {
                                if (self && result.accepted)
                                    self->recordLateAcceptance(message, result.externalId);
                                return;
                            }
                            *answered = true;
                            then(result);
                        });
}

// The provider accepted a message after the send had timed out and been answered as
// failed: the message may well reach the recipient. The log must say so, with the provider's
// id, so that staff do not resend it blindly; the status stays failed (it is terminal, and
// the caller was told so), and the receipts that follow cannot move it.
void SendService::recordLateAcceptance(const Queued &message, const QString &externalId)
{
    qCWarning(lcApp).noquote() << "the provider accepted message" << message.messageId << "as" << externalId
                               << "after the send timed out; it may have been delivered";
    track(message.instanceId, externalId, message.logId, MessageStatus::Failed);
    const QDateTime now = m_clock.now();
    const QString note = QStringLiteral("timeout; the provider accepted it afterwards (as %1), so it may have been delivered")
                             .arg(externalId);
    m_commits.submit(
        [message, externalId, now, note](const Database &db) {
            return MessageStore(db).updateStatus(message.logId, MessageStatus::Failed, now, externalId, {}, note);
        },
        [](const Status &s) {
            if (!s.ok())
                qCWarning(lcApp) << "could not record a late acceptance:" << s.failure().message;
        });
}

void SendService::track(const QString &instanceId, const QString &externalId, qint64 logId,
                        MessageStatus status)
{
    const QString key = instanceId + QLatin1Char('/') + externalId;
    if (!m_tracked.contains(key)) {
        m_trackedOrder.push_back(key);
        if (m_trackedOrder.size() > size_t(kTrackedMessages)) {
            m_tracked.remove(m_trackedOrder.front());
            m_trackedOrder.pop_front();
        }
    }
    m_tracked.insert(key, Tracked{logId, status});
}

void SendService::finishSend(const Queued &message, const SendResult &result, const Attempt *attempt,
                             AnswerCallback done)
{
    const QDateTime now = m_clock.now();
    if (message.paced)
        m_pacer.release(message.instanceId);
    m_outcomes.recordOutcome(message.instanceId, !result.accepted);
    const MessageStatus status = result.accepted ? MessageStatus::Sent : MessageStatus::Failed;
    if (result.accepted)
        track(message.instanceId, result.externalId, message.logId, MessageStatus::Sent);
    const SendAnswer answer = result.accepted ? acceptedAnswer(QStringLiteral("sent"), message.messageId, message.logId)
                                              : providerFailureAnswer(result, message.logId);
    std::optional<Attempt> owned;
    if (attempt)
        owned = *attempt;
    QList<GatewayEvent> events;
    if (m_outbox && m_outbox->wantsAny(message.instanceId, {event_types::kMessageSent, event_types::kMessageFailed})) {
        MessageChange c;
        c.instanceId = message.instanceId;
        c.instanceName = message.instanceName.isEmpty() ? instanceName(message.instanceId) : message.instanceName;
        c.facts = {message.messageId, message.logId, message.phone, message.reference, result.externalId};
        c.status = status;
        c.previous = MessageStatus::Sending;
        if (!result.accepted) {
            c.errorCode = QStringLiteral("gateway_send_failed");
            c.errorReason = result.failureReason;
            c.errorMessage = result.failureMessage;
        }
        c.at = now;
        events = m_outbox->wanted(messageChangeEvents(c));
    }

    m_commits.submit(
        [message, result, status, now, owned, answer, events](const Database &db) -> Status {
            Status s = MessageStore(db).updateStatus(
                message.logId, status, now, result.externalId,
                result.accepted ? QString() : QStringLiteral("gateway_send_failed"),
                result.accepted ? QString() : result.failureReason);
            for (const GatewayEvent &event : events) {
                if (s.ok())
                    s = EventOutbox::record(db, event);
            }
            if (!s.ok())
                return s;
            if (owned && !owned->idempotencyKey.isEmpty())
                return IdempotencyStore(db).setResponse(owned->key.id, owned->idempotencyKey, answer.status,
                                                 answer.serialize());
            return succeeded();
        },
        [this, message, status, owned, answer, done, events](const Status &s) {
            if (owned)
                finishIdempotency(*owned);
            if (s.ok() && m_outbox)
                m_outbox->committed(events);
            if (!s.ok()) {
                // Nothing is said that is not on disk: the caller learns that the outcome
                // could not be recorded (the log keeps the attempt as "sending").
                qCWarning(lcApp) << "could not record a send outcome:" << s.failure().message;
                if (done)
                    done(SendAnswer::failure(500, QStringLiteral("internal_error"),
                                             QStringLiteral("The gateway could not record the outcome of this send."),
                                             QJsonObject{{QStringLiteral("log_id"), message.logId}}));
                return;
            }
            emit messageStatusChanged(message.logId, status, MessageStatus::Sending);
            if (done)
                done(answer);
        });
}

void SendService::enqueue(const Queued &message, const QDateTime &due)
{
    m_queue.emplace(due, message);
    scheduleDispatch();
}

void SendService::scheduleDispatch()
{
    if (m_queue.empty()) {
        m_dispatchTimer.stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, m_clock.now().msecsTo(m_queue.begin()->first));
    m_dispatchTimer.start(int(qMin<qint64>(wait, 60'000)));
}

void SendService::dispatchDue()
{
    const QDateTime now = m_clock.now();
    std::multimap<QDateTime, Queued> later;
    while (!m_queue.empty() && m_queue.begin()->first <= now) {
        const QDateTime due = m_queue.begin()->first;
        Queued message = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());

        const std::optional<InstanceRecord> instance = m_instances.find(message.instanceId);
        const bool ready = instance && instance->state == InstanceState::Open && !instance->paused;
        if (instance)
            message.instanceName = instance->name;
        if (!ready) {
            // Wait for the instance to come back, but not beyond the queue's promise.
            if (instance && due.msecsTo(now) < m_config.pacing.maxQueueWaitMs) {
                later.emplace(now.addMSecs(kWaitForInstanceMs), message);
                continue;
            }
            SendResult notReady;
            notReady.failureReason = !instance ? QStringLiteral("instance_removed")
                : instance->paused ? QStringLiteral("instance_paused")
                                   : QStringLiteral("instance_not_connected");
            finishSend(message, notReady, nullptr, {});
            continue;
        }
        m_commits.submit(
            [message, now](const Database &db) {
                return MessageStore(db).updateStatus(message.logId, MessageStatus::Sending, now);
            },
            [this, message](const Status &s) {
                if (!s.ok()) {
                    qCWarning(lcApp) << "could not start a queued send:" << s.failure().message;
                    return;
                }
                emit messageStatusChanged(message.logId, MessageStatus::Sending, MessageStatus::Queued);
                callProvider(message, [this, message](const SendResult &result) {
                    finishSend(message, result, nullptr, {});
                });
            });
    }
    m_queue.merge(later);
    scheduleDispatch();
}

void SendService::onReceipt(const QString &instanceId, const QString &externalId, MessageStatus status,
                            const QString &error)
{
    qint64 logId = 0;
    MessageStatus previous = MessageStatus::Sent;
    const QString key = instanceId + QLatin1Char('/') + externalId;
    if (const auto tracked = m_tracked.constFind(key); tracked != m_tracked.constEnd()) {
        logId = tracked->logId;
        previous = tracked->status;
    } else if (const std::optional<MessageRecord> m = m_messages.findByExternalId(instanceId, externalId)) {
        logId = m->logId;
        previous = m->status;
    } else {
        return; // not one of ours (or long forgotten)
    }
    if (!canAdvance(previous, status))
        return; // duplicate or out of order: statuses only move forward
    track(instanceId, externalId, logId, status);
    const QDateTime now = m_clock.now();
    if (status == MessageStatus::Failed)
        m_outcomes.recordOutcome(instanceId, true);
    // The event needs the message's facts, which only the log has for a message sent
    // before a restart: they are read on the writer, inside the transaction.
    // Only the types someone subscribed to; the writer cannot ask the outbox itself.
    QSet<QString> wantedTypes;
    if (m_outbox) {
        for (const QString &type : {event_types::kMessageStatusUpdated, event_types::kMessageDelivered,
                                    event_types::kMessageRead, event_types::kMessageFailed}) {
            if (m_outbox->wants(instanceId, type))
                wantedTypes.insert(type);
        }
    }
    const bool withEvents = !wantedTypes.isEmpty();
    const QString name = withEvents ? instanceName(instanceId) : QString();
    auto events = std::make_shared<QList<GatewayEvent>>();
    m_commits.submit(
        [logId, status, previous, now, error, instanceId, name, externalId, withEvents, wantedTypes,
         events](const Database &db) {
            events->clear(); // a retried Work starts afresh
            MessageStore messages(db);
            const QString code = status == MessageStatus::Failed ? QStringLiteral("provider_failed") : QString();
            Status s = messages.updateStatus(logId, status, now, {}, code, error);
            if (!s.ok() || !withEvents)
                return s;
            const std::optional<MessageRecord> m = messages.findByLogId(logId);
            if (!m)
                return s;
            MessageChange c;
            c.instanceId = instanceId;
            c.instanceName = name;
            c.facts = {m->messageId, logId, m->phone, m->reference, externalId};
            c.status = status;
            c.previous = previous;
            c.errorCode = code;
            c.errorMessage = error;
            c.at = now;
            *events = messageChangeEvents(c);
            events->removeIf([&](const GatewayEvent &e) { return !wantedTypes.contains(e.type); });
            for (const GatewayEvent &event : std::as_const(*events)) {
                if (s.ok())
                    s = EventOutbox::record(db, event);
            }
            return s;
        },
        [this, logId, status, previous, events](const Status &s) {
            if (!s.ok())
                return;
            emit messageStatusChanged(logId, status, previous);
            if (m_outbox)
                m_outbox->committed(*events);
        });
}

void SendService::recordInbound(const QString &instanceId, const QString &phone, const QDateTime &at)
{
    m_activity.recordInbound(instanceId, phone, at);
}

void SendService::recordOptOut(const QString &instanceId, const QString &phone)
{
    m_optOuts.recordOptOut(instanceId, phone);
    if (!m_optOuts.spikeDetected(instanceId))
        return;
    const std::optional<InstanceRecord> instance = m_instances.find(instanceId);
    if (!instance || instance->paused)
        return;
    const QString reason = QStringLiteral("opt_out_spike");
    if (!m_instances.pause(instanceId, reason).ok())
        return;
    PolicyEventRecord event;
    event.instanceId = instanceId;
    event.rule = reason;
    event.action = QStringLiteral("pause");
    event.detail = QStringLiteral("%1% of the last sends opted out")
                       .arg(qRound(m_optOuts.optOutRate(instanceId) * 1000) / 10.0);
    event.createdAt = m_clock.now();
    m_commits.submit([event](const Database &db) -> Status {
        const Result<qint64> r = PolicyEventStore(db).insert(event);
        return r ? succeeded() : Status(r.failure());
    }, [](const Status &) {});
    emit instanceAutoPaused(instanceId, reason);
}

} // namespace wag
