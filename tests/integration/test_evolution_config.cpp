// The Evolution provider configured from the real binary's command line: missing or bad
// values are one clear line and a non-zero exit; given once, the URL is stored in the
// settings table and the key sealed in the secrets table (never in clear), and a later
// start without the flags uses them; a wrong URL or key is a clear log line, never a hang.
#include "core/random.h"
#include "providers/evolution/evolution_secrets.h"
#include "settings/settings_registry.h"
#include "storage/database.h"
#include "storage/secret_store.h"
#include "storage/settings_store.h"
#include "support/gateway_process.h"
#include "support/raw_http.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace wag;
using namespace wag::test;

namespace {

// JSON written with single quotes (readable in C++ strings, and moc's parser does not
// handle raw string literals): ' becomes ".
QByteArray J(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QByteArray kKey = "evo-key-6a1f93c0d2";

QStringList withDataDir(const QString &dir, QStringList arguments)
{
    return QStringList{QStringLiteral("--data-dir"), dir, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--headless")}
        + arguments;
}

// A port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString url(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

} // namespace

class TestEvolutionConfig : public QObject
{
    Q_OBJECT

private slots:
    void missingUrlOrKeyIsOneClearLine()
    {
        QTemporaryDir dir;
        RunResult r = GatewayProcess::run(withDataDir(dir.path(), {QStringLiteral("--provider"), QStringLiteral("evolution")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--provider-url"), r.err.constData());
        QCOMPARE(r.err.count("error:"), 1); // one line (the rest is the usual start-up log)

        r = GatewayProcess::run(withDataDir(dir.path(), {QStringLiteral("--provider"), QStringLiteral("evolution"),
                                                         QStringLiteral("--provider-url"), url(closedPort())}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--provider-key"), r.err.constData());
    }

    void badValuesAreUsageErrors()
    {
        QTemporaryDir dir;
        RunResult r = GatewayProcess::run(withDataDir(dir.path(), {QStringLiteral("--provider"), QStringLiteral("waha")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("provider"));
        r = GatewayProcess::run(withDataDir(dir.path(), {QStringLiteral("--provider-url"), QStringLiteral("127.0.0.1:8080")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--provider-url"), r.err.constData());
    }

    void helpListsTheProviderOptions()
    {
        const RunResult r = GatewayProcess::run({QStringLiteral("--help")});
        for (const char *option : {"--provider ", "--provider-url", "--provider-key"})
            QVERIFY2(r.out.contains(option), option);
    }

    void givenOnceStoredAndSealedThenUnreachableIsClear()
    {
        QTemporaryDir dir;
        const quint16 port = closedPort();
        {
            GatewayProcess gateway(dir.path());
            QVERIFY2(gateway.start({QStringLiteral("--provider"), QStringLiteral("evolution"), QStringLiteral("--provider-url"),
                                    url(port), QStringLiteral("--provider-key"), QString::fromLatin1(kKey)}),
                     gateway.standardError().constData());
            QTRY_VERIFY_WITH_TIMEOUT(gateway.standardError().contains("cannot reach the provider"), 15000);
            // Never a hang: the front door answers while the provider does not.
            QCOMPARE(request(gateway.port(), "GET", "/").status, 200);
            QCOMPARE(gateway.terminate(SIGTERM), 0);
            QVERIFY(!gateway.standardError().contains(kKey));
        }
        {
            QString error;
            std::unique_ptr<Database> db = Database::open(dir.filePath(QStringLiteral("gateway.db")), &error);
            QVERIFY2(db, qPrintable(error));
            const QMap<QString, QString> stored = SettingsStore(*db).all();
            QCOMPARE(stored.value(settings::kProvider), QStringLiteral("evolution"));
            QCOMPARE(stored.value(settings::kProviderUrl), url(port));
            QVERIFY(!stored.contains(settings::kProviderKey));
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}$")).match(stored.value(settings::kEvolutionGatewayTag)).hasMatch());
            for (const QString &value : stored)
                QVERIFY(!value.toUtf8().contains(kKey));
            const std::optional<SecretRecord> sealed = SecretStore(*db).get(evolution::kApiKeySecretName);
            QVERIFY(sealed);
            QVERIFY(!sealed->ciphertext.contains(kKey));
        }
        // An admin command now creates instances on the stored provider.
        const auto admin = [&](const QStringList &arguments) {
            return GatewayProcess::run(QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("admin")} + arguments);
        };
        QCOMPARE(admin({QStringLiteral("create-instance"), QStringLiteral("back-office")}).exitCode, 0);
        const QByteArray listed = admin({QStringLiteral("list-instances")}).out;
        QVERIFY2(listed.contains("\tback-office\tevolution\t"), listed.constData());
        // Started again without the flags: the stored provider, URL and key are used.
        GatewayProcess again(dir.path());
        QVERIFY2(again.start(), again.standardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(again.standardError().contains(QByteArray("provider: Evolution API at " + url(port).toUtf8())), 10000);
        QCOMPARE(again.terminate(SIGTERM), 0);
    }

    void aWrongKeyIsClear()
    {
        // Anything answering 401, like Evolution's auth guard does for a wrong key.
        QTcpServer guard;
        QVERIFY(guard.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&guard, &QTcpServer::newConnection, &guard, [&guard] {
            while (QTcpSocket *socket = guard.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    const QByteArray body = J("{'status':401,'error':'Unauthorized','response':{'message':'Unauthorized'}}");
                    socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
            }
        });
        QTemporaryDir dir;
        const RunResult created = GatewayProcess::run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("admin"),
                                                       QStringLiteral("create-instance"), QStringLiteral("front-desk")});
        QCOMPARE(created.exitCode, 0);
        GatewayProcess gateway(dir.path());
        QVERIFY2(gateway.start({QStringLiteral("--provider"), QStringLiteral("evolution"), QStringLiteral("--provider-url"),
                                url(guard.serverPort()), QStringLiteral("--provider-key"), QStringLiteral("wrong")}),
                 gateway.standardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(gateway.standardError().contains("refused the API key"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(gateway.standardError().contains("provider_auth_failed"), 5000);
        QCOMPARE(gateway.standardError().count("refused the API key"), 1); // one line, not one per call
        QCOMPARE(request(gateway.port(), "GET", "/").status, 200);
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }
};

QTEST_GUILESS_MAIN(TestEvolutionConfig)
#include "test_evolution_config.moc"
