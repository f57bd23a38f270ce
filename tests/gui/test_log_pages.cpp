// The Inbound and Message logs: a message a contact sends appears in the inbound log at
// once (no refresh), with the number masked until revealed; filters narrow the view; a
// long log is read a page at a time; a message the gateway sends appears in the message
// log and its row follows the provider's receipts.
#include "gui_test_support.h"

#include "events/inbound_pipeline.h"
#include "gui/inbound_log_model.h"
#include "gui/log_page.h"
#include "gui/main_window.h"
#include "gui/message_log_model.h"
#include "instances/instance_service.h"
#include "messaging/send_service.h"
#include "providers/simulator/simulator_provider.h"

#include <QCheckBox>
#include <QTableView>

using namespace wag;

class TestLogPages : public QObject
{
    Q_OBJECT

    static QString cell(QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

private slots:
    void inboundMessageAppearsLiveAndMasked()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto instance = engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(instance.ok());
        const QString id = instance.value().id;
        QVERIFY(engine->simulator()->scan(id).ok());
        QTRY_COMPARE(engine->instances().find(id)->state, InstanceState::Open);

        MainWindow window(*engine);
        window.showPage(MainWindow::Page::InboundLog);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LogPage *page = window.inboundLogPage();
        QAbstractItemModel *model = page->view()->model();
        QCOMPARE(model->rowCount(), 0);

        QVERIFY(engine->simulator()->inbound(id, QStringLiteral("+14155552671"), QStringLiteral("Is the shop open today?"),
                                             QStringLiteral("Ana")).ok());
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(cell(model, 0, InboundLogModel::Instance), QStringLiteral("front-desk"));
        QCOMPARE(cell(model, 0, InboundLogModel::From), QStringLiteral("+1415•••2671"));
        QCOMPARE(cell(model, 0, InboundLogModel::Name), QStringLiteral("Ana"));
        QCOMPARE(cell(model, 0, InboundLogModel::Text), QStringLiteral("Is the shop open today?"));

        auto *reveal = page->findChild<QCheckBox *>(QStringLiteral("revealPhones"));
        reveal->click();
        QCOMPARE(cell(model, 0, InboundLogModel::From), QStringLiteral("+14155552671"));
        reveal->click();
        QCOMPARE(cell(model, 0, InboundLogModel::From), QStringLiteral("+1415•••2671"));

        // The newest is on top; a phone filter narrows, live rows respect it.
        QVERIFY(engine->simulator()->inbound(id, QStringLiteral("+447911123456"), QStringLiteral("STOP")).ok());
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(cell(model, 0, InboundLogModel::OptOut), QStringLiteral("STOP"));
        auto *phone = page->findChild<QLineEdit *>(QStringLiteral("logPhoneFilter"));
        QTest::keyClicks(phone, QStringLiteral("4155"));
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(engine->simulator()->inbound(id, QStringLiteral("+447700900999"), QStringLiteral("hello")).ok());
        QVERIFY(engine->simulator()->inbound(id, QStringLiteral("+14155550000"), QStringLiteral("hi")).ok());
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(cell(model, 0, InboundLogModel::Text), QStringLiteral("hi"));
    }

    void longLogIsReadPageByPage()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto instance = engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(instance.ok());
        const QString id = instance.value().id;
        QVERIFY(engine->simulator()->scan(id).ok());
        QTRY_COMPARE(engine->instances().find(id)->state, InstanceState::Open);
        const int total = LogTableModel::kPageSize + 50;
        int recorded = 0;
        connect(engine->inbound(), &InboundPipeline::messageRecorded, this, [&recorded] { ++recorded; });
        for (int i = 0; i < total; ++i)
            QVERIFY(engine->simulator()->inbound(id, QStringLiteral("+1415555%1").arg(i, 4, 10, QLatin1Char('0')),
                                                 QStringLiteral("message %1").arg(i)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(recorded, total, 30000); // one transaction each, on a busy CI machine

        InboundLogModel model(*engine);
        model.setFilter({});
        QCOMPARE(model.rowCount(), LogTableModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(cell(&model, 0, InboundLogModel::Text), QStringLiteral("message %1").arg(total - 1));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(cell(&model, total - 1, InboundLogModel::Text), QStringLiteral("message 0"));
    }

    void sentMessageAppearsAndFollowsReceipts()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto instance = engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(instance.ok());
        const QString id = instance.value().id;
        QVERIFY(engine->simulator()->scan(id).ok());
        QTRY_COMPARE(engine->instances().find(id)->state, InstanceState::Open);

        MainWindow window(*engine);
        window.showPage(MainWindow::Page::MessageLog);
        window.show();
        QAbstractItemModel *model = window.messageLogPage()->view()->model();
        QCOMPARE(model->rowCount(), 0);
        engine->sends()->sendSystemReply(id, QStringLiteral("+14155552671"), QStringLiteral("You will get no more messages."),
                                         QStringLiteral("opt_out_confirmation"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(cell(model, 0, MessageLogModel::To), QStringLiteral("+1415•••2671"));
        QCOMPARE(cell(model, 0, MessageLogModel::Purpose), QStringLiteral("opt_out_confirmation"));
        // The simulator accepts it and sends delivered and read receipts: the row follows.
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, MessageLogModel::Status), QStringLiteral("read"), 15000);
    }
};

QTEST_MAIN(TestLogPages)
#include "test_log_pages.moc"
