// The 3CX page (/integrations/3cx) over real loopback HTTP against an engine serving
// in-process on an injected clock, with the fake 3CX PBX from tests/fakes: an admin creates
// an integration and its secret is shown once (never on a later page) and works against the
// real webhook route; settings saved on the page change the record as ThreecxService reads
// it back, and a refused value is shown at the form with what was typed, escaped, and
// nothing stored; rotating (after a confirmation step) shows a new secret and ends the old
// one; removing asks first; operators see the list and the event log but are refused every
// change; forms without the session's CSRF token change nothing; an unknown id is a 404
// page; the event log shows masked numbers and never a message text.
#include "core/phone_number.h"
#include "fakes/fake_3cx_pbx.h"
#include "instances/instance_service.h"
#include "integrations/threecx/threecx_service.h"
#include "portal/html.h"
#include "support/portal_browser.h"
#include "support/serving_engine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace wag;
using namespace wag::test;

namespace {

const QString kCustomer = QStringLiteral("+14155550100");
const QString kStranger = QStringLiteral("+14155550177");

struct Gateway : ClockedPortalGateway
{
    ThreecxService &threecx() { return engine->threecx(); }
    QString instance(const QString &name)
    {
        const Result<InstanceRecord> created = engine->instances().create(name);
        return created ? created->id : QString();
    }
    // Created through the service, as the admin command does: the record and its secret.
    CreatedThreecxIntegration add(const QString &name, const QString &instance)
    {
        const Result<CreatedThreecxIntegration> created = threecx().create(name, instance);
        return created ? created.value() : CreatedThreecxIntegration{};
    }
    ThreecxIntegrationRecord record(const QString &id)
    {
        return threecx().find(id).value_or(ThreecxIntegrationRecord{});
    }
};

QByteArray detailPath(const QString &id)
{
    return (QStringLiteral("/integrations/3cx/") + id).toUtf8();
}

QByteArray actionPath(const QString &id, const char *action)
{
    return detailPath(id) + '/' + action;
}

QByteArray escaped(const QString &text)
{
    return portal::Html::text(text).toUtf8();
}

QString csrf(PortalBrowser &browser)
{
    return PortalBrowser::csrfIn(browser.get("/integrations/3cx").body);
}

QStringList secretsIn(const QByteArray &body)
{
    QStringList found;
    static const QRegularExpression secret(QStringLiteral("tcxsec_[A-Za-z0-9]+"));
    for (auto it = secret.globalMatch(QString::fromUtf8(body)); it.hasNext();)
        found << it.next().captured();
    return found;
}

QJsonObject bodyOf(const ParsedResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QJsonObject testEvent()
{
    return QJsonObject{{QStringLiteral("event_type"), QStringLiteral("test")}};
}

// Every field of the settings form as the page fills it for `record`, with `edits` applied.
PortalBrowser::Fields settingsFields(const QString &token, const QList<QPair<QString, QString>> &edits)
{
    PortalBrowser::Fields fields{{QStringLiteral("csrf"), token},
                                 {QStringLiteral("enabled"), QStringLiteral("on")},
                                 {QStringLiteral("outbound_enabled"), QStringLiteral("on")},
                                 {QStringLiteral("call_events_enabled"), QStringLiteral("on")},
                                 {QStringLiteral("strict_window"), QStringLiteral("on")}};
    fields.append(edits);
    return fields;
}

} // namespace

class TestPortalThreecx : public QObject
{
    Q_OBJECT

private slots:
    void createShowsTheSecretOnceAndItWorksAgainstTheWebhook()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const QString instanceId = gateway.instance(QStringLiteral("front-desk"));
        QVERIFY(!instanceId.isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);

        ParsedResponse r = browser.get("/integrations/3cx");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("No 3CX integrations yet."));
        QVERIFY(r.body.contains("Create integration"));
        const QString token = PortalBrowser::csrfIn(r.body);
        QVERIFY(!token.isEmpty());

        r = browser.post("/integrations/3cx", {{QStringLiteral("csrf"), token},
                                               {QStringLiteral("name"), QStringLiteral("office-pbx")},
                                               {QStringLiteral("instance"), instanceId}});
        QCOMPARE(r.status, 201);
        QVERIFY(r.header("cache-control").contains("no-store"));
        const QStringList shown = secretsIn(r.body);
        QCOMPARE(shown.size(), 1);
        QVERIFY(r.body.contains("X-WhatsApp-Gateway-3CX-Secret"));
        const QList<ThreecxIntegrationRecord> all = gateway.threecx().list();
        QCOMPARE(all.size(), 1);
        const ThreecxIntegrationRecord created = all.first();
        QCOMPARE(created.name, QStringLiteral("office-pbx"));
        QCOMPARE(created.defaultInstanceId, instanceId);
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(gateway.port())
            + "/integrations/3cx/webhook/" + created.id.toUtf8();
        QVERIFY2(r.body.contains(url), r.body.constData());

        // Never again: not on the list, not on the integration's page.
        r = browser.get("/integrations/3cx");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains(url));
        QVERIFY(r.body.contains("office-pbx"));
        QVERIFY(secretsIn(r.body).isEmpty());
        r = browser.get(detailPath(created.id));
        QCOMPARE(r.status, 200);
        QVERIFY(secretsIn(r.body).isEmpty());
        QVERIFY(browser.get("/integrations/3cx?integration=" + created.id.toUtf8()).body.contains("Event log"));

        // The secret shown is the one the webhook accepts; a wrong one is refused.
        Fake3cxPbx pbx(gateway.port(), created.id, shown.first());
        const ParsedResponse accepted = pbx.post(testEvent());
        QCOMPARE(accepted.status, 200);
        QCOMPARE(bodyOf(accepted).value(QStringLiteral("action")).toString(), QStringLiteral("logged"));
        pbx.setSecret(shown.first() + QStringLiteral("x"));
        QCOMPARE(pbx.post(testEvent()).status, 401);

        // A name refused by the service is shown at the form with what was typed, escaped.
        const QString taken = QStringLiteral("office-pbx");
        r = browser.post("/integrations/3cx", {{QStringLiteral("csrf"), token},
                                               {QStringLiteral("name"), taken},
                                               {QStringLiteral("instance"), instanceId}});
        QVERIFY(r.status == 409 || r.status == 422);
        QVERIFY(r.body.contains("class=\"problem\""));
        QCOMPARE(gateway.threecx().list().size(), 1);
    }

    void settingsSaveAndARefusedValueKeepsWhatWasTyped()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const QString first = gateway.instance(QStringLiteral("front-desk"));
        const QString second = gateway.instance(QStringLiteral("back-office"));
        const CreatedThreecxIntegration created = gateway.add(QStringLiteral("pbx"), first);
        QVERIFY(!created.record.id.isEmpty());
        const QString id = created.record.id;
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        ParsedResponse page = browser.get(detailPath(id));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("name=\"allowed_ips\""));
        QVERIFY(page.body.contains("template:missed_call"));
        const QString token = PortalBrowser::csrfIn(page.body);

        ParsedResponse r = browser.post(
            actionPath(id, "settings"),
            settingsFields(token, {{QStringLiteral("hmac_required"), QStringLiteral("on")},
                                   {QStringLiteral("allowed_ips"), QStringLiteral("192.0.2.0/24\n198.51.100.7")},
                                   {QStringLiteral("default_instance"), second},
                                   {QStringLiteral("business_name"), QStringLiteral("Acme Clinic")},
                                   {QStringLiteral("template:missed_call"), QStringLiteral("Sorry we missed you, {{business_name}}")},
                                   {QStringLiteral("template-on:missed_call"), QStringLiteral("on")}}));
        QCOMPARE(r.status, 303);
        ThreecxIntegrationRecord saved = gateway.record(id);
        QVERIFY(saved.hmacRequired);
        QCOMPARE(saved.allowedIps, QStringList({QStringLiteral("192.0.2.0/24"), QStringLiteral("198.51.100.7")}));
        QCOMPARE(saved.defaultInstanceId, second);
        QCOMPARE(saved.businessName, QStringLiteral("Acme Clinic"));
        QVERIFY(saved.templates.value(QStringLiteral("missed_call")).enabled);
        QCOMPARE(saved.templates.value(QStringLiteral("missed_call")).text,
                 QStringLiteral("Sorry we missed you, {{business_name}}"));
        QVERIFY(!saved.templates.value(QStringLiteral("voicemail")).enabled);

        // Switching things off: unticked boxes.
        r = browser.post(actionPath(id, "settings"),
                         {{QStringLiteral("csrf"), token},
                          {QStringLiteral("default_instance"), second},
                          {QStringLiteral("business_name"), QStringLiteral("Acme Clinic")}});
        QCOMPARE(r.status, 303);
        saved = gateway.record(id);
        QVERIFY(!saved.enabled);
        QVERIFY(!saved.outboundEnabled);
        QVERIFY(!saved.callEventsEnabled);
        QVERIFY(saved.allowedIps.isEmpty());
        QVERIFY(!saved.templates.value(QStringLiteral("missed_call")).enabled);

        // A refused address: 422 at the form, what was typed kept (escaped), nothing stored.
        const QString bad = QStringLiteral("10.0.0.0/99<script>");
        r = browser.post(actionPath(id, "settings"),
                         settingsFields(token, {{QStringLiteral("allowed_ips"), bad},
                                                {QStringLiteral("business_name"), QStringLiteral("Changed <b>")},
                                                {QStringLiteral("default_instance"), first}}));
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("class=\"problem\""));
        QVERIFY2(r.body.contains(escaped(bad)), r.body.constData());
        QVERIFY(!r.body.contains(bad.toUtf8()));
        QVERIFY(r.body.contains(escaped(QStringLiteral("Changed <b>"))));
        const ThreecxIntegrationRecord after = gateway.record(id);
        QVERIFY(!after.enabled);
        QCOMPARE(after.businessName, QStringLiteral("Acme Clinic"));
        QCOMPARE(after.defaultInstanceId, second);
        QVERIFY(after.allowedIps.isEmpty());
    }

    void rotateAndRemoveAskFirst()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const CreatedThreecxIntegration created =
            gateway.add(QStringLiteral("pbx"), gateway.instance(QStringLiteral("front-desk")));
        const QString id = created.record.id;
        QVERIFY(!id.isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        const QString token = csrf(browser);

        // The first form only asks.
        ParsedResponse r = browser.post(actionPath(id, "rotate"), {{QStringLiteral("csrf"), token}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("name=\"confirm\" value=\"yes\""));
        QVERIFY(secretsIn(r.body).isEmpty());
        Fake3cxPbx pbx(gateway.port(), id, created.secret);
        QCOMPARE(pbx.post(testEvent()).status, 200);

        r = browser.post(actionPath(id, "rotate"),
                         {{QStringLiteral("csrf"), token}, {QStringLiteral("confirm"), QStringLiteral("yes")}});
        QCOMPARE(r.status, 200);
        const QStringList shown = secretsIn(r.body);
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first() != created.secret);
        QVERIFY(r.body.contains("X-WhatsApp-Gateway-3CX-Secret"));
        QCOMPARE(pbx.post(testEvent()).status, 401); // the old secret ends at once
        pbx.setSecret(shown.first());
        QCOMPARE(pbx.post(testEvent()).status, 200);
        QVERIFY(secretsIn(browser.get(detailPath(id)).body).isEmpty());

        r = browser.post(actionPath(id, "remove"), {{QStringLiteral("csrf"), token}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("name=\"confirm\" value=\"yes\""));
        QVERIFY(gateway.threecx().find(id).has_value());
        r = browser.post(actionPath(id, "remove"),
                         {{QStringLiteral("csrf"), token}, {QStringLiteral("confirm"), QStringLiteral("yes")}});
        QCOMPARE(r.status, 303);
        QVERIFY(!gateway.threecx().find(id).has_value());
        QCOMPARE(browser.get(detailPath(id)).status, 404);
        QCOMPARE(pbx.post(testEvent()).status, 401);
    }

    void operatorsSeeButChangeNothing()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const QString instanceId = gateway.instance(QStringLiteral("front-desk"));
        const CreatedThreecxIntegration created = gateway.add(QStringLiteral("pbx"), instanceId);
        const QString id = created.record.id;
        QVERIFY(!id.isEmpty());
        Fake3cxPbx pbx(gateway.port(), id, created.secret);
        const QString text = QStringLiteral("Private text about ticket 987654");
        QCOMPARE(pbx.post(Fake3cxPbx::callEvent(QStringLiteral("test"), kCustomer)).status, 200);
        QCOMPARE(pbx.post(Fake3cxPbx::agentReply(kStranger, text)).status, 409);

        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPortalPassword).status, 303);
        ParsedResponse r = browser.get("/integrations/3cx");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("pbx"));
        QVERIFY(!r.body.contains("Create integration"));
        r = browser.get(detailPath(id));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("Event log"));
        QVERIFY(!r.body.contains("name=\"allowed_ips\""));
        QVERIFY(!r.body.contains("Rotate secret"));
        // The event log: masked numbers, never the number or a message text.
        QVERIFY2(r.body.contains(escaped(maskPhone(kCustomer))), r.body.constData());
        QVERIFY(r.body.contains(escaped(maskPhone(kStranger))));
        QVERIFY(!r.body.contains(kCustomer.toUtf8()));
        QVERIFY(!r.body.contains(kStranger.toUtf8()));
        QVERIFY(!r.body.contains("987654"));
        QVERIFY(r.body.contains("outbound_message"));

        const QString token = PortalBrowser::csrfIn(r.body);
        QVERIFY(!token.isEmpty());
        QCOMPARE(browser.post("/integrations/3cx", {{QStringLiteral("csrf"), token},
                                                    {QStringLiteral("name"), QStringLiteral("other")},
                                                    {QStringLiteral("instance"), instanceId}})
                     .status,
                 403);
        QCOMPARE(browser.post(actionPath(id, "settings"), settingsFields(token, {})).status, 403);
        QCOMPARE(browser.post(actionPath(id, "rotate"),
                              {{QStringLiteral("csrf"), token}, {QStringLiteral("confirm"), QStringLiteral("yes")}})
                     .status,
                 403);
        QCOMPARE(browser.post(actionPath(id, "remove"),
                              {{QStringLiteral("csrf"), token}, {QStringLiteral("confirm"), QStringLiteral("yes")}})
                     .status,
                 403);
        QCOMPARE(gateway.threecx().list().size(), 1);
        QCOMPARE(pbx.post(testEvent()).status, 200); // the secret did not change
        QCOMPARE(gateway.record(id).businessName, QString());
    }

    void formsWithoutTheTokenChangeNothingAndUnknownIdsAre404()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const QString instanceId = gateway.instance(QStringLiteral("front-desk"));
        const CreatedThreecxIntegration created = gateway.add(QStringLiteral("pbx"), instanceId);
        const QString id = created.record.id;
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);

        QCOMPARE(browser.post("/integrations/3cx", {{QStringLiteral("name"), QStringLiteral("other")},
                                                    {QStringLiteral("instance"), instanceId}})
                     .status,
                 403);
        QCOMPARE(browser.post(actionPath(id, "settings"),
                              {{QStringLiteral("csrf"), QStringLiteral("wrong")},
                               {QStringLiteral("business_name"), QStringLiteral("Changed")}})
                     .status,
                 403);
        QCOMPARE(browser.post(actionPath(id, "rotate"), {{QStringLiteral("confirm"), QStringLiteral("yes")}}).status,
                 403);
        QCOMPARE(browser.post(actionPath(id, "remove"), {{QStringLiteral("confirm"), QStringLiteral("yes")}}).status,
                 403);
        QCOMPARE(gateway.threecx().list().size(), 1);
        const ThreecxIntegrationRecord kept = gateway.record(id);
        QVERIFY(kept.enabled);
        QCOMPARE(kept.businessName, QString());
        Fake3cxPbx pbx(gateway.port(), id, created.secret);
        QCOMPARE(pbx.post(testEvent()).status, 200);

        const QString token = csrf(browser);
        ParsedResponse r = browser.get("/integrations/3cx/tcx_nosuch");
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.contains("Page not found"));
        QCOMPARE(browser.get("/integrations/3cx?integration=tcx_nosuch").status, 404);
        QCOMPARE(browser.post("/integrations/3cx/tcx_nosuch/settings", settingsFields(token, {})).status, 404);
        QCOMPARE(browser.post("/integrations/3cx/tcx_nosuch/rotate", {{QStringLiteral("csrf"), token}}).status, 404);
        QCOMPARE(browser.post("/integrations/3cx/tcx_nosuch/remove", {{QStringLiteral("csrf"), token}}).status, 404);

        // Signed out: sent to sign in.
        PortalBrowser stranger(gateway.port());
        QCOMPARE(stranger.get("/integrations/3cx").status, 303);
    }
};

QTEST_MAIN(TestPortalThreecx)
#include "test_portal_threecx.moc"
