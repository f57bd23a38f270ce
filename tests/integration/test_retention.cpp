// Retention: log rows older than the retention period, and idempotency keys older than
// 24 hours, are deleted through the group-commit writer; younger rows stay.
#include "core/clock.h"
#include "maintenance/retention_service.h"
#include "storage/commit_scheduler.h"
#include "storage/idempotency_store.h"
#include "storage/message_store.h"
#include "storage/policy_event_store.h"
#include "support/temp_database.h"

#include <QSignalSpy>
#include <QTest>

using namespace wag;
using namespace wag::test;

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void deletesOnlyWhatIsOlderThanTheRetention()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
        TempDatabase temp(clock);
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        const QDateTime start = clock.now();

        auto addMessage = [&](const QDateTime &at, const QString &phone) {
            MessageRecord m;
            m.phone = phone;
            m.status = MessageStatus::Sent;
            m.createdAt = at;
            m.updatedAt = at;
            return MessageStore(temp.db()).insert(m).ok();
        };
        auto addEvent = [&](const QDateTime &at) {
            PolicyEventRecord e;
            e.rule = QStringLiteral("allowed");
            e.action = QStringLiteral("allow");
            e.createdAt = at;
            return PolicyEventStore(temp.db()).insert(e).ok();
        };
        auto addKey = [&](const QDateTime &at, const QString &key) {
            IdempotencyRecord r;
            r.apiKeyId = 1;
            r.key = key;
            r.requestHash = "h";
            r.createdAt = at;
            return IdempotencyStore(temp.db()).insert(r).ok();
        };
        QVERIFY(addMessage(start, QStringLiteral("+14155550101")));                  // 91 days old then
        QVERIFY(addMessage(start.addDays(1).addSecs(1), QStringLiteral("+14155550102"))); // just inside
        QVERIFY(addEvent(start));
        QVERIFY(addEvent(start.addDays(2)));
        clock.set(start.addDays(91));
        QVERIFY(addKey(clock.now().addSecs(-25 * 3600), QStringLiteral("old")));
        QVERIFY(addKey(clock.now().addSecs(-23 * 3600), QStringLiteral("fresh")));

        CommitScheduler commits(temp.db());
        RetentionService retention(clock, commits, 90);
        QSignalSpy purged(&retention, &RetentionService::purged);
        retention.runOnce();
        QVERIFY(purged.wait(5000));
        QCOMPARE(purged.first().at(0).toInt(), 1); // messages
        QCOMPARE(purged.first().at(1).toInt(), 1); // policy events
        QCOMPARE(purged.first().at(2).toInt(), 1); // idempotency keys

        MessageFilter all;
        const QList<MessageRecord> left = MessageStore(temp.db()).list(all);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().phone, QStringLiteral("+14155550102"));
        QVERIFY(IdempotencyStore(temp.db()).find(1, QStringLiteral("fresh")).has_value());
        QVERIFY(!IdempotencyStore(temp.db()).find(1, QStringLiteral("old")).has_value());

        // Nothing more to delete: a second run reports zeros.
        retention.runOnce();
        QVERIFY(purged.wait(5000));
        QCOMPARE(purged.last().at(0).toInt() + purged.last().at(1).toInt() + purged.last().at(2).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "test_retention.moc"
