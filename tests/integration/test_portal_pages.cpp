// The portal's pages over real HTTP against an engine serving in-process: GET / for
// browsers, the Instances list and its create form (CSRF, the service's own refusals, what
// was typed shown back escaped), escaping of hostile stored names, the role check on the
// admin-only users page, the 404 page for paths the portal has no page for, the security
// headers on every HTML answer, Arabic right-to-left and the stylesheet.
#include "accounts/user_service.h"
#include "core/phone_number.h"
#include "instances/instance_service.h"
#include "providers/simulator/simulator_provider.h"
#include "storage/instance_store.h"
#include "support/portal_browser.h"
#include "support/serving_engine.h"

#include <QLocale>
#include <QTest>

using namespace wag;
using namespace wag::test;

namespace {

const QString &kPassword = kPortalPassword;

using Gateway = PortalGateway;

QString csrf(PortalBrowser &browser)
{
    return PortalBrowser::csrfIn(browser.get("/instances").body);
}

// The headers every HTML answer of the portal carries.
QString missingSecurityHeaders(const ParsedResponse &r)
{
    QStringList missing;
    if (!r.header("content-type").startsWith("text/html"))
        missing << QStringLiteral("text/html");
    const QByteArray policy = r.header("content-security-policy");
    for (const char *part : {"default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"}) {
        if (!policy.contains(part))
            missing << QString::fromLatin1(part);
    }
    if (policy.contains("unsafe-inline") || policy.contains("unsafe-eval"))
        missing << QStringLiteral("no unsafe-inline");
    if (r.header("x-content-type-options") != "nosniff")
        missing << QStringLiteral("nosniff");
    if (r.header("referrer-policy").isEmpty())
        missing << QStringLiteral("Referrer-Policy");
    if (r.header("cache-control") != "no-store")
        missing << QStringLiteral("no-store");
    return missing.join(QStringLiteral(", "));
}

} // namespace

class TestPortalPages : public QObject
{
    Q_OBJECT

private slots:
    void browsersGetTheSignInPageAtTheRootOrGoToInstances()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        ParsedResponse r = browser.get("/");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        QCOMPARE(r.header("vary"), QByteArray("Accept"));
        QVERIFY(r.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(r.body.contains(R"(<form method="post" action="/login")"));
        QVERIFY(!PortalBrowser::csrfIn(r.body).isEmpty());
        QVERIFY(!r.body.contains("<script"));
        QVERIFY(r.body.contains("not affiliated with WhatsApp, Meta or 3CX"));

        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPassword).status, 303);
        r = browser.get("/");
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/instances"));
        QCOMPARE(browser.get("/login").header("location"), QByteArray("/instances"));
    }

    void signedOutVisitorsAreSentToSignInAndChangeNothing()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        for (const QByteArray path : {"/instances", "/users"}) {
            const ParsedResponse r = browser.get(path);
            QCOMPARE(r.status, 303);
            QCOMPARE(r.header("location"), QByteArray("/login"));
        }
        const ParsedResponse r = browser.post("/instances", {{QStringLiteral("name"), QStringLiteral("front-desk")}});
        QCOMPARE(r.status, 303);
        QVERIFY(gateway.engine->instances().list().isEmpty());
        browser.setCookie("wag_session", "made-up");
        QCOMPARE(browser.get("/instances").status, 303);
    }

    void instancesListShowsStateDemoAndTheMaskedPhone()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const Result<InstanceRecord> linked = gateway.engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(linked);
        QVERIFY(gateway.engine->instances().create(QStringLiteral("back-office")));
        QVERIFY(gateway.engine->simulator()->scan(linked->id).ok());
        QTRY_COMPARE(gateway.engine->instances().find(linked->id)->state, InstanceState::Open);
        const QString phone = gateway.engine->instances().find(linked->id)->linkedPhone;
        QVERIFY(!phone.isEmpty());

        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPassword).status, 303);
        const ParsedResponse r = browser.get("/instances");
        QCOMPARE(r.status, 200);
        const QString body = QString::fromUtf8(r.body);
        QVERIFY(body.contains(QStringLiteral(R"(<td class="name">front-desk</td>)")));
        QVERIFY(body.contains(QStringLiteral(R"(<td class="name">back-office</td>)")));
        QVERIFY(body.contains(QStringLiteral(R"(<span class="badge state-open">open</span>)")));
        QVERIFY(body.contains(QStringLiteral(R"(<span class="badge state-connecting">connecting</span>)")));
        QCOMPARE(body.count(QStringLiteral(R"(<span class="badge demo">Demo</span>)")), qsizetype(2));
        QVERIFY2(body.contains(maskPhone(phone)), qPrintable(maskPhone(phone)));
        QVERIFY2(!body.contains(phone), "the whole linked number is on the page");
        QVERIFY(body.contains(QStringLiteral("not linked")));
    }

    void createInstanceThroughTheForm()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPassword).status, 303);
        const ParsedResponse r = browser.post("/instances", {{QStringLiteral("csrf"), csrf(browser)},
                                                             {QStringLiteral("name"), QStringLiteral("front-desk")}});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/instances"));
        QVERIFY(gateway.engine->instances().find(QStringLiteral("front-desk")));
        QVERIFY(browser.get("/instances").body.contains(R"(<td class="name">front-desk</td>)"));

        // The service's own refusal, with its specific message.
        const ParsedResponse again = browser.post("/instances", {{QStringLiteral("csrf"), csrf(browser)},
                                                                 {QStringLiteral("name"), QStringLiteral("front-desk")}});
        QCOMPARE(again.status, 409);
        QVERIFY(again.body.contains("an instance named &quot;front-desk&quot; already exists"));
        QCOMPARE(gateway.engine->instances().list().size(), 1);
    }

    void createWithoutOrWithAWrongTokenIsForbiddenAndCreatesNothing()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPassword).status, 303);
        const QString token = csrf(browser);
        QCOMPARE(token.size(), 32);
        QString wrong = token;
        wrong[31] = wrong[31] == u'z' ? u'y' : u'z';
        const PortalBrowser::Fields attempts[] = {
            {{QStringLiteral("name"), QStringLiteral("front-desk")}},
            {{QStringLiteral("csrf"), QString()}, {QStringLiteral("name"), QStringLiteral("front-desk")}},
            {{QStringLiteral("csrf"), wrong}, {QStringLiteral("name"), QStringLiteral("front-desk")}},
            {{QStringLiteral("csrf"), token.left(31)}, {QStringLiteral("name"), QStringLiteral("front-desk")}},
        };
        for (const PortalBrowser::Fields &fields : attempts) {
            const ParsedResponse r = browser.post("/instances", fields);
            QCOMPARE(r.status, 403);
            QVERIFY(r.body.contains("Nothing was changed"));
            QVERIFY(missingSecurityHeaders(r).isEmpty());
        }
        // The right token in a body that is not a form does not count either.
        const ParsedResponse json = browser.send("POST", "/instances",
                                                 "{\"csrf\":\"" + token.toLatin1() + "\",\"name\":\"front-desk\"}",
                                                 {{"Content-Type", "application/json"}});
        QCOMPARE(json.status, 403);
        QVERIFY(gateway.engine->instances().list().isEmpty());
        // Another session's token is wrong too.
        PortalBrowser olga(gateway.port());
        QCOMPARE(olga.signIn(QStringLiteral("olga"), kPassword).status, 303);
        QCOMPARE(olga.post("/instances", {{QStringLiteral("csrf"), token}, {QStringLiteral("name"), QStringLiteral("front-desk")}}).status,
                 403);
        QVERIFY(gateway.engine->instances().list().isEmpty());
    }

    void invalidNameShowsTheServiceMessageAndWhatWasTypedEscaped()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPassword).status, 303);
        const QString typed = QStringLiteral("\"><script>alert('x')</script> & co");
        const ParsedResponse r = browser.post("/instances", {{QStringLiteral("csrf"), csrf(browser)},
                                                             {QStringLiteral("name"), typed}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("instance names are 3 to 40 characters"));
        QVERIFY(r.body.contains(R"(aria-invalid="true")"));
        QVERIFY2(r.body.contains(R"(value="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co")"),
                 r.body.constData());
        // No script but the portal's own file (live updates).
        QVERIFY(!QByteArray(r.body).replace(R"(<script src="/static/portal-live.js)", "").contains("<script"));
        QVERIFY(gateway.engine->instances().list().isEmpty());
    }

    void hostileStoredNameRendersInert()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        // Written past the service's name rules, as a future import or another writer might.
        InstanceRecord hostile;
        hostile.id = QStringLiteral("inst_hostile");
        hostile.name = QStringLiteral("<script>alert(document.cookie)</script><img src=x onerror=alert(1)>");
        hostile.provider = QStringLiteral("simulator");
        hostile.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(InstanceStore(gateway.engine->database()).insert(hostile).ok());

        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPassword).status, 303);
        const ParsedResponse r = browser.get("/instances");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("&lt;script&gt;alert(document.cookie)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"));
        QVERIFY(!QByteArray(r.body).replace(R"(<script src="/static/portal-live.js)", "").contains("<script"));
        QVERIFY(!r.body.contains("<img"));
    }

    void operatorIsForbiddenTheAdminOnlyUsersPage()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser olga(gateway.port());
        QCOMPARE(olga.signIn(QStringLiteral("olga"), kPassword).status, 303);
        const ParsedResponse instances = olga.get("/instances");
        QVERIFY(!instances.body.contains(R"(href="/users")"));
        QVERIFY(!instances.body.contains(R"(href="/api-keys")"));
        QVERIFY(instances.body.contains(R"(href="/suppressed-recipients")"));
        const ParsedResponse forbidden = olga.get("/users");
        QCOMPARE(forbidden.status, 403);
        QVERIFY(forbidden.body.contains("This page is for administrators."));
        QVERIFY(!forbidden.body.contains(R"(<td class="name">alice</td>)"));

        PortalBrowser alice(gateway.port());
        QCOMPARE(alice.signIn(QStringLiteral("alice"), kPassword).status, 303);
        QVERIFY(alice.get("/instances").body.contains(R"(href="/users")"));
        const ParsedResponse users = alice.get("/users");
        QCOMPARE(users.status, 200);
        QVERIFY(users.body.contains(R"(<td class="name">alice</td><td>admin</td><td>enabled</td>)"));
        QVERIFY(users.body.contains(R"(<td class="name">olga</td><td>operator</td><td>enabled</td>)"));
        QVERIFY(users.body.contains(R"(<a href="/users" aria-current="page">)"));
        // Both signed in just now: each row says when; a user who never did says so.
        for (const UserRecord &user : gateway.engine->users().list()) {
            const QDateTime at = user.lastSignInAt;
            QVERIFY2(at.isValid(), qPrintable(user.name));
            const QByteArray cell = "<td>" + QLocale::c().toString(at.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")).toUtf8()
                                    + "</td></tr>";
            QVERIFY2(users.body.contains(cell), cell.constData());
        }
        QVERIFY(gateway.engine->users().createUser(QStringLiteral("nadia"), QStringLiteral("operator"), kPassword));
        QVERIFY(alice.get("/users").body.contains(R"(<td class="name">nadia</td>)"));
        QVERIFY(alice.get("/users").body.contains("<td>never</td></tr>"));

        // A demotion applies at the next request, not the next sign-in.
        QVERIFY(gateway.engine->users().createUser(QStringLiteral("adam"), QStringLiteral("admin"), kPassword));
        QVERIFY(gateway.engine->users().setRole(QStringLiteral("alice"), QStringLiteral("operator")).ok());
        QCOMPARE(alice.get("/users").status, 403);
    }

    void unknownPathsAnswerBrowsersWithAPageAndApiClientsWithJson()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        ParsedResponse page = browser.get("/no/such/<page>");
        QCOMPARE(page.status, 404);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QVERIFY(page.body.contains("Page not found"));
        QVERIFY(!page.body.contains("<page>")); // the path is shown escaped
        QVERIFY2(missingSecurityHeaders(page).isEmpty(), qPrintable(missingSecurityHeaders(page)));
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        QVERIFY(browser.get("/no/such/page").body.contains("Signed in as alice"));

        // API clients (JSON, */*, no Accept at all) keep the API's answer, byte for byte.
        for (const QByteArray &accept : {QByteArray("application/json"), QByteArray("*/*"), QByteArray()}) {
            const ParsedResponse json = browser.get("/api/no-such-endpoint", {{"Accept", accept}});
            QCOMPARE(json.status, 404);
            QCOMPARE(json.header("content-type"), QByteArray("application/json"));
            QVERIFY2(json.body.contains(R"("error":"not_found")"), json.body.constData());
        }
        // A path that exists under another method still answers 405, not a page.
        QCOMPARE(browser.get("/api/send-message").status, 405);
    }

    void unknownPortalPathsAnswerA404Page()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        // Every menu page is built and tested in its own test_portal_*.cpp; a path next to
        // them that the portal has no page for answers the 404 page.
        QCOMPARE(browser.get("/integrations/teams").status, 404); // signed out too: a page, not JSON
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPassword).status, 303);
        for (const QByteArray path : {"/integrations/teams", "/integrations"}) {
            const ParsedResponse r = browser.get(path);
            QCOMPARE(r.status, 404);
            QVERIFY2(r.body.contains("Page not found"), path.constData());
            QVERIFY(r.body.contains(QByteArray("There is no page at " + path + " in this version of the portal.")));
            QVERIFY(r.body.contains("Signed in as alice"));
            QVERIFY2(missingSecurityHeaders(r).isEmpty(), path.constData());
        }
        // The 3CX page is one of them now.
        QCOMPARE(browser.get("/integrations/3cx").status, 200);
        // The JSON document next to the reference page is untouched.
        QCOMPARE(browser.get("/docs/openapi.json").header("content-type"), QByteArray("application/json"));
    }

    void everyHtmlAnswerCarriesTheSecurityHeaders()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser guest(gateway.port());
        QList<QPair<QByteArray, ParsedResponse>> answers;
        answers << qMakePair(QByteArray("GET /"), guest.get("/"));
        answers << qMakePair(QByteArray("GET /login"), guest.get("/login"));
        answers << qMakePair(QByteArray("GET /instances signed out"), guest.get("/instances"));
        answers << qMakePair(QByteArray("POST /login wrong"), guest.signIn(QStringLiteral("alice"), QStringLiteral("wrong")));
        answers << qMakePair(QByteArray("POST /login no token"), guest.post("/login", {}));
        PortalBrowser olga(gateway.port());
        answers << qMakePair(QByteArray("POST /login right"), olga.signIn(QStringLiteral("olga"), kPassword));
        answers << qMakePair(QByteArray("GET /instances"), olga.get("/instances"));
        answers << qMakePair(QByteArray("POST /instances invalid"),
                             olga.post("/instances", {{QStringLiteral("csrf"), csrf(olga)}, {QStringLiteral("name"), QStringLiteral("X")}}));
        answers << qMakePair(QByteArray("GET /users as operator"), olga.get("/users"));
        answers << qMakePair(QByteArray("GET /settings"), olga.get("/settings"));
        for (const auto &[what, response] : answers) {
            const QString missing = missingSecurityHeaders(response);
            QVERIFY2(missing.isEmpty(), qPrintable(QString::fromLatin1(what) + QStringLiteral(": ") + missing));
        }
    }

    void arabicRendersRightToLeft()
    {
        Gateway arabic;
        QVERIFY(arabic.start({{QStringLiteral("language"), QStringLiteral("ar")}}).isEmpty());
        PortalBrowser browser(arabic.port());
        QVERIFY(browser.get("/login").body.contains(R"(<html lang="ar" dir="rtl">)"));
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPassword).status, 303);
        QVERIFY(browser.get("/instances").body.contains(R"(<html lang="ar" dir="rtl">)"));

        Gateway portuguese;
        QVERIFY(portuguese.start({{QStringLiteral("language"), QStringLiteral("pt_BR")}}).isEmpty());
        QVERIFY(PortalBrowser(portuguese.port()).get("/login").body.contains(R"(<html lang="pt-BR" dir="ltr">)"));
    }

    void stylesheetIsServedFromTheResources()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        const ParsedResponse page = browser.get("/login");
        QVERIFY(page.body.contains("<link rel=\"stylesheet\" href=\"/static/portal.css?v="));
        const ParsedResponse css = browser.get("/static/portal.css?v=1", {{"Accept", "text/css,*/*;q=0.1"}});
        QCOMPARE(css.status, 200);
        QCOMPARE(css.header("content-type"), QByteArray("text/css; charset=utf-8"));
        QVERIFY(css.body.contains(".sidebar"));
        QVERIFY(css.body.contains("border-inline-end")); // mirrors for right-to-left
    }
};

QTEST_GUILESS_MAIN(TestPortalPages)
#include "test_portal_pages.moc"
