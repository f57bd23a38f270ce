// The strict request-head parser that decides framing before QHttpServer sees a byte.
#include "http/request_head.h"

#include <QTest>

using namespace wag;

class TestRequestHead : public QObject
{
    Q_OBJECT

private slots:
    void parsesAPlainRequest()
    {
        RequestHead head;
        const HeadParseError e = parseRequestHead(
            "POST /api/send-message?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 12\r\nX-Thing:  spaced  \r\n", &head);
        QCOMPARE(e.status, 0);
        QCOMPARE(head.method, QByteArray("POST"));
        QCOMPARE(head.target, QByteArray("/api/send-message?x=1"));
        QCOMPARE(head.path(), QByteArray("/api/send-message"));
        QCOMPARE(head.contentLength, 12);
        QVERIFY(head.keepAlive);
        QVERIFY(!head.expectContinue);
        QCOMPARE(head.headers.size(), 3);
        QCOMPARE(head.headers[2].first, QByteArray("x-thing"));
        QCOMPARE(head.headers[2].second, QByteArray("spaced"));
    }

    void keepAliveRules_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\n") << true;
        QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: Close\r\n") << false;
        QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n") << false;
        QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n") << true;
    }
    void keepAliveRules()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, keepAlive);
        RequestHead parsed;
        QCOMPARE(parseRequestHead(head, &parsed).status, 0);
        QCOMPARE(parsed.keepAlive, keepAlive);
    }

    void expectContinue()
    {
        RequestHead head;
        QCOMPARE(parseRequestHead("POST / HTTP/1.1\r\nExpect: 100-Continue\r\n", &head).status, 0);
        QVERIFY(head.expectContinue);
        RequestHead other;
        QCOMPARE(parseRequestHead("POST / HTTP/1.1\r\nExpect: something\r\n", &other).status, 417);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("no CR") << QByteArray("GET / HTTP/1.1\n") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n") << 400;
        QTest::newRow("absolute URI") << QByteArray("GET http://x/ HTTP/1.1\r\n") << 400;
        QTest::newRow("control char in target") << QByteArray("GET /\x01 HTTP/1.1\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\n") << 400;
        QTest::newRow("http 0.9 style") << QByteArray("GET /\r\n") << 400;
        QTest::newRow("http 2") << QByteArray("GET / HTTP/2\r\n") << 505;
        QTest::newRow("folding") << QByteArray("GET / HTTP/1.1\r\nA: 1\r\n\tmore\r\n") << 400;
        QTest::newRow("empty name") << QByteArray("GET / HTTP/1.1\r\n: v\r\n") << 400;
        QTest::newRow("nul in value") << QByteArray("GET / HTTP/1.1\r\nA: x\0y\r\n", 28) << 400;
        QTest::newRow("length not a number") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1x\r\n") << 400;
        QTest::newRow("length with plus") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +5\r\n") << 400;
        QTest::newRow("duplicate equal lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 5\r\n") << 400;
        QTest::newRow("transfer-encoding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n") << 411;
    }
    void rejects()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        RequestHead parsed;
        const HeadParseError e = parseRequestHead(head, &parsed);
        QCOMPARE(e.status, status);
        QVERIFY(!e.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequestHead)
#include "test_request_head.moc"
