// The first-run wizard over a real engine with the simulator: a fresh data folder makes
// the shell offer it; Demo → first admin → first instance shows the QR code, Simulate scan
// turns it open, and the user and instance exist in the services afterwards. Bad input
// keeps the page with a visible error; testing an Evolution server on a closed port says
// "unreachable" without freezing the window. With WAG_SCREENSHOT_DIR set, it also saves
// docs/gui-wizard.png.
#include "gui_test_support.h"

#include "fakes/fake_evolution_server.h"

#include "accounts/user_service.h"
#include "gui/desktop_shell.h"
#include "gui/first_run_wizard.h"
#include "gui/main_window.h"
#include "gui/qr_code_widget.h"
#include "instances/instance_service.h"
#include "providers/evolution/evolution_secrets.h"
#include "settings/settings_registry.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QRadioButton>
#include <QTcpServer>

using namespace wag;

class TestFirstRunWizard : public QObject
{
    Q_OBJECT

    template<typename T>
    static T *child(QWidget *root, const char *name)
    {
        return root->findChild<T *>(QLatin1String(name));
    }

    static void type(QWidget *root, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(root, name);
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void next(QWizard *wizard) { wizard->button(QWizard::NextButton)->click(); }

private slots:
    void demoUserInstanceQrAndScan()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(FirstRunWizard::isNeeded(*engine));
        DesktopShell shell(*engine);
        FirstRunWizard *wizard = shell.window()->setupWizard();
        QVERIFY2(wizard, "a fresh data folder offers the wizard");
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::ProviderPageId));

        // 1. Demo.
        auto *demo = child<QRadioButton>(wizard, "providerDemo");
        QVERIFY(demo && demo->isChecked());
        QVERIFY(!demo->accessibleName().isEmpty() || !demo->text().isEmpty());
        next(wizard);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::UserPageId));
        QCOMPARE(engine->settings().text(settings::kProvider), QStringLiteral("simulator"));

        // 2. Mismatched passwords, then a short one: the page stays, with the error shown.
        auto *userError = child<QLabel>(wizard, "userError");
        QVERIFY(userError && !userError->isVisible());
        type(wizard, "userName", QStringLiteral("admin"));
        type(wizard, "userPassword", QStringLiteral("correct horse battery"));
        type(wizard, "userPasswordConfirm", QStringLiteral("correct horse battery!"));
        next(wizard);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::UserPageId));
        QVERIFY(userError->isVisible());
        QVERIFY(userError->text().contains(QStringLiteral("do not match")));
        QCOMPARE(engine->users().count(), 0);
        type(wizard, "userPassword", QStringLiteral("short"));
        type(wizard, "userPasswordConfirm", QStringLiteral("short"));
        next(wizard);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::UserPageId));
        QVERIFY(userError->text().contains(QStringLiteral("at least")));
        type(wizard, "userPassword", QStringLiteral("correct horse battery"));
        type(wizard, "userPasswordConfirm", QStringLiteral("correct horse battery"));
        next(wizard);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::InstancePageId));
        QCOMPARE(engine->users().count(), 1);
        QVERIFY(engine->users().authenticate(QStringLiteral("admin"), QStringLiteral("correct horse battery")).ok());

        // 3. A bad instance name stays on the page; a good one is created.
        auto *instanceError = child<QLabel>(wizard, "instanceError");
        type(wizard, "instanceName", QStringLiteral("Front Desk!"));
        next(wizard);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::InstancePageId));
        QVERIFY(instanceError->isVisible());
        QVERIFY(instanceError->text().contains(QStringLiteral("not a valid instance name")));
        QVERIFY(engine->instances().list().isEmpty());
        type(wizard, "instanceName", QStringLiteral("front-desk"));
        next(wizard);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::QrPageId));
        const auto instance = engine->instances().find(QStringLiteral("front-desk"));
        QVERIFY(instance);
        QCOMPARE(wizard->instanceId(), instance->id);

        // 4. The QR code appears by itself; Simulate scan turns the instance open.
        auto *qr = child<QrCodeWidget>(wizard, "wizardQr");
        QVERIFY(qr);
        QTRY_VERIFY(!qr->qrText().isEmpty());
        QTRY_VERIFY(!qr->renderedImage().isNull());
        auto *scan = child<QPushButton>(wizard, "simulateScan");
        QVERIFY(scan && scan->isVisible());
        QTRY_VERIFY(scan->isEnabled());
        scan->click();
        auto *state = child<QLabel>(wizard, "qrState");
        QTRY_VERIFY(state->text().startsWith(QStringLiteral("Open")));
        QTRY_COMPARE(engine->instances().find(instance->id)->state, InstanceState::Open);
        QVERIFY(qr->qrText().isEmpty());

        const QByteArray shots = qgetenv("WAG_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            // The newcomer's view: the QR code still waiting for its scan.
            const auto second = engine->instances().create(QStringLiteral("branch-office"));
            QVERIFY(second.ok());
            wizard->setInstanceId(second.value().id);
            wizard->setStartId(FirstRunWizard::QrPageId);
            wizard->restart();
            QTRY_VERIFY(!qr->qrText().isEmpty());
            QTest::qWait(100);
            QVERIFY(wizard->grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("gui-wizard.png"))));
        }

        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(!FirstRunWizard::isNeeded(*engine));
    }

    void notOfferedOnceSetUpButReachableFromFileMenu()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(engine->users().createUser(QStringLiteral("admin"), QStringLiteral("admin"),
                                           QStringLiteral("correct horse battery")).ok());
        QVERIFY(!FirstRunWizard::isNeeded(*engine));
        DesktopShell shell(*engine);
        QVERIFY(!shell.window()->setupWizard());
        auto *action = shell.window()->findChild<QAction *>(QStringLiteral("setUpAction"));
        QVERIFY(action);
        QVERIFY(action->text().startsWith(QStringLiteral("&Set up")));
        action->trigger();
        QVERIFY(shell.window()->setupWizard());
        QVERIFY(QTest::qWaitForWindowExposed(shell.window()->setupWizard()));
    }

    void evolutionTestAgainstClosedPortIsUnreachable()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        FirstRunWizard wizard(*engine);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();

        child<QRadioButton>(&wizard, "providerEvolution")->click();
        auto *restartNote = child<QLabel>(&wizard, "restartNote");
        QVERIFY(restartNote->isVisible());
        type(&wizard, "providerUrl", QStringLiteral("http://127.0.0.1:%1").arg(port));
        type(&wizard, "providerKey", QStringLiteral("some-key"));

        // Next before a successful test: refused, with the reason shown.
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ProviderPageId));
        QVERIFY(child<QLabel>(&wizard, "providerError")->isVisible());

        auto *test = child<QPushButton>(&wizard, "testConnection");
        auto *result = child<QLabel>(&wizard, "connectionResult");
        test->click();
        // The click returned at once: the call runs in the background.
        QCOMPARE(result->text(), QStringLiteral("Testing…"));
        QVERIFY(!test->isEnabled());
        QTRY_VERIFY(result->text().startsWith(QStringLiteral("Unreachable")));
        QVERIFY(test->isEnabled());
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ProviderPageId));
        QCOMPARE(engine->settings().text(settings::kProvider), QStringLiteral("simulator"));
    }

    void evolutionWrongKeyThenReachableIsSaved()
    {
        test::FakeEvolutionServer evolution;
        QVERIFY(evolution.listen());
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        FirstRunWizard wizard(*engine);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        child<QRadioButton>(&wizard, "providerEvolution")->click();
        type(&wizard, "providerUrl", evolution.baseUrl());
        type(&wizard, "providerKey", QStringLiteral("not-the-key"));
        auto *test = child<QPushButton>(&wizard, "testConnection");
        auto *result = child<QLabel>(&wizard, "connectionResult");
        test->click();
        QTRY_VERIFY(result->text().startsWith(QStringLiteral("Wrong key")));
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ProviderPageId));

        type(&wizard, "providerKey", QString::fromUtf8(evolution.globalKey()));
        test->click();
        QTRY_VERIFY(result->text().startsWith(QStringLiteral("Reachable")));
        next(&wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::UserPageId));
        QVERIFY(wizard.restartNeeded());
        QCOMPARE(engine->settings().text(settings::kProvider), QStringLiteral("evolution"));
        QCOMPARE(engine->settings().text(settings::kProviderUrl), evolution.baseUrl());
        // Sealed in the secrets table like --provider-key, never in the settings.
        QVERIFY(engine->secrets());
        QCOMPARE(evolution::loadApiKey(engine->database(), *engine->secrets()).value_or(QByteArray()),
                 evolution.globalKey());
        QVERIFY(engine->settings().text(settings::kProviderKey).isEmpty());
    }
};

QTEST_MAIN(TestFirstRunWizard)
#include "test_first_run_wizard.moc"
