#include "core/clock.h"
#include "storage/commit_scheduler.h"
#include "storage/database.h"
#include "support/temp_database.h"

#include <QtTest>

#include <map>

using namespace wag;

class TestCommitScheduler : public QObject
{
    Q_OBJECT

private:
    Database &db() { return m_temp->db(); }

    // A Work that writes one settings row.
    CommitScheduler::Work insertRow(const QString &key)
    {
        return [this, key] {
            return db().exec(
                QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, 'v', 1)"),
                {key});
        };
    }

    // Records the outcome of each Done in call order.
    CommitScheduler::Done record(int index)
    {
        return [this, index](const Status &status) {
            m_doneOrder.append(index);
            m_doneStatus.insert_or_assign(index, status);
        };
    }

    static int rowCount(const Database &database, const QString &where = {})
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM settings ") + where) || !query.next())
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
        // Nothing runs inside submit().
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
    }

    void committedBeforeDoneAndInvisibleBefore()
    {
        std::unique_ptr<Database> other = secondConnection();
        QVERIFY(other);
        CommitScheduler scheduler(db());
        int seenInsideWork = -1;
        int ownInsideWork = -1;
        int seenInDone = -1;
        scheduler.submit(insertRow(QStringLiteral("a")), {});
        scheduler.submit(
            [&] {
                const Status status = insertRow(QStringLiteral("b"))();
                // Our own connection sees it, another one does not: not committed yet.
                seenInsideWork = rowCount(*other);
                ownInsideWork = rowCount(db());
                return status;
            },
            [&](const Status &status) {
                QVERIFY(status.ok());
                seenInDone = rowCount(*other);
            });
        QTRY_VERIFY(seenInDone >= 0);
        QCOMPARE(ownInsideWork, 2);
        QCOMPARE(seenInsideWork, 0);
        QCOMPARE(seenInDone, 2);
    }

    void failingWorkIsRolledBackAlone()
    {
        CommitScheduler scheduler(db());
        QVERIFY(db().exec(
            QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('taken', 'v', 1)")));
        scheduler.submit(insertRow(QStringLiteral("ok0")), record(0));
        // Writes, then refuses for a reason of its own: its row must go.
        scheduler.submit(
            [this] {
                const Status status = insertRow(QStringLiteral("half1"))();
                if (!status)
                    return status;
                return Status::fail(QStringLiteral("policy_violation"), QStringLiteral("no"));
            },
            record(1));
        scheduler.submit(insertRow(QStringLiteral("ok2")), record(2));
        // Writes one row, then hits a constraint: the first row must go too.
        scheduler.submit(
            [this] {
                const Status status = insertRow(QStringLiteral("half3"))();
                if (!status)
                    return status;
                return insertRow(QStringLiteral("taken"))();
            },
            record(3));
        scheduler.submit(insertRow(QStringLiteral("ok4")), record(4));
        scheduler.flushNow();

        QCOMPARE(m_doneOrder, (QList<int>{0, 1, 2, 3, 4}));
        QVERIFY(doneStatus(0).ok());
        QVERIFY(!doneStatus(1).ok());
        QCOMPARE(doneStatus(1).failure().code, QStringLiteral("policy_violation"));
        QVERIFY(doneStatus(2).ok());
        QVERIFY(!doneStatus(3).ok());
        QCOMPARE(doneStatus(3).failure().code, QString::fromLatin1(kStorageConflict));
        QVERIFY(doneStatus(4).ok());
        QCOMPARE(scheduler.batches(), quint64(1));
        QCOMPARE(scheduler.committedWorks(), quint64(3));

        std::unique_ptr<Database> other = secondConnection();
        QVERIFY(other);
        QCOMPARE(rowCount(*other), 4); // taken, ok0, ok2, ok4
        QCOMPARE(rowCount(*other, QStringLiteral("WHERE key LIKE 'half%'")), 0);
        QCOMPARE(rowCount(*other, QStringLiteral("WHERE key LIKE 'ok%'")), 3);
    }

    void doneThatSubmitsGoesToTheNextBatch()
    {
        CommitScheduler scheduler(db());
        quint64 batchOfSecond = 0;
        int pendingAfterResubmit = -1;
        bool secondDoneRanEarly = false;
        bool secondDone = false;
        scheduler.submit(insertRow(QStringLiteral("first")), [&](const Status &status) {
            QVERIFY(status.ok());
            scheduler.submit(insertRow(QStringLiteral("second")), [&](const Status &inner) {
                QVERIFY(inner.ok());
                batchOfSecond = scheduler.batches();
                secondDone = true;
            });
            pendingAfterResubmit = scheduler.pending();
            secondDoneRanEarly = secondDone;
        });
        scheduler.submit(insertRow(QStringLiteral("sibling")), {});
        QTRY_VERIFY(secondDone);
        QCOMPARE(pendingAfterResubmit, 1);
        QVERIFY(!secondDoneRanEarly);
        QCOMPARE(batchOfSecond, quint64(2));
        QCOMPARE(scheduler.batches(), quint64(2));
        QCOMPARE(scheduler.committedWorks(), quint64(3));
        QCOMPARE(rowCount(db()), 3);
    }

    void maxBatchSplitsIntoFollowingFlushes()
    {
        CommitScheduler scheduler(db());
        QCOMPARE(scheduler.maxBatch(), 1024);
        scheduler.setMaxBatch(3);
        QList<quint64> batchOfDone;
        for (int i = 0; i < 7; ++i)
            scheduler.submit(insertRow(QStringLiteral("k%1").arg(i)), [&, i](const Status &status) {
                QVERIFY(status.ok());
                m_doneOrder.append(i);
                batchOfDone.append(scheduler.batches());
            });
        QTRY_COMPARE(m_doneOrder.size(), 7);
        QCOMPARE(m_doneOrder, (QList<int>{0, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(batchOfDone, (QList<quint64>{1, 1, 1, 2, 2, 2, 3}));
        QCOMPARE(scheduler.batches(), quint64(3));
        QCOMPARE(scheduler.committedWorks(), quint64(7));
    }

    void flushNowRunsEverythingSynchronously()
    {
        CommitScheduler scheduler(db());
        scheduler.setMaxBatch(2);
        for (int i = 0; i < 5; ++i)
            scheduler.submit(insertRow(QStringLiteral("k%1").arg(i)), record(i));
        // A Done submitting during flushNow() is flushed by the same call.
        scheduler.submit(insertRow(QStringLiteral("k5")), [&](const Status &) {
            scheduler.submit(insertRow(QStringLiteral("k6")), record(6));
        });
        scheduler.flushNow();
        QCOMPARE(m_doneOrder, (QList<int>{0, 1, 2, 3, 4, 6}));
        QCOMPARE(scheduler.pending(), 0);
        QCOMPARE(scheduler.batches(), quint64(4)); // 2 + 2 + 2 + 1
        QCOMPARE(rowCount(db()), 7);

        // The flush that submit() had queued finds nothing left and does not count.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(scheduler.batches(), quint64(4));
    }

    void beginFailureFailsEveryDone()
    {
        std::unique_ptr<Database> other = secondConnection();
        QVERIFY(other);
        QVERIFY(db().exec(QStringLiteral("PRAGMA busy_timeout = 50")));
        QVERIFY(other->exec(QStringLiteral("BEGIN IMMEDIATE"))); // holds the write lock

        CommitScheduler scheduler(db());
        bool workRan = false;
        for (int i = 0; i < 3; ++i)
            scheduler.submit(
                [&, i] {
                    workRan = true;
                    return insertRow(QStringLiteral("k%1").arg(i))();
                },
                record(i));
        scheduler.flushNow();
        QCOMPARE(m_doneOrder, (QList<int>{0, 1, 2}));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!doneStatus(i).ok());
            QCOMPARE(doneStatus(i).failure().code, QString::fromLatin1(kStorageError));
            QVERIFY2(doneStatus(i).failure().message.contains(QLatin1String("locked")),
                     qPrintable(doneStatus(i).failure().message));
        }
        QVERIFY(!workRan);
        QCOMPARE(scheduler.batches(), quint64(1));
        QCOMPARE(scheduler.committedWorks(), quint64(0));

        // Once the lock is gone the scheduler works again on the same connection.
        QVERIFY(other->exec(QStringLiteral("ROLLBACK")));
        scheduler.submit(insertRow(QStringLiteral("after")), record(3));
        scheduler.flushNow();
        QVERIFY(doneStatus(3).ok());
        QCOMPARE(scheduler.committedWorks(), quint64(1));
        QCOMPARE(rowCount(*other), 1);
    }

    void brokenTransactionFailsTheWholeBatch()
    {
        // A Work that ends the transaction behind the scheduler's back (as SQLite does on an
        // I/O error) must not let anything through as committed.
        CommitScheduler scheduler(db());
        scheduler.submit(insertRow(QStringLiteral("before")), record(0));
        scheduler.submit([this] { return db().exec(QStringLiteral("ROLLBACK")); }, record(1));
        bool laterRan = false;
        scheduler.submit(
            [&] {
                laterRan = true;
                return insertRow(QStringLiteral("later"))();
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
        // The queued flush died with the object.
        QCoreApplication::processEvents();
        QCOMPARE(m_doneOrder, QList<int>{0});
    }

    void ownCommitsAreNotChangesByOthers()
    {
        std::unique_ptr<Database> other = secondConnection();
        QVERIFY(other);
        QVERIFY(!db().changedByOthers()); // first call: baseline
        CommitScheduler scheduler(db());
        scheduler.submit(insertRow(QStringLiteral("mine")), {});
        scheduler.flushNow();
        QCOMPARE(rowCount(db()), 1);
        QVERIFY(!db().changedByOthers());
        QVERIFY(other->changedByOthers() == false); // its own baseline
        QVERIFY(other->exec(QStringLiteral(
            "INSERT INTO settings (key, value, updated_at) VALUES ('theirs', 'v', 1)")));
        QVERIFY(db().changedByOthers());
        QVERIFY(!db().changedByOthers());
    }
};

QTEST_GUILESS_MAIN(TestCommitScheduler)
#include "test_commit_scheduler.moc"
