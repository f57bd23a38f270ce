#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace wag {

class Engine;
class SendService;

// The selected instance's limits and how much of them it has used: sent today and this
// month against the caps, the warm-up day and today's cap, and when the counts start again
// (midnight in the gateway's time zone). The numbers come from SendService::usage(), which
// counts the way the guard does; the panel follows the send signals, it does not poll.
class InstanceUsagePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit InstanceUsagePanel(Engine &engine, QWidget *parent = nullptr);

    void setInstanceId(const QString &id);
    // The send service exists only while the gateway serves; the window calls this when it starts.
    void attachLiveSources();
    void refresh();

private:
    void scheduleRefresh();
    void showLimitsOnly(); // while the gateway is stopped: the configured limits, no counts

    Engine &m_engine;
    QString m_instanceId;
    const SendService *m_attached = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_month = nullptr;
    QLabel *m_limits = nullptr;
    QLabel *m_warmUp = nullptr;
    QLabel *m_dayReset = nullptr;
    QLabel *m_monthReset = nullptr;
    QLabel *m_notice = nullptr;
    QTimer *m_coalesce = nullptr;   // many sends in a burst: one refresh
    QTimer *m_midnight = nullptr;   // the day's count starts again with no send to say so
};

} // namespace wag
