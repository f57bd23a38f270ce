// Every SPEC §6.2 event from the moment that causes it, in-process with a clock moved by
// hand: inbound messages (dedupe, opt-out keywords first, the inbound log, conversation
// windows), calls, group changes, the send path and its receipts, instance state. Each
// event is checked in the outbox as stored, in the transaction of its change, and fanned
// out only to destinations that subscribed to it.
#include "accounts/api_key_service.h"
#include "core/clock.h"
#include "events/event_outbox.h"
#include "events/event_types.h"
#include "events/inbound_pipeline.h"
#include "instances/instance_service.h"
#include "messaging/send_service.h"
#include "providers/simulator/simulator_provider.h"
#include "storage/commit_scheduler.h"
#include "storage/event_store.h"
#include "storage/inbound_message_store.h"
#include "storage/message_store.h"
#include "storage/suppression_store.h"
#include "storage/webhook_delivery_store.h"
#include "storage/webhook_destination_store.h"
#include "support/quiet_send_path.h"
#include "support/temp_database.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace wag;
using namespace wag::test;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

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
    ApiKeyRecord key;
    QString instanceId;


    Harness()
    {
        instances.setEventOutbox(&outbox);
        sends.setEventOutbox(&outbox);
        inbound.attach(simulator);
        const auto createdKey = ApiKeyService(temp.db(), clock).create(QStringLiteral("crm"), {});
        key = createdKey ? createdKey->record : ApiKeyRecord();
        const auto created = instances.create(QStringLiteral("front-desk"));
        instanceId = created ? created->id : QString();
        instances.startAll();
        simulator.scan(instanceId);
        sends.start();
    }

    void settle() { commits.flushNow(); }

    // The stored events, oldest first, optionally only those of some types.
    QList<QJsonObject> events(const QStringList &types = {})
    {
        settle();
        QList<QJsonObject> out;
        const QList<StoredEvent> stored = EventStore(temp.db()).list(QString(), {}, {}, 100000);
        for (auto it = stored.crbegin(); it != stored.crend(); ++it) {
            if (types.isEmpty() || types.contains(it->event.type))
                out.append(QJsonDocument::fromJson(it->event.body).object());
        }
        return out;
    }
    QStringList eventTypes()
    {
        QStringList out;
        for (const QJsonObject &e : events())
            out << e.value(QStringLiteral("event")).toString();
        return out;
    }
    int countOf(const QString &type) { return int(events({type}).size()); }

    QString inboundFrom(const QString &from, const QString &text, const QString &id = {})
    {
        const Result<QString> r = simulator.inbound(instanceId, from, text, QStringLiteral("Dana"), {}, {}, id);
        settle();
        return r ? r.value() : QString();
    }

    SendAnswer send(const QString &phone, const QString &text)
    {
        SendService::Attempt attempt;
        attempt.key = key;
        attempt.request.instanceRef = QStringLiteral("front-desk");
        attempt.request.phone = phone;
        attempt.request.message = text;
        attempt.request.purpose = QStringLiteral("transactional");
        attempt.request.reference = QStringLiteral("order-77");
        std::optional<SendAnswer> answer;
        sends.send(attempt, [&](const SendAnswer &a) { answer = a; });
        QDeadlineTimer deadline(5000);
        while (!answer && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        settle();
        return answer.value_or(SendAnswer::failure(0, QStringLiteral("no_answer"), QString()));
    }

    std::optional<SuppressionRecord> suppression(const QString &phone)
    {
        settle();
        return SuppressionStore(temp.db()).find(phone);
    }
};

const QString kContact = QStringLiteral("+14155550100");

QString field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

void verifyCommonFields(const QJsonObject &e, const QString &instanceId)
{
    QVERIFY(field(e, "event_id").startsWith(QStringLiteral("evt_")));
    QCOMPARE(field(e, "instance_id"), instanceId);
    QCOMPARE(field(e, "instance_name"), QStringLiteral("front-desk"));
    QVERIFY(QDateTime::fromString(field(e, "occurred_at"), Qt::ISODateWithMs).isValid());
    QVERIFY(field(e, "occurred_at").endsWith(QLatin1Char('Z')));
}

} // namespace

class TestEventPipeline : public QObject
{
    Q_OBJECT

private slots:
    void inboundMessageIsLoggedAndOpensAConversationOnce()
    {
        Harness h;
        QSignalSpy recorded(&h.inbound, &InboundPipeline::messageRecorded);
        const QString id = h.inboundFrom(kContact, QStringLiteral("Is my order ready?"));
        QCOMPARE(recorded.size(), 1);
        const QList<QJsonObject> received = h.events({event_types::kMessageReceived});
        QCOMPARE(received.size(), 1);
        const QJsonObject &e = received.first();
        verifyCommonFields(e, h.instanceId);
        QCOMPARE(field(e, "from"), kContact);
        QCOMPARE(field(e, "from_name"), QStringLiteral("Dana"));
        QCOMPARE(field(e, "message_text"), QStringLiteral("Is my order ready?"));
        QCOMPARE(field(e, "message_type"), QStringLiteral("text"));
        QCOMPARE(field(e, "external_message_id"), id);
        // Opened before the message it came with, and only once within the window.
        QStringList types = h.eventTypes();
        QVERIFY(types.indexOf(event_types::kConversationOpened) < types.indexOf(event_types::kMessageReceived));
        h.clock.advance(23 * kHourMs);
        h.inboundFrom(kContact, QStringLiteral("Hello again"));
        QCOMPARE(h.countOf(event_types::kConversationOpened), 1);
        QCOMPARE(h.countOf(event_types::kMessageReceived), 2);
        const QList<InboundMessageRecord> log = InboundMessageStore(h.temp.db()).list(InboundMessageFilter{});
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.first().text, QStringLiteral("Hello again"));
    }

    void repeatedProviderDeliveryChangesNothing()
    {
        Harness h;
        QSignalSpy recorded(&h.inbound, &InboundPipeline::messageRecorded);
        h.inboundFrom(kContact, QStringLiteral("STOP"), QStringLiteral("WAMID-1"));
        const int eventsAfterFirst = int(h.events().size());
        h.inboundFrom(kContact, QStringLiteral("STOP"), QStringLiteral("WAMID-1"));
        h.inboundFrom(kContact, QStringLiteral("STOP"), QStringLiteral("WAMID-1"));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(int(h.events().size()), eventsAfterFirst);
        QCOMPARE(InboundMessageStore(h.temp.db()).list(InboundMessageFilter{}).size(), 1);
        QCOMPARE(h.countOf(event_types::kRecipientOptedOut), 1);
    }

    void conversationClosesWhenTheWindowRunsOut()
    {
        Harness h;
        QSignalSpy closed(&h.inbound, &InboundPipeline::conversationClosed);
        h.inboundFrom(kContact, QStringLiteral("Hi"));
        const QDateTime last = h.clock.now();
        h.clock.advance(24 * kHourMs - 1);
        h.inbound.closeExpiredConversations();
        h.settle();
        QCoreApplication::processEvents();
        QCOMPARE(h.countOf(event_types::kConversationClosed), 0);
        h.clock.advance(1);
        h.inbound.closeExpiredConversations();
        h.settle();
        QCOMPARE(closed.size(), 1);
        const QList<QJsonObject> events = h.events({event_types::kConversationClosed});
        QCOMPARE(events.size(), 1);
        QCOMPARE(field(events.first(), "phone"), kContact);
        QCOMPARE(QDateTime::fromString(field(events.first(), "closed_at"), Qt::ISODateWithMs),
                 last.addMSecs(24 * kHourMs));
        // A message after the window opens a new conversation.
        h.inboundFrom(kContact, QStringLiteral("Back again"));
        QCOMPARE(h.countOf(event_types::kConversationOpened), 2);
    }

    void optOutKeywordSuppressesInEveryShippedLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("en") << QStringLiteral("stop");
        QTest::newRow("en-unsubscribe") << QStringLiteral("  UNSUBSCRIBE! ");
        QTest::newRow("fr") << QStringLiteral("Arrêt");
        QTest::newRow("es") << QStringLiteral("baja");
        QTest::newRow("pt-BR") << QStringLiteral("PARAR");
        QTest::newRow("de") << QStringLiteral("Stopp");
        QTest::newRow("ar") << QStringLiteral("إيقاف");
    }
    void optOutKeywordSuppressesInEveryShippedLanguage()
    {
        QFETCH(QString, text);
        Harness h;
        QSignalSpy optedOut(&h.inbound, &InboundPipeline::optedOut);
        h.inboundFrom(kContact, text);
        QCOMPARE(optedOut.size(), 1);
        const std::optional<SuppressionRecord> s = h.suppression(kContact);
        QVERIFY(s);
        QCOMPARE(s->reason, SuppressionReason::OptOutKeyword);
        const QList<QJsonObject> events = h.events({event_types::kRecipientOptedOut});
        QCOMPARE(events.size(), 1);
        QCOMPARE(field(events.first(), "phone"), kContact);
        QCOMPARE(field(events.first(), "source"), QStringLiteral("keyword"));
        QVERIFY(!field(events.first(), "keyword").isEmpty());
        // Opt-out comes first: the event precedes the message's own.
        const QStringList types = h.eventTypes();
        QVERIFY(types.indexOf(event_types::kRecipientOptedOut) < types.indexOf(event_types::kMessageReceived));
        // And the guard refuses the next send to that contact.
        const SendAnswer refused = h.send(kContact, QStringLiteral("Your order shipped"));
        QCOMPARE(refused.body.value(QStringLiteral("error")).toString(), QStringLiteral("recipient_suppressed"));
    }

    void confirmationReplyIsOffByDefaultAndSentWhenSet()
    {
        Harness h;
        QSignalSpy logged(&h.sends, &SendService::messageLogged);
        h.inbound.setConfirmationSender([&](const QString &instanceId, const QString &phone, const QString &text) {
            h.sends.sendSystemReply(instanceId, phone, text, QStringLiteral("opt_out_confirmation"));
        });
        h.inboundFrom(kContact, QStringLiteral("STOP"));
        QCoreApplication::processEvents();
        h.settle();
        QCOMPARE(logged.size(), 0);

        InboundConfig config;
        config.optOutConfirmation = QStringLiteral("You will get no more messages from us. Reply START to undo.");
        h.inbound.setConfig(config);
        const QString other = QStringLiteral("+14155550102");
        h.inboundFrom(other, QStringLiteral("STOP"));
        QTRY_COMPARE(logged.size(), 1);
        QTRY_COMPARE(h.countOf(event_types::kMessageSent), 1);
        const QList<QJsonObject> sent = h.events({event_types::kMessageSent});
        QCOMPARE(field(sent.first(), "to"), other);
        const std::optional<MessageRecord> record
            = MessageStore(h.temp.db()).findByLogId(logged.first().first().toLongLong());
        QVERIFY(record);
        QCOMPARE(record->purpose, QStringLiteral("opt_out_confirmation"));
        QCOMPARE(record->rule, QStringLiteral("system_reply"));
        QCOMPARE(record->text, config.optOutConfirmation);
        // The contact stays suppressed: the reply went around the guard, not through it.
        QVERIFY(h.suppression(other));
    }

    void contactsWhoWroteInAreRememberedAcrossARestart()
    {
        Harness h;
        h.inboundFrom(kContact, QStringLiteral("Can you send me the invoice?"));
        // A second send service on the same database is what a restarted gateway has.
        SendService restarted(h.clock, h.temp.db(), h.commits, h.instances, h.simulator, unpacedSendConfig());
        restarted.start();
        auto riskOf = [&](SendService &service, const QString &phone) {
            SendService::Attempt attempt;
            attempt.key = h.key;
            attempt.request.instanceRef = QStringLiteral("front-desk");
            attempt.request.phone = phone;
            attempt.request.message = QStringLiteral("Here is invoice 12 for %1").arg(phone);
            attempt.request.purpose = QStringLiteral("support"); // weighs cold recipients
            std::optional<SendAnswer> answer;
            service.send(attempt, [&](const SendAnswer &a) { answer = a; });
            QDeadlineTimer deadline(5000);
            while (!answer && !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            h.settle();
            const qint64 logId = answer ? answer->body.value(QStringLiteral("log_id")).toInteger() : 0;
            return MessageStore(h.temp.db()).findByLogId(logId).value_or(MessageRecord()).riskScore.value_or(-1);
        };
        const int warm = riskOf(restarted, kContact);
        SendService alsoRestarted(h.clock, h.temp.db(), h.commits, h.instances, h.simulator, unpacedSendConfig());
        alsoRestarted.start();
        const int cold = riskOf(alsoRestarted, QStringLiteral("+14155550177"));
        QVERIFY(warm >= 0 && cold >= 0);
        QVERIFY2(warm < cold, qPrintable(QStringLiteral("warm %1, cold %2").arg(warm).arg(cold)));
    }

    void sentencesContainingAKeywordDoNotOptOut()
    {
        Harness h;
        h.inboundFrom(kContact, QStringLiteral("please stop by the shop tomorrow"));
        QVERIFY(!h.suppression(kContact));
        QCOMPARE(h.countOf(event_types::kRecipientOptedOut), 0);
    }

    void startLiftsAKeywordOptOutButNotAManualOne()
    {
        Harness h;
        QSignalSpy lifted(&h.inbound, &InboundPipeline::optOutLifted);
        h.inboundFrom(kContact, QStringLiteral("STOP"));
        QVERIFY(h.suppression(kContact));
        h.inboundFrom(kContact, QStringLiteral("start"));
        QVERIFY(!h.suppression(kContact));
        QCOMPARE(lifted.size(), 1);

        const QString other = QStringLiteral("+14155550101");
        SuppressionRecord manual;
        manual.phone = other;
        manual.reason = SuppressionReason::Manual;
        manual.createdBy = QStringLiteral("admin");
        manual.createdAt = h.clock.now();
        QVERIFY(SuppressionStore(h.temp.db()).add(manual).ok());
        h.inboundFrom(other, QStringLiteral("YES"));
        const std::optional<SuppressionRecord> kept = h.suppression(other);
        QVERIFY(kept);
        QCOMPARE(kept->reason, SuppressionReason::Manual);
        QCOMPARE(lifted.size(), 1);
        // STOP from a manually suppressed number keeps the manual record and announces nothing.
        h.inboundFrom(other, QStringLiteral("STOP"));
        QCOMPARE(h.suppression(other)->reason, SuppressionReason::Manual);
        QCOMPARE(h.countOf(event_types::kRecipientOptedOut), 1);
    }

    void groupMessagesAreGroupEventsAndNeverOptOut()
    {
        Harness h;
        QVERIFY(h.simulator.inbound(h.instanceId, kContact, QStringLiteral("STOP"), QStringLiteral("Dana"),
                                    QStringLiteral("120363025@g.us"), QStringLiteral("Night shift")));
        h.settle();
        QVERIFY(!h.suppression(kContact));
        QCOMPARE(h.countOf(event_types::kMessageReceived), 0);
        QCOMPARE(h.countOf(event_types::kConversationOpened), 0);
        const QList<QJsonObject> events = h.events({event_types::kGroupMessageReceived});
        QCOMPARE(events.size(), 1);
        QCOMPARE(field(events.first(), "group_id"), QStringLiteral("120363025@g.us"));
        QCOMPARE(field(events.first(), "group_name"), QStringLiteral("Night shift"));
        QCOMPARE(field(events.first(), "from"), kContact);

        QVERIFY(h.simulator.groupUpdate(h.instanceId, QStringLiteral("120363025@g.us"), QStringLiteral("Day shift"),
                                        kContact, QStringLiteral("subject")));
        h.settle();
        const QList<QJsonObject> updates = h.events({event_types::kGroupUpdated});
        QCOMPARE(updates.size(), 1);
        QCOMPARE(field(updates.first(), "change"), QStringLiteral("subject"));
        QCOMPARE(field(updates.first(), "group_name"), QStringLiteral("Day shift"));
    }

    void callsAreReportedOncePerKind()
    {
        Harness h;
        const Result<QString> offer = h.simulator.call(h.instanceId, kContact, QStringLiteral("offer"),
                                                       QStringLiteral("CALL-9"), true);
        QVERIFY(offer);
        h.simulator.call(h.instanceId, kContact, QStringLiteral("offer"), QStringLiteral("CALL-9"));
        h.simulator.call(h.instanceId, kContact, QStringLiteral("missed"), QStringLiteral("CALL-9"));
        h.settle();
        const QList<QJsonObject> received = h.events({event_types::kCallReceived});
        QCOMPARE(received.size(), 1);
        QCOMPARE(field(received.first(), "call_id"), QStringLiteral("CALL-9"));
        QCOMPARE(received.first().value(QStringLiteral("is_video")).toBool(), true);
        QCOMPARE(field(received.first(), "from"), kContact);
        QCOMPARE(h.countOf(event_types::kCallMissed), 1);
    }

    void sendsAndReceiptsProduceMessageEvents()
    {
        Harness h;
        const SendAnswer sent = h.send(kContact, QStringLiteral("Your order 77 shipped"));
        QCOMPARE(sent.body.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
        const QList<QJsonObject> sentEvents = h.events({event_types::kMessageSent});
        QCOMPARE(sentEvents.size(), 1);
        const QJsonObject &e = sentEvents.first();
        verifyCommonFields(e, h.instanceId);
        QCOMPARE(field(e, "message_id"), sent.body.value(QStringLiteral("message_id")).toString());
        QCOMPARE(e.value(QStringLiteral("log_id")).toInteger(), sent.body.value(QStringLiteral("log_id")).toInteger());
        QCOMPARE(field(e, "to"), kContact);
        QCOMPARE(field(e, "status"), QStringLiteral("sent"));
        QCOMPARE(field(e, "reference"), QStringLiteral("order-77"));
        const QString externalId = field(e, "external_message_id");
        QVERIFY(!externalId.isEmpty());

        // Read overtakes delivered: delivered is implied and reported first; the late
        // delivered receipt and a repeated read change nothing.
        QVERIFY(h.simulator.receipt(h.instanceId, externalId, MessageStatus::Read).ok());
        h.settle();
        QVERIFY(h.simulator.receipt(h.instanceId, externalId, MessageStatus::Delivered).ok());
        QVERIFY(h.simulator.receipt(h.instanceId, externalId, MessageStatus::Read).ok());
        h.settle();
        QCOMPARE(h.countOf(event_types::kMessageDelivered), 1);
        QCOMPARE(h.countOf(event_types::kMessageRead), 1);
        const QList<QJsonObject> updates = h.events({event_types::kMessageStatusUpdated});
        QCOMPARE(updates.size(), 1);
        QCOMPARE(field(updates.first(), "status"), QStringLiteral("read"));
        QCOMPARE(field(updates.first(), "previous_status"), QStringLiteral("sent"));
        QCOMPARE(field(updates.first(), "reference"), QStringLiteral("order-77"));
        const QStringList types = h.eventTypes();
        QVERIFY(types.indexOf(event_types::kMessageDelivered) < types.indexOf(event_types::kMessageRead));
    }

    void providerFailuresProduceMessageFailed()
    {
        Harness h;
        const SendAnswer failed = h.send(QStringLiteral("+14155550000"), QStringLiteral("Your order shipped"));
        QCOMPARE(failed.status, 502);
        const QList<QJsonObject> events = h.events({event_types::kMessageFailed});
        QCOMPARE(events.size(), 1);
        QCOMPARE(field(events.first(), "status"), QStringLiteral("failed"));
        const QJsonObject error = events.first().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("gateway_send_failed"));
        QCOMPARE(error.value(QStringLiteral("reason")).toString(), QStringLiteral("not_on_whatsapp"));
        QCOMPARE(h.countOf(event_types::kMessageSent), 0);
        // A guard refusal is answered to the caller and is not an event.
        h.send(QStringLiteral("+14155550100"), QStringLiteral("BUY NOW limited offer bit.ly/x"));
        QCOMPARE(h.countOf(event_types::kMessageFailed), 1);
    }

    void instanceStateChangesAreEventsWithoutTheQrCode()
    {
        Harness h;
        QList<QJsonObject> connected = h.events({event_types::kInstanceConnected});
        QCOMPARE(connected.size(), 1);
        QCOMPARE(field(connected.first(), "state"), QStringLiteral("open"));
        QCOMPARE(field(connected.first(), "previous_state"), QStringLiteral("connecting"));
        QCOMPARE(field(connected.first(), "phone"), h.simulator.linkedPhone(h.instanceId));
        const QString qrText = h.simulator.qrText(h.instanceId);

        QVERIFY(h.simulator.disconnect(h.instanceId).ok());
        h.settle();
        const QList<QJsonObject> disconnected = h.events({event_types::kInstanceDisconnected});
        QCOMPARE(disconnected.size(), 1);
        QCOMPARE(field(disconnected.first(), "previous_state"), QStringLiteral("open"));
        QCOMPARE(field(disconnected.first(), "reason"), QStringLiteral("connection_lost"));
        // Every change is a connection_updated as well: open, then close (a new instance
        // is connecting from its creation; nobody can subscribe before it exists).
        QCOMPARE(h.countOf(event_types::kInstanceConnectionUpdated), 2);

        // Linking afresh shows a QR code: the event says so, and carries nothing of it.
        QVERIFY(h.instances.connect(h.instanceId));
        h.settle();
        QCOMPARE(h.countOf(event_types::kInstanceConnected), 2); // the session came back
        QVERIFY(h.instances.logout(h.instanceId));
        QVERIFY(h.instances.connect(h.instanceId));
        h.settle();
        const QList<QJsonObject> qr = h.events({event_types::kInstanceQrUpdated});
        QVERIFY(!qr.isEmpty());
        const QString code = h.simulator.qrText(h.instanceId);
        QVERIFY(!code.isEmpty());
        for (const QJsonObject &e : qr) {
            const QByteArray body = QJsonDocument(e).toJson(QJsonDocument::Compact);
            QVERIFY(!body.contains(code.toUtf8()));
            QVERIFY(qrText.isEmpty() || !body.contains(qrText.toUtf8()));
            QVERIFY(!e.contains(QStringLiteral("qr")) && !e.contains(QStringLiteral("code")));
        }
    }

    void withSubscriptionFilteringOnlyWantedEventsAreMade()
    {
        Harness h;
        h.outbox.filterBySubscriptions(h.temp.db());
        const int before = int(h.events().size());
        h.inboundFrom(kContact, QStringLiteral("STOP"));
        h.send(QStringLiteral("+14155550188"), QStringLiteral("Your order 5 shipped"));
        QCOMPARE(int(h.events().size()), before); // nobody subscribed: nothing made
        QVERIFY(h.suppression(kContact));         // the opt-out itself still happened

        WebhookDestinationRecord r;
        r.id = QStringLiteral("whd_sent");
        r.instanceId = h.instanceId;
        r.url = QStringLiteral("https://crm.example/hooks");
        r.events = {event_types::kMessageSent, event_types::kMessageReceived};
        r.createdAt = h.clock.now();
        QVERIFY(WebhookDestinationStore(h.temp.db()).insert(r).ok());
        h.inboundFrom(QStringLiteral("+14155550199"), QStringLiteral("Hello"));
        h.send(QStringLiteral("+14155550189"), QStringLiteral("Your order 6 shipped"));
        QCOMPARE(h.eventTypes().mid(before),
                 (QStringList{event_types::kMessageReceived, event_types::kMessageSent}));
        // A disabled destination wants nothing.
        QVERIFY(WebhookDestinationStore(h.temp.db()).setEnabled(r.id, false, QStringLiteral("manual"), h.clock.now()).ok());
        h.inboundFrom(QStringLiteral("+14155550198"), QStringLiteral("Hello again"));
        QCOMPARE(int(h.events().size()), before + 2);
    }

    void eventsFanOutOnlyToSubscribedEnabledDestinations()
    {
        Harness h;
        WebhookDestinationStore destinations(h.temp.db());
        auto destination = [&](const QString &id, const QStringList &events, bool enabled) {
            WebhookDestinationRecord r;
            r.id = id;
            r.instanceId = h.instanceId;
            r.url = QStringLiteral("https://crm.example/hooks");
            r.events = events;
            r.enabled = enabled;
            r.createdAt = h.clock.now();
            QVERIFY(destinations.insert(r).ok());
        };
        destination(QStringLiteral("whd_inbound"), {event_types::kMessageReceived}, true);
        destination(QStringLiteral("whd_read"), {event_types::kMessageRead}, true);
        destination(QStringLiteral("whd_off"), {event_types::kMessageReceived}, false);
        h.inboundFrom(kContact, QStringLiteral("Hello"));
        WebhookDeliveryStore deliveries(h.temp.db());
        QCOMPARE(deliveries.pendingCount(QStringLiteral("whd_inbound")), 1);
        QCOMPARE(deliveries.pendingCount(QStringLiteral("whd_read")), 0);
        QCOMPARE(deliveries.pendingCount(QStringLiteral("whd_off")), 0);
        // "message.read" is not a prefix match of anything else.
        QCOMPARE(deliveries.pendingCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEventPipeline)
#include "test_event_pipeline.moc"
