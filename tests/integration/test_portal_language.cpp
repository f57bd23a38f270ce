// The portal speaks the gateway's language from the window's catalog, over real HTTP
// against an engine serving in-process with no window (as a headless gateway does):
// Arabic pages translated and right-to-left, German ones translated, and a language saved
// while serving reaching the next page.
#include "accounts/user_service.h"
#include "settings/language.h"
#include "settings/settings_registry.h"
#include "settings/settings_service.h"
#include "support/portal_browser.h"
#include "support/serving_engine.h"

#include <QTest>

using namespace wag;
using namespace wag::test;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

// Serving with the admin alice; empty on success.
QString start(ServingEngine &engine, const QMap<QString, QString> &settings = {})
{
    if (QString problem = engine.start(Clock::system(), settings); !problem.isEmpty())
        return problem;
    const Result<UserRecord> alice = engine->users().createUser(QStringLiteral("alice"), QStringLiteral("admin"), kPassword);
    return alice ? QString() : alice.failure().message;
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

} // namespace

class TestPortalLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { language::apply(QStringLiteral("en")); }

    void arabicPagesAreTranslatedAndRightToLeft()
    {
        ServingEngine engine;
        QVERIFY(start(engine, {{settings::kLanguage, QStringLiteral("ar")}}).isEmpty());
        PortalBrowser browser(engine.port());

        const QByteArray login = browser.get("/login").body;
        QVERIFY(login.contains(R"(<html lang="ar" dir="rtl">)"));
        QVERIFY(login.contains(utf8(QStringLiteral(R"(<button type="submit">تسجيل الدخول</button>)"))));
        QVERIFY(login.contains(utf8(QStringLiteral(R"(<label for="user">اسم المستخدم</label>)"))));
        QVERIFY(!login.contains("Sign in"));

        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPassword).status, 303);
        const QByteArray instances = browser.get("/instances").body;
        QVERIFY(instances.contains(R"(<html lang="ar" dir="rtl">)"));
        QVERIFY(instances.contains(utf8(QStringLiteral("<h1>المثيلات</h1>"))));
        QVERIFY(instances.contains(utf8(QStringLiteral("مفاتيح API")))); // the menu, the window's words
        QVERIFY(instances.contains(utf8(QStringLiteral("تسجيل الخروج"))));
        QVERIFY(!instances.contains("Sign out"));
    }

    void germanPagesAreTranslated()
    {
        ServingEngine engine;
        QVERIFY(start(engine, {{settings::kLanguage, QStringLiteral("de")}}).isEmpty());
        PortalBrowser browser(engine.port());

        const QByteArray login = browser.get("/login").body;
        QVERIFY(login.contains(R"(<html lang="de" dir="ltr">)"));
        QVERIFY(login.contains(R"(<button type="submit">Anmelden</button>)"));
        QVERIFY(login.contains(R"(<label for="password">Passwort</label>)"));

        const ParsedResponse wrong = browser.signIn(QStringLiteral("alice"), QStringLiteral("not the password"));
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.body.contains(utf8(QStringLiteral("Falscher Benutzername oder falsches Passwort."))));

        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPassword).status, 303);
        const QByteArray users = browser.get("/users").body;
        QVERIFY(users.contains("<h1>Benutzer</h1>"));
        QVERIFY(users.contains(utf8(QStringLiteral("Gesperrte Empfänger")))); // the menu
    }

    // The Settings page (window or portal) saves through the settings service: the next
    // page is in the new language, without a restart.
    void aSavedLanguageReachesTheNextPage()
    {
        ServingEngine engine;
        QVERIFY(start(engine).isEmpty());
        PortalBrowser browser(engine.port());
        QVERIFY(SettingsService(*engine).store(settings::kLanguage, QStringLiteral("en")).ok());
        QVERIFY(browser.get("/login").body.contains(R"(<button type="submit">Sign in</button>)"));

        QVERIFY(SettingsService(*engine).store(settings::kLanguage, QStringLiteral("fr")).ok());
        const QByteArray login = browser.get("/login").body;
        QVERIFY(login.contains(R"(<html lang="fr" dir="ltr">)"));
        QVERIFY(login.contains(R"(<button type="submit">Se connecter</button>)"));

        QVERIFY(SettingsService(*engine).store(settings::kLanguage, QStringLiteral("pt_BR")).ok());
        QVERIFY(browser.get("/login").body.contains(R"(<html lang="pt-BR" dir="ltr">)"));
    }
};

QTEST_GUILESS_MAIN(TestPortalLanguage)
#include "test_portal_language.moc"
