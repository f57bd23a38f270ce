#include "core/clock.h"
#include "storage/database.h"
#include "storage/instance_store.h"
#include "support/store_fixture.h"

#include <QtTest>

using namespace wag;

class TestInstanceStore : public QObject, protected test::StoreFixture
{
    Q_OBJECT

private:
    InstanceRecord instance(const QString &id, const QString &name) const
    {
        InstanceRecord record;
        record.id = id;
        record.name = name;
        record.provider = QStringLiteral("simulator");
        record.createdAt = m_clock.now();
        return record;
    }

private slots:
    void init() { openDatabase(); }

    void cleanup() { closeDatabase(); }

    void pausedReasonGoesWithTheFlag()
    {
        InstanceStore store(db());
        QVERIFY(store.insert(instance(QStringLiteral("inst_a"), QStringLiteral("sales"))));
        QVERIFY(!store.findById(QStringLiteral("inst_a"))->paused);
        QVERIFY(store.findById(QStringLiteral("inst_a"))->pausedReason.isEmpty());

        QVERIFY(store.setPaused(QStringLiteral("inst_a"), true, QStringLiteral("opt_out_spike")));
        std::optional<InstanceRecord> stored = store.findById(QStringLiteral("inst_a"));
        QVERIFY(stored->paused);
        QCOMPARE(stored->pausedReason, QStringLiteral("opt_out_spike"));
        QCOMPARE(store.findByName(QStringLiteral("sales"))->pausedReason,
                 QStringLiteral("opt_out_spike"));
        QCOMPARE(store.all().first().pausedReason, QStringLiteral("opt_out_spike"));

        // Resuming clears the reason, even if one is passed.
        QVERIFY(store.setPaused(QStringLiteral("inst_a"), false, QStringLiteral("ignored")));
        stored = store.findById(QStringLiteral("inst_a"));
        QVERIFY(!stored->paused);
        QVERIFY(stored->pausedReason.isEmpty());

        // The two-argument form pauses without a reason.
        QVERIFY(store.setPaused(QStringLiteral("inst_a"), true, QStringLiteral("first")));
        QVERIFY(store.setPaused(QStringLiteral("inst_a"), true));
        stored = store.findById(QStringLiteral("inst_a"));
        QVERIFY(stored->paused);
        QVERIFY(stored->pausedReason.isEmpty());

        const Status missing = store.setPaused(QStringLiteral("inst_none"), true,
                                               QStringLiteral("x"));
        QVERIFY(!missing);
        QCOMPARE(missing.failure().code, QString::fromLatin1(kStorageNotFound));
    }

    void insertKeepsTheReasonOnlyWhenPaused()
    {
        InstanceStore store(db());
        InstanceRecord paused = instance(QStringLiteral("inst_p"), QStringLiteral("paused"));
        paused.paused = true;
        paused.pausedReason = QStringLiteral("admin review");
        InstanceRecord running = instance(QStringLiteral("inst_r"), QStringLiteral("running"));
        running.pausedReason = QStringLiteral("stale");
        QVERIFY(store.insert(paused));
        QVERIFY(store.insert(running));
        QCOMPARE(store.findById(QStringLiteral("inst_p"))->pausedReason,
                 QStringLiteral("admin review"));
        QVERIFY(store.findById(QStringLiteral("inst_r"))->pausedReason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInstanceStore)
#include "test_instance_store.moc"
