// The webhook HTTP client against the fake customer receiver, over real loopback sockets:
// answers and their excerpts, no redirects, deadlines, keep-alive reuse and its stale case,
// framing (chunked, close-delimited, oversized), TLS, and the destination rules applied to
// the address a name resolved to.
#include "fakes/fake_host_resolver.h"
#include "fakes/webhook_receiver.h"
#include "support/tls_files.h"

#include "version.h"
#include "webhooks/host_resolver.h"
#include "webhooks/webhook_http_client.h"
#include "webhooks/webhook_signature.h"

#include <QEventLoop>
#include <QNetworkInterface>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace wag;
using namespace wag::test;

namespace {

DestinationPolicy loopbackAllowed()
{
    DestinationPolicy policy;
    policy.allowLoopback = true;
    return policy;
}

DestinationPolicy defaultPolicy()
{
    return DestinationPolicy();
}

WebhookHttpRequest requestTo(const QUrl &url, int timeoutMs = 3000)
{
    WebhookHttpRequest request;
    request.url = url;
    request.body = QByteArrayLiteral(R"({"event":"message.received","event_id":"evt_1"})");
    request.headers = {{"Content-Type", "application/json"},
                       {"X-WhatsApp-Gateway-Event", "message.received"}};
    request.timeoutMs = timeoutMs;
    return request;
}

QUrl urlFor(const QString &host, quint16 port, const QString &scheme = QStringLiteral("http"))
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/webhook"));
    return url;
}

struct PostOutcome
{
    WebhookHttpResponse response;
    int calls = 0;
    bool calledInsidePost = false;

    bool answeredOnceLater() const { return calls == 1 && !calledInsidePost; }
};

// Runs the event loop until the answer (or 5 s). The shared state outlives a wait that gave
// up, in case the answer still comes.
PostOutcome postAndWait(WebhookHttpClient &client, const WebhookHttpRequest &request)
{
    auto outcome = std::make_shared<PostOutcome>();
    auto insidePost = std::make_shared<bool>(true);
    QEventLoop loop;
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    client.post(request, [outcome, insidePost, wait = QPointer<QEventLoop>(&loop)](
                             const WebhookHttpResponse &response) {
        ++outcome->calls;
        outcome->calledInsidePost = outcome->calledInsidePost || *insidePost;
        outcome->response = response;
        if (wait)
            wait->quit();
    });
    *insidePost = false;
    if (outcome->calls == 0)
        loop.exec();
    return *outcome;
}

quint16 portWithNobodyListening()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestWebhookHttpClient : public QObject
{
    Q_OBJECT

private:
    TlsFiles m_tls;

private slots:
    void initTestCase()
    {
        m_tls = makeSelfSignedCertificate();
        QVERIFY2(m_tls.ok(), qPrintable(m_tls.error));
    }

    void deliversAndReportsA2xx()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        WebhookHttpRequest request = requestTo(receiver.url(QStringLiteral("/hooks/in")));
        request.url.setQuery(QStringLiteral("token=abc"));
        const SignedHeaders signature =
            signWebhook(QStringLiteral("evt_1"), QStringLiteral("message.received"), 1700000000,
                        request.body, {generateWebhookSecret()});
        request.headers = signature.headers; // Content-Type and the event name included
        request.headers.append(qMakePair(QByteArray("Host"), QByteArray("attacker.example"))); // the client's own; ignored

        const PostOutcome outcome = postAndWait(client, request);
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, 200);
        QVERIFY(outcome.response.error.isEmpty());
        QCOMPARE(outcome.response.bodyExcerpt, QByteArray("ok"));
        QCOMPARE(outcome.response.peerAddress, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(outcome.response.latencyMs >= 0 && outcome.response.latencyMs < 3000);
        QVERIFY(resolver.lookups().isEmpty()); // an IP literal is its own answer

        QCOMPARE(receiver.requests().size(), 1);
        const ReceivedRequest &received = receiver.requests().first();
        QCOMPARE(received.method, QByteArray("POST"));
        QCOMPARE(received.target, QByteArray("/hooks/in?token=abc"));
        QCOMPARE(received.header("host"), "127.0.0.1:" + QByteArray::number(receiver.port()));
        QCOMPARE(received.header("User-Agent"),
                 QByteArray("WhatsApp-Gateway-Webhooks/") + QByteArray(kVersion));
        QCOMPARE(received.header("content-type"), QByteArray("application/json"));
        QCOMPARE(received.header("content-length"), QByteArray::number(request.body.size()));
        QCOMPARE(received.body, request.body);
        for (const auto &[name, value] : signature.headers)
            QCOMPARE(received.header(name), value);
    }

    void reportsErrorStatusesWithATruncatedExcerpt_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("410") << 410;
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
    }

    void reportsErrorStatusesWithATruncatedExcerpt()
    {
        QFETCH(int, status);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        QByteArray body;
        for (int i = 0; body.size() < 5000; ++i)
            body += QByteArray::number(i) + ' ';
        receiver.enqueue(ScriptedResponse::answer(status, body));
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url()));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, status);
        QVERIFY(outcome.response.error.isEmpty()); // an answer, whatever its status
        QCOMPARE(outcome.response.bodyExcerpt, body.left(1024));
        QCOMPARE(client.openConnections(), 1); // a 5 KB body is read through and kept alive
    }

    void doesNotFollowRedirects()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        const QByteArray elsewhere = receiver.url(QStringLiteral("/elsewhere")).toEncoded();
        receiver.enqueue(ScriptedResponse::answer(302, "moved", {{"Location", elsewhere}}));
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url()));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, 302);
        QVERIFY(outcome.response.error.isEmpty());
        QCOMPARE(outcome.response.location, elsewhere);
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(receiver.requests().first().path(), QByteArray("/webhook"));
    }

    void reportsRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("429 seconds") << 429 << QByteArray("120");
        QTest::newRow("503 date") << 503 << QByteArray("Wed, 21 Oct 2037 07:28:00 GMT");
    }

    void reportsRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.enqueue(ScriptedResponse::answer(status, {}, {{"Retry-After", retryAfter}}));
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url()));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, status);
        QCOMPARE(outcome.response.retryAfter, retryAfter);
    }

    void timesOutWhenTheReceiverNeverAnswers()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.enqueue(ScriptedResponse::neverAnswer());
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url(), 300));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, 0);
        QCOMPARE(outcome.response.error, QString(WebhookHttpError::kTimeout));
        QVERIFY(!outcome.response.errorMessage.isEmpty());
        QVERIFY(outcome.response.latencyMs >= 290);
        QVERIFY(outcome.response.latencyMs < 2000);
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(client.openConnections(), 0); // the socket was aborted, not pooled
        QTRY_COMPARE(receiver.openConnections(), 0);
    }

    void deadlineCoversResolution()
    {
        FakeHostResolver resolver;
        resolver.setAddresses(QStringLiteral("slow.example"), {QHostAddress(QHostAddress::LocalHost)});
        resolver.setAnswerDelayMs(2000);
        WebhookHttpClient client(resolver, loopbackAllowed());
        QSignalSpy connecting(&client, &WebhookHttpClient::connecting);

        const PostOutcome outcome =
            postAndWait(client, requestTo(urlFor(QStringLiteral("slow.example"), 80), 200));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.error, QString(WebhookHttpError::kTimeout));
        QVERIFY(outcome.response.latencyMs < 1500);
        QCOMPARE(connecting.count(), 0);
    }

    void aHeadInTimeIsTheAnswerEvenIfTheBodyIsNot()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.enqueue(ScriptedResponse::rawAnswer(
            "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial", false));
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url(), 300));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, 200);
        QVERIFY(outcome.response.error.isEmpty());
        QCOMPARE(outcome.response.bodyExcerpt, QByteArray("partial"));
        QCOMPARE(client.openConnections(), 0);
    }

    void reusesAKeepAliveConnection()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        for (int i = 0; i < 3; ++i) {
            const PostOutcome outcome = postAndWait(client, requestTo(receiver.url()));
            QVERIFY(outcome.answeredOnceLater());
            QCOMPARE(outcome.response.statusCode, 200);
            QCOMPARE(client.openConnections(), 1);
        }
        QCOMPARE(receiver.connectionsAccepted(), 1);
        QCOMPARE(receiver.requests().size(), 3);
        for (const ReceivedRequest &request : receiver.requests())
            QCOMPARE(request.connectionNumber, 1);
    }

    void retriesOnceWhenAReusedConnectionWasClosed()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());
        QCOMPARE(postAndWait(client, requestTo(receiver.url())).response.statusCode, 200);

        // The receiver drops the kept-alive connection just as the next request arrives.
        receiver.enqueue(ScriptedResponse::closeWithoutAnswer());
        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url()));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, 200);
        QCOMPARE(receiver.requests().size(), 3);
        QCOMPARE(receiver.connectionsAccepted(), 2);
        QCOMPARE(receiver.requests().at(2).connectionNumber, 2);
        QCOMPARE(client.openConnections(), 1);
    }

    void dropsAnIdleConnectionTheReceiverClosed()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());
        QCOMPARE(postAndWait(client, requestTo(receiver.url())).response.statusCode, 200);
        QCOMPARE(client.openConnections(), 1);

        receiver.closeIdleConnections();
        QTRY_COMPARE(client.openConnections(), 0);
        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url()));
        QCOMPARE(outcome.response.statusCode, 200);
        QCOMPARE(receiver.connectionsAccepted(), 2);
        QCOMPARE(receiver.requests().size(), 2);
    }

    void doesNotRetryOnAFreshConnection()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.enqueue(ScriptedResponse::closeWithoutAnswer());
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url()));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, 0);
        QCOMPARE(outcome.response.error, QString(WebhookHttpError::kConnectionClosed));
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(receiver.connectionsAccepted(), 1);
        QCOMPARE(client.openConnections(), 0);
    }

    void readsAChunkedResponseAndKeepsTheConnection()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        ScriptedResponse chunked = ScriptedResponse::answer(200, QByteArray(3000, 'c') + "end");
        chunked.chunkBytes = 7;
        receiver.enqueue(chunked);
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url()));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, 200);
        QCOMPARE(outcome.response.bodyExcerpt, QByteArray(1024, 'c'));
        QCOMPARE(client.openConnections(), 1);

        QCOMPARE(postAndWait(client, requestTo(receiver.url())).response.bodyExcerpt, QByteArray("ok"));
        QCOMPARE(receiver.connectionsAccepted(), 1);
    }

    void readsACloseDelimitedBody()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.enqueue(ScriptedResponse::rawAnswer("HTTP/1.1 201 Created\r\n\r\ncreated, no length", true));
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url()));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, 201);
        QCOMPARE(outcome.response.bodyExcerpt, QByteArray("created, no length"));
        QCOMPARE(client.openConnections(), 0);
    }

    void closesInsteadOfReadingALargeBody()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.enqueue(ScriptedResponse::answer(200, QByteArray(512 * 1024, 'x')));
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url()));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, 200);
        QVERIFY(outcome.response.error.isEmpty()); // a large body is not the receiver failing
        QCOMPARE(outcome.response.bodyExcerpt, QByteArray(1024, 'x'));
        QCOMPARE(client.openConnections(), 0);

        QCOMPARE(postAndWait(client, requestTo(receiver.url())).response.statusCode, 200);
        QCOMPARE(receiver.connectionsAccepted(), 2);
    }

    void honoursConnectionClose()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        ScriptedResponse closing = ScriptedResponse::answer(204);
        closing.closeAfterAnswer = true;
        receiver.enqueue(closing);
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url()));
        QCOMPARE(outcome.response.statusCode, 204);
        QCOMPARE(client.openConnections(), 0);
    }

    void skipsInterimAnswers()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.enqueue(ScriptedResponse::rawAnswer(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
            "HTTP/1.1 202 Accepted\r\nContent-Length: 6\r\n\r\nqueued",
            false));
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url()));
        QCOMPARE(outcome.response.statusCode, 202);
        QCOMPARE(outcome.response.bodyExcerpt, QByteArray("queued"));
        QCOMPARE(client.openConnections(), 1);
    }

    void refusesMalformedOrOversizedHeads_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("error");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
                                  << QString(WebhookHttpError::kBadResponse);
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 2000 OK\r\n\r\n")
                                    << QString(WebhookHttpError::kBadResponse);
        QTest::newRow("conflicting lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok")
            << QString(WebhookHttpError::kBadResponse);
        QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\r\n  2\r\n\r\n")
                                       << QString(WebhookHttpError::kBadResponse);
        QTest::newRow("huge head") << "HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(20000, 'b') + "\r\n\r\n"
                                   << QString(WebhookHttpError::kResponseTooLarge);
    }

    void refusesMalformedOrOversizedHeads()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, error);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.enqueue(ScriptedResponse::rawAnswer(raw, false));
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        const PostOutcome outcome = postAndWait(client, requestTo(receiver.url()));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, 0);
        QCOMPARE(outcome.response.error, error);
        QCOMPARE(client.openConnections(), 0);
    }

    void reportsConnectFailure()
    {
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());
        const quint16 port = portWithNobodyListening();

        const PostOutcome outcome =
            postAndWait(client, requestTo(urlFor(QStringLiteral("127.0.0.1"), port)));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.error, QString(WebhookHttpError::kConnectFailed));
        QVERIFY(outcome.response.errorMessage.contains(QString::number(port)));
        QCOMPARE(outcome.response.peerAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(client.openConnections(), 0);
    }

    void triesTheNextAddressWhenConnectingFails()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen()); // 127.0.0.1 only: ::1 refuses (or is unreachable)
        FakeHostResolver resolver;
        resolver.setAddresses(QStringLiteral("dual.example"),
                              {QHostAddress(QHostAddress::LocalHostIPv6),
                               QHostAddress(QHostAddress::LocalHost)});
        WebhookHttpClient client(resolver, loopbackAllowed());
        QSignalSpy connecting(&client, &WebhookHttpClient::connecting);

        const PostOutcome outcome = postAndWait(
            client, requestTo(urlFor(QStringLiteral("dual.example"), receiver.port())));
        QCOMPARE(outcome.response.statusCode, 200);
        QCOMPARE(outcome.response.peerAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(connecting.count(), 2);
        QCOMPARE(receiver.requests().first().header("host"),
                 "dual.example:" + QByteArray::number(receiver.port()));
    }

    void reportsResolveFailure()
    {
        FakeHostResolver resolver;
        resolver.setFailure(QStringLiteral("gone.example"), QStringLiteral("NXDOMAIN"));
        resolver.setAddresses(QStringLiteral("empty.example"), {});
        WebhookHttpClient client(resolver, loopbackAllowed());

        for (const QString &host : {QStringLiteral("gone.example"), QStringLiteral("empty.example"),
                                    QStringLiteral("unknown.example")}) {
            const PostOutcome outcome = postAndWait(client, requestTo(urlFor(host, 80)));
            QVERIFY(outcome.answeredOnceLater());
            QCOMPARE(outcome.response.error, QString(WebhookHttpError::kResolveFailed));
            QVERIFY(outcome.response.errorMessage.contains(host));
        }
        QCOMPARE(client.openConnections(), 0);
    }

    void refusesHeadersThatCannotBeSent()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());
        WebhookHttpRequest request = requestTo(receiver.url());
        request.headers.append(qMakePair(QByteArray("X-Note"), QByteArray("a\r\nX-Injected: 1")));

        const PostOutcome outcome = postAndWait(client, request);
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.error, QString(WebhookHttpError::kInvalidRequest));
        QCOMPARE(receiver.connectionsAccepted(), 0);
    }

    void deliversOverTlsToTheName()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listenTls(m_tls));
        FakeHostResolver resolver;
        resolver.setAddresses(QStringLiteral("localhost"), {QHostAddress(QHostAddress::LocalHost)});
        WebhookHttpClient client(resolver, loopbackAllowed());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_tls.certificate);
        client.setTlsConfiguration(tls);

        const QUrl url = urlFor(QStringLiteral("localhost"), receiver.port(), QStringLiteral("https"));
        for (int i = 0; i < 2; ++i) {
            const PostOutcome outcome = postAndWait(client, requestTo(url));
            QVERIFY2(outcome.answeredOnceLater(), qPrintable(outcome.response.errorMessage));
            QCOMPARE(outcome.response.statusCode, 200);
            QCOMPARE(outcome.response.peerAddress, QHostAddress(QHostAddress::LocalHost));
        }
        QCOMPARE(receiver.connectionsAccepted(), 1);
        QCOMPARE(receiver.requests().first().header("host"),
                 "localhost:" + QByteArray::number(receiver.port()));
    }

    void refusesTlsForAnotherName()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listenTls(m_tls));
        FakeHostResolver resolver;
        resolver.setAddresses(QStringLiteral("crm.example.com"), {QHostAddress(QHostAddress::LocalHost)});
        WebhookHttpClient client(resolver, loopbackAllowed());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_tls.certificate);
        client.setTlsConfiguration(tls);

        const PostOutcome outcome = postAndWait(
            client, requestTo(urlFor(QStringLiteral("crm.example.com"), receiver.port(),
                                     QStringLiteral("https"))));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, 0);
        QCOMPARE(outcome.response.error, QString(WebhookHttpError::kTlsFailed));
        QVERIFY(!outcome.response.errorMessage.isEmpty());
        QCOMPARE(receiver.requests().size(), 0);
        QCOMPARE(client.openConnections(), 0);
    }

    void refusesTlsFromAnUnknownAuthority()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listenTls(m_tls));
        FakeHostResolver resolver;
        resolver.setAddresses(QStringLiteral("localhost"), {QHostAddress(QHostAddress::LocalHost)});
        WebhookHttpClient client(resolver, loopbackAllowed()); // system CAs only

        const PostOutcome outcome = postAndWait(
            client, requestTo(urlFor(QStringLiteral("localhost"), receiver.port(), QStringLiteral("https"))));
        QCOMPARE(outcome.response.error, QString(WebhookHttpError::kTlsFailed));
        QCOMPARE(receiver.requests().size(), 0);
    }

    void refusesNamesResolvingToForbiddenAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("IPv4 loopback") << QStringLiteral("127.0.0.1");
        QTest::newRow("other IPv4 loopback") << QStringLiteral("127.0.1.1");
        QTest::newRow("IPv6 loopback") << QStringLiteral("::1");
        QTest::newRow("mapped loopback") << QStringLiteral("::ffff:127.0.0.1");
        QTest::newRow("cloud metadata") << QStringLiteral("169.254.169.254");
        QTest::newRow("link-local") << QStringLiteral("169.254.10.1");
        QTest::newRow("IPv6 link-local") << QStringLiteral("fe80::1");
        QTest::newRow("unspecified") << QStringLiteral("0.0.0.0");
    }

    void refusesNamesResolvingToForbiddenAddresses()
    {
        QFETCH(QString, address);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        FakeHostResolver resolver;
        resolver.setAddresses(QStringLiteral("rebound.example"), {QHostAddress(address)});
        WebhookHttpClient client(resolver, defaultPolicy());
        QSignalSpy connecting(&client, &WebhookHttpClient::connecting);

        const PostOutcome outcome = postAndWait(
            client, requestTo(urlFor(QStringLiteral("rebound.example"), receiver.port())));
        QVERIFY(outcome.answeredOnceLater());
        QCOMPARE(outcome.response.statusCode, 0);
        QCOMPARE(outcome.response.error, QString(WebhookHttpError::kAddressRefused));
        QVERIFY2(outcome.response.errorMessage.contains(QHostAddress(address).toString()),
                 qPrintable(outcome.response.errorMessage));
        QVERIFY(outcome.response.peerAddress.isNull());
        QCOMPARE(resolver.lookups(), QStringList{QStringLiteral("rebound.example")});
        QCOMPARE(connecting.count(), 0);
        QCOMPARE(client.openConnections(), 0);
        QCOMPARE(receiver.connectionsAccepted(), 0);
    }

    void allowingLoopbackStillRefusesMetadata()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        FakeHostResolver resolver;
        resolver.setAddresses(QStringLiteral("crm.example"), {QHostAddress(QHostAddress::LocalHost)});
        resolver.setAddresses(QStringLiteral("metadata.example"), {QHostAddress(QStringLiteral("169.254.169.254"))});
        WebhookHttpClient client(resolver, defaultPolicy());

        const QUrl loopbackName = urlFor(QStringLiteral("crm.example"), receiver.port());
        QCOMPARE(postAndWait(client, requestTo(loopbackName)).response.error,
                 QString(WebhookHttpError::kAddressRefused));
        client.setPolicy(loopbackAllowed());
        QCOMPARE(postAndWait(client, requestTo(loopbackName)).response.statusCode, 200);
        const PostOutcome metadata =
            postAndWait(client, requestTo(urlFor(QStringLiteral("metadata.example"), 80)));
        QCOMPARE(metadata.response.error, QString(WebhookHttpError::kAddressRefused));
        QVERIFY(metadata.response.errorMessage.contains(QStringLiteral("metadata")));
        QCOMPARE(receiver.connectionsAccepted(), 1);
    }

    void refusesANameWithAnyForbiddenAddress()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        FakeHostResolver resolver;
        resolver.setAddresses(QStringLiteral("mixed.example"),
                              {QHostAddress(QHostAddress::LocalHost),
                               QHostAddress(QStringLiteral("169.254.169.254"))});
        WebhookHttpClient client(resolver, loopbackAllowed());
        QSignalSpy connecting(&client, &WebhookHttpClient::connecting);

        const PostOutcome outcome = postAndWait(
            client, requestTo(urlFor(QStringLiteral("mixed.example"), receiver.port())));
        QCOMPARE(outcome.response.error, QString(WebhookHttpError::kAddressRefused));
        QVERIFY(outcome.response.errorMessage.contains(QStringLiteral("169.254.169.254")));
        QCOMPARE(connecting.count(), 0);
        QCOMPARE(receiver.connectionsAccepted(), 0);
    }

    void allowsLanAddresses()
    {
        FakeHostResolver resolver;
        const QHostAddress lan(QStringLiteral("192.168.1.50"));
        resolver.setAddresses(QStringLiteral("crm.lan"), {lan});
        WebhookHttpClient client(resolver, defaultPolicy());
        QSignalSpy connecting(&client, &WebhookHttpClient::connecting);

        // Whatever is (or is not) at that address decides the outcome; the rules only have to
        // let the connection be tried.
        const PostOutcome outcome =
            postAndWait(client, requestTo(urlFor(QStringLiteral("crm.lan"), 9), 200));
        QVERIFY(outcome.answeredOnceLater());
        QVERIFY2(outcome.response.error != WebhookHttpError::kAddressRefused,
                 qPrintable(outcome.response.errorMessage));
        QCOMPARE(connecting.count(), 1);
        QCOMPARE(connecting.first().at(1).value<QHostAddress>(), lan);

        DestinationPolicy noPrivate;
        noPrivate.allowPrivateNetworks = false;
        client.setPolicy(noPrivate);
        QCOMPARE(postAndWait(client, requestTo(urlFor(QStringLiteral("crm.lan"), 9), 200)).response.error,
                 QString(WebhookHttpError::kAddressRefused));
        QCOMPARE(connecting.count(), 1);
    }

    void deliversToALanAddressOfThisMachine()
    {
        QHostAddress lan;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (classifyAddress(address) == AddressClass::Private && address.scopeId().isEmpty()) {
                lan = address;
                break;
            }
        }
        if (lan.isNull())
            QSKIP("this machine has no private network address to listen on");
        WebhookReceiver receiver;
        QVERIFY(receiver.listen(lan));
        FakeHostResolver resolver;
        resolver.setAddresses(QStringLiteral("crm.lan"), {lan});
        WebhookHttpClient client(resolver, defaultPolicy()); // loopback refused, LAN allowed

        const PostOutcome outcome =
            postAndWait(client, requestTo(urlFor(QStringLiteral("crm.lan"), receiver.port())));
        QVERIFY2(outcome.response.statusCode == 200, qPrintable(outcome.response.errorMessage));
        QCOMPARE(outcome.response.peerAddress, lan);
        QCOMPARE(receiver.requests().size(), 1);
    }

    void refusesPlainHttpToPublicAddresses()
    {
        FakeHostResolver resolver;
        resolver.setAddresses(QStringLiteral("crm.example.com"), {QHostAddress(QStringLiteral("93.184.216.34"))});
        WebhookHttpClient client(resolver, defaultPolicy());
        QSignalSpy connecting(&client, &WebhookHttpClient::connecting);

        const PostOutcome byName =
            postAndWait(client, requestTo(urlFor(QStringLiteral("crm.example.com"), 80)));
        QCOMPARE(byName.response.error, QString(WebhookHttpError::kAddressRefused));
        QVERIFY(byName.response.errorMessage.contains(QStringLiteral("https")));
        const PostOutcome byLiteral =
            postAndWait(client, requestTo(urlFor(QStringLiteral("93.184.216.34"), 80)));
        QCOMPARE(byLiteral.response.error, QString(WebhookHttpError::kAddressRefused));
        QCOMPARE(connecting.count(), 0);
    }

    void refusesUrlsTheSaveTimeRuleRefuses()
    {
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, defaultPolicy());
        for (const QString &url : {QStringLiteral("ftp://crm.example.com/in"),
                                   QStringLiteral("https://user:hunter2@crm.example.com/in"),
                                   QStringLiteral("http://169.254.169.254/latest/meta-data")}) {
            const PostOutcome outcome = postAndWait(client, requestTo(QUrl(url)));
            QVERIFY(outcome.answeredOnceLater());
            QCOMPARE(outcome.response.error, QString(WebhookHttpError::kAddressRefused));
            QVERIFY(!outcome.response.errorMessage.contains(QStringLiteral("hunter2")));
        }
        QVERIFY(resolver.lookups().isEmpty());
    }

    void systemResolverAnswersLiteralsLater()
    {
        SystemHostResolver resolver;
        bool insideResolve = true;
        QList<QHostAddress> answer;
        QString error = QStringLiteral("not answered");
        resolver.resolve(QStringLiteral("192.168.1.50"), [&](QList<QHostAddress> addresses, QString e) {
            QVERIFY(!insideResolve);
            answer = addresses;
            error = e;
        });
        insideResolve = false;
        QTRY_VERIFY(error.isEmpty());
        QCOMPARE(answer, QList<QHostAddress>{QHostAddress(QStringLiteral("192.168.1.50"))});
    }

    void systemResolverLocalhostIsLoopback()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        SystemHostResolver resolver;
        WebhookHttpClient client(resolver, defaultPolicy());
        QSignalSpy connecting(&client, &WebhookHttpClient::connecting);
        const QUrl url = urlFor(QStringLiteral("localhost"), receiver.port());

        const PostOutcome refused = postAndWait(client, requestTo(url));
        QCOMPARE(refused.response.error, QString(WebhookHttpError::kAddressRefused));
        QCOMPARE(connecting.count(), 0);
        QCOMPARE(receiver.connectionsAccepted(), 0);

        client.setPolicy(loopbackAllowed());
        const PostOutcome allowed = postAndWait(client, requestTo(url));
        QVERIFY2(allowed.response.statusCode == 200, qPrintable(allowed.response.errorMessage));
        QCOMPARE(allowed.response.peerAddress, QHostAddress(QHostAddress::LocalHost));
    }

    void capsIdleConnectionsPerDestination()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setDefaultResponse([] {
            ScriptedResponse slow = ScriptedResponse::answer(200, "ok");
            slow.delayMs = 50; // all posts overlap, so each needs its own connection
            return slow;
        }());
        FakeHostResolver resolver;
        WebhookHttpClient client(resolver, loopbackAllowed());

        const int parallel = WebhookHttpClient::kMaxIdlePerDestination + 2;
        int answered = 0;
        for (int i = 0; i < parallel; ++i) {
            client.post(requestTo(receiver.url()), [&answered](const WebhookHttpResponse &response) {
                answered += response.statusCode == 200 ? 1 : 0;
            });
        }
        QTRY_COMPARE(answered, parallel);
        QCOMPARE(receiver.connectionsAccepted(), parallel);
        QCOMPARE(client.openConnections(), WebhookHttpClient::kMaxIdlePerDestination);
    }

    void dropsPendingPostsWithTheClient()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.enqueue(ScriptedResponse::neverAnswer());
        FakeHostResolver resolver;
        resolver.setAddresses(QStringLiteral("crm.example"), {QHostAddress(QHostAddress::LocalHost)});
        int calls = 0;
        {
            WebhookHttpClient client(resolver, loopbackAllowed());
            client.post(requestTo(receiver.url()), [&calls](const WebhookHttpResponse &) { ++calls; });
            client.post(requestTo(urlFor(QStringLiteral("crm.example"), receiver.port())),
                        [&calls](const WebhookHttpResponse &) { ++calls; });
            QVERIFY(receiver.waitForRequests(1));
        }
        QTRY_COMPARE(receiver.openConnections(), 0);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestWebhookHttpClient)
#include "test_webhook_http_client.moc"
