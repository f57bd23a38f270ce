// The portal in a real Chromium (headless, through chromedriver), against the real gateway
// binary: signing in through the form (a wrong password first), creating an instance and
// being refused one, a hostile stored name staying text, the session cookie as the browser
// holds it, the Content-Security-Policy stopping an injected inline script, signing out,
// and an Arabic gateway laid out right to left. What only a browser can tell — how it parses
// and lays out the pages, which cookies script can read, what the policy blocks — is checked
// here; the HTTP details are in test_portal_pages and test_portal_sign_in.
//
// One browser session serves the whole test; the functions run in order and each starts
// where the one before left off (signed out, signed in, …). Without Chromium the test fails:
// scripts/test.sh installs it (packaging/install-test-deps.sh).
#include "storage/database.h"
#include "storage/instance_store.h"
#include "support/gateway_process.h"
#include "support/webdriver_client.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace wag;
using namespace wag::test;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
// Would set window.wagHostile if the page ever turned it into markup.
const QString kHostileName = QStringLiteral(R"(<img src=x onerror="window.wagHostile=1">)"
                                            R"(<script>window.wagHostile=2</script><b id="wag-bold">bold</b>)");

// A data dir with the admin alice, made by the admin command as an installer would.
QString createAdmin(const QString &dataDir)
{
    const RunResult created = GatewayProcess::run(
        {QStringLiteral("--data-dir"), dataDir, QStringLiteral("admin"), QStringLiteral("create-user"),
         QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("admin")},
        kPassword.toUtf8() + '\n');
    return created.exitCode == 0 ? QString() : QString::fromUtf8(created.err);
}

// Writes an instance past the service's name rules, as a future import or another writer
// might (the service itself refuses such names).
QString insertHostileInstance(const QString &dataDir)
{
    QString error;
    const std::unique_ptr<Database> db = Database::open(dataDir + QStringLiteral("/gateway.db"), &error);
    if (!db)
        return error;
    if (db->migrate(&error) == MigrationOutcome::Failed)
        return error;
    InstanceRecord hostile;
    hostile.id = QStringLiteral("inst_hostile");
    hostile.name = kHostileName;
    hostile.provider = QStringLiteral("simulator");
    hostile.createdAt = QDateTime::currentDateTimeUtc();
    const Status inserted = InstanceStore(*db).insert(hostile);
    return inserted.ok() ? QString() : inserted.failure().message;
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings << item.toString();
    return strings;
}

} // namespace

class TestPortalBrowser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    std::unique_ptr<GatewayProcess> m_gateway;
    WebDriverClient m_browser;

    QString url(const QString &path) const { return m_gateway->baseUrl() + path; }

    QStringList instanceNames()
    {
        return toStrings(m_browser.executeScript(
            QStringLiteral("return [...document.querySelectorAll('td.name')].map(td => td.textContent);")));
    }

    bool signInThroughTheForm(const QString &password)
    {
        return m_browser.fill(QStringLiteral("#user"), QStringLiteral("alice"))
            && m_browser.fill(QStringLiteral("#password"), password)
            && m_browser.clickOn(QStringLiteral(R"(form[action="/login"] button[type="submit"])"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        const QString admin = createAdmin(m_dataDir.path());
        QVERIFY2(admin.isEmpty(), qPrintable(admin));
        const QString hostile = insertHostileInstance(m_dataDir.path());
        QVERIFY2(hostile.isEmpty(), qPrintable(hostile));
        m_gateway = std::make_unique<GatewayProcess>(m_dataDir.path());
        // English whatever the machine's locale: the test reads the pages' texts.
        QVERIFY2(m_gateway->start({QStringLiteral("--language"), QStringLiteral("en")}),
                 m_gateway->standardError().constData());
        const QString problem = m_browser.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase()
    {
        m_browser.quit();
        if (m_gateway)
            QCOMPARE(m_gateway->terminate(SIGTERM), 0);
    }

    void wrongPasswordShowsTheErrorAndNothingElse()
    {
        QVERIFY2(m_browser.navigate(url(QStringLiteral("/"))), qPrintable(m_browser.lastError()));
        QVERIFY2(!m_browser.findElement(QStringLiteral(R"(form[action="/login"])")).isEmpty(),
                 qPrintable(m_browser.lastError()));
        QVERIFY2(signInThroughTheForm(QStringLiteral("not the password")), qPrintable(m_browser.lastError()));

        const QString problem = m_browser.findElement(QStringLiteral(R"(.problem[role="alert"])"));
        QVERIFY2(!problem.isEmpty(), qPrintable(m_browser.lastError()));
        QCOMPARE(m_browser.text(problem), QStringLiteral("Wrong user name or password."));
        QCOMPARE(m_browser.currentPath(), QStringLiteral("/login"));
        // The name stays typed, the password does not; no other message, no menu, no session.
        QCOMPARE(m_browser.property(m_browser.findElement(QStringLiteral("#user")), QStringLiteral("value")).toString(),
                 QStringLiteral("alice"));
        QCOMPARE(m_browser.property(m_browser.findElement(QStringLiteral("#password")), QStringLiteral("value")).toString(),
                 QString());
        const QJsonObject page = m_browser.executeScript(QStringLiteral(
            "return {problems: document.querySelectorAll('.problem, [role=alert]').length,"
            "        menus: document.querySelectorAll('nav, form[action=\"/logout\"]').length,"
            "        heading: document.querySelector('h1').textContent};")).toObject();
        QCOMPARE(page.value(QStringLiteral("problems")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("menus")).toInt(), 0);
        QCOMPARE(page.value(QStringLiteral("heading")).toString(), QStringLiteral("Sign in"));
        QVERIFY(m_browser.cookie(QStringLiteral("wag_session")).isEmpty());
    }

    void rightPasswordLandsOnInstances()
    {
        QVERIFY2(signInThroughTheForm(kPassword), qPrintable(m_browser.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.currentPath(), QStringLiteral("/instances"), 10000);
        QCOMPARE(m_browser.text(m_browser.findElement(QStringLiteral("main h1"))), QStringLiteral("Instances"));
        QCOMPARE(m_browser.text(m_browser.findElement(QStringLiteral(".account span"))),
                 QStringLiteral("Signed in as alice (admin)"));
        QCOMPARE(m_browser.attribute(m_browser.findElement(QStringLiteral(R"(.sidebar a[href="/instances"])")),
                                     QStringLiteral("aria-current")),
                 QStringLiteral("page"));
        QCOMPARE(instanceNames(), QStringList{kHostileName});
    }

    void createAnInstanceThroughTheForm()
    {
        QVERIFY(m_browser.fill(QStringLiteral("#name"), QStringLiteral("front-desk")));
        QVERIFY(m_browser.clickOn(QStringLiteral(R"(form[action="/instances"] button[type="submit"])")));
        QTRY_VERIFY_WITH_TIMEOUT(instanceNames().contains(QStringLiteral("front-desk")), 10000);
        QCOMPARE(m_browser.currentPath(), QStringLiteral("/instances"));
        QCOMPARE(m_browser.executeScript(QStringLiteral("return document.querySelectorAll('.problem').length;")).toInt(-1),
                 0);
        // The form is empty again, ready for the next one.
        QCOMPARE(m_browser.property(m_browser.findElement(QStringLiteral("#name")), QStringLiteral("value")).toString(),
                 QString());
        const RunResult listed = GatewayProcess::run(
            {QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("admin"), QStringLiteral("list-instances")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains("\tfront-desk\t"), listed.out.constData());
    }

    void refusedNamesShowTheServiceErrorAndKeepWhatWasTyped()
    {
        const QList<QPair<QString, QString>> refusals = {
            {QStringLiteral("Front Desk!"), QStringLiteral("instance names are 3 to 40 characters")},
            {QStringLiteral("front-desk"), QStringLiteral("an instance named \"front-desk\" already exists")},
        };
        for (const auto &[typed, reason] : refusals) {
            QVERIFY(m_browser.fill(QStringLiteral("#name"), typed));
            QVERIFY(m_browser.clickOn(QStringLiteral(R"(form[action="/instances"] button[type="submit"])")));
            const QString problem = m_browser.findElement(QStringLiteral("#name-problem"));
            QVERIFY2(!problem.isEmpty(), qPrintable(m_browser.lastError()));
            QVERIFY2(m_browser.text(problem).startsWith(reason), qPrintable(m_browser.text(problem)));
            const QString input = m_browser.findElement(QStringLiteral("#name"));
            QCOMPARE(m_browser.property(input, QStringLiteral("value")).toString(), typed);
            QCOMPARE(m_browser.attribute(input, QStringLiteral("aria-invalid")), QStringLiteral("true"));
            QCOMPARE(m_browser.attribute(input, QStringLiteral("aria-describedby")),
                     QStringLiteral("name-help name-problem"));
            QCOMPARE(m_browser.currentPath(), QStringLiteral("/instances"));
            QCOMPARE(instanceNames().size(), 2);
            // Back to a clean list for the next attempt.
            QVERIFY(m_browser.navigate(url(QStringLiteral("/instances"))));
        }
    }

    void hostileStoredNameRendersAsInertText()
    {
        QVERIFY(m_browser.navigate(url(QStringLiteral("/instances"))));
        QVERIFY(instanceNames().contains(kHostileName));
        const QJsonObject dom = m_browser.executeScript(QStringLiteral(
            "return {images: document.images.length,"
            "        scripts: [...document.scripts].filter(s => s.getAttribute('src') === null"
            "                 || !s.getAttribute('src').startsWith('/static/portal-live.js?')).length,"
            "        bold: document.getElementById('wag-bold') !== null,"
            "        elementsInCells: document.querySelectorAll('td.name *').length,"
            "        flag: typeof window.wagHostile};")).toObject();
        QCOMPARE(dom.value(QStringLiteral("images")).toInt(-1), 0);
        QCOMPARE(dom.value(QStringLiteral("scripts")).toInt(-1), 0);
        QCOMPARE(dom.value(QStringLiteral("bold")).toBool(true), false);
        QCOMPARE(dom.value(QStringLiteral("elementsInCells")).toInt(-1), 0);
        QCOMPARE(dom.value(QStringLiteral("flag")).toString(), QStringLiteral("undefined"));
    }

    void sessionCookieIsHttpOnlyAndStrict()
    {
        const QJsonObject session = m_browser.cookie(QStringLiteral("wag_session"));
        QVERIFY2(!session.isEmpty(), qPrintable(m_browser.lastError()));
        QCOMPARE(session.value(QStringLiteral("httpOnly")).toBool(), true);
        QCOMPARE(session.value(QStringLiteral("sameSite")).toString(), QStringLiteral("Strict"));
        QCOMPARE(session.value(QStringLiteral("path")).toString(), QStringLiteral("/"));
        QCOMPARE(session.value(QStringLiteral("secure")).toBool(true), false); // plain HTTP here
        QVERIFY(!session.contains(QStringLiteral("expiry"))); // ends with the browser
        const QString value = session.value(QStringLiteral("value")).toString();
        QCOMPARE(value.size(), 43);
        const QString readable = m_browser.executeScript(QStringLiteral("return document.cookie;")).toString();
        QVERIFY2(!readable.contains(QStringLiteral("wag_session")) && !readable.contains(value), qPrintable(readable));
    }

    void contentSecurityPolicyBlocksAnInjectedInlineScript()
    {
        // The violation report is the policy's own answer; waiting for it needs no timing.
        const QJsonObject outcome = m_browser.executeAsyncScript(QStringLiteral(
            "const done = arguments[arguments.length - 1];"
            "window.wagInline = false;"
            "document.addEventListener('securitypolicyviolation', e => done({"
            "  ran: window.wagInline, directive: e.effectiveDirective, disposition: e.disposition}),"
            "  {once: true});"
            "const script = document.createElement('script');"
            "script.textContent = 'window.wagInline = true;';"
            "document.body.appendChild(script);"
            // An inline script that is allowed runs at once, and no report would ever come.
            "if (window.wagInline) done({ran: true, directive: '', disposition: ''});")).toObject();
        QVERIFY2(!outcome.isEmpty(), qPrintable(m_browser.lastError()));
        QCOMPARE(outcome.value(QStringLiteral("ran")).toBool(true), false);
        QCOMPARE(outcome.value(QStringLiteral("directive")).toString(), QStringLiteral("script-src-elem"));
        QCOMPARE(outcome.value(QStringLiteral("disposition")).toString(), QStringLiteral("enforce"));
        QCOMPARE(m_browser.executeScript(QStringLiteral("return window.wagInline;")).toBool(true), false);
    }

    void signOutThroughTheButton()
    {
        QVERIFY(m_browser.clickOn(QStringLiteral(R"(form[action="/logout"] button[type="submit"])")));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.currentPath(), QStringLiteral("/login"), 10000);
        QVERIFY(!m_browser.findElement(QStringLiteral(R"(form[action="/login"])")).isEmpty());
        QVERIFY(m_browser.cookie(QStringLiteral("wag_session")).isEmpty());
        // The portal's pages send the browser back to sign in.
        QVERIFY(m_browser.navigate(url(QStringLiteral("/instances"))));
        QCOMPARE(m_browser.currentPath(), QStringLiteral("/login"));
    }

    void arabicGatewayRendersRightToLeft()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString admin = createAdmin(dir.path());
        QVERIFY2(admin.isEmpty(), qPrintable(admin));
        GatewayProcess arabic(dir.path());
        QVERIFY2(arabic.start({QStringLiteral("--language"), QStringLiteral("ar")}), arabic.standardError().constData());

        QVERIFY(m_browser.navigate(arabic.baseUrl() + QStringLiteral("/login")));
        const QString direction = QStringLiteral("return getComputedStyle(document.documentElement).direction;");
        QCOMPARE(m_browser.executeScript(direction).toString(), QStringLiteral("rtl"));
        QCOMPARE(m_browser.executeScript(QStringLiteral("return document.documentElement.lang;")).toString(),
                 QStringLiteral("ar"));

        QVERIFY2(signInThroughTheForm(kPassword), qPrintable(m_browser.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.currentPath(), QStringLiteral("/instances"), 10000);
        QCOMPARE(m_browser.executeScript(direction).toString(), QStringLiteral("rtl"));
        // Laid out mirrored: the menu, first in the markup, stands on the right of the page.
        const QJsonObject layout = m_browser.executeScript(QStringLiteral(
            "const menu = document.querySelector('nav.sidebar').getBoundingClientRect();"
            "const main = document.querySelector('main').getBoundingClientRect();"
            "return {menuLeft: menu.left, mainRight: main.right};")).toObject();
        QVERIFY2(layout.value(QStringLiteral("menuLeft")).toDouble() >= layout.value(QStringLiteral("mainRight")).toDouble(),
                 qPrintable(QStringLiteral("menu at %1, content ends at %2")
                                .arg(layout.value(QStringLiteral("menuLeft")).toDouble())
                                .arg(layout.value(QStringLiteral("mainRight")).toDouble())));
        QVERIFY(m_browser.clickOn(QStringLiteral(R"(form[action="/logout"] button[type="submit"])")));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.currentPath(), QStringLiteral("/login"), 10000);
        QCOMPARE(arabic.terminate(SIGTERM), 0);
    }
};

QTEST_GUILESS_MAIN(TestPortalBrowser)
#include "test_portal_browser.moc"
