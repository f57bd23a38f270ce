// The API keys page: a key created in the window works, is shown exactly once (in its
// dialog, nowhere else, not after the dialog closes), is listed by prefix with its scope,
// and is refused once revoked (after a confirmation).
#include "gui_test_support.h"

#include "accounts/api_key_service.h"
#include "gui/api_keys_page.h"
#include "gui/main_window.h"
#include "gui/secret_once_dialog.h"
#include "instances/instance_service.h"

#include <QClipboard>
#include <QListWidget>
#include <QPushButton>

using namespace wag;

class TestApiKeysPage : public QObject
{
    Q_OBJECT

private slots:
    void createShownOnceAndRevoke()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(engine->instances().create(QStringLiteral("front-desk")).ok());
        QVERIFY(engine->instances().create(QStringLiteral("back-office")).ok());
        MainWindow window(*engine);
        window.show();
        window.showPage(MainWindow::Page::ApiKeys);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ApiKeysPage *page = window.apiKeysPage();
        auto *name = page->findChild<QLineEdit *>(QStringLiteral("apiKeyName"));
        auto *scope = page->findChild<QListWidget *>(QStringLiteral("apiKeyScope"));
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("apiKeyTable"));
        QVERIFY(name && scope && table);
        QCOMPARE(scope->count(), 2);
        QCOMPARE(table->rowCount(), 0);

        // Scope: only front-desk.
        for (int row = 0; row < scope->count(); ++row)
            if (scope->item(row)->text() == u"front-desk")
                scope->item(row)->setCheckState(Qt::Checked);
        QTest::keyClicks(name, QStringLiteral("crm"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("createApiKey")), Qt::LeftButton);

        SecretOnceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<SecretOnceDialog *>()));
        QVERIFY(dialog->isVisible());
        const QString key = dialog->findChild<QLineEdit *>(QStringLiteral("secretField"))->text();
        QVERIFY(key.startsWith(QStringLiteral("wg_live_")));
        const ApiKeyCheck check = engine->apiKeys().authenticate(key);
        QVERIFY(check.isValid());
        QCOMPARE(check.record.instanceIds, QStringList{engine->instances().find(QStringLiteral("front-desk"))->id});

        // Copy puts it on the clipboard.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copySecret")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), key);
        QGuiApplication::clipboard()->clear();

        // Exactly once: in the dialog only, and gone with it.
        int shown = 0;
        for (const QString &text : test::visibleTexts(&window))
            shown += text.contains(key) ? 1 : 0;
        QCOMPARE(shown, 1);
        dialog->close();
        QTRY_VERIFY(!page->findChild<SecretOnceDialog *>());
        QVERIFY(!test::anyTextContains(&window, key));

        // Listed by prefix, name and scope; never used yet.
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(key.startsWith(table->item(0, 0)->data(Qt::UserRole).toString()));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("crm"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("front-desk"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("never"));
        QVERIFY(table->item(0, 5)->text().isEmpty());

        // Revoke asks first; after Yes the key is refused.
        auto *revoke = page->findChild<QPushButton *>(QStringLiteral("revokeApiKey"));
        table->selectRow(0);
        QVERIFY(revoke->isEnabled());
        test::answerNextMessageBox(QMessageBox::No);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(engine->apiKeys().authenticate(key).isValid());
        table->selectRow(0);
        test::answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QCOMPARE(engine->apiKeys().authenticate(key).status, ApiKeyStatus::Revoked);
        QVERIFY(!table->item(0, 5)->text().isEmpty());
    }

    void aNameIsRequired()
    {
        test::GuiEngine engine;
        const QString error = engine.open(false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ApiKeysPage page(*engine);
        page.show();
        page.createKey();
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("apiKeyMessage"))->text().contains(QStringLiteral("name")));
        QVERIFY(!page.findChild<SecretOnceDialog *>());
        QVERIFY(engine->apiKeys().list().isEmpty());
    }
};

QTEST_MAIN(TestApiKeysPage)
#include "test_api_keys_page.moc"
