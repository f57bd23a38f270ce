// The desktop window over a real engine: it shows where the gateway listens and its state,
// and follows the engine when it stops. Set WAG_SCREENSHOT_DIR to save a picture of it.
#include "engine.h"
#include "gui/desktop_shell.h"
#include "gui/main_window.h"
#include "instances/instance_service.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace wag;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QStringList labelTexts(QWidget *window)
    {
        QStringList texts;
        for (QLabel *label : window->findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }

private slots:
    void showsAddressAndStateAndFollowsTheEngine()
    {
        qputenv("WAG_KEYCHAIN", "off");
        QTemporaryDir dir;
        Engine::Config config;
        config.dataDir = dir.path();
        QVERIFY(config.settings.set(Settings::Layer::CommandLine, QStringLiteral("listen"), QStringLiteral("127.0.0.1:0")).ok());
        QVERIFY(config.settings.set(Settings::Layer::CommandLine, QStringLiteral("keychain"), QStringLiteral("off")).ok());
        auto opened = Engine::open(std::move(config));
        QVERIFY2(opened.ok(), qPrintable(opened.failure().message));
        Engine &engine = *opened.value();
        QVERIFY(engine.serve().ok());

        DesktopShell shell(engine);
        MainWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->windowTitle().contains(QStringLiteral("WhatsApp Gateway")));
        const QString url = engine.baseUrl();
        QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(labelTexts(window).contains(url));
        QVERIFY(labelTexts(window).contains(QStringLiteral("Running")));
        QVERIFY(labelTexts(window).contains(dir.path()));

        // A new instance (as the admin command would make it) shows up without a restart.
        QVERIFY(labelTexts(window).contains(QStringLiteral("0")));
        QVERIFY(engine.instances().create(QStringLiteral("front-desk"), QStringLiteral("simulator")).ok());
        QTRY_VERIFY(labelTexts(window).contains(QStringLiteral("1")));

        const QByteArray shots = qgetenv("WAG_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            window->resize(640, 360);
            QTest::qWait(100);
            QVERIFY(window->grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("main-window.png"))));
        }

        engine.stop();
        QTRY_VERIFY(labelTexts(window).contains(QStringLiteral("Stopped")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
