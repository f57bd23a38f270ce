// The RFC 4180 reader and writer behind suppression import/export, and the suppression
// layer on top (header, columns, limits, spreadsheet-formula defusing).
#include "suppression/suppression_csv.h"

#include <QTest>

using namespace wag;

namespace {

QStringList fieldsOf(const CsvDocument &document, int index)
{
    return document.records.value(index).fields;
}

SuppressionRecord record(const QString &phone, const QString &note)
{
    SuppressionRecord r;
    r.phone = phone;
    r.reason = SuppressionReason::OptOutKeyword;
    r.source = QStringLiteral("inst_a");
    r.note = note;
    r.createdBy = QStringLiteral("system");
    r.createdAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    return r;
}

} // namespace

class TestSuppressionCsv : public QObject
{
    Q_OBJECT

private slots:
    void parsesPlainAndQuotedFields()
    {
        const CsvDocument d = parseCsv("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\n");
        QVERIFY(!d.failure);
        QCOMPARE(d.records.size(), 2);
        QCOMPARE(fieldsOf(d, 0), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(fieldsOf(d, 1), (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QString()}));
        QCOMPARE(d.records.at(1).line, 2);
        QCOMPARE(d.records.at(1).text, QStringLiteral("\"x, y\",\"say \"\"hi\"\"\","));
        QVERIFY(d.records.at(1).error.isEmpty());
    }

    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("LF") << QByteArray("p,n\n1,2\n3,4\n");
        QTest::newRow("CRLF") << QByteArray("p,n\r\n1,2\r\n3,4\r\n");
        QTest::newRow("lone CR") << QByteArray("p,n\r1,2\r3,4\r");
        QTest::newRow("no final line end") << QByteArray("p,n\r\n1,2\r\n3,4");
        QTest::newRow("empty lines") << QByteArray("p,n\r\n\r\n1,2\n\n\n3,4\r\n\r\n");
    }
    void lineEndings()
    {
        QFETCH(QByteArray, data);
        const CsvDocument d = parseCsv(data);
        QVERIFY(!d.failure);
        QCOMPARE(d.records.size(), 3);
        QCOMPARE(fieldsOf(d, 1), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(fieldsOf(d, 2), (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
        for (const CsvRecord &r : d.records)
            QVERIFY2(!r.text.contains(u'\r') && !r.text.contains(u'\n'), qPrintable(r.text));
    }

    void lineNumbersCountEmptyLinesAndQuotedBreaks()
    {
        const CsvDocument d = parseCsv("h\r\n\r\n\"two\r\nlines\"\r\nafter\n");
        QCOMPARE(d.records.size(), 3);
        QCOMPARE(d.records.at(1).line, 3);
        QCOMPARE(fieldsOf(d, 1), QStringList{QStringLiteral("two\r\nlines")});
        QCOMPARE(d.records.at(2).line, 5);
        QCOMPARE(fieldsOf(d, 2), QStringList{QStringLiteral("after")});
    }

    void utf8AndBom()
    {
        const QByteArray arabic = QStringLiteral("إيقاف").toUtf8();
        const CsvDocument withBom = parseCsv("\xEF\xBB\xBFphone,note\n+1," + arabic + "\n");
        QVERIFY(!withBom.failure);
        QCOMPARE(fieldsOf(withBom, 0).value(0), QStringLiteral("phone")); // no BOM left in it
        QCOMPARE(fieldsOf(withBom, 1).value(1), QStringLiteral("إيقاف"));
        const CsvDocument invalid = parseCsv("phone\n\xC3\x28\n");
        QVERIFY(invalid.failure);
        QCOMPARE(invalid.failure->code, QStringLiteral("invalid_csv"));
    }

    void malformedRecords_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("badLine");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("records");
        QTest::newRow("unterminated quote") << QByteArray("h\nok\n\"never closed\nmore\n") << 3
                                            << QStringLiteral("unterminated quoted field") << 3;
        QTest::newRow("quote inside unquoted") << QByteArray("h\nab\"c\nok\n") << 2
                                               << QStringLiteral("quote inside an unquoted field") << 3;
        QTest::newRow("text after closing quote") << QByteArray("h\n\"ab\"c,d\nok\n") << 2
                                                  << QStringLiteral("text after a closing quote") << 3;
    }
    void malformedRecords()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, badLine);
        QFETCH(QString, error);
        QFETCH(int, records);
        const CsvDocument d = parseCsv(data);
        QVERIFY(!d.failure);
        QCOMPARE(d.records.size(), records);
        int bad = 0;
        for (const CsvRecord &r : d.records) {
            if (r.error.isEmpty())
                continue;
            ++bad;
            QCOMPARE(r.line, badLine);
            QCOMPARE(r.error, error);
        }
        QCOMPARE(bad, 1);
        // The reader recovers at the next line (except after an unterminated quote, which
        // swallows the rest of the file).
        if (!error.startsWith(u"unterminated"))
            QCOMPARE(d.records.last().fields, QStringList{QStringLiteral("ok")});
    }

    void fieldLengthLimitAtItsEdge()
    {
        const QString exact(kCsvMaxFieldChars, u'x');
        const CsvDocument ok = parseCsv("h\n" + exact.toUtf8() + "\n\"" + exact.toUtf8() + "\"\n");
        QVERIFY(ok.records.at(1).error.isEmpty());
        QVERIFY(ok.records.at(2).error.isEmpty());
        QCOMPARE(ok.records.at(1).fields.value(0).size(), kCsvMaxFieldChars);

        const CsvDocument tooLong = parseCsv("h\na," + QByteArray(kCsvMaxFieldChars + 1, 'x') + "\n");
        QCOMPARE(tooLong.records.at(1).error, QStringLiteral("field 2 is longer than 1024 characters"));

        // Characters, not UTF-16 units or bytes: 1,024 emoji (2,048 units) are fine.
        QString emoji;
        for (int i = 0; i < kCsvMaxFieldChars; ++i)
            emoji += QStringLiteral("😀");
        QVERIFY(parseCsv("h\n" + emoji.toUtf8() + "\n").records.at(1).error.isEmpty());
        QVERIFY(!parseCsv("h\nx" + emoji.toUtf8() + "\n").records.at(1).error.isEmpty());
    }

    void sizeLimitAtItsEdge()
    {
        CsvLimits limits;
        limits.maxBytes = 10;
        QVERIFY(!parseCsv("phone\n1234", limits).failure); // exactly 10 bytes
        const CsvDocument big = parseCsv("phone\n12345", limits);
        QVERIFY(big.failure);
        QCOMPARE(big.failure->code, QStringLiteral("file_too_large"));
        QVERIFY(big.records.isEmpty());
        QCOMPARE(kCsvMaxBytes, qint64(5 * 1024 * 1024));
        QCOMPARE(kCsvMaxRows, 100000);
    }

    void writesQuotedFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("plain text") << QStringLiteral("plain text");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    }
    void writesQuotedFields()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(csvField(value), written);
        // Whatever is written reads back as it was.
        const CsvDocument d = parseCsv((csvRecord({value, QStringLiteral("end")})).toUtf8());
        QCOMPARE(d.records.size(), 1);
        QCOMPARE(d.records.at(0).fields, (QStringList{value, QStringLiteral("end")}));
    }

    void recordEndsWithCrlf()
    {
        QCOMPARE(csvRecord({QStringLiteral("a"), QStringLiteral("b,c")}), QStringLiteral("a,\"b,c\"\r\n"));
    }

    void defusesFormulas_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("defused");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("'=HYPERLINK(\"x\")");
        QTest::newRow("+") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
        QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("plain") << QStringLiteral("asked by phone") << QStringLiteral("asked by phone");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("inner =") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("apostrophe text") << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
        QTest::newRow("already defused") << QStringLiteral("'=x") << QStringLiteral("''=x");
    }
    void defusesFormulas()
    {
        QFETCH(QString, value);
        QFETCH(QString, defused);
        QCOMPARE(defuseFormula(value), defused);
        QCOMPARE(undoFormulaDefusing(defused), value);
    }

    void exportDefusesNotesButNotPhones()
    {
        const QByteArray csv = writeSuppressionCsv(
            {record(QStringLiteral("+14155552671"), QStringLiteral("=cmd|' /C calc'!A0")),
             record(QStringLiteral("+14155552672"), QStringLiteral("line one\nline, two"))});
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.value(0), QStringLiteral("phone,reason,note,source,created_by,created_at"));
        QCOMPARE(lines.value(1),
                 QStringLiteral("+14155552671,opt_out_keyword,'=cmd|' /C calc'!A0,inst_a,system,2026-03-04T05:06:07Z"));
        QCOMPARE(lines.value(2),
                 QStringLiteral("+14155552672,opt_out_keyword,\"line one\nline, two\",inst_a,system,2026-03-04T05:06:07Z"));
        QCOMPARE(lines.value(3), QString()); // ends with CRLF
        QCOMPARE(lines.size(), 4);
    }

    void readsHeaderColumnsInAnyOrder()
    {
        const SuppressionCsvRows r = readSuppressionCsv(
            "\xEF\xBB\xBF Note ,extra,PHONE\r\nhello,x,+14155552671\r\n\r\n,y, 4155552672 \r\n");
        QVERIFY(!r.failure);
        QVERIFY(r.rejects.isEmpty());
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).phone, QStringLiteral("+14155552671"));
        QCOMPARE(r.rows.at(0).note, QStringLiteral("hello"));
        QCOMPARE(r.rows.at(0).line, 2);
        QCOMPARE(r.rows.at(1).phone, QStringLiteral("4155552672"));
        QCOMPARE(r.rows.at(1).note, QString());
        QCOMPARE(r.rows.at(1).line, 4);
    }

    void phoneOnlyIsEnough()
    {
        const SuppressionCsvRows r = readSuppressionCsv("phone\n+14155552671\n");
        QVERIFY(r.rejects.isEmpty());
        QCOMPARE(r.rows.size(), 1);
        QVERIFY(r.rows.at(0).note.isEmpty());
    }

    void rejectsBadRows()
    {
        const SuppressionCsvRows r = readSuppressionCsv("phone,note\n"
                                                        "+14155552671,ok\n"
                                                        "+14155552672,too,many\n"
                                                        "+14155552673\n"
                                                        ",empty phone\n"
                                                        "\"+14155552674\"x,bad\n"
                                                        "+14155552675,fine\n");
        QVERIFY(!r.failure);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rejects.size(), 4);
        QCOMPARE(r.rejects.at(0).line, 3);
        QCOMPARE(r.rejects.at(0).input, QStringLiteral("+14155552672,too,many"));
        QCOMPARE(r.rejects.at(0).reason, QStringLiteral("expected 2 fields, found 3"));
        QCOMPARE(r.rejects.at(1).line, 4);
        QCOMPARE(r.rejects.at(1).reason, QStringLiteral("expected 2 fields, found 1"));
        QCOMPARE(r.rejects.at(2).line, 5);
        QCOMPARE(r.rejects.at(2).reason, QStringLiteral("the phone is empty"));
        QCOMPARE(r.rejects.at(3).line, 6);
        QCOMPARE(r.rejects.at(3).reason, QStringLiteral("text after a closing quote"));
    }

    void headerIsRequired_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("the file is empty; a header row with a \"phone\" column is required");
        QTest::newRow("only blank lines") << QByteArray("\r\n\n") << QStringLiteral("the file is empty; a header row with a \"phone\" column is required");
        QTest::newRow("no header") << QByteArray("+14155552671,note\n") << QStringLiteral("the header row has no \"phone\" column");
        QTest::newRow("bad header") << QByteArray("\"phone\n") << QStringLiteral("unterminated quoted field");
    }
    void headerIsRequired()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, reason);
        const SuppressionCsvRows r = readSuppressionCsv(data);
        QVERIFY(r.rows.isEmpty());
        QCOMPARE(r.rejects.size(), 1);
        QCOMPARE(r.rejects.at(0).line, 1);
        QCOMPARE(r.rejects.at(0).reason, reason);
    }

    void rowLimitAtItsEdge()
    {
        CsvLimits limits;
        limits.maxRows = 3;
        const QByteArray three("phone\n+14155552671\n+14155552672\n\n+14155552673\n");
        const SuppressionCsvRows ok = readSuppressionCsv(three, limits);
        QVERIFY(!ok.failure);
        QCOMPARE(ok.rows.size(), 3);
        const SuppressionCsvRows tooMany = readSuppressionCsv(three + "+14155552674\n", limits);
        QVERIFY(tooMany.failure);
        QCOMPARE(tooMany.failure->code, QStringLiteral("too_many_rows"));
        QVERIFY(tooMany.rows.isEmpty());
    }

    void longInputIsShortenedInRejects()
    {
        const SuppressionCsvRows r = readSuppressionCsv("phone\n" + QByteArray(2000, '1') + "\n");
        QCOMPARE(r.rejects.size(), 1);
        QVERIFY(r.rejects.at(0).input.size() < 200);
        QVERIFY(r.rejects.at(0).reason.contains(QStringLiteral("longer than 1024")));
    }

    void rejectInputIsOneLine()
    {
        const SuppressionCsvRows r = readSuppressionCsv("phone,note\n\"+1 415\n555\",x\n+14155552671,\"open\nrest\n");
        QCOMPARE(r.rejects.size(), 1); // the multi-line phone is read; the open quote is not
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows.at(0).phone, QStringLiteral("+1 415\n555"));
        QCOMPARE(r.rows.at(0).input, QStringLiteral("\"+1 415..."));
        QCOMPARE(r.rejects.at(0).line, 4);
        QCOMPARE(r.rejects.at(0).input, QStringLiteral("+14155552671,\"open..."));
    }

    void exportReadsBackExactly()
    {
        QList<SuppressionRecord> records{
            record(QStringLiteral("+14155552671"), QStringLiteral("=1+1")),
            record(QStringLiteral("+14155552672"), QStringLiteral("'=already")),
            record(QStringLiteral("+14155552673"), QStringLiteral("\"quoted\", and\r\nmulti-line")),
            record(QStringLiteral("+14155552674"), QStringLiteral("إيقاف 😀")),
            record(QStringLiteral("+14155552675"), QString()),
        };
        const SuppressionCsvRows r = readSuppressionCsv(writeSuppressionCsv(records));
        QVERIFY(!r.failure);
        QVERIFY(r.rejects.isEmpty());
        QCOMPARE(r.rows.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(r.rows.at(i).phone, records.at(i).phone);
            QCOMPARE(r.rows.at(i).note, records.at(i).note);
        }
    }
};

QTEST_GUILESS_MAIN(TestSuppressionCsv)
#include "test_suppression_csv.moc"
