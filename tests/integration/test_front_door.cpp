// The HTTP front door with test routes, over real loopback sockets: every limit at its edge,
// framing (keep-alive, Connection: close, pipelining, 100-continue), error shapes and TLS.
#include "support/raw_http.h"
#include "support/threaded_front_door.h"
#include "support/tls_files.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

using namespace wag;
using namespace wag::test;

namespace {

HttpLimits testLimits()
{
    HttpLimits limits;
    limits.maxHeadBytes = 4096;
    limits.defaultBodyBytes = 1000;
    limits.headTimeoutMs = 300;
    limits.idleTimeoutMs = 400;
    limits.maxConnections = 40;
    limits.lingerAfterErrorMs = 200;
    return limits;
}

void testRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/"), Router::SyncHandler([](const HttpRequest &) {
                   return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
               }));
    router.add("POST", QStringLiteral("/echo"), Router::SyncHandler([](const HttpRequest &r) {
                   return HttpResponse::json(200, QJsonObject{{QStringLiteral("size"), r.body.size()},
                                                              {QStringLiteral("body"), QString::fromUtf8(r.body)}});
               }));
    RouteOptions small;
    small.maxBodyBytes = 100;
    router.add("POST", QStringLiteral("/small"), Router::SyncHandler([](const HttpRequest &r) {
                   return HttpResponse::json(200, QJsonObject{{QStringLiteral("size"), r.body.size()}});
               }),
               small);
    router.add("GET", QStringLiteral("/items/{id}"), Router::SyncHandler([](const HttpRequest &r) {
                   return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), r.pathParams.value(QStringLiteral("id"))}});
               }));
    // Answers 150 ms later, from a timer: a deferred reply.
    router.add("GET", QStringLiteral("/slow"), Router::Handler([](const HttpRequest &, HttpReply reply) {
                   QTimer::singleShot(150, [reply] {
                       reply.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("slow"), true}}));
                   });
               }));
    // Never answers: keeps its connection busy.
    router.add("GET", QStringLiteral("/hang"), Router::Handler([](const HttpRequest &, HttpReply) {}));
    // Served from the front door's own parse, without QHttpServer: says what it was given.
    RouteOptions direct;
    direct.direct = true;
    direct.maxBodyBytes = 100;
    router.add("POST", QStringLiteral("/direct/{id}"), Router::SyncHandler([](const HttpRequest &r) {
                   return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), r.pathParams.value(QStringLiteral("id"))},
                                                              {QStringLiteral("path"), r.path},
                                                              {QStringLiteral("x"), r.query.queryItemValue(QStringLiteral("x"), QUrl::FullyDecoded)},
                                                              {QStringLiteral("header"), QString::fromLatin1(r.header("x-test"))},
                                                              {QStringLiteral("body"), QString::fromUtf8(r.body)},
                                                              {QStringLiteral("loopback"), r.peer.isLoopback()}});
               }),
               direct);
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: t\r\n" + extra + "\r\n";
}

QJsonObject jsonOf(const ParsedResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestFrontDoor : public QObject
{
    Q_OBJECT

private:
    ThreadedFrontDoor *m_server = nullptr;
    quint16 port() const { return m_server->port(); }

private slots:
    void initTestCase()
    {
        m_server = new ThreadedFrontDoor(testRoutes, testLimits());
        QVERIFY(m_server->startListening());
    }
    void cleanupTestCase() { delete m_server; }

    void servesJsonWithSecurityHeaders()
    {
        const ParsedResponse r = request(port(), "GET", "/");
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonOf(r).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(r.header("x-frame-options"), QByteArray("DENY"));
        QVERIFY(r.header("content-security-policy").contains("frame-ancestors 'none'"));
        QVERIFY(r.header("strict-transport-security").isEmpty()); // plain HTTP
    }

    void pathParameters()
    {
        const ParsedResponse r = request(port(), "GET", "/items/abc-42");
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonOf(r).value(QStringLiteral("id")).toString(), QStringLiteral("abc-42"));
    }

    void unknownPathIs404Json()
    {
        const ParsedResponse r = request(port(), "GET", "/nope");
        QCOMPARE(r.status, 404);
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o.value(QStringLiteral("success")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("details")).isObject());
        QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
    }

    void wrongMethodIs405WithAllow()
    {
        const ParsedResponse r = request(port(), "DELETE", "/echo");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("allow"), QByteArray("POST"));
        QCOMPARE(jsonOf(r).value(QStringLiteral("error")).toString(), QStringLiteral("method_not_allowed"));
        const ParsedResponse g = request(port(), "POST", "/", "x");
        QCOMPARE(g.status, 405);
        QCOMPARE(g.header("allow"), QByteArray("GET, HEAD"));
    }

    void headHasLengthButNoBody()
    {
        RawClient c;
        QVERIFY(c.connectTo(port()));
        c.send("HEAD / HTTP/1.1\r\nHost: t\r\n\r\n" + get("/items/7"));
        const ParsedResponse head = c.readResponse(5000, true);
        QCOMPARE(head.status, 200);
        QVERIFY(head.header("content-length").toInt() > 0);
        QVERIFY(head.body.isEmpty());
        // The next response on the same connection is framed correctly after the bodiless one.
        const ParsedResponse next = c.readResponse();
        QCOMPARE(next.status, 200);
        QCOMPARE(jsonOf(next).value(QStringLiteral("id")).toString(), QStringLiteral("7"));
    }

    void headAtLimitPassesOneMoreIs431()
    {
        const int limit = testLimits().maxHeadBytes;
        // Request line + headers including their CRLFs, without the blank line.
        auto headOfSize = [](int size) {
            QByteArray head = "GET / HTTP/1.1\r\nHost: t\r\nX-Pad: ";
            head += QByteArray(size - head.size() - 2, 'a');
            head += "\r\n";
            return head;
        };
        RawClient ok;
        QVERIFY(ok.connectTo(port()));
        QCOMPARE(headOfSize(limit).size(), limit);
        ok.send(headOfSize(limit) + "\r\n");
        QCOMPARE(ok.readResponse().status, 200);

        RawClient tooBig;
        QVERIFY(tooBig.connectTo(port()));
        tooBig.send(headOfSize(limit + 1) + "\r\n");
        const ParsedResponse r = tooBig.readResponse();
        QCOMPARE(r.status, 431);
        QCOMPARE(jsonOf(r).value(QStringLiteral("error")).toString(), QStringLiteral("request_header_too_large"));
        QVERIFY(tooBig.waitForClose(2000));
    }

    void endlessHeadIs431WithoutWaitingForItsEnd()
    {
        RawClient c;
        QVERIFY(c.connectTo(port()));
        c.send("GET / HTTP/1.1\r\nX-Pad: " + QByteArray(10 * 4096, 'b')); // never terminated
        QCOMPARE(c.readResponse().status, 431);
    }

    void bodyAtLimitPassesOneMoreIs413BeforeTheBodyIsSent()
    {
        const int limit = int(testLimits().defaultBodyBytes);
        const ParsedResponse ok = request(port(), "POST", "/echo", QByteArray(limit, 'x'));
        QCOMPARE(ok.status, 200);
        QCOMPARE(jsonOf(ok).value(QStringLiteral("size")).toInt(), limit);

        RawClient c;
        QVERIFY(c.connectTo(port()));
        // Only the head: the refusal must not wait for a body.
        c.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: " + QByteArray::number(limit + 1) + "\r\n\r\n");
        const ParsedResponse r = c.readResponse(2000);
        QCOMPARE(r.status, 413);
        QCOMPARE(jsonOf(r).value(QStringLiteral("error")).toString(), QStringLiteral("payload_too_large"));
        QCOMPARE(r.header("connection"), QByteArray("close"));
    }

    // A direct route sees what a QHttpServer-parsed one would: decoded path and parameters,
    // the query, headers, the body, the peer.
    void directRouteGetsTheWholeRequest()
    {
        const ParsedResponse r = request(port(), "POST", "/direct/a%20b?x=1%2B2&y=3", "hello",
                                         {{"X-Test", "yes"}});
        QCOMPARE(r.status, 200);
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("a b"));
        QCOMPARE(o.value(QStringLiteral("path")).toString(), QStringLiteral("/direct/a b"));
        QCOMPARE(o.value(QStringLiteral("x")).toString(), QStringLiteral("1+2"));
        QCOMPARE(o.value(QStringLiteral("header")).toString(), QStringLiteral("yes"));
        QCOMPARE(o.value(QStringLiteral("body")).toString(), QStringLiteral("hello"));
        QVERIFY(o.value(QStringLiteral("loopback")).toBool());
        QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
    }

    // Limits, 405 and framing are the front door's, whichever way a route is served.
    void directRouteKeepsTheFrontDoorRules()
    {
        QCOMPARE(request(port(), "POST", "/direct/1", QByteArray(100, 'x')).status, 200);
        QCOMPARE(request(port(), "POST", "/direct/1", QByteArray(101, 'x')).status, 413);
        const ParsedResponse wrong = request(port(), "GET", "/direct/1");
        QCOMPARE(wrong.status, 405);
        QCOMPARE(wrong.header("allow"), QByteArray("POST"));

        RawClient c;
        QVERIFY(c.connectTo(port()));
        // Direct and QHttpServer-served requests pipelined on one connection, answered in order.
        c.send(get("/slow") + "POST /direct/2 HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc" + get("/items/3")
               + "POST /direct/4 HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(jsonOf(c.readResponse()).value(QStringLiteral("slow")).toBool(), true);
        const QJsonObject second = jsonOf(c.readResponse());
        QCOMPARE(second.value(QStringLiteral("id")).toString(), QStringLiteral("2"));
        QCOMPARE(second.value(QStringLiteral("body")).toString(), QStringLiteral("abc"));
        QCOMPARE(jsonOf(c.readResponse()).value(QStringLiteral("id")).toString(), QStringLiteral("3"));
        const ParsedResponse last = c.readResponse();
        QCOMPARE(jsonOf(last).value(QStringLiteral("id")).toString(), QStringLiteral("4"));
        QCOMPARE(last.header("connection"), QByteArray("close"));
        QVERIFY(c.waitForClose(1000));
    }

    void routeBodyLimit()
    {
        QCOMPARE(request(port(), "POST", "/small", QByteArray(100, 'x')).status, 200);
        QCOMPARE(request(port(), "POST", "/small", QByteArray(101, 'x')).status, 413);
        // The default limit still applies elsewhere.
        QCOMPARE(request(port(), "POST", "/echo", QByteArray(101, 'x')).status, 200);
    }

    void expectContinue()
    {
        RawClient c;
        QVERIFY(c.connectTo(port()));
        c.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(c.socket().waitForReadyRead(2000));
        const QByteArray interim = c.socket().read(25);
        QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        c.send("hello");
        const ParsedResponse r = c.readResponse();
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonOf(r).value(QStringLiteral("body")).toString(), QStringLiteral("hello"));

        RawClient big;
        QVERIFY(big.connectTo(port()));
        big.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(big.socket().waitForReadyRead(2000));
        QVERIFY(big.socket().peek(12).startsWith("HTTP/1.1 413")); // refused at once, no 100 first
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage line") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("relative target") << QByteArray("GET x HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: t\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray("POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 411;
        QTest::newRow("two lengths") << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << 400;
        QTest::newRow("negative length") << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("space in name") << QByteArray("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n") << 400;
    }
    void malformedRequests()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        RawClient c;
        QVERIFY(c.connectTo(port()));
        c.send(bytes);
        const ParsedResponse r = c.readResponse();
        QCOMPARE(r.status, status);
        QCOMPARE(jsonOf(r).value(QStringLiteral("success")).toBool(true), false);
        QVERIFY(c.waitForClose(2000));
    }

    void stalledHeadIs408AndClosed()
    {
        RawClient c;
        QVERIFY(c.connectTo(port()));
        c.send("GET / HTTP/1.1\r\nHo"); // and then nothing
        const ParsedResponse r = c.readResponse(3000);
        QCOMPARE(r.status, 408);
        QVERIFY(c.waitForClose(2000));
    }

    void stalledBodyIs408()
    {
        RawClient c;
        QVERIFY(c.connectTo(port()));
        c.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc");
        const ParsedResponse r = c.readResponse(3000);
        QCOMPARE(r.status, 408);
        QVERIFY(c.waitForClose(2000));
    }

    void silentConnectionIsClosed()
    {
        RawClient c;
        QVERIFY(c.connectTo(port()));
        QVERIFY(c.waitForClose(3000));
    }

    void keepAliveThenIdleClose()
    {
        RawClient c;
        QVERIFY(c.connectTo(port()));
        for (int i = 0; i < 3; ++i) {
            c.send(get("/"));
            const ParsedResponse r = c.readResponse();
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("connection"), QByteArray("keep-alive"));
        }
        QVERIFY(c.waitForClose(3000)); // idle timeout
    }

    void connectionCloseIsHonoured()
    {
        RawClient c;
        QVERIFY(c.connectTo(port()));
        c.send(get("/", "Connection: close\r\n"));
        const ParsedResponse r = c.readResponse();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("connection"), QByteArray("close"));
        QVERIFY(c.waitForClose(1000));
    }

    void http10ClosesByDefault()
    {
        RawClient c;
        QVERIFY(c.connectTo(port()));
        c.send("GET / HTTP/1.0\r\n\r\n");
        QCOMPARE(c.readResponse().status, 200);
        QVERIFY(c.waitForClose(1000));
    }

    void pipelinedRequestsAnswerInOrder()
    {
        RawClient c;
        QVERIFY(c.connectTo(port()));
        // The slow one first: a server that answered as handlers finish would reorder these.
        c.send(get("/slow") + get("/items/2") + "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nxyz" + get("/items/4"));
        const ParsedResponse a = c.readResponse();
        const ParsedResponse b = c.readResponse();
        const ParsedResponse d = c.readResponse();
        const ParsedResponse e = c.readResponse();
        QCOMPARE(jsonOf(a).value(QStringLiteral("slow")).toBool(), true);
        QCOMPARE(jsonOf(b).value(QStringLiteral("id")).toString(), QStringLiteral("2"));
        QCOMPARE(jsonOf(d).value(QStringLiteral("body")).toString(), QStringLiteral("xyz"));
        QCOMPARE(jsonOf(e).value(QStringLiteral("id")).toString(), QStringLiteral("4"));
    }

    void deferredReplyAfterClientLeftIsHarmless()
    {
        {
            RawClient c;
            QVERIFY(c.connectTo(port()));
            c.send(get("/slow"));
            c.socket().abort();
        }
        QTest::qWait(300); // the reply fires into a closed connection
        QCOMPARE(request(port(), "GET", "/").status, 200);
    }

    void fullOfIdleConnectionsStillServesANewClient()
    {
        const int cap = testLimits().maxConnections;
        QList<RawClient *> idle;
        for (int i = 0; i < cap + 10; ++i) {
            auto *c = new RawClient;
            QVERIFY(c->connectTo(port()));
            idle.append(c);
        }
        QCOMPARE(request(port(), "GET", "/").status, 200);
        QTRY_VERIFY(m_server->connectionCount() <= cap);
        qDeleteAll(idle);
    }

    void fullOfBusyConnectionsAnswers503()
    {
        const int cap = testLimits().maxConnections;
        QTRY_COMPARE(m_server->connectionCount(), 0);
        QList<RawClient *> busy;
        for (int i = 0; i < cap; ++i) {
            auto *c = new RawClient;
            QVERIFY(c->connectTo(port()));
            c->send(get("/hang"));
            busy.append(c);
        }
        QTRY_COMPARE(m_server->connectionCount(), cap);
        const ParsedResponse r = request(port(), "GET", "/");
        QCOMPARE(r.status, 503);
        QCOMPARE(jsonOf(r).value(QStringLiteral("error")).toString(), QStringLiteral("server_busy"));
        qDeleteAll(busy);
        QTRY_COMPARE(m_server->connectionCount(), 0);
        QCOMPARE(request(port(), "GET", "/").status, 200);
    }

    void tls()
    {
        TlsFiles files = makeSelfSignedCertificate();
        QVERIFY2(files.ok(), qPrintable(files.error));
        ThreadedFrontDoor secure(testRoutes, testLimits(), {files.certificatePath, files.keyPath});
        QVERIFY(secure.startListening());

        QSslSocket socket;
        QSslConfiguration configuration = socket.sslConfiguration();
        configuration.setCaCertificates({files.certificate});
        socket.setSslConfiguration(configuration);
        socket.setPeerVerifyName(QStringLiteral("localhost"));
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), secure.port());
        QVERIFY2(socket.waitForEncrypted(5000), qPrintable(socket.errorString()));
        socket.write(get("/"));
        QByteArray received;
        ParsedResponse r;
        while (!r.complete && socket.waitForReadyRead(5000)) {
            received += socket.readAll();
            r = parseResponse(received);
        }
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("strict-transport-security"), QByteArray("max-age=31536000"));

        // Plain HTTP to the TLS port gets no HTTP answer.
        RawClient plain;
        QVERIFY(plain.connectTo(secure.port()));
        plain.send(get("/"));
        QVERIFY(plain.readResponse(1500).status == 0);
    }
};

QTEST_GUILESS_MAIN(TestFrontDoor)
#include "test_front_door.moc"
