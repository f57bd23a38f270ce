// The Suppressed recipients page: add a number with a note (recorded as made by the person
// at the computer), find it, remove it after confirming; a CSV import with a bad row
// changes nothing and reports the row; export writes the list.
#include "gui_test_support.h"

#include "gui/import_report_dialog.h"
#include "gui/suppressions_page.h"
#include "suppression/suppression_service.h"

#include <QFile>
#include <QPushButton>

using namespace wag;

class TestSuppressionsPage : public QObject
{
    Q_OBJECT

private slots:
    void addSearchRemove()
    {
        qputenv("USER", "maria");
        test::GuiEngine engine;
        const QString error = engine.open(false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SuppressionsPage page(*engine);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("suppressionTable"));
        auto *phone = page.findChild<QLineEdit *>(QStringLiteral("suppressionPhone"));
        auto *note = page.findChild<QLineEdit *>(QStringLiteral("suppressionNote"));
        QCOMPARE(table->rowCount(), 0);

        QTest::keyClicks(phone, QStringLiteral("+14155552671"));
        QTest::keyClicks(note, QStringLiteral("asked by phone"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addSuppression")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("+14155552671"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("asked by phone"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("maria"));
        QVERIFY(engine->suppressions().isSuppressed(QStringLiteral("+14155552671")));
        QVERIFY(phone->text().isEmpty());

        // A second time: said plainly, nothing added.
        QTest::keyClicks(phone, QStringLiteral("+14155552671"));
        QTest::keyClick(phone, Qt::Key_Return);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("suppressionMessage"))->text().contains(QStringLiteral("already")));
        QCOMPARE(table->rowCount(), 1);

        // Search narrows the list (after the typing pause).
        QVERIFY(engine->suppressions().suppress(QStringLiteral("+447911123456"), QStringLiteral("complaint"), QStringLiteral("test")).ok());
        QTRY_COMPARE(table->rowCount(), 2);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("suppressionSearch"));
        QTest::keyClicks(search, QStringLiteral("complaint"));
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("+447911123456"));
        search->clear();
        QTRY_COMPARE(table->rowCount(), 2);

        // Remove asks first.
        int row = table->item(0, 0)->text() == u"+14155552671" ? 0 : 1;
        table->selectRow(row);
        test::answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("removeSuppression")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!engine->suppressions().isSuppressed(QStringLiteral("+14155552671")));
    }

    void importReportsRejectedRowsAndExportWrites()
    {
        test::GuiEngine engine;
        const QString error = engine.open(false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SuppressionsPage page(*engine);
        page.show();

        const QString bad = engine.path() + QStringLiteral("/bad.csv");
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("phone,note\n+14155552671,ok\nnot a number,oops\n");
        file.close();
        page.importFile(bad);
        ImportReportDialog *report = nullptr;
        QTRY_VERIFY((report = page.findChild<ImportReportDialog *>()));
        QVERIFY(report->findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("nothing was imported")));
        auto *rejects = report->findChild<QTableWidget *>(QStringLiteral("importRejects"));
        QVERIFY(rejects);
        QCOMPARE(rejects->rowCount(), 1);
        QCOMPARE(rejects->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(rejects->item(0, 1)->text(), QStringLiteral("not a number,oops")); // the row as written
        QVERIFY(!rejects->item(0, 2)->text().isEmpty());
        QCOMPARE(engine->suppressions().count({}), 0);
        report->close();
        QTRY_VERIFY(!page.findChild<ImportReportDialog *>());

        const QString good = engine.path() + QStringLiteral("/good.csv");
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write("phone,note\n+14155552671,ok\n+447911123456,also\n");
        goodFile.close();
        page.importFile(good);
        QTRY_VERIFY((report = page.findChild<ImportReportDialog *>()));
        QVERIFY(report->findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("2 number(s) added")));
        QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("suppressionTable"))->rowCount(), 2);

        const QString exported = engine.path() + QStringLiteral("/all.csv");
        page.exportTo(exported);
        QFile out(exported);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray csv = out.readAll();
        QVERIFY(csv.contains("+14155552671"));
        QVERIFY(csv.contains("+447911123456"));
    }
};

QTEST_MAIN(TestSuppressionsPage)
#include "test_suppressions_page.moc"
