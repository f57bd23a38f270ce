// The Instances page over a real engine with the simulator: create an instance from the
// window and see its QR code, let the simulated phone scan it and see the badge turn open,
// pause and resume, see a lost connection announced, and delete after confirming; restart
// it, read its usage and warm-up, and send a test message through the guard. Against a slow
// Evolution server, no button waits for the network.
#include "gui_test_support.h"

#include "fakes/fake_evolution_server.h"
#include "gui/desktop_shell.h"
#include "gui/instance_badge_delegate.h"
#include "gui/instance_usage_panel.h"
#include "gui/instances_page.h"
#include "gui/main_window.h"
#include "gui/qr_code_widget.h"
#include "gui/test_send_panel.h"
#include "instances/instance_service.h"
#include "logs/message_log_service.h"
#include "messaging/send_service.h"
#include "providers/evolution/evolution_provider.h"
#include "providers/simulator/simulator_provider.h"
#include "storage/message_store.h"
#include "suppression/suppression_service.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

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

    void restartComesBackOnTheSamePhone()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow window(*engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        InstancesPage *page = window.instancesPage();
        auto *list = page->findChild<QListWidget *>(QStringLiteral("instanceList"));
        auto *restart = page->findChild<QPushButton *>(QStringLiteral("restartInstance"));
        auto *phone = page->findChild<QLabel *>(QStringLiteral("linkedPhone"));
        auto *qr = page->findChild<QrCodeWidget *>(QStringLiteral("qrCode"));
        QVERIFY(restart && phone && qr);

        const auto created = engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(created.ok());
        const QString id = created.value().id;
        QTRY_VERIFY(!qr->qrText().isEmpty());
        // While linking, Restart gives a fresh QR code.
        QVERIFY(restart->isEnabled());
        const QString firstQr = qr->qrText();
        QTest::mouseClick(restart, Qt::LeftButton);
        QTRY_VERIFY(!qr->qrText().isEmpty() && qr->qrText() != firstQr);

        QVERIFY(engine->simulator()->scan(id).ok());
        QTRY_VERIFY(badgesOf(list, QStringLiteral("front-desk")).contains(QStringLiteral("open")));
        const QString linked = engine->instances().find(id)->linkedPhone;
        QTRY_COMPARE(phone->text(), linked);
        const QDateTime linkedAt = engine->instances().find(id)->linkedAt;

        // Linked: connecting for a moment, then open again on the same phone, no scan.
        QSignalSpy states(&engine->instances(), &InstanceService::stateChanged);
        QTest::mouseClick(restart, Qt::LeftButton);
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.first().at(1).value<InstanceState>(), InstanceState::Connecting);
        QTRY_VERIFY(badgesOf(list, QStringLiteral("front-desk")).contains(QStringLiteral("open")));
        QCOMPARE(states.last().at(1).value<InstanceState>(), InstanceState::Open);
        QCOMPARE(phone->text(), linked);
        QCOMPARE(engine->instances().find(id)->linkedAt, linkedAt);
        QVERIFY(qr->qrText().isEmpty());
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("instanceActionError"))->isVisible());

        // Closed: nothing to restart, so the button is off.
        QVERIFY(engine->instances().logout(id).ok());
        QTRY_VERIFY(!restart->isEnabled());
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("connectInstance"))->isEnabled());
    }

    void usageAndTestSendGoThroughTheGuard()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow window(*engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        InstancesPage *page = window.instancesPage();
        const auto created = engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(created.ok());
        const QString id = created.value().id;
        QVERIFY(engine->simulator()->scan(id).ok());
        QTRY_COMPARE(engine->instances().find(id)->state, InstanceState::Open);
        page->selectInstance(id);

        // Limits and usage: nothing sent yet, first day of the warm-up (20, the default).
        page->showTab(InstancesPage::Tab::Usage);
        auto *today = page->findChild<QLabel *>(QStringLiteral("usageToday"));
        auto *month = page->findChild<QLabel *>(QStringLiteral("usageMonth"));
        auto *warmUp = page->findChild<QLabel *>(QStringLiteral("warmUpStatus"));
        auto *dayReset = page->findChild<QLabel *>(QStringLiteral("usageDayReset"));
        auto *notice = page->findChild<QLabel *>(QStringLiteral("usageNotice"));
        QVERIFY(today && month && warmUp && dayReset && notice);
        QTRY_VERIFY2(today->text().startsWith(QStringLiteral("0 of 20 (")), qPrintable(today->text()));
        QVERIFY2(today->text().contains(QStringLiteral("warm-up")), qPrintable(today->text()));
        QCOMPARE(month->text(), QStringLiteral("0 of 10,000"));
        QVERIFY2(warmUp->text().startsWith(QStringLiteral("day 1 of 14")), qPrintable(warmUp->text()));
        const UsageReport report = engine->sends()->usage(id).value();
        QVERIFY2(dayReset->text().contains(QString::fromUtf8(report.timeZone.id())), qPrintable(dayReset->text()));
        QVERIFY(!notice->isVisible());

        // A test send: the button waits for the answer, the answer says sent, the log has it.
        page->showTab(InstancesPage::Tab::TestSend);
        auto *panel = page->findChild<TestSendPanel *>();
        auto *to = page->findChild<QLineEdit *>(QStringLiteral("testSendPhone"));
        auto *purpose = page->findChild<QComboBox *>(QStringLiteral("testSendPurpose"));
        auto *text = page->findChild<QPlainTextEdit *>(QStringLiteral("testSendText"));
        auto *send = page->findChild<QPushButton *>(QStringLiteral("testSendButton"));
        auto *result = page->findChild<QLabel *>(QStringLiteral("testSendResult"));
        QVERIFY(panel && to && purpose && text && send && result);
        QCOMPARE(purpose->count(), 5);
        QCOMPARE(purpose->currentData().toString(), QStringLiteral("support"));
        for (QWidget *w : {static_cast<QWidget *>(to), static_cast<QWidget *>(purpose), static_cast<QWidget *>(text)})
            QVERIFY(!w->accessibleName().isEmpty());
        // Tab order: recipient → purpose → text → Send.
        QCOMPARE(to->nextInFocusChain(), static_cast<QWidget *>(purpose));
        QVERIFY(text->tabChangesFocus());
        QTest::keyClicks(to, QStringLiteral("+14155552671"));
        text->setPlainText(QStringLiteral("Your order 1042 is ready for pickup."));
        QSignalSpy answered(panel, &TestSendPanel::answered);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(!send->isEnabled()); // in flight
        QVERIFY(panel->isSending());
        QTRY_COMPARE(answered.size(), 1);
        QVERIFY2(result->text().startsWith(QStringLiteral("Sent")), qPrintable(result->text()));
        QVERIFY(send->isEnabled());
        const QList<MessageRecord> logged = engine->messageLog().page({}).records;
        QVERIFY(!logged.isEmpty());
        QCOMPARE(logged.first().phone, QStringLiteral("+14155552671"));
        QCOMPARE(logged.first().purpose, QStringLiteral("support"));
        QCOMPARE(logged.first().apiKeyPrefix, QStringLiteral("desktop"));
        QVERIFY(!logged.first().apiKeyId);
        QVERIFY2(result->text().contains(logged.first().messageId), qPrintable(result->text()));
        // The usage tab follows the send, without being asked.
        QTRY_VERIFY2(today->text().startsWith(QStringLiteral("1 of 20 (")), qPrintable(today->text()));

        // The next one waits its turn in the pacing queue.
        to->clear();
        QTest::keyClicks(to, QStringLiteral("+14155552672"));
        purpose->setCurrentIndex(purpose->findData(QStringLiteral("transactional")));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE(answered.size(), 2);
        QVERIFY2(result->text().startsWith(QStringLiteral("Queued")), qPrintable(result->text()));
        QTRY_VERIFY2(today->text().startsWith(QStringLiteral("2 of 20 (")), qPrintable(today->text()));

        // Refusals carry the guard's code and message: a suppressed recipient…
        QVERIFY(engine->suppressions().suppress(QStringLiteral("+14155552673"), QStringLiteral("asked by phone"),
                                                QStringLiteral("test")).ok());
        to->clear();
        QTest::keyClicks(to, QStringLiteral("+14155552673"));
        QTest::keyClick(to, Qt::Key_Return); // Enter in the number sends too
        QTRY_COMPARE(answered.size(), 3);
        QVERIFY2(result->text().startsWith(QStringLiteral("Refused (recipient_suppressed)")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("opted out or was suppressed")), qPrintable(result->text()));

        // …and a daily limit reached: new limits show at once, with the notice…
        page->showTab(InstancesPage::Tab::Usage);
        QVERIFY(engine->instances().setLimits(id, 2, 1000).ok());
        QTRY_COMPARE(today->text(), QStringLiteral("2 of 2")); // below the warm-up cap: no note
        QCOMPARE(month->text(), QStringLiteral("2 of 1,000"));
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("daily_limit_reached")), qPrintable(notice->text()));
        // …and the guard refuses the next send with that code.
        page->showTab(InstancesPage::Tab::TestSend);
        to->clear();
        QTest::keyClicks(to, QStringLiteral("+14155552674"));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE(answered.size(), 4);
        QVERIFY2(result->text().startsWith(QStringLiteral("Refused (daily_limit_reached)")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("2 messages today")), qPrintable(result->text()));

        // A field the API would refuse is refused the same way: an empty text.
        text->clear();
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE(answered.size(), 5);
        QVERIFY2(result->text().startsWith(QStringLiteral("Refused (validation_error)")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("message")), qPrintable(result->text()));
    }

    void noButtonWaitsForASlowProvider()
    {
        // Evolution answering every call 1.5 s late: the page's buttons return at once and
        // the state follows when the answers come.
        test::FakeEvolutionServer evolution;
        QVERIFY(evolution.listen());
        test::GuiEngine engine;
        const QString error = engine.open(true, {{QStringLiteral("provider"), QStringLiteral("evolution")},
                                                 {QStringLiteral("provider_url"), evolution.baseUrl()},
                                                 {QStringLiteral("provider_key"), QString::fromLatin1(evolution.globalKey())}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(engine->evolution());
        evolution.setSlow(1500);
        MainWindow window(*engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        InstancesPage *page = window.instancesPage();
        auto *list = page->findChild<QListWidget *>(QStringLiteral("instanceList"));
        auto *name = page->findChild<QLineEdit *>(QStringLiteral("newInstanceName"));
        // No clock: a window that waited for Evolution (even in a nested event loop) would
        // have handled its answer before the click returned. So right after each click, what
        // that answer brings must still be missing, and it must arrive afterwards.
        QTest::keyClicks(name, QStringLiteral("front-desk"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(list->count(), 1);
        const QString id = page->selectedInstanceId();
        QVERIFY(engine->instances().qrText(id).isEmpty()); // create and connect still unanswered
        // The QR code comes when Evolution answers (create, then connect).
        QTRY_VERIFY_WITH_TIMEOUT(!engine->instances().qrText(id).isEmpty(), 15000);
        const QString evolutionName = engine->evolution()->evolutionName(id);
        evolution.scan(evolutionName, QStringLiteral("5511999990000"));
        QTRY_VERIFY_WITH_TIMEOUT(badgesOf(list, QStringLiteral("front-desk")).contains(QStringLiteral("open")), 15000);

        for (const char *button : {"restartInstance", "logoutInstance"}) {
            auto *b = page->findChild<QPushButton *>(QLatin1String(button));
            QTRY_VERIFY_WITH_TIMEOUT(b->isEnabled(), 15000);
            const qsizetype before = evolution.requests().size();
            const InstanceState stateBefore = engine->instances().find(id)->state;
            QTest::mouseClick(b, Qt::LeftButton);
            QCOMPARE(engine->instances().find(id)->state, stateBefore); // not yet answered
            QVERIFY(!page->findChild<QLabel *>(QStringLiteral("instanceActionError"))->isVisible());
            QVERIFY2(evolution.waitFor([&] { return evolution.requests().size() > before; }, 15000), button);
        }
        QTRY_VERIFY_WITH_TIMEOUT(badgesOf(list, QStringLiteral("front-desk")).contains(QStringLiteral("close")), 15000);
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
