// The Instances page over a real engine with the simulator: create an instance from the
// window and see its QR code, let the simulated phone scan it and see the badge turn open,
// pause and resume, see a lost connection announced, and delete after confirming.
#include "gui_test_support.h"

#include "gui/desktop_shell.h"
#include "gui/instance_badge_delegate.h"
#include "gui/instances_page.h"
#include "gui/main_window.h"
#include "gui/qr_code_widget.h"
#include "instances/instance_service.h"
#include "providers/simulator/simulator_provider.h"

#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace wag;

class TestInstancesPage : public QObject
{
    Q_OBJECT

    static QStringList badgesOf(QListWidget *list, const QString &name)
    {
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->text() == name)
                return list->item(row)->data(InstanceBadgesRole).toStringList();
        return {};
    }

private slots:
    void createScanPauseDelete()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        DesktopShell shell(*engine);
        MainWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->currentPage(), MainWindow::Page::Instances);
        InstancesPage *page = window->instancesPage();
        auto *list = page->findChild<QListWidget *>(QStringLiteral("instanceList"));
        auto *name = page->findChild<QLineEdit *>(QStringLiteral("newInstanceName"));
        auto *create = page->findChild<QPushButton *>(QStringLiteral("createInstance"));
        auto *createError = page->findChild<QLabel *>(QStringLiteral("createInstanceError"));
        auto *qr = page->findChild<QrCodeWidget *>(QStringLiteral("qrCode"));
        QVERIFY(list && name && create && createError && qr);
        QCOMPARE(list->count(), 0);

        // A name the service refuses is explained next to the field; nothing is created.
        QTest::keyClicks(name, QStringLiteral("Front Desk"));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(createError->isVisible());
        QVERIFY(createError->text().contains(QStringLiteral("lower-case")));
        QCOMPARE(list->count(), 0);

        name->clear();
        QTest::keyClicks(name, QStringLiteral("front-desk"));
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(!createError->isVisible());
        QVERIFY(name->text().isEmpty());
        const auto instance = engine->instances().find(QStringLiteral("front-desk"));
        QVERIFY(instance);
        QCOMPARE(page->selectedInstanceId(), instance->id);

        // Connecting: a badge says so, and the QR code is drawn, crisp (whole pixels per
        // module, at least 4) and large.
        QTRY_VERIFY(badgesOf(list, QStringLiteral("front-desk")).contains(QStringLiteral("connecting")));
        QVERIFY(badgesOf(list, QStringLiteral("front-desk")).contains(QStringLiteral("demo")));
        QTRY_VERIFY(!qr->qrText().isEmpty());
        QCOMPARE(qr->qrText(), engine->instances().qrText(instance->id));
        qr->repaint();
        QVERIFY(!qr->renderedImage().isNull());
        QVERIFY(qr->renderedImage().width() >= 240);

        // The simulated phone scans it: open, linked, no QR code any more.
        QVERIFY(engine->simulator()->scan(instance->id).ok());
        QTRY_VERIFY(badgesOf(list, QStringLiteral("front-desk")).contains(QStringLiteral("open")));
        QTRY_VERIFY(qr->qrText().isEmpty());
        auto *phone = page->findChild<QLabel *>(QStringLiteral("linkedPhone"));
        QTRY_COMPARE(phone->text(), engine->simulator()->phoneFor(instance->id));

        // Pause (with a reason) and resume.
        auto *pause = page->findChild<QPushButton *>(QStringLiteral("pauseInstance"));
        auto *resume = page->findChild<QPushButton *>(QStringLiteral("resumeInstance"));
        QVERIFY(pause->isEnabled() && !resume->isEnabled());
        QTimer::singleShot(50, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("checking the list"));
            dialog->accept();
        });
        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_VERIFY(badgesOf(list, QStringLiteral("front-desk")).contains(QStringLiteral("paused")));
        QCOMPARE(engine->instances().pausedReason(instance->id), QStringLiteral("checking the list"));
        QTRY_VERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY(!badgesOf(list, QStringLiteral("front-desk")).contains(QStringLiteral("paused")));

        // The phone goes offline: the badge says closed and the tray tells the admin.
        QVERIFY(engine->simulator()->disconnect(instance->id).ok());
        QTRY_VERIFY(badgesOf(list, QStringLiteral("front-desk")).contains(QStringLiteral("close")));
        QTRY_VERIFY(shell.lastNotification().contains(QStringLiteral("front-desk lost its connection")));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("connectInstance"))->isEnabled());
        // And the provider's reason is shown with it.
        QTRY_COMPARE(page->findChild<QLabel *>(QStringLiteral("stateReason"))->text(), QStringLiteral("connection_lost"));

        // Delete asks first; No keeps it, Yes removes it.
        auto *remove = page->findChild<QPushButton *>(QStringLiteral("deleteInstance"));
        test::answerNextMessageBox(QMessageBox::No);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        test::answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(list->count(), 0);
        QVERIFY(!engine->instances().find(QStringLiteral("front-desk")));
    }

    void qrCodeFollowsTheProvider()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow window(*engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Made elsewhere (an admin command, the portal): the page follows the service.
        const auto created = engine->instances().create(QStringLiteral("branch-two"));
        QVERIFY(created.ok());
        auto *qr = window.instancesPage()->findChild<QrCodeWidget *>(QStringLiteral("qrCode"));
        QTRY_VERIFY(!qr->qrText().isEmpty());
        // Logging out and connecting again gives a fresh code, shown without a click.
        QVERIFY(engine->simulator()->scan(created.value().id).ok());
        QTRY_VERIFY(qr->qrText().isEmpty());
        QVERIFY(engine->instances().logout(created.value().id).ok());
        QTRY_COMPARE(engine->instances().find(created.value().id)->state, InstanceState::Close);
        QVERIFY(engine->instances().connect(created.value().id).ok());
        QTRY_VERIFY(!qr->qrText().isEmpty());
        QCOMPARE(qr->qrText(), engine->instances().qrText(created.value().id));
    }
};

QTEST_MAIN(TestInstancesPage)
#include "test_instances_page.moc"
