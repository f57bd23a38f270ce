#include "opt_out_monitor.h"

#include <algorithm>

namespace wag {

OptOutMonitor::OptOutMonitor(Config config) : m_config(config)
{
    m_config.window = std::max(1, m_config.window);
    m_config.minimumSends = std::max(0, m_config.minimumSends);
}

void OptOutMonitor::recordSend(const QString &instanceId, const QString &recipientE164)
{
    History &history = m_history[instanceId];
    history.sends.push_back(Send{recipientE164, false});
    while (history.sends.size() > size_t(m_config.window)) {
        if (history.sends.front().optedOut)
            --history.optOuts;
        history.sends.pop_front();
    }
}

void OptOutMonitor::recordOptOut(const QString &instanceId, const QString &recipientE164)
{
    const auto found = m_history.find(instanceId);
    if (found == m_history.end())
        return;
    // Matched to the most recent send to this recipient; a second opt-out for that send
    // changes nothing.
    for (auto it = found->sends.rbegin(); it != found->sends.rend(); ++it) {
        if (it->recipient == recipientE164) {
            if (!it->optedOut) {
                it->optedOut = true;
                ++found->optOuts;
            }
            return;
        }
    }
}

int OptOutMonitor::sendsInWindow(const QString &instanceId) const
{
    const auto found = m_history.constFind(instanceId);
    return found == m_history.cend() ? 0 : int(found->sends.size());
}

int OptOutMonitor::optOutsInWindow(const QString &instanceId) const
{
    const auto found = m_history.constFind(instanceId);
    return found == m_history.cend() ? 0 : found->optOuts;
}

double OptOutMonitor::optOutRate(const QString &instanceId) const
{
    const int sends = sendsInWindow(instanceId);
    return sends == 0 ? 0.0 : double(optOutsInWindow(instanceId)) / sends;
}

bool OptOutMonitor::spikeDetected(const QString &instanceId) const
{
    return sendsInWindow(instanceId) >= m_config.minimumSends
           && sendsInWindow(instanceId) > 0 && optOutRate(instanceId) > m_config.threshold;
}

void OptOutMonitor::reset(const QString &instanceId)
{
    m_history.remove(instanceId);
}

RecentOutcomes::RecentOutcomes(int window) : m_window(std::max(1, window)) {}

void RecentOutcomes::recordOutcome(const QString &instanceId, bool failed)
{
    History &history = m_history[instanceId];
    history.failed.push_back(failed);
    if (failed)
        ++history.failures;
    while (history.failed.size() > size_t(m_window)) {
        if (history.failed.front())
            --history.failures;
        history.failed.pop_front();
    }
}

double RecentOutcomes::failureRate(const QString &instanceId) const
{
    const auto found = m_history.constFind(instanceId);
    if (found == m_history.cend() || found->failed.empty())
        return 0.0;
    return double(found->failures) / double(found->failed.size());
}

void RecentOutcomes::reset(const QString &instanceId)
{
    m_history.remove(instanceId);
}

} // namespace wag
