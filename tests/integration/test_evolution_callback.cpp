// The internal callback Evolution posts an instance's events to, over real HTTP through the
// front door: the per-instance secret is checked (401 and nothing recorded otherwise), the
// body limit holds at its edge, and accepted envelopes become Provider signals.
#include "api/evolution_callback_controller.h"
#include "core/random.h"
#include "http/front_door.h"
#include "http/router.h"
#include "providers/evolution/evolution_naming.h"
#include "providers/evolution/evolution_provider.h"
#include "secrets/secret_service.h"
#include "support/temp_database.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace wag;

namespace {

// JSON written with single quotes (readable in C++ strings, and moc's parser does not
// handle raw string literals): ' becomes ".
QByteArray J(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QString kTag = QStringLiteral("0011aabb");
const ProviderInstance kFront{QStringLiteral("inst_FrontDesk0000000001"), QStringLiteral("front-desk")};
const ProviderInstance kBack{QStringLiteral("inst_BackOffice000000002"), QStringLiteral("back-office")};

struct Answer
{
    int status = 0;
    QJsonObject json;
};

QByteArray envelope(const QString &name, const QString &event, const QJsonValue &data)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("event"), event},
                                     {QStringLiteral("instance"), name},
                                     {QStringLiteral("data"), data},
                                     {QStringLiteral("destination"), QStringLiteral("http://127.0.0.1/x")},
                                     {QStringLiteral("date_time"), QStringLiteral("2025-06-05T13:18:47.612Z")},
                                     {QStringLiteral("sender"), QStringLiteral("5511999990000@s.whatsapp.net")},
                                     {QStringLiteral("server_url"), QStringLiteral("http://localhost:8080")},
                                     {QStringLiteral("apikey"), QJsonValue::Null}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject openState()
{
    return QJsonObject{{QStringLiteral("instance"), QStringLiteral("x")},
                       {QStringLiteral("wuid"), QStringLiteral("5511999990000@s.whatsapp.net")},
                       {QStringLiteral("state"), QStringLiteral("open")},
                       {QStringLiteral("statusReason"), 200}};
}

} // namespace

class TestEvolutionCallback : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<SecretService> m_secrets;
    std::unique_ptr<EvolutionProvider> m_provider;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<EvolutionCallbackController> m_controller;
    std::unique_ptr<FrontDoor> m_door;
    QNetworkAccessManager m_network;

    QString nameOf(const ProviderInstance &instance) const { return m_provider->evolutionName(instance.id); }

    Answer post(const QString &name, const QByteArray &body, const QByteArray &secret, bool sendSecret = true)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/internal/evolution/%2").arg(m_door->port()).arg(name)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (sendSecret)
            request.setRawHeader(evolution::kCallbackSecretHeader, secret);
        QNetworkReply *reply = m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    // Everything the provider can say about contacts and the connection.
    struct Spies
    {
        explicit Spies(EvolutionProvider *p)
            : connection(p, &Provider::connectionChanged), qr(p, &Provider::qrCodeChanged),
              message(p, &Provider::messageReceived), receipt(p, &Provider::messageStatusChanged)
        {
        }
        int total() const { return connection.size() + qr.size() + message.size() + receipt.size(); }
        QSignalSpy connection, qr, message, receipt;
    };

    // Lets anything handed off to the event loop happen, so "nothing happened" means it.
    static void settle() { QTest::qWait(100); }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_temp->ok(), qPrintable(m_temp->error()));
        m_secrets = std::make_unique<SecretService>(SecretBox(randomBytes(SecretBox::kKeyBytes)));
        EvolutionOptions options;
        options.baseUrl = QStringLiteral("http://127.0.0.1:9"); // never called by these tests
        options.apiKey = "unused";
        options.gatewayTag = kTag;
        m_provider = std::make_unique<EvolutionProvider>(options, m_temp->db());
        m_provider->setSecretService(m_secrets.get());
        m_provider->setInstanceLookup([] { return QList<ProviderInstance>{kFront, kBack}; });
        m_router = std::make_unique<Router>();
        m_controller = std::make_unique<EvolutionCallbackController>(*m_provider);
        m_controller->registerRoutes(*m_router);
        m_door = std::make_unique<FrontDoor>(*m_router, HttpLimits{});
        QVERIFY(m_door->listen(QHostAddress::LocalHost, 0).ok());
    }

    void cleanup()
    {
        m_door.reset();
        m_controller.reset();
        m_router.reset();
        m_provider.reset();
        m_temp.reset();
    }

    void theRightSecretIsAcceptedAndHandedOn()
    {
        const QByteArray secret = m_provider->callbackSecret(kFront.id);
        Spies spies(m_provider.get());
        const Answer answer = post(nameOf(kFront), envelope(nameOf(kFront), QStringLiteral("connection.update"), openState()), secret);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QLatin1String("received")).toBool(), true);
        QTRY_COMPARE(spies.connection.size(), 1);
        QCOMPARE(spies.connection[0][0].toString(), kFront.id);
        QCOMPARE(spies.connection[0][1].value<InstanceState>(), InstanceState::Open);
        QCOMPARE(spies.connection[0][3].toString(), QStringLiteral("+5511999990000"));
    }

    void aMessageBecomesMessageReceived()
    {
        const QByteArray secret = m_provider->callbackSecret(kFront.id);
        Spies spies(m_provider.get());
        const QJsonObject data = QJsonDocument::fromJson(J(""
"            {'key':{'remoteJid':'123456789012345@lid','remoteJidAlt':'5511988887777@s.whatsapp.net','fromMe':false,'id':'3EB0C0BD05DCA97A7C09CB'},"
"             'pushName':'Ana','message':{'conversation':'STOP'},'messageType':'conversation','messageTimestamp':1717604327}")).object();
        // Upper-case underscore event names are taken too.
        QCOMPARE(post(nameOf(kFront), envelope(nameOf(kFront), QStringLiteral("MESSAGES_UPSERT"), data), secret).status, 200);
        QTRY_COMPARE(spies.message.size(), 1);
        const auto message = spies.message[0][1].value<InboundMessage>();
        QCOMPARE(message.externalId, QStringLiteral("3EB0C0BD05DCA97A7C09CB"));
        QCOMPARE(message.fromE164, QStringLiteral("+5511988887777"));
        QCOMPARE(message.text, QStringLiteral("STOP"));
    }

    void wrongOrMissingSecretsAre401AndRecordNothing()
    {
        const QByteArray front = m_provider->callbackSecret(kFront.id);
        const QByteArray back = m_provider->callbackSecret(kBack.id);
        const QByteArray body = envelope(nameOf(kFront), QStringLiteral("connection.update"), openState());
        Spies spies(m_provider.get());
        QCOMPARE(post(nameOf(kFront), body, {}, false).status, 401);       // no header
        QCOMPARE(post(nameOf(kFront), body, QByteArray()).status, 401);    // empty header
        QCOMPARE(post(nameOf(kFront), body, front.left(front.size() - 1)).status, 401);
        QCOMPARE(post(nameOf(kFront), body, front + "x").status, 401);
        QCOMPARE(post(nameOf(kFront), body, back).status, 401);            // another instance's
        // Names that are none of this gateway's instances.
        QCOMPARE(post(evolution::instanceName(kTag, QStringLiteral("inst_gone")), body, front).status, 401);
        QCOMPARE(post(evolution::instanceName(QStringLiteral("99887766"), kFront.id), body, front).status, 401);
        QCOMPARE(post(QStringLiteral("somebody-else"), body, front).status, 401);
        settle();
        QCOMPARE(spies.total(), 0);
    }

    void anInstanceWithoutASecretYetAcceptsNothing()
    {
        // Its webhook was never configured by this gateway: no secret exists, nothing matches,
        // and checking does not create one.
        Spies spies(m_provider.get());
        QCOMPARE(post(nameOf(kBack), envelope(nameOf(kBack), QStringLiteral("connection.update"), openState()), QByteArray()).status, 401);
        settle();
        QCOMPARE(spies.total(), 0);
    }

    void badJsonIs400()
    {
        const QByteArray secret = m_provider->callbackSecret(kFront.id);
        QCOMPARE(post(nameOf(kFront), "{not json", secret).status, 400);
        QCOMPARE(post(nameOf(kFront), "[1,2]", secret).status, 400);
    }

    void bodyLimitAtItsEdge()
    {
        const QByteArray secret = m_provider->callbackSecret(kFront.id);
        const qint64 limit = EvolutionCallbackController::kMaxBodyBytes;
        QCOMPARE(limit, 1024 * 1024);
        // A real envelope, padded with a field Evolution might add, to exactly the limit.
        QJsonObject object = QJsonDocument::fromJson(envelope(nameOf(kFront), QStringLiteral("connection.update"), openState())).object();
        object.insert(QStringLiteral("padding"), QString());
        const qsizetype base = QJsonDocument(object).toJson(QJsonDocument::Compact).size();
        object.insert(QStringLiteral("padding"), QString(limit - base, QLatin1Char('p')));
        const QByteArray exact = QJsonDocument(object).toJson(QJsonDocument::Compact);
        QCOMPARE(qint64(exact.size()), limit);

        Spies spies(m_provider.get());
        QCOMPARE(post(nameOf(kFront), exact, secret).status, 200);
        QTRY_COMPARE(spies.connection.size(), 1);

        QByteArray over = exact;
        over.insert(over.size() - 1, ' '); // one byte more, still valid JSON
        QCOMPARE(qint64(over.size()), limit + 1);
        QCOMPARE(post(nameOf(kFront), over, secret).status, 413);
        settle();
        QCOMPARE(spies.connection.size(), 1);
    }

    void notInThePublicApiDocument()
    {
        QFile document(QStringLiteral(":/openapi.json"));
        QVERIFY(document.open(QIODevice::ReadOnly));
        QVERIFY(!document.readAll().contains("/internal/"));
    }
};

QTEST_GUILESS_MAIN(TestEvolutionCallback)
#include "test_evolution_callback.moc"
