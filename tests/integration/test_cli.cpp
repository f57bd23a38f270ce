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
                                    "import-suppressions", "export-suppressions", "list-users",
                                    "disable-user", "enable-user", "remove-user", "reset-password"})
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

    // The user commands call UserService: its rules (the last admin, password length) hold.
    void userCommands()
    {
        QTemporaryDir dir;
        auto admin = [&](QStringList arguments, const QByteArray &input = {}) {
            return GatewayProcess::run(withDataDir(dir.path(), QStringList{QStringLiteral("admin")} + arguments), input);
        };
        const QByteArray password = "correct horse battery\n";
        QCOMPARE(admin({QStringLiteral("create-user"), QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("admin")}, password).exitCode, 0);
        QCOMPARE(admin({QStringLiteral("create-user"), QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("operator")}, password).exitCode, 0);

        RunResult list = admin({QStringLiteral("list-users")});
        QCOMPARE(list.exitCode, 0);
        QStringList lines = QString::fromUtf8(list.out).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QStringList alice = lines[0].split(QLatin1Char('\t'));
        QCOMPARE(alice.size(), 4);
        QCOMPARE(alice[0], QStringLiteral("alice"));
        QCOMPARE(alice[1], QStringLiteral("admin"));
        QVERIFY(QDateTime::fromString(alice[2], Qt::ISODate).isValid());
        QCOMPARE(alice[3], QStringLiteral("enabled"));
        QVERIFY(lines[1].startsWith(QStringLiteral("bob\toperator\t")));
        QVERIFY(!list.out.contains("argon2")); // no hashes

        // The last enabled admin stays: one line on stderr, status 1, nothing changed.
        for (const QString &command : {QStringLiteral("disable-user"), QStringLiteral("remove-user")}) {
            const RunResult refused = admin({command, QStringLiteral("alice")});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY(isOneLine(refused.err));
            QVERIFY2(refused.err.contains("last enabled admin"), refused.err.constData());
        }
        QVERIFY(admin({QStringLiteral("list-users")}).out.contains("alice\tadmin\t"));

        const RunResult disabled = admin({QStringLiteral("disable-user"), QStringLiteral("BOB")});
        QCOMPARE(disabled.exitCode, 0);
        QCOMPARE(disabled.out, QByteArray("disabled bob\n"));
        list = admin({QStringLiteral("list-users")});
        QVERIFY2(QRegularExpression(QStringLiteral("\nbob\toperator\t[^\t]+\tdisabled \\d{4}-")).match(QString::fromUtf8(list.out)).hasMatch(),
                 list.out.constData());
        QCOMPARE(admin({QStringLiteral("enable-user"), QStringLiteral("bob")}).exitCode, 0);
        QVERIFY(admin({QStringLiteral("list-users")}).out.contains("bob\toperator\t"));
        QVERIFY(admin({QStringLiteral("list-users")}).out.endsWith("\tenabled\n"));

        const RunResult weak = admin({QStringLiteral("reset-password"), QStringLiteral("bob")}, "short\n");
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(isOneLine(weak.err));
        QCOMPARE(admin({QStringLiteral("reset-password"), QStringLiteral("bob")}, "a brand new password\n").out,
                 QByteArray("new password for bob\n"));
        QCOMPARE(admin({QStringLiteral("reset-password"), QStringLiteral("nobody")}, "a brand new password\n").exitCode, 1);

        QCOMPARE(admin({QStringLiteral("remove-user"), QStringLiteral("bob")}).exitCode, 0);
        QCOMPARE(admin({QStringLiteral("remove-user"), QStringLiteral("bob")}).exitCode, 1);
        QCOMPARE(admin({QStringLiteral("remove-user")}).exitCode, 2);
        lines = QString::fromUtf8(admin({QStringLiteral("list-users")}).out).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines[0].startsWith(QStringLiteral("alice\t")));
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

    void webhookCommands()
    {
        QTemporaryDir dir;
        auto admin = [&](QStringList arguments, QStringList before = {}) {
            return GatewayProcess::run(withDataDir(dir.path(), before + QStringList{QStringLiteral("admin")} + arguments));
        };
        auto failsWithOneLine = [&](QStringList arguments, int status) {
            const RunResult r = admin(arguments);
            if (r.exitCode != status || !isOneLine(r.err) || !r.out.isEmpty()) {
                qWarning() << arguments << r.exitCode << r.err;
                return false;
            }
            return true;
        };
        const RunResult help = GatewayProcess::run({QStringLiteral("admin"), QStringLiteral("--help")});
        for (const char *command : {"add-webhook", "list-webhooks", "remove-webhook", "rotate-webhook-secret",
                                    "redeliver", "enable-webhook", "disable-webhook", "send-test-webhook",
                                    "tab-separated", "message.received"})
            QVERIFY2(help.out.contains(command), command);

        QCOMPARE(admin({QStringLiteral("create-instance"), QStringLiteral("front-desk")}).exitCode, 0);
        const QString url = QStringLiteral("https://crm.example.com/hooks/wa");
        const RunResult added = admin({QStringLiteral("add-webhook"), QStringLiteral("front-desk"), url,
                                       QStringLiteral("--events"), QStringLiteral("message.received,message.sent")});
        QCOMPARE(added.exitCode, 0);
        const QRegularExpressionMatch line = QRegularExpression(
            QStringLiteral("^(whd_[0-9A-Za-z]{20})\\t(whsec_[A-Za-z0-9+/]{43}=)\\n$")).match(QString::fromUtf8(added.out));
        QVERIFY2(line.hasMatch(), added.out.constData());
        const QString id = line.captured(1);
        const QString secret = line.captured(2);

        const RunResult listed = admin({QStringLiteral("list-webhooks")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out, QStringLiteral("%1\tfront-desk\t%2\tmessage.received,message.sent\tenabled\t0\n").arg(id, url).toUtf8());
        QCOMPARE(admin({QStringLiteral("list-webhooks"), QStringLiteral("front-desk")}).out, listed.out);
        QVERIFY(!listed.out.contains(secret.toUtf8()));

        // Stored sealed: the raw column never holds the secret.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("webhooks"));
            db.setDatabaseName(dir.filePath(QStringLiteral("gateway.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT secret_ciphertext, url FROM webhook_destinations")));
            QVERIFY(q.next());
            QVERIFY(!q.value(0).toByteArray().isEmpty());
            QVERIFY(!q.value(0).toByteArray().contains(secret.mid(6).toLatin1()));
            QCOMPARE(q.value(1).toString(), url);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("webhooks"));

        // A secret of one's own is taken as given; the recommended events by default.
        const QString given = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        const RunResult own = admin({QStringLiteral("add-webhook"), QStringLiteral("front-desk"),
                                     QStringLiteral("https://erp.example.com/in"), QStringLiteral("--secret"), given});
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(own.out.endsWith(QStringLiteral("\t%1\n").arg(given).toUtf8()), own.out.constData());
        const QString ownId = QString::fromUtf8(own.out).section(QLatin1Char('\t'), 0, 0);
        QVERIFY(admin({QStringLiteral("list-webhooks")}).out.contains(
            "\tmessage.received,message.sent,message.failed,recipient.opted_out\tenabled\t0\n"));

        // Refused input: one line on stderr, nothing on stdout, nothing added.
        QVERIFY(failsWithOneLine({QStringLiteral("add-webhook"), QStringLiteral("front-desk"), url, QStringLiteral("--events"), QStringLiteral("message.recieved")}, 1));
        QVERIFY(failsWithOneLine({QStringLiteral("add-webhook"), QStringLiteral("front-desk"), QStringLiteral("ftp://crm.example.com/x")}, 1));
        QVERIFY(failsWithOneLine({QStringLiteral("add-webhook"), QStringLiteral("front-desk"), QStringLiteral("http://127.0.0.1:5678/hook")}, 1));
        QVERIFY(failsWithOneLine({QStringLiteral("add-webhook"), QStringLiteral("front-desk"), url, QStringLiteral("--secret"), QStringLiteral("hunter2")}, 1));
        QVERIFY(failsWithOneLine({QStringLiteral("add-webhook"), QStringLiteral("nowhere"), url}, 1));
        QVERIFY(failsWithOneLine({QStringLiteral("add-webhook"), QStringLiteral("front-desk")}, 2));
        QVERIFY(failsWithOneLine({QStringLiteral("add-webhook"), QStringLiteral("front-desk"), url, QStringLiteral("--colour"), QStringLiteral("red")}, 2));
        QVERIFY(failsWithOneLine({QStringLiteral("list-webhooks"), QStringLiteral("nowhere")}, 1));
        QVERIFY(failsWithOneLine({QStringLiteral("list-webhooks"), QStringLiteral("a"), QStringLiteral("b")}, 2));
        QCOMPARE(QString::fromUtf8(admin({QStringLiteral("list-webhooks")}).out).count(QLatin1Char('\n')), 2);
        // Loopback only with the option (given before "admin", like every setting).
        const RunResult loopback = admin({QStringLiteral("add-webhook"), QStringLiteral("front-desk"), QStringLiteral("http://127.0.0.1:5678/hook")},
                                         {QStringLiteral("--allow-loopback-webhooks")});
        QCOMPARE(loopback.exitCode, 0);
        const QString loopbackId = QString::fromUtf8(loopback.out).section(QLatin1Char('\t'), 0, 0);

        // Rotation prints the new secret, and only that.
        const RunResult rotated = admin({QStringLiteral("rotate-webhook-secret"), id});
        QCOMPARE(rotated.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^whsec_[A-Za-z0-9+/]{43}=\\n$")).match(QString::fromUtf8(rotated.out)).hasMatch(),
                 rotated.out.constData());
        QVERIFY(rotated.out.trimmed() != secret.toUtf8());
        QVERIFY(failsWithOneLine({QStringLiteral("rotate-webhook-secret"), QStringLiteral("whd_nothere")}, 1));
        QVERIFY(failsWithOneLine({QStringLiteral("rotate-webhook-secret")}, 2));

        // A test event waits as a pending delivery of that destination only.
        const RunResult test = admin({QStringLiteral("send-test-webhook"), id});
        QCOMPARE(test.exitCode, 0);
        QVERIFY2(test.out.startsWith("evt_"), test.out.constData());
        const QString eventId = QString::fromUtf8(test.out).trimmed();
        QVERIFY(admin({QStringLiteral("list-webhooks")}).out.contains(QStringLiteral("%1\tfront-desk\t%2\tmessage.received,message.sent\tenabled\t1\n").arg(id, url).toUtf8()));

        // Redeliver: one event, or a range.
        const RunResult again = admin({QStringLiteral("redeliver"), eventId});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QByteArray("queued 1 delivery\n"));
        QVERIFY(failsWithOneLine({QStringLiteral("redeliver"), QStringLiteral("evt_nothere")}, 1));
        QVERIFY(failsWithOneLine({QStringLiteral("redeliver")}, 2));
        QVERIFY(failsWithOneLine({QStringLiteral("redeliver"), eventId, QStringLiteral("--instance"), QStringLiteral("front-desk")}, 2));
        QVERIFY(failsWithOneLine({QStringLiteral("redeliver"), QStringLiteral("--instance"), QStringLiteral("front-desk"), QStringLiteral("--from"), QStringLiteral("2026-01-01")}, 2));
        QVERIFY(failsWithOneLine({QStringLiteral("redeliver"), QStringLiteral("--instance"), QStringLiteral("front-desk"), QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--to"), QStringLiteral("2026-01-01")}, 2));
        QVERIFY(failsWithOneLine({QStringLiteral("redeliver"), QStringLiteral("--instance"), QStringLiteral("front-desk"), QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"), QStringLiteral("2026-01-01")}, 1));
        QVERIFY(failsWithOneLine({QStringLiteral("redeliver"), QStringLiteral("--instance"), QStringLiteral("nowhere"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-02-01")}, 1));
        const RunResult range = admin({QStringLiteral("redeliver"), QStringLiteral("--instance"), QStringLiteral("front-desk"),
                                       QStringLiteral("--from"), QStringLiteral("2000-01-01T00:00:00Z"),
                                       QStringLiteral("--to"), QStringLiteral("2100-01-01T00:00:00+02:00")});
        QCOMPARE(range.exitCode, 0);
        QCOMPARE(range.out, QByteArray("queued 1 delivery\n")); // the test event, to its one destination

        // Disable, enable, remove.
        QCOMPARE(admin({QStringLiteral("disable-webhook"), id}).exitCode, 0);
        QVERIFY(admin({QStringLiteral("list-webhooks")}).out.contains("\tdisabled(manual)\t1\n"));
        QVERIFY(failsWithOneLine({QStringLiteral("send-test-webhook"), id}, 1));
        QCOMPARE(admin({QStringLiteral("enable-webhook"), id}).exitCode, 0);
        QVERIFY(!admin({QStringLiteral("list-webhooks")}).out.contains("disabled"));
        for (const QString &destination : {id, ownId, loopbackId}) {
            const RunResult removed = admin({QStringLiteral("remove-webhook"), destination});
            QCOMPARE(removed.exitCode, 0);
            QCOMPARE(removed.out, QStringLiteral("removed %1\n").arg(destination).toUtf8());
        }
        QVERIFY(failsWithOneLine({QStringLiteral("remove-webhook"), id}, 1));
        QVERIFY(failsWithOneLine({QStringLiteral("enable-webhook"), id}, 1));
        const RunResult empty = admin({QStringLiteral("list-webhooks")});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
