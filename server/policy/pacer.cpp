#include "pacer.h"

#include <QRandomGenerator>

#include <algorithm>

namespace wag {

namespace {

constexpr qint64 kMinRetryAfterMs = 1000;

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

Pacer::Pacer(PacingConfig config, Jitter jitter)
    : m_config(sanitized(config)), m_jitter(std::move(jitter))
{
    if (!m_jitter) {
        m_jitter = [](int lo, int hi) {
            return int(QRandomGenerator::system()->bounded(qint64(lo), qint64(hi) + 1));
        };
    }
}

PacingConfig Pacer::sanitized(PacingConfig config)
{
    // Settings are admin-editable; nonsense must degrade to something safe, not to
    // negative gaps or a queue that can never accept anything.
    config.minIntervalMs = std::max(0, config.minIntervalMs);
    config.maxIntervalMs = std::max(config.minIntervalMs, config.maxIntervalMs);
    config.burstSize = std::max(0, config.burstSize); // 0: no burst pauses
    config.burstPauseMs = std::max(0, config.burstPauseMs);
    config.perRecipientMs = std::max(0, config.perRecipientMs);
    config.slowFactor = std::max(1, config.slowFactor);
    config.maxQueueLength = std::max(1, config.maxQueueLength);
    config.maxQueueWaitMs = std::max(0, config.maxQueueWaitMs);
    return config;
}

void Pacer::setConfig(PacingConfig config)
{
    m_config = sanitized(config);
}

int Pacer::drawInterval() const
{
    const int lo = m_config.minIntervalMs;
    const int hi = m_config.maxIntervalMs;
    return std::clamp(m_jitter(lo, hi), lo, hi);
}

qint64 Pacer::longestGap() const
{
    return std::max({qint64(m_config.burstPauseMs),
                     qint64(m_config.maxIntervalMs) * m_config.slowFactor
                         + m_config.burstPauseMs,
                     qint64(m_config.perRecipientMs)});
}

void Pacer::prune(InstanceState &state, qint64 nowMs) const
{
    const qint64 perRecipient = m_config.perRecipientMs;
    state.recipientDue.removeIf([&](const QHash<QString, qint64>::iterator &it) {
        return it.value() + perRecipient <= nowMs;
    });
}

void Pacer::insertDue(InstanceState &state, qint64 due)
{
    if (state.dues.empty() || state.dues.back() <= due)
        state.dues.push_back(due);
    else
        state.dues.insert(std::upper_bound(state.dues.begin(), state.dues.end(), due), due);
}

Pacer::Slot Pacer::reserve(const QString &instanceId, const QString &recipientE164,
                           const QDateTime &now, bool slow)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();

    if (!m_config.enabled) {
        insertDue(m_instances[instanceId], nowMs);
        return Slot{true, utcFromMs(nowMs), 0, QString()};
    }

    auto found = m_instances.find(instanceId);
    if (found != m_instances.end() && found->dues.empty() && found->hasLast
        && nowMs - found->lastDue > longestGap()) {
        // Idle past every gap: a fresh state gives the same answers in less memory.
        m_instances.erase(found);
    }
    InstanceState &state = m_instances[instanceId];
    prune(state, nowMs);

    int burst = state.burstCount;
    if (state.hasLast && nowMs - state.lastDue > m_config.burstPauseMs)
        burst = 0;

    qint64 due = nowMs;
    qint64 worstDue = nowMs; // the same with the longest interval, for retryAfterMs
    if (state.hasLast) {
        const qint64 factor = slow ? m_config.slowFactor : 1;
        qint64 pause = 0;
        if (m_config.burstSize > 0 && burst >= m_config.burstSize) {
            pause = m_config.burstPauseMs;
            burst = 0;
        }
        due = std::max(due, state.lastDue + drawInterval() * factor + pause);
        worstDue = std::max(worstDue, state.lastDue + m_config.maxIntervalMs * factor + pause);
    }
    const auto recipient = state.recipientDue.constFind(recipientE164);
    if (recipient != state.recipientDue.cend()) {
        due = std::max(due, recipient.value() + m_config.perRecipientMs);
        worstDue = std::max(worstDue, recipient.value() + m_config.perRecipientMs);
    }

    // When a retry could be accepted on the wait rule: the tail stays where it is, while
    // "now" moves on.
    const qint64 waitRetry = worstDue - m_config.maxQueueWaitMs - nowMs;

    const qsizetype length = qsizetype(state.dues.size());
    if (length >= m_config.maxQueueLength) {
        // Room comes when enough entries leave; the one that makes room is the
        // (length - max)-th, sent at its due time.
        const qint64 roomAt = state.dues.at(size_t(length - m_config.maxQueueLength));
        const qint64 retry = std::max({kMinRetryAfterMs, roomAt - nowMs, waitRetry});
        return Slot{false, QDateTime(), retry, QStringLiteral("queue_full")};
    }
    if (due - nowMs > m_config.maxQueueWaitMs) {
        return Slot{false, QDateTime(), std::max(kMinRetryAfterMs, waitRetry),
                    QStringLiteral("queue_wait_too_long")};
    }

    insertDue(state, due);
    state.lastDue = state.hasLast ? std::max(state.lastDue, due) : due;
    state.hasLast = true;
    state.burstCount = burst + 1;
    qint64 &lastToRecipient = state.recipientDue[recipientE164];
    lastToRecipient = std::max(lastToRecipient, due);
    return Slot{true, utcFromMs(due), 0, QString()};
}

void Pacer::release(const QString &instanceId)
{
    const auto found = m_instances.find(instanceId);
    if (found != m_instances.end() && !found->dues.empty())
        found->dues.pop_front();
}

int Pacer::queued(const QString &instanceId) const
{
    const auto found = m_instances.constFind(instanceId);
    return found == m_instances.cend() ? 0 : int(found->dues.size());
}

void Pacer::restore(const QString &instanceId, const QString &recipientE164,
                    const QDateTime &due)
{
    const qint64 dueMs = due.isValid() ? due.toMSecsSinceEpoch() : 0;
    InstanceState &state = m_instances[instanceId];
    insertDue(state, dueMs);
    // A gap of at least a burst pause in the stored schedule is where a pause was
    // inserted (pause + interval) or the instance was idle: a new burst starts there.
    if (!state.hasLast || dueMs - state.lastDue >= m_config.burstPauseMs)
        state.burstCount = 0;
    ++state.burstCount;
    state.lastDue = state.hasLast ? std::max(state.lastDue, dueMs) : dueMs;
    state.hasLast = true;
    qint64 &lastToRecipient = state.recipientDue[recipientE164];
    lastToRecipient = std::max(lastToRecipient, dueMs);
}

void Pacer::forget(const QString &instanceId)
{
    m_instances.remove(instanceId);
}

} // namespace wag
