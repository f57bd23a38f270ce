#include "core/clock.h"
#include "storage/database.h"
#include "storage/policy_event_store.h"
#include "support/store_fixture.h"

#include <QtTest>

using namespace wag;

class TestPolicyEventStore : public QObject, protected test::StoreFixture
{
    Q_OBJECT

private:
    qint64 add(const QString &instanceId, const QString &action, const QDateTime &at)
    {
        PolicyEventRecord event;
        event.instanceId = instanceId;
        event.rule = QStringLiteral("risk.score");
        event.action = action;
        event.createdAt = at;
        const Result<qint64> id = PolicyEventStore(db()).insert(event);
        return id ? id.value() : -1;
    }

    static QList<qint64> ids(const QList<PolicyEventRecord> &events)
    {
        QList<qint64> result;
        for (const PolicyEventRecord &event : events)
            result.append(event.id);
        return result;
    }

private slots:
    void init() { openDatabase(); }

    void cleanup() { closeDatabase(); }

    void insertAndReadBack()
    {
        PolicyEventStore store(db());
        PolicyEventRecord event;
        event.instanceId = QStringLiteral("inst_a"); // no foreign key: may outlive the instance
        event.logId = 77;
        event.rule = QStringLiteral("content.blocked_phrase");
        event.action = QStringLiteral("block");
        event.riskScore = 91;
        event.detail = QStringLiteral("phrase \"limited offer\"");
        event.createdAt = m_clock.now();
        const Result<qint64> id = store.insert(event);
        QVERIFY2(id, qPrintable(id.failure().message));

        PolicyEventRecord bare;
        bare.rule = QStringLiteral("review.resume");
        bare.action = QStringLiteral("resume");
        bare.createdAt = m_clock.now().addSecs(1);
        const Result<qint64> bareId = store.insert(bare);
        QVERIFY(bareId);
        QVERIFY(bareId.value() > id.value());

        const QList<PolicyEventRecord> events = store.list(PolicyEventFilter());
        QCOMPARE(events.size(), 2);
        const PolicyEventRecord &newest = events.at(0);
        QCOMPARE(newest.id, bareId.value());
        QVERIFY(newest.instanceId.isEmpty());
        QVERIFY(!newest.logId);
        QVERIFY(!newest.riskScore);
        QVERIFY(newest.detail.isEmpty());
        const PolicyEventRecord &stored = events.at(1);
        QCOMPARE(stored.id, id.value());
        QCOMPARE(stored.instanceId, event.instanceId);
        QCOMPARE(stored.logId, std::optional<qint64>(77));
        QCOMPARE(stored.rule, event.rule);
        QCOMPARE(stored.action, event.action);
        QCOMPARE(stored.riskScore, std::optional<int>(91));
        QCOMPARE(stored.detail, event.detail);
        QCOMPARE(stored.createdAt, event.createdAt);
        QCOMPARE(stored.createdAt.timeSpec(), Qt::UTC);
    }

    void missingRuleOrActionIsRefused()
    {
        PolicyEventStore store(db());
        PolicyEventRecord event;
        event.action = QStringLiteral("block");
        event.createdAt = m_clock.now();
        Result<qint64> id = store.insert(event);
        QVERIFY(!id);
        QCOMPARE(id.failure().code, QString::fromLatin1(kStorageConflict));
        event.rule = QStringLiteral("r");
        event.action.clear();
        id = store.insert(event);
        QVERIFY(!id);
        QCOMPARE(id.failure().code, QString::fromLatin1(kStorageConflict));
        QVERIFY(store.list(PolicyEventFilter()).isEmpty());
    }

    void listFilters()
    {
        const QDateTime t = m_clock.now();
        const QString a = QStringLiteral("inst_a");
        const QString b = QStringLiteral("inst_b");
        const qint64 e0 = add(a, QStringLiteral("allow"), t);
        const qint64 e1 = add(a, QStringLiteral("block"), t.addSecs(1));
        const qint64 e2 = add(b, QStringLiteral("block"), t.addSecs(2));
        const qint64 e3 = add(a, QStringLiteral("slow"), t.addSecs(3));
        const qint64 e4 = add(a, QStringLiteral("pause"), t.addSecs(4));
        const qint64 e5 = add(b, QStringLiteral("allow"), t.addSecs(5));
        QVERIFY(e0 > 0);

        PolicyEventStore store(db());
        QCOMPARE(ids(store.list(PolicyEventFilter())), (QList<qint64>{e5, e4, e3, e2, e1, e0}));

        PolicyEventFilter filter;
        filter.instanceId = a;
        QCOMPARE(ids(store.list(filter)), (QList<qint64>{e4, e3, e1, e0}));
        filter.action = QStringLiteral("block");
        QCOMPARE(ids(store.list(filter)), (QList<qint64>{e1}));

        filter = PolicyEventFilter();
        filter.action = QStringLiteral("block");
        QCOMPARE(ids(store.list(filter)), (QList<qint64>{e2, e1}));

        filter = PolicyEventFilter();
        filter.from = t.addSecs(1); // inclusive
        filter.to = t.addSecs(4); // exclusive
        QCOMPARE(ids(store.list(filter)), (QList<qint64>{e3, e2, e1}));

        filter = PolicyEventFilter();
        filter.limit = 2;
        QCOMPARE(ids(store.list(filter)), (QList<qint64>{e5, e4}));
        filter.beforeId = e4;
        QCOMPARE(ids(store.list(filter)), (QList<qint64>{e3, e2}));
        filter.beforeId = e0;
        QVERIFY(store.list(filter).isEmpty());
    }

    void purgeDeletesStrictlyOlder()
    {
        const QDateTime cut = m_clock.now();
        add(QStringLiteral("inst_a"), QStringLiteral("allow"), cut.addDays(-100));
        add(QStringLiteral("inst_a"), QStringLiteral("allow"), cut.addMSecs(-1));
        const qint64 kept = add(QStringLiteral("inst_a"), QStringLiteral("allow"), cut);
        PolicyEventStore store(db());
        QCOMPARE(store.purgeOlderThan(cut), 2);
        QCOMPARE(ids(store.list(PolicyEventFilter())), QList<qint64>{kept});
        QCOMPARE(store.purgeOlderThan(cut), 0);
    }
};

QTEST_GUILESS_MAIN(TestPolicyEventStore)
#include "test_policy_event_store.moc"
