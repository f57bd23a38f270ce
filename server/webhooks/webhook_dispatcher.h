#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "storage/webhook_delivery_store.h"
#include "storage/webhook_destination_store.h"
#include "webhooks/retry_schedule.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <deque>

namespace wag {

class CommitScheduler;
class Database;
class WebhookHttpClient;
class WebhookService;
struct WebhookHttpResponse;

// How much the dispatcher sends at once.
struct DispatcherLimits
{
    // Per destination: customers' receivers are often a small CRM or an n8n box; a backlog
    // released after an outage must not hit them with hundreds of parallel requests.
    int maxPerDestination = 4;
    // Overall: bounds sockets and memory however many destinations there are.
    int maxInFlight = 64;
    // One attempt (resolve, connect, TLS, request and answer), SPEC §6.4.
    int attemptTimeoutMs = 15'000;
};

// The outbox dispatcher (SPEC §6.4): sends the due webhook deliveries, records every
// attempt, and moves each delivery on (delivered, due again later per the RetrySchedule, or
// failed).
//
// - Never sleeps: a single timer is armed to the next due time of the outbox; wake() asks
//   for a due-query soon (coalesced to one per event-loop turn) after new deliveries were
//   committed. Timer intervals are capped at kMaxTimerIntervalMs, so deliveries that
//   another process made due (an admin command's redeliver) go out within that even if
//   nobody calls wake().
// - At least once: a delivery is marked delivered only after its 2xx answer is committed;
//   after a crash whatever was in flight is simply due again. Deliveries in flight are
//   kept in memory so the due query does not start them twice.
// - Every attempt, with its outcome, is written through the CommitScheduler (the writer's
//   own connection) in one transaction with the delivery's new state and the
//   destination's failing streak; the body is sent exactly as stored.
// - 410 disables the destination ("gone"); a destination that has failed without a single
//   success for kFailingStreakLimitMs is disabled ("failing"). Both are announced through
//   WebhookService::destinationDisabled, where the GUI and the portal listen.
// - Destinations and their opened secrets are cached and reloaded when the database's
//   configuration version moves (a trigger counts destination changes in any process).
class WebhookDispatcher : public QObject
{
    Q_OBJECT

public:
    // SPEC §6.4: a destination failing continuously for 5 days is disabled. "Continuously"
    // is counted from the first failure after the last success (webhook_destinations.
    // failing_since), whether or not deliveries were pending all the time in between.
    static constexpr qint64 kFailingStreakLimitMs = 5LL * 24 * 60 * 60 * 1000;
    static constexpr int kMaxTimerIntervalMs = 60'000;
    // When something is due but could not be started (all slots busy, a write that failed),
    // the next look is at most this far away, since the in-flight deliveries keep the
    // outbox's next due time in the past.
    static constexpr int kRecheckIntervalMs = 1'000;

    WebhookDispatcher(const Clock &clock, Database &mainDb, CommitScheduler &commits,
                      WebhookService &webhooks, WebhookHttpClient &client,
                      DispatcherLimits limits = {}, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    // Tests give a schedule with a fixed random source.
    void setRetrySchedule(const RetrySchedule &schedule) { m_schedule = schedule; }
    const DispatcherLimits &limits() const { return m_limits; }

    // Starts sending: what is due now goes out, then the timer takes over.
    void start();
    // Stops starting attempts; those in flight still finish and are recorded.
    void stop();
    bool isStarted() const { return m_started; }
    // New deliveries were committed: look for due ones soon (once per event-loop turn).
    // Does nothing until start().
    void wake();
    // Starts every due delivery the limits allow, then re-arms the timer. Public so that
    // tests on a ManualClock can run it right after moving the clock.
    void dispatchDue();

    // Attempts not finished: requests running and answers not yet committed.
    int inFlight() const { return int(m_inFlight.size() + m_recording.size()); }
    // Requests running now, to one destination (what the per-destination cap limits).
    int requestsInFlight(const QString &destinationId) const { return m_inFlightPerDestination.value(destinationId); }
    // When the timer fires next; invalid when it is not armed. For tests.
    QDateTime nextWakeAt() const;

signals:
    // After the attempt and its consequences were committed. `state` is where the delivery
    // is now; `statusCode` 0 means no HTTP answer.
    void deliveryAttempted(qint64 deliveryId, const QString &destinationId, const QString &eventId,
                           int attempt, int statusCode, wag::DeliveryState state);

private:
    struct CachedDestination
    {
        WebhookDestinationRecord record;
        QStringList secrets;      // newest first; empty if they could not be opened
        QString secretsError;     // why not
        QDateTime secretsExpireAt; // the previous secret stops signing then: open again
    };
    struct Started
    {
        DueDelivery delivery;
        QString instanceId;
        QDateTime startedAt;
    };

    void queueDispatch();
    void forgetPage();
    void refreshDestinations(bool force);
    void openSecrets(CachedDestination &cached, const QDateTime &now) const;
    CachedDestination *destination(const QString &destinationId, const QDateTime &now);
    bool startAttempt(const DueDelivery &delivery, const QDateTime &now);
    void finishAttempt(const Started &started, const WebhookHttpResponse &response);
    void attemptRecorded(const Started &started, const WebhookAttemptRecord &attempt,
                         DeliveryState state, const QString &disabledReason,
                         const QDateTime &streakStart, const Status &status);
    void armTimer(const QDateTime &now);

    const Clock &m_clock;
    Database &m_mainDb;
    CommitScheduler &m_commits;
    WebhookService &m_webhooks;
    WebhookHttpClient &m_client;
    DispatcherLimits m_limits;
    RetrySchedule m_schedule;
    WebhookDeliveryStore m_deliveries; // reads on the main connection

    bool m_started = false;
    bool m_dispatchQueued = false;
    bool m_dispatching = false;
    QTimer m_timer;
    QDateTime m_timerDueAt;

    QHash<QString, CachedDestination> m_destinations;
    qint64 m_destinationsVersion = -2; // -1 is "unreadable", so never "up to date"
    // First failure of each destination's current failing streak (none: not failing).
    QHash<QString, QDateTime> m_failingSince;
    QHash<qint64, QString> m_inFlight; // delivery id → destination id, while the request runs
    // Answered, the attempt not yet committed: not started again, but no longer holding a
    // request slot, so the next request does not wait for the disk.
    QSet<qint64> m_recording;
    // A page of due deliveries read in one query, in due order, not yet started.
    static constexpr int kPageSize = 256;
    std::deque<DueDelivery> m_ready;
    QSet<qint64> m_readyIds;
    QHash<QString, int> m_inFlightPerDestination;
    // Deliveries whose attempt could not be recorded (a failed commit): not tried again
    // before the time given, so a broken disk does not turn into a request storm.
    QHash<qint64, QDateTime> m_heldBack;
};

} // namespace wag
