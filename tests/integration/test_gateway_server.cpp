// The real gateway process under hostile load: an oversized body is refused at once without
// the process growing, a thousand idle connections do not lock anyone out, the default body
// limit holds at its edge, TLS from the command line, and the keychain path end to end.
#include "support/gateway_process.h"
#include "support/raw_http.h"
#include "support/tls_files.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace wag::test;

class TestGatewayServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // This test holds a thousand client sockets of its own.
        rlimit limit{};
        getrlimit(RLIMIT_NOFILE, &limit);
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }

    void healthReportsVersionUptimeAndDatabase()
    {
        QTemporaryDir dir;
        GatewayProcess gateway(dir.path());
        QVERIFY(gateway.start());
        const ParsedResponse r = request(gateway.port(), "GET", "/");
        QCOMPARE(r.status, 200);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(o.value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
        QVERIFY(!o.value(QStringLiteral("version")).toString().isEmpty());
        QVERIFY(o.contains(QStringLiteral("uptime_seconds")));
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }

    void defaultBodyLimitAtItsEdge()
    {
        QTemporaryDir dir;
        GatewayProcess gateway(dir.path());
        QVERIFY(gateway.start());
        // 64 KiB is let through (and then refused for the method); one byte more is not.
        QCOMPARE(request(gateway.port(), "POST", "/", QByteArray(64 * 1024, 'a')).status, 405);
        QCOMPARE(request(gateway.port(), "POST", "/", QByteArray(64 * 1024 + 1, 'a')).status, 413);
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }

    void oneMebibyteBodyIsRefusedAtOnceWithoutGrowth()
    {
        QTemporaryDir dir;
        GatewayProcess gateway(dir.path());
        QVERIFY(gateway.start());
        QCOMPARE(request(gateway.port(), "GET", "/").status, 200); // warm up
        const qint64 before = gateway.residentKiB();
        QVERIFY(before > 0);

        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 8; ++i) {
            RawClient c;
            QVERIFY(c.connectTo(gateway.port()));
            c.socket().write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n");
            c.socket().write(QByteArray(1024 * 1024, 'z')); // the client does not wait
            const ParsedResponse r = c.readResponse(5000);
            QCOMPARE(r.status, 413);
        }
        const qint64 elapsed = timer.elapsed();
        const qint64 after = gateway.residentKiB();
        qInfo("8 x 1 MiB refused in %lld ms; RSS %lld KiB -> %lld KiB", elapsed, before, after);
        // Had the bodies been buffered, 8 MiB would show up here. Allow allocator noise.
        QVERIFY2(after - before < 2048, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(after - before)));
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }

    void aThousandIdleConnectionsDoNotLockOutANewClient()
    {
        QTemporaryDir dir;
        GatewayProcess gateway(dir.path());
        QVERIFY(gateway.start());
        QList<QTcpSocket *> idle;
        for (int i = 0; i < 1000; ++i) {
            auto *s = new QTcpSocket;
            s->connectToHost(QHostAddress::LocalHost, gateway.port());
            idle.append(s);
        }
        for (QTcpSocket *s : idle)
            QVERIFY(s->state() == QAbstractSocket::ConnectedState || s->waitForConnected(5000));
        const ParsedResponse r = request(gateway.port(), "GET", "/");
        QCOMPARE(r.status, 200);
        // And after a few more, still.
        QCOMPARE(request(gateway.port(), "GET", "/").status, 200);
        qDeleteAll(idle);
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }

    void stalledHalfRequestIsClosed()
    {
        QTemporaryDir dir;
        GatewayProcess gateway(dir.path());
        gateway.environment().insert(QStringLiteral("WAG_HTTP_HEAD_TIMEOUT_MS"), QStringLiteral("200"));
        QVERIFY(gateway.start());
        RawClient c;
        QVERIFY(c.connectTo(gateway.port()));
        c.send("GET / HTTP/1.1\r\nHost");
        const ParsedResponse r = c.readResponse(5000);
        QCOMPARE(r.status, 408);
        QVERIFY(c.waitForClose(2000));
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }

    void tlsFromTheCommandLine()
    {
        TlsFiles files = makeSelfSignedCertificate();
        QVERIFY2(files.ok(), qPrintable(files.error));
        QTemporaryDir dir;
        GatewayProcess gateway(dir.path());
        QVERIFY2(gateway.start({QStringLiteral("--tls-cert"), files.certificatePath, QStringLiteral("--tls-key"), files.keyPath}),
                 gateway.standardError().constData());
        QVERIFY(gateway.baseUrl().startsWith(QStringLiteral("https://")));

        QSslSocket socket;
        QSslConfiguration configuration = socket.sslConfiguration();
        configuration.setCaCertificates({files.certificate});
        socket.setSslConfiguration(configuration);
        socket.connectToHostEncrypted(QStringLiteral("localhost"), gateway.port());
        QVERIFY2(socket.waitForEncrypted(5000), qPrintable(socket.errorString()));
        socket.write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QByteArray received;
        ParsedResponse r;
        while (!r.complete && socket.waitForReadyRead(5000)) {
            received += socket.readAll();
            r = parseResponse(received);
        }
        QCOMPARE(r.status, 200);
        QCOMPARE(gateway.terminate(SIGTERM), 0);

        const RunResult bad = GatewayProcess::run({QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                                                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                   QStringLiteral("--tls-cert"), files.certificatePath,
                                                   QStringLiteral("--tls-key"), files.certificatePath});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("private key"), bad.err.constData());
    }

    // Runs inside the test keyring (scripts/with-test-keyring.sh): the data key goes to the
    // Secret Service, never to a file.
    void dataKeyLivesInTheKeychain()
    {
        QTemporaryDir dir;
        GatewayProcess gateway(dir.path());
        gateway.environment().insert(QStringLiteral("WAG_KEYCHAIN"), QStringLiteral("auto"));
        QVERIFY2(gateway.start(), gateway.standardError().constData());
        QCOMPARE(gateway.terminate(SIGTERM), 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("data.key"))));
        QFile source(dir.filePath(QStringLiteral("data-key.source")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(source.readLine().trimmed(), QByteArray("keychain"));
    }

    void dataKeyFallsBackToAPrivateFile()
    {
        QTemporaryDir dir;
        GatewayProcess gateway(dir.path()); // WAG_KEYCHAIN=off
        QVERIFY(gateway.start());
        QCOMPARE(gateway.terminate(SIGTERM), 0);
        QFile key(dir.filePath(QStringLiteral("data.key")));
        QVERIFY(key.exists());
        QCOMPARE(key.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(gateway.standardError().contains("data.key"));
    }
};

QTEST_GUILESS_MAIN(TestGatewayServer)
#include "test_gateway_server.moc"
