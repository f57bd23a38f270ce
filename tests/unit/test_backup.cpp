#include "core/clock.h"
#include "storage/backup.h"
#include "storage/database.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace wag;

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

// Writes rows through its own connection on its own thread: to SQLite that is another
// writer exactly like a second process.
class Writer
{
public:
    explicit Writer(const QString &path)
    {
        m_thread.reset(QThread::create([this, path] {
            QString error;
            std::unique_ptr<Database> db = Database::open(path, &error);
            if (!db) {
                m_failed = true;
                return;
            }
            const QString payload(200, QLatin1Char('w'));
            for (int i = 0; !m_stop; ++i) {
                if (!db->exec(QStringLiteral("INSERT INTO settings (key, value, updated_at)"
                                             " VALUES (?, ?, 1)"),
                              {QStringLiteral("writer-%1").arg(i), payload}))
                    m_failed = true;
                else
                    ++m_written;
            }
        }));
        m_thread->start();
    }
    ~Writer() { stop(); }

    void stop()
    {
        m_stop = true;
        m_thread->wait();
    }
    int written() const { return m_written; }
    bool failed() const { return m_failed; }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_failed{false};
    std::atomic<int> m_written{0};
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("data/gateway.db")); }

    void fill(int rows)
    {
        Transaction transaction(*m_db);
        QVERIFY(transaction.isActive());
        const QString payload(1000, QLatin1Char('p'));
        for (int i = 0; i < rows; ++i)
            QVERIFY(m_db->exec(QStringLiteral("INSERT INTO settings (key, value, updated_at)"
                                              " VALUES (?, ?, ?)"),
                               {QStringLiteral("row-%1").arg(i), payload, i}));
        QVERIFY(transaction.commit());
    }

    // Opens `path` and checks it is a sound copy; returns its settings row count or -1.
    static int checkCopy(const QString &path)
    {
        QString error;
        std::unique_ptr<Database> copy = Database::open(path, &error);
        if (!copy) {
            qWarning() << error;
            return -1;
        }
        const QString integrity
            = scalar(*copy, QStringLiteral("PRAGMA integrity_check")).toString();
        if (integrity != QLatin1String("ok")) {
            qWarning() << "integrity_check:" << integrity;
            return -1;
        }
        if (copy->schemaVersion() != Database::latestSchemaVersion())
            return -1;
        return scalar(*copy, QStringLiteral("SELECT COUNT(*) FROM settings")).toInt();
    }

    QStringList leftovers() const
    {
        return QDir(m_dir->path())
            .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
            .filter(QStringLiteral(".partial-"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_db = Database::open(dbPath(), &error);
        QVERIFY2(m_db, qPrintable(error));
        QCOMPARE(m_db->migrate(&error, m_clock), MigrationOutcome::Migrated);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void copyHasTheRows()
    {
        fill(100);
        const QString destination = m_dir->filePath(QStringLiteral("copy.db"));
        const Status status = backupDatabase(*m_db, destination);
        QVERIFY2(status, qPrintable(status.failure().message));
        QCOMPARE(checkCopy(destination), 100);
        QVERIFY(leftovers().isEmpty());
        // The source connection is still fine afterwards.
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO settings (key, value, updated_at)"
                                          " VALUES ('after', 'x', 1)")));
    }

    void copyWhileAnotherConnectionWrites()
    {
        fill(3000); // ~3 MiB: several backup steps
        Writer writer(dbPath());
        QTRY_VERIFY_WITH_TIMEOUT(writer.written() >= 5 || writer.failed(), 10000);
        QVERIFY(!writer.failed());

        for (int round = 0; round < 3; ++round) {
            const int before = writer.written();
            const QString destination = m_dir->filePath(QStringLiteral("copy-%1.db").arg(round));
            const Status status = backupDatabase(*m_db, destination);
            QVERIFY2(status, qPrintable(status.failure().message));
            const int after = writer.written();
            const int rows = checkCopy(destination);
            QVERIFY2(
                rows >= 3000 + before && rows <= 3000 + after + 1,
                qPrintable(
                    QStringLiteral("%1 rows, writer at %2..%3").arg(rows).arg(before).arg(after)));
        }
        const int duringBackups = writer.written();
        QTRY_VERIFY_WITH_TIMEOUT(writer.written() > duringBackups, 10000);
        writer.stop();
        QVERIFY(!writer.failed());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(),
                 3000 + writer.written());
        QVERIFY(leftovers().isEmpty());
    }

    void missingDirectoryFails()
    {
        const QString destination = m_dir->filePath(QStringLiteral("nowhere/copy.db"));
        const Status status = backupDatabase(*m_db, destination);
        QVERIFY(!status);
        QVERIFY(status.failure().message.contains(destination));
        QVERIFY(!QFileInfo::exists(destination));
    }

    void destinationUnderAFileFails()
    {
        const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Status status = backupDatabase(*m_db, blocker + QStringLiteral("/copy.db"));
        QVERIFY(!status);
        QCOMPARE(QFileInfo(blocker).size(), 0);
    }

    void failedRenameLeavesNoPartialFile()
    {
        fill(10);
        // A non-empty directory under the destination name: the copy succeeds, the rename
        // into place cannot.
        const QString destination = m_dir->filePath(QStringLiteral("taken.db"));
        QVERIFY(QDir().mkpath(destination + QStringLiteral("/inside")));
        const Status status = backupDatabase(*m_db, destination);
        QVERIFY(!status);
        QVERIFY(status.failure().message.contains(QLatin1String("cannot move backup")));
        QVERIFY(QFileInfo(destination).isDir());
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
    }

    void existingFileIsReplaced()
    {
        fill(7);
        const QString destination = m_dir->filePath(QStringLiteral("copy.db"));
        QFile old(destination);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an old, unrelated file");
        old.close();
        QVERIFY(backupDatabase(*m_db, destination));
        QCOMPARE(checkCopy(destination), 7);
    }

    void backupOntoItselfIsRefused()
    {
        QVERIFY(!backupDatabase(*m_db, dbPath()));
        QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
