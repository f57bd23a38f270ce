#include "deadline_queue.h"

namespace wag {

DeadlineQueue::DeadlineQueue(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineQueue::runDue);
}

void DeadlineQueue::schedule(int delayMs, std::function<void()> action)
{
    if (delayMs <= 0) {
        // "As soon as possible" needs no deadline: a posted call runs on the event loop's
        // next pass, sooner than a zero timer, and costs no timer bookkeeping.
        QMetaObject::invokeMethod(this, std::move(action), Qt::QueuedConnection);
        return;
    }
    const qint64 due = m_clock.elapsed() + qMax(0, delayMs);
    const bool earliest = m_actions.empty() || due < m_actions.begin()->first;
    m_actions.emplace(due, std::move(action));
    if (earliest)
        rearm();
}

void DeadlineQueue::rearm()
{
    if (m_actions.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, m_actions.begin()->first - m_clock.elapsed());
    m_timer.start(int(qMin<qint64>(wait, 3'600'000)));
}

void DeadlineQueue::runDue()
{
    const qint64 now = m_clock.elapsed();
    // Taken out first: an action may schedule more (even due at once); those run on the
    // next pass, not inside this loop.
    std::multimap<qint64, std::function<void()>> due;
    while (!m_actions.empty() && m_actions.begin()->first <= now)
        due.insert(m_actions.extract(m_actions.begin()));
    for (auto &entry : due)
        entry.second();
    rearm();
}

} // namespace wag
