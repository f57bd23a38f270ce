#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <deque>
#include <functional>

namespace wag {

// Pacing per instance (SPEC §5.1). All durations in milliseconds.
struct PacingConfig
{
    int minIntervalMs = 4000; // between two sends of one instance, jittered in [min, max]
    int maxIntervalMs = 8000;
    int burstSize = 20;       // after this many messages...
    int burstPauseMs = 60000; // ...this much extra time, on top of the interval
    int perRecipientMs = 6000; // at most one message per this time to one recipient
    int slowFactor = 2;        // risk 50–79 multiplies the interval
    int maxQueueLength = 100;  // entries reserved and not yet released
    int maxQueueWaitMs = 600000; // longest a new reservation may be due after "now"
    bool enabled = true;       // false: everything due at once (benchmarks only)
};

// Schedules the sends of each instance by *reserving* a due time per message, so that the
// durable queue can store that time with the message and a restart loses nothing. It
// keeps no timers and reads no clock: "now" comes in with every call.
//
// Rules for the next reservation of an instance:
//  - due = max(now, previous due + interval, last due to the same recipient +
//    perRecipientMs); the interval is drawn from [minIntervalMs, maxIntervalMs] by the
//    jitter function (once per reservation that follows an earlier one; the first
//    message to an idle instance draws nothing and is due now), times slowFactor when
//    `slow`.
//  - Reservations form a FIFO schedule: each due is at or after the one before, so a
//    message held back for its recipient also holds back the ones reserved after it.
//  - Bursts: the message after every burstSize messages gets burstPauseMs on top of its
//    interval and starts a new burst. The count restarts when the instance was idle for
//    longer than burstPauseMs (now - previous due > burstPauseMs).
//  - Queue bounds: every accepted reserve() is a queue entry until release(), whether
//    it was due now or later; a reservation is refused when queued() >= maxQueueLength
//    ("queue_full", checked first) or when its due time would be more than
//    maxQueueWaitMs after now ("queue_wait_too_long"; exactly maxQueueWaitMs is
//    accepted). A refused reservation changes nothing. retryAfterMs (>= 1000) is the
//    time after which the same reservation would be accepted if nothing else were
//    reserved meanwhile and the sender releases entries at their due times; it assumes
//    the longest jitter, so a retry at that time is not refused again by bad luck.
//  - enabled == false: every reservation is due now and accepted; it still counts as
//    queued until released, so queued()/release() stay balanced.
//
// release() removes the earliest entry: the sender works through the queue in due order,
// and if a message leaves out of order (dropped, failed early) only the retry estimate
// is affected, never the count.
//
// Memory: per instance, the queued due times (bounded by maxQueueLength plus restored
// ones) and the recipients whose last due is less than perRecipientMs ago. An instance
// with an empty queue that has been idle longer than every pacing gap is forgotten.
//
// Not thread-safe: owned by the messaging service and used from its thread.
class Pacer
{
public:
    // Returns an integer in [lo, hi], inclusive. Values outside are clamped.
    using Jitter = std::function<int(int lo, int hi)>;

    // An empty `jitter` draws uniformly from QRandomGenerator::system().
    explicit Pacer(PacingConfig config = {}, Jitter jitter = {});

    struct Slot
    {
        bool accepted = false;
        QDateTime due;           // UTC, when accepted
        qint64 retryAfterMs = 0; // when refused
        QString reason;          // when refused: "queue_full" | "queue_wait_too_long"
    };

    Slot reserve(const QString &instanceId, const QString &recipientE164, const QDateTime &now,
                 bool slow);

    // A queued message left the queue (sent, failed or dropped).
    void release(const QString &instanceId);

    int queued(const QString &instanceId) const;

    // Rebuilds the state at start-up from the stored queued messages, called in due order.
    // Never refuses (the messages are already queued). An invalid `due` counts as overdue.
    void restore(const QString &instanceId, const QString &recipientE164, const QDateTime &due);

    // The instance was deleted: drop its state.
    void forget(const QString &instanceId);

    // Takes effect for the next reservation; existing reservations keep their due times.
    void setConfig(PacingConfig config);
    const PacingConfig &config() const { return m_config; }

private:
    struct InstanceState
    {
        std::deque<qint64> dues; // ms since epoch, ascending
        qint64 lastDue = 0;      // the schedule's tail; valid when hasLast
        bool hasLast = false;
        int burstCount = 0;      // messages in the current burst
        QHash<QString, qint64> recipientDue;
    };

    static PacingConfig sanitized(PacingConfig config);
    int drawInterval() const;
    qint64 longestGap() const;
    void prune(InstanceState &state, qint64 nowMs) const;
    static void insertDue(InstanceState &state, qint64 due);

    PacingConfig m_config;
    Jitter m_jitter;
    QHash<QString, InstanceState> m_instances;
};

} // namespace wag
