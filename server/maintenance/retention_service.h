#pragma once

#include <QObject>
#include <QTimer>

namespace wag {

class Clock;
class CommitScheduler;

// Keeps the logs from growing for ever (SPEC §10): the message log, policy events and
// idempotency keys older than the retention period are deleted, a little every hour,
// through the group-commit writer so that the event loop never waits for a large delete.
class RetentionService final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRunEveryMs = 3600 * 1000;
    static constexpr qint64 kIdempotencyRetentionMs = 24LL * 3600 * 1000; // SPEC §5

    RetentionService(const Clock &clock, CommitScheduler &commits, int retentionDays,
                     QObject *parent = nullptr);

    // First run shortly after start-up, then every hour.
    void start();
    // Purges now; purged() follows once the deletes are committed.
    void runOnce();

signals:
    void purged(int messages, int policyEvents, int idempotencyKeys);
    // Webhook events (with their deliveries and attempts) and inbound messages, same age.
    void historyPurged(int webhookEvents, int inboundMessages);

private:
    const Clock &m_clock;
    CommitScheduler &m_commits;
    int m_retentionDays;
    QTimer m_timer;
};

} // namespace wag
