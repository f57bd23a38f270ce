// The Webhooks page: add a destination through the dialog (the recommended events come
// preselected) and see its signing secret exactly once; rotate (confirmed, shown once
// again); disable and enable; a destination the gateway disabled by itself raises the
// page's banner and a desktop notification; remove after confirming.
#include "gui_test_support.h"

#include "events/event_types.h"
#include "gui/desktop_shell.h"
#include "gui/main_window.h"
#include "gui/secret_once_dialog.h"
#include "gui/webhook_destination_dialog.h"
#include "gui/webhooks_page.h"
#include "instances/instance_service.h"
#include "webhooks/webhook_service.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>

using namespace wag;

class TestWebhooksPage : public QObject
{
    Q_OBJECT

    static QString takeSecret(QWidget *page)
    {
        SecretOnceDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = page->findChild<SecretOnceDialog *>()) != nullptr; }))
            return {};
        const QString secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretField"))->text();
        dialog->close();
        // Still around after closing would mean the secret stays readable.
        if (!QTest::qWaitFor([&] { return page->findChild<SecretOnceDialog *>() == nullptr; }))
            return {};
        return secret;
    }

private slots:
    void addRotateDisableRemove()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(engine->instances().create(QStringLiteral("front-desk")).ok());
        DesktopShell shell(*engine);
        MainWindow *window = shell.window();
        window->showPage(MainWindow::Page::Webhooks);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        WebhooksPage *page = window->webhooksPage();
        auto *destinations = page->findChild<QTableWidget *>(QStringLiteral("webhookDestinations"));
        QCOMPARE(destinations->rowCount(), 0);

        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addWebhook")), Qt::LeftButton);
        WebhookDestinationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<WebhookDestinationDialog *>()));
        for (const QString &event : event_types::all()) {
            auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("event:") + event);
            QVERIFY(box);
            QCOMPARE(box->isChecked(), event_types::recommended().contains(event));
        }
        // A URL the service refuses keeps the dialog open with the reason.
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("webhookUrl"));
        QTest::keyClicks(url, QStringLiteral("ftp://crm.example/hook"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("webhookDialogError"))->text().isEmpty());
        url->clear();
        QTest::keyClicks(url, QStringLiteral("http://10.20.30.40:8080/hook"));
        dialog->findChild<QCheckBox *>(QStringLiteral("event:instance.connected"))->setChecked(true);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        const QString secret = takeSecret(page);
        QVERIFY(secret.startsWith(QStringLiteral("whsec_")));
        QVERIFY(!test::anyTextContains(window, secret)); // once: gone with its dialog
        QTRY_COMPARE(destinations->rowCount(), 1);
        QCOMPARE(destinations->item(0, 0)->text(), QStringLiteral("http://10.20.30.40:8080/hook"));
        QVERIFY(destinations->item(0, 3)->text().contains(QStringLiteral("instance.connected")));
        const QString id = page->selectedDestinationId();
        QVERIFY(!id.isEmpty());
        const auto signing = engine->webhooks().signingSecrets(*engine->webhooks().find(id), QDateTime::currentDateTimeUtc());
        QVERIFY(signing.ok());
        QCOMPARE(signing.value().first(), secret);

        // Rotate: confirmed, then the new secret once.
        test::answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("rotateWebhookSecret")), Qt::LeftButton);
        const QString rotated = takeSecret(page);
        QVERIFY(rotated.startsWith(QStringLiteral("whsec_")));
        QVERIFY(rotated != secret);

        // Disable by hand and enable again.
        auto *toggle = page->findChild<QPushButton *>(QStringLiteral("toggleWebhook"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY(!engine->webhooks().find(id)->enabled);
        QTRY_VERIFY(destinations->item(0, 1)->text().contains(QStringLiteral("disabled")));
        destinations->selectRow(0);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY(engine->webhooks().find(id)->enabled);

        // The gateway disables it by itself (the receiver said 410): banner and notification.
        auto *banner = page->findChild<QLabel *>(QStringLiteral("webhookBanner"));
        QVERIFY(!banner->isVisible());
        engine->webhooks().reportDisabled(id, engine->instances().find(QStringLiteral("front-desk"))->id, QStringLiteral("gone"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("http://10.20.30.40:8080/hook")));
        QVERIFY(shell.lastNotification().contains(QStringLiteral("disabled")));

        // Remove asks first.
        destinations->selectRow(0);
        test::answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("removeWebhook")), Qt::LeftButton);
        QTRY_COMPARE(destinations->rowCount(), 0);
        QVERIFY(!engine->webhooks().find(id));
    }

    void testEventIsQueued()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(engine->instances().create(QStringLiteral("front-desk")).ok());
        const auto added = engine->webhooks().add(QStringLiteral("front-desk"), QStringLiteral("http://10.20.30.40:8080/hook"), {});
        QVERIFY(added.ok());
        WebhooksPage page(*engine);
        page.show();
        QTRY_VERIFY(!page.selectedDestinationId().isEmpty());
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("testWebhook")), Qt::LeftButton);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("webhookMessage"))->text().contains(QStringLiteral("evt_")));
        QVERIFY(engine->webhooks().pendingCount(added.value().record.id) >= 0);
    }
};

QTEST_MAIN(TestWebhooksPage)
#include "test_webhooks_page.moc"
