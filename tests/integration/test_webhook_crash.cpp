// The durable outbox across a real kill -9 (SPEC §6.4): 1,000 inbound messages become
// 1,000 message.received deliveries while the customer's receiver hangs; the gateway is
// killed with everything pending or in flight, restarted, and every event arrives, signed,
// at least once. Nothing acknowledged is lost.
#include "support/database_peek.h"
#include "support/gateway_process.h"
#include "support/raw_http.h"
#include "support/webhook_verifier.h"
#include "fakes/webhook_receiver.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <functional>

using namespace wag::test;

namespace {

constexpr int kEvents = 1000;

qint64 scalar(const QString &dbPath, const QString &sql)
{
    const QVariant value = peekValue(dbPath, sql);
    return value.isValid() ? value.toLongLong() : -1;
}

QSet<QString> storedEventIds(const QString &dbPath)
{
    QSet<QString> ids;
    for (const QVariantList &row : peekRows(dbPath, QStringLiteral("SELECT event_id FROM events WHERE type = 'message.received'")))
        ids.insert(row.value(0).toString());
    return ids;
}

QByteArray inboundRequest(int n)
{
    const QByteArray body = QJsonDocument(QJsonObject{
                                              {QStringLiteral("from"), QStringLiteral("+1415556%1").arg(n, 4, 10, QLatin1Char('0'))},
                                              {QStringLiteral("text"), QStringLiteral("Question %1").arg(n)},
                                          })
                                .toJson(QJsonDocument::Compact);
    return "POST /simulator/instances/front-desk/inbound HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QTest::qWait(20); // gives the other process time; the receiver keeps being served
    }
    return true;
}

} // namespace

class TestWebhookCrash : public QObject
{
    Q_OBJECT

private slots:
    void pendingEventsSurviveKill9()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("gateway.db"));
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setDefaultResponse(ScriptedResponse::neverAnswer());

        auto admin = [&](const QStringList &arguments) {
            return GatewayProcess::run(QStringList{QStringLiteral("--data-dir"), dir.path(),
                                                   QStringLiteral("--allow-loopback-webhooks"), QStringLiteral("admin")}
                                       + arguments);
        };
        QCOMPARE(admin({QStringLiteral("create-instance"), QStringLiteral("front-desk")}).exitCode, 0);
        const RunResult added = admin({QStringLiteral("add-webhook"), QStringLiteral("front-desk"),
                                       receiver.url().toString(), QStringLiteral("--events"),
                                       QStringLiteral("message.received")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString secret = QString::fromUtf8(added.out).split(QRegularExpression(QStringLiteral("\\s+")),
                                                                  Qt::SkipEmptyParts).filter(QStringLiteral("whsec_")).value(0);
        QVERIFY2(secret.startsWith(QStringLiteral("whsec_")), added.out.constData());
        const QStringList flags = {QStringLiteral("--simulator-control"), QStringLiteral("--allow-loopback-webhooks")};

        {
            GatewayProcess gateway(dir.path());
            QVERIFY(gateway.start(flags));
            QCOMPARE(request(gateway.port(), "POST", "/simulator/instances/front-desk/scan").status, 200);
            RawClient client;
            QVERIFY(client.connectTo(gateway.port()));
            QByteArray all;
            for (int i = 0; i < kEvents; ++i)
                all += inboundRequest(i);
            client.send(all);
            for (int i = 0; i < kEvents; ++i)
                QCOMPARE(client.readResponse().status, 200);
            // Every message is committed with its delivery; some are in flight at the receiver,
            // which never answers them.
            QVERIFY(waitUntil([&] {
                return scalar(dbPath, QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries")) == kEvents;
            }, 20000));
            QVERIFY(receiver.waitForRequests(1, 10000));
            gateway.kill9();
        }
        QCOMPARE(scalar(dbPath, QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'delivered'")), 0);
        const QSet<QString> stored = storedEventIds(dbPath);
        QCOMPARE(stored.size(), kEvents);

        receiver.setDefaultResponse(ScriptedResponse::answer(200));
        GatewayProcess restarted(dir.path());
        QVERIFY(restarted.start(flags));
        QSet<QString> received;
        const auto collect = [&] {
            received.clear();
            for (const ReceivedRequest &r : receiver.requests())
                received.insert(QString::fromUtf8(r.header("webhook-id")));
            return stored - received == QSet<QString>();
        };
        QVERIFY2(waitUntil(collect, 60000),
                 qPrintable(QStringLiteral("%1 of %2 events arrived").arg((stored & received).size()).arg(kEvents)));
        QVERIFY(waitUntil([&] {
            return scalar(dbPath, QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'delivered'")) == kEvents;
        }, 20000));
        // Each arrival verifies, by an implementation independent of the gateway's signer.
        const QByteArray key = secret.toUtf8();
        for (const ReceivedRequest &r : receiver.requests()) {
            QVERIFY(webhook_verifier::gatewaySignatureMatches(key, r.header("x-whatsapp-gateway-timestamp"), r.body,
                                                              r.header("x-whatsapp-gateway-signature")));
            QVERIFY(webhook_verifier::standardSignatureMatches(key, r.header("webhook-id"), r.header("webhook-timestamp"),
                                                               r.body, r.header("webhook-signature")));
            QCOMPARE(r.header("x-whatsapp-gateway-event"), QByteArray("message.received"));
        }
        restarted.terminate(SIGTERM);
    }
};

QTEST_GUILESS_MAIN(TestWebhookCrash)
#include "test_webhook_crash.moc"
