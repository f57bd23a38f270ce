// ThreecxService::handle without HTTP, on a clock moved by hand: the 15-minute template
// cooldown at its exact edge, the 60-a-minute limit at its edge, and the event log rows
// those calls leave (sanitized). The HTTP answers of every SPEC §7 row are in
// tests/integration/test_threecx_webhook.cpp.
#include "core/random.h"
#include "events/event_outbox.h"
#include "events/inbound_pipeline.h"
#include "instances/instance_service.h"
#include "integrations/threecx/threecx_events.h"
#include "integrations/threecx/threecx_service.h"
#include "messaging/send_service.h"
#include "providers/simulator/simulator_provider.h"
#include "secrets/secret_service.h"
#include "storage/commit_scheduler.h"
#include "support/quiet_send_path.h"
#include "support/temp_database.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTest>

using namespace wag;
using namespace wag::test;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
const QString kCaller = QStringLiteral("+14155550100");

struct Harness
{
    ManualClock clock{QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC)};
    TempDatabase temp{clock};
    SimulatorProvider simulator{quietSimulator(), clock};
    InstanceService instances{temp.db(), clock, simulator};
    CommitScheduler commits{temp.db()};
    EventOutbox outbox;
    SendService sends{clock, temp.db(), commits, instances, simulator, unpacedSendConfig()};
    InboundPipeline inbound{clock, temp.db(), commits, instances, outbox, OptOutKeywords(), InboundConfig{}};
    SecretService secrets{SecretBox(randomBytes(SecretBox::kKeyBytes))};
    ThreecxService threecx{temp.db(), clock, instances, &secrets};
    QString instanceId;
    QString integrationId;
    QString secret;


    Harness()
    {
        inbound.attach(simulator);
        const auto created = instances.create(QStringLiteral("front-desk"));
        instanceId = created ? created->id : QString();
        instances.startAll();
        simulator.scan(instanceId);
        sends.start();
        threecx.setSender(&sends);
        const auto integration = threecx.create(QStringLiteral("pbx"), QStringLiteral("front-desk"));
        if (integration) {
            integrationId = integration->record.id;
            secret = integration->secret;
        }
    }

    void contactWrites(const QString &phone)
    {
        simulator.inbound(instanceId, phone, QStringLiteral("hello"), QStringLiteral("Dana"));
        commits.flushNow();
    }

    ThreecxAnswer call(const QJsonObject &body)
    {
        ThreecxWebhookCall c;
        c.integrationId = integrationId;
        c.peer = QHostAddress::LocalHost;
        c.secret = secret.toUtf8();
        c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        std::optional<ThreecxAnswer> answer;
        threecx.handle(c, [&](const ThreecxAnswer &a) { answer = a; });
        QDeadlineTimer deadline(5000);
        while (!answer && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        commits.flushNow();
        return answer.value_or(ThreecxAnswer{0, {}, 0});
    }
};

QJsonObject missedCall(const QString &caller)
{
    return QJsonObject{{QStringLiteral("event_type"), QStringLiteral("missed_call")},
                       {QStringLiteral("caller"), caller}};
}

QString action(const ThreecxAnswer &a)
{
    return a.body.value(QStringLiteral("action")).toString();
}

} // namespace

class TestThreecxService : public QObject
{
    Q_OBJECT

private slots:
    void cooldownEdgeAtExactlyFifteenMinutes()
    {
        Harness h;
        QVERIFY(h.temp.ok());
        QVERIFY(!h.integrationId.isEmpty());
        ThreecxSettingsChange change;
        change.templateTexts.insert(threecx::kMissedCall, QStringLiteral("Sorry we missed you, {{customer_phone}}."));
        QVERIFY(h.threecx.update(h.integrationId, change).ok());
        h.contactWrites(kCaller);

        const QDateTime first = h.clock.now();
        ThreecxAnswer a = h.call(missedCall(kCaller));
        QCOMPARE(a.status, 200);
        QCOMPARE(action(a), QStringLiteral("sent"));
        QVERIFY(a.body.value(QStringLiteral("message_id")).toString().startsWith(QStringLiteral("msg_")));

        // One millisecond before the edge: still cooling down.
        h.clock.set(first.addMSecs(ThreecxService::kCooldownMs - 1));
        a = h.call(missedCall(kCaller));
        QCOMPARE(action(a), QStringLiteral("skipped"));
        QCOMPARE(a.body.value(QStringLiteral("reason")).toString(), QStringLiteral("cooldown"));

        // A different caller and a different event type have cooldowns of their own.
        const QString other = QStringLiteral("+14155550111");
        h.contactWrites(other);
        QCOMPARE(action(h.call(missedCall(other))), QStringLiteral("sent"));

        // Exactly 15 minutes after the first send: the next may go.
        h.clock.set(first.addMSecs(ThreecxService::kCooldownMs));
        a = h.call(missedCall(kCaller));
        QCOMPARE(action(a), QStringLiteral("sent"));
        // And the cooldown starts again from this send.
        h.clock.advance(kMinuteMs);
        QCOMPARE(h.call(missedCall(kCaller)).body.value(QStringLiteral("reason")).toString(), QStringLiteral("cooldown"));

        const QList<ThreecxEventRecord> log = h.threecx.eventLog(h.integrationId, 100);
        QCOMPARE(log.size(), 5);
        int sent = 0;
        for (const ThreecxEventRecord &row : log) {
            sent += row.action == u"sent";
            QVERIFY(!row.phoneMasked.contains(kCaller));
            QVERIFY(row.phoneMasked.contains(QLatin1Char('*')));
            QCOMPARE(row.eventType, threecx::kMissedCall);
        }
        QCOMPARE(sent, 3);
    }

    void rateLimitEdgeSixtyThenRefused()
    {
        Harness h;
        QVERIFY(h.temp.ok());
        const QJsonObject test{{QStringLiteral("event_type"), QStringLiteral("test")}};
        for (int i = 0; i < ThreecxService::kRequestsPerMinute; ++i) {
            const ThreecxAnswer a = h.call(test);
            QVERIFY2(a.status == 200, qPrintable(QStringLiteral("call %1 answered %2").arg(i + 1).arg(a.status)));
            QCOMPARE(action(a), QStringLiteral("logged"));
        }
        const ThreecxAnswer refused = h.call(test);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.body.value(QStringLiteral("error")).toString(), QStringLiteral("webhook_rate_limited"));
        QCOMPARE(refused.retryAfterSeconds, qint64(1));
        // The bucket refills at 60 a minute: one second later there is room for one more.
        h.clock.advance(1000);
        QCOMPARE(h.call(test).status, 200);
        QCOMPARE(h.call(test).status, 429);
        // A full minute refills it completely.
        h.clock.advance(kMinuteMs);
        for (int i = 0; i < ThreecxService::kRequestsPerMinute; ++i)
            QCOMPARE(h.call(test).status, 200);
        QCOMPARE(h.call(test).status, 429);
    }

    void rotationEndsTheOldSecretAtOnce()
    {
        Harness h;
        QVERIFY(h.temp.ok());
        const QJsonObject test{{QStringLiteral("event_type"), QStringLiteral("test")}};
        QCOMPARE(h.call(test).status, 200);
        const QString old = h.secret;
        const Result<QString> rotated = h.threecx.rotateSecret(h.integrationId);
        QVERIFY(rotated.ok());
        QVERIFY(rotated.value() != old);
        QVERIFY(rotated.value().startsWith(QStringLiteral("tcxsec_")));
        QCOMPARE(h.call(test).status, 401);
        h.secret = rotated.value();
        QCOMPARE(h.call(test).status, 200);
        // The secret is stored sealed, never as written.
        const auto record = h.threecx.find(h.integrationId);
        QVERIFY(record);
        QVERIFY(!record->secret.ciphertext.contains(rotated.value().toUtf8()));
    }

    void settingsAreChecked()
    {
        Harness h;
        QVERIFY(h.temp.ok());
        ThreecxSettingsChange bad;
        bad.allowedIps = QStringList{QStringLiteral("10.0.0.0/8"), QStringLiteral("10/8")};
        QCOMPARE(h.threecx.update(h.integrationId, bad).failure().code, QStringLiteral("invalid_allowed_ip"));
        ThreecxSettingsChange unknownEvent;
        unknownEvent.templateTexts.insert(QStringLiteral("call_started"), QStringLiteral("hi"));
        QCOMPARE(h.threecx.update(h.integrationId, unknownEvent).failure().code, QStringLiteral("invalid_event"));
        QCOMPARE(h.threecx.create(QStringLiteral("pbx"), QStringLiteral("front-desk")).failure().code,
                 QStringLiteral("name_taken"));
        QCOMPARE(h.threecx.create(QStringLiteral("other"), QStringLiteral("nope")).failure().code,
                 QStringLiteral("invalid_instance"));
        ThreecxSettingsChange good;
        good.allowedIps = QStringList{QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::/32")};
        good.businessName = QStringLiteral("  Acme  ");
        good.strictWindow = false;
        const auto updated = h.threecx.update(QStringLiteral("pbx"), good); // by name too
        QVERIFY(updated.ok());
        const auto stored = h.threecx.find(h.integrationId);
        QCOMPARE(stored->allowedIps, good.allowedIps.value());
        QCOMPARE(stored->businessName, QStringLiteral("Acme"));
        QCOMPARE(stored->strictWindow, false);
        QCOMPARE(stored->templates.size(), threecx::templateEvents().size());
        QVERIFY(h.threecx.remove(h.integrationId).ok());
        QVERIFY(!h.threecx.find(h.integrationId));
        QVERIFY(h.threecx.eventLog(h.integrationId, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestThreecxService)
#include "test_threecx_service.moc"
