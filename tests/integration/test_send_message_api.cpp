// POST /api/send-message against the real binary: every row of SPEC §5's error table with
// its HTTP status and body, the success shape, idempotency, and the message log that
// records every attempt.
#include "support/gateway_process.h"
#include "support/raw_http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace wag::test;

namespace {

QJsonObject bodyOf(const ParsedResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QJsonObject detailsOf(const ParsedResponse &r)
{
    return bodyOf(r).value(QStringLiteral("details")).toObject();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject sendBody(const QString &instance, const QString &phone, const QString &message,
                     const QString &purpose = QStringLiteral("transactional"))
{
    return QJsonObject{{QStringLiteral("instance_id"), instance},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("message_purpose"), purpose}};
}

} // namespace

class TestSendMessageApi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    GatewayProcess *m_gateway = nullptr;
    QByteArray m_key;
    QByteArray m_scopedKey;
    QByteArray m_revokedKey;

    RunResult admin(const QStringList &arguments)
    {
        return GatewayProcess::run(QStringList{QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("admin")} + arguments);
    }

    ParsedResponse post(const QByteArray &body, const QByteArray &key,
                        const QList<QPair<QByteArray, QByteArray>> &extra = {},
                        const QByteArray &contentType = "application/json")
    {
        QList<QPair<QByteArray, QByteArray>> headers = extra;
        if (!key.isNull())
            headers.append({"Authorization", "Bearer " + key});
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        return request(m_gateway->port(), "POST", "/api/send-message", body, headers);
    }

    ParsedResponse send(const QJsonObject &body) { return post(json(body), m_key); }

    void expectError(const ParsedResponse &r, int status, const QString &error)
    {
        QCOMPARE(r.status, status);
        const QJsonObject o = bodyOf(r);
        QCOMPARE(o.value(QStringLiteral("success")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("details")).isObject());
    }

    int logRows(const QString &where = QStringLiteral("1=1"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("log"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("gateway.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        int n = -1;
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE ") + where) && q.next())
                n = q.value(0).toInt();
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("log"));
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(admin({QStringLiteral("create-instance"), QStringLiteral("front-desk")}).exitCode == 0);
        QVERIFY(admin({QStringLiteral("create-instance"), QStringLiteral("back-office")}).exitCode == 0);
        QVERIFY(admin({QStringLiteral("create-instance"), QStringLiteral("third")}).exitCode == 0);
        QVERIFY(admin({QStringLiteral("create-instance"), QStringLiteral("never-linked")}).exitCode == 0);
        m_key = admin({QStringLiteral("create-api-key"), QStringLiteral("crm")}).out.trimmed();
        m_scopedKey = admin({QStringLiteral("create-api-key"), QStringLiteral("scoped"), QStringLiteral("--instance"), QStringLiteral("front-desk")}).out.trimmed();
        m_revokedKey = admin({QStringLiteral("create-api-key"), QStringLiteral("old")}).out.trimmed();
        QVERIFY(m_key.startsWith("wg_live_") && m_scopedKey.startsWith("wg_live_") && m_revokedKey.startsWith("wg_live_"));
        QCOMPARE(admin({QStringLiteral("revoke-api-key"), QString::fromLatin1(m_revokedKey.left(16))}).exitCode, 0);

        m_gateway = new GatewayProcess(m_dir.path());
        m_gateway->environment().insert(QStringLiteral("WAG_PACING"), QStringLiteral("off"));
        m_gateway->environment().insert(QStringLiteral("WAG_WARMUP_DAYS"), QStringLiteral("0"));
        m_gateway->environment().insert(QStringLiteral("WAG_PROVIDER_SEND_TIMEOUT_MS"), QStringLiteral("600"));
        QVERIFY2(m_gateway->start({QStringLiteral("--simulator-control")}), m_gateway->standardError().constData());
        for (const char *name : {"front-desk", "back-office", "third"})
            QCOMPARE(request(m_gateway->port(), "POST", "/simulator/instances/" + QByteArray(name) + "/scan").status, 200);
    }

    void cleanupTestCase()
    {
        if (m_gateway)
            QCOMPARE(m_gateway->terminate(SIGTERM), 0);
        delete m_gateway;
    }

    void sentShape()
    {
        const ParsedResponse r = send(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552671"), QStringLiteral("Your order 1001 has shipped.")));
        QCOMPARE(r.status, 200);
        const QJsonObject o = bodyOf(r);
        QCOMPARE(o.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
        QVERIFY(QRegularExpression(QStringLiteral("^msg_[0-9A-Za-z]{20}$")).match(o.value(QStringLiteral("message_id")).toString()).hasMatch());
        QVERIFY(o.value(QStringLiteral("log_id")).toInteger() > 0);
        // Digits with country code, the instance by id, unknown fields ignored.
        const QString id = QString::fromUtf8(admin({QStringLiteral("list-instances")}).out).split(QLatin1Char('\n')).filter(QStringLiteral("front-desk")).value(0).section(QLatin1Char('\t'), 0, 0);
        QJsonObject body = sendBody(id, QStringLiteral("14155552672"), QStringLiteral("Ticket 77 closed."), QStringLiteral("support"));
        body.insert(QStringLiteral("reference"), QStringLiteral("crm-ticket-77"));
        body.insert(QStringLiteral("something_else"), 42);
        QCOMPARE(send(body).status, 200);
    }

    void invalidApiKey()
    {
        const QByteArray body = json(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552671"), QStringLiteral("x")));
        expectError(post(body, QByteArray()), 401, QStringLiteral("invalid_api_key"));
        expectError(post(body, "wg_live_00000000000000000000000000000000000000000"), 401, QStringLiteral("invalid_api_key"));
        expectError(request(m_gateway->port(), "POST", "/api/send-message", body,
                            {{"Authorization", "Basic " + m_key.toBase64()}, {"Content-Type", "application/json"}}),
                    401, QStringLiteral("invalid_api_key"));
    }

    void revokedApiKey()
    {
        expectError(post(json(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552671"), QStringLiteral("x"))), m_revokedKey),
                    401, QStringLiteral("revoked_api_key"));
    }

    void keysMadeAndRevokedWhileRunningCountAtOnce()
    {
        const QByteArray key = admin({QStringLiteral("create-api-key"), QStringLiteral("temp")}).out.trimmed();
        const QByteArray body = json(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552601"), QStringLiteral("Your visit is booked.")));
        QCOMPARE(post(body, key).status, 200); // now remembered by the running gateway
        QCOMPARE(admin({QStringLiteral("revoke-api-key"), QString::fromLatin1(key.left(16))}).exitCode, 0);
        expectError(post(body, key), 401, QStringLiteral("revoked_api_key"));
    }

    void unsupportedMediaType()
    {
        expectError(post(json(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552671"), QStringLiteral("x"))), m_key, {}, "text/plain"),
                    415, QStringLiteral("unsupported_media_type"));
        // charset parameters are fine
        QCOMPARE(post(json(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552673"), QStringLiteral("Hello from support."), QStringLiteral("support"))),
                      m_key, {}, "application/json; charset=utf-8").status, 200);
    }

    void invalidJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("broken") << QByteArray("{\"instance_id\": ");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("string") << QByteArray("\"hello\"");
        QTest::newRow("invalid utf-8") << QByteArray("{\"message\": \"\xff\xfe\"}");
        QTest::newRow("empty") << QByteArray(" ");
    }
    void invalidJson()
    {
        QFETCH(QByteArray, body);
        expectError(post(body, m_key), 400, QStringLiteral("invalid_json"));
    }

    void payloadTooLarge()
    {
        QJsonObject body = sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552671"), QString(70'000, QLatin1Char('a')));
        expectError(send(body), 413, QStringLiteral("payload_too_large"));
    }

    void validationError()
    {
        const ParsedResponse empty = send(QJsonObject{});
        expectError(empty, 422, QStringLiteral("validation_error"));
        const QJsonObject fields = detailsOf(empty).value(QStringLiteral("fields")).toObject();
        QVERIFY(fields.contains(QStringLiteral("instance_id")));
        QVERIFY(fields.contains(QStringLiteral("phone")));
        QVERIFY(fields.contains(QStringLiteral("message")));

        QJsonObject wrongType = sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552671"), QStringLiteral("x"));
        wrongType.insert(QStringLiteral("phone"), 4155552671.0);
        const ParsedResponse typed = send(wrongType);
        expectError(typed, 422, QStringLiteral("validation_error"));
        QCOMPARE(detailsOf(typed).value(QStringLiteral("fields")).toObject().keys(), QStringList{QStringLiteral("phone")});

        // 4096 characters pass the shape check (emoji count once); 4097 do not.
        const QString emoji = QString::fromUtf8("\xF0\x9F\x93\xA6"); // one character, two UTF-16 units
        const QString atLimit = QString(4095, QLatin1Char('a')) + emoji;
        QCOMPARE(send(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552674"), atLimit, QStringLiteral("operational"))).status, 200);
        const ParsedResponse over = send(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552675"), atLimit + QLatin1Char('b')));
        expectError(over, 422, QStringLiteral("validation_error"));
        QVERIFY(detailsOf(over).value(QStringLiteral("fields")).toObject().contains(QStringLiteral("message")));

        QJsonObject longReference = sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552671"), QStringLiteral("x"));
        longReference.insert(QStringLiteral("reference"), QString(129, QLatin1Char('r')));
        expectError(send(longReference), 422, QStringLiteral("validation_error"));
    }

    void invalidInstance()
    {
        expectError(send(sendBody(QStringLiteral("no-such-instance"), QStringLiteral("+14155552671"), QStringLiteral("x"))),
                    404, QStringLiteral("invalid_instance"));
        // Outside the key's scope looks the same as not existing.
        expectError(post(json(sendBody(QStringLiteral("back-office"), QStringLiteral("+14155552671"), QStringLiteral("x"))), m_scopedKey),
                    404, QStringLiteral("invalid_instance"));
        QCOMPARE(post(json(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552676"), QStringLiteral("Your booking is confirmed."))), m_scopedKey).status, 200);
    }

    void purposeRequiredAndNotAllowed()
    {
        QJsonObject noPurpose = sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552671"), QStringLiteral("x"));
        noPurpose.remove(QStringLiteral("message_purpose"));
        const ParsedResponse missing = send(noPurpose);
        expectError(missing, 422, QStringLiteral("message_purpose_required"));
        QCOMPARE(detailsOf(missing).value(QStringLiteral("allowed")).toArray().size(), 5);

        for (const char *purpose : {"marketing", "promotion", "cold_outreach", "bulk_campaign", "political", "unknown", "anything"}) {
            const ParsedResponse r = send(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552671"), QStringLiteral("x"), QString::fromLatin1(purpose)));
            expectError(r, 422, QStringLiteral("message_purpose_not_allowed"));
            QVERIFY(detailsOf(r).value(QStringLiteral("allowed")).toArray().contains(QStringLiteral("authentication")));
        }
    }

    void invalidPhone()
    {
        for (const char *phone : {"12345", "+999123", "call me", "+1415555267112345678901234567890123"})
            expectError(send(sendBody(QStringLiteral("front-desk"), QString::fromLatin1(phone), QStringLiteral("x"))), 422, QStringLiteral("invalid_phone"));
    }

    void recipientSuppressed()
    {
        QCOMPARE(admin({QStringLiteral("suppress"), QStringLiteral("+14155552999"), QStringLiteral("--note"), QStringLiteral("asked by phone")}).exitCode, 0);
        expectError(send(sendBody(QStringLiteral("front-desk"), QStringLiteral("+1 (415) 555-2999"), QStringLiteral("x"))), 403, QStringLiteral("recipient_suppressed"));
        QCOMPARE(admin({QStringLiteral("unsuppress"), QStringLiteral("+14155552999")}).exitCode, 0);
        QCOMPARE(send(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552999"), QStringLiteral("Your parcel arrives today."))).status, 200);
    }

    // The guard holds a short suppression list whole: a number it has already let through
    // is refused as soon as another process suppresses it, and let through again after.
    void suppressionOfAKnownRecipientIsSeenAtOnce()
    {
        const QString phone = QStringLiteral("+14155552998");
        QCOMPARE(send(sendBody(QStringLiteral("front-desk"), phone, QStringLiteral("Your parcel arrives today."))).status, 200);
        QCOMPARE(admin({QStringLiteral("suppress"), phone}).exitCode, 0);
        expectError(send(sendBody(QStringLiteral("front-desk"), phone, QStringLiteral("x"))), 403, QStringLiteral("recipient_suppressed"));
        QCOMPARE(admin({QStringLiteral("unsuppress"), phone}).exitCode, 0);
        QCOMPARE(send(sendBody(QStringLiteral("front-desk"), phone, QStringLiteral("Your parcel arrives today."))).status, 200);
    }

    void instanceNotConnectedAndPaused()
    {
        const ParsedResponse closed = send(sendBody(QStringLiteral("never-linked"), QStringLiteral("+14155552671"), QStringLiteral("x")));
        expectError(closed, 409, QStringLiteral("instance_not_connected"));

        QCOMPARE(admin({QStringLiteral("pause-instance"), QStringLiteral("third"), QStringLiteral("--reason"), QStringLiteral("review")}).exitCode, 0);
        const ParsedResponse paused = send(sendBody(QStringLiteral("third"), QStringLiteral("+14155552671"), QStringLiteral("x")));
        expectError(paused, 409, QStringLiteral("instance_paused"));
        QCOMPARE(detailsOf(paused).value(QStringLiteral("reason")).toString(), QStringLiteral("review"));
        QCOMPARE(admin({QStringLiteral("resume-instance"), QStringLiteral("third")}).exitCode, 0);
    }

    void policyViolation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::newRow("phrase") << QStringLiteral("LIMITED   time offer for you") << QStringLiteral("blocked_phrase");
        QTest::newRow("shortener") << QStringLiteral("Track it at https://bit.ly/3xYz") << QStringLiteral("url_shortener");
        QTest::newRow("card") << QStringLiteral("Card 4111-1111-1111-1111 on file") << QStringLiteral("card_number");
    }
    void policyViolation()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        const ParsedResponse r = send(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552671"), text, QStringLiteral("support")));
        expectError(r, 403, QStringLiteral("policy_violation"));
        QCOMPARE(detailsOf(r).value(QStringLiteral("action")).toString(), QStringLiteral("block"));
        QCOMPARE(detailsOf(r).value(QStringLiteral("rule")).toString(), rule);
        QVERIFY(detailsOf(r).contains(QStringLiteral("risk_score")));
    }

    void dailyAndMonthlyLimits()
    {
        QCOMPARE(admin({QStringLiteral("set-limits"), QStringLiteral("back-office"), QStringLiteral("--daily"), QStringLiteral("1"), QStringLiteral("--monthly"), QStringLiteral("100")}).exitCode, 0);
        QCOMPARE(send(sendBody(QStringLiteral("back-office"), QStringLiteral("+14155552681"), QStringLiteral("Shift starts at 9."), QStringLiteral("internal_team"))).status, 200);
        const ParsedResponse daily = send(sendBody(QStringLiteral("back-office"), QStringLiteral("+14155552682"), QStringLiteral("Shift starts at 10."), QStringLiteral("internal_team")));
        expectError(daily, 429, QStringLiteral("daily_limit_reached"));
        QCOMPARE(detailsOf(daily).value(QStringLiteral("limit")).toInt(), 1);
        QCOMPARE(detailsOf(daily).value(QStringLiteral("used")).toInt(), 1);
        QVERIFY(daily.header("retry-after").toLongLong() >= 1);
        QVERIFY(daily.header("retry-after").toLongLong() <= 24 * 3600 + 3600);

        QCOMPARE(admin({QStringLiteral("set-limits"), QStringLiteral("third"), QStringLiteral("--preset"), QStringLiteral("starter")}).exitCode, 0);
        QCOMPARE(admin({QStringLiteral("set-limits"), QStringLiteral("third"), QStringLiteral("--daily"), QStringLiteral("1"), QStringLiteral("--monthly"), QStringLiteral("1")}).exitCode, 0);
        QCOMPARE(send(sendBody(QStringLiteral("third"), QStringLiteral("+14155552683"), QStringLiteral("Invoice 5 is ready."))).status, 200);
        const ParsedResponse monthly = send(sendBody(QStringLiteral("third"), QStringLiteral("+14155552684"), QStringLiteral("Invoice 6 is ready.")));
        expectError(monthly, 429, QStringLiteral("monthly_limit_reached"));
        QVERIFY(monthly.header("retry-after").toLongLong() >= 1);
        QCOMPARE(admin({QStringLiteral("set-limits"), QStringLiteral("third"), QStringLiteral("--daily"), QStringLiteral("5"), QStringLiteral("--monthly"), QStringLiteral("1")}).exitCode, 1);
    }

    void gatewaySendFailed()
    {
        const ParsedResponse r = send(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155550000"), QStringLiteral("Are you there?"), QStringLiteral("support")));
        expectError(r, 502, QStringLiteral("gateway_send_failed"));
        QCOMPARE(detailsOf(r).value(QStringLiteral("reason")).toString(), QStringLiteral("not_on_whatsapp"));
        const ParsedResponse slow = send(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155550001"), QStringLiteral("Are you there?"), QStringLiteral("support")));
        expectError(slow, 502, QStringLiteral("gateway_send_failed"));
        QCOMPARE(detailsOf(slow).value(QStringLiteral("reason")).toString(), QStringLiteral("timeout"));
    }

    void idempotency()
    {
        const QByteArray body = json(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552691"), QStringLiteral("Your code is 123456"), QStringLiteral("authentication")));
        const ParsedResponse first = post(body, m_key, {{"Idempotency-Key", "order-1001"}});
        QCOMPARE(first.status, 200);
        QVERIFY(first.header("idempotent-replayed").isEmpty());
        const ParsedResponse again = post(body, m_key, {{"Idempotency-Key", "order-1001"}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(bodyOf(again), bodyOf(first));
        QCOMPARE(logRows(QStringLiteral("phone = '+14155552691'")), 1); // sent once

        const QByteArray other = json(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552691"), QStringLiteral("Your code is 654321"), QStringLiteral("authentication")));
        expectError(post(other, m_key, {{"Idempotency-Key", "order-1001"}}), 422, QStringLiteral("idempotency_key_reused"));
        // Keys belong to their API key: another key may use the same one.
        QCOMPARE(post(other, m_scopedKey, {{"Idempotency-Key", "order-1001"}}).status, 200);
        // A refusal is replayed as well.
        const QByteArray refused = json(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552691"), QStringLiteral("x"), QStringLiteral("marketing")));
        QCOMPARE(post(refused, m_key, {{"Idempotency-Key", "refused-1"}}).status, 422);
        const ParsedResponse refusedAgain = post(refused, m_key, {{"Idempotency-Key", "refused-1"}});
        QCOMPARE(refusedAgain.status, 422);
        QCOMPARE(refusedAgain.header("idempotent-replayed"), QByteArray("true"));

        expectError(post(body, m_key, {{"Idempotency-Key", QByteArray(256, 'k')}}), 422, QStringLiteral("validation_error"));
        QCOMPARE(post(json(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552692"), QStringLiteral("Your code is 111111"), QStringLiteral("authentication"))),
                      m_key, {{"Idempotency-Key", QByteArray(255, 'k')}}).status, 200);
    }

    void concurrentDuplicateIsInFlight()
    {
        // The provider holds this number's send until the timeout: the first request is
        // still being answered when the duplicate arrives.
        const QByteArray body = json(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155550001"), QStringLiteral("Hello"), QStringLiteral("support")));
        QByteArray raw = "POST /api/send-message HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_key
            + "\r\nContent-Type: application/json\r\nIdempotency-Key: same-time\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        RawClient a;
        RawClient b;
        QVERIFY(a.connectTo(m_gateway->port()));
        QVERIFY(b.connectTo(m_gateway->port()));
        a.send(raw);
        QTest::qWait(50);
        b.send(raw);
        const ParsedResponse second = b.readResponse();
        const ParsedResponse first = a.readResponse();
        expectError(second, 409, QStringLiteral("idempotency_key_in_flight"));
        expectError(first, 502, QStringLiteral("gateway_send_failed"));
        // Once answered, the same request replays the stored answer.
        const ParsedResponse replay = post(body, m_key, {{"Idempotency-Key", "same-time"}});
        QCOMPARE(replay.status, 502);
        QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
    }

    void everyAttemptIsLogged()
    {
        const int before = logRows();
        send(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552678"), QStringLiteral("x"), QStringLiteral("political")));
        post("{", m_key);
        send(sendBody(QStringLiteral("front-desk"), QStringLiteral("+14155552677"), QStringLiteral("Your refund was issued.")));
        QCOMPARE(logRows(), before + 3);
        QCOMPARE(logRows(QStringLiteral("phone = '+14155552678' AND purpose = 'political' AND status = 'blocked' AND outcome = 'message_purpose_not_allowed' AND rule = 'purpose' AND api_key_prefix = '") + QString::fromLatin1(m_key.left(16)) + QStringLiteral("'")), 1);
        QVERIFY(logRows(QStringLiteral("outcome = 'invalid_json'")) >= 1);
        QVERIFY(logRows(QStringLiteral("phone = '+14155552677' AND status IN ('sent', 'delivered', 'read')")) == 1);
        // The key was used: last_used is set.
        const QByteArray keys = admin({QStringLiteral("list-api-keys")}).out;
        QVERIFY(keys.contains("\tcrm\t"));
        for (const QByteArray &line : keys.split('\n')) {
            if (line.contains("\tcrm\t"))
                QVERIFY2(!line.split('\t').value(3).startsWith('-'), line.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestSendMessageApi)
#include "test_send_message_api.moc"
