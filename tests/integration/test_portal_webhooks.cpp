// The instance page's Webhooks tab (/instances/{id}/manage?tab=webhook) over real loopback
// HTTP against an engine serving in-process on an injected clock, with a webhook receiver
// from tests/fakes: adding a destination shows its whsec_ secret once (never on a later
// page) and that secret verifies the signature of a delivered test event; a refused URL or
// no events is shown on the form with what was typed, escaped, and nothing is stored;
// disable/enable, edit, rotate (after a confirmation step, a new secret) and remove (after a
// confirmation step) change the destination as WebhookService reads it back; a test event
// is queued and its attempt, with the receiver's answer escaped, is on the delivery log; a
// destination the dispatcher disabled (410 Gone) says so, on the list and as a banner;
// redelivering one event and a time range makes deliveries pending again; forms without the
// session's CSRF token change nothing; another instance's destination is a 404 page;
// operators may use the tab and signed-out visitors are sent to sign in.
#include "accounts/user_service.h"
#include "instances/instance_service.h"
#include "portal/html.h"
#include "providers/simulator/simulator_provider.h"
#include "fakes/webhook_receiver.h"
#include "support/portal_browser.h"
#include "support/serving_engine.h"
#include "support/webhook_verifier.h"
#include "webhooks/webhook_service.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace wag;
using namespace wag::test;

namespace {

constexpr int kWaitMs = 10000; // no digit separator: moc misreads it

struct Gateway : ClockedPortalGateway
{
    // Loopback destinations allowed: the receiver listens on 127.0.0.1.
    QString start() { return ClockedPortalGateway::start({{QStringLiteral("allow_loopback_webhooks"), QStringLiteral("true")}}); }
    WebhookService &webhooks() { return engine->webhooks(); }
    QString create(const QString &name)
    {
        const Result<InstanceRecord> created = engine->instances().create(name);
        return created ? created->id : QString();
    }
    WebhookDestinationRecord destination(const QString &id)
    {
        return webhooks().find(id).value_or(WebhookDestinationRecord{});
    }
    // Added through the service, as the window would: the record and its secret.
    CreatedWebhookDestination add(const QString &instance, const QString &url, const QStringList &events)
    {
        const Result<CreatedWebhookDestination> added = webhooks().add(instance, url, events);
        return added ? added.value() : CreatedWebhookDestination{};
    }
};

QByteArray managePath(const QString &instance, const QString &suffix = QString())
{
    return (QStringLiteral("/instances/") + instance + QStringLiteral("/manage") + suffix).toUtf8();
}

QByteArray listPath(const QString &instance)
{
    return managePath(instance, QStringLiteral("?tab=webhook"));
}

QByteArray destinationPath(const QString &instance, const QString &destinationId)
{
    return managePath(instance, QStringLiteral("?tab=webhook&destination=") + destinationId);
}

QByteArray actionPath(const QString &instance, const QString &action)
{
    return managePath(instance, QStringLiteral("/webhooks/") + action);
}

QByteArray escaped(const QString &text)
{
    return portal::Html::text(text).toUtf8();
}

QString csrf(PortalBrowser &browser, const QString &instance)
{
    return PortalBrowser::csrfIn(browser.get(listPath(instance)).body);
}

QStringList secretsIn(const QByteArray &body)
{
    QStringList found;
    static const QRegularExpression secret(QStringLiteral("whsec_[A-Za-z0-9+/=]+"));
    for (auto it = secret.globalMatch(QString::fromUtf8(body)); it.hasNext();)
        found << it.next().captured();
    return found;
}

PortalBrowser::Fields destinationFields(const QString &token, const QString &url, const QStringList &events)
{
    PortalBrowser::Fields fields{{QStringLiteral("csrf"), token}, {QStringLiteral("url"), url}};
    for (const QString &event : events)
        fields.append({QStringLiteral("event:") + event, QStringLiteral("on")});
    return fields;
}

} // namespace

class TestPortalWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void addShowsTheSecretOnceAndItSignsATestEvent()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(!gateway.create(QStringLiteral("front-desk")).isEmpty());
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);

        ParsedResponse r = browser.get(listPath(QStringLiteral("front-desk")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("href=\"/instances/front-desk/manage?tab=webhook\" aria-current=\"page\">Webhooks<"));
        QVERIFY(r.body.contains("No webhook destinations yet."));
        // The four recommended events are ticked for a new destination, the others not.
        QVERIFY(r.body.contains("name=\"event:message.received\" value=\"on\" checked>"));
        QVERIFY(r.body.contains("name=\"event:recipient.opted_out\" value=\"on\" checked>"));
        QVERIFY(r.body.contains("name=\"event:call.missed\" value=\"on\">"));
        const QString token = PortalBrowser::csrfIn(r.body);

        const QString url = receiver.url().toString();
        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("add")),
                         destinationFields(token, url, {QStringLiteral("message.received"), QStringLiteral("call.missed")}));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        const QStringList shown = secretsIn(r.body);
        QCOMPARE(shown.size(), 1);
        const QString secret = shown.first();
        QVERIFY(r.body.contains("Copy it now: it will not be shown again."));
        const QList<WebhookDestinationRecord> stored = gateway.webhooks().list(QStringLiteral("front-desk")).value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().url, url);
        QCOMPARE(stored.first().events, (QStringList{QStringLiteral("message.received"), QStringLiteral("call.missed")}));
        const QString id = stored.first().id;

        // Never again: not on the list, not on the destination's own view.
        r = browser.get(listPath(QStringLiteral("front-desk")));
        QVERIFY(r.body.contains(escaped(url)));
        QVERIFY(r.body.contains(escaped(QString::fromUtf8(destinationPath(QStringLiteral("front-desk"), id)))));
        QVERIFY(secretsIn(r.body).isEmpty());
        QVERIFY(secretsIn(browser.get(destinationPath(QStringLiteral("front-desk"), id)).body).isEmpty());

        // A test event reaches the receiver signed with exactly that secret.
        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("test")),
                         {{QStringLiteral("csrf"), token}, {QStringLiteral("destination"), id}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("queued; its attempts appear in the delivery log."));
        QVERIFY(receiver.waitForRequests(1, kWaitMs));
        const ReceivedRequest &delivered = receiver.requests().first();
        QCOMPARE(delivered.header("x-whatsapp-gateway-event"), QByteArray("webhook.test"));
        QVERIFY(webhook_verifier::gatewaySignatureMatches(secret.toUtf8(), delivered.header("x-whatsapp-gateway-timestamp"),
                                                          delivered.body,
                                                          delivered.header("x-whatsapp-gateway-signature")));
        QVERIFY(!webhook_verifier::gatewaySignatureMatches("whsec_somethingelse", delivered.header("x-whatsapp-gateway-timestamp"),
                                                           delivered.body,
                                                           delivered.header("x-whatsapp-gateway-signature")));
        QTRY_COMPARE_WITH_TIMEOUT(gateway.webhooks().deliveryLog(id, 10).size(), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(gateway.webhooks().pendingCount(id), 0, kWaitMs);
        r = browser.get(destinationPath(QStringLiteral("front-desk"), id));
        QVERIFY(r.body.contains("<td>delivered</td>"));
        QVERIFY(r.body.contains("<code>webhook.test</code>"));
    }

    void refusedInputIsShownWithWhatWasTypedAndStoresNothing()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(!gateway.create(QStringLiteral("front-desk")).isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        const QString token = csrf(browser, QStringLiteral("front-desk"));

        // The cloud metadata address: the service's rule, in its own words.
        const QString metadata = QStringLiteral("http://169.254.169.254/latest?<b>\"x\"</b>");
        const Result<CreatedWebhookDestination> refused =
            gateway.webhooks().add(QStringLiteral("front-desk"), metadata, {QStringLiteral("call.missed")});
        QVERIFY(!refused);
        ParsedResponse r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("add")),
                                        destinationFields(token, metadata, {QStringLiteral("call.missed")}));
        QCOMPARE(r.status, 422);
        QVERIFY2(r.body.contains(escaped(refused.failure().message)), r.body.constData());
        QVERIFY(r.body.contains(QByteArray(QByteArray("name=\"url\" value=\"") + escaped(metadata) + '"')));
        QVERIFY(!r.body.contains("<b>\"x\"</b>"));
        QVERIFY(r.body.contains("aria-invalid=\"true\""));
        // The ticks as they were sent, not the defaults.
        QVERIFY(r.body.contains("name=\"event:call.missed\" value=\"on\" checked>"));
        QVERIFY(r.body.contains("name=\"event:message.received\" value=\"on\">"));

        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("add")),
                         destinationFields(token, QStringLiteral("ftp://crm.example.com/hook"), {QStringLiteral("call.missed")}));
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("class=\"problem\" role=\"alert\""));
        QVERIFY(r.body.contains(escaped(QStringLiteral("ftp://crm.example.com/hook"))));

        // No event ticked: the window's words, the URL kept.
        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("add")),
                         destinationFields(token, QStringLiteral("https://crm.example.com/hook"), {}));
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("Choose at least one event."));
        QVERIFY(r.body.contains("value=\"https://crm.example.com/hook\""));

        QVERIFY(gateway.webhooks().list(QStringLiteral("front-desk")).value().isEmpty());
        QVERIFY(secretsIn(r.body).isEmpty());
    }

    void disableEnableEditRotateAndRemove()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(!gateway.create(QStringLiteral("front-desk")).isEmpty());
        const CreatedWebhookDestination added = gateway.add(QStringLiteral("front-desk"), QStringLiteral("https://crm.example.com/a"),
                                                            {QStringLiteral("message.received")});
        const QString id = added.record.id;
        QVERIFY(!id.isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        const QString token = csrf(browser, QStringLiteral("front-desk"));
        const PortalBrowser::Fields named{{QStringLiteral("csrf"), token}, {QStringLiteral("destination"), id}};
        const QByteArray detail = destinationPath(QStringLiteral("front-desk"), id);

        // Disable: recorded as a manual disable, the page offers Enable and no test event.
        ParsedResponse r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("disable")), named);
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), detail);
        QVERIFY(!gateway.destination(id).enabled);
        QCOMPARE(gateway.destination(id).disabledReason, QStringLiteral("manual"));
        r = browser.get(detail);
        QVERIFY(r.body.contains("action=\"/instances/front-desk/manage/webhooks/enable\""));
        QVERIFY(!r.body.contains("action=\"/instances/front-desk/manage/webhooks/test\""));
        QVERIFY(browser.get(listPath(QStringLiteral("front-desk"))).body.contains("<td>disabled</td>"));
        QCOMPARE(browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("enable")), named).status, 303);
        QVERIFY(gateway.destination(id).enabled);

        // Edit: the service's rules, then the change.
        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("edit")),
                         destinationFields(token, QStringLiteral("http://169.254.169.254/x"), {QStringLiteral("call.missed")})
                             << QPair{QStringLiteral("destination"), id});
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("value=\"http://169.254.169.254/x\""));
        QCOMPARE(gateway.destination(id).url, QStringLiteral("https://crm.example.com/a"));
        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("edit")),
                         destinationFields(token, QStringLiteral("https://crm.example.com/b"),
                                           {QStringLiteral("call.missed"), QStringLiteral("message.sent")})
                             << QPair{QStringLiteral("destination"), id});
        QCOMPARE(r.status, 303);
        QCOMPARE(gateway.destination(id).url, QStringLiteral("https://crm.example.com/b"));
        QCOMPARE(gateway.destination(id).events, (QStringList{QStringLiteral("message.sent"), QStringLiteral("call.missed")}));

        // Rotate: the first POST only asks.
        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("rotate")), named);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("The current one keeps signing for 24 hours"));
        QVERIFY(r.body.contains("name=\"confirm\" value=\"yes\""));
        QCOMPARE(gateway.destination(id).secretGeneration, 1);
        QVERIFY(secretsIn(r.body).isEmpty());
        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("rotate")),
                         PortalBrowser::Fields(named) << QPair{QStringLiteral("confirm"), QStringLiteral("yes")});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        const QStringList shown = secretsIn(r.body);
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first() != added.secret);
        QVERIFY(r.body.contains("the previous one keeps signing for 24 hours"));
        QCOMPARE(gateway.destination(id).secretGeneration, 2);
        QVERIFY(gateway.destination(id).previousSecretUntil.isValid());
        // Both sign now: the service's own list of signing secrets is the new and the old one.
        QCOMPARE(gateway.webhooks().signingSecrets(gateway.destination(id), gateway.clock.now()).value(),
                 (QStringList{shown.first(), added.secret}));
        QVERIFY(secretsIn(browser.get(detail).body).isEmpty());

        // Remove: asks first, then it is gone with its view.
        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("remove")), named);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("Remove this destination with its delivery log?"));
        QVERIFY(gateway.webhooks().find(id));
        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("remove")),
                         PortalBrowser::Fields(named) << QPair{QStringLiteral("confirm"), QStringLiteral("yes")});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), listPath(QStringLiteral("front-desk")));
        QVERIFY(!gateway.webhooks().find(id));
        QCOMPARE(browser.get(detail).status, 404);
    }

    void deliveryLogIsEscapedAndOneEventIsRedelivered()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(!gateway.create(QStringLiteral("front-desk")).isEmpty());
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        const QByteArray answer = "<script>alert(\"owned\")</script>";
        receiver.setDefaultResponse(ScriptedResponse::answer(500, answer));
        const QString id = gateway.add(QStringLiteral("front-desk"), receiver.url().toString(), {QStringLiteral("call.missed")}).record.id;
        QVERIFY(!id.isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        const QString token = csrf(browser, QStringLiteral("front-desk"));

        ParsedResponse r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("test")),
                                        {{QStringLiteral("csrf"), token}, {QStringLiteral("destination"), id}});
        QCOMPARE(r.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(gateway.webhooks().deliveryLog(id, 10).size(), 1, kWaitMs);
        const QString eventId = gateway.webhooks().deliveryLog(id, 10).first().eventId;
        QVERIFY(r.body.contains(eventId.toUtf8()));
        // Failed: it waits for its retry (the clock does not move), still pending.
        QCOMPARE(gateway.webhooks().pendingCount(id), 1);

        r = browser.get(destinationPath(QStringLiteral("front-desk"), id));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("<td>500</td>"));
        QVERIFY(r.body.contains(escaped(QString::fromUtf8(answer))));
        QVERIFY(!r.body.contains(answer));
        QVERIFY(r.body.contains(QByteArray(QByteArray("name=\"event\" value=\"") + eventId.toUtf8() + '"')));
        // The list's last attempt and pending count.
        const QByteArray list = browser.get(listPath(QStringLiteral("front-desk"))).body;
        QVERIFY(list.contains("<td>1</td>"));
        QVERIFY(list.contains(" — 500, failed</td>"));

        // Redeliver it now: the receiver accepts this time, nothing is left pending.
        receiver.setDefaultResponse(ScriptedResponse::answer(200));
        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("redeliver")),
                         {{QStringLiteral("csrf"), token}, {QStringLiteral("destination"), id},
                          {QStringLiteral("event"), eventId}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains(escaped(QStringLiteral("Event %1 will be delivered again now.").arg(eventId))));
        QTRY_COMPARE_WITH_TIMEOUT(gateway.webhooks().deliveryLog(id, 10).size(), 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(gateway.webhooks().pendingCount(id), 0, kWaitMs);
        QCOMPARE(receiver.requests().size(), 2);

        // An event that does not exist: the service's refusal, nothing queued.
        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("redeliver")),
                         {{QStringLiteral("csrf"), token}, {QStringLiteral("destination"), id},
                          {QStringLiteral("event"), QStringLiteral("evt_nosuchevent")}});
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.contains("class=\"problem\" role=\"alert\""));
        QCOMPARE(gateway.webhooks().pendingCount(id), 0);
    }

    void aDestinationTheGatewayDisabledSaysWhy()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(!gateway.create(QStringLiteral("front-desk")).isEmpty());
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setDefaultResponse(ScriptedResponse::answer(410));
        const QString url = receiver.url().toString();
        const QString id = gateway.add(QStringLiteral("front-desk"), url, {QStringLiteral("call.missed")}).record.id;
        QVERIFY(!id.isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        const QString token = csrf(browser, QStringLiteral("front-desk"));
        const QByteArray banner = escaped(QStringLiteral("The gateway disabled the webhook destination %1 "
                                                         "(disabled: the receiver answered 410 Gone).")
                                              .arg(url));
        QVERIFY(!browser.get(listPath(QStringLiteral("front-desk"))).body.contains(banner));

        // 410 Gone: the dispatcher disables the destination; the page says why, on the list
        // and as a banner, until someone enables it again.
        QCOMPARE(browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("test")),
                              {{QStringLiteral("csrf"), token}, {QStringLiteral("destination"), id}})
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(!gateway.destination(id).enabled, kWaitMs);
        QCOMPARE(gateway.destination(id).disabledReason, QStringLiteral("gone"));
        ParsedResponse r = browser.get(listPath(QStringLiteral("front-desk")));
        QVERIFY(r.body.contains("<td>disabled: the receiver answered 410 Gone</td>"));
        QVERIFY2(r.body.contains(banner), r.body.constData());
        r = browser.get(destinationPath(QStringLiteral("front-desk"), id));
        QVERIFY(r.body.contains(banner));
        QVERIFY(r.body.contains("<td>410</td>"));
        QCOMPARE(browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("enable")),
                              {{QStringLiteral("csrf"), token}, {QStringLiteral("destination"), id}})
                     .status,
                 303);
        QVERIFY(gateway.destination(id).enabled);
        QVERIFY(!browser.get(listPath(QStringLiteral("front-desk"))).body.contains(banner));
    }

    void aTimeRangeIsRedelivered()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const QString instance = gateway.create(QStringLiteral("front-desk"));
        QVERIFY(!instance.isEmpty());
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        const QString id = gateway.add(QStringLiteral("front-desk"), receiver.url().toString(),
                                       {QStringLiteral("instance.connected")}).record.id;
        QVERIFY(!id.isEmpty());
        // A scan links the phone: one instance.connected event, delivered.
        QVERIFY(gateway.engine->simulator()->scan(instance).ok());
        QVERIFY(receiver.waitForRequests(1, kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(gateway.webhooks().pendingCount(id), 0, kWaitMs);
        const int received = int(receiver.requests().size());

        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        const QString token = csrf(browser, QStringLiteral("front-desk"));
        const auto range = [&](const QString &from, const QString &to) {
            return browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("redeliver-range")),
                                {{QStringLiteral("csrf"), token}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
        };

        // Refusals first: the end before the start (the service's words), times that do not parse.
        ParsedResponse r = range(QStringLiteral("2026-01-01 13:00"), QStringLiteral("2026-01-01 11:00"));
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("a redelivery range needs a start before its end"));
        QVERIFY(r.body.contains("value=\"2026-01-01 13:00\""));
        r = range(QStringLiteral("<i>yesterday</i>"), QStringLiteral("2026-01-01 13:00"));
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains(escaped(QStringLiteral("<i>yesterday</i>"))));
        QVERIFY(!r.body.contains("<i>yesterday</i>"));
        QCOMPARE(gateway.webhooks().pendingCount(id), 0);
        QCOMPARE(receiver.requests().size(), received);

        // The hour around the scan (the clock's 12:00 UTC): the event goes again; the
        // receiver now fails it, so it stays pending for its retry.
        receiver.setDefaultResponse(ScriptedResponse::answer(503));
        r = range(QStringLiteral("2026-01-01 11:30"), QStringLiteral("2026-01-01T12:30"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("will go out again now; deliveries pending for them: 1."));
        QCOMPARE(gateway.webhooks().pendingCount(id), 1);
        QVERIFY(receiver.waitForRequests(received + 1, kWaitMs));
        QCOMPARE(receiver.requests().last().header("x-whatsapp-gateway-event"), QByteArray("instance.connected"));
        QTRY_COMPARE_WITH_TIMEOUT(gateway.webhooks().deliveryLog(id, 10).size(), 2, kWaitMs);
        QCOMPARE(gateway.webhooks().pendingCount(id), 1);

        // A range before the event has nothing to send.
        const int pendingBefore = gateway.webhooks().pendingCount(id);
        r = range(QStringLiteral("2025-12-01 00:00"), QStringLiteral("2025-12-02 00:00"));
        QCOMPARE(r.status, 200);
        QCOMPARE(gateway.webhooks().pendingCount(id), pendingBefore);
    }

    void formsWithoutTheSessionsTokenChangeNothing()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(!gateway.create(QStringLiteral("front-desk")).isEmpty());
        const QString id = gateway.add(QStringLiteral("front-desk"), QStringLiteral("https://crm.example.com/a"),
                                       {QStringLiteral("message.received")}).record.id;
        QVERIFY(!id.isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        QSignalSpy changed(&gateway.webhooks(), &WebhookService::destinationsChanged);
        QSignalSpy queued(&gateway.webhooks(), &WebhookService::deliveriesQueued);

        for (const QString &token : {QString(), QStringLiteral("0123456789abcdef0123456789abcdef")}) {
            for (const QString &action : {QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("enable"),
                                          QStringLiteral("disable"), QStringLiteral("rotate"), QStringLiteral("remove"),
                                          QStringLiteral("test"), QStringLiteral("redeliver"),
                                          QStringLiteral("redeliver-range")}) {
                PortalBrowser::Fields fields = destinationFields(token, QStringLiteral("https://crm.example.com/b"),
                                                                 {QStringLiteral("call.missed")});
                if (token.isNull())
                    fields.removeFirst();
                fields << QPair{QStringLiteral("destination"), id} << QPair{QStringLiteral("confirm"), QStringLiteral("yes")}
                       << QPair{QStringLiteral("from"), QStringLiteral("2025-01-01 00:00")}
                       << QPair{QStringLiteral("to"), QStringLiteral("2027-01-01 00:00")};
                const ParsedResponse r = browser.post(actionPath(QStringLiteral("front-desk"), action), fields);
                QVERIFY2(r.status == 403, qPrintable(action));
                QVERIFY(secretsIn(r.body).isEmpty());
            }
        }
        const WebhookDestinationRecord now = gateway.destination(id);
        QCOMPARE(gateway.webhooks().list(QStringLiteral("front-desk")).value().size(), 1);
        QCOMPARE(now.url, QStringLiteral("https://crm.example.com/a"));
        QCOMPARE(now.events, QStringList{QStringLiteral("message.received")});
        QVERIFY(now.enabled);
        QCOMPARE(now.secretGeneration, 1);
        QCOMPARE(gateway.webhooks().pendingCount(id), 0);
        QVERIFY(changed.isEmpty());
        QVERIFY(queued.isEmpty());
    }

    void anotherInstancesDestinationIsNotFound()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(!gateway.create(QStringLiteral("front-desk")).isEmpty());
        QVERIFY(!gateway.create(QStringLiteral("back-office")).isEmpty());
        const QString theirs = gateway.add(QStringLiteral("back-office"), QStringLiteral("https://crm.example.com/theirs"),
                                           {QStringLiteral("message.received")}).record.id;
        QVERIFY(!theirs.isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        const QString token = csrf(browser, QStringLiteral("front-desk"));

        QVERIFY(!browser.get(listPath(QStringLiteral("front-desk"))).body.contains("crm.example.com/theirs"));
        QVERIFY(browser.get(listPath(QStringLiteral("back-office"))).body.contains("crm.example.com/theirs"));
        ParsedResponse r = browser.get(destinationPath(QStringLiteral("front-desk"), theirs));
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.contains("Page not found"));
        QCOMPARE(browser.get(destinationPath(QStringLiteral("back-office"), theirs)).status, 200);
        QCOMPARE(browser.get(destinationPath(QStringLiteral("front-desk"), QStringLiteral("whd_nosuchthing"))).status, 404);
        for (const QString &action : {QStringLiteral("disable"), QStringLiteral("remove"), QStringLiteral("rotate"),
                                      QStringLiteral("test"), QStringLiteral("edit")}) {
            r = browser.post(actionPath(QStringLiteral("front-desk"), action),
                             destinationFields(token, QStringLiteral("https://crm.example.com/mine"), {QStringLiteral("call.missed")})
                                 << QPair{QStringLiteral("destination"), theirs}
                                 << QPair{QStringLiteral("confirm"), QStringLiteral("yes")});
            QVERIFY2(r.status == 404, qPrintable(action));
            QVERIFY(secretsIn(r.body).isEmpty());
        }
        const WebhookDestinationRecord still = gateway.destination(theirs);
        QVERIFY(still.enabled);
        QCOMPARE(still.url, QStringLiteral("https://crm.example.com/theirs"));
        QCOMPARE(still.secretGeneration, 1);
        QCOMPARE(gateway.webhooks().pendingCount(theirs), 0);
        // An unknown instance too.
        QCOMPARE(browser.get(listPath(QStringLiteral("no-such-thing"))).status, 404);
    }

    // SPEC §8 puts webhook destinations on the instance page and gives operators instances:
    // olga may do what alice may here.
    void operatorsMaySignedOutVisitorsSignIn()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(!gateway.create(QStringLiteral("front-desk")).isEmpty());
        PortalBrowser anonymous(gateway.port());
        ParsedResponse r = anonymous.get(listPath(QStringLiteral("front-desk")));
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/login"));
        r = anonymous.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("add")),
                           destinationFields(QString(), QStringLiteral("https://crm.example.com/a"), {QStringLiteral("call.missed")}));
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/login"));
        QVERIFY(gateway.webhooks().list(QStringLiteral("front-desk")).value().isEmpty());

        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPortalPassword).status, 303);
        r = browser.get(listPath(QStringLiteral("front-desk")));
        QCOMPARE(r.status, 200);
        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("add")),
                         destinationFields(PortalBrowser::csrfIn(r.body), QStringLiteral("https://crm.example.com/a"),
                                           {QStringLiteral("call.missed")}));
        QCOMPARE(r.status, 201);
        QCOMPARE(secretsIn(r.body).size(), 1);
        const QList<WebhookDestinationRecord> stored = gateway.webhooks().list(QStringLiteral("front-desk")).value();
        QCOMPARE(stored.size(), 1);
        r = browser.post(actionPath(QStringLiteral("front-desk"), QStringLiteral("disable")),
                         {{QStringLiteral("csrf"), PortalBrowser::csrfIn(r.body)},
                          {QStringLiteral("destination"), stored.first().id}});
        QCOMPARE(r.status, 303);
        QVERIFY(!gateway.destination(stored.first().id).enabled);
    }
};

QTEST_MAIN(TestPortalWebhooks)
#include "test_portal_webhooks.moc"
