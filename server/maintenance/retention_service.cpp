#include "retention_service.h"

#include "storage/event_store.h"
#include "storage/inbound_message_store.h"

#include "core/clock.h"
#include "core/logging.h"
#include "storage/commit_scheduler.h"
#include "storage/database.h"
#include "storage/idempotency_store.h"
#include "storage/message_store.h"
#include "storage/policy_event_store.h"
#include "storage/threecx_event_store.h"

#include <memory>

namespace wag {

RetentionService::RetentionService(const Clock &clock, CommitScheduler &commits, int retentionDays,
                                   QObject *parent)
    : QObject(parent), m_clock(clock), m_commits(commits), m_retentionDays(retentionDays)
{
    connect(&m_timer, &QTimer::timeout, this, &RetentionService::runOnce);
}

void RetentionService::start()
{
    QTimer::singleShot(60'000, this, &RetentionService::runOnce);
    m_timer.start(kRunEveryMs);
}

void RetentionService::runOnce()
{
    const QDateTime now = m_clock.now();
    const QDateTime logCutoff = now.addDays(-m_retentionDays);
    const QDateTime keyCutoff = now.addMSecs(-kIdempotencyRetentionMs);
    struct Counts
    {
        int messages = 0;
        int events = 0;
        int keys = 0;
        int webhookEvents = 0; // with their deliveries and attempts
        int inbound = 0;
        int seen = 0;
    };
    auto counts = std::make_shared<Counts>();
    m_commits.submit(
        [counts, logCutoff, keyCutoff](const Database &db) -> Status {
            counts->messages = MessageStore(db).purgeOlderThan(logCutoff);
            counts->events = PolicyEventStore(db).purgeOlderThan(logCutoff);
            counts->keys = IdempotencyStore(db).purgeOlderThan(keyCutoff);
            counts->webhookEvents = EventStore(db).purgeOlderThan(logCutoff);
            counts->inbound = InboundMessageStore(db).purgeOlderThan(logCutoff);
            counts->seen = SeenProviderEventStore(db).purgeOlderThan(logCutoff);
            ThreecxEventStore(db).purgeOlderThan(logCutoff); // the 3CX event log ages like the others
            if (counts->messages < 0 || counts->events < 0 || counts->keys < 0 || counts->webhookEvents < 0
                || counts->inbound < 0 || counts->seen < 0)
                return Status::fail(QString::fromLatin1(kStorageError),
                                    QStringLiteral("a retention delete failed"));
            return succeeded();
        },
        [this, counts](const Status &status) {
            if (!status.ok()) {
                qCWarning(lcStorage) << "retention:" << status.failure().message;
                return;
            }
            if (counts->messages + counts->events + counts->keys > 0)
                qCInfo(lcStorage) << "retention: deleted" << counts->messages << "messages,"
                                  << counts->events << "policy events," << counts->keys
                                  << "idempotency keys";
            if (counts->webhookEvents + counts->inbound > 0)
                qCInfo(lcStorage) << "retention: deleted" << counts->webhookEvents << "webhook events,"
                                  << counts->inbound << "inbound messages";
            emit purged(counts->messages, counts->events, counts->keys);
            emit historyPurged(counts->webhookEvents, counts->inbound);
        });
}

} // namespace wag
