// The durable pacing queue across a real kill -9: every acknowledged message is in the
// database, queued ones are sent after the restart, none twice. Plus the two throttles
// (queue full, key rate) through the real binary, with Retry-After.
#include "support/database_peek.h"
#include "support/gateway_process.h"
#include "support/raw_http.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace wag::test;

namespace {

struct Row
{
    QString phone;
    QString status;
    QString externalId;
    QString error;
};

QList<Row> readLog(const QString &dbPath)
{
    QList<Row> rows;
    for (const QVariantList &r : peekRows(dbPath, QStringLiteral("SELECT phone, status, COALESCE(external_id, ''), COALESCE(error, '')"
                                                                 " FROM messages WHERE status <> 'blocked' ORDER BY log_id")))
        rows.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString()});
    return rows;
}

QByteArray sendRequest(const QByteArray &key, const QString &phone, const QString &text)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("instance_id"), QStringLiteral("front-desk")},
                                                      {QStringLiteral("phone"), phone},
                                                      {QStringLiteral("message"), text},
                                                      {QStringLiteral("message_purpose"), QStringLiteral("transactional")}})
                                .toJson(QJsonDocument::Compact);
    return "POST /api/send-message HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + key
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestSendQueueCrash : public QObject
{
    Q_OBJECT

    static QByteArray prepare(const QString &dir)
    {
        auto admin = [&](const QStringList &arguments) {
            return GatewayProcess::run(QStringList{QStringLiteral("--data-dir"), dir, QStringLiteral("admin")} + arguments);
        };
        admin({QStringLiteral("create-instance"), QStringLiteral("front-desk")});
        return admin({QStringLiteral("create-api-key"), QStringLiteral("crm")}).out.trimmed();
    }

    static void pace(GatewayProcess &gateway, int intervalMs)
    {
        auto &env = gateway.environment();
        env.insert(QStringLiteral("WAG_WARMUP_DAYS"), QStringLiteral("0"));
        env.insert(QStringLiteral("WAG_PACING_MIN_INTERVAL_MS"), QString::number(intervalMs));
        env.insert(QStringLiteral("WAG_PACING_MAX_INTERVAL_MS"), QString::number(intervalMs));
        env.insert(QStringLiteral("WAG_PACING_RECIPIENT_INTERVAL_MS"), QStringLiteral("0"));
    }

    // Sends `count` orders one at a time (each answered before the next), to numbers from
    // +1415555<firstNumber>: the statuses in order, `last` the final answer.
    static QList<int> sendOrders(RawClient &client, const QByteArray &key, int firstNumber,
                                 int count, ParsedResponse *last)
    {
        QList<int> statuses;
        for (int i = 0; i < count; ++i) {
            client.send(sendRequest(key, QStringLiteral("+1415555%1").arg(firstNumber + i),
                                    QStringLiteral("Order %1 ready").arg(i)));
            *last = client.readResponse();
            statuses << last->status;
        }
        return statuses;
    }

private slots:
    void queueSurvivesKill9()
    {
        QTemporaryDir dir;
        const QByteArray key = prepare(dir.path());
        const QString dbPath = dir.filePath(QStringLiteral("gateway.db"));
        constexpr int kMessages = 12;
        {
            GatewayProcess gateway(dir.path());
            pace(gateway, 250);
            QVERIFY(gateway.start({QStringLiteral("--simulator-control")}));
            QCOMPARE(request(gateway.port(), "POST", "/simulator/instances/front-desk/scan").status, 200);
            // Pipelined on one connection: answered in order, as fast as the server can.
            RawClient client;
            QVERIFY(client.connectTo(gateway.port()));
            QByteArray all;
            for (int i = 0; i < kMessages; ++i)
                all += sendRequest(key, QStringLiteral("+1415555%1").arg(3000 + i), QStringLiteral("Delivery slot %1 confirmed").arg(i));
            client.send(all);
            int queued = 0;
            for (int i = 0; i < kMessages; ++i) {
                const ParsedResponse r = client.readResponse();
                QCOMPARE(r.status, 200);
                queued += QJsonDocument::fromJson(r.body).object().value(QStringLiteral("status")).toString() == u"queued";
            }
            QVERIFY2(queued >= kMessages - 2, "most messages must be waiting in the queue");
            gateway.kill9();
        }

        const QList<Row> afterCrash = readLog(dbPath);
        QCOMPARE(afterCrash.size(), kMessages); // everything acknowledged was committed
        int stillQueued = 0;
        QHash<QString, QString> sentBefore; // phone → external id
        for (const Row &row : afterCrash) {
            stillQueued += row.status == u"queued";
            if (!row.externalId.isEmpty())
                sentBefore.insert(row.phone, row.externalId);
        }
        QVERIFY(stillQueued > 0);

        GatewayProcess restarted(dir.path());
        pace(restarted, 250);
        QVERIFY(restarted.start());
        QList<Row> rows;
        QDeadlineTimer deadline(20000);
        for (;;) {
            rows = readLog(dbPath);
            bool pending = false;
            for (const Row &row : rows)
                pending = pending || row.status == u"queued" || row.status == u"sending";
            if (!pending || deadline.hasExpired())
                break;
            QTest::qWait(100);
        }
        QCOMPARE(rows.size(), kMessages);
        QSet<QString> externalIds;
        for (const Row &row : rows) {
            // Sent (and maybe delivered or read since), or failed because it was in doubt
            // at the moment of the kill; never left behind, never sent a second time.
            const bool sent = row.status == u"sent" || row.status == u"delivered" || row.status == u"read";
            QVERIFY2(sent || (row.status == u"failed" && row.error == u"interrupted"),
                     qPrintable(row.phone + QLatin1Char(' ') + row.status + QLatin1Char(' ') + row.error));
            if (sent) {
                QVERIFY(!row.externalId.isEmpty());
                QVERIFY(!externalIds.contains(row.externalId));
                externalIds.insert(row.externalId);
            }
            if (sentBefore.contains(row.phone))
                QCOMPARE(row.externalId, sentBefore.value(row.phone)); // not sent again
        }
        QVERIFY(externalIds.size() >= kMessages - 1);
        QCOMPARE(restarted.terminate(SIGTERM), 0);
    }

    void queueFullAnswersThrottled()
    {
        QTemporaryDir dir;
        const QByteArray key = prepare(dir.path());
        GatewayProcess gateway(dir.path());
        pace(gateway, 60'000);
        gateway.environment().insert(QStringLiteral("WAG_QUEUE_MAX_LENGTH"), QStringLiteral("3"));
        QVERIFY(gateway.start({QStringLiteral("--simulator-control")}));
        QCOMPARE(request(gateway.port(), "POST", "/simulator/instances/front-desk/scan").status, 200);
        RawClient client;
        QVERIFY(client.connectTo(gateway.port()));
        ParsedResponse last;
        // The first goes out at once; three more wait; the fifth finds the queue full.
        const QList<int> statuses = sendOrders(client, key, 4000, 5, &last);
        QCOMPARE(statuses, (QList<int>{200, 200, 200, 200, 429}));
        QCOMPARE(QJsonDocument::fromJson(last.body).object().value(QStringLiteral("error")).toString(), QStringLiteral("sending_throttled"));
        QVERIFY(last.header("retry-after").toInt() >= 1);
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }

    void keyRateLimitAnswersThrottled()
    {
        QTemporaryDir dir;
        const QByteArray key = prepare(dir.path());
        GatewayProcess gateway(dir.path());
        gateway.environment().insert(QStringLiteral("WAG_PACING"), QStringLiteral("off"));
        gateway.environment().insert(QStringLiteral("WAG_WARMUP_DAYS"), QStringLiteral("0"));
        gateway.environment().insert(QStringLiteral("WAG_API_RATE_LIMIT_PER_MINUTE"), QStringLiteral("3"));
        QVERIFY(gateway.start({QStringLiteral("--simulator-control")}));
        QCOMPARE(request(gateway.port(), "POST", "/simulator/instances/front-desk/scan").status, 200);
        RawClient client;
        QVERIFY(client.connectTo(gateway.port()));
        ParsedResponse last;
        const QList<int> statuses = sendOrders(client, key, 5000, 4, &last);
        QCOMPARE(statuses, (QList<int>{200, 200, 200, 429}));
        const QJsonObject body = QJsonDocument::fromJson(last.body).object();
        QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("sending_throttled"));
        QCOMPARE(body.value(QStringLiteral("details")).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("key_rate_limit"));
        const int retryAfter = last.header("retry-after").toInt();
        QVERIFY2(retryAfter >= 15 && retryAfter <= 20, last.header("retry-after").constData()); // one token every 20 s
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }
};

QTEST_GUILESS_MAIN(TestSendQueueCrash)
#include "test_send_queue_crash.moc"
