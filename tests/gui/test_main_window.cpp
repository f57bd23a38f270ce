// The desktop window over a real engine: one page per function behind the sidebar, reached
// by mouse and keyboard; the gateway's address and state in the status bar and on the
// Settings page, following the engine when it stops. Closing to the tray (with its one-time
// hint), quitting, and the notice about a data key kept in a file instead of the keychain.
// With WAG_SCREENSHOT_DIR set, a populated gateway is photographed page by page
// (docs/gui-*.png).
#include "gui_test_support.h"

#include "notices/one_time_notices.h"

#include "accounts/api_key_service.h"

#include "events/inbound_pipeline.h"
#include "gui/desktop_shell.h"
#include "gui/instances_page.h"
#include "gui/log_page.h"
#include "gui/main_window.h"
#include "gui/settings_page.h"
#include "gui/test_send_panel.h"
#include "gui/webhooks_page.h"
#include "instances/instance_service.h"
#include "messaging/send_service.h"
#include "providers/simulator/simulator_provider.h"
#include "suppression/suppression_service.h"
#include "webhooks/webhook_service.h"

#include <QDir>
#include <QFrame>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
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

    void closingKeepsTheGatewayInTheTrayWithAOneTimeHint()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString hint = QLatin1String(OneTimeNotices::kTrayHint);
        {
            // The offscreen platform has no tray; Always builds it anyway, so that closing
            // behaves as on a desktop with one (the icon itself shows nowhere).
            DesktopShell shell(*engine, DesktopShell::Tray::Always);
            QVERIFY(shell.hasTray());
            QVERIFY(!QApplication::quitOnLastWindowClosed());
            MainWindow *window = shell.window();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            if (QWizard *wizard = window->setupWizard())
                wizard->reject();

            QVERIFY(!OneTimeNotices(engine->database(), engine->clock()).wasShown(hint));
            QVERIFY(window->close());
            QVERIFY(!window->isVisible());
            QVERIFY(engine->isServing()); // still running, behind the tray icon
            QCOMPARE(shell.notificationCount(), 1);
            QVERIFY2(shell.lastNotification().startsWith(QStringLiteral("WhatsApp Gateway is still running")),
                     qPrintable(shell.lastNotification()));
            QVERIFY(OneTimeNotices(engine->database(), engine->clock()).wasShown(hint));

            // Once: not at the next close.
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QVERIFY(window->close());
            QCOMPARE(shell.notificationCount(), 1);
        }
        QVERIFY(QApplication::quitOnLastWindowClosed()); // put back
        // Nor in the next session on the same data folder.
        DesktopShell again(*engine, DesktopShell::Tray::Always);
        if (QWizard *wizard = again.window()->setupWizard())
            wizard->reject();
        QVERIFY(QTest::qWaitForWindowExposed(again.window()));
        QVERIFY(again.window()->close());
        QCOMPARE(again.notificationCount(), 0);
        QVERIFY(engine->isServing());
    }

    void quitFromTheTrayStopsTheGateway()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        DesktopShell shell(*engine, DesktopShell::Tray::Always);
        if (QWizard *wizard = shell.window()->setupWizard())
            wizard->reject();
        QVERIFY(QTest::qWaitForWindowExposed(shell.window()));
        auto *quit = shell.window()->findChild<QAction *>(QStringLiteral("trayQuitAction"));
        QVERIFY(quit);
        // The application's event loop, as in main(): Quit ends it and stops the gateway on
        // the way out, even though the tray would keep a closed window's gateway running.
        QTimer::singleShot(0, quit, &QAction::trigger);
        QTimer hang; // a hang fails instead of blocking the suite
        hang.setSingleShot(true);
        connect(&hang, &QTimer::timeout, qApp, [] { QCoreApplication::exit(99); });
        hang.start(10'000);
        QCOMPARE(QApplication::exec(), 0);
        QVERIFY(!engine->isServing());
        // Quitting closes the window; that is no "still running" moment.
        QCOMPARE(shell.notificationCount(), 0);
    }

    void withoutATrayClosingQuits()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        DesktopShell shell(*engine, DesktopShell::Tray::Never);
        QVERIFY(!shell.hasTray());
        QVERIFY(QApplication::quitOnLastWindowClosed());
        if (QWizard *wizard = shell.window()->setupWizard())
            wizard->reject();
        QVERIFY(QTest::qWaitForWindowExposed(shell.window()));
        QTimer::singleShot(0, shell.window(), &QWidget::close);
        QTimer hang;
        hang.setSingleShot(true);
        connect(&hang, &QTimer::timeout, qApp, [] { QCoreApplication::exit(99); });
        hang.start(10'000);
        QCOMPARE(QApplication::exec(), 0);
        QVERIFY(!engine->isServing());
        QCOMPARE(shell.notificationCount(), 0);
    }

    void keychainNoticeSaysWhereTheKeyIs()
    {
        // No data key taken yet (the engine does not serve): nothing to say.
        {
            test::GuiEngine engine;
            const QString error = engine.open(false);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            MainWindow window(*engine);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!window.keychainNotice()->isVisible());
        }
        // Keychain switched off (the GUI tests' default): the key is in the file, and the
        // window says so and where.
        {
            test::GuiEngine engine;
            const QString error = engine.open();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            MainWindow window(*engine);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QFrame *notice = window.keychainNotice();
            auto *text = window.findChild<QLabel *>(QStringLiteral("keychainNoticeText"));
            QVERIFY(notice && text);
            QVERIFY(notice->isVisible());
            QVERIFY2(text->text().contains(QStringLiteral("switched off")), qPrintable(text->text()));
            const QString keyFile = QDir::toNativeSeparators(QDir(engine.path()).filePath(QStringLiteral("data.key")));
            QVERIFY2(text->text().contains(keyFile), qPrintable(text->text()));
            // Dismissed for this run: a refresh does not bring it back.
            QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dismissKeychainNotice")), Qt::LeftButton);
            QVERIFY(!notice->isVisible());
            window.refresh();
            QVERIFY(!notice->isVisible());
        }

        // The keychain is asked but does not answer (a session bus where nobody listens, as
        // with a locked or absent Secret Service): the fallback file, said plainly.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        QTemporaryDir nowhere;
        QVERIFY(nowhere.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(nowhere.filePath(QStringLiteral("no-bus"))));
        qunsetenv("WAG_DISABLE_KEYCHAIN");
        {
            test::GuiEngine engine;
            const QString error = engine.open(true, {{QStringLiteral("keychain"), QStringLiteral("auto")}});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(engine->dataKeyOrigin().fileReason, DataKeyResult::FileReason::KeychainUnavailable);
            MainWindow window(*engine);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *text = window.findChild<QLabel *>(QStringLiteral("keychainNoticeText"));
            QVERIFY(window.keychainNotice()->isVisible());
            QVERIFY2(text->text().contains(QStringLiteral("locked or not available")), qPrintable(text->text()));
            QVERIFY2(text->text().contains(QDir::toNativeSeparators(engine->dataKeyOrigin().keyFilePath)),
                     qPrintable(text->text()));
            QVERIFY(QFile::exists(engine->dataKeyOrigin().keyFilePath));
        }
        if (bus.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    }

    // With WAG_SCREENSHOT_DIR set, the README's pictures are taken last; without it nothing
    // runs and nothing is reported (no skipped test in every run).
    void cleanupTestCase()
    {
        const QByteArray shots = qgetenv("WAG_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            takeScreenshots(QDir(QString::fromLocal8Bit(shots)));
    }

private:
    // A populated gateway, photographed page by page (docs/gui-*.png).
    void takeScreenshots(const QDir &out)
    {
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
        // The GUI tests keep the data key in a file; the pictures show a usual desktop.
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dismissKeychainNotice")), Qt::LeftButton);
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

        // The linked instance's usage, and a test send's answer.
        InstancesPage *instances = window.instancesPage();
        window.showPage(MainWindow::Page::Instances);
        instances->selectInstance(desk.value().id);
        instances->showTab(InstancesPage::Tab::Usage);
        QTest::qWait(400);
        QVERIFY(window.grab().save(out.filePath(QStringLiteral("gui-instance-usage.png"))));
        instances->showTab(InstancesPage::Tab::TestSend);
        auto *panel = instances->findChild<TestSendPanel *>();
        QSignalSpy answered(panel, &TestSendPanel::answered);
        instances->findChild<QLineEdit *>(QStringLiteral("testSendPhone"))->setText(QStringLiteral("+14155552671"));
        instances->findChild<QPlainTextEdit *>(QStringLiteral("testSendText"))
            ->setPlainText(QStringLiteral("Your order 1042 is ready for pickup at the front desk."));
        QTest::mouseClick(instances->findChild<QPushButton *>(QStringLiteral("testSendButton")), Qt::LeftButton);
        QTRY_COMPARE(answered.size(), 1);
        QTest::qWait(200);
        QVERIFY(window.grab().save(out.filePath(QStringLiteral("gui-test-send.png"))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
