// SuppressionService on a real database: CSV import (all or nothing, duplicates, limits),
// export, and search/count/paging.
#include "core/clock.h"
#include "suppression/suppression_service.h"
#include "support/temp_database.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wag;
using namespace wag::test;

namespace {

// Valid US numbers (libphonenumber agrees; checked in validNumbersAreValid()).
QString us(int n)
{
    return QStringLiteral("+1415555%1").arg(2600 + n);
}

QStringList phones(const QList<SuppressionRecord> &records)
{
    QStringList result;
    for (const SuppressionRecord &record : records)
        result.append(record.phone);
    return result;
}

} // namespace

class TestSuppressionService : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<SuppressionService> m_service;

    SuppressionService &service() { return *m_service; }
    int total() { return service().count(QString()); }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)); // tests advance it
        m_temp = std::make_unique<TempDatabase>(m_clock);
        QVERIFY2(m_temp->ok(), qPrintable(m_temp->error()));
        m_service = std::make_unique<SuppressionService>(m_temp->db(), m_clock, QStringLiteral("US"));
    }

    void cleanup()
    {
        m_service.reset();
        m_temp.reset();
    }

    void validNumbersAreValid()
    {
        for (int i = 0; i < 10; ++i)
            QVERIFY2(service().suppress(us(i), {}, QStringLiteral("t")), qPrintable(us(i)));
        QCOMPARE(total(), 10);
    }

    void importsAValidFile()
    {
        QSignalSpy changed(&service(), &SuppressionService::suppressionChanged);
        const QByteArray csv = "\xEF\xBB\xBFphone,reason,note\r\n" + us(1).toUtf8()
            + ",ignored,\"asked, by phone\"\r\n"
              "(212) 555-2602,,\r\n" // national: read with the default region US
            + us(3).toUtf8() + ",manual,'=1+1\r\n";
        const SuppressionImport result = service().importCsv(csv, QStringLiteral("alice"));
        QVERIFY2(result.ok(), qPrintable(result.failure.message));
        QCOMPARE(result.imported, 3);
        QCOMPARE(result.alreadySuppressed, 0);
        QVERIFY(result.rejects.isEmpty());
        QCOMPARE(total(), 3);
        QCOMPARE(changed.size(), 3);

        const auto first = service().find(us(1));
        QVERIFY(first);
        QCOMPARE(first->reason, SuppressionReason::Import); // the file's "ignored" is not used
        QCOMPARE(first->source, QStringLiteral("csv import"));
        QCOMPARE(first->createdBy, QStringLiteral("alice"));
        QCOMPARE(first->note, QStringLiteral("asked, by phone"));
        QCOMPARE(first->createdAt, m_clock.now());
        // "2125552602" is no valid international number (+212 is Morocco, too short), so
        // the default region applies.
        QVERIFY(service().isSuppressed(QStringLiteral("+12125552602")));
        QCOMPARE(service().find(us(3))->note, QStringLiteral("=1+1")); // defusing undone
    }

    void oneBadRowChangesNothing()
    {
        QVERIFY(service().suppress(us(9), QStringLiteral("before"), QStringLiteral("t")));
        QSignalSpy changed(&service(), &SuppressionService::suppressionChanged);
        const QByteArray csv = "phone,note\n" + us(1).toUtf8() + ",a\n" + us(2).toUtf8()
            + ",b\nnot-a-number,c\n" + us(3).toUtf8() + ",d\n+1415,e\n";
        const SuppressionImport result = service().importCsv(csv, QStringLiteral("alice"));
        QVERIFY(!result.ok());
        QCOMPARE(result.failure.code, QStringLiteral("invalid_csv"));
        QCOMPARE(result.imported, 0);
        QCOMPARE(result.rejects.size(), 2);
        QCOMPARE(result.rejects.at(0).line, 4);
        QCOMPARE(result.rejects.at(0).input, QStringLiteral("not-a-number,c"));
        QVERIFY2(result.rejects.at(0).reason.startsWith(QStringLiteral("invalid phone number")),
                 qPrintable(result.rejects.at(0).reason));
        QCOMPARE(result.rejects.at(1).line, 6);
        QCOMPARE(total(), 1);
        QVERIFY(!service().isSuppressed(us(1)));
        QCOMPARE(changed.size(), 0);
    }

    void malformedRowChangesNothing()
    {
        const QByteArray csv = "phone,note\n" + us(1).toUtf8() + ",a\n" + us(2).toUtf8()
            + ",\"unterminated\n" + us(3).toUtf8() + ",d\n";
        const SuppressionImport result = service().importCsv(csv, QStringLiteral("alice"));
        QCOMPARE(result.failure.code, QStringLiteral("invalid_csv"));
        QCOMPARE(result.rejects.size(), 1);
        QCOMPARE(result.rejects.at(0).line, 3);
        QCOMPARE(result.rejects.at(0).reason, QStringLiteral("unterminated quoted field"));
        QCOMPARE(total(), 0);
    }

    void duplicatesAreCountedNotErrors()
    {
        QVERIFY(service().suppress(us(1), QStringLiteral("keep me"), QStringLiteral("bob")));
        const QByteArray csv = "phone,note\n" + us(1).toUtf8() + ",overwrite?\n" + us(2).toUtf8()
            + ",x\n\"+1 415-555-2602\",same number again\n" + us(3).toUtf8() + ",y\n";
        const SuppressionImport result = service().importCsv(csv, QStringLiteral("alice"));
        QVERIFY2(result.ok(), qPrintable(result.failure.message));
        QCOMPARE(result.imported, 2);
        QCOMPARE(result.alreadySuppressed, 2);
        QCOMPARE(result.skipped.size(), 2);
        QCOMPARE(result.skipped.at(0).line, 2);
        QCOMPARE(result.skipped.at(0).reason, QStringLiteral("already suppressed"));
        QCOMPARE(result.skipped.at(1).line, 4);
        QCOMPARE(total(), 3);
        // The existing entry keeps its reason and note.
        const auto kept = service().find(us(1));
        QCOMPARE(kept->reason, SuppressionReason::Manual);
        QCOMPARE(kept->note, QStringLiteral("keep me"));
        QCOMPARE(service().find(us(2))->note, QStringLiteral("x"));

        // Importing the same file again adds nothing.
        const SuppressionImport again = service().importCsv(csv, QStringLiteral("alice"));
        QVERIFY(again.ok());
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.alreadySuppressed, 4);
        QCOMPARE(total(), 3);
    }

    void fieldLimitAtItsEdge()
    {
        const QByteArray exact(kCsvMaxFieldChars, 'n');
        const SuppressionImport ok = service().importCsv(
            "phone,note\n" + us(1).toUtf8() + "," + exact + "\n", QStringLiteral("alice"));
        QVERIFY2(ok.ok(), qPrintable(ok.failure.message));
        QCOMPARE(service().find(us(1))->note.size(), kCsvMaxFieldChars);

        const SuppressionImport tooLong = service().importCsv(
            "phone,note\n" + us(2).toUtf8() + ",ok\n" + us(3).toUtf8() + "," + exact + "n\n",
            QStringLiteral("alice"));
        QCOMPARE(tooLong.failure.code, QStringLiteral("invalid_csv"));
        QCOMPARE(tooLong.rejects.size(), 1);
        QCOMPARE(tooLong.rejects.at(0).line, 3);
        QCOMPARE(tooLong.rejects.at(0).reason, QStringLiteral("field 2 is longer than 1024 characters"));
        QCOMPARE(total(), 1);
    }

    void rowLimitAtItsEdge()
    {
        CsvLimits limits;
        limits.maxRows = 4;
        QByteArray csv("phone\n");
        for (int i = 0; i < 4; ++i)
            csv += us(i).toUtf8() + '\n';
        const SuppressionImport tooMany
            = service().importCsv(csv + us(4).toUtf8() + '\n', QStringLiteral("alice"), limits);
        QCOMPARE(tooMany.failure.code, QStringLiteral("too_many_rows"));
        QVERIFY(tooMany.failure.message.contains(QStringLiteral("at most 4")));
        QCOMPARE(total(), 0);
        const SuppressionImport ok = service().importCsv(csv, QStringLiteral("alice"), limits);
        QVERIFY2(ok.ok(), qPrintable(ok.failure.message));
        QCOMPARE(ok.imported, 4);
    }

    void sizeLimitAtItsEdge()
    {
        QTemporaryDir dir;
        const QByteArray csv = "phone\n" + us(1).toUtf8() + "\n";
        const QString path = dir.filePath(QStringLiteral("in.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();

        CsvLimits limits;
        limits.maxBytes = csv.size() - 1;
        const SuppressionImport tooLarge = service().importCsvFile(path, QStringLiteral("alice"), limits);
        QCOMPARE(tooLarge.failure.code, QStringLiteral("file_too_large"));
        QCOMPARE(total(), 0);
        limits.maxBytes = csv.size();
        const SuppressionImport ok = service().importCsvFile(path, QStringLiteral("alice"), limits);
        QVERIFY2(ok.ok(), qPrintable(ok.failure.message));
        QCOMPARE(ok.imported, 1);

        const SuppressionImport missing
            = service().importCsvFile(dir.filePath(QStringLiteral("nope.csv")), QStringLiteral("alice"));
        QCOMPARE(missing.failure.code, QStringLiteral("file_unreadable"));
    }

    void searchCountAndPaging()
    {
        const QStringList notes{QStringLiteral("Asked by phone"), QStringLiteral("complaint"),
                                QStringLiteral("100% sure"), QStringLiteral("asked in store"),
                                QString()};
        for (int i = 0; i < notes.size(); ++i) {
            QVERIFY(service().suppress(us(i), notes.at(i), QStringLiteral("t")));
            m_clock.advance(1000);
        }
        QCOMPARE(service().count(QString()), 5);
        const auto all = service().search(QString(), 10, 0);
        QVERIFY(all);
        QCOMPARE(phones(all.value()), (QStringList{us(4), us(3), us(2), us(1), us(0)})); // newest first

        QCOMPARE(phones(service().search(QString(), 2, 0).value()), (QStringList{us(4), us(3)}));
        QCOMPARE(phones(service().search(QString(), 2, 2).value()), (QStringList{us(2), us(1)}));
        QCOMPARE(phones(service().search(QString(), 2, 4).value()), QStringList{us(0)});
        QVERIFY(service().search(QString(), 2, 6).value().isEmpty());

        QCOMPARE(service().count(QStringLiteral("ASKED")), 2); // note, ignoring case
        QCOMPARE(phones(service().search(QStringLiteral(" asked "), 10, 0).value()),
                 (QStringList{us(3), us(0)}));
        QCOMPARE(service().count(QStringLiteral("5552602")), 1); // phone substring
        QCOMPARE(phones(service().search(QStringLiteral("5552602"), 10, 0).value()), QStringList{us(2)});
        QCOMPARE(service().count(QStringLiteral("%")), 1); // a literal, not a wildcard
        QCOMPARE(service().count(QStringLiteral("nothing like it")), 0);

        const auto bad = service().search(QString(), 0, 0);
        QVERIFY(!bad);
        QCOMPARE(bad.failure().code, QStringLiteral("invalid_paging"));
        QCOMPARE(service().search(QString(), 1, -1).failure().code, QStringLiteral("invalid_paging"));
    }

    void exportWritesEverythingAndImportsBack()
    {
        QVERIFY(service().suppress(us(1), QStringLiteral("=SUM(A1)"), QStringLiteral("bob")));
        m_clock.advance(60'000);
        QVERIFY(service().suppress(us(2), QStringLiteral("multi\nline, \"quoted\""), QStringLiteral("bob")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        const Result<int> exported = service().exportCsv(path);
        QVERIFY2(exported, qPrintable(exported.failure().message));
        QCOMPARE(exported.value(), 2);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith(QByteArray("phone,reason,note,source,created_by,created_at\r\n" + us(2).toUtf8()
                               + ",manual,\"multi\nline, \"\"quoted\"\"\",admin,bob,2026-01-01T12:01:00Z\r\n")));
        QVERIFY(csv.endsWith(QByteArray(us(1).toUtf8() + ",manual,'=SUM(A1),admin,bob,2026-01-01T12:00:00Z\r\n")));

        // Into a fresh database: the same numbers and notes come back.
        TempDatabase other(m_clock);
        QVERIFY(other.ok());
        SuppressionService copy(other.db(), m_clock);
        const SuppressionImport imported = copy.importCsvFile(path, QStringLiteral("alice"));
        QVERIFY2(imported.ok(), qPrintable(imported.failure.message));
        QCOMPARE(imported.imported, 2);
        QCOMPARE(copy.find(us(1))->note, QStringLiteral("=SUM(A1)"));
        QCOMPARE(copy.find(us(2))->note, QStringLiteral("multi\nline, \"quoted\""));
        QCOMPARE(copy.find(us(2))->reason, SuppressionReason::Import);

        const Result<int> unwritable = service().exportCsv(dir.filePath(QStringLiteral("no/such/dir.csv")));
        QCOMPARE(unwritable.failure().code, QStringLiteral("file_unwritable"));
    }

    void emptyListExportsOnlyTheHeader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.csv"));
        QCOMPARE(service().exportCsv(path).value(), 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("phone,reason,note,source,created_by,created_at\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestSuppressionService)
#include "test_suppression_service.moc"
