// The Settings page edits settings through the settings service and users through the user
// service: a saved value is in effect in the running engine (or says it waits for a
// restart), a refused one shows its error and changes nothing, an overridden one cannot be
// edited, the provider key is stored sealed and never shown, and the last admin stays.
// With WAG_SCREENSHOT_DIR set, it also saves a picture of each tab (settings-<n>.png).
#include "gui_test_support.h"

#include "accounts/user_service.h"
#include "gui/password_dialog.h"
#include "gui/provider_key_editor.h"
#include "gui/setting_editor.h"
#include "gui/settings_page.h"
#include "gui/settings_section_box.h"
#include "gui/users_panel.h"
#include "instances/instance_service.h"
#include "messaging/send_service.h"
#include "providers/evolution/evolution_secrets.h"
#include "settings/settings_registry.h"
#include "settings/settings_service.h"
#include "storage/secret_store.h"
#include "storage/settings_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

#include <functional>

using namespace wag;

namespace {

template<typename T>
T *input(SettingsSectionBox *section, const QString &key)
{
    return section->findChild<T *>(QStringLiteral("setting_") + key);
}

QLabel *errorOf(SettingsSectionBox *section, const QString &key)
{
    return section->findChild<QLabel *>(QStringLiteral("settingError_") + key);
}

QString statusOf(SettingsSectionBox *section)
{
    return section->findChild<QLabel *>(QStringLiteral("settingsSaved"))->text();
}

void save(SettingsSectionBox *section)
{
    QTest::mouseClick(section->findChild<QPushButton *>(QStringLiteral("saveSettings")), Qt::LeftButton);
}

std::optional<QString> stored(Engine &engine, const QString &key)
{
    return SettingsStore(engine.database()).get(key);
}

// Handles the next modal dialog of type T from inside its own event loop.
template<typename T>
void onNextDialog(std::function<void(T *)> handle)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, handle] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        handle(dialog);
    });
    poll->start();
}

void selectUser(QTableWidget *table, const QString &name)
{
    table->clearSelection();
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == name)
            table->selectRow(row);
}

QString roleOf(Engine &engine, const QString &name)
{
    const auto user = engine.users().find(name);
    return user ? userRoleName(user->role) : QString();
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void anIntegerTakesEffectInTheRunningEngine()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(engine->instances().create(QStringLiteral("front-desk")).ok());
        SettingsPage page(*engine);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(engine->sends()->usage(QStringLiteral("front-desk"))->dailyLimit, 500);

        SettingsSectionBox *limits = page.limitsSection();
        auto *daily = input<QSpinBox>(limits, settings::kDailyLimit);
        QVERIFY(daily && daily->isEnabled());
        // The registry's bounds, not the spin box's defaults.
        const SettingDefinition *definition = SettingsRegistry::find(settings::kDailyLimit);
        QCOMPARE(qint64(daily->minimum()), definition->minimum);
        QCOMPARE(qint64(daily->maximum()), definition->maximum);
        QCOMPARE(daily->value(), 500);
        auto *reset = limits->findChild<QPushButton *>(QStringLiteral("settingReset_daily_limit"));
        QVERIFY(!reset->isEnabled()); // nothing saved yet

        daily->setValue(123);
        save(limits);
        QCOMPARE(statusOf(limits), QStringLiteral("Saved — in effect now."));
        QCOMPARE(engine->settings().integer(settings::kDailyLimit), 123);
        QCOMPARE(engine->settings().sourceOf(settings::kDailyLimit), QStringLiteral("database"));
        QCOMPARE(stored(*engine, settings::kDailyLimit), std::optional<QString>(QStringLiteral("123")));
        // The running guard counts with it, without a restart.
        QCOMPARE(engine->sends()->usage(QStringLiteral("front-desk"))->dailyLimit, 123);
        QCOMPARE(engine->sends()->guard().config().defaultDailyLimit, 123);
        // The overview on the General tab follows.
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("settingsTable"));
        bool listed = false;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == settings::kDailyLimit)
                listed = table->item(row, 1)->text() == u"123" && table->item(row, 2)->text() == u"saved";
        QVERIFY(listed);

        // Reset to default: the stored value goes, the default is in effect again.
        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QVERIFY(!stored(*engine, settings::kDailyLimit));
        QCOMPARE(engine->sends()->usage(QStringLiteral("front-desk"))->dailyLimit, 500);
        QCOMPARE(daily->value(), 500);
        QVERIFY(!reset->isEnabled());
        QVERIFY(statusOf(limits).contains(QStringLiteral("in effect now")));

        // A setting read only at start-up says so.
        SettingsSectionBox *network = page.networkSection();
        auto *publicUrl = input<QLineEdit>(network, settings::kPublicUrl);
        publicUrl->setText(QStringLiteral("https://gateway.example.com"));
        save(network);
        QCOMPARE(statusOf(network), QStringLiteral("Saved — takes effect when the gateway restarts."));
        QCOMPARE(stored(*engine, settings::kPublicUrl), std::optional<QString>(QStringLiteral("https://gateway.example.com")));
        save(network);
        QVERIFY(statusOf(network).startsWith(QStringLiteral("Nothing to save")));
    }

    void aRefusedValueShowsItsErrorAndChangesNothing()
    {
        test::GuiEngine engine;
        const QString error = engine.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SettingsPage page(*engine);
        page.show();
        SettingsSectionBox *limits = page.limitsSection();

        // One bad value among good ones: nothing of the save is kept.
        input<QSpinBox>(limits, settings::kMonthlyLimit)->setValue(7777);
        input<QLineEdit>(limits, settings::kTimeZone)->setText(QStringLiteral("Mars/Olympus_Mons"));
        save(limits);
        QLabel *zoneError = errorOf(limits, settings::kTimeZone);
        QVERIFY(!zoneError->isHidden());
        QVERIFY2(zoneError->text().contains(QStringLiteral("IANA")), qPrintable(zoneError->text()));
        QVERIFY(errorOf(limits, settings::kMonthlyLimit)->isHidden());
        QVERIFY(statusOf(limits).startsWith(QStringLiteral("Not saved")));
        QCOMPARE(engine->settings().integer(settings::kMonthlyLimit), 10'000);
        QVERIFY(!stored(*engine, settings::kMonthlyLimit));
        QVERIFY(!stored(*engine, settings::kTimeZone));
        QCOMPARE(engine->sends()->guard().config().defaultMonthlyLimit, 10'000);

        // Rules about two values: the shortest gap cannot exceed the longest.
        input<QLineEdit>(limits, settings::kTimeZone)->setText(QStringLiteral("Asia/Riyadh"));
        input<QSpinBox>(limits, settings::kPacingMinIntervalMs)->setValue(9000);
        save(limits);
        QVERIFY(!errorOf(limits, settings::kPacingMinIntervalMs)->isHidden());
        QVERIFY(errorOf(limits, settings::kTimeZone)->isHidden());
        QVERIFY(!stored(*engine, settings::kPacingMinIntervalMs));
        QVERIFY(!stored(*engine, settings::kTimeZone));
        QCOMPARE(engine->settings().integer(settings::kPacingMinIntervalMs), 4000);

        // Fixed, the same save goes through, all of it.
        input<QSpinBox>(limits, settings::kPacingMaxIntervalMs)->setValue(12000);
        save(limits);
        QVERIFY2(statusOf(limits).startsWith(QStringLiteral("Saved")), qPrintable(statusOf(limits)));
        QVERIFY(errorOf(limits, settings::kPacingMinIntervalMs)->isHidden());
        QCOMPARE(engine->settings().integer(settings::kMonthlyLimit), 7777);
        QCOMPARE(engine->settings().text(settings::kTimeZone), QStringLiteral("Asia/Riyadh"));
        QCOMPARE(engine->settings().integer(settings::kPacingMinIntervalMs), 9000);

        // A TLS certificate without its key would stop the next start: refused.
        SettingsSectionBox *network = page.networkSection();
        input<QLineEdit>(network, settings::kTlsCert)->setText(QStringLiteral("/nonexistent/cert.pem"));
        save(network);
        QVERIFY(errorOf(network, settings::kTlsCert)->text().contains(QStringLiteral("tls_key")));
        QVERIFY(!stored(*engine, settings::kTlsCert));

        // Opt-out keywords that would not work are refused, not silently replaced.
        SettingsSectionBox *optOut = page.optOutSection();
        input<QPlainTextEdit>(optOut, settings::kOptOutKeywords)->setPlainText(QStringLiteral("STOP\nSTART"));
        input<QPlainTextEdit>(optOut, settings::kOptInKeywords)->setPlainText(QStringLiteral("START"));
        save(optOut);
        QVERIFY(!errorOf(optOut, settings::kOptOutKeywords)->isHidden());
        QVERIFY(!stored(*engine, settings::kOptOutKeywords));
        QVERIFY(!stored(*engine, settings::kOptInKeywords));
    }

    void anOverriddenSettingIsShownButDisabled()
    {
        test::GuiEngine engine;
        const QString error = engine.open(false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(engine->editableSettings().set(Settings::Layer::Environment, settings::kDailyLimit, QStringLiteral("42")).ok());
        SettingsPage page(*engine);
        page.show();

        SettingsSectionBox *limits = page.limitsSection();
        auto *daily = input<QSpinBox>(limits, settings::kDailyLimit);
        QCOMPARE(daily->value(), 42);
        QVERIFY(!daily->isEnabled());
        QVERIFY(!limits->findChild<QPushButton *>(QStringLiteral("settingReset_daily_limit"))->isEnabled());
        auto *note = limits->findChild<QLabel *>(QStringLiteral("settingNote_daily_limit"));
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(QStringLiteral("WAG_DAILY_LIMIT")));
        QVERIFY(note->text().contains(QStringLiteral("would not take effect")));
        QVERIFY(limits->findChild<QLabel *>(QStringLiteral("settingNote_monthly_limit"))->isHidden());

        // The test engine listens where the command line says.
        SettingsSectionBox *network = page.networkSection();
        QVERIFY(!input<QLineEdit>(network, settings::kListen)->isEnabled());
        QVERIFY(network->findChild<QLabel *>(QStringLiteral("settingNote_listen"))->text().contains(QStringLiteral("--listen")));

        // Saving the section leaves the overridden value alone.
        input<QSpinBox>(limits, settings::kMonthlyLimit)->setValue(900);
        save(limits);
        QCOMPARE(stored(*engine, settings::kMonthlyLimit), std::optional<QString>(QStringLiteral("900")));
        QVERIFY(!stored(*engine, settings::kDailyLimit));
        QCOMPARE(engine->settings().integer(settings::kDailyLimit), 42);
    }

    void theProviderKeyIsStoredSealedAndNeverShown()
    {
        test::GuiEngine engine;
        const QString error = engine.open(false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SettingsPage page(*engine);
        page.show();
        SettingsSectionBox *provider = page.providerSection();
        auto *state = provider->findChild<QLabel *>(QStringLiteral("providerKeyState"));
        QCOMPARE(state->text(), QStringLiteral("Key: not set."));

        // Evolution without a key would not start: refused.
        auto *choice = input<QComboBox>(provider, settings::kProvider);
        choice->setCurrentIndex(choice->findData(QStringLiteral("evolution")));
        input<QLineEdit>(provider, settings::kProviderUrl)->setText(QStringLiteral("http://127.0.0.1:8080"));
        save(provider);
        QVERIFY(errorOf(provider, settings::kProvider)->text().contains(QStringLiteral("key")));
        QVERIFY(!stored(*engine, settings::kProvider));
        QVERIFY(!stored(*engine, settings::kProviderUrl));

        const QString key = QStringLiteral("evo-global-key-5f2a9c");
        auto *field = provider->findChild<QLineEdit *>(QStringLiteral("providerKey"));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QTest::keyClicks(field, key);
        QTest::mouseClick(provider->findChild<QPushButton *>(QStringLiteral("storeProviderKey")), Qt::LeftButton);
        QVERIFY(field->text().isEmpty());
        QVERIFY(state->text().startsWith(QStringLiteral("Key: set")));

        // Sealed in the secrets table, opened only with the data key; never a setting.
        const std::optional<SecretRecord> sealed = SecretStore(engine->database()).get(evolution::kApiKeySecretName);
        QVERIFY(sealed);
        QVERIFY(!sealed->ciphertext.contains(key.toUtf8()));
        QVERIFY(engine->secrets());
        QCOMPARE(evolution::loadApiKey(engine->database(), *engine->secrets()), std::optional<QByteArray>(key.toUtf8()));
        QVERIFY(!stored(*engine, settings::kProviderKey));
        for (const QString &value : SettingsStore(engine->database()).all())
            QVERIFY(!value.contains(key));
        QVERIFY(!test::anyTextContains(&page, key));

        // With the key, Evolution can be chosen; it takes a restart.
        save(provider);
        QCOMPARE(statusOf(provider), QStringLiteral("Saved — takes effect when the gateway restarts."));
        QCOMPARE(stored(*engine, settings::kProvider), std::optional<QString>(QStringLiteral("evolution")));
        QVERIFY(!test::anyTextContains(&page, key));
    }

    void usersAreAddedChangedAndTheLastAdminStays()
    {
        test::GuiEngine engine;
        const QString error = engine.open(false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString password = QStringLiteral("correct horse battery");
        QVERIFY(engine->users().createUser(QStringLiteral("alice"), QStringLiteral("admin"), password));
        SettingsPage page(*engine);
        page.show();
        UsersPanel *panel = page.usersPanel();
        page.tabs()->setCurrentWidget(panel);
        auto *table = panel->findChild<QTableWidget *>(QStringLiteral("usersTable"));
        auto *message = panel->findChild<QLabel *>(QStringLiteral("usersMessage"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("alice"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Administrator"));

        // Add: the passwords must match, the service's rules hold, then it is there.
        auto *name = panel->findChild<QLineEdit *>(QStringLiteral("newUserName"));
        auto *role = panel->findChild<QComboBox *>(QStringLiteral("newUserRole"));
        auto *first = panel->findChild<QLineEdit *>(QStringLiteral("newUserPassword"));
        auto *again = panel->findChild<QLineEdit *>(QStringLiteral("newUserPasswordAgain"));
        auto *add = panel->findChild<QPushButton *>(QStringLiteral("addUser"));
        QTest::keyClicks(name, QStringLiteral("Bob"));
        QTest::keyClicks(first, password);
        QTest::keyClicks(again, QStringLiteral("something else entirely"));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(message->text().contains(QStringLiteral("do not match")));
        QCOMPARE(engine->users().count(), 1);
        first->setText(QStringLiteral("short"));
        again->setText(QStringLiteral("short"));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(message->text().contains(QStringLiteral("at least 10 characters")), qPrintable(message->text()));
        QCOMPARE(engine->users().count(), 1);
        first->setText(password);
        again->setText(password);
        QCOMPARE(role->currentData().toString(), QStringLiteral("operator"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(engine->users().count(), 2);
        QCOMPARE(roleOf(*engine, QStringLiteral("bob")), QStringLiteral("operator"));
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(first->text().isEmpty() && again->text().isEmpty());

        // The last enabled admin can be neither demoted, disabled nor removed.
        auto *changeRole = panel->findChild<QPushButton *>(QStringLiteral("changeUserRole"));
        auto *toggle = panel->findChild<QPushButton *>(QStringLiteral("toggleUserDisabled"));
        auto *remove = panel->findChild<QPushButton *>(QStringLiteral("removeUser"));
        selectUser(table, QStringLiteral("alice"));
        QCOMPARE(changeRole->text(), QStringLiteral("Make &operator"));
        QTest::mouseClick(changeRole, Qt::LeftButton);
        QVERIFY(message->text().contains(QStringLiteral("last enabled administrator")));
        QCOMPARE(roleOf(*engine, QStringLiteral("alice")), QStringLiteral("admin"));
        selectUser(table, QStringLiteral("alice"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(message->text().contains(QStringLiteral("last enabled administrator")));
        QVERIFY(!engine->users().find(QStringLiteral("alice"))->isDisabled());
        selectUser(table, QStringLiteral("alice"));
        test::answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(message->text().contains(QStringLiteral("last enabled administrator")));
        QVERIFY(engine->users().find(QStringLiteral("alice")));

        // Disable and enable again decide whether bob can sign in.
        selectUser(table, QStringLiteral("bob"));
        QCOMPARE(toggle->text(), QStringLiteral("&Disable"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(engine->users().authenticate(QStringLiteral("bob"), password).failure().code, QStringLiteral("user_disabled"));
        QVERIFY(table->item(1, 2)->text().startsWith(QStringLiteral("Disabled")));
        QCOMPARE(toggle->text(), QStringLiteral("&Enable")); // bob stays selected
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(engine->users().authenticate(QStringLiteral("bob"), password));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Enabled"));

        // Promoted, bob lets alice be demoted.
        selectUser(table, QStringLiteral("bob"));
        QTest::mouseClick(changeRole, Qt::LeftButton);
        QCOMPARE(roleOf(*engine, QStringLiteral("bob")), QStringLiteral("admin"));
        selectUser(table, QStringLiteral("alice"));
        QTest::mouseClick(changeRole, Qt::LeftButton);
        QCOMPARE(roleOf(*engine, QStringLiteral("alice")), QStringLiteral("operator"));

        // Reset password: the dialog asks twice and shows the service's refusal.
        const QString newPassword = QStringLiteral("a brand new password");
        bool sawRefusal = false;
        selectUser(table, QStringLiteral("bob"));
        onNextDialog<PasswordDialog>([&](PasswordDialog *dialog) {
            auto *p1 = dialog->findChild<QLineEdit *>(QStringLiteral("newPassword"));
            auto *p2 = dialog->findChild<QLineEdit *>(QStringLiteral("newPasswordAgain"));
            auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("setPassword"));
            p1->setText(QStringLiteral("tiny"));
            p2->setText(QStringLiteral("tiny"));
            ok->click();
            sawRefusal = dialog->isVisible()
                && dialog->findChild<QLabel *>(QStringLiteral("passwordError"))->text().contains(QStringLiteral("10 characters"));
            p1->setText(newPassword);
            p2->setText(newPassword);
            ok->click();
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("resetUserPassword")), Qt::LeftButton);
        QVERIFY(sawRefusal);
        QVERIFY(engine->users().authenticate(QStringLiteral("bob"), newPassword));
        QCOMPARE(engine->users().authenticate(QStringLiteral("bob"), password).failure().code,
                 QStringLiteral("invalid_credentials"));

        // Remove asks first; No keeps the user.
        selectUser(table, QStringLiteral("alice"));
        test::answerNextMessageBox(QMessageBox::No);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(engine->users().find(QStringLiteral("alice")));
        selectUser(table, QStringLiteral("alice"));
        test::answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!engine->users().find(QStringLiteral("alice")));
        QCOMPARE(table->rowCount(), 1);
    }

    // Every control says what it is to a screen reader, and Tab walks the fields in order.
    void controlsAreNamedAndReachableByKeyboard()
    {
        test::GuiEngine engine;
        const QString error = engine.open(false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SettingsPage page(*engine);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (QWidget *w : page.findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue; // the spin box's own editor
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTableWidget *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            if (qobject_cast<QPushButton *>(w) || qobject_cast<QCheckBox *>(w)) {
                auto *button = static_cast<QAbstractButton *>(w);
                QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
        }

        QWidget *tab = page.limitsSection();
        while (tab && page.tabs()->indexOf(tab) < 0)
            tab = tab->parentWidget();
        QVERIFY(tab);
        page.tabs()->setCurrentWidget(tab);
        QTRY_VERIFY(page.limitsSection()->isVisible());
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *daily = input<QSpinBox>(page.limitsSection(), settings::kDailyLimit);
        daily->setFocus();
        QTRY_VERIFY(daily->hasFocus());
        // Its Reset button is skipped while there is nothing to reset.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(input<QSpinBox>(page.limitsSection(), settings::kMonthlyLimit)->hasFocus());
        // Once there is, Tab stops on it between the two fields.
        QVERIFY(SettingsService(*engine).store(settings::kDailyLimit, QStringLiteral("300")).ok());
        daily->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page.limitsSection()->findChild<QPushButton *>(QStringLiteral("settingReset_daily_limit")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(input<QSpinBox>(page.limitsSection(), settings::kMonthlyLimit)->hasFocus());
    }

    // With WAG_SCREENSHOT_DIR set, the tabs are photographed last; without it nothing runs
    // and nothing is reported (no skipped test in every run).
    void cleanupTestCase()
    {
        const QByteArray shots = qgetenv("WAG_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            takeScreenshots(QDir(QString::fromLocal8Bit(shots)));
    }

private:
    // Each tab as a picture, to look at the layout (not compared with anything).
    void takeScreenshots(const QDir &out)
    {
        test::GuiEngine engine;
        const QString error = engine.open(false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(engine->users().createUser(QStringLiteral("admin"), QStringLiteral("admin"), QStringLiteral("correct horse battery")));
        QVERIFY(engine->users().createUser(QStringLiteral("fatima"), QStringLiteral("operator"), QStringLiteral("correct horse battery")));
        SettingsPage page(*engine);
        page.resize(900, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (int i = 0; i < page.tabs()->count(); ++i) {
            page.tabs()->setCurrentIndex(i);
            QVERIFY(page.grab().save(out.filePath(QStringLiteral("settings-%1.png").arg(i))));
        }
    }
};

QTEST_MAIN(TestSettingsPage)
#include "test_settings_page.moc"
