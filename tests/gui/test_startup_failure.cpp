// The dialog the window shows when its gateway cannot start: the reason as the log gives
// it, and advice for the cause (the address taken, e.g. by the installed service; another
// gateway on the data folder).
#include "gui/startup_failure.h"

#include <QMessageBox>
#include <QTest>

using namespace wag;

class TestStartupFailure : public QObject
{
    Q_OBJECT

private slots:
    void saysWhyAndWhatToDo()
    {
        const QString reason = QStringLiteral("cannot listen on 127.0.0.1:8480: The bound address is already in use");
        const auto taken = StartupFailure::box(StartupFailure::Cause::AddressTaken, reason);
        QCOMPARE(taken->icon(), QMessageBox::Critical);
        QCOMPARE(taken->windowTitle(), QStringLiteral("WhatsApp Gateway could not start"));
        QCOMPARE(taken->informativeText(), reason);
        QVERIFY2(taken->text().contains(QStringLiteral("systemctl disable --now whatsapp-gateway")),
                 qPrintable(taken->text()));
        QVERIFY(taken->text().contains(QStringLiteral("--listen")));

        const auto running = StartupFailure::box(StartupFailure::Cause::AlreadyRunning, QStringLiteral("locked"));
        QVERIFY(running->text().contains(QStringLiteral("already running")));
        QVERIFY(!running->text().contains(QStringLiteral("systemctl")));

        const auto other = StartupFailure::box(StartupFailure::Cause::Other, QStringLiteral("bad time zone"));
        QCOMPARE(other->informativeText(), QStringLiteral("bad time zone"));
        QVERIFY(other->text() != running->text() && other->text() != taken->text());
    }
};

QTEST_MAIN(TestStartupFailure)
#include "test_startup_failure.moc"
