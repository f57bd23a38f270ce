// The desktop window over a real engine: one page per function behind the sidebar, reached
// by mouse and keyboard; the gateway's address and state in the status bar and on the
// Settings page, following the engine when it stops. With WAG_SCREENSHOT_DIR set, a
// populated gateway is photographed page by page (docs/gui-*.png).
#include "gui_test_support.h"

#include "accounts/api_key_service.h"

#include "events/inbound_pipeline.h"
#include "gui/desktop_shell.h"
#include "gui/instances_page.h"
#include "gui/log_page.h"
#include "gui/main_window.h"
#include "gui/settings_page.h"
#include "gui/webhooks_page.h"
#include "instances/instance_service.h"
#include "messaging/send_service.h"
#include "providers/simulator/simulator_provider.h"
#include "suppression/suppression_service.h"
#include "webhooks/webhook_service.h"

#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>

using namespace wag;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void pagesAreReachableAndStateIsShown()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        DesktopShell shell(*engine);
        MainWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->windowTitle().contains(QStringLiteral("WhatsApp Gateway")));
        QVERIFY(window->minimumWidth() >= 800);

        auto *sidebar = window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        const QStringList expected{QStringLiteral("Instances"), QStringLiteral("Webhooks"),
                                   QStringLiteral("Suppressed recipients"), QStringLiteral("Inbound log"),
                                   QStringLiteral("Message log"), QStringLiteral("API keys"),
                                   QStringLiteral("Policy events"), QStringLiteral("Settings")};
        QCOMPARE(sidebar->count(), expected.size());
        for (int row = 0; row < sidebar->count(); ++row) {
            QCOMPARE(sidebar->item(row)->text(), expected[row]);
            QCOMPARE(window->page(MainWindow::Page(row))->accessibleName(), expected[row]);
        }

        // A fresh data folder opens the first-run wizard (tests/gui/test_first_run_wizard.cpp);
        // the newcomer here cancels it and uses the window.
        if (QWizard *wizard = window->setupWizard())
            wizard->reject();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));

        // Keyboard: arrows in the sidebar, Ctrl+<n> from anywhere.
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Down);
        QCOMPARE(window->currentPage(), MainWindow::Page::Webhooks);
        QTest::keyClick(window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), MainWindow::Page::Settings);
        QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), MainWindow::Page::InboundLog);

        // Where it listens and whether it runs.
        const QString url = engine->baseUrl();
        QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.1:")));
        auto *status = window->findChild<QLabel *>(QStringLiteral("statusText"));
        QVERIFY(status->text().contains(QStringLiteral("Running")));
        QVERIFY(status->text().contains(url));
        SettingsPage *settings = window->settingsPage();
        QCOMPARE(settings->findChild<QLabel *>(QStringLiteral("gatewayAddress"))->text(), url);
        QCOMPARE(settings->findChild<QLabel *>(QStringLiteral("gatewayDataDir"))->text(), engine.path());
        auto *table = settings->findChild<QTableWidget *>(QStringLiteral("settingsTable"));
        bool listenShown = false;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == u"listen")
                listenShown = table->item(row, 1)->text() == u"127.0.0.1:0" && table->item(row, 2)->text() == u"command line";
        QVERIFY(listenShown);

        // Every button and input says what it is to a screen reader (or has a visible text).
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (auto *button = qobject_cast<QPushButton *>(w))
                QVERIFY2(!button->text().isEmpty() || !w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            if (qobject_cast<QLineEdit *>(w) && w->parent() && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }

        engine->stop();
        QTRY_VERIFY(status->text().contains(QStringLiteral("Stopped")));
        QCOMPARE(settings->findChild<QLabel *>(QStringLiteral("gatewayStatus"))->text(), QStringLiteral("Stopped"));
    }

    void screenshots()
    {
        const QByteArray shots = qgetenv("WAG_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("set WAG_SCREENSHOT_DIR to take the README's screenshots");
        const QDir out(QString::fromLocal8Bit(shots));
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // A small but lived-in gateway: one linked instance with traffic, one waiting for its scan.
        const auto desk = engine->instances().create(QStringLiteral("front-desk"));
        const auto branch = engine->instances().create(QStringLiteral("branch-office"));
        QVERIFY(desk.ok() && branch.ok());
        QVERIFY(engine->simulator()->scan(desk.value().id).ok());
        QTRY_COMPARE(engine->instances().find(desk.value().id)->state, InstanceState::Open);
        QVERIFY(engine->webhooks().add(QStringLiteral("front-desk"), QStringLiteral("https://crm.example.com/whatsapp/events"), {}).ok());
        QVERIFY(engine->webhooks().add(QStringLiteral("front-desk"), QStringLiteral("http://192.168.1.20:5678/webhook/n8n"),
                                       {QStringLiteral("message.received"), QStringLiteral("recipient.opted_out")}).ok());
        int recorded = 0;
        connect(engine->inbound(), &InboundPipeline::messageRecorded, this, [&recorded] { ++recorded; });
        struct Inbound
        {
            QString from, name, text;
        };
        const QList<Inbound> inbound{
            {QStringLiteral("+14155552671"), QStringLiteral("Ana Souza"), QStringLiteral("Hi, is my order ready for pickup?")},
            {QStringLiteral("+447911123456"), QStringLiteral("Tom Baker"), QStringLiteral("Can I move my appointment to Friday?")},
            {QStringLiteral("+4915112345678"), QStringLiteral("Jonas"), QStringLiteral("STOP")},
            {QStringLiteral("+33612345678"), QStringLiteral("Claire M."), QStringLiteral("Merci, à demain !")},
            {QStringLiteral("+5511987654321"), QStringLiteral("Rafael"), QStringLiteral("Qual é o horário de sábado?")}};
        for (const Inbound &message : inbound)
            QVERIFY(engine->simulator()->inbound(desk.value().id, message.from, message.text, message.name).ok());
        QTRY_COMPARE(recorded, int(inbound.size()));
        QVERIFY(engine->apiKeys().create(QStringLiteral("crm"), {QStringLiteral("front-desk")}).ok());
        QVERIFY(engine->apiKeys().create(QStringLiteral("n8n"), {}).ok());
        engine->sends()->sendSystemReply(desk.value().id, QStringLiteral("+4915112345678"),
                                         QStringLiteral("You will receive no more messages. Reply START to undo."),
                                         QStringLiteral("opt_out_confirmation"));
        QVERIFY(engine->instances().pause(QStringLiteral("branch-office"), QStringLiteral("review before the campaign")).ok());
        QVERIFY(engine->suppressions().suppress(QStringLiteral("+14155550100"), QStringLiteral("asked by phone"), QStringLiteral("maria")).ok());

        MainWindow window(*engine);
        window.resize(1180, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.instancesPage()->selectInstance(branch.value().id);
        window.webhooksPage()->selectInstance(desk.value().id);
        const QList<std::pair<MainWindow::Page, QString>> pages{
            {MainWindow::Page::Instances, QStringLiteral("gui-instances.png")},
            {MainWindow::Page::Webhooks, QStringLiteral("gui-webhooks.png")},
            {MainWindow::Page::Suppressions, QStringLiteral("gui-suppressions.png")},
            {MainWindow::Page::InboundLog, QStringLiteral("gui-inbound.png")},
            {MainWindow::Page::MessageLog, QStringLiteral("gui-messages.png")},
            {MainWindow::Page::ApiKeys, QStringLiteral("gui-api-keys.png")},
            {MainWindow::Page::PolicyEvents, QStringLiteral("gui-policy.png")},
            {MainWindow::Page::Settings, QStringLiteral("gui-settings.png")}};
        for (const auto &[page, file] : pages) {
            window.showPage(page);
            QTest::qWait(200);
            QVERIFY(window.grab().save(out.filePath(file)));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
