#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace wag {

// Watches each instance's last `window` sends for opt-outs (SPEC §5.1: a spike of more
// than 5 % of the last 100 sends pauses the instance until an admin resumes it). In
// memory only: after a restart the window fills again from new sends, which errs on the
// side of not pausing on stale data.
//
// An opt-out counts against the instance only when that recipient is among its last
// `window` sends, and once per send: someone who stops a conversation they started long
// ago, or who sends "STOP" twice, is no sign of unwanted messaging now. It leaves the
// window with the send it was matched to.
//
// Not thread-safe: owned by the messaging service and used from its thread.
// OptOutMonitor::Config. Declared outside the class only so that `Config = {}` can be a
// default argument (a nested struct with member initializers cannot be, before the
// enclosing class is complete).
struct OptOutMonitorConfig
{
    int window = 100;        // the last this many sends
    double threshold = 0.05; // a spike is a rate strictly above this
    int minimumSends = 20;   // no spike with fewer sends in the window
};

class OptOutMonitor
{
public:
    using Config = OptOutMonitorConfig;

    explicit OptOutMonitor(Config config = {});

    void recordSend(const QString &instanceId, const QString &recipientE164);
    void recordOptOut(const QString &instanceId, const QString &recipientE164);

    // Opt-outs / sends in the window; 0 without sends.
    double optOutRate(const QString &instanceId) const;
    int sendsInWindow(const QString &instanceId) const;
    int optOutsInWindow(const QString &instanceId) const;

    // rate > threshold, with at least minimumSends sends in the window.
    bool spikeDetected(const QString &instanceId) const;

    // After an admin resumes the instance: judge it on new sends only.
    void reset(const QString &instanceId);

    const Config &config() const { return m_config; }

private:
    struct Send
    {
        QString recipient;
        bool optedOut = false;
    };
    struct History
    {
        std::deque<Send> sends;
        int optOuts = 0;
    };

    Config m_config;
    QHash<QString, History> m_history;
};

// Provider failure rate over each instance's last `window` send outcomes, for the risk
// score. Same ownership rules as OptOutMonitor.
class RecentOutcomes
{
public:
    explicit RecentOutcomes(int window = 100);

    void recordOutcome(const QString &instanceId, bool failed);
    // Failures / outcomes in the window; 0 without outcomes.
    double failureRate(const QString &instanceId) const;
    void reset(const QString &instanceId);

private:
    struct History
    {
        std::deque<bool> failed;
        int failures = 0;
    };

    int m_window;
    QHash<QString, History> m_history;
};

} // namespace wag
