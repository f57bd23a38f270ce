// The outbox dispatcher end to end: events appended to the outbox reach a real HTTP
// receiver on loopback, signed (checked by an independent verifier), with retries,
// Retry-After, 3xx, 410, the failing streak, redelivery, the test event and the concurrency
// caps. Time is a ManualClock: retries are made due by moving it, never by waiting.
#include "core/random.h"
#include "events/event_types.h"
#include "events/gateway_event.h"
#include "fakes/webhook_receiver.h"
#include "instances/instance_service.h"
#include "providers/simulator/simulator_provider.h"
#include "secrets/secret_service.h"
#include "storage/commit_scheduler.h"
#include "storage/event_store.h"
#include "support/store_fixture.h"
#include "support/webhook_verifier.h"
#include "webhooks/host_resolver.h"
#include "webhooks/webhook_dispatcher.h"
#include "webhooks/webhook_http_client.h"
#include "webhooks/webhook_service.h"
#include "webhooks/webhook_signature.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace wag;
using namespace wag::test;

namespace {

constexpr int kWaitMs = 10'000;
constexpr qint64 kSecond = 1000;

} // namespace

class TestWebhookDispatcher : public QObject, public StoreFixture
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatorProvider> m_provider;
    std::unique_ptr<InstanceService> m_instances;
    std::unique_ptr<SecretService> m_secrets;
    std::unique_ptr<WebhookService> m_webhooks;
    std::unique_ptr<CommitScheduler> m_commits;
    std::unique_ptr<SystemHostResolver> m_resolver;
    std::unique_ptr<WebhookHttpClient> m_client;
    std::unique_ptr<WebhookDispatcher> m_dispatcher;
    std::unique_ptr<WebhookReceiver> m_receiver;
    QString m_instanceId;

    void makeDispatcher(DispatcherLimits limits = {})
    {
        m_dispatcher = std::make_unique<WebhookDispatcher>(m_clock, db(), *m_commits, *m_webhooks, *m_client, limits);
        // The middle of the jitter band: exactly the nominal delays.
        m_dispatcher->setRetrySchedule(RetrySchedule([] { return 0.5; }));
    }

    CreatedWebhookDestination addDestination(const QString &path = QStringLiteral("/webhook"),
                                             const QStringList &events = event_types::all())
    {
        const auto created = m_webhooks->add(m_instanceId, m_receiver->url(path).toString(), events);
        if (!created)
            qFatal("%s", qPrintable(created.failure().message));
        return created.value();
    }

    GatewayEvent appendEvent(const QString &type = event_types::kMessageReceived)
    {
        const GatewayEvent event = makeGatewayEvent(
            type, m_instanceId, QStringLiteral("front-desk"), m_clock.now(),
            QJsonObject{{QStringLiteral("from"), QStringLiteral("+14155552671")},
                        {QStringLiteral("message_text"), QStringLiteral("Hello, is my order ready? ✓")}});
        if (!EventStore(db()).append(event, m_clock.now()))
            qFatal("append failed");
        return event;
    }

    DeliveryRecord deliveryOf(const QString &eventId, int index = 0)
    {
        return WebhookDeliveryStore(db()).forEvent(eventId).value(index);
    }

    // Runs a due-query now and waits until every attempt it started is recorded.
    bool dispatchAndSettle()
    {
        m_dispatcher->dispatchDue();
        return QTest::qWaitFor([this] { return m_dispatcher->inFlight() == 0; }, kWaitMs);
    }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
        if (!openDatabase())
            return;
        m_provider = std::make_unique<SimulatorProvider>(SimulatorOptions{}, m_clock);
        m_instances = std::make_unique<InstanceService>(db(), m_clock, *m_provider);
        m_instances->setDrivesProvider(false);
        const auto instance = m_instances->create(QStringLiteral("front-desk"));
        QVERIFY(instance);
        m_instanceId = instance->id;
        m_secrets = std::make_unique<SecretService>(SecretBox(randomBytes(SecretBox::kKeyBytes)));
        m_webhooks = std::make_unique<WebhookService>(db(), m_clock, *m_instances, m_secrets.get());
        DestinationPolicy policy;
        policy.allowLoopback = true;
        m_webhooks->setPolicy(policy);
        m_commits = std::make_unique<CommitScheduler>(db());
        m_resolver = std::make_unique<SystemHostResolver>();
        m_client = std::make_unique<WebhookHttpClient>(*m_resolver, policy);
        m_receiver = std::make_unique<WebhookReceiver>();
        QVERIFY(m_receiver->listen());
        makeDispatcher();
    }

    void cleanup()
    {
        m_dispatcher.reset();
        m_client.reset();
        m_resolver.reset();
        m_receiver.reset();
        if (m_commits)
            m_commits->flushNow();
        m_commits.reset();
        m_webhooks.reset();
        m_secrets.reset();
        m_instances.reset();
        m_provider.reset();
        closeDatabase();
    }

    void eventReachesTheReceiverSigned()
    {
        const CreatedWebhookDestination destination = addDestination(QStringLiteral("/webhook"),
                                                                     {event_types::kMessageReceived});
        const GatewayEvent event = appendEvent();
        appendEvent(event_types::kMessageRead); // not subscribed: never sent
        QSignalSpy attempted(m_dispatcher.get(), &WebhookDispatcher::deliveryAttempted);
        m_dispatcher->start();
        QVERIFY(m_receiver->waitForRequests(1, kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(attempted.count(), 1, kWaitMs);

        const ReceivedRequest &request = m_receiver->requests().at(0);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path(), QByteArray("/webhook"));
        QCOMPARE(request.body, event.body); // byte for byte as stored
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.header("X-WhatsApp-Gateway-Event"), QByteArray("message.received"));
        const QByteArray timestamp = QByteArray::number(m_clock.now().toSecsSinceEpoch());
        QCOMPARE(request.header("X-WhatsApp-Gateway-Timestamp"), timestamp);
        QCOMPARE(request.header("webhook-id"), event.id.toUtf8());
        QCOMPARE(request.header("webhook-timestamp"), timestamp);
        const QByteArray secret = destination.secret.toUtf8();
        QVERIFY(webhook_verifier::gatewaySignatureMatches(secret, timestamp, request.body,
                                                          request.header("X-WhatsApp-Gateway-Signature")));
        QCOMPARE(webhook_verifier::standardSignatureEntries(request.header("webhook-signature")).size(), 1);
        QVERIFY(webhook_verifier::standardSignatureMatches(secret, event.id.toUtf8(), timestamp, request.body,
                                                           request.header("webhook-signature")));
        // A wrong secret does not verify (the verifier is not a rubber stamp).
        QVERIFY(!webhook_verifier::gatewaySignatureMatches(generateWebhookSecret().toUtf8(), timestamp, request.body,
                                                           request.header("X-WhatsApp-Gateway-Signature")));

        const DeliveryRecord delivery = deliveryOf(event.id);
        QCOMPARE(delivery.state, DeliveryState::Delivered);
        QCOMPARE(delivery.attempts, 1);
        QCOMPARE(attempted.at(0).at(4).toInt(), 200);
        const QList<WebhookAttemptRecord> log = m_webhooks->deliveryLog(destination.record.id, 10);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0).statusCode, 200);
        QCOMPARE(log.at(0).responseExcerpt, QByteArray("ok"));
        QCOMPARE(log.at(0).eventType, QStringLiteral("message.received"));
        QVERIFY(log.at(0).error.isEmpty());
        QCOMPARE(m_receiver->requests().size(), 1);
    }

    void goneDisablesTheDestination()
    {
        const CreatedWebhookDestination destination = addDestination();
        m_receiver->enqueue(ScriptedResponse::answer(410, "no such hook"));
        QSignalSpy disabled(m_webhooks.get(), &WebhookService::destinationDisabled);
        const GatewayEvent event = appendEvent();
        QVERIFY(dispatchAndSettle());
        QCOMPARE(disabled.count(), 1);
        QCOMPARE(disabled.at(0).at(0).toString(), destination.record.id);
        QCOMPARE(disabled.at(0).at(1).toString(), QStringLiteral("gone"));
        const auto record = m_webhooks->find(destination.record.id);
        QVERIFY(!record->enabled);
        QCOMPARE(record->disabledReason, QStringLiteral("gone"));
        QCOMPARE(deliveryOf(event.id).state, DeliveryState::Failed);
        QCOMPARE(deliveryOf(event.id).lastStatusCode, 410);
        QCOMPARE(m_webhooks->deliveryLog(destination.record.id, 10).at(0).responseExcerpt, QByteArray("no such hook"));
        // Nothing more goes there.
        appendEvent();
        m_clock.advance(3600 * kSecond);
        QVERIFY(dispatchAndSettle());
        QCOMPARE(m_receiver->requests().size(), 1);
    }

    void retryAfterDelaysTheNextAttempt_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("429 seconds") << 429 << QByteArray("600") << 600 * kSecond;
        QTest::newRow("503 http-date") << 503 << QByteArray("Thu, 01 Jan 2026 12:20:00 GMT") << 1200 * kSecond;
        // Shorter than the schedule's 5 s: the schedule.
        QTest::newRow("429 shorter") << 429 << QByteArray("1") << 5 * kSecond;
        // Only 429 and 503 are asked to wait.
        QTest::newRow("500 ignores it") << 500 << QByteArray("600") << 5 * kSecond;
    }
    void retryAfterDelaysTheNextAttempt()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, delayMs);
        QCOMPARE(m_clock.now(), QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)); // the date above
        addDestination();
        m_receiver->enqueue(ScriptedResponse::answer(status, "busy", {{"Retry-After", retryAfter}}));
        const GatewayEvent event = appendEvent();
        QVERIFY(dispatchAndSettle());
        QCOMPARE(deliveryOf(event.id).state, DeliveryState::Pending);
        QCOMPARE(deliveryOf(event.id).nextAttemptAt, m_clock.now().addMSecs(delayMs));

        m_clock.advance(delayMs - 1);
        QVERIFY(dispatchAndSettle());
        QCOMPARE(m_receiver->requests().size(), 1);
        m_clock.advance(1);
        QVERIFY(dispatchAndSettle());
        QCOMPARE(m_receiver->requests().size(), 2);
        QCOMPARE(deliveryOf(event.id).state, DeliveryState::Delivered);
        QCOMPARE(deliveryOf(event.id).attempts, 2);
    }

    void redirectsFailAndAreNotFollowed()
    {
        const CreatedWebhookDestination destination = addDestination();
        m_receiver->enqueue(ScriptedResponse::answer(
            302, {}, {{"Location", m_receiver->url(QStringLiteral("/elsewhere")).toEncoded()}}));
        const GatewayEvent event = appendEvent();
        QVERIFY(dispatchAndSettle());
        QCOMPARE(m_receiver->requests().size(), 1);
        QCOMPARE(m_receiver->requests().at(0).path(), QByteArray("/webhook"));
        const DeliveryRecord delivery = deliveryOf(event.id);
        QCOMPARE(delivery.state, DeliveryState::Pending);
        QCOMPARE(delivery.lastStatusCode, 302);
        QCOMPARE(delivery.nextAttemptAt, m_clock.now().addMSecs(5 * kSecond));
        const WebhookAttemptRecord attempt = m_webhooks->deliveryLog(destination.record.id, 1).at(0);
        QVERIFY2(attempt.error.startsWith(QStringLiteral("redirect_not_followed")), qPrintable(attempt.error));
        QVERIFY2(attempt.error.contains(QStringLiteral("/elsewhere")), qPrintable(attempt.error));
    }

    void failureThenRecoveryIsDeliveredOnTheRetry()
    {
        const CreatedWebhookDestination destination = addDestination();
        m_receiver->enqueue(ScriptedResponse::answer(500, "database down"));
        const GatewayEvent event = appendEvent();
        const QDateTime firstAt = m_clock.now();
        QVERIFY(dispatchAndSettle());
        QCOMPARE(deliveryOf(event.id).state, DeliveryState::Pending);
        QCOMPARE(m_webhooks->find(destination.record.id)->failingSince, firstAt);

        m_clock.advance(5 * kSecond);
        QVERIFY(dispatchAndSettle());
        QCOMPARE(deliveryOf(event.id).state, DeliveryState::Delivered);
        QVERIFY(!m_webhooks->find(destination.record.id)->failingSince.isValid());

        const QList<WebhookAttemptRecord> log = m_webhooks->deliveryLog(destination.record.id, 10);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).attempt, 2); // newest first
        QCOMPARE(log.at(0).statusCode, 200);
        QCOMPARE(log.at(0).createdAt, firstAt.addMSecs(5 * kSecond));
        QCOMPARE(log.at(1).attempt, 1);
        QCOMPARE(log.at(1).statusCode, 500);
        QCOMPARE(log.at(1).responseExcerpt, QByteArray("database down"));
        QCOMPARE(log.at(1).createdAt, firstAt);
        // Both attempts carried the same event id and body.
        QCOMPARE(m_receiver->requests().at(0).header("webhook-id"), m_receiver->requests().at(1).header("webhook-id"));
        QCOMPARE(m_receiver->requests().at(0).body, m_receiver->requests().at(1).body);
    }

    void noAnswerIsAFailedAttempt()
    {
        const CreatedWebhookDestination destination = addDestination();
        m_receiver->enqueue(ScriptedResponse::closeWithoutAnswer());
        const GatewayEvent event = appendEvent();
        QVERIFY(dispatchAndSettle());
        const WebhookAttemptRecord attempt = m_webhooks->deliveryLog(destination.record.id, 1).at(0);
        QCOMPARE(attempt.statusCode, 0);
        QVERIFY2(!attempt.error.isEmpty(), "no error recorded");
        QCOMPARE(deliveryOf(event.id).state, DeliveryState::Pending);
    }

    void eightFailuresAndTheDeliveryFails()
    {
        const CreatedWebhookDestination destination = addDestination();
        m_receiver->setDefaultResponse(ScriptedResponse::answer(500));
        const GatewayEvent event = appendEvent();
        QVERIFY(dispatchAndSettle());
        for (int attempts = 1; attempts < RetrySchedule::kMaxAttempts; ++attempts) {
            QCOMPARE(deliveryOf(event.id).attempts, attempts);
            QCOMPARE(deliveryOf(event.id).state, DeliveryState::Pending);
            m_clock.advance(*RetrySchedule::nominalDelayMs(attempts));
            QVERIFY(dispatchAndSettle());
        }
        QCOMPARE(m_receiver->requests().size(), 8);
        QCOMPARE(deliveryOf(event.id).attempts, 8);
        QCOMPARE(deliveryOf(event.id).state, DeliveryState::Failed);
        QCOMPARE(m_webhooks->deliveryLog(destination.record.id, 100).size(), 8);
        m_clock.advance(24 * 3600 * kSecond);
        QVERIFY(dispatchAndSettle());
        QCOMPARE(m_receiver->requests().size(), 8);
        QVERIFY(m_webhooks->find(destination.record.id)->enabled); // 28 hours is not 5 days
    }

    void failingForFiveDaysDisables()
    {
        const CreatedWebhookDestination destination = addDestination();
        m_receiver->setDefaultResponse(ScriptedResponse::answer(503));
        QSignalSpy disabled(m_webhooks.get(), &WebhookService::destinationDisabled);
        appendEvent();
        QVERIFY(dispatchAndSettle()); // the streak starts
        m_clock.advance(WebhookDispatcher::kFailingStreakLimitMs - kSecond);
        appendEvent();
        QVERIFY(dispatchAndSettle());
        QCOMPARE(disabled.count(), 0);
        QVERIFY(m_webhooks->find(destination.record.id)->enabled);

        m_clock.advance(kSecond);
        const GatewayEvent last = appendEvent();
        QVERIFY(dispatchAndSettle());
        QCOMPARE(disabled.count(), 1);
        QCOMPARE(disabled.at(0).at(0).toString(), destination.record.id);
        QCOMPARE(disabled.at(0).at(1).toString(), QStringLiteral("failing"));
        const auto record = m_webhooks->find(destination.record.id);
        QVERIFY(!record->enabled);
        QCOMPARE(record->disabledReason, QStringLiteral("failing"));
        // Its deliveries are not dropped: they wait for the destination to be enabled again.
        QCOMPARE(deliveryOf(last.id).state, DeliveryState::Pending);

        const int before = int(m_receiver->requests().size());
        m_clock.advance(24 * 3600 * kSecond);
        QVERIFY(dispatchAndSettle());
        QCOMPARE(m_receiver->requests().size(), before);

        // Enabled again (the receiver is back): the backlog goes out, the streak is over.
        m_receiver->setDefaultResponse(ScriptedResponse::answer(200));
        QVERIFY(m_webhooks->setEnabled(destination.record.id, true).ok());
        QVERIFY(dispatchAndSettle());
        QCOMPARE(m_webhooks->pendingCount(destination.record.id), 0);
        QVERIFY(!m_webhooks->find(destination.record.id)->failingSince.isValid());
    }

    void successEndsTheStreak()
    {
        const CreatedWebhookDestination destination = addDestination();
        m_receiver->enqueue(ScriptedResponse::answer(500));
        QSignalSpy disabled(m_webhooks.get(), &WebhookService::destinationDisabled);
        appendEvent();
        QVERIFY(dispatchAndSettle());
        m_clock.advance(5 * kSecond);
        QVERIFY(dispatchAndSettle()); // delivered: streak over
        m_clock.advance(WebhookDispatcher::kFailingStreakLimitMs);
        m_receiver->enqueue(ScriptedResponse::answer(500));
        appendEvent();
        QVERIFY(dispatchAndSettle());
        QCOMPARE(disabled.count(), 0);
        QCOMPARE(m_webhooks->find(destination.record.id)->failingSince, m_clock.now());
    }

    void redeliverOneEventAndARange()
    {
        const CreatedWebhookDestination destination = addDestination();
        const QDateTime t0 = m_clock.now();
        const GatewayEvent first = appendEvent();
        m_clock.advance(60 * kSecond);
        const GatewayEvent second = appendEvent();
        m_clock.advance(60 * kSecond);
        const GatewayEvent third = appendEvent();
        m_dispatcher->start();
        QVERIFY(m_receiver->waitForRequests(3, kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(m_webhooks->pendingCount(destination.record.id), 0, kWaitMs);

        m_clock.advance(3600 * kSecond);
        QCOMPARE(m_webhooks->redeliverEvent(first.id).value(), 1);
        // The service's signal wakes the dispatcher: no dispatchDue() by hand.
        QVERIFY(m_receiver->waitForRequests(4, kWaitMs));
        QCOMPARE(m_receiver->requests().at(3).header("webhook-id"), first.id.toUtf8());
        QCOMPARE(m_receiver->requests().at(3).body, first.body);

        QCOMPARE(m_webhooks->redeliverRange(QStringLiteral("front-desk"), t0.addSecs(30), t0.addSecs(180)).value(), 2);
        QVERIFY(m_receiver->waitForRequests(6, kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(m_webhooks->pendingCount(destination.record.id), 0, kWaitMs);
        QSet<QByteArray> resent{m_receiver->requests().at(4).header("webhook-id"),
                                m_receiver->requests().at(5).header("webhook-id")};
        QCOMPARE(resent, (QSet<QByteArray>{second.id.toUtf8(), third.id.toUtf8()}));
        QCOMPARE(deliveryOf(first.id).state, DeliveryState::Delivered);
        QCOMPARE(m_receiver->requests().size(), 6);
    }

    void testEventReachesOnlyThatDestination()
    {
        const CreatedWebhookDestination a = addDestination(QStringLiteral("/a"));
        addDestination(QStringLiteral("/b"));
        m_dispatcher->start();
        const Result<QString> eventId = m_webhooks->sendTestEvent(a.record.id);
        QVERIFY(eventId);
        QVERIFY(m_receiver->waitForRequests(1, kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(deliveryOf(eventId.value()).state, DeliveryState::Delivered, kWaitMs);
        QCOMPARE(m_receiver->requests().size(), 1);
        const ReceivedRequest &request = m_receiver->requests().at(0);
        QCOMPARE(request.path(), QByteArray("/a"));
        QCOMPARE(request.header("X-WhatsApp-Gateway-Event"), QByteArray("webhook.test"));
        QCOMPARE(request.header("webhook-id"), eventId.value().toUtf8());
        QVERIFY(webhook_verifier::standardSignatureMatches(a.secret.toUtf8(), eventId.value().toUtf8(),
                                                           request.header("webhook-timestamp"), request.body,
                                                           request.header("webhook-signature")));
    }

    void rotationSignsWithBothThenTheNewOnly()
    {
        const CreatedWebhookDestination destination = addDestination();
        const QString newSecret = m_webhooks->rotateSecret(destination.record.id).value();
        const GatewayEvent during = appendEvent();
        QVERIFY(dispatchAndSettle());
        const ReceivedRequest first = m_receiver->requests().at(0);
        const QByteArray signature = first.header("webhook-signature");
        QCOMPARE(webhook_verifier::standardSignatureEntries(signature).size(), 2);
        for (const QString &secret : {destination.secret, newSecret})
            QVERIFY(webhook_verifier::standardSignatureMatches(secret.toUtf8(), during.id.toUtf8(),
                                                               first.header("webhook-timestamp"), first.body, signature));
        QVERIFY(webhook_verifier::gatewaySignatureMatches(newSecret.toUtf8(), first.header("X-WhatsApp-Gateway-Timestamp"),
                                                          first.body, first.header("X-WhatsApp-Gateway-Signature")));

        m_clock.advance(WebhookService::kRotationWindowMs);
        const GatewayEvent after = appendEvent();
        QVERIFY(dispatchAndSettle());
        const ReceivedRequest second = m_receiver->requests().at(1);
        QCOMPARE(webhook_verifier::standardSignatureEntries(second.header("webhook-signature")).size(), 1);
        QVERIFY(webhook_verifier::standardSignatureMatches(newSecret.toUtf8(), after.id.toUtf8(),
                                                           second.header("webhook-timestamp"), second.body,
                                                           second.header("webhook-signature")));
        QVERIFY(!webhook_verifier::standardSignatureMatches(destination.secret.toUtf8(), after.id.toUtf8(),
                                                            second.header("webhook-timestamp"), second.body,
                                                            second.header("webhook-signature")));
    }

    void perDestinationCapHolds()
    {
        const CreatedWebhookDestination destination = addDestination();
        ScriptedResponse slow = ScriptedResponse::answer(200);
        slow.delayMs = 100;
        m_receiver->setDefaultResponse(slow);
        for (int i = 0; i < 12; ++i)
            appendEvent();
        // Whenever a request arrives: how many the dispatcher has running to this
        // destination, this one included.
        int arrived = 0;
        int answered = 0;
        int mostAtOnce = 0;
        QObject scope; // the counting ends with this test
        connect(m_receiver.get(), &WebhookReceiver::requestReceived, &scope, [&] {
            ++arrived;
            mostAtOnce = qMax(mostAtOnce, m_dispatcher->requestsInFlight(destination.record.id));
        });
        connect(m_dispatcher.get(), &WebhookDispatcher::deliveryAttempted, &scope, [&] { ++answered; });
        m_dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(answered, 12, kWaitMs);
        QCOMPARE(arrived, 12);
        QCOMPARE(mostAtOnce, DispatcherLimits{}.maxPerDestination);
        QCOMPARE(m_webhooks->pendingCount(destination.record.id), 0);
    }

    void aBusyDestinationDoesNotStarveTheOthers()
    {
        DispatcherLimits limits;
        limits.maxPerDestination = 2;
        limits.maxInFlight = 3;
        makeDispatcher(limits);
        addDestination(QStringLiteral("/busy"), {event_types::kMessageReceived});
        addDestination(QStringLiteral("/quiet"), {event_types::kCallMissed});
        ScriptedResponse slow = ScriptedResponse::answer(200);
        slow.delayMs = 50;
        m_receiver->setDefaultResponse(slow);
        for (int i = 0; i < 20; ++i)
            appendEvent(event_types::kMessageReceived);
        appendEvent(event_types::kCallMissed); // due last of all
        m_dispatcher->start();
        QVERIFY(m_receiver->waitForRequests(3, kWaitMs));
        QList<QByteArray> firstPaths;
        for (int i = 0; i < 3; ++i)
            firstPaths << m_receiver->requests().at(i).path();
        QVERIFY2(firstPaths.contains("/quiet"), firstPaths.join(' ').constData());
        QVERIFY(m_receiver->waitForRequests(21, kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(m_dispatcher->inFlight(), 0, kWaitMs);
    }

    void crashLeavesTheDeliveryDue()
    {
        addDestination();
        m_receiver->enqueue(ScriptedResponse::neverAnswer());
        const GatewayEvent event = appendEvent();
        m_dispatcher->dispatchDue();
        QVERIFY(m_receiver->waitForRequests(1, kWaitMs));
        // The gateway dies mid-attempt: nothing about the attempt was written.
        m_dispatcher.reset();
        QCOMPARE(deliveryOf(event.id).state, DeliveryState::Pending);
        QCOMPARE(deliveryOf(event.id).attempts, 0);
        // After the restart it is simply due again.
        makeDispatcher();
        QVERIFY(dispatchAndSettle());
        QCOMPARE(m_receiver->requests().size(), 2);
        QCOMPARE(deliveryOf(event.id).state, DeliveryState::Delivered);
        QCOMPARE(m_receiver->requests().at(1).header("webhook-id"), event.id.toUtf8());
    }

    void inFlightDeliveriesAreNotStartedTwice()
    {
        addDestination();
        ScriptedResponse slow = ScriptedResponse::answer(200);
        slow.delayMs = 200;
        m_receiver->enqueue(slow);
        const GatewayEvent event = appendEvent();
        m_dispatcher->dispatchDue();
        QVERIFY(m_receiver->waitForRequests(1, kWaitMs));
        m_dispatcher->dispatchDue();
        m_dispatcher->dispatchDue();
        QVERIFY(QTest::qWaitFor([this] { return m_dispatcher->inFlight() == 0; }, kWaitMs));
        QCOMPARE(m_receiver->requests().size(), 1);
        QCOMPARE(deliveryOf(event.id).attempts, 1);
    }

    void timerIsArmedToTheNextDueTime()
    {
        addDestination();
        m_dispatcher->start();
        // Nothing pending: the periodic look for other processes' changes.
        QCOMPARE(m_dispatcher->nextWakeAt(), m_clock.now().addMSecs(WebhookDispatcher::kMaxTimerIntervalMs));
        m_receiver->enqueue(ScriptedResponse::answer(500));
        appendEvent();
        m_dispatcher->wake();
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests().size(), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_dispatcher->inFlight(), 0, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_dispatcher->nextWakeAt(), m_clock.now().addMSecs(5 * kSecond), kWaitMs);
    }
};

QTEST_GUILESS_MAIN(TestWebhookDispatcher)
#include "test_webhook_dispatcher.moc"
