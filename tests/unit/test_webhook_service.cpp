// Webhook destinations as a service: input checks that change nothing, secrets shown once
// and sealed at rest, rotation, redelivery and the test event.
#include "core/random.h"
#include "events/event_types.h"
#include "events/gateway_event.h"
#include "instances/instance_service.h"
#include "providers/simulator/simulator_provider.h"
#include "secrets/secret_service.h"
#include "storage/event_store.h"
#include "storage/webhook_delivery_store.h"
#include "support/store_fixture.h"
#include "support/webhook_verifier.h"
#include "webhooks/webhook_service.h"
#include "webhooks/webhook_signature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace wag;
using namespace wag::test;

namespace {

const QString kUrl = QStringLiteral("https://crm.example.com/hooks/whatsapp");

QByteArray headerValue(const SignedHeaders &signed_, const QByteArray &name)
{
    for (const auto &header : signed_.headers) {
        if (header.first == name)
            return header.second;
    }
    return {};
}

} // namespace

class TestWebhookService : public QObject, public StoreFixture
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatorProvider> m_provider;
    std::unique_ptr<InstanceService> m_instances;
    std::unique_ptr<SecretService> m_secrets;
    std::unique_ptr<WebhookService> m_webhooks;
    QString m_instanceId;

    int rowCount(const QString &table)
    {
        QSqlQuery query(db().connection());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    GatewayEvent appendEvent(const QString &type, const QDateTime &at)
    {
        const GatewayEvent event = makeGatewayEvent(type, m_instanceId, QStringLiteral("front-desk"), at,
                                                    QJsonObject{{QStringLiteral("from"), QStringLiteral("+14155552671")}});
        const Result<int> made = EventStore(db()).append(event, at);
        if (!made)
            qWarning() << made.failure().message;
        return event;
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
        QVERIFY(m_instances->create(QStringLiteral("back-office")));
        m_secrets = std::make_unique<SecretService>(SecretBox(randomBytes(SecretBox::kKeyBytes)));
        m_webhooks = std::make_unique<WebhookService>(db(), m_clock, *m_instances, m_secrets.get());
    }

    void cleanup()
    {
        m_webhooks.reset();
        m_secrets.reset();
        m_instances.reset();
        m_provider.reset();
        closeDatabase();
    }

    void addGeneratesASecretAndDefaultsToTheRecommendedEvents()
    {
        QSignalSpy changed(m_webhooks.get(), &WebhookService::destinationsChanged);
        const auto created = m_webhooks->add(QStringLiteral("front-desk"), QStringLiteral("  ") + kUrl + QStringLiteral(" "), {});
        QVERIFY2(created, qPrintable(created.failure().message));
        QVERIFY(created->record.id.startsWith(QStringLiteral("whd_")));
        QVERIFY(isValidWebhookSecret(created->secret));
        QCOMPARE(QByteArray::fromBase64(created->secret.mid(6).toLatin1()).size(), 32);
        QCOMPARE(created->record.instanceId, m_instanceId);
        QCOMPARE(created->record.url, kUrl);
        QCOMPARE(created->record.events, event_types::recommended());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), m_instanceId);

        const auto stored = m_webhooks->find(created->record.id);
        QVERIFY(stored);
        QVERIFY(stored->enabled);
        QCOMPARE(stored->events, event_types::recommended());
        // Shown once: what is stored opens to it, and nothing else gives it out.
        const auto secrets = m_webhooks->signingSecrets(*stored, m_clock.now());
        QVERIFY(secrets);
        QCOMPARE(secrets.value(), QStringList{created->secret});
    }

    void addTakesAGivenSecretAndEventsById()
    {
        const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"); // 24 bytes, Svix style
        const auto created = m_webhooks->add(m_instanceId, kUrl,
                                             {QStringLiteral("message.read"), QStringLiteral(" call.missed "),
                                              QStringLiteral("message.read")},
                                             secret);
        QVERIFY2(created, qPrintable(created.failure().message));
        QCOMPARE(created->secret, secret);
        QCOMPARE(created->record.events, (QStringList{QStringLiteral("message.read"), QStringLiteral("call.missed")}));
        QCOMPARE(m_webhooks->signingSecrets(*m_webhooks->find(created->record.id), m_clock.now()).value(),
                 QStringList{secret});
    }

    void secretIsSealedAtRest()
    {
        const auto created = m_webhooks->add(m_instanceId, kUrl, {});
        QVERIFY(created);
        const QByteArray secret = created->secret.toUtf8();
        const QByteArray key = QByteArray::fromBase64(created->secret.mid(6).toLatin1());
        QSqlQuery query(db().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT * FROM webhook_destinations")));
        QVERIFY(query.next());
        int columns = 0;
        for (int i = 0; i < query.record().count(); ++i, ++columns) {
            const QByteArray value = query.value(i).toByteArray();
            QVERIFY2(!value.contains(secret), qPrintable(query.record().fieldName(i)));
            QVERIFY2(!value.contains(key), qPrintable(query.record().fieldName(i)));
            QVERIFY2(!value.contains(secret.mid(6)), qPrintable(query.record().fieldName(i)));
        }
        QVERIFY(columns > 10);
        QVERIFY(!query.value(QStringLiteral("secret_ciphertext")).toByteArray().isEmpty());
        // The whole file too (the WAL included, where the row may still be).
        query.finish();
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(db().filePath() + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(secret.mid(6)));
        }
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("code");
        const QString inst = QStringLiteral("front-desk");
        const QString good = kUrl;
        QTest::newRow("unknown instance") << QStringLiteral("nowhere") << good << QStringList() << QString() << QStringLiteral("invalid_instance");
        QTest::newRow("empty url") << inst << QString() << QStringList() << QString() << QStringLiteral("invalid_webhook_url");
        QTest::newRow("not a url") << inst << QStringLiteral("http://exa mple.com/") << QStringList() << QString() << QStringLiteral("invalid_webhook_url");
        QTest::newRow("ftp") << inst << QStringLiteral("ftp://crm.example.com/in") << QStringList() << QString() << QStringLiteral("invalid_webhook_url");
        QTest::newRow("no scheme") << inst << QStringLiteral("crm.example.com/in") << QStringList() << QString() << QStringLiteral("invalid_webhook_url");
        QTest::newRow("user info") << inst << QStringLiteral("https://u:p@crm.example.com/") << QStringList() << QString() << QStringLiteral("invalid_webhook_url");
        QTest::newRow("loopback") << inst << QStringLiteral("http://127.0.0.1:5678/webhook") << QStringList() << QString() << QStringLiteral("invalid_webhook_url");
        QTest::newRow("localhost") << inst << QStringLiteral("http://localhost:5678/webhook") << QStringList() << QString() << QStringLiteral("invalid_webhook_url");
        QTest::newRow("ipv6 loopback") << inst << QStringLiteral("http://[::1]:5678/webhook") << QStringList() << QString() << QStringLiteral("invalid_webhook_url");
        QTest::newRow("metadata") << inst << QStringLiteral("http://169.254.169.254/latest") << QStringList() << QString() << QStringLiteral("invalid_webhook_url");
        QTest::newRow("too long") << inst << QStringLiteral("https://crm.example.com/") + QString(3000, QLatin1Char('a')) << QStringList() << QString() << QStringLiteral("invalid_webhook_url");
        QTest::newRow("unknown event") << inst << good << QStringList{QStringLiteral("message.received"), QStringLiteral("message.recieved")} << QString() << QStringLiteral("invalid_event");
        QTest::newRow("test event") << inst << good << QStringList{QStringLiteral("webhook.test")} << QString() << QStringLiteral("invalid_event");
        QTest::newRow("event case") << inst << good << QStringList{QStringLiteral("Message.Received")} << QString() << QStringLiteral("invalid_event");
        QTest::newRow("secret without prefix") << inst << good << QStringList() << QStringLiteral("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") << QStringLiteral("invalid_webhook_secret");
        QTest::newRow("secret too short") << inst << good << QStringList() << QStringLiteral("whsec_c2hvcnQ=") << QStringLiteral("invalid_webhook_secret");
        QTest::newRow("secret not base64") << inst << good << QStringList() << QStringLiteral("whsec_this-is-not*base64*at-all-but-long-enough") << QStringLiteral("invalid_webhook_secret");
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, instance);
        QFETCH(QString, url);
        QFETCH(QStringList, events);
        QFETCH(QString, secret);
        QFETCH(QString, code);
        QSignalSpy changed(m_webhooks.get(), &WebhookService::destinationsChanged);
        const qint64 version = db().configurationVersion();
        const auto created = m_webhooks->add(instance, url, events, secret);
        QVERIFY(!created);
        QCOMPARE(created.failure().code, code);
        QVERIFY(!created.failure().message.isEmpty());
        QCOMPARE(rowCount(QStringLiteral("webhook_destinations")), 0);
        QCOMPARE(changed.count(), 0);
        QCoreApplication::processEvents(); // let the cached version go
        QCOMPARE(db().configurationVersion(), version);
    }

    void loopbackOnlyWhenAllowed()
    {
        DestinationPolicy policy;
        policy.allowLoopback = true;
        m_webhooks->setPolicy(policy);
        QVERIFY(m_webhooks->add(m_instanceId, QStringLiteral("http://127.0.0.1:5678/webhook"), {}));
        QVERIFY(m_webhooks->add(m_instanceId, QStringLiteral("http://localhost:5678/webhook"), {}));
        // Metadata stays refused whatever the loopback rule says.
        QCOMPARE(m_webhooks->add(m_instanceId, QStringLiteral("http://169.254.169.254/"), {}).failure().code,
                 QStringLiteral("invalid_webhook_url"));
    }

    void withoutSecretServiceNothingIsSealed()
    {
        WebhookService readOnly(db(), m_clock, *m_instances, nullptr);
        const auto created = readOnly.add(m_instanceId, kUrl, {});
        QVERIFY(!created);
        QCOMPARE(created.failure().code, QStringLiteral("secrets_locked"));
        QCOMPARE(rowCount(QStringLiteral("webhook_destinations")), 0);

        const auto made = m_webhooks->add(m_instanceId, kUrl, {});
        QVERIFY(made);
        QCOMPARE(readOnly.rotateSecret(made->record.id).failure().code, QStringLiteral("secrets_locked"));
        QCOMPARE(readOnly.signingSecrets(made->record, m_clock.now()).failure().code, QStringLiteral("secrets_locked"));
        // Reading works without it.
        QCOMPARE(readOnly.list().value().size(), 1);
        QVERIFY(readOnly.find(made->record.id));
    }

    void aDifferentDataKeyCannotSign()
    {
        const auto made = m_webhooks->add(m_instanceId, kUrl, {});
        QVERIFY(made);
        SecretService otherKey(SecretBox(randomBytes(SecretBox::kKeyBytes)));
        WebhookService other(db(), m_clock, *m_instances, &otherKey);
        const auto secrets = other.signingSecrets(*other.find(made->record.id), m_clock.now());
        QVERIFY(!secrets);
        QCOMPARE(secrets.failure().code, QStringLiteral("secret_unreadable"));
    }

    void listUpdateEnableRemove()
    {
        const auto a = m_webhooks->add(QStringLiteral("front-desk"), kUrl, {});
        const auto b = m_webhooks->add(QStringLiteral("back-office"), QStringLiteral("https://erp.example.com/in"), {});
        QVERIFY(a && b);
        QCOMPARE(m_webhooks->list().value().size(), 2);
        QCOMPARE(m_webhooks->list(QStringLiteral("front-desk")).value().size(), 1);
        QCOMPARE(m_webhooks->list(QStringLiteral("front-desk")).value().at(0).id, a->record.id);
        QCOMPARE(m_webhooks->list(QStringLiteral("nowhere")).failure().code, QStringLiteral("invalid_instance"));

        QSignalSpy changed(m_webhooks.get(), &WebhookService::destinationsChanged);
        const auto updated = m_webhooks->update(a->record.id, QStringLiteral("https://crm.example.com/v2"),
                                                {QStringLiteral("call.missed")});
        QVERIFY(updated);
        QCOMPARE(m_webhooks->find(a->record.id)->url, QStringLiteral("https://crm.example.com/v2"));
        QCOMPARE(m_webhooks->find(a->record.id)->events, QStringList{QStringLiteral("call.missed")});
        QCOMPARE(m_webhooks->update(a->record.id, QStringLiteral("http://127.0.0.1/"), {}).failure().code,
                 QStringLiteral("invalid_webhook_url"));
        QCOMPARE(m_webhooks->update(a->record.id, kUrl, {QStringLiteral("nope")}).failure().code,
                 QStringLiteral("invalid_event"));
        QCOMPARE(m_webhooks->find(a->record.id)->url, QStringLiteral("https://crm.example.com/v2"));
        QCOMPARE(m_webhooks->update(QStringLiteral("whd_nothere"), kUrl, {}).failure().code, QStringLiteral("not_found"));

        QSignalSpy disabled(m_webhooks.get(), &WebhookService::destinationDisabled);
        QVERIFY(m_webhooks->setEnabled(a->record.id, false).ok());
        QCOMPARE(m_webhooks->find(a->record.id)->enabled, false);
        QCOMPARE(m_webhooks->find(a->record.id)->disabledReason, QStringLiteral("manual"));
        QCOMPARE(disabled.count(), 0); // the admin did it: nobody needs telling
        QCOMPARE(m_webhooks->sendTestEvent(a->record.id).failure().code, QStringLiteral("destination_disabled"));
        QVERIFY(m_webhooks->setEnabled(a->record.id, true).ok());
        QVERIFY(m_webhooks->find(a->record.id)->disabledReason.isEmpty());
        QCOMPARE(m_webhooks->setEnabled(QStringLiteral("whd_nothere"), true).failure().code, QStringLiteral("not_found"));

        QVERIFY(m_webhooks->remove(a->record.id).ok());
        QVERIFY(!m_webhooks->find(a->record.id));
        QCOMPARE(m_webhooks->remove(a->record.id).failure().code, QStringLiteral("not_found"));
        QCOMPARE(changed.count(), 4); // update, disable, enable, remove
    }

    void rotationSignsWithBothUntilTheWindowEnds()
    {
        const auto made = m_webhooks->add(m_instanceId, kUrl, {});
        QVERIFY(made);
        const QString oldSecret = made->secret;
        const Result<QString> rotated = m_webhooks->rotateSecret(made->record.id);
        QVERIFY(rotated);
        const QString newSecret = rotated.value();
        QVERIFY(isValidWebhookSecret(newSecret));
        QVERIFY(newSecret != oldSecret);
        const WebhookDestinationRecord record = *m_webhooks->find(made->record.id);
        QCOMPARE(record.secretGeneration, 2);
        QCOMPARE(record.previousSecretUntil, m_clock.now().addMSecs(WebhookService::kRotationWindowMs));

        const QDateTime lastMoment = m_clock.now().addMSecs(WebhookService::kRotationWindowMs - 1);
        const QStringList during = m_webhooks->signingSecrets(record, lastMoment).value();
        QCOMPARE(during, (QStringList{newSecret, oldSecret}));

        // What a receiver sees during the window: two v1 entries, one per secret; the
        // gateway header carries the new one.
        const QByteArray body = R"({"event":"message.received"})";
        const SignedHeaders signed_ = signWebhook(QStringLiteral("evt_1"), QStringLiteral("message.received"),
                                                  1767268800, body, during);
        const QByteArray standard = headerValue(signed_, "webhook-signature");
        QCOMPARE(webhook_verifier::standardSignatureEntries(standard).size(), 2);
        for (const QString &secret : {oldSecret, newSecret})
            QVERIFY(webhook_verifier::standardSignatureMatches(secret.toUtf8(), "evt_1", "1767268800", body, standard));
        QVERIFY(webhook_verifier::gatewaySignatureMatches(newSecret.toUtf8(), "1767268800", body,
                                                          headerValue(signed_, "X-WhatsApp-Gateway-Signature")));

        QCOMPARE(m_webhooks->signingSecrets(record, lastMoment.addMSecs(1)).value(), QStringList{newSecret});

        // A second rotation inside the window: only the two newest sign.
        const QString third = m_webhooks->rotateSecret(made->record.id).value();
        QCOMPARE(m_webhooks->signingSecrets(*m_webhooks->find(made->record.id), m_clock.now()).value(),
                 (QStringList{third, newSecret}));
        QCOMPARE(m_webhooks->rotateSecret(QStringLiteral("whd_nothere")).failure().code, QStringLiteral("not_found"));
    }

    void testEventGoesToThatDestinationOnly()
    {
        const auto a = m_webhooks->add(m_instanceId, kUrl, event_types::all());
        const auto b = m_webhooks->add(m_instanceId, QStringLiteral("https://erp.example.com/in"), event_types::all());
        QVERIFY(a && b);
        QSignalSpy queued(m_webhooks.get(), &WebhookService::deliveriesQueued);
        const Result<QString> eventId = m_webhooks->sendTestEvent(a->record.id);
        QVERIFY2(eventId, qPrintable(eventId.failure().message));
        QCOMPARE(queued.count(), 1);
        const auto stored = EventStore(db()).find(eventId.value());
        QVERIFY(stored);
        QCOMPARE(stored->event.type, event_types::kWebhookTest);
        const QJsonObject payload = QJsonDocument::fromJson(stored->event.body).object();
        QCOMPARE(payload.value(QStringLiteral("event")).toString(), QStringLiteral("webhook.test"));
        QCOMPARE(payload.value(QStringLiteral("destination_id")).toString(), a->record.id);
        QCOMPARE(payload.value(QStringLiteral("instance_name")).toString(), QStringLiteral("front-desk"));
        const QList<DeliveryRecord> deliveries = WebhookDeliveryStore(db()).forEvent(eventId.value());
        QCOMPARE(deliveries.size(), 1);
        QCOMPARE(deliveries.at(0).destinationId, a->record.id);
        QCOMPARE(deliveries.at(0).state, DeliveryState::Pending);
        QCOMPARE(deliveries.at(0).nextAttemptAt, m_clock.now());
        QCOMPARE(m_webhooks->pendingCount(a->record.id), 1);
        QCOMPARE(m_webhooks->pendingCount(b->record.id), 0);
        QCOMPARE(m_webhooks->sendTestEvent(QStringLiteral("whd_nothere")).failure().code, QStringLiteral("not_found"));
    }

    void redeliverAnEventAndARange()
    {
        const auto a = m_webhooks->add(m_instanceId, kUrl, {});
        QVERIFY(a);
        const QDateTime t0 = m_clock.now();
        const GatewayEvent first = appendEvent(event_types::kMessageReceived, t0);
        const GatewayEvent second = appendEvent(event_types::kMessageReceived, t0.addSecs(60));
        const GatewayEvent third = appendEvent(event_types::kMessageReceived, t0.addSecs(120));
        WebhookDeliveryStore deliveries(db());
        for (const GatewayEvent &event : {first, second, third}) {
            const DeliveryRecord d = deliveries.forEvent(event.id).at(0);
            WebhookAttemptRecord attempt;
            attempt.deliveryId = d.id;
            attempt.destinationId = d.destinationId;
            attempt.eventId = event.id;
            attempt.attempt = 1;
            attempt.statusCode = 200;
            attempt.createdAt = t0;
            QVERIFY(deliveries.recordAttempt(attempt, DeliveryState::Delivered, {}).ok());
        }
        QCOMPARE(m_webhooks->deliveryLog(a->record.id, 10).size(), 3);
        QCOMPARE(m_webhooks->pendingCount(a->record.id), 0);

        m_clock.advance(3600 * 1000);
        QSignalSpy queued(m_webhooks.get(), &WebhookService::deliveriesQueued);
        const Result<int> one = m_webhooks->redeliverEvent(first.id);
        QVERIFY(one);
        QCOMPARE(one.value(), 1);
        QCOMPARE(queued.count(), 1);
        const DeliveryRecord again = deliveries.forEvent(first.id).at(0);
        QCOMPARE(again.state, DeliveryState::Pending);
        QCOMPARE(again.attempts, 0);
        QCOMPARE(again.nextAttemptAt, m_clock.now());
        QCOMPARE(m_webhooks->redeliverEvent(QStringLiteral("evt_nothere")).failure().code, QStringLiteral("not_found"));
        QCOMPARE(m_webhooks->redeliverEvent(first.id, QStringLiteral("whd_nothere")).failure().code, QStringLiteral("not_found"));

        // [t0 + 30 s, t0 + 120 s): only the second; the end is excluded.
        const Result<int> range = m_webhooks->redeliverRange(QStringLiteral("front-desk"), t0.addSecs(30), t0.addSecs(120));
        QVERIFY(range);
        QCOMPARE(range.value(), 1);
        QCOMPARE(deliveries.forEvent(second.id).at(0).state, DeliveryState::Pending);
        QCOMPARE(deliveries.forEvent(third.id).at(0).state, DeliveryState::Delivered);
        QCOMPARE(m_webhooks->redeliverRange(QStringLiteral("nowhere"), t0, t0.addSecs(1)).failure().code,
                 QStringLiteral("invalid_instance"));
        QCOMPARE(m_webhooks->redeliverRange(QStringLiteral("front-desk"), t0.addSecs(1), t0).failure().code,
                 QStringLiteral("validation_error"));
        QCOMPARE(m_webhooks->redeliverRange(QStringLiteral("front-desk"), QDateTime(), t0).failure().code,
                 QStringLiteral("validation_error"));
        QCOMPARE(m_webhooks->redeliverRange(QStringLiteral("back-office"), t0, t0.addSecs(1), a->record.id).failure().code,
                 QStringLiteral("not_found"));

        // A destination added after the events gets them on redelivery too.
        const auto late = m_webhooks->add(m_instanceId, QStringLiteral("https://late.example.com/"), {});
        QVERIFY(late);
        QCOMPARE(m_webhooks->redeliverEvent(third.id, late->record.id).value(), 1);
        QCOMPARE(deliveries.forEvent(third.id).size(), 2);
    }

    void reportDisabledTellsTheFrontEnds()
    {
        const auto a = m_webhooks->add(m_instanceId, kUrl, {});
        QSignalSpy disabled(m_webhooks.get(), &WebhookService::destinationDisabled);
        QSignalSpy changed(m_webhooks.get(), &WebhookService::destinationsChanged);
        m_webhooks->reportDisabled(a->record.id, m_instanceId, QStringLiteral("gone"));
        QCOMPARE(disabled.count(), 1);
        QCOMPARE(disabled.at(0).at(0).toString(), a->record.id);
        QCOMPARE(disabled.at(0).at(1).toString(), QStringLiteral("gone"));
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWebhookService)
#include "test_webhook_service.moc"
