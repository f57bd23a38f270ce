// The portal's instance page (/instances/{id}/manage) over real loopback HTTP against an
// engine serving in-process on an injected clock: the Connection tab shows the QR code as an
// inline PNG while connecting and the state after a simulated scan; connect, restart, pause,
// resume, log out and delete through the page change the instance (read back from
// InstanceService), log out and delete only after their confirmation step; a form without
// the session's CSRF token changes nothing; unknown instances and tabs are 404 pages;
// operators may, signed-out visitors are sent to sign in; a test send goes through the guard
// and is logged with the portal's origin, a refusal is shown with what was typed (escaped);
// the Settings tab's numbers are the guard's UsageReport; admins change limits through the
// service's validation; and the live socket pushes the QR code and the state.
#include "accounts/user_service.h"
#include "core/phone_number.h"
#include "core/qr_code.h"
#include "instances/instance_service.h"
#include "messaging/send_service.h"
#include "policy/purposes.h"
#include "policy/usage_report.h"
#include "portal/instance_connection_view.h"
#include "portal/instance_manage_controller.h"
#include "portal/portal.h"
#include "providers/simulator/simulator_provider.h"
#include "storage/message_store.h"
#include "suppression/suppression_service.h"
#include "support/portal_browser.h"
#include "support/serving_engine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace wag;
using namespace wag::test;

namespace {

constexpr int kWaitMs = 10000; // no digit separator: moc misreads it
const QString kRecipient = QStringLiteral("+14155552671");

struct Gateway : ClockedPortalGateway
{
    InstanceService &instances() { return engine->instances(); }
    InstanceRecord instance(const QString &idOrName) { return instances().find(idOrName).value_or(InstanceRecord{}); }

    // A new instance, linked by a simulated scan when `open`.
    QString create(const QString &name, bool open)
    {
        const Result<InstanceRecord> created = instances().create(name);
        if (!created)
            return {};
        if (open && !engine->simulator()->scan(created->id).ok())
            return {};
        return created->id;
    }
};

QByteArray managePath(const QString &name, const QString &suffix = QString())
{
    return (QStringLiteral("/instances/") + name + QStringLiteral("/manage") + suffix).toUtf8();
}

// The token of the visitor's session, from one of their pages.
QString csrf(PortalBrowser &browser, const QString &name)
{
    return PortalBrowser::csrfIn(browser.get(managePath(name)).body);
}

QByteArray escaped(const QString &text)
{
    return portal::Html::text(text).toUtf8();
}

// A WebSocket client as the page's script is one: the browser's cookie and Origin.
class LiveClient
{
public:
    LiveClient(quint16 port, const QByteArray &session) : m_socket(QStringLiteral("http://127.0.0.1:%1").arg(port))
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &message) { m_messages << message; });
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/live").arg(port)));
        request.setRawHeader("Cookie", "wag_session=" + session);
        m_socket.open(request);
    }
    bool opened()
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, kWaitMs);
    }
    // The first message of `type` about `id` whose `field` contains `needle` (waits for it).
    QJsonObject message(const QString &type, const QString &id, const QString &field, const QString &needle)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QString &text : std::as_const(m_messages)) {
                    const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                    if (m.value(QStringLiteral("type")).toString() == type
                        && m.value(QStringLiteral("id")).toString() == id
                        && m.value(field).toString().contains(needle)) {
                        found = m;
                        return true;
                    }
                }
                return false;
            },
            kWaitMs);
        return found;
    }

private:
    QWebSocket m_socket;
    QStringList m_messages;
};

} // namespace

class TestPortalInstanceManage : public QObject
{
    Q_OBJECT

private slots:
    void connectionTabShowsTheQrCodeThenTheStateAfterAScan()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const QString id = gateway.create(QStringLiteral("front-desk"), false);
        QVERIFY(!id.isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);

        // The list links each instance to its page.
        QVERIFY(browser.get("/instances").body.contains(R"(<a href="/instances/front-desk/manage">Manage</a>)"));

        ParsedResponse r = browser.get(managePath(QStringLiteral("front-desk")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-security-policy").contains("img-src 'self' data:"));
        const QString qrText = gateway.instances().qrText(id);
        QVERIFY(!qrText.isEmpty());
        // Exactly the QR code the service holds, as an inline PNG, in the element the live
        // updates replace.
        QVERIFY(r.body.contains(QByteArray(QByteArray("<div class=\"qr-code\" data-qr=\"") + id.toUtf8()
                                           + "\"><img src=\"" + qrCodePngDataUrl(qrText) + "\"")));
        QVERIFY(r.body.contains(R"(<span class="badge state-connecting">connecting</span>)"));
        QVERIFY(r.body.contains(R"(<span class="badge demo">Demo</span>)"));
        QVERIFY(r.body.contains(QByteArray(QByteArray("data-instance-status=\"") + id.toUtf8() + "\"")));
        QVERIFY(r.body.contains(R"(action="/instances/front-desk/manage/restart")"));
        QVERIFY(!r.body.contains(R"(action="/instances/front-desk/manage/connect")"));
        QVERIFY(r.body.contains("/static/portal-live.js"));
        // The tab bar: Connection, Webhooks, Test send, Limits and pause, in that order.
        const qsizetype webhookTab = r.body.indexOf(R"(href="/instances/front-desk/manage?tab=webhook">Webhooks<)");
        QVERIFY(webhookTab > r.body.indexOf(R"(href="/instances/front-desk/manage?tab=connection")"));
        QVERIFY(webhookTab < r.body.indexOf(R"(href="/instances/front-desk/manage?tab=test-send")"));
        QVERIFY(r.body.contains(R"(href="/instances/front-desk/manage?tab=settings")"));
        // The id works as well as the name.
        QCOMPARE(browser.get(managePath(id, QStringLiteral("?tab=connection"))).status, 200);

        QVERIFY(gateway.engine->simulator()->scan(id).ok());
        r = browser.get(managePath(QStringLiteral("front-desk")));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains("<img"));
        QVERIFY(r.body.contains(R"(<span class="badge state-open">open</span>)"));
        QVERIFY(r.body.contains("Linked — no QR code needed."));
        const QString phone = gateway.instance(id).linkedPhone;
        QVERIFY(!phone.isEmpty());
        QVERIFY(!r.body.contains(phone.toUtf8()));
        QVERIFY(r.body.contains(escaped(maskPhone(phone))));
    }

    void actionsThroughThePageChangeTheInstance()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const QString id = gateway.create(QStringLiteral("front-desk"), true);
        QVERIFY(!id.isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        const QString token = csrf(browser, QStringLiteral("front-desk"));
        QVERIFY(!token.isEmpty());

        // Pause with a reason, from the Settings tab: back there afterwards.
        ParsedResponse r = browser.post(managePath(QStringLiteral("front-desk"), QStringLiteral("/pause")),
                                        {{QStringLiteral("csrf"), token},
                                         {QStringLiteral("reason"), QStringLiteral("audit")},
                                         {QStringLiteral("tab"), QStringLiteral("settings")}});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/instances/front-desk/manage?tab=settings"));
        QVERIFY(gateway.instance(id).paused);
        QCOMPARE(gateway.instance(id).pausedReason, QStringLiteral("audit (by alice)"));
        QVERIFY(browser.get(r.header("location")).body.contains(R"(action="/instances/front-desk/manage/resume")"));
        r = browser.post(managePath(QStringLiteral("front-desk"), QStringLiteral("/resume")), {{QStringLiteral("csrf"), token}});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/instances/front-desk/manage?tab=connection"));
        QVERIFY(!gateway.instance(id).paused);

        // Restart: an open instance goes connecting and comes back open on the same phone.
        const QString phone = gateway.instance(id).linkedPhone;
        QSignalSpy states(&gateway.instances(), &InstanceService::stateChanged);
        r = browser.post(managePath(QStringLiteral("front-desk"), QStringLiteral("/restart")), {{QStringLiteral("csrf"), token}});
        QCOMPARE(r.status, 303);
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), kWaitMs);
        QCOMPARE(states.first().at(1).value<InstanceState>(), InstanceState::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(gateway.instance(id).state, InstanceState::Open, kWaitMs);
        QCOMPARE(gateway.instance(id).linkedPhone, phone);

        // Log out: the first POST only asks.
        r = browser.post(managePath(QStringLiteral("front-desk"), QStringLiteral("/logout")), {{QStringLiteral("csrf"), token}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("Log out &quot;front-desk&quot;?"));
        QVERIFY(r.body.contains(R"(name="confirm" value="yes")"));
        QCOMPARE(gateway.instance(id).state, InstanceState::Open);
        r = browser.post(managePath(QStringLiteral("front-desk"), QStringLiteral("/logout")),
                         {{QStringLiteral("csrf"), PortalBrowser::csrfIn(r.body)}, {QStringLiteral("confirm"), QStringLiteral("yes")}});
        QCOMPARE(r.status, 303);
        QTRY_COMPARE_WITH_TIMEOUT(gateway.instance(id).state, InstanceState::Close, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(gateway.instance(id).linkedPhone.isEmpty(), kWaitMs);

        // A refusal shows the service's own words: a closed instance cannot be restarted.
        const Result<InstanceRecord> refused = gateway.instances().restart(id);
        QVERIFY(!refused);
        r = browser.post(managePath(QStringLiteral("front-desk"), QStringLiteral("/restart")), {{QStringLiteral("csrf"), token}});
        QCOMPARE(r.status, 409);
        QVERIFY2(r.body.contains(escaped(refused.failure().message)), r.body.constData());
        QCOMPARE(gateway.instance(id).state, InstanceState::Close);
        QVERIFY(r.body.contains(R"(action="/instances/front-desk/manage/connect")"));

        // Connect from closed: connecting again, with a QR code to scan.
        r = browser.post(managePath(QStringLiteral("front-desk"), QStringLiteral("/connect")), {{QStringLiteral("csrf"), token}});
        QCOMPARE(r.status, 303);
        QTRY_COMPARE_WITH_TIMEOUT(gateway.instance(id).state, InstanceState::Connecting, kWaitMs);

        // Delete: asks first, then removes it and says so on the list.
        r = browser.post(managePath(id, QStringLiteral("/delete")), {{QStringLiteral("csrf"), token}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("Delete &quot;front-desk&quot;?"));
        QVERIFY(gateway.instances().find(id));
        r = browser.post(managePath(id, QStringLiteral("/delete")),
                         {{QStringLiteral("csrf"), token}, {QStringLiteral("confirm"), QStringLiteral("yes")}});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/instances?deleted=front-desk"));
        QVERIFY(!gateway.instances().find(id));
        r = browser.get(r.header("location"));
        QVERIFY(r.body.contains("The instance &quot;front-desk&quot; was deleted."));
        QCOMPARE(browser.get(managePath(QStringLiteral("front-desk"))).status, 404);
    }

    void formsWithoutTheSessionsTokenChangeNothing()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const QString id = gateway.create(QStringLiteral("front-desk"), true);
        QVERIFY(!id.isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        QSignalSpy logged(gateway.engine->sends(), &SendService::messageLogged);

        for (const QString &token : {QString(), QStringLiteral("0123456789abcdef0123456789abcdef")}) {
            for (const QString &action : {QStringLiteral("/pause"), QStringLiteral("/logout"), QStringLiteral("/delete"),
                                          QStringLiteral("/restart"), QStringLiteral("/limits"),
                                          QStringLiteral("/test-send")}) {
                PortalBrowser::Fields fields{{QStringLiteral("confirm"), QStringLiteral("yes")},
                                             {QStringLiteral("daily"), QStringLiteral("5")},
                                             {QStringLiteral("phone"), kRecipient},
                                             {QStringLiteral("message"), QStringLiteral("hello")},
                                             {QStringLiteral("purpose"), QStringLiteral("support")}};
                if (!token.isNull())
                    fields.append({QStringLiteral("csrf"), token});
                const ParsedResponse r = browser.post(managePath(QStringLiteral("front-desk"), action), fields);
                QVERIFY2(r.status == 403, qPrintable(action));
            }
        }
        const InstanceRecord now = gateway.instance(id);
        QCOMPARE(now.state, InstanceState::Open);
        QVERIFY(!now.paused);
        QVERIFY(!now.dailyLimit);
        QVERIFY(logged.isEmpty());
        QCOMPARE(gateway.engine->sends()->usage(id).value().sentToday, 0);
    }

    void unknownInstancesAndTabsAreNotFoundPages()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(!gateway.create(QStringLiteral("front-desk"), false).isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPortalPassword).status, 303);

        ParsedResponse r = browser.get(managePath(QStringLiteral("no-such-thing")));
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.contains("Page not found"));
        QVERIFY(r.header("content-type").startsWith("text/html"));
        r = browser.get(managePath(QStringLiteral("front-desk"), QStringLiteral("?tab=webhooks")));
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.contains("Instances have no &quot;webhooks&quot; tab in this version of the portal."));
        r = browser.get(managePath(QStringLiteral("front-desk"), QStringLiteral("?tab=%3Cscript%3E")));
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.contains("&lt;script&gt;"));
        QVERIFY(!r.body.contains("<script>"));
        const QString token = csrf(browser, QStringLiteral("front-desk"));
        r = browser.post(managePath(QStringLiteral("no-such-thing"), QStringLiteral("/pause")), {{QStringLiteral("csrf"), token}});
        QCOMPARE(r.status, 404);
    }

    void operatorsMaySignedOutVisitorsSignIn()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const QString id = gateway.create(QStringLiteral("front-desk"), true);
        QVERIFY(!id.isEmpty());
        PortalBrowser anonymous(gateway.port());
        for (const QString &tab : {QStringLiteral(""), QStringLiteral("?tab=test-send"), QStringLiteral("?tab=settings")}) {
            const ParsedResponse r = anonymous.get(managePath(QStringLiteral("front-desk"), tab));
            QCOMPARE(r.status, 303);
            QCOMPARE(r.header("location"), QByteArray("/login"));
        }
        ParsedResponse r = anonymous.post(managePath(QStringLiteral("front-desk"), QStringLiteral("/pause")), {});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/login"));
        QVERIFY(!gateway.instance(id).paused);

        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPortalPassword).status, 303);
        for (const QString &tab : {QStringLiteral(""), QStringLiteral("?tab=test-send"), QStringLiteral("?tab=settings")})
            QCOMPARE(browser.get(managePath(QStringLiteral("front-desk"), tab)).status, 200);
        const QString token = csrf(browser, QStringLiteral("front-desk"));
        r = browser.post(managePath(QStringLiteral("front-desk"), QStringLiteral("/pause")), {{QStringLiteral("csrf"), token}});
        QCOMPARE(r.status, 303);
        QVERIFY(gateway.instance(id).paused);
        QCOMPARE(gateway.instance(id).pausedReason, QStringLiteral("paused from the portal (by olga)"));

        // Limits are an admin's (SPEC §5.1): an operator sees them, without the form, and a
        // posted form is refused.
        r = browser.get(managePath(QStringLiteral("front-desk"), QStringLiteral("?tab=settings")));
        QVERIFY(r.body.contains("Only administrators change an instance&#39;s limits."));
        QVERIFY(!r.body.contains("/manage/limits"));
        r = browser.post(managePath(QStringLiteral("front-desk"), QStringLiteral("/limits")),
                         {{QStringLiteral("csrf"), token}, {QStringLiteral("daily"), QStringLiteral("5")}});
        QCOMPARE(r.status, 403);
        QVERIFY(!gateway.instance(id).dailyLimit);
    }

    void testSendGoesThroughTheGuardWithThePortalOrigin()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const QString id = gateway.create(QStringLiteral("front-desk"), true);
        QVERIFY(!id.isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPortalPassword).status, 303);
        ParsedResponse r = browser.get(managePath(QStringLiteral("front-desk"), QStringLiteral("?tab=test-send")));
        QCOMPARE(r.status, 200);
        for (const QString &purpose : allowedPurposes())
            QVERIFY(r.body.contains(QStringLiteral(R"(<option value="%1")").arg(purpose).toUtf8()));
        const QString token = PortalBrowser::csrfIn(r.body);
        QSignalSpy logged(gateway.engine->sends(), &SendService::messageLogged);

        r = browser.post(managePath(QStringLiteral("front-desk"), QStringLiteral("/test-send")),
                         {{QStringLiteral("csrf"), token},
                          {QStringLiteral("phone"), kRecipient},
                          {QStringLiteral("purpose"), QStringLiteral("transactional")},
                          {QStringLiteral("message"), QStringLiteral("Your table is ready.")}});
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains(R"(class="outcome sent")"), r.body.constData());
        QVERIFY(r.body.contains("Sent: the provider accepted it") || r.body.contains("Queued:"));
        QTRY_VERIFY_WITH_TIMEOUT(!logged.isEmpty(), kWaitMs);
        const qint64 logId = logged.first().at(0).toLongLong();
        std::optional<MessageRecord> row;
        QTRY_VERIFY_WITH_TIMEOUT((row = MessageStore(gateway.engine->database()).findByLogId(logId)).has_value(), kWaitMs);
        QCOMPARE(row->apiKeyPrefix, QString::fromLatin1(portal::InstanceManageController::kPortalOrigin));
        QCOMPARE(row->apiKeyPrefix, QStringLiteral("portal"));
        QVERIFY(!row->apiKeyId);
        QCOMPARE(row->purpose, QStringLiteral("transactional"));
        QCOMPARE(row->text, QStringLiteral("Your table is ready."));
        QCOMPARE(row->phone, kRecipient);
        QVERIFY(r.body.contains(QStringLiteral("log entry %1").arg(logId).toUtf8()));

        // The Settings tab counts it as the guard does.
        const UsageReport usage = gateway.engine->sends()->usage(id).value();
        QCOMPARE(usage.sentToday, 1);
        QCOMPARE(usage.sentThisMonth, 1);
        r = browser.get(managePath(QStringLiteral("front-desk"), QStringLiteral("?tab=settings")));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains(QStringLiteral(R"(data-usage="today">%1 of %2)").arg(usage.sentToday).arg(usage.todayCap).toUtf8()),
                 r.body.constData());
        QVERIFY(r.body.contains(QStringLiteral(R"(data-usage="month">%1 of %2</dd>)")
                                    .arg(usage.sentThisMonth)
                                    .arg(usage.monthlyLimit)
                                    .toUtf8()));
        QVERIFY(usage.inWarmUp && usage.warmUpDay == 1);
        QVERIFY(r.body.contains(QStringLiteral("day 1 of %1: at most %2 messages today").arg(usage.warmUpDays).arg(usage.todayCap).toUtf8()));
    }

    void aRefusalIsShownWithWhatWasTyped()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const QString id = gateway.create(QStringLiteral("front-desk"), true);
        QVERIFY(!id.isEmpty());
        QVERIFY(gateway.engine->suppressions().suppress(kRecipient, QStringLiteral("asked"), QStringLiteral("alice")));
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPortalPassword).status, 303);
        const QString token = csrf(browser, QStringLiteral("front-desk"));
        const QString typed = QStringLiteral(R"(<b>"Hi"</b> & welcome)");

        ParsedResponse r = browser.post(managePath(QStringLiteral("front-desk"), QStringLiteral("/test-send")),
                                        {{QStringLiteral("csrf"), token},
                                         {QStringLiteral("phone"), kRecipient},
                                         {QStringLiteral("purpose"), QStringLiteral("operational")},
                                         {QStringLiteral("message"), typed}});
        QCOMPARE(r.status, 403);
        QVERIFY2(r.body.contains(R"(data-error="recipient_suppressed">Refused (recipient_suppressed): )"), r.body.constData());
        QVERIFY(r.body.contains(QByteArray(QByteArray(R"(name="message" rows="4">)") + escaped(typed) + "</textarea>")));
        QVERIFY(r.body.contains(QByteArray(QByteArray("name=\"phone\" value=\"") + escaped(kRecipient) + "\"")));
        QVERIFY(r.body.contains(R"(<option value="operational" selected>)"));
        QVERIFY(!r.body.contains("<b>"));

        // Not a number: the guard's invalid_phone, the typed text escaped in the field.
        r = browser.post(managePath(QStringLiteral("front-desk"), QStringLiteral("/test-send")),
                         {{QStringLiteral("csrf"), token},
                          {QStringLiteral("phone"), QStringLiteral("12<x>")},
                          {QStringLiteral("purpose"), QStringLiteral("support")},
                          {QStringLiteral("message"), QStringLiteral("hello")}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains(R"(data-error="invalid_phone")"));
        QVERIFY(r.body.contains(R"(name="phone" value="12&lt;x&gt;")"));
        QVERIFY(!r.body.contains("<x>"));
        // Refused attempts are logged and do not count.
        QCOMPARE(gateway.engine->sends()->usage(id).value().sentToday, 0);
    }

    void adminsChangeLimitsThroughTheServicesRules()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const QString id = gateway.create(QStringLiteral("front-desk"), true);
        QVERIFY(!id.isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        const QString token = csrf(browser, QStringLiteral("front-desk"));
        const QByteArray limits = managePath(QStringLiteral("front-desk"), QStringLiteral("/limits"));

        ParsedResponse r = browser.post(limits, {{QStringLiteral("csrf"), token},
                                                 {QStringLiteral("daily"), QStringLiteral("50")},
                                                 {QStringLiteral("monthly"), QStringLiteral("1000")}});
        QCOMPARE(r.status, 303);
        QCOMPARE(gateway.instance(id).dailyLimit.value_or(-1), qint64(50));
        QCOMPARE(gateway.instance(id).monthlyLimit.value_or(-1), qint64(1000));
        r = browser.get(r.header("location"));
        QVERIFY(r.body.contains(R"(data-usage="limits">50 a day, 1000 a month</dd>)"));

        // The service's rule: a monthly limit below the daily one is refused, typed kept.
        r = browser.post(limits, {{QStringLiteral("csrf"), token},
                                  {QStringLiteral("daily"), QStringLiteral("300")},
                                  {QStringLiteral("monthly"), QStringLiteral("200")}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("the monthly limit (200) cannot be below the daily limit (300)"));
        QVERIFY(r.body.contains(R"(name="daily" value="300")"));
        QCOMPARE(gateway.instance(id).dailyLimit.value_or(-1), qint64(50));
        r = browser.post(limits, {{QStringLiteral("csrf"), token}, {QStringLiteral("daily"), QStringLiteral("lots")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(gateway.instance(id).dailyLimit.value_or(-1), qint64(50));

        // A preset sets both; empty fields go back to the gateway's defaults.
        r = browser.post(limits, {{QStringLiteral("csrf"), token}, {QStringLiteral("preset"), QStringLiteral("Scale")}});
        QCOMPARE(r.status, 303);
        QCOMPARE(gateway.instance(id).dailyLimit.value_or(-1), qint64(1500));
        QCOMPARE(gateway.instance(id).monthlyLimit.value_or(-1), qint64(30000));
        r = browser.post(limits, {{QStringLiteral("csrf"), token}});
        QCOMPARE(r.status, 303);
        QVERIFY(!gateway.instance(id).dailyLimit);
        QVERIFY(!gateway.instance(id).monthlyLimit);
    }

    void theLiveSocketPushesTheQrCodeAndTheState()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const QString id = gateway.create(QStringLiteral("front-desk"), false);
        QVERIFY(!id.isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPortalPassword).status, 303);
        LiveClient client(gateway.port(), browser.cookie("wag_session"));
        QVERIFY(client.opened());

        // Restarting a connecting instance gives a fresh QR code: pushed as the page renders it.
        const QString before = gateway.instances().qrText(id);
        QVERIFY(gateway.instances().restart(id));
        QTRY_VERIFY_WITH_TIMEOUT(gateway.instances().qrText(id) != before && !gateway.instances().qrText(id).isEmpty(),
                                 kWaitMs);
        const QString freshText = gateway.instances().qrText(id);
        const QString fresh = QString::fromLatin1(qrCodePngDataUrl(freshText));
        const QJsonObject qr = client.message(QStringLiteral("qr"), id, QStringLiteral("html"), fresh);
        QVERIFY2(!qr.isEmpty(), "no push with the new QR code");
        QCOMPARE(qr.value(QStringLiteral("html")).toString(),
                 portal::InstanceConnectionView::qrBlock(gateway.instance(id), freshText).toString());

        // The scan: the state arrives for the page's status element, and the QR code goes.
        QVERIFY(gateway.engine->simulator()->scan(id).ok());
        const QJsonObject state = client.message(QStringLiteral("instance"), id, QStringLiteral("status"),
                                                 QStringLiteral("state-open"));
        QVERIFY2(!state.isEmpty(), "no state push");
        QCOMPARE(state.value(QStringLiteral("status")).toString(),
                 portal::InstanceConnectionView::status(gateway.instance(id)).toString());
        QVERIFY(state.value(QStringLiteral("status")).toString().startsWith(
            QStringLiteral("<div class=\"instance-status\" data-instance-status=\"") + id));
        const QJsonObject gone = client.message(QStringLiteral("qr"), id, QStringLiteral("html"),
                                                QStringLiteral("Linked — no QR code needed."));
        QVERIFY2(!gone.isEmpty(), "the QR code was not withdrawn");
        QVERIFY(!gone.value(QStringLiteral("html")).toString().contains(QStringLiteral("<img")));
    }
};

QTEST_MAIN(TestPortalInstanceManage)
#include "test_portal_instance_manage.moc"
