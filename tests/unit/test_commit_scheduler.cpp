#include "core/clock.h"
#include "storage/commit_scheduler.h"
#include "storage/database.h"
#include "support/temp_database.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <array>
#include <atomic>
#include <map>
#include <thread>

using namespace wag;

// Works run on the scheduler's writer thread with the writer's own connection; everything
// they write into the test's variables is read on the test's thread only after their Done
// ran (the scheduler hands results over under its mutex), or is atomic.
class TestCommitScheduler : public QObject
{
    Q_OBJECT

private:
    // The test's own connection (main thread). Works never write through it.
    Database &db() { return m_temp->db(); }

    static Status insertInto(const Database &database, const QString &key)
    {
        return database.exec(
            QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, 'v', 1)"),
            {key});
    }

    // A Work that writes one settings row through the writer's connection.
    static CommitScheduler::Work insertRow(const QString &key)
    {
        return [key](const Database &writer) { return insertInto(writer, key); };
    }

    // Records the outcome of each Done in call order.
    CommitScheduler::Done record(int index)
    {
        return [this, index](const Status &status) {
            m_doneOrder.append(index);
            m_doneStatus.insert_or_assign(index, status);
        };
    }

    static int rowCount(const Database &database, const QString &table = QStringLiteral("settings"),
                        const QString &where = {})
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1 %2").arg(table, where)) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    std::unique_ptr<Database> secondConnection()
    {
        QString error;
        auto other = Database::open(m_temp->filePath(), &error);
        if (!other)
            qWarning() << error;
        return other;
    }

    ManualClock m_clock;
    std::unique_ptr<test::TempDatabase> m_temp;
    QList<int> m_doneOrder;
    std::map<int, Status> m_doneStatus;

    // The status the Done of `index` got; a failure if it was never called.
    Status doneStatus(int index) const
    {
        const auto found = m_doneStatus.find(index);
        return found != m_doneStatus.end()
            ? found->second
            : Status::fail(QStringLiteral("not_called"), QStringLiteral("Done never called"));
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>(m_clock);
        QVERIFY2(m_temp->ok(), qPrintable(m_temp->error()));
        m_doneOrder.clear();
        m_doneStatus.clear();
    }

    void cleanup() { m_temp.reset(); }

    void oneTurnIsOneBatch()
    {
        CommitScheduler scheduler(db());
        for (int i = 0; i < 50; ++i)
            scheduler.submit(insertRow(QStringLiteral("k%1").arg(i)), record(i));
        // Nothing runs inside submit(), and nothing reaches the writer before the turn ends.
        QCOMPARE(scheduler.pending(), 50);
        QVERIFY(m_doneOrder.isEmpty());
        QCOMPARE(rowCount(db()), 0);
        QCOMPARE(scheduler.batches(), quint64(0));

        QTRY_COMPARE(m_doneOrder.size(), 50);
        QCOMPARE(scheduler.batches(), quint64(1));
        QCOMPARE(scheduler.committedWorks(), quint64(50));
        QCOMPARE(scheduler.pending(), 0);
        QList<int> expected;
        for (int i = 0; i < 50; ++i) {
            expected.append(i);
            QVERIFY2(doneStatus(i).ok(), qPrintable(doneStatus(i).failure().message));
        }
        QCOMPARE(m_doneOrder, expected);
        QCOMPARE(rowCount(db()), 50);

        // A later turn is a new batch.
        scheduler.submit(insertRow(QStringLiteral("later")), record(50));
        QTRY_COMPARE(m_doneOrder.size(), 51);
        QCOMPARE(scheduler.batches(), quint64(2));
        QCOMPARE(scheduler.committedWorks(), quint64(51));
    }

    void workRunsOnTheWriterThreadWithItsOwnConnection()
    {
        QThread *const testThread = QThread::currentThread();
        const std::thread::id testThreadId = std::this_thread::get_id();
        QList<QThread *> workThreads;
        QList<std::thread::id> workThreadIds;
        QList<const Database *> workDbs;
        QStringList workConnections;
        QList<QThread *> doneThreads;

        CommitScheduler scheduler(db());
        auto work = [&](const QString &key) {
            return [&, key](const Database &writer) {
                workThreads.append(QThread::currentThread());
                workThreadIds.append(std::this_thread::get_id());
                workDbs.append(&writer);
                workConnections.append(writer.connection().connectionName());
                return insertInto(writer, key);
            };
        };
        auto done = [&](const Status &status) {
            QVERIFY2(status.ok(), qPrintable(status.failure().message));
            doneThreads.append(QThread::currentThread());
        };
        scheduler.submit(work(QStringLiteral("a")), done);
        QTRY_COMPARE(doneThreads.size(), 1);
        scheduler.submit(work(QStringLiteral("b")), done); // a second batch
        QTRY_COMPARE(doneThreads.size(), 2);
        QCOMPARE(scheduler.batches(), quint64(2));

        QCOMPARE(workThreads.size(), 2);
        QVERIFY(workThreads.at(0) != nullptr);
        QVERIFY(workThreads.at(0) != testThread);
        QVERIFY(workThreadIds.at(0) != testThreadId);
        // Every batch on the same writer thread and connection, which is not the test's.
        QCOMPARE(workThreadIds.at(1), workThreadIds.at(0));
        QCOMPARE(workDbs.at(1), workDbs.at(0));
        QVERIFY(workDbs.at(0) != &db());
        QCOMPARE(workConnections.at(1), workConnections.at(0));
        QVERIFY(workConnections.at(0) != db().connection().connectionName());
        // Done callbacks come back to the owner's thread.
        QCOMPARE(doneThreads, (QList<QThread *>{testThread, testThread}));
        QCOMPARE(rowCount(db()), 2);
    }

    void committedBeforeDoneAndInvisibleBefore()
    {
        std::unique_ptr<Database> other = secondConnection();
        QVERIFY(other);
        QSemaphore inserted; // the Work has written and waits
        QSemaphore looked;   // the test has looked from outside: the Work may return
        int ownInsideWork = -1;
        bool workWaitedForTest = false;
        int seenInDone = -1;
        int mainSeenInDone = -1;
        bool doneOk = false;

        CommitScheduler scheduler(db());
        // Should a check fail below, let the Work go on so the scheduler can shut down.
        const auto letGo = qScopeGuard([&] { looked.release(); });
        scheduler.submit(insertRow(QStringLiteral("a")), {});
        scheduler.submit(
            [&](const Database &writer) {
                const Status status = insertInto(writer, QStringLiteral("b"));
                // The writer's own connection sees both rows of its open transaction.
                ownInsideWork = rowCount(writer);
                inserted.release();
                workWaitedForTest = looked.tryAcquire(1, 10000);
                return status;
            },
            [&](const Status &status) {
                doneOk = status.ok();
                seenInDone = rowCount(*other);
                mainSeenInDone = rowCount(db());
            });

        // While the Work holds the transaction open, no other connection sees its rows.
        QTRY_VERIFY_WITH_TIMEOUT(inserted.available() > 0, 10000);
        inserted.acquire();
        const int otherWhileOpen = rowCount(*other);
        const int mainWhileOpen = rowCount(db());
        QVERIFY(seenInDone < 0); // Done not run yet
        looked.release();

        QTRY_VERIFY(seenInDone >= 0);
        QVERIFY(workWaitedForTest);
        QVERIFY(doneOk);
        QCOMPARE(ownInsideWork, 2);
        QCOMPARE(otherWhileOpen, 0);
        QCOMPARE(mainWhileOpen, 0);
        // When Done runs the batch is committed: every connection sees it.
        QCOMPARE(seenInDone, 2);
        QCOMPARE(mainSeenInDone, 2);
    }

    void failingWorkIsRolledBackAlone()
    {
        CommitScheduler scheduler(db());
        QVERIFY(db().exec(
            QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('taken', 'v', 1)")));
        scheduler.submit(insertRow(QStringLiteral("ok0")), record(0));
        // Writes, then refuses for a reason of its own: its row must go.
        scheduler.submit(
            [](const Database &writer) {
                const Status status = insertInto(writer, QStringLiteral("half1"));
                if (!status)
                    return status;
                return Status::fail(QStringLiteral("policy_violation"), QStringLiteral("no"));
            },
            record(1));
        scheduler.submit(insertRow(QStringLiteral("ok2")), record(2));
        // Writes one row, then hits a constraint: the first row must go too.
        scheduler.submit(
            [](const Database &writer) {
                const Status status = insertInto(writer, QStringLiteral("half3"));
                if (!status)
                    return status;
                return insertInto(writer, QStringLiteral("taken"));
            },
            record(3));
        // Throws after writing: reported as a failure, its row goes as well.
        scheduler.submit(
            [](const Database &writer) -> Status {
                const Status status = insertInto(writer, QStringLiteral("half4"));
                if (!status)
                    return status;
                throw std::runtime_error("boom");
            },
            record(4));
        scheduler.submit(insertRow(QStringLiteral("ok5")), record(5));
        scheduler.flushNow();

        QCOMPARE(m_doneOrder, (QList<int>{0, 1, 2, 3, 4, 5}));
        QVERIFY(doneStatus(0).ok());
        QVERIFY(!doneStatus(1).ok());
        QCOMPARE(doneStatus(1).failure().code, QStringLiteral("policy_violation"));
        QVERIFY(doneStatus(2).ok());
        QVERIFY(!doneStatus(3).ok());
        QCOMPARE(doneStatus(3).failure().code, QString::fromLatin1(kStorageConflict));
        QVERIFY(!doneStatus(4).ok());
        QCOMPARE(doneStatus(4).failure().code, QString::fromLatin1(kStorageError));
        QVERIFY2(doneStatus(4).failure().message.contains(QLatin1String("boom")),
                 qPrintable(doneStatus(4).failure().message));
        QVERIFY(doneStatus(5).ok());
        QCOMPARE(scheduler.batches(), quint64(1));
        QCOMPARE(scheduler.committedWorks(), quint64(3));

        std::unique_ptr<Database> other = secondConnection();
        QVERIFY(other);
        QCOMPARE(rowCount(*other), 4); // taken, ok0, ok2, ok5
        QCOMPARE(rowCount(*other, QStringLiteral("settings"), QStringLiteral("WHERE key LIKE 'half%'")), 0);
        QCOMPARE(rowCount(*other, QStringLiteral("settings"), QStringLiteral("WHERE key LIKE 'ok%'")), 3);
    }

    void doneThatSubmitsGoesToTheNextBatch()
    {
        CommitScheduler scheduler(db());
        quint64 batchOfSecond = 0;
        quint64 batchesBeforeSecondWork = 99;
        int pendingAfterResubmit = -1;
        bool secondDoneRanEarly = false;
        bool secondDone = false;
        scheduler.submit(insertRow(QStringLiteral("first")), [&](const Status &status) {
            QVERIFY(status.ok());
            scheduler.submit(
                [&](const Database &writer) {
                    batchesBeforeSecondWork = scheduler.batches();
                    return insertInto(writer, QStringLiteral("second"));
                },
                [&](const Status &inner) {
                    QVERIFY(inner.ok());
                    batchOfSecond = scheduler.batches();
                    secondDone = true;
                });
            pendingAfterResubmit = scheduler.pending();
            secondDoneRanEarly = secondDone;
        });
        scheduler.submit(insertRow(QStringLiteral("sibling")), {});
        QTRY_VERIFY(secondDone);
        QCOMPARE(pendingAfterResubmit, 2); // the sibling's Done and the new one
        QVERIFY(!secondDoneRanEarly);
        QCOMPARE(batchesBeforeSecondWork, quint64(1)); // the first batch was over
        QCOMPARE(batchOfSecond, quint64(2));
        QCOMPARE(scheduler.batches(), quint64(2));
        QCOMPARE(scheduler.committedWorks(), quint64(3));
        QCOMPARE(scheduler.pending(), 0);
        QCOMPARE(rowCount(db()), 3);
    }

    void maxBatchSplitsIntoFollowingBatches()
    {
        CommitScheduler scheduler(db());
        QCOMPARE(scheduler.maxBatch(), 1024);
        scheduler.setMaxBatch(3);
        QCOMPARE(scheduler.maxBatch(), 3);
        std::array<quint64, 7> batchOfWork{};
        for (int i = 0; i < 7; ++i)
            scheduler.submit(
                [&, i](const Database &writer) {
                    batchOfWork[size_t(i)] = scheduler.batches() + 1; // the one running
                    return insertInto(writer, QStringLiteral("k%1").arg(i));
                },
                [&, i](const Status &status) {
                    QVERIFY(status.ok());
                    m_doneOrder.append(i);
                });
        QTRY_COMPARE(m_doneOrder.size(), 7);
        QCOMPARE(m_doneOrder, (QList<int>{0, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(batchOfWork, (std::array<quint64, 7>{1, 1, 1, 2, 2, 2, 3}));
        QCOMPARE(scheduler.batches(), quint64(3));
        QCOMPARE(scheduler.committedWorks(), quint64(7));

        scheduler.setMaxBatch(0);
        QCOMPARE(scheduler.maxBatch(), 1);
    }

    void flushNowRunsEverythingSynchronously()
    {
        std::unique_ptr<Database> other = secondConnection();
        QVERIFY(other);
        CommitScheduler scheduler(db());
        scheduler.setMaxBatch(2);
        for (int i = 0; i < 5; ++i)
            scheduler.submit(insertRow(QStringLiteral("k%1").arg(i)), record(i));
        // A Done submitting during flushNow() is flushed by the same call.
        scheduler.submit(insertRow(QStringLiteral("k5")), [&](const Status &) {
            scheduler.submit(insertRow(QStringLiteral("k6")), record(6));
        });
        scheduler.flushNow(); // no event loop runs before the checks below
        QCOMPARE(m_doneOrder, (QList<int>{0, 1, 2, 3, 4, 6}));
        for (int i : m_doneOrder)
            QVERIFY2(doneStatus(i).ok(), qPrintable(doneStatus(i).failure().message));
        QCOMPARE(scheduler.pending(), 0);
        QCOMPARE(scheduler.batches(), quint64(4)); // 2 + 2 + 2 + 1
        QCOMPARE(scheduler.committedWorks(), quint64(7));
        QCOMPARE(rowCount(*other), 7);
        QCOMPARE(rowCount(db()), 7);

        // The hand-over that submit() had queued, and the writer's own notices, find
        // nothing left: no batch, no second Done.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(scheduler.batches(), quint64(4));
        QCOMPARE(m_doneOrder, (QList<int>{0, 1, 2, 3, 4, 6}));

        // Nothing pending: returns at once.
        scheduler.flushNow();
        QCOMPARE(scheduler.batches(), quint64(4));
    }

    void slowCommitDoesNotBlockTheEventLoop()
    {
        std::atomic<bool> slowRunning{false};
        std::atomic<bool> slowFinished{false};
        QSemaphore laterSubmitted;
        bool slowSawLaterSubmitted = false;
        quint64 batchOfSlow = 0;
        std::array<quint64, 2> batchOfLater{};
        int ticksWhileSlow = 0;
        int pendingWhileSlow = -1;
        bool slowDoneBeforeLater = true;

        CommitScheduler scheduler(db());
        const auto letGo = qScopeGuard([&] { laterSubmitted.release(); });
        scheduler.submit(
            [&](const Database &writer) {
                batchOfSlow = scheduler.batches() + 1;
                slowRunning = true;
                // The main thread submits more while this Work runs; it would wait forever
                // (here: 10 s) if the event loop were blocked by the commit.
                slowSawLaterSubmitted = laterSubmitted.tryAcquire(1, 10000);
                QThread::msleep(200); // a slow write; the later works wait in the queue
                const Status status = insertInto(writer, QStringLiteral("slow"));
                slowFinished = true;
                return status;
            },
            record(0));

        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (!slowRunning || slowFinished)
                return;
            ++ticksWhileSlow;
            if (ticksWhileSlow > 1)
                return;
            // One turn, two works: they go to the writer together, after the slow batch.
            for (int i = 1; i <= 2; ++i)
                scheduler.submit(
                    [&, i](const Database &writer) {
                        batchOfLater[size_t(i - 1)] = scheduler.batches() + 1;
                        return insertInto(writer, QStringLiteral("later%1").arg(i));
                    },
                    record(i));
            pendingWhileSlow = scheduler.pending();
            slowDoneBeforeLater = m_doneOrder.isEmpty();
            laterSubmitted.release();
        });
        ticker.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_doneOrder.size(), 3, 15000);
        ticker.stop();

        QVERIFY(slowSawLaterSubmitted);
        QVERIFY(ticksWhileSlow >= 1);
        QVERIFY(slowDoneBeforeLater); // the slow Work's Done had not run when they came
        QCOMPARE(pendingWhileSlow, 3);
        QCOMPARE(m_doneOrder, (QList<int>{0, 1, 2}));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(doneStatus(i).ok(), qPrintable(doneStatus(i).failure().message));
        QCOMPARE(batchOfSlow, quint64(1));
        QCOMPARE(batchOfLater, (std::array<quint64, 2>{2, 2}));
        QCOMPARE(scheduler.batches(), quint64(2));
        QCOMPARE(scheduler.committedWorks(), quint64(3));
        QCOMPARE(rowCount(db()), 3);
    }

    void beginFailureFailsEveryDone()
    {
        std::unique_ptr<Database> other = secondConnection();
        QVERIFY(other);
        CommitScheduler scheduler(db());

        // The writer opened its own connection with busy_timeout 5000. A Work is handed that
        // connection, so shorten the wait there rather than sit out five seconds.
        int writerTimeout = -1;
        scheduler.submit(
            [&](const Database &writer) {
                const Status set = writer.exec(QStringLiteral("PRAGMA busy_timeout = 50"));
                if (!set)
                    return set;
                QSqlQuery query(writer.connection());
                if (query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next())
                    writerTimeout = query.value(0).toInt();
                return succeeded();
            },
            record(100));
        scheduler.flushNow();
        QVERIFY2(doneStatus(100).ok(), qPrintable(doneStatus(100).failure().message));
        QCOMPARE(writerTimeout, 50);
        const quint64 batchesBefore = scheduler.batches();
        const quint64 committedBefore = scheduler.committedWorks();

        // Held until the failure has been seen, not for some guessed time.
        QVERIFY(other->exec(QStringLiteral("BEGIN IMMEDIATE")));
        std::atomic<bool> workRan{false};
        for (int i = 0; i < 3; ++i)
            scheduler.submit(
                [&, i](const Database &writer) {
                    workRan = true;
                    return insertInto(writer, QStringLiteral("k%1").arg(i));
                },
                record(i));
        scheduler.flushNow();
        QVERIFY(other->exec(QStringLiteral("ROLLBACK")));

        QCOMPARE(m_doneOrder, (QList<int>{100, 0, 1, 2}));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!doneStatus(i).ok());
            QCOMPARE(doneStatus(i).failure().code, QString::fromLatin1(kStorageError));
            QVERIFY2(doneStatus(i).failure().message.contains(QLatin1String("locked")),
                     qPrintable(doneStatus(i).failure().message));
        }
        QVERIFY(!workRan);
        QCOMPARE(scheduler.batches(), batchesBefore + 1);
        QCOMPARE(scheduler.committedWorks(), committedBefore);
        QCOMPARE(scheduler.pending(), 0);

        // Once the lock is gone the scheduler works again on the same connection.
        scheduler.submit(insertRow(QStringLiteral("after")), record(3));
        scheduler.flushNow();
        QVERIFY2(doneStatus(3).ok(), qPrintable(doneStatus(3).failure().message));
        QCOMPARE(scheduler.committedWorks(), committedBefore + 1);
        QCOMPARE(rowCount(*other), 1);
    }

    void failuresStayWithTheirOwnWork()
    {
        // Work 1's deferred foreign key fails only at COMMIT; work 2 fails by itself. The
        // batch is undone and each work retried in a transaction of its own, so only those
        // two callers hear of a failure and only their rows are missing.
        CommitScheduler scheduler(db());
        scheduler.submit(insertRow(QStringLiteral("ok0")), record(0));
        scheduler.submit(
            [](const Database &writer) {
                const Status deferred = writer.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
                if (!deferred)
                    return deferred;
                const Status row = insertInto(writer, QStringLiteral("dangling1"));
                if (!row)
                    return row;
                return writer.exec(QStringLiteral(
                    "INSERT INTO api_key_instances (api_key_id, instance_id) VALUES (999, 'nowhere')"));
            },
            record(1));
        scheduler.submit(
            [](const Database &writer) {
                const Status status = insertInto(writer, QStringLiteral("refused2"));
                if (!status)
                    return status;
                return Status::fail(QStringLiteral("policy_violation"), QStringLiteral("no"));
            },
            record(2));
        scheduler.submit(insertRow(QStringLiteral("ok3")), record(3));
        scheduler.flushNow();

        QCOMPARE(m_doneOrder, (QList<int>{0, 1, 2, 3}));
        QVERIFY2(doneStatus(0).ok(), qPrintable(doneStatus(0).failure().message));
        QVERIFY2(doneStatus(3).ok(), qPrintable(doneStatus(3).failure().message));
        QVERIFY(!doneStatus(1).ok());
        QVERIFY2(doneStatus(1).failure().message.contains(QLatin1String("FOREIGN KEY")),
                 qPrintable(doneStatus(1).failure().message));
        QCOMPARE(doneStatus(2).failure().code, QStringLiteral("policy_violation"));
        QCOMPARE(scheduler.batches(), quint64(1));
        QCOMPARE(scheduler.committedWorks(), quint64(2));
        QCOMPARE(scheduler.pending(), 0);

        std::unique_ptr<Database> other = secondConnection();
        QVERIFY(other);
        QCOMPARE(rowCount(*other), 2); // ok0 and ok3
        QCOMPARE(rowCount(*other, QStringLiteral("settings"), QStringLiteral("WHERE key IN ('dangling1', 'refused2')")), 0);
        QCOMPARE(rowCount(*other, QStringLiteral("api_key_instances")), 0);

        // The writer's connection takes the next batch normally.
        scheduler.submit(insertRow(QStringLiteral("again")), record(4));
        scheduler.flushNow();
        QVERIFY2(doneStatus(4).ok(), qPrintable(doneStatus(4).failure().message));
        QCOMPARE(scheduler.committedWorks(), quint64(3));
        QCOMPARE(rowCount(*other), 3);
    }

    void brokenTransactionFailsTheWholeBatch()
    {
        // A Work that ends the transaction behind the scheduler's back (as SQLite does on an
        // I/O error) must not let anything through as committed.
        CommitScheduler scheduler(db());
        scheduler.submit(insertRow(QStringLiteral("before")), record(0));
        scheduler.submit([](const Database &writer) { return writer.exec(QStringLiteral("ROLLBACK")); },
                         record(1));
        std::atomic<bool> laterRan{false};
        scheduler.submit(
            [&](const Database &writer) {
                laterRan = true;
                return insertInto(writer, QStringLiteral("later"));
            },
            record(2));
        scheduler.flushNow();
        QCOMPARE(m_doneOrder, (QList<int>{0, 1, 2}));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(!doneStatus(i).ok(), qPrintable(QString::number(i)));
        QVERIFY(!laterRan);
        QCOMPARE(scheduler.committedWorks(), quint64(0));
        QCOMPARE(rowCount(db()), 0);

        // And the connection is usable afterwards.
        scheduler.submit(insertRow(QStringLiteral("again")), record(3));
        scheduler.flushNow();
        QVERIFY(doneStatus(3).ok());
        QCOMPARE(rowCount(db()), 1);
    }

    void destructionCommitsWhatIsPending()
    {
        {
            CommitScheduler scheduler(db());
            scheduler.submit(insertRow(QStringLiteral("k0")), record(0));
        }
        QCOMPARE(m_doneOrder, QList<int>{0});
        QVERIFY(doneStatus(0).ok());
        QCOMPARE(rowCount(db()), 1);
        // The queued hand-over and the writer's notice died with the object.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(m_doneOrder, QList<int>{0});
    }

    void writerCommitsAreChangesByOthersForTheOwnersConnection()
    {
        // The writer commits through a connection of its own, so to the owner's connection
        // its commits are changes made by someone else (Engine's store watch sees them).
        std::unique_ptr<Database> other = secondConnection();
        QVERIFY(other);
        QVERIFY(!db().changedByOthers()); // first call: baseline
        QVERIFY(!db().changedByOthers());
        CommitScheduler scheduler(db());
        scheduler.submit(insertRow(QStringLiteral("written-by-the-writer")), {});
        scheduler.flushNow();
        QVERIFY(db().changedByOthers());
        QVERIFY(!db().changedByOthers());
        QVERIFY(other->exec(QStringLiteral(
            "INSERT INTO settings (key, value, updated_at) VALUES ('theirs', 'v', 1)")));
        QVERIFY(db().changedByOthers());
        QVERIFY(!db().changedByOthers());

        std::unique_ptr<Database> third = secondConnection();
        QVERIFY(third);
        QCOMPARE(rowCount(*third), 2);
    }
};

QTEST_GUILESS_MAIN(TestCommitScheduler)
#include "test_commit_scheduler.moc"
