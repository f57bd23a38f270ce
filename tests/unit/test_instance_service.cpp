#include "core/clock.h"
#include "instances/instance_service.h"
#include "providers/simulator/simulator_provider.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wag;

class TestInstanceService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SimulatorProvider> m_provider;
    std::unique_ptr<InstanceService> m_instances;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("gateway.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        QCOMPARE(m_db->migrate(&error, m_clock), MigrationOutcome::Migrated);
        m_provider = std::make_unique<SimulatorProvider>(SimulatorOptions{}, m_clock);
        m_instances = std::make_unique<InstanceService>(*m_db, m_clock, *m_provider);
    }

    void cleanup()
    {
        m_instances.reset();
        m_provider.reset();
        m_db.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_dir.filePath(QStringLiteral("gateway.db") + QLatin1String(suffix)));
    }

    void nameRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("3 chars") << QStringLiteral("abc") << true;
        QTest::newRow("40 chars") << QString(40, QLatin1Char('a')) << true;
        QTest::newRow("digits and dashes") << QStringLiteral("0-sales-2") << true;
        QTest::newRow("2 chars") << QStringLiteral("ab") << false;
        QTest::newRow("41 chars") << QString(41, QLatin1Char('a')) << false;
        QTest::newRow("upper case") << QStringLiteral("Sales") << false;
        QTest::newRow("leading dash") << QStringLiteral("-sales") << false;
        QTest::newRow("underscore") << QStringLiteral("sales_team") << false;
        QTest::newRow("dot") << QStringLiteral("sales.eu") << false;
        QTest::newRow("space") << QStringLiteral("sales team") << false;
        QTest::newRow("trailing newline") << QStringLiteral("sales\n") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void nameRules()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QSignalSpy created(m_instances.get(), &InstanceService::instanceCreated);
        const Result<InstanceRecord> result
            = m_instances->create(name, QStringLiteral("simulator"));
        QCOMPARE(result.ok(), valid);
        QCOMPARE(created.size(), valid ? 1 : 0);
        if (!valid) {
            QCOMPARE(result.failure().code, QStringLiteral("invalid_instance_name"));
            QVERIFY(result.failure().message.contains(QLatin1String("3 to 40")));
            QVERIFY(m_instances->list().isEmpty());
        }
    }

    void createFillsTheRecordAndSignals()
    {
        QSignalSpy created(m_instances.get(), &InstanceService::instanceCreated);
        const Result<InstanceRecord> sales
            = m_instances->create(QStringLiteral("sales"), QStringLiteral("simulator"));
        QVERIFY2(sales, qPrintable(sales.failure().message));
        QVERIFY(sales->id.startsWith(QLatin1String("inst_")));
        QCOMPARE(sales->id.size(), 25);
        QCOMPARE(sales->name, QStringLiteral("sales"));
        QCOMPARE(sales->provider, QStringLiteral("simulator"));
        QCOMPARE(sales->state, InstanceState::Connecting); // SPEC §4: connecting at once
        QCOMPARE(sales->createdAt, m_clock.now());
        QVERIFY(!sales->paused);
        QVERIFY(!sales->dailyLimit);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().first().toString(), sales->id);

        const std::optional<InstanceRecord> stored = m_instances->find(sales->id);
        QVERIFY(stored);
        QCOMPARE(stored->createdAt, sales->createdAt);
        QCOMPARE(stored->state, InstanceState::Connecting);
    }

    void duplicateIsRefused()
    {
        QVERIFY(m_instances->create(QStringLiteral("sales"), QStringLiteral("simulator")));
        QSignalSpy created(m_instances.get(), &InstanceService::instanceCreated);
        const Result<InstanceRecord> again
            = m_instances->create(QStringLiteral("sales"), QStringLiteral("evolution"));
        QVERIFY(!again);
        QCOMPARE(again.failure().code, QStringLiteral("instance_exists"));
        QCOMPARE(created.size(), 0);
        QCOMPARE(m_instances->list().size(), 1);
    }

    void emptyProviderIsRefused()
    {
        const Result<InstanceRecord> result
            = m_instances->create(QStringLiteral("sales"), QString());
        QVERIFY(!result);
        QCOMPARE(result.failure().code, QStringLiteral("validation_error"));
    }

    void findByIdOrName()
    {
        const InstanceRecord sales
            = m_instances->create(QStringLiteral("sales"), QStringLiteral("simulator")).value();
        const InstanceRecord support
            = m_instances->create(QStringLiteral("support"), QStringLiteral("simulator")).value();

        QCOMPARE(m_instances->find(sales.id)->name, QStringLiteral("sales"));
        QCOMPARE(m_instances->find(QStringLiteral("sales"))->id, sales.id);
        QCOMPARE(m_instances->find(QStringLiteral("support"))->id, support.id);
        QVERIFY(!m_instances->find(QStringLiteral("Sales")));
        QVERIFY(!m_instances->find(QStringLiteral("inst_unknown")));
        QVERIFY(!m_instances->find(QString()));

        const QList<InstanceRecord> all = m_instances->list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("sales"));
        QCOMPARE(all.at(1).name, QStringLiteral("support"));
    }

    void restartReconnectsOnTheSamePhone()
    {
        const InstanceRecord sales = m_instances->create(QStringLiteral("sales")).value();
        QVERIFY(m_provider->scan(sales.id));
        const InstanceRecord linked = m_instances->find(sales.id).value();
        QCOMPARE(linked.state, InstanceState::Open);
        QCOMPARE(linked.linkedPhone, SimulatorProvider::phoneFor(sales.id));
        const QDateTime linkedAt = linked.linkedAt;
        QVERIFY(linkedAt.isValid());

        m_clock.advance(3 * 24 * 3600 * 1000LL); // day 4 of the warm-up
        QSignalSpy changed(m_instances.get(), &InstanceService::stateChanged);
        const Result<InstanceRecord> restarted = m_instances->restart(QStringLiteral("sales")); // by name
        QVERIFY2(restarted, qPrintable(restarted.failure().message));
        QCOMPARE(restarted->id, sales.id);
        QCOMPARE(restarted->state, InstanceState::Connecting);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).value<InstanceState>(), InstanceState::Connecting);
        QCOMPARE(changed.at(0).at(2).value<InstanceState>(), InstanceState::Open);
        QCOMPARE(changed.at(0).at(3).toString(), QStringLiteral("restarting"));
        QCOMPARE(m_instances->stateReason(sales.id), QStringLiteral("restarting"));

        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(1).value<InstanceState>(), InstanceState::Open);
        const InstanceRecord back = m_instances->find(sales.id).value();
        QCOMPARE(back.state, InstanceState::Open);
        QVERIFY(back.stateReason.isEmpty());
        // The same phone, still linked since the first scan: the warm-up keeps its day.
        QCOMPARE(back.linkedPhone, linked.linkedPhone);
        QCOMPARE(back.linkedAt, linkedAt);
        QVERIFY(m_instances->qrText(sales.id).isEmpty());
    }

    void restartWhileLinkingShowsAFreshQrCode()
    {
        const InstanceRecord sales = m_instances->create(QStringLiteral("sales")).value();
        const QString first = m_instances->qrText(sales.id);
        QVERIFY(!first.isEmpty());
        QSignalSpy qr(m_instances.get(), &InstanceService::qrCodeChanged);
        QSignalSpy changed(m_instances.get(), &InstanceService::stateChanged);
        const Result<InstanceRecord> restarted = m_instances->restart(sales.id);
        QVERIFY(restarted);
        QCOMPARE(restarted->state, InstanceState::Connecting);
        QCOMPARE(qr.size(), 1);
        QVERIFY(m_instances->qrText(sales.id) != first);
        QVERIFY(!m_instances->qrText(sales.id).isEmpty());
        QCOMPARE(changed.size(), 0);
    }

    void restartRefusals()
    {
        // Unknown: the same code as every other operation.
        const Result<InstanceRecord> unknown = m_instances->restart(QStringLiteral("nobody"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.failure().code, QStringLiteral("invalid_instance"));

        // Closed: nothing to restart; connect is the way back.
        const InstanceRecord sales = m_instances->create(QStringLiteral("sales")).value();
        QVERIFY(m_provider->scan(sales.id));
        QVERIFY(m_instances->logout(sales.id));
        QCOMPARE(m_instances->find(sales.id)->state, InstanceState::Close);
        QSignalSpy changed(m_instances.get(), &InstanceService::stateChanged);
        const Result<InstanceRecord> closed = m_instances->restart(sales.id);
        QVERIFY(!closed);
        QCOMPARE(closed.failure().code, QStringLiteral("instance_not_connected"));
        QVERIFY(closed.failure().message.contains(QStringLiteral("connect")));
        QCOMPARE(changed.size(), 0);

        // An admin-command process drives no provider.
        m_instances->setDrivesProvider(false);
        const InstanceRecord support = m_instances->create(QStringLiteral("support")).value();
        const Result<InstanceRecord> notRunning = m_instances->restart(support.id);
        QVERIFY(!notRunning);
        QCOMPARE(notRunning.failure().code, QStringLiteral("not_running"));
    }

    void newLimitsAreAnnounced()
    {
        const InstanceRecord sales = m_instances->create(QStringLiteral("sales")).value();
        QSignalSpy limits(m_instances.get(), &InstanceService::limitsChanged);
        QVERIFY(m_instances->setLimits(QStringLiteral("sales"), 100, 2000));
        QCOMPARE(limits.size(), 1);
        QCOMPARE(limits.first().first().toString(), sales.id);
        QCOMPARE(m_instances->find(sales.id)->monthlyLimit, std::optional<qint64>(2000));
        // Refused limits change nothing and say nothing.
        QVERIFY(!m_instances->setLimits(sales.id, 100, 50));
        QCOMPARE(limits.size(), 1);
    }

    void storeUpdatesRoundTrip()
    {
        const InstanceRecord sales
            = m_instances->create(QStringLiteral("sales"), QStringLiteral("simulator")).value();
        InstanceStore store(*m_db);
        m_clock.advance(60 * 1000);
        QVERIFY(store.setState(sales.id, InstanceState::Open));
        QVERIFY(store.setLinkedPhone(sales.id, QStringLiteral("+966500000123"), m_clock.now()));
        QVERIFY(store.setPaused(sales.id, true));
        QVERIFY(store.setLimits(sales.id, 1000, std::nullopt));
        std::optional<InstanceRecord> stored = store.findById(sales.id);
        QCOMPARE(stored->state, InstanceState::Open);
        QCOMPARE(stored->linkedPhone, QStringLiteral("+966500000123"));
        QCOMPARE(stored->linkedAt, m_clock.now());
        QVERIFY(stored->paused);
        QCOMPARE(stored->dailyLimit, std::optional<qint64>(1000));
        QVERIFY(!stored->monthlyLimit);

        QVERIFY(store.setLinkedPhone(sales.id, QString(), m_clock.now()));
        stored = store.findById(sales.id);
        QVERIFY(stored->linkedPhone.isEmpty());
        QVERIFY(!stored->linkedAt.isValid());

        QCOMPARE(store.setState(QStringLiteral("inst_missing"), InstanceState::Open).failure().code,
                 QString::fromLatin1(kStorageNotFound));
        QVERIFY(store.remove(sales.id));
        QVERIFY(!m_instances->find(sales.id));
    }
};

QTEST_GUILESS_MAIN(TestInstanceService)
#include "test_instance_service.moc"
