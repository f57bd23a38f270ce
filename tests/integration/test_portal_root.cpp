// GET / of the real gateway binary: probes and API clients keep the health JSON exactly as
// before the portal existed, whatever they send as Accept; a browser gets the sign-in
// page and can sign in as a user the admin command created.
#include "support/gateway_process.h"
#include "support/portal_browser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace wag::test;

class TestPortalRoot : public QObject
{
    Q_OBJECT

private slots:
    void probesAndApiClientsStillGetTheHealthJson()
    {
        QTemporaryDir dir;
        GatewayProcess gateway(dir.path());
        QVERIFY2(gateway.start(), gateway.standardError().constData());
        const QList<QPair<QByteArray, QByteArray>> accepts = {
            {"no Accept header", QByteArray()},
            {"application/json", "application/json"},
            {"curl's */*", "*/*"},
            {"JSON and HTML alike", "application/json, text/html"},
            {"HTML refused", "text/html;q=0, */*"},
        };
        for (const auto &[what, accept] : accepts) {
            const ParsedResponse r = accept.isEmpty()
                ? request(gateway.port(), "GET", "/")
                : request(gateway.port(), "GET", "/", {}, {{"Accept", accept}});
            QVERIFY2(r.status == 200, what.constData());
            QCOMPARE(r.header("content-type"), QByteArray("application/json"));
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            QStringList keys = o.keys();
            keys.sort();
            QCOMPARE(keys, (QStringList{QStringLiteral("database"), QStringLiteral("status"),
                                        QStringLiteral("uptime_seconds"), QStringLiteral("version")}));
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            // The API's own headers, none of the portal's.
            QCOMPARE(r.header("content-security-policy"), QByteArray("default-src 'none'; frame-ancestors 'none'"));
            QVERIFY2(r.header("set-cookie").isEmpty(), what.constData());
            QVERIFY(r.header("vary").isEmpty());
        }
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }

    void browsersGetTheSignInPageAndCanSignIn()
    {
        QTemporaryDir dir;
        const RunResult created = GatewayProcess::run(
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("admin"), QStringLiteral("create-user"),
             QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("admin")},
            "correct horse battery\n");
        QCOMPARE(created.exitCode, 0);
        GatewayProcess gateway(dir.path());
        QVERIFY2(gateway.start(), gateway.standardError().constData());

        PortalBrowser browser(gateway.port());
        const ParsedResponse page = browser.get("/");
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("content-type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(page.body.contains(R"(<form method="post" action="/login")"));
        QCOMPARE(browser.signIn(QStringLiteral("alice"), QStringLiteral("correct horse battery")).status, 303);
        const ParsedResponse instances = browser.get("/instances");
        QCOMPARE(instances.status, 200);
        QVERIFY(instances.body.contains("Signed in as alice (admin)"));
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }
};

QTEST_GUILESS_MAIN(TestPortalRoot)
#include "test_portal_root.moc"
