// POST /integrations/3cx/webhook/{integration_id} over real loopback HTTP, against an engine
// serving in-process on a clock the test moves, called by the fake 3CX PBX: every row of
// SPEC §7's answer list with its status and body, one identical 401 for every failure before
// authentication, agent replies only inside the conversation window (logged with origin
// "3cx"), call-event templates with their cooldown, template switch and strict window,
// signed calls, secret rotation, and the sanitized event log.
#include "core/phone_number.h"
#include "events/inbound_pipeline.h"
#include "fakes/fake_3cx_pbx.h"
#include "instances/instance_service.h"
#include "integrations/threecx/threecx_events.h"
#include "integrations/threecx/threecx_service.h"
#include "messaging/send_service.h"
#include "providers/simulator/simulator_provider.h"
#include "settings/settings_service.h"
#include "suppression/suppression_service.h"
#include "support/database_peek.h"
#include "support/serving_engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace wag;
using namespace wag::test;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
const QString kCustomer = QStringLiteral("+14155550100");
const QString kStranger = QStringLiteral("+14155550177"); // never writes in
const QByteArray kInvalidWebhookBody =
    "{\"error\":\"invalid_3cx_webhook\",\"message\":\"Invalid 3CX webhook request.\",\"success\":false}";

QJsonObject bodyOf(const ParsedResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

struct Gateway
{
    ManualClock clock{QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC)};
    ServingEngine engine;
    QString instanceId;
    QString integrationId;
    QString secret;

    QString start(const QMap<QString, QString> &extra = {})
    {
        QMap<QString, QString> settings{{QStringLiteral("pacing"), QStringLiteral("off")},
                                        {QStringLiteral("warmup_days"), QStringLiteral("0")}};
        settings.insert(extra);
        if (QString problem = engine.start(clock, settings); !problem.isEmpty())
            return problem;
        const Result<InstanceRecord> created = engine->instances().create(QStringLiteral("front-desk"));
        if (!created)
            return created.failure().message;
        instanceId = created->id;
        if (const Status scanned = engine->simulator()->scan(instanceId); !scanned.ok())
            return scanned.failure().message;
        const auto integration = engine->threecx().create(QStringLiteral("pbx"), QStringLiteral("front-desk"));
        if (!integration)
            return integration.failure().message;
        integrationId = integration->record.id;
        secret = integration->secret;
        return {};
    }

    Fake3cxPbx pbx() const
    {
        Fake3cxPbx fake(engine.port(), integrationId, secret);
        fake.setSigningTime(clock.now());
        return fake;
    }

    // A contact writes to the instance; returns once the message (and so the conversation
    // window) is committed.
    bool contactWrites(const QString &phone, const QString &text = QStringLiteral("Hello, I need help"))
    {
        QSignalSpy recorded(engine->inbound(), &InboundPipeline::messageRecorded);
        if (!engine->simulator()->inbound(instanceId, phone, text, QStringLiteral("Dana")))
            return false;
        return !recorded.isEmpty() || recorded.wait(5000);
    }

    void change(const std::function<void(ThreecxSettingsChange &)> &edit)
    {
        ThreecxSettingsChange c;
        edit(c);
        QVERIFY(engine->threecx().update(integrationId, c).ok());
    }

    QList<QVariantList> rows(const QString &sql) const { return peekRows(engine->databasePath(), sql); }
};

void expectError(const ParsedResponse &r, int status, const char *error)
{
    QVERIFY2(r.status == status, qPrintable(QStringLiteral("HTTP %1, body %2").arg(r.status).arg(QString::fromUtf8(r.body))));
    const QJsonObject o = bodyOf(r);
    QCOMPARE(o.value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("error")).toString(), QLatin1String(error));
    QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
}

void expectAction(const ParsedResponse &r, const char *eventType, const char *action, const char *reason = nullptr)
{
    QVERIFY2(r.status == 200, qPrintable(QStringLiteral("HTTP %1, body %2").arg(r.status).arg(QString::fromUtf8(r.body))));
    const QJsonObject o = bodyOf(r);
    QCOMPARE(o.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("event_type")).toString(), QLatin1String(eventType));
    QCOMPARE(o.value(QStringLiteral("action")).toString(), QLatin1String(action));
    if (reason)
        QCOMPARE(o.value(QStringLiteral("reason")).toString(), QLatin1String(reason));
    else
        QVERIFY(!o.contains(QStringLiteral("reason")));
    QCOMPARE(o.contains(QStringLiteral("message_id")), QByteArray(action) == "sent");
}

} // namespace

class TestThreecxWebhook : public QObject
{
    Q_OBJECT

private slots:
    void everyFailureBeforeAuthenticationLooksTheSame()
    {
        Gateway g;
        QVERIFY2(g.start().isEmpty(), "gateway did not start");
        const QJsonObject test{{QStringLiteral("event_type"), QStringLiteral("test")}};
        expectAction(g.pbx().post(test), "test", "logged");

        QList<ParsedResponse> refused;
        Fake3cxPbx unknown = g.pbx();
        unknown.setIntegrationId(QStringLiteral("tcx_doesnotexist000000000"));
        refused << unknown.post(test);
        Fake3cxPbx wrongSecret = g.pbx();
        wrongSecret.setSecret(g.secret + QLatin1Char('x'));
        refused << wrongSecret.post(test);
        refused << g.pbx().post(test, {{"X-WhatsApp-Gateway-3CX-Secret", QByteArray()}}); // header left out
        // A signature that is there but wrong, though none is required.
        refused << g.pbx().post(test, {{"X-WhatsApp-Gateway-Timestamp", QByteArray::number(g.clock.now().toSecsSinceEpoch())},
                                       {"X-WhatsApp-Gateway-Signature", "sha256=00"}});
        // HMAC required: unsigned, then signed too long ago, then signed right.
        g.change([](ThreecxSettingsChange &c) { c.hmacRequired = true; });
        refused << g.pbx().post(test);
        Fake3cxPbx stale = g.pbx();
        stale.setSigning(true);
        stale.setSigningTime(g.clock.now().addSecs(-301));
        refused << stale.post(test);
        Fake3cxPbx signer = g.pbx();
        signer.setSigning(true);
        expectAction(signer.post(test), "test", "logged");
        signer.setSigningTime(g.clock.now().addSecs(-300));
        expectAction(signer.post(test), "test", "logged");
        // Address not allowed, then allowed.
        g.change([](ThreecxSettingsChange &c) {
            c.hmacRequired = false;
            c.allowedIps = QStringList{QStringLiteral("192.0.2.0/24"), QStringLiteral("2001:db8::/32")};
        });
        refused << g.pbx().post(test);
        g.change([](ThreecxSettingsChange &c) { c.allowedIps = QStringList{QStringLiteral("127.0.0.0/8")}; });
        expectAction(g.pbx().post(test), "test", "logged");
        // Disabled.
        QVERIFY(g.engine->threecx().setEnabled(g.integrationId, false).ok());
        refused << g.pbx().post(test);
        QVERIFY(g.engine->threecx().setEnabled(g.integrationId, true).ok());
        expectAction(g.pbx().post(test), "test", "logged");

        QCOMPARE(refused.size(), 8);
        for (const ParsedResponse &r : refused) {
            QCOMPARE(r.status, 401);
            QCOMPARE(r.body, kInvalidWebhookBody);
        }
        // The admin's log has the real reason for each known-integration refusal; the
        // unknown id left no row.
        const QList<ThreecxEventRecord> log = g.engine->threecx().eventLog(g.integrationId, 100);
        QStringList reasons;
        for (const ThreecxEventRecord &row : log) {
            if (row.action == u"refused") {
                QCOMPARE(row.httpStatus, 401);
                QCOMPARE(row.error, QStringLiteral("invalid_3cx_webhook"));
                QVERIFY(!row.reason.isEmpty());
                reasons << row.reason;
            }
        }
        QCOMPARE(reasons.size(), 7);
        QCOMPARE(g.rows(QStringLiteral("SELECT COUNT(*) FROM threecx_events WHERE integration_id <> '%1'")
                            .arg(g.integrationId)).value(0).value(0).toInt(), 0);
    }

    void answersAfterAuthentication()
    {
        Gateway g;
        QVERIFY2(g.start().isEmpty(), "gateway did not start");
        Fake3cxPbx pbx = g.pbx();
        QVERIFY(g.contactWrites(kCustomer));

        // 413: over 256 KiB, refused by the route's limit before it is read; exactly 256 KiB
        // is read (and here is a valid event).
        const QByteArray head = "{\"event_type\":\"test\",\"pad\":\"";
        QByteArray exact = head + QByteArray(ThreecxService::kMaxBodyBytes - head.size() - 2, 'a') + "\"}";
        QCOMPARE(qint64(exact.size()), ThreecxService::kMaxBodyBytes);
        expectAction(pbx.postRaw(exact), "test", "logged");
        expectError(pbx.postRaw(exact.insert(10, ' ')), 413, "payload_too_large");

        expectError(pbx.postRaw("{not json"), 400, "invalid_json");
        expectError(pbx.postRaw("[1,2]"), 400, "invalid_json");

        // The module switch (a setting): off, authenticated calls get module_not_enabled.
        QVERIFY(g.engine->settingsService().store(QStringLiteral("threecx_enabled"), QStringLiteral("false")).ok());
        expectError(pbx.post(Fake3cxPbx::agentReply(kCustomer, QStringLiteral("Hi"))), 403, "module_not_enabled");
        QVERIFY(g.engine->settingsService().store(QStringLiteral("threecx_enabled"), QStringLiteral("true")).ok());

        // Agent replies.
        QJsonObject noPhone = Fake3cxPbx::agentReply(kCustomer, QStringLiteral("Hi"));
        noPhone.remove(QStringLiteral("to"));
        expectError(pbx.post(noPhone), 422, "missing_phone");
        expectError(pbx.post(Fake3cxPbx::agentReply(kCustomer, QStringLiteral("   "))), 422, "missing_message_text");
        const ParsedResponse noPurpose = pbx.post(Fake3cxPbx::agentReply(kCustomer, QStringLiteral("Hi"), QString()));
        expectError(noPurpose, 422, "message_purpose_not_allowed");
        QCOMPARE(bodyOf(noPurpose).value(QStringLiteral("details")).toObject().value(QStringLiteral("allowed")).toArray().size(), 5);
        expectError(pbx.post(Fake3cxPbx::agentReply(kCustomer, QStringLiteral("Hi"), QStringLiteral("marketing"))), 422,
                    "message_purpose_not_allowed");
        expectError(pbx.post(Fake3cxPbx::agentReply(kStranger, QStringLiteral("Hi"))), 409, "conversation_window_closed");
        // The full guard: content rules, suppression, provider failure.
        expectError(pbx.post(Fake3cxPbx::agentReply(kCustomer, QStringLiteral("Limited time offer, act now!"))), 403,
                    "policy_violation");
        const QString refusing = QStringLiteral("+14155550000"); // the simulator refuses …0000: not on WhatsApp
        QVERIFY(g.contactWrites(refusing));
        expectError(pbx.post(Fake3cxPbx::agentReply(refusing, QStringLiteral("Your ticket is open."))), 502,
                    "gateway_send_failed");
        const QString optedOut = QStringLiteral("+14155550122");
        QVERIFY(g.contactWrites(optedOut));
        QVERIFY(g.engine->suppressions().suppress(optedOut, QStringLiteral("asked"), QStringLiteral("test")).ok());
        expectError(pbx.post(Fake3cxPbx::agentReply(optedOut, QStringLiteral("Your ticket is open."))), 403,
                    "recipient_suppressed");

        g.change([](ThreecxSettingsChange &c) { c.outboundEnabled = false; });
        expectError(pbx.post(Fake3cxPbx::agentReply(kCustomer, QStringLiteral("Hi"))), 403, "outbound_disabled");
        g.change([](ThreecxSettingsChange &c) { c.callEventsEnabled = false; });
        expectError(pbx.post(Fake3cxPbx::callEvent(QStringLiteral("missed_call"), kCustomer)), 403, "call_events_disabled");
        g.change([](ThreecxSettingsChange &c) { c.callEventsEnabled = true; });
        QJsonObject noCaller = Fake3cxPbx::callEvent(QStringLiteral("missed_call"), kCustomer);
        noCaller.remove(QStringLiteral("caller"));
        expectError(pbx.post(noCaller), 422, "missing_phone");
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        Gateway g;
        QVERIFY2(g.start().isEmpty(), "gateway did not start");
        Fake3cxPbx pbx = g.pbx();
        const QJsonObject test{{QStringLiteral("event_type"), QStringLiteral("test")}};
        for (int i = 0; i < ThreecxService::kRequestsPerMinute; ++i)
            QCOMPARE(pbx.post(test).status, 200);
        const ParsedResponse limited = pbx.post(test);
        expectError(limited, 429, "webhook_rate_limited");
        QCOMPARE(limited.header("retry-after"), QByteArray("1"));
        g.clock.advance(1000);
        QCOMPARE(pbx.post(test).status, 200);
    }

    void sendingThrottledWhenThePacingQueueIsFull()
    {
        Gateway g;
        QVERIFY2(g.start({{QStringLiteral("pacing"), QStringLiteral("on")},
                          {QStringLiteral("queue_max_length"), QStringLiteral("1")}})
                     .isEmpty(),
                 "gateway did not start");
        Fake3cxPbx pbx = g.pbx();
        QList<int> statuses;
        QString lastError;
        for (int i = 0; i < 4; ++i) {
            const QString phone = QStringLiteral("+1415555020%1").arg(i);
            QVERIFY(g.contactWrites(phone));
            const ParsedResponse r = pbx.post(Fake3cxPbx::agentReply(phone, QStringLiteral("Your ticket is open.")));
            statuses << r.status;
            lastError = bodyOf(r).value(QStringLiteral("error")).toString();
        }
        QVERIFY2(statuses.contains(429), qPrintable(QString::number(statuses.last())));
        QCOMPARE(lastError, QStringLiteral("sending_throttled"));
    }

    void agentRepliesOnlyInsideTheWindow()
    {
        Gateway g;
        QVERIFY2(g.start().isEmpty(), "gateway did not start");
        Fake3cxPbx pbx = g.pbx();
        const QJsonObject reply = Fake3cxPbx::agentReply(QStringLiteral("1 (415) 555-0100"), QStringLiteral("Ticket 42 is open."));
        expectError(pbx.post(reply), 409, "conversation_window_closed"); // before the customer wrote

        QVERIFY(g.contactWrites(kCustomer));
        g.clock.advance(23 * kHourMs);
        const ParsedResponse sent = pbx.post(reply);
        expectAction(sent, "outbound_message", "sent");
        const QString messageId = bodyOf(sent).value(QStringLiteral("message_id")).toString();
        const QList<QVariantList> logged = g.rows(
            QStringLiteral("SELECT api_key_prefix, api_key_id, phone, purpose, status FROM messages WHERE message_id = '%1'")
                .arg(messageId));
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged[0][0].toString(), QStringLiteral("3cx"));
        QVERIFY(logged[0][1].isNull());
        QCOMPARE(logged[0][2].toString(), kCustomer);
        QCOMPARE(logged[0][3].toString(), QStringLiteral("support"));
        QVERIFY(logged[0][4].toString() != u"blocked");

        // 24 hours after the customer's message the window is closed (that instant excluded).
        g.clock.advance(kHourMs);
        expectError(pbx.post(reply), 409, "conversation_window_closed");
        // Writing again opens it again.
        QVERIFY(g.contactWrites(kCustomer));
        expectAction(pbx.post(reply), "outbound_message", "sent");
    }

    void callEventTemplates()
    {
        Gateway g;
        QVERIFY2(g.start().isEmpty(), "gateway did not start");
        Fake3cxPbx pbx = g.pbx();
        g.change([](ThreecxSettingsChange &c) {
            c.businessName = QStringLiteral("Acme Clinic");
            c.templateTexts.insert(threecx::kMissedCall,
                                   QStringLiteral("{{business_name}}: sorry we missed your call to {{queue}} "
                                                  "(ext {{agent_extension}}) at {{call_time}}. {{unknown}}"));
        });
        QVERIFY(g.contactWrites(kCustomer));

        const ParsedResponse first = pbx.post(Fake3cxPbx::callEvent(QStringLiteral("missed_call"), kCustomer));
        expectAction(first, "missed_call", "sent");
        const QString messageId = bodyOf(first).value(QStringLiteral("message_id")).toString();
        const QList<QVariantList> message = g.rows(
            QStringLiteral("SELECT text, purpose, api_key_prefix FROM messages WHERE message_id = '%1'").arg(messageId));
        QCOMPARE(message.size(), 1);
        QCOMPARE(message[0][0].toString(),
                 QStringLiteral("Acme Clinic: sorry we missed your call to Support (ext 201) at 2026-05-04 09:12. {{unknown}}"));
        QCOMPARE(message[0][1].toString(), QStringLiteral("support"));
        QCOMPARE(message[0][2].toString(), QStringLiteral("3cx"));

        // The PBX reports it again within 15 minutes: one message is enough.
        g.clock.advance(14 * 60 * 1000);
        expectAction(pbx.post(Fake3cxPbx::callEvent(QStringLiteral("missed_call"), kCustomer)), "missed_call", "skipped",
                     "cooldown");
        // The template of voicemail is off (templates start off).
        expectAction(pbx.post(Fake3cxPbx::callEvent(QStringLiteral("voicemail"), kCustomer)), "voicemail", "skipped",
                     "template_off");
        // Strict window (the default): a caller who never wrote in gets nothing...
        expectAction(pbx.post(Fake3cxPbx::callEvent(QStringLiteral("missed_call"), kStranger)), "missed_call", "skipped",
                     "window_closed");
        // ...unless the admin turns it off.
        g.change([](ThreecxSettingsChange &c) { c.strictWindow = false; });
        expectAction(pbx.post(Fake3cxPbx::callEvent(QStringLiteral("missed_call"), kStranger)), "missed_call", "sent");
        // A template switched off again.
        g.change([](ThreecxSettingsChange &c) { c.templateEnabled.insert(threecx::kMissedCall, false); });
        g.clock.advance(60 * 60 * 1000);
        expectAction(pbx.post(Fake3cxPbx::callEvent(QStringLiteral("missed_call"), kCustomer)), "missed_call", "skipped",
                     "template_off");

        // A call event with both ends of the call: the template goes to the caller, not to
        // the company's own number in `to`.
        g.change([](ThreecxSettingsChange &c) { c.templateTexts.insert(threecx::kCallEnded, QStringLiteral("Thanks for calling.")); });
        QJsonObject ended = Fake3cxPbx::callEvent(QStringLiteral("call_ended"), kCustomer);
        ended.remove(QStringLiteral("caller"));
        ended.insert(QStringLiteral("from"), kCustomer);
        ended.insert(QStringLiteral("to"), QStringLiteral("+14155550999"));
        const ParsedResponse endedAnswer = pbx.post(ended);
        expectAction(endedAnswer, "call_ended", "sent");
        QCOMPARE(g.rows(QStringLiteral("SELECT phone FROM messages WHERE message_id = '%1'")
                            .arg(bodyOf(endedAnswer).value(QStringLiteral("message_id")).toString()))
                     .value(0).value(0).toString(),
                 kCustomer);
        // An agent's reply goes to `to`, whatever `from` says.
        QJsonObject reply = Fake3cxPbx::agentReply(kCustomer, QStringLiteral("Your ticket is open."));
        reply.insert(QStringLiteral("from"), QStringLiteral("+14155550999"));
        const ParsedResponse replyAnswer = pbx.post(reply);
        expectAction(replyAnswer, "outbound_message", "sent");
        QCOMPARE(g.rows(QStringLiteral("SELECT phone FROM messages WHERE message_id = '%1'")
                            .arg(bodyOf(replyAnswer).value(QStringLiteral("message_id")).toString()))
                     .value(0).value(0).toString(),
                 kCustomer);

        // Other events are logged.
        for (const char *type : {"test", "inbound_reply", "call_started", "queue_event", "something_new"})
            expectAction(pbx.post(Fake3cxPbx::callEvent(QLatin1String(type), kCustomer)), type, "logged");
    }

    void eventLogIsSanitized()
    {
        Gateway g;
        QVERIFY2(g.start().isEmpty(), "gateway did not start");
        Fake3cxPbx pbx = g.pbx();
        const QString text = QStringLiteral("Private text about ticket 987654");
        QVERIFY(g.contactWrites(kCustomer));
        expectAction(pbx.post(Fake3cxPbx::agentReply(kCustomer, text)), "outbound_message", "sent");
        expectError(pbx.post(Fake3cxPbx::agentReply(kStranger, text)), 409, "conversation_window_closed");
        expectAction(pbx.post(Fake3cxPbx::callEvent(QStringLiteral("test"), kCustomer)), "test", "logged");

        const QList<QVariantList> rows = g.rows(QStringLiteral("SELECT * FROM threecx_events"));
        QCOMPARE(rows.size(), 3);
        const QString digits = kCustomer.mid(1);
        for (const QVariantList &row : rows) {
            for (const QVariant &value : row) {
                const QString cell = value.toString();
                QVERIFY2(!cell.contains(QStringLiteral("987654")), qPrintable(cell));
                QVERIFY2(!cell.contains(digits), qPrintable(cell));
                QVERIFY2(!cell.contains(kStranger.mid(1)), qPrintable(cell));
            }
        }
        const QList<ThreecxEventRecord> log = g.engine->threecx().eventLog(g.integrationId, 10);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[2].action, QStringLiteral("sent"));
        QVERIFY(log[2].messageId.startsWith(QStringLiteral("msg_")));
        QCOMPARE(log[2].phoneMasked, maskPhone(kCustomer));
        QVERIFY(log[2].phoneMasked.contains(QLatin1Char('*')));
        QCOMPARE(log[1].action, QStringLiteral("refused"));
        QCOMPARE(log[1].error, QStringLiteral("conversation_window_closed"));
        QCOMPARE(log[1].httpStatus, 409);
        QCOMPARE(log[0].action, QStringLiteral("logged"));
        QCOMPARE(log[0].eventType, QStringLiteral("test"));
    }

    void rotationInvalidatesTheOldSecret()
    {
        Gateway g;
        QVERIFY2(g.start().isEmpty(), "gateway did not start");
        const QJsonObject test{{QStringLiteral("event_type"), QStringLiteral("test")}};
        Fake3cxPbx pbx = g.pbx();
        expectAction(pbx.post(test), "test", "logged");
        const Result<QString> rotated = g.engine->threecx().rotateSecret(g.integrationId);
        QVERIFY(rotated.ok());
        const ParsedResponse old = pbx.post(test);
        QCOMPARE(old.status, 401);
        QCOMPARE(old.body, kInvalidWebhookBody);
        pbx.setSecret(rotated.value());
        expectAction(pbx.post(test), "test", "logged");
        // Signed with the new secret as well.
        pbx.setSigning(true);
        pbx.setSigningTime(g.clock.now());
        expectAction(pbx.post(test), "test", "logged");
    }
};

QTEST_GUILESS_MAIN(TestThreecxWebhook)
#include "test_threecx_webhook.moc"
