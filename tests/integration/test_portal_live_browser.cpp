// Live updates in a real Chromium (headless, through chromedriver) against an engine serving
// in this test's thread (the WebDriver client spins an event loop while it waits, so the
// engine answers meanwhile): the Instances page loads its script from the portal's own
// origin under the page policy, opens GET /live, and when the simulator links the instance
// the row's badge turns from connecting to open without the page being loaded again — a
// marker set on window before the scan is still there after it. The same for an instance's
// own page (its status block and QR code) and the inbound log's first page (new messages
// on top, only those its filter selects).
//
// Without Chromium the test fails: scripts/test.sh installs it (packaging/install-test-deps.sh).
#include "accounts/user_service.h"
#include "instances/instance_service.h"
#include "providers/simulator/simulator_provider.h"
#include "support/serving_engine.h"
#include "support/webdriver_client.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace wag;
using namespace wag::test;

namespace {
const QString kPassword = QStringLiteral("correct horse battery");
constexpr int kWaitMs = 10000; // no digit separator: moc misreads it
} // namespace

class TestPortalLiveBrowser : public QObject
{
    Q_OBJECT

    ServingEngine m_engine;
    WebDriverClient m_browser;

    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_engine.port()).arg(path);
    }

    QString badgeOf(const QString &id)
    {
        return m_browser
            .executeScript(QStringLiteral("const row = document.querySelector('tr[data-instance=\"' + arguments[0] + '\"]');"
                                          "const badge = row && row.querySelector('.badge');"
                                          "return badge ? badge.textContent : '';"),
                           {id})
            .toString();
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_engine.start(Clock::system());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(m_engine->users().createUser(QStringLiteral("alice"), QStringLiteral("admin"), kPassword));
        const QString browser = m_browser.start();
        QVERIFY2(browser.isEmpty(), qPrintable(browser));
    }

    // With WAG_SCREENSHOT_DIR set, pictures of the portal for the README are taken last
    // (portal-*.png); without it nothing runs here.
    void cleanupTestCase()
    {
        const QByteArray shots = qgetenv("WAG_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QVERIFY(m_engine->instances().create(QStringLiteral("lobby")));
            const struct
            {
                const char *path;
                const char *file;
            } pages[] = {{"/instances", "portal-instances.png"},
                         {"/instances/lobby/manage", "portal-manage.png"},
                         {"/inbound-logs", "portal-inbound.png"}};
            for (const auto &page : pages) {
                QVERIFY2(m_browser.navigate(url(QString::fromLatin1(page.path))), qPrintable(m_browser.lastError()));
                const QByteArray png = m_browser.screenshotPng();
                QVERIFY2(!png.isEmpty(), qPrintable(m_browser.lastError()));
                QFile file(QString::fromLocal8Bit(shots) + u'/' + QString::fromLatin1(page.file));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(png);
            }
        }
        m_browser.quit();
    }

    void signIn()
    {
        QVERIFY2(m_browser.navigate(url(QStringLiteral("/login"))), qPrintable(m_browser.lastError()));
        if (m_browser.currentPath() != u"/login")
            return; // signed in by an earlier test function
        QVERIFY(m_browser.fill(QStringLiteral("#user"), QStringLiteral("alice")));
        QVERIFY(m_browser.fill(QStringLiteral("#password"), kPassword));
        QVERIFY(m_browser.clickOn(QStringLiteral(R"(form[action="/login"] button[type="submit"])")));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.currentPath(), QStringLiteral("/instances"), kWaitMs);
    }

    // Navigates and waits until the page's socket is open, then marks the page's window.
    void openLive(const QString &path)
    {
        QVERIFY2(m_browser.navigate(url(path)), qPrintable(m_browser.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_browser.executeScript(QStringLiteral("return document.documentElement.getAttribute('data-live');"))
                .toString(),
            QStringLiteral("open"), kWaitMs);
        m_browser.executeScript(QStringLiteral("window.wagSamePage = 'still here';"));
    }

    void samePage(const QString &path)
    {
        QCOMPARE(m_browser.executeScript(QStringLiteral("return window.wagSamePage;")).toString(),
                 QStringLiteral("still here"));
        QCOMPARE(m_browser.currentPath(), path);
    }

    int count(const QString &selector)
    {
        return m_browser.executeScript(QStringLiteral("return document.querySelectorAll(arguments[0]).length;"),
                                       {selector})
            .toInt(-1);
    }

    void badgeTurnsOpenAfterAScanWithoutAReload()
    {
        const Result<InstanceRecord> created = m_engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(created);

        signIn();
        QVERIFY2(m_browser.navigate(url(QStringLiteral("/instances"))), qPrintable(m_browser.lastError()));
        QCOMPARE(badgeOf(created->id), QStringLiteral("connecting"));

        // The script is the portal's own file; the socket is open before anything happens.
        const QJsonObject page = m_browser.executeScript(QStringLiteral(
            "return {scripts: [...document.scripts].map(s => s.getAttribute('src')).join(' '),"
            "        inline: [...document.scripts].filter(s => !s.src).length};")).toObject();
        QVERIFY2(page.value(QStringLiteral("scripts")).toString().startsWith(QStringLiteral("/static/portal-live.js?v=")),
                 qPrintable(page.value(QStringLiteral("scripts")).toString()));
        QCOMPARE(page.value(QStringLiteral("inline")).toInt(-1), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_browser.executeScript(QStringLiteral("return document.documentElement.getAttribute('data-live');"))
                .toString(),
            QStringLiteral("open"), kWaitMs);
        m_browser.executeScript(QStringLiteral("window.wagSamePage = 'still here';"));

        QVERIFY(m_engine->simulator()->scan(created->id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(badgeOf(created->id), QStringLiteral("open"), kWaitMs);
        // Not reloaded: what the page's window held before the scan, it holds still.
        QCOMPARE(m_browser.executeScript(QStringLiteral("return window.wagSamePage;")).toString(),
                 QStringLiteral("still here"));
        QCOMPARE(m_browser.currentPath(), QStringLiteral("/instances"));
        QCOMPARE(m_browser.executeScript(QStringLiteral("return document.querySelectorAll('tr[data-instance]').length;"))
                     .toInt(-1),
                 1);
    }

    void managePageFollowsTheScan()
    {
        const Result<InstanceRecord> created = m_engine->instances().create(QStringLiteral("reception"));
        QVERIFY(created);
        signIn();
        const QString path = QStringLiteral("/instances/reception/manage");
        openLive(path);
        const QString qr = QStringLiteral("[data-qr=\"%1\"]").arg(created->id);
        QCOMPARE(count(qr + QStringLiteral(" img[src^=\"data:image/png;base64,\"]")), 1);
        const QString status = QStringLiteral("[data-instance-status=\"%1\"]").arg(created->id);
        const QString before = m_browser.executeScript(
            QStringLiteral("return document.querySelector(arguments[0]).textContent;"), {status}).toString();

        QVERIFY(m_engine->simulator()->scan(created->id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(count(qr + QStringLiteral(" img")), 0, kWaitMs);
        QCOMPARE(count(qr), 1); // replaced by the block that says no code is needed, not removed
        QTRY_VERIFY_WITH_TIMEOUT(
            m_browser.executeScript(QStringLiteral("return document.querySelector(arguments[0]).textContent;"), {status})
                    .toString() != before,
            kWaitMs);
        samePage(path);
    }

    void inboundLogTakesOnlyItsFiltersMessages()
    {
        const Result<InstanceRecord> shop = m_engine->instances().create(QStringLiteral("shop"));
        const Result<InstanceRecord> desk = m_engine->instances().create(QStringLiteral("desk"));
        QVERIFY(shop && desk);
        QVERIFY(m_engine->simulator()->scan(shop->id).ok());
        QVERIFY(m_engine->simulator()->scan(desk->id).ok());
        signIn();
        const QString path = QStringLiteral("/inbound-logs");
        openLive(path + QStringLiteral("?instance=desk"));
        QCOMPARE(count(QStringLiteral("tr[data-inbound]")), 0);

        // The shop's message first, then the desk's: once the desk's row is shown, the shop's
        // (pushed before it, had it been pushed) would be there too.
        QVERIFY(m_engine->simulator()->inbound(shop->id, QStringLiteral("+14155550101"), QStringLiteral("for the shop")));
        QVERIFY(m_engine->simulator()->inbound(desk->id, QStringLiteral("+14155550202"),
                                               QStringLiteral("<b>for the desk</b>")));
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("tr[data-inbound]")), 1, kWaitMs);
        const QString row = m_browser.executeScript(
            QStringLiteral("return document.querySelector('tr[data-inbound]').textContent;")).toString();
        QVERIFY2(row.contains(QStringLiteral("<b>for the desk</b>")), qPrintable(row)); // shown as text
        QVERIFY2(!row.contains(QStringLiteral("4155550202")), qPrintable(row));         // masked
        QCOMPARE(count(QStringLiteral("tr[data-inbound] b")), 0);
        samePage(path);
    }
};

QTEST_MAIN(TestPortalLiveBrowser)
#include "test_portal_live_browser.moc"
