#include "storage/database.h"
#include "support/temp_database.h"

#include <QSqlQuery>
#include <QtTest>

using namespace wag;

// Database::exec / execOnRow / insert run on SQLite's C API (SqliteStatements) while reads
// go through QSqlQuery: what one writes, the other must read back exactly as before.
class TestDatabaseWrites : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        QVERIFY(m_temp->db()
                    .exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT,"
                                         " b BLOB, u TEXT UNIQUE, c TEXT CHECK (c = 'x' OR c = 'y'))"))
                    .ok());
    }
    void cleanup() { m_temp.reset(); }

    void valuesBindAsQtsDriverBindsThem()
    {
        Database &db = m_temp->db();
        const QByteArray blob("\x00\x01\xff", 3);
        const Result<qint64> id = db.insert(
            QStringLiteral("INSERT INTO t (i, r, s, b, u, c) VALUES (?, ?, ?, ?, ?, ?)"),
            {qint64(9007199254740993), 2.5, QStringLiteral("مرحبا 😀"), blob, QString(), QStringLiteral("x")});
        QVERIFY(id.ok());
        QCOMPARE(id.value(), qint64(1));

        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT i, r, s, b, u IS NULL, typeof(i), typeof(s), typeof(b) FROM t")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(9007199254740993));
        QCOMPARE(q.value(1).toDouble(), 2.5);
        QCOMPARE(q.value(2).toString(), QStringLiteral("مرحبا 😀"));
        QCOMPARE(q.value(3).toByteArray(), blob);
        QCOMPARE(q.value(4).toInt(), 1); // a null QString is NULL
        QCOMPARE(q.value(5).toString(), QStringLiteral("integer"));
        QCOMPARE(q.value(6).toString(), QStringLiteral("text"));
        QCOMPARE(q.value(7).toString(), QStringLiteral("blob"));
    }

    void emptyStringIsNotNullAndBoolIsInteger()
    {
        Database &db = m_temp->db();
        QVERIFY(db.insert(QStringLiteral("INSERT INTO t (s, i) VALUES (?, ?)"), {QStringLiteral(""), true}).ok());
        QVERIFY(db.insert(QStringLiteral("INSERT INTO t (s, i) VALUES (?, ?)"), {QVariant(), false}).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT s IS NULL, i FROM t ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toInt(), 1);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 0);
    }

    void constraintViolationIsAConflictAndChangesNothing()
    {
        Database &db = m_temp->db();
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t (u) VALUES (?)"), {QStringLiteral("a")}).ok());
        const Status duplicate = db.exec(QStringLiteral("INSERT INTO t (u) VALUES (?)"), {QStringLiteral("a")});
        QCOMPARE(duplicate.failure().code, QString::fromLatin1(kStorageConflict));
        QVERIFY(duplicate.failure().message.contains(QStringLiteral("UNIQUE")));
        const Status badCheck = db.exec(QStringLiteral("INSERT INTO t (c) VALUES (?)"), {QStringLiteral("z")});
        QCOMPARE(badCheck.failure().code, QString::fromLatin1(kStorageConflict));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void execOnRowTellsWhetherARowWasHit()
    {
        Database &db = m_temp->db();
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t (id, s) VALUES (5, 'a')")).ok());
        QVERIFY(db.execOnRow(QStringLiteral("UPDATE t SET s = ? WHERE id = ?"), {QStringLiteral("b"), 5}).ok());
        const Status missing = db.execOnRow(QStringLiteral("UPDATE t SET s = ? WHERE id = ?"), {QStringLiteral("b"), 6});
        QCOMPARE(missing.failure().code, QString::fromLatin1(kStorageNotFound));
        // The same prepared statement again, after a miss: bindings do not leak between runs.
        QVERIFY(db.execOnRow(QStringLiteral("UPDATE t SET s = ? WHERE id = ?"), {QStringLiteral("c"), 5}).ok());
    }

    void wrongNumberOfValuesIsAnErrorNotAPartialWrite()
    {
        Database &db = m_temp->db();
        const Status tooFew = db.exec(QStringLiteral("INSERT INTO t (i, s) VALUES (?, ?)"), {1});
        QCOMPARE(tooFew.failure().code, QString::fromLatin1(kStorageError));
        QVERIFY(tooFew.failure().message.contains(QStringLiteral("1 values given for 2 parameters")));
        const Status syntax = db.exec(QStringLiteral("INSERT INTO nowhere VALUES (1)"));
        QCOMPARE(syntax.failure().code, QString::fromLatin1(kStorageError));
        QVERIFY(syntax.failure().message.contains(QStringLiteral("no such table")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void transactionsSpanBothPaths()
    {
        Database &db = m_temp->db();
        QVERIFY(db.exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
        QVERIFY(db.inTransaction());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t (s) VALUES ('kept?')")).ok());
        QVERIFY(db.exec(QStringLiteral("ROLLBACK")).ok());
        QVERIFY(!db.inTransaction());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void aHalfReadQueryDoesNotHoldTheNextWriteOpen()
    {
        Database &db = m_temp->db();
        for (int i = 0; i < 3; ++i)
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t (i) VALUES (?)"), {i}).ok());
        QSqlQuery q(db.connection());
        QVERIFY(db.exec(q, QStringLiteral("SELECT i FROM t ORDER BY id")).ok());
        QVERIFY(q.next()); // left half-read on purpose
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t (i) VALUES (?)"), {7}).ok());
        QVERIFY(!db.inTransaction()); // the autocommit write committed
        // A second connection sees it: it is on disk, not held in an open read.
        QString error;
        const std::unique_ptr<Database> other = Database::open(db.filePath(), &error);
        QVERIFY2(other, qPrintable(error));
        QSqlQuery count(other->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && count.next());
        QCOMPARE(count.value(0).toInt(), 4);
    }

private:
    std::unique_ptr<test::TempDatabase> m_temp;
};

QTEST_GUILESS_MAIN(TestDatabaseWrites)
#include "test_database_writes.moc"
