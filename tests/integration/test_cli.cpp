// The real binary's command line: help, version, usage errors (exit 2), runtime errors
// (exit 1), signals (exit 0) and the admin commands, also against a running gateway.
#include "support/gateway_process.h"
#include "support/raw_http.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace wag::test;

namespace {

QStringList withDataDir(const QString &dir, QStringList arguments)
{
    return QStringList{QStringLiteral("--data-dir"), dir} + arguments;
}

// stderr must be exactly one line: no stack traces, no chatter.
bool isOneLine(const QByteArray &text)
{
    return text.endsWith('\n') && text.count('\n') == 1;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        const RunResult r = GatewayProcess::run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QRegularExpression(QStringLiteral("^whatsapp-gateway \\d+\\.\\d+\\.\\d+\\n$"))
                    .match(QString::fromUtf8(r.out))
                    .hasMatch());
    }

    void helpListsEveryOption()
    {
        const RunResult r = GatewayProcess::run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--headless", "--data-dir", "--listen", "--public-url", "--tls-cert",
                                   "--tls-key", "--log-level", "--version", "--help", "admin",
                                   "WAG_LISTEN", "not affiliated"})
            QVERIFY2(r.out.contains(option), option);
    }

    void adminHelpListsEveryCommand()
    {
        const RunResult r = GatewayProcess::run({QStringLiteral("admin"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"create-user", "create-api-key", "list-api-keys", "revoke-api-key",
                                    "create-instance", "list-instances", "backup", "set-limits",
                                    "pause-instance", "resume-instance", "suppress", "unsuppress",
                                    "import-suppressions", "export-suppressions"})
            QVERIFY2(r.out.contains(command), command);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QByteArray("bogus");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--listen")} << QByteArray("listen");
        QTest::newRow("bad log level") << QStringList{QStringLiteral("--log-level"), QStringLiteral("loud")} << QByteArray("log_level");
        QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")} << QByteArray("nowhere");
        QTest::newRow("bad port") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999")} << QByteArray("port");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("frobnicate");
        QTest::newRow("unknown admin command") << QStringList{QStringLiteral("admin"), QStringLiteral("explode")} << QByteArray("explode");
        QTest::newRow("admin missing argument") << QStringList{QStringLiteral("admin"), QStringLiteral("create-instance")} << QByteArray("create-instance NAME");
        QTest::newRow("admin unknown option") << QStringList{QStringLiteral("admin"), QStringLiteral("list-instances"), QStringLiteral("--wat")} << QByteArray("wat");
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        QTemporaryDir dir;
        const RunResult r = GatewayProcess::run(withDataDir(dir.path(), arguments));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneLine(r.err), r.err.constData());
        QVERIFY2(r.err.contains(mentions), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void environmentVariablesAreReadAndValidated()
    {
        QTemporaryDir dir;
        QProcessEnvironment environment = GatewayProcess::defaultEnvironment();
        environment.insert(QStringLiteral("WAG_LOG_LEVEL"), QStringLiteral("shouty"));
        const RunResult r = GatewayProcess::run(withDataDir(dir.path(), {QStringLiteral("admin"), QStringLiteral("list-instances")}), {}, environment);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("WAG_LOG_LEVEL"));

        // The command line wins over the environment.
        GatewayProcess gateway(dir.path());
        gateway.environment().insert(QStringLiteral("WAG_LISTEN"), QStringLiteral("127.0.0.1:1"));
        QVERIFY2(gateway.start(), gateway.standardError().constData()); // passes --listen 127.0.0.1:0
        QVERIFY(gateway.port() != 1);
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }

    void portInUseExitsOne()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        const RunResult r = GatewayProcess::run(withDataDir(dir.path(), {QStringLiteral("--headless"), QStringLiteral("--listen"),
                                                                         QStringLiteral("127.0.0.1:%1").arg(occupier.serverPort())}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot listen on 127.0.0.1:"), r.err.constData());
        QVERIFY(r.err.contains("error:"));
        QVERIFY(!r.err.contains("Segmentation"));
    }

    void unusableDataDirExitsOne()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString dataDir = blocker.fileName() + QStringLiteral("/data");
        const RunResult serve = GatewayProcess::run({QStringLiteral("--headless"), QStringLiteral("--data-dir"), dataDir,
                                                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(serve.exitCode, 1);
        QVERIFY2(isOneLine(serve.err), serve.err.constData());
        QVERIFY(serve.err.contains(dataDir.toUtf8()));

        const RunResult admin = GatewayProcess::run({QStringLiteral("--data-dir"), dataDir, QStringLiteral("admin"), QStringLiteral("list-instances")});
        QCOMPARE(admin.exitCode, 1);
        QVERIFY(admin.err.contains("error:"));
    }

    void databaseFromNewerVersionExitsOne()
    {
        QTemporaryDir dir;
        QCOMPARE(GatewayProcess::run(withDataDir(dir.path(), {QStringLiteral("admin"), QStringLiteral("list-instances")})).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(dir.filePath(QStringLiteral("gateway.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations(version, description, applied_at) VALUES (999, 'future', 0)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const RunResult r = GatewayProcess::run(withDataDir(dir.path(), {QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("newer"), r.err.constData());
    }

    void signalsShutDownCleanly_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void signalsShutDownCleanly()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir dir;
        GatewayProcess gateway(dir.path());
        QVERIFY2(gateway.start(), gateway.standardError().constData());
        QCOMPARE(request(gateway.port(), "GET", "/").status, 200);
        QCOMPARE(gateway.terminate(signalNumber), 0);
        QVERIFY(gateway.standardError().contains("stopped"));
        // The lock is released: the data dir can be served again at once.
        GatewayProcess again(dir.path());
        QVERIFY2(again.start(), again.standardError().constData());
        QCOMPARE(again.terminate(SIGTERM), 0);
    }

    void secondGatewayOnSameDataDirIsRefused()
    {
        QTemporaryDir dir;
        GatewayProcess first(dir.path());
        QVERIFY(first.start());
        const RunResult second = GatewayProcess::run(withDataDir(dir.path(), {QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}));
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("already running"), second.err.constData());
        QCOMPARE(first.terminate(SIGTERM), 0);
    }

    void adminCommandsWhileTheGatewayRuns()
    {
        QTemporaryDir dir;
        GatewayProcess gateway(dir.path());
        QVERIFY(gateway.start());
        auto admin = [&](QStringList arguments, const QByteArray &input = {}) {
            return GatewayProcess::run(withDataDir(dir.path(), QStringList{QStringLiteral("admin")} + arguments), input);
        };

        const RunResult instance = admin({QStringLiteral("create-instance"), QStringLiteral("front-desk")});
        QCOMPARE(instance.exitCode, 0);
        const QString id = QString::fromUtf8(instance.out).trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^inst_[0-9A-Za-z]{20}$")).match(id).hasMatch(), qPrintable(id));
        QCOMPARE(admin({QStringLiteral("create-instance"), QStringLiteral("front-desk")}).exitCode, 1);
        QCOMPARE(admin({QStringLiteral("create-instance"), QStringLiteral("Bad Name")}).exitCode, 1);

        const RunResult list = admin({QStringLiteral("list-instances")});
        QCOMPARE(list.exitCode, 0);
        // A new instance is stored connecting (SPEC §4); the running gateway shows its QR code.
        QCOMPARE(list.out, QStringLiteral("%1\tfront-desk\tsimulator\tconnecting\n").arg(id).toUtf8());

        // The key is the only thing on stdout.
        const RunResult key = admin({QStringLiteral("create-api-key"), QStringLiteral("crm"), QStringLiteral("--instance"), QStringLiteral("front-desk")});
        QCOMPARE(key.exitCode, 0);
        const QString plaintext = QString::fromUtf8(key.out);
        QVERIFY2(QRegularExpression(QStringLiteral("^wg_live_[0-9A-Za-z]{40}\\n$")).match(plaintext).hasMatch(), qPrintable(plaintext));
        QCOMPARE(admin({QStringLiteral("create-api-key"), QStringLiteral("crm"), QStringLiteral("--instance"), QStringLiteral("nope")}).exitCode, 1);

        const RunResult keys = admin({QStringLiteral("list-api-keys")});
        QCOMPARE(keys.exitCode, 0);
        const QStringList fields = QString::fromUtf8(keys.out).trimmed().split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 5);
        QVERIFY(plaintext.startsWith(fields[0]));
        QCOMPARE(fields[1], QStringLiteral("crm"));
        QCOMPARE(fields[2], id);
        QCOMPARE(fields[4], QStringLiteral("active"));
        QVERIFY(!keys.out.contains(plaintext.trimmed().toUtf8()));

        QCOMPARE(admin({QStringLiteral("revoke-api-key"), fields[0]}).exitCode, 0);
        QVERIFY(!admin({QStringLiteral("list-api-keys")}).out.contains("active"));
        QCOMPARE(admin({QStringLiteral("revoke-api-key"), QStringLiteral("wg_live_nothere")}).exitCode, 1);

        QCOMPARE(admin({QStringLiteral("create-user"), QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("admin")},
                       "correct horse battery\n").exitCode, 0);
        const RunResult weak = admin({QStringLiteral("create-user"), QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("operator")}, "short\n");
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(isOneLine(weak.err));
        QCOMPARE(admin({QStringLiteral("create-user"), QStringLiteral("carol"), QStringLiteral("--role"), QStringLiteral("boss")},
                       "correct horse battery\n").exitCode, 1);
        QCOMPARE(admin({QStringLiteral("create-user"), QStringLiteral("dave")}, "correct horse battery\n").exitCode, 2);

        // Online backup while the gateway holds the database open.
        const QString backup = dir.filePath(QStringLiteral("backup.db"));
        QCOMPARE(admin({QStringLiteral("backup"), backup}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            db.setDatabaseName(backup);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM instances")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("front-desk"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        QCOMPARE(request(gateway.port(), "GET", "/").status, 200);
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }

    void suppressionImportAndExport()
    {
        QTemporaryDir dir;
        auto admin = [&](QStringList arguments) {
            return GatewayProcess::run(withDataDir(dir.path(), QStringList{QStringLiteral("admin")} + arguments));
        };
        auto writeFile = [&](const QString &name, const QByteArray &content) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                return QString();
            return file.fileName();
        };
        // Export and count the data rows (the header not counted).
        auto exportedRows = [&](QByteArray *csv = nullptr) {
            const QString path = dir.filePath(QStringLiteral("export.csv"));
            const RunResult r = admin({QStringLiteral("export-suppressions"), path});
            const QRegularExpressionMatch said
                = QRegularExpression(QStringLiteral("^exported (\\d+) to (.*)\\n$")).match(QString::fromUtf8(r.out));
            if (r.exitCode != 0 || !said.hasMatch() || said.captured(2) != path)
                return -1;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return -1;
            const QByteArray content = file.readAll();
            if (csv)
                *csv = content;
            const int rows = int(content.count("\r\n")) - 1; // no note here spans lines
            return rows == said.captured(1).toInt() ? rows : -1;
        };

        const RunResult help = GatewayProcess::run({QStringLiteral("admin"), QStringLiteral("--help")});
        QVERIFY(help.out.contains("import-suppressions"));
        QVERIFY(help.out.contains("export-suppressions"));

        QVERIFY(admin({QStringLiteral("suppress"), QStringLiteral("+14155552671"), QStringLiteral("--note"), QStringLiteral("by phone")}).exitCode == 0);
        const QString good = writeFile(QStringLiteral("good.csv"),
                                       "\xEF\xBB\xBFphone,note\r\n+14155552671,again\r\n+14155552672,\"a, b\"\r\n"
                                       "+14155552673,=1+1\r\n");
        QVERIFY(!good.isEmpty());
        const RunResult imported = admin({QStringLiteral("import-suppressions"), good});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.out, QByteArray("imported 2, already suppressed 1\n"));
        QCOMPARE(exportedRows(), 3);

        // One bad line among good ones: every reject on stderr, exit 1, nothing changed.
        const QString bad = writeFile(QStringLiteral("bad.csv"),
                                      "phone,note\n+14155552674,fine\nnot-a-number,x\n+14155552675,\"open\n");
        const RunResult refused = admin({QStringLiteral("import-suppressions"), bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.isEmpty());
        const QList<QByteArray> lines = refused.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // two rejects and the summary
        QVERIFY2(lines.value(0).startsWith("line 3: not-a-number,x: invalid phone number"), lines.value(0).constData());
        QCOMPARE(lines.value(1), QByteArray("line 4: +14155552675,\"open...: unterminated quoted field"));
        QVERIFY2(lines.value(2).contains("nothing was imported"), lines.value(2).constData());
        QByteArray csv;
        QCOMPARE(exportedRows(&csv), 3);
        QVERIFY(!csv.contains("+14155552674"));
        QVERIFY(csv.startsWith("phone,reason,note,source,created_by,created_at\r\n"));
        QVERIFY(csv.contains("+14155552673,import,'=1+1,csv import,admin command,"));
        QVERIFY(csv.contains("+14155552671,manual,by phone,admin,admin command,"));

        // The exported file imports again as "all already there".
        const RunResult again = admin({QStringLiteral("import-suppressions"), dir.filePath(QStringLiteral("export.csv"))});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QByteArray("imported 0, already suppressed 3\n"));

        const RunResult missing = admin({QStringLiteral("import-suppressions"), dir.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(isOneLine(missing.err));
        QCOMPARE(admin({QStringLiteral("export-suppressions")}).exitCode, 2);
        QCOMPARE(admin({QStringLiteral("export-suppressions"), dir.filePath(QStringLiteral("no/dir/x.csv"))}).exitCode, 1);
        QCOMPARE(exportedRows(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
