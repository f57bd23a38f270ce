// Route matching: templates, parameters, HEAD via GET, 405 method lists, per-route options.
#include "http/router.h"

#include <QTest>

using namespace wag;

class TestRouter : public QObject
{
    Q_OBJECT

    static Router::SyncHandler answer(int status)
    {
        return [status](const HttpRequest &) { HttpResponse r; r.status = status; return r; };
    }

private slots:
    void matchesTemplatesAndParameters()
    {
        Router router;
        router.add("POST", QStringLiteral("/simulator/instances/{id}/scan"), answer(200));
        const Router::Match m = router.match("POST", QStringLiteral("/simulator/instances/inst_1/scan"));
        QVERIFY(m.handler);
        QCOMPARE(m.params.value(QStringLiteral("id")), QStringLiteral("inst_1"));
        QVERIFY(!router.match("POST", QStringLiteral("/simulator/instances/inst_1")).handler);
        QVERIFY(!router.match("POST", QStringLiteral("/simulator/instances/inst_1/scan/x")).handler);
    }

    void dotsAreLiteral()
    {
        Router router;
        router.add("GET", QStringLiteral("/docs/openapi.json"), answer(200));
        QVERIFY(router.match("GET", QStringLiteral("/docs/openapi.json")).handler);
        QVERIFY(!router.match("GET", QStringLiteral("/docs/openapiXjson")).handler);
    }

    void headUsesGetAndAllowListsMethods()
    {
        Router router;
        router.add("GET", QStringLiteral("/things"), answer(200));
        router.add("POST", QStringLiteral("/things"), answer(201));
        QVERIFY(router.match("HEAD", QStringLiteral("/things")).handler);
        const Router::Match m = router.match("DELETE", QStringLiteral("/things"));
        QVERIFY(!m.handler);
        QCOMPARE(m.allowedMethods, (QStringList{QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST")}));
        QVERIFY(router.match("DELETE", QStringLiteral("/other")).allowedMethods.isEmpty());
    }

    void directRoutesAreMarkedForTheirMethodOnly()
    {
        Router router;
        RouteOptions direct;
        direct.direct = true;
        router.add("POST", QStringLiteral("/api/send-message"), answer(200), direct);
        router.add("GET", QStringLiteral("/api/send-message"), answer(200));
        QVERIFY(router.match("POST", QStringLiteral("/api/send-message")).direct);
        QVERIFY(!router.match("GET", QStringLiteral("/api/send-message")).direct);
        QVERIFY(!router.match("DELETE", QStringLiteral("/api/send-message")).direct);
    }

    void routeOptionsTravelWithTheMatch()
    {
        Router router;
        RouteOptions options;
        options.maxBodyBytes = 256 * 1024;
        options.loopbackOnly = true;
        router.add("POST", QStringLiteral("/hook/{id}"), answer(200), options);
        const Router::Match m = router.match("POST", QStringLiteral("/hook/abc"));
        QCOMPARE(m.maxBodyBytes.value_or(0), 256 * 1024);
        QVERIFY(m.loopbackOnly);
        // The body limit is known for a path even when the method is wrong.
        QVERIFY(!router.match("GET", QStringLiteral("/x")).maxBodyBytes.has_value());
    }

    void firstRegisteredWins()
    {
        Router router;
        router.add("GET", QStringLiteral("/a/{x}"), answer(1));
        router.add("GET", QStringLiteral("/a/b"), answer(2));
        const Router::Match m = router.match("GET", QStringLiteral("/a/b"));
        QVERIFY(m.handler);
        QCOMPARE(m.params.value(QStringLiteral("x")), QStringLiteral("b"));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "test_router.moc"
