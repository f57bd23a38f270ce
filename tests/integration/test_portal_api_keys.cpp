// The portal's API keys page over real HTTP against an engine serving in-process: a new
// key shown once (on the no-store answer to the POST, never on a later page), its scope,
// the service's refusal shown on the form with what was typed (escaped), revoking with its
// confirmation step after which the key no longer authenticates, CSRF on every POST, and
// operators refused.
#include "accounts/api_key_service.h"
#include "accounts/user_service.h"
#include "instances/instance_service.h"
#include "support/portal_browser.h"
#include "support/serving_engine.h"

#include <QRegularExpression>
#include <QTest>

using namespace wag;
using namespace wag::test;

namespace {

const QString &kPassword = kPortalPassword;

using Gateway = PortalGateway;

QString csrf(PortalBrowser &browser)
{
    return PortalBrowser::csrfIn(browser.get("/api-keys").body);
}

// The one key in a page, as the answer to a create shows it.
QString keyIn(const QByteArray &html)
{
    static const QRegularExpression pattern(QStringLiteral("value=\"(wg_live_[A-Za-z0-9]+)\""));
    return pattern.match(QString::fromUtf8(html)).captured(1);
}

} // namespace

class TestPortalApiKeys : public QObject
{
    Q_OBJECT

private slots:
    void aNewKeyIsShownOnceWithItsScope()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const Result<InstanceRecord> front = gateway.engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(front);
        QVERIFY(gateway.engine->instances().create(QStringLiteral("back-office")));
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPassword).status, 303);

        ParsedResponse r = browser.get("/api-keys");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains(QByteArray(R"(name="scope-)" + front->id.toUtf8() + R"(")")));
        r = browser.post("/api-keys", {{QStringLiteral("csrf"), csrf(browser)},
                                       {QStringLiteral("name"), QStringLiteral("crm <b>")},
                                       {QStringLiteral("scope-") + front->id, QStringLiteral("on")}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        QVERIFY(r.body.contains("Copy it now: it will not be shown again."));
        const QString key = keyIn(r.body);
        QVERIFY2(!key.isEmpty(), r.body.constData());

        const ApiKeyCheck check = gateway.engine->apiKeys().authenticate(key);
        QVERIFY(check.isValid());
        QCOMPARE(check.record.name, QStringLiteral("crm <b>"));
        QCOMPARE(check.record.instanceIds, QStringList{front->id});

        r = browser.get("/api-keys");
        QCOMPARE(r.status, 200);
        const QString body = QString::fromUtf8(r.body);
        QVERIFY2(!body.contains(key), "the key is shown again");
        QVERIFY(!body.contains(QStringLiteral("Copy it now")));
        QVERIFY(body.contains(check.record.prefix + QStringLiteral("…")));
        QVERIFY(body.contains(QStringLiteral(R"(<td class="name">crm &lt;b&gt;</td>)")));
        QVERIFY(!body.contains(QStringLiteral("crm <b>")));
        QVERIFY(body.contains(QStringLiteral(R"(<td class="scope">front-desk</td>)")));
        QVERIFY(body.contains(QStringLiteral("never")));

        // No box ticked: every instance.
        r = browser.post("/api-keys", {{QStringLiteral("csrf"), csrf(browser)}, {QStringLiteral("name"), QStringLiteral("all")}});
        QCOMPARE(r.status, 201);
        QVERIFY(gateway.engine->apiKeys().authenticate(keyIn(r.body)).record.instanceIds.isEmpty());
        QVERIFY(browser.get("/api-keys").body.contains(R"(<td class="scope">all instances</td>)"));
    }

    void refusalsAreShownOnTheFormWithWhatWasTyped()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const Result<InstanceRecord> front = gateway.engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(front);
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPassword).status, 303);

        ParsedResponse r = browser.post("/api-keys", {{QStringLiteral("csrf"), csrf(browser)},
                                                      {QStringLiteral("name"), QStringLiteral("   ")},
                                                      {QStringLiteral("scope-") + front->id, QStringLiteral("on")}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("Give the key a name"));
        QVERIFY(r.body.contains(QByteArray(R"(name="scope-)" + front->id.toUtf8() + R"(" value="on" checked>)")));

        // The service's own refusal (too long), the hostile text typed shown back inert.
        const QString hostile = QStringLiteral("\"><script>alert(1)</script>") + QString(100, QLatin1Char('x'));
        r = browser.post("/api-keys", {{QStringLiteral("csrf"), csrf(browser)}, {QStringLiteral("name"), hostile}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("an API key needs a name of 1 to 100 characters"));
        QVERIFY(r.body.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(!r.body.contains("<script"));
        QVERIFY(gateway.engine->apiKeys().list().isEmpty());
    }

    void revokingAsksFirstThenTheKeyStopsAuthenticating()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const Result<CreatedApiKey> created = gateway.engine->apiKeys().create(QStringLiteral("crm"), {});
        QVERIFY(created);
        const QString prefix = created->record.prefix;
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPassword).status, 303);
        QVERIFY(browser.get("/api-keys").body.contains(R"(action="/api-keys/revoke")"));

        // The first POST only asks.
        ParsedResponse r = browser.post("/api-keys/revoke", {{QStringLiteral("csrf"), csrf(browser)},
                                                             {QStringLiteral("prefix"), prefix}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("Revoke the key &quot;crm&quot;"));
        QVERIFY(r.body.contains(R"(name="confirm" value="yes")"));
        QVERIFY(gateway.engine->apiKeys().authenticate(created->plaintext).isValid());

        // Without the token nothing changes.
        r = browser.post("/api-keys/revoke", {{QStringLiteral("prefix"), prefix}, {QStringLiteral("confirm"), QStringLiteral("yes")}});
        QCOMPARE(r.status, 403);
        QVERIFY(gateway.engine->apiKeys().authenticate(created->plaintext).isValid());

        r = browser.post("/api-keys/revoke", {{QStringLiteral("csrf"), PortalBrowser::csrfIn(r.body)},
                                              {QStringLiteral("prefix"), prefix},
                                              {QStringLiteral("confirm"), QStringLiteral("yes")}});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/api-keys"));
        QCOMPARE(gateway.engine->apiKeys().authenticate(created->plaintext).status, ApiKeyStatus::Revoked);
        r = browser.get("/api-keys");
        QVERIFY(r.body.contains(R"(<tr class="revoked">)"));
        QVERIFY(!r.body.contains(R"(action="/api-keys/revoke")"));

        // A prefix the service does not know: its message.
        r = browser.post("/api-keys/revoke", {{QStringLiteral("csrf"), csrf(browser)},
                                              {QStringLiteral("prefix"), QStringLiteral("wg_live_zzzzzzzz")},
                                              {QStringLiteral("confirm"), QStringLiteral("yes")}});
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.contains("no API key starts with wg_live_zzzzzzzz"));
    }

    void createWithoutTheTokenChangesNothing()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPassword).status, 303);
        ParsedResponse r = browser.post("/api-keys", {{QStringLiteral("name"), QStringLiteral("crm")}});
        QCOMPARE(r.status, 403);
        r = browser.post("/api-keys", {{QStringLiteral("csrf"), QStringLiteral("x").repeated(32)},
                                       {QStringLiteral("name"), QStringLiteral("crm")}});
        QCOMPARE(r.status, 403);
        QVERIFY(keyIn(r.body).isEmpty());
        QVERIFY(gateway.engine->apiKeys().list().isEmpty());
    }

    void operatorsAreRefused()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const Result<CreatedApiKey> created = gateway.engine->apiKeys().create(QStringLiteral("crm"), {});
        QVERIFY(created);
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPassword).status, 303);
        ParsedResponse r = browser.get("/api-keys");
        QCOMPARE(r.status, 403);
        QVERIFY(!r.body.contains(created->record.prefix.toUtf8()));
        const QString token = PortalBrowser::csrfIn(browser.get("/instances").body);
        r = browser.post("/api-keys", {{QStringLiteral("csrf"), token}, {QStringLiteral("name"), QStringLiteral("mine")}});
        QCOMPARE(r.status, 403);
        r = browser.post("/api-keys/revoke", {{QStringLiteral("csrf"), token},
                                              {QStringLiteral("prefix"), created->record.prefix},
                                              {QStringLiteral("confirm"), QStringLiteral("yes")}});
        QCOMPARE(r.status, 403);
        QCOMPARE(gateway.engine->apiKeys().list().size(), qsizetype(1));
        QVERIFY(gateway.engine->apiKeys().authenticate(created->plaintext).isValid());
        QVERIFY(!browser.get("/instances").body.contains(R"(href="/api-keys")"));
    }
};

QTEST_GUILESS_MAIN(TestPortalApiKeys)
#include "test_portal_api_keys.moc"
