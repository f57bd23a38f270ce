#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>

namespace wag {

// Many pending "do this in N ms" actions behind one QTimer. Thousands of single-shot
// QTimers (one per message in flight) make Qt's timer bookkeeping, which is linear in the
// number of timers, the hottest code of the process; this keeps one timer armed for the
// earliest deadline instead. Actions run on the owner's thread, in deadline order.
class DeadlineQueue final : public QObject
{
    Q_OBJECT
public:
    explicit DeadlineQueue(QObject *parent = nullptr);

    void schedule(int delayMs, std::function<void()> action);
    int size() const { return int(m_actions.size()); }

private:
    void rearm();
    void runDue();

    QElapsedTimer m_clock;
    QTimer m_timer;
    std::multimap<qint64, std::function<void()>> m_actions; // monotonic ms → action
};

} // namespace wag
