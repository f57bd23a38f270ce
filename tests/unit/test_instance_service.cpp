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
