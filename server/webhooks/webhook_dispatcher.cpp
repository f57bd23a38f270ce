#include "webhooks/webhook_dispatcher.h"

#include "core/logging.h"
#include "storage/commit_scheduler.h"
#include "storage/database.h"
#include "webhooks/attempt_outcome.h"
#include "webhooks/webhook_http_client.h"
#include "webhooks/webhook_service.h"
#include "webhooks/webhook_signature.h"

#include <QPointer>

namespace wag {

namespace {

const QString kReasonGone = QStringLiteral("gone");
const QString kReasonFailing = QStringLiteral("failing");
constexpr qsizetype kResponseExcerptBytes = 1024;
// A delivery whose attempt could not be recorded waits this long before it is tried again.
constexpr qint64 kHoldBackMs = 30'000;

} // namespace

WebhookDispatcher::WebhookDispatcher(const Clock &clock, Database &mainDb, CommitScheduler &commits,
                                     WebhookService &webhooks, WebhookHttpClient &client,
                                     DispatcherLimits limits, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_mainDb(mainDb),
      m_commits(commits),
      m_webhooks(webhooks),
      m_client(client),
      m_limits(limits),
      m_deliveries(mainDb)
{
    m_limits.maxPerDestination = qMax(1, m_limits.maxPerDestination);
    m_limits.maxInFlight = qMax(1, m_limits.maxInFlight);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timerDueAt = {};
        dispatchDue();
    });
    // Changes made in this process are seen at once; other processes' through the
    // configuration version.
    // A redelivery or a changed destination may change what is due, and in which order.
    connect(&m_webhooks, &WebhookService::deliveriesQueued, this, [this] {
        forgetPage();
        wake();
    });
    connect(&m_webhooks, &WebhookService::destinationsChanged, this, [this] {
        m_destinationsVersion = -2;
        forgetPage();
        wake();
    });
}

WebhookDispatcher::~WebhookDispatcher() = default;

void WebhookDispatcher::start()
{
    if (m_started)
        return;
    m_started = true;
    dispatchDue();
}

void WebhookDispatcher::stop()
{
    m_started = false;
    m_timer.stop();
    m_timerDueAt = {};
}

void WebhookDispatcher::wake()
{
    if (m_started)
        queueDispatch();
}

void WebhookDispatcher::queueDispatch()
{
    if (m_dispatchQueued)
        return;
    m_dispatchQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_dispatchQueued = false;
            if (m_started)
                dispatchDue();
        },
        Qt::QueuedConnection);
}

QDateTime WebhookDispatcher::nextWakeAt() const
{
    return m_timer.isActive() ? m_timerDueAt : QDateTime();
}

void WebhookDispatcher::dispatchDue()
{
    if (m_dispatching)
        return;
    m_dispatching = true;
    refreshDestinations(false);
    const QDateTime now = m_clock.now();
    for (auto it = m_heldBack.begin(); it != m_heldBack.end();)
        it = it.value() <= now ? m_heldBack.erase(it) : std::next(it);

    // Attempts waiting for their commit are bounded too, or a slow disk would let answers
    // pile up in memory.
    const int maxRecording = 4 * m_limits.maxInFlight;
    auto roomLeft = [&] {
        return m_inFlight.size() < m_limits.maxInFlight && m_recording.size() < maxRecording;
    };
    // Start what the page of due deliveries allows; refill the page (one query) only when
    // nothing in it can start, so each delivery costs one row read, not one query.
    bool refilled = false;
    while (roomLeft()) {
        bool started = false;
        for (auto it = m_ready.begin(); it != m_ready.end() && roomLeft();) {
            if (m_inFlightPerDestination.value(it->destinationId) >= m_limits.maxPerDestination) {
                ++it;
                continue;
            }
            const DueDelivery delivery = *it;
            it = m_ready.erase(it);
            m_readyIds.remove(delivery.id);
            if (startAttempt(delivery, now))
                started = true;
        }
        if (started || refilled || !roomLeft())
            break;
        refilled = true;
        // Destinations at their cap are left out of the query so their backlog cannot fill
        // the page; rows already claimed (running, being recorded, held back, in the page)
        // come back too, and the page has room for them.
        QStringList saturated;
        for (auto it = m_inFlightPerDestination.cbegin(); it != m_inFlightPerDestination.cend(); ++it) {
            if (it.value() >= m_limits.maxPerDestination)
                saturated.append(it.key());
        }
        const int claimed = int(m_inFlight.size() + m_recording.size() + m_heldBack.size() + m_readyIds.size());
        for (const DueDelivery &delivery : m_deliveries.due(now, claimed + kPageSize, saturated)) {
            if (m_inFlight.contains(delivery.id) || m_recording.contains(delivery.id)
                || m_heldBack.contains(delivery.id) || m_readyIds.contains(delivery.id))
                continue;
            m_ready.push_back(delivery);
            m_readyIds.insert(delivery.id);
        }
        if (m_ready.empty())
            break;
    }
    m_mainDb.releaseStatements();
    m_dispatching = false;
    armTimer(now);
}

void WebhookDispatcher::forgetPage()
{
    m_ready.clear();
    m_readyIds.clear();
}

void WebhookDispatcher::armTimer(const QDateTime &now)
{
    if (!m_started) {
        m_timer.stop();
        m_timerDueAt = {};
        return;
    }
    qint64 delay = kMaxTimerIntervalMs;
    const QDateTime next = m_deliveries.nextDueAt();
    m_mainDb.releaseStatements();
    if (next.isValid()) {
        // Due now but not started: in flight (each completion looks again), over a limit,
        // or held back. Look again shortly rather than spin.
        const qint64 untilNext = now.msecsTo(next);
        delay = untilNext <= 0 ? kRecheckIntervalMs : qMin<qint64>(untilNext, kMaxTimerIntervalMs);
    }
    m_timerDueAt = now.addMSecs(delay);
    m_timer.start(int(delay));
}

void WebhookDispatcher::refreshDestinations(bool force)
{
    const qint64 version = m_mainDb.configurationVersion();
    if (!force && version >= 0 && version == m_destinationsVersion)
        return;
    const Result<QList<WebhookDestinationRecord>> all = m_webhooks.list();
    if (!all) {
        qCWarning(lcApp).noquote() << "webhook destinations could not be read:" << all.failure().message;
        return; // keep what we had
    }
    const QDateTime now = m_clock.now();
    m_destinations.clear();
    m_failingSince.clear();
    for (const WebhookDestinationRecord &record : all.value()) {
        CachedDestination cached;
        cached.record = record;
        openSecrets(cached, now);
        m_destinations.insert(record.id, cached);
        if (record.failingSince.isValid())
            m_failingSince.insert(record.id, record.failingSince);
    }
    m_destinationsVersion = version;
}

void WebhookDispatcher::openSecrets(CachedDestination &cached, const QDateTime &now) const
{
    const Result<QStringList> secrets = m_webhooks.signingSecrets(cached.record, now);
    cached.secrets = secrets ? secrets.value() : QStringList();
    cached.secretsError = secrets ? QString() : secrets.failure().code + QStringLiteral(": ") + secrets.failure().message;
    const QDateTime until = cached.record.previousSecretUntil;
    cached.secretsExpireAt = until.isValid() && now < until ? until : QDateTime();
}

WebhookDispatcher::CachedDestination *WebhookDispatcher::destination(const QString &destinationId,
                                                                     const QDateTime &now)
{
    auto it = m_destinations.find(destinationId);
    if (it == m_destinations.end()) {
        refreshDestinations(true); // added since the last look, in a turn that did not tell us
        it = m_destinations.find(destinationId);
        if (it == m_destinations.end())
            return nullptr;
    }
    if (it->secretsExpireAt.isValid() && now >= it->secretsExpireAt)
        openSecrets(*it, now); // the rotation window ended: the old secret stops signing
    return &*it;
}

bool WebhookDispatcher::startAttempt(const DueDelivery &delivery, const QDateTime &now)
{
    const CachedDestination *target = destination(delivery.destinationId, now);
    if (!target)
        return false;
    const Started started{delivery, target->record.instanceId, now};
    m_inFlight.insert(delivery.id, delivery.destinationId);
    ++m_inFlightPerDestination[delivery.destinationId];

    if (target->secrets.isEmpty()) {
        // Never unsigned: the receiver could not tell it from a forgery. Logged as a failed
        // attempt so the delivery log shows why, and retried per the schedule.
        WebhookHttpResponse refused;
        refused.error = QStringLiteral("not_signed");
        refused.errorMessage = target->secretsError;
        finishAttempt(started, refused);
        return true;
    }
    WebhookHttpRequest request;
    request.url = QUrl(target->record.url);
    request.body = delivery.body;
    request.headers = signWebhook(delivery.eventId, delivery.eventType, now.toSecsSinceEpoch(),
                                  delivery.body, target->secrets)
                          .headers;
    request.timeoutMs = m_limits.attemptTimeoutMs;
    QPointer<WebhookDispatcher> self(this);
    m_client.post(request, [self, started](const WebhookHttpResponse &response) {
        if (self)
            self->finishAttempt(started, response);
    });
    return true;
}

void WebhookDispatcher::finishAttempt(const Started &started, const WebhookHttpResponse &response)
{
    // The request slot is free now; the delivery stays out of the due query until its
    // attempt is committed.
    m_inFlight.remove(started.delivery.id);
    if (--m_inFlightPerDestination[started.delivery.destinationId] <= 0)
        m_inFlightPerDestination.remove(started.delivery.destinationId);
    m_recording.insert(started.delivery.id);
    const QDateTime at = m_clock.now();
    const AttemptOutcome outcome = judgeAttempt(response);
    const QString destinationId = started.delivery.destinationId;

    WebhookAttemptRecord attempt;
    attempt.deliveryId = started.delivery.id;
    attempt.destinationId = destinationId;
    attempt.eventId = started.delivery.eventId;
    attempt.attempt = started.delivery.attempts + 1;
    attempt.statusCode = response.statusCode;
    attempt.latencyMs = response.latencyMs;
    attempt.error = outcome.error;
    attempt.responseExcerpt = response.bodyExcerpt.left(kResponseExcerptBytes);
    attempt.createdAt = started.startedAt;

    DeliveryState state = DeliveryState::Pending;
    QDateTime nextAttemptAt;
    QString disableReason;
    QDateTime streakStart; // valid: the destination is failing since then
    switch (outcome.verdict) {
    case AttemptVerdict::Delivered:
        state = DeliveryState::Delivered;
        break;
    case AttemptVerdict::Gone:
        state = DeliveryState::Failed;
        disableReason = kReasonGone;
        break;
    case AttemptVerdict::Failed: {
        const std::optional<qint64> retryAfter = outcome.honoursRetryAfter
            ? RetrySchedule::parseRetryAfter(response.retryAfter, at)
            : std::nullopt;
        if (const auto next = m_schedule.nextAttemptAt(attempt.attempt, at, retryAfter))
            nextAttemptAt = *next;
        else
            state = DeliveryState::Failed;
        streakStart = m_failingSince.value(destinationId, at);
        if (streakStart.msecsTo(at) >= kFailingStreakLimitMs)
            disableReason = kReasonFailing;
        break;
    }
    }
    const bool endStreak = state == DeliveryState::Delivered && m_failingSince.contains(destinationId);
    // Attempts in flight together may all come back failing: the destination is disabled
    // (and the admin told) once.
    if (!disableReason.isEmpty()) {
        auto cached = m_destinations.find(destinationId);
        if (cached != m_destinations.end() && !cached->record.enabled)
            disableReason.clear();
        else if (cached != m_destinations.end())
            cached->record.enabled = false;
    }

    QPointer<WebhookDispatcher> self(this);
    m_commits.submit(
        [attempt, state, nextAttemptAt, streakStart, endStreak, disableReason, at](const Database &db) -> Status {
            if (const Status s = WebhookDeliveryStore(db).recordAttempt(attempt, state, nextAttemptAt); !s.ok())
                return s;
            WebhookDestinationStore destinations(db);
            Status s = succeeded();
            if (streakStart.isValid() || endStreak)
                s = destinations.setFailingSince(attempt.destinationId, streakStart);
            if (s.ok() && !disableReason.isEmpty())
                s = destinations.setEnabled(attempt.destinationId, false, disableReason, at);
            // not_found: the destination was removed meanwhile; nothing left to mark.
            if (!s.ok() && s.failure().code != QLatin1String(kStorageNotFound))
                return s;
            return succeeded();
        },
        [self, started, attempt, state, disableReason, streakStart](const Status &status) {
            if (self)
                self->attemptRecorded(started, attempt, state, disableReason, streakStart, status);
        });
    if (m_started)
        queueDispatch(); // a request slot is free
}

void WebhookDispatcher::attemptRecorded(const Started &started, const WebhookAttemptRecord &attempt,
                                        DeliveryState state, const QString &disabledReason,
                                        const QDateTime &streakStart, const Status &status)
{
    const QString &destinationId = started.delivery.destinationId;
    m_recording.remove(started.delivery.id);

    if (!status.ok()) {
        // The delivery stays as it was in the database (due now); it goes again later.
        qCWarning(lcStorage).noquote() << "webhook attempt for delivery" << started.delivery.id
                                       << "could not be recorded:" << status.failure().message;
        m_heldBack.insert(started.delivery.id, m_clock.now().addMSecs(kHoldBackMs));
        // Not disabled after all: the next failure tries again.
        if (auto it = m_destinations.find(destinationId); !disabledReason.isEmpty() && it != m_destinations.end())
            it->record.enabled = true;
    } else {
        if (streakStart.isValid())
            m_failingSince.insert(destinationId, streakStart);
        else if (state == DeliveryState::Delivered)
            m_failingSince.remove(destinationId);
        if (!disabledReason.isEmpty())
            m_webhooks.reportDisabled(destinationId, started.instanceId, disabledReason);
        emit deliveryAttempted(started.delivery.id, destinationId, started.delivery.eventId,
                               attempt.attempt, attempt.statusCode, state);
    }
    if (m_started)
        queueDispatch(); // the delivery may be due again (a failed commit, a retry)
}

} // namespace wag
