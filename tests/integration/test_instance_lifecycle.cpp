// The life of an instance against a real database file and the simulator: created
// connecting with a QR code, scanned open with the linked phone stored, logged out,
// connected again, paused, limited and removed; brought back after a restart; and picked
// up when another process (the admin command) adds or deletes rows.
#include "core/clock.h"
#include "instances/instance_service.h"
#include "providers/simulator/simulator_provider.h"
#include "storage/database.h"
#include "support/quiet_send_path.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace wag;
using namespace wag::test;

namespace {

// No QR refresh either: the tests count QR codes.
SimulatorOptions quiet()
{
    SimulatorOptions o = quietSimulator();
    o.qrRefreshMs = 0;
    return o;
}

} // namespace

class TestInstanceLifecycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SimulatorProvider> m_sim;
    std::unique_ptr<InstanceService> m_instances;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("gateway.db")); }

    std::unique_ptr<Database> openDatabase()
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(dbPath(), &error);
        if (!db)
            qWarning() << error;
        return db;
    }

    // A gateway process starting on the same file: new database connection, new simulator
    // (which remembers nothing), new service.
    void restart()
    {
        m_instances.reset();
        m_sim.reset();
        m_db.reset();
        m_db = openDatabase();
        QVERIFY(m_db);
        m_sim = std::make_unique<SimulatorProvider>(quiet(), m_clock);
        m_instances = std::make_unique<InstanceService>(*m_db, m_clock, *m_sim);
    }

    InstanceRecord stored(const QString &idOrName) { return m_instances->find(idOrName).value(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = openDatabase();
        QVERIFY(m_db);
        QString error;
        QCOMPARE(m_db->migrate(&error, m_clock), MigrationOutcome::Migrated);
        m_sim = std::make_unique<SimulatorProvider>(quiet(), m_clock);
        m_instances = std::make_unique<InstanceService>(*m_db, m_clock, *m_sim);
    }

    void cleanup()
    {
        m_instances.reset();
        m_sim.reset();
        m_db.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(dbPath() + QLatin1String(suffix));
    }

    void createScanLogoutConnect()
    {
        QSignalSpy created(m_instances.get(), &InstanceService::instanceCreated);
        QSignalSpy state(m_instances.get(), &InstanceService::stateChanged);
        QSignalSpy qr(m_instances.get(), &InstanceService::qrCodeChanged);

        // Created connecting, with a QR code at once.
        const Result<InstanceRecord> made = m_instances->create(QStringLiteral("front-desk"));
        QVERIFY2(made, qPrintable(made.failure().message));
        const QString id = made->id;
        QCOMPARE(made->provider, QStringLiteral("simulator"));
        QCOMPARE(made->state, InstanceState::Connecting);
        QCOMPARE(created.size(), 1);
        QCOMPARE(qr.size(), 1);
        QCOMPARE(qr.at(0).at(0).toString(), id);
        QCOMPARE(m_instances->qrText(id), QStringLiteral("WAG-SIM:%1:1").arg(id));
        const QImage image = m_instances->qrImage(id);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        QCOMPARE(stored(id).state, InstanceState::Connecting);

        // The phone scans: open, the linked phone and the time stored, the QR code gone.
        m_clock.advance(5000);
        QVERIFY(m_sim->scan(id));
        QCOMPARE(state.size(), 1);
        QCOMPARE(state.at(0).at(0).toString(), id);
        QCOMPARE(state.at(0).at(1).value<InstanceState>(), InstanceState::Open);
        QCOMPARE(state.at(0).at(2).value<InstanceState>(), InstanceState::Connecting);
        InstanceRecord now = stored(id);
        QCOMPARE(now.state, InstanceState::Open);
        QCOMPARE(now.linkedPhone, SimulatorProvider::phoneFor(id));
        QCOMPARE(now.linkedAt, m_clock.now());
        QVERIFY(m_instances->qrText(id).isEmpty());
        QVERIFY(m_instances->qrImage(id).isNull());
        QCOMPARE(qr.size(), 2);

        // Connecting an open instance changes nothing.
        const Result<InstanceRecord> again = m_instances->connect(QStringLiteral("front-desk"));
        QVERIFY(again);
        QCOMPARE(again->state, InstanceState::Open);
        QCOMPARE(state.size(), 1);

        // Logout: closed and unlinked.
        const Result<InstanceRecord> out = m_instances->logout(QStringLiteral("front-desk"));
        QVERIFY(out);
        QCOMPARE(out->state, InstanceState::Close);
        QCOMPARE(state.size(), 2);
        QCOMPARE(state.at(1).at(1).value<InstanceState>(), InstanceState::Close);
        QCOMPARE(state.at(1).at(2).value<InstanceState>(), InstanceState::Open);
        QCOMPARE(state.at(1).at(3).toString(), QStringLiteral("logged_out"));
        now = stored(id);
        QVERIFY(now.linkedPhone.isEmpty());
        QVERIFY(!now.linkedAt.isValid());

        // Connect again: connecting, with a new QR code.
        const Result<InstanceRecord> reconnect = m_instances->connect(id);
        QVERIFY(reconnect);
        QCOMPARE(reconnect->state, InstanceState::Connecting);
        QCOMPARE(state.size(), 3);
        QCOMPARE(state.at(2).at(2).value<InstanceState>(), InstanceState::Close);
        QCOMPARE(m_instances->qrText(id), QStringLiteral("WAG-SIM:%1:2").arg(id));
        QCOMPARE(qr.size(), 3);
    }

    void lostConnectionKeepsTheLinkedPhone()
    {
        const QString id = m_instances->create(QStringLiteral("front-desk"))->id;
        QVERIFY(m_sim->scan(id));
        const QDateTime linkedAt = stored(id).linkedAt;
        QSignalSpy state(m_instances.get(), &InstanceService::stateChanged);
        m_clock.advance(60'000);
        QVERIFY(m_sim->disconnect(id));
        QCOMPARE(state.size(), 1);
        QCOMPARE(state.at(0).at(3).toString(), QStringLiteral("connection_lost"));
        QCOMPARE(stored(id).state, InstanceState::Close);
        QCOMPARE(stored(id).linkedPhone, SimulatorProvider::phoneFor(id));

        // The phone comes back without a scan; linked_at is when it was linked.
        QCOMPARE(m_instances->connect(id)->state, InstanceState::Open);
        QCOMPARE(stored(id).linkedAt, linkedAt);
        QCOMPARE(state.size(), 2);
    }

    void unknownInstances()
    {
        for (const QString &name : {QStringLiteral("nobody"), QStringLiteral("inst_nobody")}) {
            QCOMPARE(m_instances->connect(name).failure().code, QStringLiteral("invalid_instance"));
            QCOMPARE(m_instances->logout(name).failure().code, QStringLiteral("invalid_instance"));
            QCOMPARE(m_instances->pause(name, QString()).failure().code, QStringLiteral("invalid_instance"));
            QCOMPARE(m_instances->resume(name).failure().code, QStringLiteral("invalid_instance"));
            QCOMPARE(m_instances->remove(name).failure().code, QStringLiteral("invalid_instance"));
            QCOMPARE(m_instances->setLimits(name, 1, 2).failure().code, QStringLiteral("invalid_instance"));
        }
        QVERIFY(m_instances->qrText(QStringLiteral("inst_nobody")).isEmpty());
        QVERIFY(m_instances->qrImage(QStringLiteral("inst_nobody")).isNull());
    }

    void pauseAndResume()
    {
        const QString id = m_instances->create(QStringLiteral("front-desk"))->id;
        QSignalSpy paused(m_instances.get(), &InstanceService::pausedChanged);

        QVERIFY(m_instances->pause(QStringLiteral("front-desk"), QStringLiteral("complaints")));
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.at(0).at(0).toString(), id);
        QCOMPARE(paused.at(0).at(1).toBool(), true);
        QCOMPARE(paused.at(0).at(2).toString(), QStringLiteral("complaints"));
        QVERIFY(stored(id).paused);
        QCOMPARE(m_instances->pausedReason(id), QStringLiteral("complaints"));

        QVERIFY(m_instances->pause(id, QStringLiteral("complaints"))); // unchanged: quiet
        QCOMPARE(paused.size(), 1);
        QVERIFY(m_instances->pause(id, QStringLiteral("daily limit reached")));
        QCOMPARE(paused.size(), 2);
        QCOMPARE(m_instances->pausedReason(id), QStringLiteral("daily limit reached"));

        QVERIFY(m_instances->resume(id));
        QCOMPARE(paused.size(), 3);
        QCOMPARE(paused.at(2).at(1).toBool(), false);
        QVERIFY(!stored(id).paused);
        QVERIFY(m_instances->pausedReason(id).isEmpty());
        QVERIFY(m_instances->resume(id)); // not paused: quiet
        QCOMPARE(paused.size(), 3);

        // Pausing leaves the connection alone.
        QCOMPARE(stored(id).state, InstanceState::Connecting);
    }

    void limits()
    {
        const QString id = m_instances->create(QStringLiteral("front-desk"))->id;
        QCOMPARE(m_instances->setLimits(id, -1, std::nullopt).failure().code, QStringLiteral("validation_error"));
        QCOMPARE(m_instances->setLimits(id, std::nullopt, -5).failure().code, QStringLiteral("validation_error"));
        QCOMPARE(m_instances->setLimits(id, 100, 99).failure().code, QStringLiteral("validation_error"));
        QVERIFY(!stored(id).dailyLimit);

        QVERIFY(m_instances->setLimits(QStringLiteral("front-desk"), 100, 100));
        QCOMPARE(stored(id).dailyLimit, std::optional<qint64>(100));
        QCOMPARE(stored(id).monthlyLimit, std::optional<qint64>(100));
        QVERIFY(m_instances->setLimits(id, 0, std::nullopt)); // 0: sends nothing
        QCOMPARE(stored(id).dailyLimit, std::optional<qint64>(0));
        QVERIFY(!stored(id).monthlyLimit);
        QVERIFY(m_instances->setLimits(id, std::nullopt, 5000));
        QVERIFY(!stored(id).dailyLimit);
        QCOMPARE(stored(id).monthlyLimit, std::optional<qint64>(5000));
    }

    void remove()
    {
        const QString id = m_instances->create(QStringLiteral("front-desk"))->id;
        QVERIFY(m_sim->knows(id));
        QSignalSpy removed(m_instances.get(), &InstanceService::instanceRemoved);
        QVERIFY(m_instances->remove(QStringLiteral("front-desk")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), id);
        QVERIFY(!m_instances->find(id));
        QVERIFY(!m_sim->knows(id));
        QVERIFY(m_instances->qrText(id).isEmpty());
        QVERIFY(m_instances->list().isEmpty());

        // A late report from the provider about it is ignored.
        QSignalSpy state(m_instances.get(), &InstanceService::stateChanged);
        m_sim->refreshState(ProviderInstance{id, QStringLiteral("front-desk")});
        QCOMPARE(state.size(), 0);
        QVERIFY(!m_instances->find(id));
    }

    void restartBringsInstancesBack()
    {
        const QString open = m_instances->create(QStringLiteral("open-one"))->id;
        QVERIFY(m_sim->scan(open));
        const QString linkedPhone = stored(open).linkedPhone;
        const QDateTime linkedAt = stored(open).linkedAt;
        const QString connecting = m_instances->create(QStringLiteral("connecting-one"))->id;
        const QString closed = m_instances->create(QStringLiteral("closed-one"))->id;
        QVERIFY(m_sim->scan(closed));
        QVERIFY(m_instances->logout(closed));

        restart();
        QVERIFY(!m_sim->knows(open));
        QSignalSpy state(m_instances.get(), &InstanceService::stateChanged);
        m_clock.advance(3'600'000);
        m_instances->startAll();

        // Open: linked again without a scan, same phone, linked_at unchanged.
        QCOMPARE(m_sim->state(open), InstanceState::Open);
        QCOMPARE(m_sim->linkedPhone(open), linkedPhone);
        QCOMPARE(stored(open).state, InstanceState::Open);
        QCOMPARE(stored(open).linkedAt, linkedAt);
        // Connecting: a fresh QR code to scan.
        QCOMPARE(m_sim->state(connecting), InstanceState::Connecting);
        QVERIFY(m_instances->qrText(connecting).startsWith(QStringLiteral("WAG-SIM:%1:").arg(connecting)));
        // Closed stays closed until someone connects it.
        QVERIFY(!m_sim->knows(closed));
        QCOMPARE(stored(closed).state, InstanceState::Close);
        QCOMPARE(state.size(), 0); // nothing changed its state

        // It still sends after the restart.
        int answers = 0;
        bool accepted = false;
        m_sim->sendText(ProviderInstance{open, QStringLiteral("open-one")}, QStringLiteral("+966501234567"),
                        QStringLiteral("hi"), [&](const SendResult &r) {
                            ++answers;
                            accepted = r.accepted;
                        });
        QTRY_COMPARE(answers, 1);
        QVERIFY(accepted);

        // And the closed one connects on request.
        QCOMPARE(m_instances->connect(closed)->state, InstanceState::Connecting);
        QVERIFY(!m_instances->qrText(closed).isEmpty());
    }

    void reconcilePicksUpAnotherProcess()
    {
        const QString here = m_instances->create(QStringLiteral("made-here"))->id;
        m_instances->startAll();

        // The admin command: its own database connection, simulator and service, which only
        // writes the store.
        std::unique_ptr<Database> otherDb = openDatabase();
        QVERIFY(otherDb);
        SimulatorProvider otherSim(quiet(), m_clock);
        InstanceService other(*otherDb, m_clock, otherSim);
        other.setDrivesProvider(false);
        const Result<InstanceRecord> made = other.create(QStringLiteral("made-there"));
        QVERIFY(made);
        QCOMPARE(made->state, InstanceState::Connecting);
        QVERIFY(!otherSim.knows(made->id)); // no provider work in that process
        QCOMPARE(other.connect(made->id).failure().code, QStringLiteral("not_running"));

        QSignalSpy created(m_instances.get(), &InstanceService::instanceCreated);
        QSignalSpy removed(m_instances.get(), &InstanceService::instanceRemoved);
        QSignalSpy qr(m_instances.get(), &InstanceService::qrCodeChanged);
        m_instances->reconcileWithStore();
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.at(0).at(0).toString(), made->id);
        QCOMPARE(m_sim->state(made->id), InstanceState::Connecting);
        QCOMPARE(qr.size(), 1);
        QVERIFY(!m_instances->qrText(made->id).isEmpty());
        QVERIFY(m_sim->scan(made->id));
        QCOMPARE(stored(made->id).state, InstanceState::Open);

        // Nothing new: nothing happens.
        m_instances->reconcileWithStore();
        QCOMPARE(created.size(), 1);
        QCOMPARE(removed.size(), 0);

        // Deleted over there: dropped here, and from the provider.
        QVERIFY(other.remove(QStringLiteral("made-there")));
        m_instances->reconcileWithStore();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), made->id);
        QVERIFY(!m_sim->knows(made->id));
        QVERIFY(m_sim->knows(here));
        QCOMPARE(m_instances->list().size(), 1);
    }

    void reconcileWithoutStartAll()
    {
        // A service that has not been started still learns about new rows.
        std::unique_ptr<Database> otherDb = openDatabase();
        SimulatorProvider otherSim(quiet(), m_clock);
        InstanceService other(*otherDb, m_clock, otherSim);
        other.setDrivesProvider(false);
        const QString id = other.create(QStringLiteral("made-there"))->id;
        QSignalSpy created(m_instances.get(), &InstanceService::instanceCreated);
        m_instances->reconcileWithStore();
        QCOMPARE(created.size(), 1);
        QCOMPARE(m_sim->state(id), InstanceState::Connecting);
    }
};

QTEST_GUILESS_MAIN(TestInstanceLifecycle)
#include "test_instance_lifecycle.moc"
