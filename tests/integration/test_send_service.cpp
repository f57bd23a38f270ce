// The send path in-process with a clock moved by hand: limits that roll over at local
// midnight, warm-up day boundaries, pacing intervals and the durable queue, receipts that
// only move forward, the opt-out spike's automatic pause, risk blocks, provider timeouts.
#include "accounts/api_key_service.h"
#include "core/clock.h"
#include "instances/instance_service.h"
#include "messaging/send_service.h"
#include "providers/simulator/simulator_provider.h"
#include "storage/commit_scheduler.h"
#include "storage/message_store.h"
#include "storage/policy_event_store.h"
#include "support/quiet_send_path.h"
#include "support/temp_database.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace wag;
using namespace wag::test;

namespace {

struct Harness
{
    ManualClock clock;
    TempDatabase temp{clock};
    SimulatorProvider simulator;
    InstanceService instances;
    CommitScheduler commits;
    SendService sends;
    ApiKeyRecord key;
    QString instanceId;

    explicit Harness(SendConfig config, const QDateTime &start)
        : clock(start), simulator(quietSimulator(), clock), instances(temp.db(), clock, simulator),
          commits(temp.db()), sends(clock, temp.db(), commits, instances, simulator, config)
    {
        const auto created_key = ApiKeyService(temp.db(), clock).create(QStringLiteral("crm"), {});
        key = created_key ? created_key->record : ApiKeyRecord();
        const auto created = instances.create(QStringLiteral("front-desk"));
        instanceId = created ? created->id : QString();
        simulator.scan(instanceId);
        sends.start();
    }

    SendAnswer send(const QString &phone, const QString &text, const QString &purpose = QStringLiteral("transactional"))
    {
        SendService::Attempt attempt;
        attempt.key = key;
        attempt.request.instanceRef = QStringLiteral("front-desk");
        attempt.request.phone = phone;
        attempt.request.message = text;
        attempt.request.purpose = purpose;
        std::optional<SendAnswer> answer;
        sends.send(attempt, [&](const SendAnswer &a) { answer = a; });
        QDeadlineTimer deadline(5000);
        while (!answer && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return answer.value_or(SendAnswer::failure(0, QStringLiteral("no_answer"), QString()));
    }

    MessageRecord message(qint64 logId) { return MessageStore(temp.db()).findByLogId(logId).value_or(MessageRecord()); }
};

QString error(const SendAnswer &a) { return a.body.value(QStringLiteral("error")).toString(); }
QString status(const SendAnswer &a) { return a.body.value(QStringLiteral("status")).toString(); }
qint64 logId(const SendAnswer &a)
{
    return a.body.contains(QStringLiteral("log_id")) ? a.body.value(QStringLiteral("log_id")).toInteger()
                                                     : a.body.value(QStringLiteral("details")).toObject().value(QStringLiteral("log_id")).toInteger();
}
QString phone(int n) { return QStringLiteral("+1415555%1").arg(2000 + n, 4, 10, QLatin1Char('0')); }

// Days in Riyadh: the limit tests cross its midnight, which is not UTC's.
SendConfig unpaced()
{
    SendConfig c = unpacedSendConfig();
    c.guard.timeZone = QTimeZone("Asia/Riyadh");
    return c;
}

// Pacing on with a fixed gap: min and max equal, so each send's due time is predictable.
SendConfig pacedEvery(int intervalMs)
{
    SendConfig c = unpaced();
    c.pacing.enabled = true;
    c.pacing.minIntervalMs = intervalMs;
    c.pacing.maxIntervalMs = intervalMs;
    return c;
}

} // namespace

class TestSendService : public QObject
{
    Q_OBJECT

private slots:
    void dailyLimitRollsOverAtLocalMidnight()
    {
        // 20:59 UTC is 23:59 in Riyadh (UTC+3).
        Harness h(unpaced(), QDateTime(QDate(2026, 3, 10), QTime(20, 59), Qt::UTC));
        QVERIFY(h.instances.setLimits(QStringLiteral("front-desk"), 2, 1000).ok());
        QCOMPARE(status(h.send(phone(1), QStringLiteral("Order 1 shipped"))), QStringLiteral("sent"));
        QCOMPARE(status(h.send(phone(2), QStringLiteral("Order 2 shipped"))), QStringLiteral("sent"));
        const SendAnswer refused = h.send(phone(3), QStringLiteral("Order 3 shipped"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(error(refused), QStringLiteral("daily_limit_reached"));
        const QJsonObject details = refused.body.value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("limit")).toInt(), 2);
        QCOMPARE(details.value(QStringLiteral("used")).toInt(), 2);
        QCOMPARE(refused.retryAfterSeconds, 60); // until local midnight
        QCOMPARE(h.message(logId(refused)).status, MessageStatus::Blocked);

        h.clock.advance(59'999); // 23:59:59.999 local: still today
        QCOMPARE(error(h.send(phone(3), QStringLiteral("Order 3 shipped"))), QStringLiteral("daily_limit_reached"));
        h.clock.advance(1); // 00:00 local
        QCOMPARE(status(h.send(phone(3), QStringLiteral("Order 3 shipped"))), QStringLiteral("sent"));
    }

    void monthlyLimitRollsOverAtTheLocalMonth()
    {
        // 31 March, 20:30 UTC = 23:30 local; the month ends in 30 minutes.
        Harness h(unpaced(), QDateTime(QDate(2026, 3, 31), QTime(20, 30), Qt::UTC));
        QVERIFY(h.instances.setLimits(QStringLiteral("front-desk"), 2, 2).ok());
        QCOMPARE(status(h.send(phone(1), QStringLiteral("a"))), QStringLiteral("sent"));
        QCOMPARE(status(h.send(phone(2), QStringLiteral("b"))), QStringLiteral("sent"));
        const SendAnswer refused = h.send(phone(3), QStringLiteral("c"));
        QCOMPARE(error(refused), QStringLiteral("monthly_limit_reached"));
        QCOMPARE(refused.retryAfterSeconds, 30 * 60);
        h.clock.advance(30 * 60 * 1000);
        QCOMPARE(status(h.send(phone(3), QStringLiteral("c"))), QStringLiteral("sent"));
    }

    void warmUpRampsByDaySinceLinking()
    {
        SendConfig config = unpaced();
        config.guard.warmUp.days = 14;
        config.guard.warmUp.firstDayCap = 2;
        // Linked at local midnight so that warm-up days and calendar days line up.
        Harness h(config, QDateTime(QDate(2026, 5, 1), QTime(21, 0), Qt::UTC));
        QVERIFY(h.instances.setLimits(QStringLiteral("front-desk"), 10, 10'000).ok());
        int n = 0;
        auto sendUntilRefused = [&] {
            int sent = 0;
            for (;;) {
                ++n;
                const SendAnswer a = h.send(phone(n), QStringLiteral("Receipt %1").arg(n));
                if (a.status != 200)
                    return std::make_pair(sent, a);
                ++sent;
            }
        };
        auto [day1, refused1] = sendUntilRefused();
        QCOMPARE(day1, 2);
        QCOMPARE(error(refused1), QStringLiteral("daily_limit_reached"));
        QVERIFY(refused1.body.value(QStringLiteral("details")).toObject().value(QStringLiteral("warm_up")).toBool());

        h.clock.advance(24LL * 3600 * 1000 - 1); // last millisecond of day 1
        QCOMPARE(error(h.send(phone(++n), QStringLiteral("x"))), QStringLiteral("daily_limit_reached"));
        h.clock.advance(1);
        QCOMPARE(sendUntilRefused().first, 4); // day 2
        h.clock.advance(24LL * 3600 * 1000);
        QCOMPARE(sendUntilRefused().first, 8); // day 3
        h.clock.advance(11LL * 24 * 3600 * 1000); // day 14: 2 * 2^13 capped by the limit
        QCOMPARE(sendUntilRefused().first, 10);
        h.clock.advance(24LL * 3600 * 1000); // day 15: warm-up over
        auto [day15, refused15] = sendUntilRefused();
        QCOMPARE(day15, 10);
        QVERIFY(!refused15.body.value(QStringLiteral("details")).toObject().contains(QStringLiteral("warm_up")));
    }

    void usageIsWhatTheGuardCounts()
    {
        SendConfig config = unpaced();
        config.guard.warmUp.days = 14;
        config.guard.warmUp.firstDayCap = 2;
        // Linked at 21:00 UTC, local midnight in Riyadh: warm-up days and calendar days line up.
        Harness h(config, QDateTime(QDate(2026, 5, 1), QTime(21, 0), Qt::UTC));
        QVERIFY(h.instances.setLimits(QStringLiteral("front-desk"), 10, 10'000).ok());
        QCOMPARE(h.sends.usage(QStringLiteral("nobody")).failure().code, QStringLiteral("invalid_instance"));

        UsageReport r = h.sends.usage(QStringLiteral("front-desk")).value();
        QCOMPARE(r.sentToday, 0);
        QCOMPARE(r.todayCap, 2);
        QCOMPARE(r.dailyLimit, 10);
        QVERIFY(r.ownDailyLimit && r.warmUpLowersCap);
        QCOMPARE(r.warmUpDay, 1);
        QCOMPARE(r.dayResetsAt, QDateTime(QDate(2026, 5, 2), QTime(21, 0), Qt::UTC));
        QCOMPARE(r.monthResetsAt, QDateTime(QDate(2026, 5, 31), QTime(21, 0), Qt::UTC));

        QCOMPARE(status(h.send(phone(1), QStringLiteral("Receipt 1"))), QStringLiteral("sent"));
        QCOMPARE(status(h.send(phone(2), QStringLiteral("Receipt 2"))), QStringLiteral("sent"));
        r = h.sends.usage(h.instanceId).value();
        QCOMPARE(r.sentToday, 2);
        QCOMPARE(r.sentThisMonth, 2);
        QVERIFY(r.dailyLimitReached());
        // The guard refuses with the very numbers the report shows.
        const SendAnswer refused = h.send(phone(3), QStringLiteral("Receipt 3"));
        QCOMPARE(error(refused), QStringLiteral("daily_limit_reached"));
        const QJsonObject details = refused.body.value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("limit")).toInt(), r.todayCap);
        QCOMPARE(details.value(QStringLiteral("used")).toInt(), r.sentToday);
        QCOMPARE(h.sends.usage(h.instanceId).value().sentToday, 2); // a refusal does not count

        // The last millisecond of day 1, then day 2: a new count and a doubled cap.
        h.clock.advance(24LL * 3600 * 1000 - 1);
        r = h.sends.usage(h.instanceId).value();
        QCOMPARE(r.warmUpDay, 1);
        QVERIFY(r.dailyLimitReached());
        h.clock.advance(1);
        r = h.sends.usage(h.instanceId).value();
        QCOMPARE(r.warmUpDay, 2);
        QCOMPARE(r.todayCap, 4);
        QCOMPARE(r.sentToday, 0);
        QCOMPARE(r.sentThisMonth, 2);
        QVERIFY(!r.dailyLimitReached());
        QCOMPARE(status(h.send(phone(3), QStringLiteral("Receipt 3"))), QStringLiteral("sent"));
        QCOMPARE(h.sends.usage(h.instanceId).value().sentToday, 1);
    }

    void aPersonsSendTakesTheApiPathWithoutAKey()
    {
        Harness h(unpaced(), QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        const QString origin = QLatin1String(SendService::kDesktopOrigin);
        auto sendAsPerson = [&](const SendRequest &request) {
            std::optional<SendAnswer> answer;
            h.sends.sendAsPerson(request, origin, [&](const SendAnswer &a) { answer = a; });
            QDeadlineTimer deadline(5000);
            while (!answer && !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            return answer.value_or(SendAnswer::failure(0, QStringLiteral("no_answer"), QString()));
        };

        // Sent, logged with the purpose, no key id, and the origin where a key prefix goes.
        const SendAnswer sent = sendAsPerson({QStringLiteral("front-desk"), QStringLiteral("+14155552671"),
                                              QStringLiteral("Your table is ready."), QStringLiteral("transactional"), {}});
        QCOMPARE(status(sent), QStringLiteral("sent"));
        MessageRecord logged = h.message(logId(sent));
        QCOMPARE(logged.status, MessageStatus::Sent);
        QVERIFY(!logged.apiKeyId);
        QCOMPARE(logged.apiKeyPrefix, QStringLiteral("desktop"));
        QCOMPARE(logged.purpose, QStringLiteral("transactional"));
        QCOMPARE(logged.rule, QStringLiteral("allowed"));
        QCOMPARE(h.sends.usage(h.instanceId).value().sentToday, 1); // it counts like any send

        // The guard's refusals, logged the same way.
        const SendAnswer marketing = sendAsPerson({QStringLiteral("front-desk"), QStringLiteral("+14155552672"),
                                                   QStringLiteral("Big sale!"), QStringLiteral("marketing"), {}});
        QCOMPARE(marketing.status, 422);
        QCOMPARE(error(marketing), QStringLiteral("message_purpose_not_allowed"));
        logged = h.message(logId(marketing));
        QCOMPARE(logged.status, MessageStatus::Blocked);
        QCOMPARE(logged.outcome, QStringLiteral("message_purpose_not_allowed"));
        QCOMPARE(logged.apiKeyPrefix, QStringLiteral("desktop"));
        QVERIFY(!logged.apiKeyId);

        // The API's field checks come first: an empty text is a validation error, logged.
        const SendAnswer empty = sendAsPerson({QStringLiteral("front-desk"), QStringLiteral("+14155552673"),
                                               QString(), QStringLiteral("support"), {}});
        QCOMPARE(empty.status, 422);
        QCOMPARE(error(empty), QStringLiteral("validation_error"));
        QVERIFY(empty.body.value(QStringLiteral("details")).toObject().value(QStringLiteral("fields")).toObject()
                    .contains(QStringLiteral("message")));
        logged = h.message(logId(empty));
        QCOMPARE(logged.rule, QStringLiteral("fields"));
        QCOMPARE(logged.apiKeyPrefix, QStringLiteral("desktop"));

        const SendAnswer unknown = sendAsPerson({QStringLiteral("nobody"), QStringLiteral("+14155552674"),
                                                 QStringLiteral("Hi"), QStringLiteral("support"), {}});
        QCOMPARE(error(unknown), QStringLiteral("invalid_instance"));
        QCOMPARE(h.sends.usage(h.instanceId).value().sentToday, 1);
    }

    void pacingQueuesAndSendsWhenDue()
    {
        SendConfig config = pacedEvery(4000);
        config.pacing.perRecipientMs = 6000;
        Harness h(config, QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        const SendAnswer a = h.send(phone(1), QStringLiteral("first"));
        const SendAnswer b = h.send(phone(2), QStringLiteral("second"));
        const SendAnswer c = h.send(phone(1), QStringLiteral("third, same recipient as the first"));
        QCOMPARE(status(a), QStringLiteral("sent"));
        QCOMPARE(status(b), QStringLiteral("queued"));
        QCOMPARE(status(c), QStringLiteral("queued"));
        QCOMPARE(h.message(logId(b)).dueAt, h.clock.now().addMSecs(4000));
        QCOMPARE(h.message(logId(c)).dueAt, h.clock.now().addMSecs(8000));

        h.clock.advance(3999);
        h.sends.dispatchDue();
        QTest::qWait(20);
        QCOMPARE(h.message(logId(b)).status, MessageStatus::Queued);
        h.clock.advance(1);
        h.sends.dispatchDue();
        QTRY_COMPARE(h.message(logId(b)).status, MessageStatus::Sent);
        QCOMPARE(h.message(logId(c)).status, MessageStatus::Queued);
        h.clock.advance(4000);
        h.sends.dispatchDue();
        QTRY_COMPARE(h.message(logId(c)).status, MessageStatus::Sent);
        QVERIFY(!h.message(logId(c)).externalId.isEmpty());
        QCOMPARE(h.sends.queuedCount(), 0);
    }

    void perRecipientIntervalAlone()
    {
        SendConfig config = pacedEvery(0);
        config.pacing.perRecipientMs = 6000;
        Harness h(config, QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(status(h.send(phone(1), QStringLiteral("a"))), QStringLiteral("sent"));
        QCOMPARE(status(h.send(phone(2), QStringLiteral("b"))), QStringLiteral("sent"));
        const SendAnswer again = h.send(phone(1), QStringLiteral("c"));
        QCOMPARE(status(again), QStringLiteral("queued"));
        QCOMPARE(h.message(logId(again)).dueAt, h.clock.now().addMSecs(6000));
    }

    void queueBoundAnswersThrottledWithRetryAfter()
    {
        SendConfig config = pacedEvery(1000);
        config.pacing.maxQueueLength = 3;
        Harness h(config, QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(status(h.send(phone(1), QStringLiteral("a"))), QStringLiteral("sent"));
        QCOMPARE(status(h.send(phone(2), QStringLiteral("b"))), QStringLiteral("queued"));
        QCOMPARE(status(h.send(phone(3), QStringLiteral("c"))), QStringLiteral("queued"));
        QCOMPARE(status(h.send(phone(4), QStringLiteral("d"))), QStringLiteral("queued"));
        const SendAnswer full = h.send(phone(5), QStringLiteral("e"));
        QCOMPARE(full.status, 429);
        QCOMPARE(error(full), QStringLiteral("sending_throttled"));
        QVERIFY(full.retryAfterSeconds >= 1);
    }

    void receiptsOnlyMoveForward()
    {
        Harness h(unpaced(), QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        const SendAnswer a = h.send(phone(1), QStringLiteral("Your ticket was updated"));
        QCOMPARE(status(a), QStringLiteral("sent"));
        const QString external = h.message(logId(a)).externalId;
        QSignalSpy changes(&h.sends, &SendService::messageStatusChanged);

        QVERIFY(h.simulator.receipt(h.instanceId, external, MessageStatus::Read).ok());
        QTRY_COMPARE(h.message(logId(a)).status, MessageStatus::Read);
        QVERIFY(h.message(logId(a)).deliveredAt.isValid()); // read implies delivered
        QVERIFY(h.simulator.receipt(h.instanceId, external, MessageStatus::Delivered).ok()); // late
        QVERIFY(h.simulator.receipt(h.instanceId, external, MessageStatus::Read).ok());      // duplicate
        QTest::qWait(50);
        QCOMPARE(h.message(logId(a)).status, MessageStatus::Read);
        QCOMPARE(changes.count(), 1);
    }

    void optOutSpikePausesTheInstanceUntilResumed()
    {
        Harness h(unpaced(), QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        for (int i = 1; i <= 20; ++i)
            QCOMPARE(status(h.send(phone(i), QStringLiteral("Appointment %1 confirmed").arg(i))), QStringLiteral("sent"));
        QSignalSpy paused(&h.sends, &SendService::instanceAutoPaused);
        h.sends.recordOptOut(h.instanceId, phone(1)); // 1/20 = 5 %: not above the threshold
        QCOMPARE(paused.count(), 0);
        h.sends.recordOptOut(h.instanceId, phone(2)); // 2/20 = 10 %
        QCOMPARE(paused.count(), 1);
        const SendAnswer refused = h.send(phone(30), QStringLiteral("x"));
        QCOMPARE(error(refused), QStringLiteral("instance_paused"));
        QCOMPARE(refused.body.value(QStringLiteral("details")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("opt_out_spike"));
        PolicyEventFilter filter;
        bool sawPause = false;
        for (const PolicyEventRecord &e : PolicyEventStore(h.temp.db()).list(filter))
            sawPause = sawPause || (e.action == u"pause" && e.rule == u"opt_out_spike");
        QVERIFY(sawPause);

        QVERIFY(h.instances.resume(QStringLiteral("front-desk")).ok());
        QCOMPARE(status(h.send(phone(31), QStringLiteral("y"))), QStringLiteral("sent"));
    }

    void coldIdenticalSupportBlastIsBlockedButOtpsFlow()
    {
        Harness h(unpaced(), QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(h.instances.setLimits(QStringLiteral("front-desk"), 1000, 10'000).ok());
        for (int i = 1; i <= 200; ++i) {
            const SendAnswer otp = h.send(phone(i), QStringLiteral("Your code is %1").arg(100000 + i * 7), QStringLiteral("authentication"));
            QVERIFY2(status(otp) == u"sent", qPrintable(error(otp)));
        }
        int blockedAt = 0;
        for (int i = 1; i <= 40 && !blockedAt; ++i) {
            const SendAnswer a = h.send(phone(500 + i), QStringLiteral("Check out our new service!"), QStringLiteral("support"));
            if (error(a) == u"policy_violation") {
                blockedAt = i;
                const QJsonObject d = a.body.value(QStringLiteral("details")).toObject();
                QCOMPARE(d.value(QStringLiteral("action")).toString(), QStringLiteral("block"));
                QVERIFY(d.value(QStringLiteral("risk_score")).toInt() >= 80);
                QVERIFY(!d.value(QStringLiteral("rule")).toString().isEmpty());
            }
        }
        QVERIFY2(blockedAt > 0, "an identical cold support blast must be blocked");
        // Someone who wrote in gets an answer.
        h.sends.recordInbound(h.instanceId, phone(900), h.clock.now());
        QCOMPARE(status(h.send(phone(900), QStringLiteral("Thanks, we fixed it."), QStringLiteral("support"))), QStringLiteral("sent"));
    }

    void providerFailuresAndTimeouts()
    {
        SendConfig config = unpaced();
        config.providerTimeoutMs = 200;
        Harness h(config, QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        const SendAnswer notOnWhatsApp = h.send(QStringLiteral("+14155550000"), QStringLiteral("hello"));
        QCOMPARE(notOnWhatsApp.status, 502);
        QCOMPARE(error(notOnWhatsApp), QStringLiteral("gateway_send_failed"));
        QCOMPARE(notOnWhatsApp.body.value(QStringLiteral("details")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("not_on_whatsapp"));
        QCOMPARE(h.message(logId(notOnWhatsApp)).status, MessageStatus::Failed);

        const SendAnswer hangs = h.send(QStringLiteral("+14155550001"), QStringLiteral("hello"));
        QCOMPARE(hangs.status, 502);
        QCOMPARE(hangs.body.value(QStringLiteral("details")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("timeout"));
    }

    void anAnswerAfterTheTimeoutIsRecorded()
    {
        SendConfig config = unpaced();
        config.providerTimeoutMs = 100;
        Harness h(config, QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        SimulatorOptions late = quietSimulator();
        late.lateAnswerMs = 300;
        h.simulator.setOptions(late);
        const SendAnswer timedOut = h.send(QStringLiteral("+14155550003"), QStringLiteral("Your order shipped"));
        QCOMPARE(timedOut.status, 502);
        QCOMPARE(timedOut.body.value(QStringLiteral("details")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("timeout"));
        QCOMPARE(h.message(logId(timedOut)).externalId, QString());
        // The provider's late "accepted": still failed (the caller was told so), but the log
        // now says it may have gone out, with the provider's id.
        QTRY_VERIFY_WITH_TIMEOUT(!h.message(logId(timedOut)).externalId.isEmpty(), 3000);
        const MessageRecord record = h.message(logId(timedOut));
        QCOMPARE(record.status, MessageStatus::Failed);
        QVERIFY(record.error.contains(QStringLiteral("may have been delivered")));
        QVERIFY(h.simulator.receipt(h.instanceId, record.externalId, MessageStatus::Delivered).ok());
        h.commits.flushNow();
        QCOMPARE(h.message(logId(timedOut)).status, MessageStatus::Failed); // terminal
    }

    void restartFailsInDoubtSendsAndRestoresTheQueue()
    {
        SendConfig config = pacedEvery(4000);
        qint64 queuedLog = 0;
        QString dir;
        {
            Harness h(config, QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
            QCOMPARE(status(h.send(phone(1), QStringLiteral("a"))), QStringLiteral("sent"));
            const SendAnswer q = h.send(phone(2), QStringLiteral("b"));
            QCOMPARE(status(q), QStringLiteral("queued"));
            queuedLog = logId(q);
            // A send the provider was handling when the process died.
            MessageRecord inDoubt = h.message(logId(q));
            inDoubt.messageId = QStringLiteral("msg_indoubt");
            inDoubt.status = MessageStatus::Sending;
            QVERIFY(MessageStore(h.temp.db()).insert(inDoubt).ok());
            // The restart: new services on the same database.
            SimulatorProvider simulator(quietSimulator(), h.clock);
            InstanceService instances(h.temp.db(), h.clock, simulator);
            CommitScheduler commits(h.temp.db());
            simulator.restoreLinked(ProviderInstance{h.instanceId, QStringLiteral("front-desk")}, QStringLiteral("+15550000001"));
            SendService restarted(h.clock, h.temp.db(), commits, instances, simulator, config);
            restarted.start();
            QCOMPARE(restarted.queuedCount(), 1);
            const auto failed = MessageStore(h.temp.db()).findByMessageId(QStringLiteral("msg_indoubt"));
            QVERIFY(failed);
            QCOMPARE(failed->status, MessageStatus::Failed);
            QCOMPARE(failed->error, QStringLiteral("interrupted"));
            h.clock.advance(4000);
            restarted.dispatchDue();
            QTRY_COMPARE(MessageStore(h.temp.db()).findByLogId(queuedLog)->status, MessageStatus::Sent);
        }
    }
};

QTEST_GUILESS_MAIN(TestSendService)
#include "test_send_service.moc"
