// Keeps the fake Evolution API honest: each endpoint and quirk it claims, checked against
// research/providers.md §A over real HTTP (the fake runs on its own thread, so blocking
// raw requests are fine), with webhooks caught by a WebhookReceiver on this thread.
#include "fakes/fake_evolution_server.h"
#include "fakes/webhook_receiver.h"
#include "support/raw_http.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wag::test;

namespace {

const QStringList kEvents{QStringLiteral("QRCODE_UPDATED"), QStringLiteral("CONNECTION_UPDATE"),
                          QStringLiteral("MESSAGES_UPSERT"), QStringLiteral("MESSAGES_UPDATE"),
                          QStringLiteral("SEND_MESSAGE"), QStringLiteral("CALL"), QStringLiteral("GROUPS_UPSERT"),
                          QStringLiteral("GROUP_PARTICIPANTS_UPDATE"), QStringLiteral("LOGOUT_INSTANCE"),
                          QStringLiteral("STATUS_INSTANCE")};

struct Answer
{
    int status = 0;
    QJsonValue json;
    QJsonObject object() const { return json.toObject(); }
};

QJsonObject obj(const QJsonValue &v) { return v.toObject(); }

} // namespace

class TestFakeEvolutionServer : public QObject
{
    Q_OBJECT

    FakeEvolutionServer *evo = nullptr;
    WebhookReceiver *receiver = nullptr;

    Answer call(const QByteArray &method, const QByteArray &path, const QJsonValue &body = {},
                const QByteArray &key = "evo-test-global-key")
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        if (!key.isEmpty())
            headers.append({"apikey", key});
        QByteArray bytes;
        if (body.isObject())
            bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        const ParsedResponse r = request(evo->port(), method, path, bytes, headers);
        Answer a;
        a.status = r.status;
        const QJsonDocument d = QJsonDocument::fromJson(r.body);
        a.json = d.isObject() ? QJsonValue(d.object()) : d.isArray() ? QJsonValue(d.array()) : QJsonValue();
        return a;
    }

    QJsonObject webhookConfig(const QString &path = QStringLiteral("/cb"))
    {
        return {{QStringLiteral("url"), receiver->url(path).toString()},
                {QStringLiteral("byEvents"), false},
                {QStringLiteral("base64"), false},
                {QStringLiteral("headers"), QJsonObject{{QStringLiteral("X-Gateway-Callback-Secret"), QStringLiteral("s3cret")}}},
                {QStringLiteral("events"), QJsonArray::fromStringList(kEvents)}};
    }

    Answer create(const QString &name, bool qrcode = true)
    {
        return call("POST", "/instance/create",
                    QJsonObject{{QStringLiteral("instanceName"), name}, {QStringLiteral("qrcode"), qrcode},
                                {QStringLiteral("integration"), QStringLiteral("WHATSAPP-BAILEYS")},
                                {QStringLiteral("webhook"), webhookConfig()}});
    }

    // The envelopes the receiver got, for one event.
    QList<QJsonObject> received(const QString &event)
    {
        QList<QJsonObject> out;
        for (const ReceivedRequest &r : receiver->requests()) {
            const QJsonObject e = QJsonDocument::fromJson(r.body).object();
            if (e.value(QStringLiteral("event")).toString() == event)
                out.append(e);
        }
        return out;
    }
    bool waitReceived(const QString &event, int count)
    {
        return QTest::qWaitFor([&] { return received(event).size() >= count; }, 5000);
    }

private slots:
    void init()
    {
        evo = new FakeEvolutionServer;
        QVERIFY(evo->listen());
        receiver = new WebhookReceiver;
        QVERIFY(receiver->listen());
    }
    void cleanup()
    {
        delete evo;
        delete receiver;
    }

    void healthAndAuth()
    {
        QCOMPARE(call("GET", "/", {}, {}).status, 200); // no key needed (A.1)
        const Answer none = call("POST", "/instance/create", QJsonObject{{QStringLiteral("instanceName"), QStringLiteral("a")}}, {});
        QCOMPARE(none.status, 401);
        QCOMPARE(none.object(), (QJsonObject{{QStringLiteral("status"), 401}, {QStringLiteral("error"), QStringLiteral("Unauthorized")},
                                             {QStringLiteral("response"), QJsonObject{{QStringLiteral("message"), QStringLiteral("Unauthorized")}}}}));
        QCOMPARE(call("GET", "/instance/fetchInstances", {}, "wrong").status, 401);
        // The instance guard runs before the key check (A.2): unknown → 404 even with a bad key.
        const Answer unknown = call("GET", "/instance/connectionState/nope", {}, "wrong");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(obj(unknown.object().value(QStringLiteral("response"))).value(QStringLiteral("message")).toArray().first().toString(),
                 QStringLiteral("The \"nope\" instance does not exist"));
        // An instance's own token works on its routes (A.1).
        QCOMPARE(create(QStringLiteral("gw-a")).status, 201);
        QCOMPARE(call("GET", "/instance/connectionState/gw-a", {}, evo->token(QStringLiteral("gw-a")).toUtf8()).status, 200);
        QCOMPARE(call("GET", "/instance/fetchInstances", {}, evo->token(QStringLiteral("gw-a")).toUtf8()).json.toArray().size(), 1);
    }

    void createAndQr()
    {
        const Answer a = create(QStringLiteral("gw-1"));
        QCOMPARE(a.status, 201);
        QCOMPARE(obj(a.object().value(QStringLiteral("instance"))).value(QStringLiteral("instanceName")).toString(), QStringLiteral("gw-1"));
        QVERIFY(!a.object().value(QStringLiteral("hash")).toString().isEmpty());
        const QJsonObject qr = obj(a.object().value(QStringLiteral("qrcode")));
        QVERIFY(qr.value(QStringLiteral("code")).toString().startsWith(QStringLiteral("2@")));
        QVERIFY(qr.value(QStringLiteral("base64")).toString().startsWith(QStringLiteral("data:image/png;base64,")));
        QCOMPARE(qr.value(QStringLiteral("count")).toInt(), 1);
        const QJsonObject row = evo->webhookRow(QStringLiteral("gw-1"));
        QCOMPARE(row.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(obj(row.value(QStringLiteral("headers"))).value(QStringLiteral("X-Gateway-Callback-Secret")).toString(), QStringLiteral("s3cret"));
        // Duplicate name → 403 (A.2); webhook without events → 400 and rolled back (A.3).
        const Answer dup = create(QStringLiteral("gw-1"));
        QCOMPARE(dup.status, 403);
        QCOMPARE(obj(dup.object().value(QStringLiteral("response"))).value(QStringLiteral("message")).toArray().first().toString(),
                 QStringLiteral("This name \"gw-1\" is already in use."));
        QJsonObject noEvents = webhookConfig();
        noEvents.remove(QStringLiteral("events"));
        QCOMPARE(call("POST", "/instance/create", QJsonObject{{QStringLiteral("instanceName"), QStringLiteral("gw-2")},
                                                              {QStringLiteral("webhook"), noEvents}}).status, 400);
        QVERIFY(!evo->hasInstance(QStringLiteral("gw-2")));

        // The QR also arrives as a webhook with Evolution's envelope (A.5, A.6).
        QVERIFY(waitReceived(QStringLiteral("qrcode.updated"), 1));
        const QJsonObject e = received(QStringLiteral("qrcode.updated")).first();
        for (const char *field : {"event", "instance", "data", "destination", "date_time", "server_url", "apikey"})
            QVERIFY2(e.contains(QLatin1String(field)), field);
        QVERIFY(!e.contains(QStringLiteral("sender"))); // not linked yet
        QVERIFY(e.value(QStringLiteral("apikey")).isNull());
        QVERIFY(e.value(QStringLiteral("date_time")).toString().endsWith(QLatin1Char('Z')));
        const QJsonObject data = obj(obj(e.value(QStringLiteral("data"))).value(QStringLiteral("qrcode")));
        QCOMPARE(data.value(QStringLiteral("code")).toString(), evo->currentQrCode(QStringLiteral("gw-1")));
        QVERIFY(!data.contains(QStringLiteral("count")));
        QCOMPARE(receiver->requests().first().header("x-gateway-callback-secret"), QByteArray("s3cret"));
        QCOMPARE(receiver->requests().first().header("content-type"), QByteArray("application/json"));

        // connect while connecting → the current QR; the {"error":true}-on-200 quirk.
        const Answer c = call("GET", "/instance/connect/gw-1");
        QCOMPARE(obj(c.json).value(QStringLiteral("code")).toString(), evo->currentQrCode(QStringLiteral("gw-1")));
        evo->failNextConnect(QStringLiteral("Error: boom"));
        const Answer failed = call("GET", "/instance/connect/gw-1");
        QCOMPARE(failed.status, 200);
        QCOMPARE(failed.object().value(QStringLiteral("error")).toBool(), true);
        QCOMPARE(call("GET", "/instance/connectionState/gw-1").object(),
                 (QJsonObject{{QStringLiteral("instance"), QJsonObject{{QStringLiteral("instanceName"), QStringLiteral("gw-1")},
                                                                       {QStringLiteral("state"), QStringLiteral("connecting")}}}}));
        // Not loaded in memory: state absent, connect fails with the 200 quirk.
        evo->setUnloaded(QStringLiteral("gw-1"), true);
        QVERIFY(!obj(call("GET", "/instance/connectionState/gw-1").object().value(QStringLiteral("instance"))).contains(QStringLiteral("state")));
        QCOMPARE(call("GET", "/instance/connect/gw-1").object().value(QStringLiteral("error")).toBool(), true);
    }

    void qrPendingAndLimit()
    {
        evo->setQrPending(true);
        QCOMPARE(obj(create(QStringLiteral("gw-q")).object().value(QStringLiteral("qrcode"))),
                 (QJsonObject{{QStringLiteral("count"), 0}})); // D.1
        evo->setQrLimit(2);
        evo->nextQr(QStringLiteral("gw-q"));
        evo->nextQr(QStringLiteral("gw-q"));
        QCOMPARE(evo->qrCount(QStringLiteral("gw-q")), 2);
        evo->nextQr(QStringLiteral("gw-q")); // over the limit
        QVERIFY(waitReceived(QStringLiteral("qrcode.updated"), 3));
        QCOMPARE(obj(received(QStringLiteral("qrcode.updated")).last().value(QStringLiteral("data"))).value(QStringLiteral("statusCode")).toInt(), 500);
        QVERIFY(waitReceived(QStringLiteral("connection.update"), 2));
        const QJsonObject refused = obj(received(QStringLiteral("connection.update")).last().value(QStringLiteral("data")));
        QCOMPARE(refused.value(QStringLiteral("state")).toString(), QStringLiteral("refused"));
        QCOMPARE(refused.value(QStringLiteral("statusReason")).toInt(), 428);
        QCOMPARE(evo->state(QStringLiteral("gw-q")), QStringLiteral("close"));
        evo->setQrPending(false);
        QCOMPARE(obj(call("GET", "/instance/connect/gw-q").json).value(QStringLiteral("count")).toInt(), 1); // a new cycle
    }

    void scanSendReceiptsInbound()
    {
        QCOMPARE(create(QStringLiteral("gw-s")).status, 201);
        evo->scan(QStringLiteral("gw-s"), QStringLiteral("5511999990001"));
        QVERIFY(waitReceived(QStringLiteral("connection.update"), 2));
        const QJsonObject open = received(QStringLiteral("connection.update")).last();
        QCOMPARE(obj(open.value(QStringLiteral("data"))).value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(open.value(QStringLiteral("sender")).toString(), QStringLiteral("5511999990001@s.whatsapp.net"));
        QCOMPARE(obj(call("GET", "/instance/connect/gw-s").object().value(QStringLiteral("instance"))).value(QStringLiteral("state")).toString(),
                 QStringLiteral("open"));

        const Answer sent = call("POST", "/message/sendText/gw-s",
                                 QJsonObject{{QStringLiteral("number"), QStringLiteral("14155550123")}, {QStringLiteral("text"), QStringLiteral("hi")}});
        QCOMPARE(sent.status, 201);
        const QJsonObject key = obj(sent.object().value(QStringLiteral("key")));
        const QString id = key.value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("3EB0")));
        QCOMPARE(key.value(QStringLiteral("remoteJid")).toString(), QStringLiteral("14155550123@s.whatsapp.net"));
        QCOMPARE(sent.object().value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        // Echoes (#1340): send.message and messages.upsert fromMe with the same id.
        QVERIFY(waitReceived(QStringLiteral("send.message"), 1));
        QVERIFY(waitReceived(QStringLiteral("messages.upsert"), 1));
        QCOMPARE(obj(obj(received(QStringLiteral("messages.upsert")).first().value(QStringLiteral("data"))).value(QStringLiteral("key"))).value(QStringLiteral("fromMe")).toBool(), true);

        const Answer notOnWa = call("POST", "/message/sendText/gw-s",
                                    QJsonObject{{QStringLiteral("number"), QStringLiteral("14155550000")}, {QStringLiteral("text"), QStringLiteral("hi")}});
        QCOMPARE(notOnWa.status, 400);
        const QJsonObject exists = obj(obj(notOnWa.object().value(QStringLiteral("response"))).value(QStringLiteral("message")).toArray().first());
        QCOMPARE(exists.value(QStringLiteral("exists")).toBool(true), false);
        QCOMPARE(call("POST", "/message/sendText/gw-s", QJsonObject{{QStringLiteral("number"), QStringLiteral("1")}}).status, 400);

        // Receipts; a repeat of one (id,status) is suppressed, repeatLastWebhook duplicates.
        evo->receipt(QStringLiteral("gw-s"), id, QStringLiteral("DELIVERY_ACK"));
        evo->receipt(QStringLiteral("gw-s"), id, QStringLiteral("DELIVERY_ACK"));
        evo->repeatLastWebhook(QStringLiteral("gw-s"));
        QVERIFY(waitReceived(QStringLiteral("messages.update"), 2));
        QVERIFY(evo->waitForWebhooksIdle());
        QCOMPARE(received(QStringLiteral("messages.update")).size(), 2);
        const QJsonObject receipt = obj(received(QStringLiteral("messages.update")).first().value(QStringLiteral("data")));
        QCOMPARE(receipt.value(QStringLiteral("keyId")).toString(), id);
        QCOMPARE(receipt.value(QStringLiteral("status")).toString(), QStringLiteral("DELIVERY_ACK"));
        // Out of order: READ overtakes PLAYED... held, then released newest first.
        evo->holdWebhooks(true);
        evo->receipt(QStringLiteral("gw-s"), id, QStringLiteral("READ"));
        evo->receipt(QStringLiteral("gw-s"), id, QStringLiteral("PLAYED"));
        evo->releaseWebhooksReversed();
        QVERIFY(waitReceived(QStringLiteral("messages.update"), 4));
        QCOMPARE(obj(received(QStringLiteral("messages.update")).at(2).value(QStringLiteral("data"))).value(QStringLiteral("status")).toString(),
                 QStringLiteral("PLAYED"));

        // Inbound shapes (A.6).
        InboundOptions lid;
        lid.lid = QStringLiteral("123456789012345@lid");
        evo->inbound(QStringLiteral("gw-s"), QStringLiteral("14155550199@s.whatsapp.net"), QStringLiteral("hello"), lid);
        InboundOptions group;
        group.groupJid = QStringLiteral("120363000000000001@g.us");
        evo->inbound(QStringLiteral("gw-s"), QStringLiteral("14155550198@s.whatsapp.net"), QStringLiteral("in group"), group);
        InboundOptions image;
        image.mediaType = QStringLiteral("imageMessage");
        evo->inbound(QStringLiteral("gw-s"), QStringLiteral("14155550197@s.whatsapp.net"), QStringLiteral("caption"), image);
        QVERIFY(waitReceived(QStringLiteral("messages.upsert"), 4));
        const QList<QJsonObject> upserts = received(QStringLiteral("messages.upsert"));
        const QJsonObject lidKey = obj(obj(upserts.at(1).value(QStringLiteral("data"))).value(QStringLiteral("key")));
        QCOMPARE(lidKey.value(QStringLiteral("remoteJid")).toString(), QStringLiteral("123456789012345@lid"));
        QCOMPARE(lidKey.value(QStringLiteral("remoteJidAlt")).toString(), QStringLiteral("14155550199@s.whatsapp.net"));
        QCOMPARE(obj(obj(upserts.at(1).value(QStringLiteral("data"))).value(QStringLiteral("message"))).value(QStringLiteral("conversation")).toString(),
                 QStringLiteral("hello"));
        const QJsonObject groupKey = obj(obj(upserts.at(2).value(QStringLiteral("data"))).value(QStringLiteral("key")));
        QCOMPARE(groupKey.value(QStringLiteral("participant")).toString(), QStringLiteral("14155550198@s.whatsapp.net"));
        QCOMPARE(obj(upserts.at(3).value(QStringLiteral("data"))).value(QStringLiteral("messageType")).toString(), QStringLiteral("imageMessage"));

        // Zombie open (D.2): state says open, sends die with 500.
        evo->setShowsOpenWhenDead(QStringLiteral("gw-s"), true);
        QCOMPARE(obj(call("GET", "/instance/connectionState/gw-s").object().value(QStringLiteral("instance"))).value(QStringLiteral("state")).toString(),
                 QStringLiteral("open"));
        QCOMPARE(call("POST", "/message/sendText/gw-s", QJsonObject{{QStringLiteral("number"), QStringLiteral("14155550123")},
                                                                    {QStringLiteral("text"), QStringLiteral("x")}}).status, 500);
    }

    void disconnectsAndLogout()
    {
        QCOMPARE(create(QStringLiteral("gw-d")).status, 201);
        evo->scan(QStringLiteral("gw-d"), QStringLiteral("5511999990002"));
        QVERIFY(evo->waitForWebhooksIdle());
        const int before = receiver->requests().size();
        evo->disconnect(QStringLiteral("gw-d"), 408); // silent auto-reconnect
        QVERIFY(receiver->waitForRequests(before + 2));
        QCOMPARE(evo->state(QStringLiteral("gw-d")), QStringLiteral("open"));
        for (const QJsonObject &e : received(QStringLiteral("connection.update")))
            QVERIFY(obj(e.value(QStringLiteral("data"))).value(QStringLiteral("state")).toString() != QStringLiteral("close"));

        evo->logoutFromPhone(QStringLiteral("gw-d"));
        QVERIFY(receiver->waitForRequests(before + 5));
        QStringList order;
        for (qsizetype i = before + 2; i < receiver->requests().size(); ++i)
            order << QJsonDocument::fromJson(receiver->requests().at(i).body).object().value(QStringLiteral("event")).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("status.instance"), QStringLiteral("logout.instance"), QStringLiteral("connection.update")}));
        const QJsonObject close = obj(received(QStringLiteral("connection.update")).last().value(QStringLiteral("data")));
        QCOMPARE(close.value(QStringLiteral("statusReason")).toInt(), 401);
        QVERIFY(received(QStringLiteral("logout.instance")).first().value(QStringLiteral("data")).isNull());
        QCOMPARE(call("DELETE", "/instance/logout/gw-d").status, 400); // already closed
        // restart on close: the 200-with-error quirk.
        QCOMPARE(call("POST", "/instance/restart/gw-d").object().value(QStringLiteral("error")).toBool(), true);
        QCOMPARE(call("PUT", "/instance/restart/gw-d").status, 404); // POST only in v2
        QCOMPARE(call("DELETE", "/instance/delete/gw-d").status, 200);
        QCOMPARE(call("GET", "/instance/connectionState/gw-d").status, 404);
    }

    void webhookEndpoints()
    {
        QCOMPARE(call("POST", "/instance/create", QJsonObject{{QStringLiteral("instanceName"), QStringLiteral("gw-w")}}).status, 201);
        QVERIFY(call("GET", "/webhook/find/gw-w").json.isNull());
        // The docs' flat body fails; the nested one without events fails too (A.4).
        QCOMPARE(call("POST", "/webhook/set/gw-w", QJsonObject{{QStringLiteral("url"), QStringLiteral("http://x")},
                                                               {QStringLiteral("webhookByEvents"), false}}).status, 400);
        QJsonObject nested = webhookConfig(QStringLiteral("/by"));
        nested.insert(QStringLiteral("enabled"), true);
        QJsonObject noEvents = nested;
        noEvents.remove(QStringLiteral("events"));
        QCOMPARE(call("POST", "/webhook/set/gw-w", QJsonObject{{QStringLiteral("webhook"), noEvents}}).status, 400);
        QJsonObject badEvent = nested;
        badEvent.insert(QStringLiteral("events"), QJsonArray{QStringLiteral("GROUPS_UPDATE")});
        QCOMPARE(call("POST", "/webhook/set/gw-w", QJsonObject{{QStringLiteral("webhook"), badEvent}}).status, 400);
        nested.insert(QStringLiteral("byEvents"), true);
        const Answer set = call("POST", "/webhook/set/gw-w", QJsonObject{{QStringLiteral("webhook"), nested}});
        QCOMPARE(set.status, 201);
        QCOMPARE(set.object().value(QStringLiteral("webhookByEvents")).toBool(), true);
        QCOMPARE(call("GET", "/webhook/find/gw-w").object().value(QStringLiteral("url")).toString(), nested.value(QStringLiteral("url")).toString());
        // byEvents: the URL gets the event suffix (A.5).
        QCOMPARE(call("GET", "/instance/connect/gw-w").status, 200);
        QVERIFY(receiver->waitForRequests(1));
        QCOMPARE(receiver->requests().first().path(), QByteArray("/by/connection-update"));

        const Answer rows = call("GET", "/instance/fetchInstances");
        QCOMPARE(rows.json.toArray().first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("gw-w"));
        QCOMPARE(rows.json.toArray().first().toObject().value(QStringLiteral("connectionStatus")).toString(), QStringLiteral("connecting"));
        QCOMPARE(call("GET", "/instance/fetchInstances?instanceName=zz").status, 404);
        evo->forgetInstance(QStringLiteral("gw-w"));
        QCOMPARE(call("GET", "/webhook/find/gw-w").status, 404);
    }

    void deliveryRetries()
    {
        receiver->enqueue(ScriptedResponse::answer(500));
        QCOMPARE(create(QStringLiteral("gw-r")).status, 201); // connection.update + qrcode.updated
        QVERIFY(evo->waitForWebhooksIdle());
        QCOMPARE(evo->webhookPosts().size(), 3); // one retried
        QCOMPARE(evo->webhookPosts().at(0).status, 500);
        QCOMPARE(evo->webhookPosts().at(2).attempt, 2); // after the next event: its backoff
        QCOMPARE(evo->webhookPosts().at(2).event, evo->webhookPosts().at(0).event);
        receiver->enqueue(ScriptedResponse::answer(401));
        evo->postRawWebhook(QStringLiteral("gw-r"), "{}", {}, true);
        QVERIFY(evo->waitForWebhooksIdle());
        QCOMPARE(evo->webhookPosts().size(), 4); // 401 is never retried
        QCOMPARE(evo->webhookPosts().last().status, 401);
    }

    void faults()
    {
        evo->setDown(FakeEvolutionServer::Down::Unavailable);
        QCOMPARE(call("GET", "/instance/fetchInstances").status, 503);
        evo->setDown(FakeEvolutionServer::Down::Refused);
        QCOMPARE(call("GET", "/instance/fetchInstances").status, 0);
        evo->setDown(FakeEvolutionServer::Down::No);
        QCOMPARE(call("GET", "/instance/fetchInstances").status, 200);
        evo->setSlow(300);
        QElapsedTimer t;
        t.start();
        QCOMPARE(call("GET", "/instance/fetchInstances").status, 200);
        QVERIFY(t.elapsed() >= 280);
        QCOMPARE(evo->requests("GET", "/instance/fetchInstances").size(), 3); // refused ones never arrive
    }
};

QTEST_GUILESS_MAIN(TestFakeEvolutionServer)
#include "test_fake_evolution_server.moc"
