// EvolutionProvider's reading of Evolution's answers, against a scripted loopback server
// (one canned answer per "METHOD path"): send outcomes and their reasons, connect's
// {"error":true} on HTTP 200, the missing-instance report, and the webhook body it writes.
#include "core/random.h"
#include "providers/evolution/evolution_naming.h"
#include "providers/evolution/evolution_provider.h"
#include "secrets/secret_service.h"
#include "support/temp_database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace wag;

namespace {

QByteArray J(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const ProviderInstance kFront{QStringLiteral("inst_FrontDesk0000000001"), QStringLiteral("front-desk")};

// Answers "METHOD /path" with what the test scripted (404 otherwise), after an optional
// delay; keeps every request's body.
class ScriptedServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        int delayMs = 0;
    };
    QHash<QByteArray, Answer> answers;
    QHash<QByteArray, QByteArray> bodies; // last body per "METHOD /path"

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qsizetype length = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> start = lines.first().trimmed().split(' ');
        const QByteArray key = start.value(0) + ' ' + start.value(1);
        bodies.insert(key, buffer.mid(end + 4, length));
        buffer.remove(0, end + 4 + length);
        const Answer answer = answers.value(key, Answer{404, J("{'status':404,'error':'Not Found','response':{'message':['The instance does not exist']}}"), 0});
        QTimer::singleShot(answer.delayMs, socket, [socket, answer] {
            socket->write("HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body);
        });
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestEvolutionProvider : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<SecretService> m_secrets;
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<EvolutionProvider> m_provider;

    QByteArray path(const char *method, const char *route) const
    {
        return QByteArray(method) + ' ' + route + m_provider->evolutionName(kFront.id).toLatin1();
    }

    SendResult send(const QString &to)
    {
        std::optional<SendResult> result;
        m_provider->sendText(kFront, to, QStringLiteral("hello"), [&result](const SendResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return SendResult{false, {}, QStringLiteral("no answer"), {}};
        return *result;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        QVERIFY(m_temp->ok());
        m_secrets = std::make_unique<SecretService>(SecretBox(randomBytes(SecretBox::kKeyBytes)));
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->listen());
        EvolutionOptions options;
        options.baseUrl = m_server->url();
        options.apiKey = "k";
        options.gatewayTag = QStringLiteral("0011aabb");
        options.requestTimeoutMs = 500;
        options.sendTimeoutMs = 500;
        m_provider = std::make_unique<EvolutionProvider>(options, m_temp->db());
        m_provider->setSecretService(m_secrets.get());
        m_provider->setPublicUrl([] { return QStringLiteral("http://gw.local:8480/"); });
    }

    void cleanup()
    {
        m_provider.reset();
        m_server.reset();
        m_temp.reset();
    }

    void sendOutcomes()
    {
        m_server->answers.insert(path("POST", "/message/sendText/"),
                                 {201, J("{'key':{'remoteJid':'5511999990000@s.whatsapp.net','fromMe':true,'id':'3EB0ABC'},'status':'PENDING'}"), 0});
        SendResult r = send(QStringLiteral("+5511999990000"));
        QVERIFY(r.accepted);
        QCOMPARE(r.externalId, QStringLiteral("3EB0ABC"));
        const QJsonObject sent = QJsonDocument::fromJson(m_server->bodies.value(path("POST", "/message/sendText/"))).object();
        QCOMPARE(sent.value(QLatin1String("number")).toString(), QStringLiteral("5511999990000")); // digits only

        m_server->answers.insert(path("POST", "/message/sendText/"),
                                 {400, J("{'status':400,'error':'Bad Request','response':{'message':[{'jid':'5511999990000@s.whatsapp.net','exists':false,'number':'5511999990000'}]}}"), 0});
        r = send(QStringLiteral("+5511999990000"));
        QVERIFY(!r.accepted);
        QCOMPARE(r.failureReason, QStringLiteral("not_on_whatsapp"));

        m_server->answers.insert(path("POST", "/message/sendText/"),
                                 {500, J("{'status':500,'error':'Internal Server Error','response':{'message':['Error: something broke']}}"), 0});
        r = send(QStringLiteral("+5511999990000"));
        QCOMPARE(r.failureReason, QStringLiteral("provider_error"));
        QVERIFY2(r.failureMessage.contains(QLatin1String("something broke")), qPrintable(r.failureMessage));

        m_server->answers.insert(path("POST", "/message/sendText/"), {201, J("{'key':{'id':'late'}}"), 1500});
        r = send(QStringLiteral("+5511999990000"));
        QCOMPARE(r.failureReason, QStringLiteral("timeout"));
    }

    void sendToAMissingInstance()
    {
        QSignalSpy connection(m_provider.get(), &Provider::connectionChanged);
        const SendResult r = send(QStringLiteral("+5511999990000")); // 404: not scripted
        QCOMPARE(r.failureReason, QStringLiteral("not_connected"));
        QCOMPARE(connection.size(), 1);
        QCOMPARE(connection[0][2].toString(), QStringLiteral("missing_on_provider"));
    }

    void connectCreatesWithTheWebhookAndShowsTheQr()
    {
        m_server->answers.insert("POST /instance/create",
                                 {201, J("{'instance':{'instanceName':'x','status':'connecting'},'hash':'T','qrcode':{'pairingCode':null,'code':'2@qr','base64':'data:image/png;base64,AAAA','count':1}}"), 0});
        QSignalSpy qr(m_provider.get(), &Provider::qrCodeChanged);
        QSignalSpy connection(m_provider.get(), &Provider::connectionChanged);
        m_provider->connectInstance(kFront); // connectionState: 404 → create
        QTRY_COMPARE(qr.size(), 1);
        QCOMPARE(qr[0][1].toString(), QStringLiteral("2@qr"));
        QCOMPARE(connection[0][1].value<InstanceState>(), InstanceState::Connecting);

        const QJsonObject create = QJsonDocument::fromJson(m_server->bodies.value("POST /instance/create")).object();
        QCOMPARE(create.value(QLatin1String("instanceName")).toString(), m_provider->evolutionName(kFront.id));
        QCOMPARE(create.value(QLatin1String("integration")).toString(), QStringLiteral("WHATSAPP-BAILEYS"));
        const QJsonObject webhook = create.value(QLatin1String("webhook")).toObject();
        QCOMPARE(webhook.value(QLatin1String("url")).toString(),
                 QStringLiteral("http://gw.local:8480/internal/evolution/") + m_provider->evolutionName(kFront.id));
        QCOMPARE(webhook.value(QLatin1String("headers")).toObject().value(QLatin1String("X-Gateway-Callback-Secret")).toString().toLatin1(),
                 m_provider->callbackSecret(kFront.id));
        QCOMPARE(webhook.value(QLatin1String("base64")).toBool(), false);
        QVERIFY(webhook.value(QLatin1String("events")).toArray().contains(QStringLiteral("MESSAGES_UPSERT")));
    }

    void restartGoesThroughTheProviderInterface()
    {
        m_server->answers.insert(path("POST", "/instance/restart/"), {200, J("{'instance':{'state':'connecting'}}"), 0});
        m_server->answers.insert(path("GET", "/instance/connectionState/"),
                                 {200, J("{'instance':{'instanceName':'x','state':'open'}}"), 0});
        QSignalSpy connection(m_provider.get(), &Provider::connectionChanged);
        Provider &provider = *m_provider; // as the instance service sees it
        provider.restartInstance(kFront);
        QTRY_VERIFY(m_server->bodies.contains(path("POST", "/instance/restart/")));
        // Evolution reopens the socket by itself; the provider asks shortly after how it went.
        QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty(), 5000);
        QCOMPARE(connection.last()[1].value<InstanceState>(), InstanceState::Open);
    }

    void lifecycleCallsNeverWaitForTheServer()
    {
        // A slow server: every answer a second late. The desktop window calls these from its
        // buttons, so each must return at once and report later, through signals.
        for (const QByteArray &key : {path("POST", "/instance/restart/"), path("GET", "/instance/connectionState/"),
                                      path("DELETE", "/instance/logout/"), path("DELETE", "/instance/delete/")})
            m_server->answers.insert(key, {200, J("{'instance':{'instanceName':'x','state':'open'}}"), 1000});
        Provider &provider = *m_provider;
        const std::pair<const char *, std::function<void()>> calls[] = {
            {"connect", [&] { provider.connectInstance(kFront); }},
            {"restart", [&] { provider.restartInstance(kFront); }},
            {"refresh", [&] { provider.refreshState(kFront); }},
            {"logout", [&] { provider.logoutInstance(kFront); }},
            {"delete", [&] { provider.deleteInstance(kFront); }},
        };
        for (const auto &[name, call] : calls) {
            QElapsedTimer timer;
            timer.start();
            call();
            QVERIFY2(timer.elapsed() < 500, name);
        }
    }

    void connectErrorOn200Closes()
    {
        m_server->answers.insert(path("GET", "/instance/connectionState/"),
                                 {200, J("{'instance':{'instanceName':'x','state':'close'}}"), 0});
        m_server->answers.insert(path("POST", "/webhook/set/"), {201, J("{'id':'w'}"), 0});
        m_server->answers.insert(path("GET", "/instance/connect/"), {200, J("{'error':true,'message':'Baileys said no'}"), 0});
        QSignalSpy connection(m_provider.get(), &Provider::connectionChanged);
        m_provider->connectInstance(kFront);
        QTRY_COMPARE(connection.size(), 1);
        QCOMPARE(connection[0][1].value<InstanceState>(), InstanceState::Close);
        QCOMPARE(connection[0][2].toString(), QStringLiteral("connect_failed"));
        // The webhook was re-asserted first, nested under "webhook".
        const QJsonObject set = QJsonDocument::fromJson(m_server->bodies.value(path("POST", "/webhook/set/"))).object();
        QCOMPARE(set.value(QLatin1String("webhook")).toObject().value(QLatin1String("enabled")).toBool(), true);
        QVERIFY(set.value(QLatin1String("webhook")).toObject().contains(QLatin1String("events")));
    }

    void startUpReconciliation()
    {
        // The server knows neither instance. `front` existed there before (this gateway made
        // its callback secret when creating it): reported missing, not re-created. `fresh` was
        // created by the admin command while the gateway was stopped: created now.
        const ProviderInstance fresh{QStringLiteral("inst_Fresh00000000000003"), QStringLiteral("fresh-desk")};
        m_provider->callbackSecret(kFront.id);
        m_provider->setInstanceLookup([fresh] { return QList<ProviderInstance>{kFront, fresh}; });
        m_server->answers.insert("GET /instance/fetchInstances", {200, "[]", 0});
        m_server->answers.insert("POST /instance/create", {201, J("{'instance':{'status':'connecting'},'qrcode':{'code':'2@x','count':1}}"), 0});
        QSignalSpy connection(m_provider.get(), &Provider::connectionChanged);
        m_provider->holdConnectsUntilReconciled();
        m_provider->connectInstance(kFront);
        m_provider->connectInstance(fresh);
        QTest::qWait(50);
        QVERIFY(m_server->bodies.isEmpty()); // held until reconciled
        bool done = false;
        m_provider->reconcile([&done] { done = true; });
        QTRY_VERIFY(done);
        QTRY_VERIFY(m_server->bodies.contains("POST /instance/create"));
        const QJsonObject create = QJsonDocument::fromJson(m_server->bodies.value("POST /instance/create")).object();
        QCOMPARE(create.value(QLatin1String("instanceName")).toString(), m_provider->evolutionName(fresh.id));
        QTRY_VERIFY(connection.size() >= 2);
        QCOMPARE(connection[0][0].toString(), kFront.id);
        QCOMPARE(connection[0][2].toString(), QStringLiteral("missing_on_provider"));
        QCOMPARE(connection[1][0].toString(), fresh.id);
        QCOMPARE(connection[1][1].value<InstanceState>(), InstanceState::Connecting);
    }

    void unreachableAndWrongKeyAreReasons()
    {
        QSignalSpy connection(m_provider.get(), &Provider::connectionChanged);
        m_server->answers.insert(path("GET", "/instance/connectionState/"), {401, J("{'status':401,'error':'Unauthorized','response':{'message':'Unauthorized'}}"), 0});
        m_provider->refreshState(kFront);
        QTRY_COMPARE(connection.size(), 1);
        QCOMPARE(connection[0][2].toString(), QStringLiteral("provider_auth_failed"));

        EvolutionOptions options = m_provider->options();
        options.baseUrl = QStringLiteral("http://127.0.0.1:9");
        m_provider->setOptions(options);
        m_provider->refreshState(kFront);
        QTRY_COMPARE(connection.size(), 2);
        QCOMPARE(connection[1][2].toString(), QStringLiteral("provider_unreachable"));
    }
};

QTEST_GUILESS_MAIN(TestEvolutionProvider)
#include "test_evolution_provider.moc"
