#pragma once

#include "core/deadline_queue.h"
#include "events/message_events.h"
#include "messaging/idempotency_gate.h"
#include "messaging/key_rate_limiter.h"
#include "messaging/message_status.h"
#include "messaging/send_activity.h"
#include "messaging/send_answer.h"
#include "messaging/send_guard.h"
#include "messaging/send_request.h"
#include "policy/opt_out_monitor.h"
#include "policy/pacer.h"
#include "storage/idempotency_store.h"
#include "storage/message_store.h"
#include "storage/policy_event_store.h"
#include "storage/suppression_store.h"

#include <QObject>
#include <QElapsedTimer>
#include <QTimer>

#include <deque>
#include <memory>

#include <functional>
#include <map>

namespace wag {

class Clock;
class CommitScheduler;
class Database;
class EventOutbox;
class InstanceService;
class Provider;
struct SendResult;

struct SendConfig
{
    GuardConfig guard;
    PacingConfig pacing;
    int providerTimeoutMs = 15'000;
    int keyRatePerMinute = 600;
};

// POST /api/send-message as a service: idempotency, the guard, the message log, the
// durable pacing queue, the provider call and the receipts that follow. Every attempt is
// logged; every answer that says "sent" or "queued" is committed before it is given
// (group commit: requests of one event-loop turn share one transaction).
class SendService final : public QObject
{
    Q_OBJECT
public:
    using AnswerCallback = std::function<void(const SendAnswer &)>;

    SendService(const Clock &clock, Database &database, CommitScheduler &commits,
                InstanceService &instances, Provider &provider, SendConfig config,
                QObject *parent = nullptr);
    ~SendService() override;

    // After a restart: sends the provider may or may not have made are marked failed (never
    // repeated), queued messages go back into the pacing queue.
    void start();

    struct Attempt
    {
        ApiKeyRecord key;
        SendRequest request;
        QString idempotencyKey;  // empty: none
        QByteArray requestHash;  // of the raw body, with an idempotency key
    };
    void send(const Attempt &attempt, AnswerCallback done);

    // A send a person makes in the desktop window (a test send): the path of POST
    // /api/send-message from the field checks on (the guard, the message log, the pacing
    // queue, the provider), without an API key. The log says who sent it honestly: no key
    // id, and `origin` (kDesktopOrigin) where an API send has its key prefix; no API key
    // prefix looks like it ("wg_live_…"). No key rate limit and no idempotency key.
    void sendAsPerson(const SendRequest &request, const QString &origin, AnswerCallback done);
    static constexpr char kDesktopOrigin[] = "desktop";

    // How much of its limits an instance (id or name) has used, and its warm-up, counted
    // the way the guard counts them: "invalid_instance" for an unknown one.
    Result<UsageReport> usage(const QString &instanceIdOrName);

    // Logs an attempt refused before the guard ran (shape errors), with the caller's answer.
    void logRefusedAttempt(const ApiKeyRecord &key, const QJsonObject &rawBody, const SendAnswer &answer,
                           const QString &rule, const QString &idempotencyKey,
                           const QByteArray &requestHash, AnswerCallback done);
    // Idempotency check for callers that must answer before parsing (replays, reuse, in flight).
    IdempotencyGate::Check checkIdempotency(qint64 apiKeyId, const QString &key, const QByteArray &hash);

    // A reply the gateway itself owes a contact (the opt-out confirmation, SPEC §6.1). It
    // skips the guard, which would refuse it: the contact has just been suppressed and is
    // told that it worked. Only to an open, unpaused instance; logged like any send, with
    // `purpose` and the rule "system_reply".
    void sendSystemReply(const QString &instanceId, const QString &phone, const QString &text,
                         const QString &purpose);

    // Sends whatever in the pacing queue is due (the queue timer calls this; tests call it
    // after moving their clock).
    void dispatchDue();
    int queuedCount() const { return int(m_queue.size()); }

    // Signals from the inbound side (the events pipeline): a contact wrote in, or opted out.
    void recordInbound(const QString &instanceId, const QString &phone, const QDateTime &at);
    void recordOptOut(const QString &instanceId, const QString &phone);

    // Where message events go (SPEC §6.2); without one, none are recorded.
    void setEventOutbox(EventOutbox *outbox) { m_outbox = outbox; }

    void setConfig(SendConfig config);
    const SendGuard &guard() const { return m_guard; }

signals:
    void messageLogged(qint64 logId);
    void messageStatusChanged(qint64 logId, wag::MessageStatus status, wag::MessageStatus previous);
    void instanceAutoPaused(const QString &instanceId, const QString &reason);

private:
    struct Queued
    {
        qint64 logId;
        QString instanceId;
        QString phone;
        QString text;
        QString messageId;
        QString instanceName; // known whenever the message goes to the provider
        QString reference;
        bool paced = true; // holds a place in the pacer (system replies do not)
    };
    // Messages the provider accepted recently, by instance and provider id, so a receipt
    // finds its message without a query (and even before the "sent" row is committed).
    struct Tracked
    {
        qint64 logId;
        MessageStatus status;
    };
    static constexpr int kTrackedMessages = 200'000;
    void track(const QString &instanceId, const QString &externalId, qint64 logId, MessageStatus status);


    void guardAndSend(const Attempt &attempt, AnswerCallback done);
    void refuse(const Attempt &attempt, const GuardDecision &decision, AnswerCallback done);
    void accept(const Attempt &attempt, const GuardDecision &decision, AnswerCallback done);
    void callProvider(const Queued &message, std::function<void(const SendResult &)> then);
    void finishSend(const Queued &message, const SendResult &result, const Attempt *attempt,
                    AnswerCallback done);
    void enqueue(const Queued &message, const QDateTime &due);
    void recordLateAcceptance(const Queued &message, const QString &externalId);
    void scheduleDispatch();
    void onReceipt(const QString &instanceId, const QString &externalId, MessageStatus status,
                   const QString &error);
    void finishIdempotency(const Attempt &attempt);
    MessageRecord baseRecord(const Attempt &attempt, const GuardDecision &decision) const;
    QString instanceName(const QString &instanceId) const;
    MessageChange change(const MessageRecord &m, MessageStatus status, MessageStatus previous,
                         const QString &code, const QString &reason, const QString &message,
                         const QDateTime &at) const;

    const Clock &m_clock;
    Database &m_database;
    CommitScheduler &m_commits;
    InstanceService &m_instances;
    Provider &m_provider;
    SendConfig m_config;
    EventOutbox *m_outbox = nullptr;

    MessageStore m_messages;
    PolicyEventStore m_policyEvents;
    IdempotencyStore m_idempotency;
    SuppressionStore m_suppressions;

    SendActivity m_activity;
    Pacer m_pacer;
    OptOutMonitor m_optOuts;
    RecentOutcomes m_outcomes;
    KeyRateLimiter m_keyRate;
    SendGuard m_guard;
    IdempotencyGate m_gate;

    std::multimap<QDateTime, Queued> m_queue; // due time → message
    QTimer m_dispatchTimer;

    QHash<QString, Tracked> m_tracked;
    std::deque<QString> m_trackedOrder;
    DeadlineQueue m_providerDeadlines; // one timer for every provider call in flight
};

} // namespace wag
