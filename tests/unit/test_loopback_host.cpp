// hostNamesLoopback: which Host headers name this machine, so that loopback-only routes
// cannot be reached through a browser by DNS rebinding (an outside name resolving to
// 127.0.0.1).
#include "http/loopback_host.h"

#include <QTest>

using namespace wag;

class TestLoopbackHost : public QObject
{
    Q_OBJECT

private slots:
    void loopbackNamesAndAddresses_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("absent (HTTP/1.0)") << QByteArray() << true;
        QTest::newRow("localhost") << QByteArray("localhost") << true;
        QTest::newRow("localhost with port") << QByteArray("localhost:8480") << true;
        QTest::newRow("LOCALHOST") << QByteArray("LOCALHOST:8480") << true;
        QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1:8480") << true;
        QTest::newRow("127.5.6.7, the whole /8") << QByteArray("127.5.6.7") << true;
        QTest::newRow("[::1] with port") << QByteArray("[::1]:8480") << true;
        QTest::newRow("[::1]") << QByteArray("[::1]") << true;
        QTest::newRow("an outside name") << QByteArray("evil.example:8480") << false;
        QTest::newRow("a name ending in localhost") << QByteArray("notlocalhost:8480") << false;
        QTest::newRow("localhost as a subdomain") << QByteArray("localhost.evil.example") << false;
        QTest::newRow("a LAN address") << QByteArray("192.168.1.20:8480") << false;
        QTest::newRow("0.0.0.0") << QByteArray("0.0.0.0:8480") << false;
        QTest::newRow("[::1 unclosed") << QByteArray("[::1:8480") << false;
        QTest::newRow("bare ::1 (not valid in Host)") << QByteArray("::1") << false;
    }
    void loopbackNamesAndAddresses()
    {
        QFETCH(QByteArray, host);
        QFETCH(bool, loopback);
        QCOMPARE(hostNamesLoopback(host), loopback);
    }
};

QTEST_GUILESS_MAIN(TestLoopbackHost)
#include "test_loopback_host.moc"
