// The 3CX admin commands against the real binary: add-3cx-integration prints the id and
// the secret once, list-3cx-integrations and set-3cx show and change the settings (bad
// input refused with the usage status and nothing changed), and while the gateway runs,
// the webhook accepts the printed secret, refuses it after rotate-3cx-secret and accepts
// the new one, and refuses everything after remove-3cx-integration.
#include "fakes/fake_3cx_pbx.h"
#include "support/database_peek.h"
#include "support/gateway_process.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace wag::test;

class TestThreecxAdmin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    RunResult admin(const QStringList &arguments)
    {
        return GatewayProcess::run(QStringList{QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("admin")} + arguments);
    }

    QString listed()
    {
        const RunResult list = admin({QStringLiteral("list-3cx-integrations")});
        return list.exitCode == 0 ? QString::fromUtf8(list.out) : QStringLiteral("<failed>");
    }

private slots:
    void lifecycle()
    {
        QCOMPARE(admin({QStringLiteral("create-instance"), QStringLiteral("front-desk")}).exitCode, 0);
        // --instance is required, and must name an instance.
        QCOMPARE(admin({QStringLiteral("add-3cx-integration"), QStringLiteral("pbx")}).exitCode, 2);
        QCOMPARE(admin({QStringLiteral("add-3cx-integration"), QStringLiteral("pbx"), QStringLiteral("--instance"),
                        QStringLiteral("nope")}).exitCode, 1);
        QCOMPARE(listed(), QString());

        const RunResult added = admin({QStringLiteral("add-3cx-integration"), QStringLiteral("pbx"),
                                       QStringLiteral("--instance"), QStringLiteral("front-desk")});
        QCOMPARE(added.exitCode, 0);
        const QStringList fields = QString::fromUtf8(added.out).trimmed().split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 2);
        const QString id = fields[0];
        const QString secret = fields[1];
        QVERIFY(QRegularExpression(QStringLiteral("^tcx_[0-9A-Za-z]{20}$")).match(id).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^tcxsec_[0-9A-Za-z]{43}$")).match(secret).hasMatch());
        // Shown once: neither the list nor the database holds it readable.
        QVERIFY(!listed().contains(secret));
        QVERIFY(listed().startsWith(id + QStringLiteral("\tpbx\tenabled\tfront-desk\thmac=off\tips=any\toutbound=on\t"
                                                         "call_events=on\tstrict_window=on\ttemplates=none")));
        const QString dbPath = m_dir.filePath(QStringLiteral("gateway.db"));
        QVERIFY(!peekValue(dbPath, QStringLiteral("SELECT secret_ciphertext FROM threecx_integrations"))
                     .toByteArray().contains(secret.toUtf8()));
        QCOMPARE(admin({QStringLiteral("add-3cx-integration"), QStringLiteral("pbx"), QStringLiteral("--instance"),
                        QStringLiteral("front-desk")}).exitCode, 1); // the name is taken

        // set-3cx: bad input changes nothing.
        const QString before = listed();
        QCOMPARE(admin({QStringLiteral("set-3cx"), id, QStringLiteral("--allowed-ips"), QStringLiteral("10/8")}).exitCode, 1);
        QCOMPARE(admin({QStringLiteral("set-3cx"), id, QStringLiteral("--hmac-required"), QStringLiteral("maybe")}).exitCode, 2);
        QCOMPARE(admin({QStringLiteral("set-3cx"), id, QStringLiteral("--enable"), QStringLiteral("--disable")}).exitCode, 2);
        QCOMPARE(admin({QStringLiteral("set-3cx"), id, QStringLiteral("--template"), QStringLiteral("missed_call")}).exitCode, 2);
        QCOMPARE(admin({QStringLiteral("set-3cx"), id, QStringLiteral("--template"), QStringLiteral("call_started"),
                        QStringLiteral("hi")}).exitCode, 1);
        QCOMPARE(admin({QStringLiteral("set-3cx"), QStringLiteral("tcx_nope")}).exitCode, 1);
        QCOMPARE(listed(), before);

        const RunResult set = admin({QStringLiteral("set-3cx"), id, QStringLiteral("--hmac-required"), QStringLiteral("on"),
                                     QStringLiteral("--allowed-ips"), QStringLiteral("127.0.0.1,10.0.0.0/8"),
                                     QStringLiteral("--template"), QStringLiteral("missed_call"),
                                     QStringLiteral("Sorry we missed you - {{business_name}}"),
                                     QStringLiteral("--business-name"), QStringLiteral("Acme"),
                                     QStringLiteral("--strict-window"), QStringLiteral("off"),
                                     QStringLiteral("--call-events"), QStringLiteral("on"),
                                     QStringLiteral("--outbound"), QStringLiteral("off")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(QString::fromUtf8(set.out).trimmed(),
                 id + QStringLiteral("\tpbx\tenabled\tfront-desk\thmac=on\tips=127.0.0.1,10.0.0.0/8\toutbound=off\t"
                                     "call_events=on\tstrict_window=off\ttemplates=missed_call"));
        QCOMPARE(peekValue(dbPath, QStringLiteral("SELECT body FROM threecx_templates WHERE event_type = 'missed_call'")).toString(),
                 QStringLiteral("Sorry we missed you - {{business_name}}"));
        QCOMPARE(admin({QStringLiteral("set-3cx"), id, QStringLiteral("--template-off"), QStringLiteral("missed_call"),
                        QStringLiteral("--hmac-required"), QStringLiteral("off"), QStringLiteral("--disable")}).exitCode, 0);
        QVERIFY(listed().contains(QStringLiteral("\tdisabled\t")));
        QVERIFY(listed().contains(QStringLiteral("templates=none")));
        QCOMPARE(admin({QStringLiteral("set-3cx"), id, QStringLiteral("--enable"), QStringLiteral("--allowed-ips"),
                        QString()}).exitCode, 0);
        QVERIFY(listed().contains(QStringLiteral("\tenabled\t")));
        QVERIFY(listed().contains(QStringLiteral("ips=any")));

        // The running gateway takes what the commands wrote.
        GatewayProcess gateway(m_dir.path());
        QVERIFY2(gateway.start(), gateway.standardError().constData());
        const QJsonObject test{{QStringLiteral("event_type"), QStringLiteral("test")}};
        Fake3cxPbx pbx(gateway.port(), id, secret);
        ParsedResponse r = pbx.post(test);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("action")).toString(), QStringLiteral("logged"));

        const RunResult rotated = admin({QStringLiteral("rotate-3cx-secret"), id});
        QCOMPARE(rotated.exitCode, 0);
        const QString newSecret = QString::fromUtf8(rotated.out).trimmed();
        QVERIFY(newSecret.startsWith(QStringLiteral("tcxsec_")) && newSecret != secret);
        QCOMPARE(pbx.post(test).status, 401);
        // The event log: the logged test first (newest first), the refusal with its reason.
        const RunResult events = admin({QStringLiteral("list-3cx-events"), id});
        QCOMPARE(events.exitCode, 0);
        const QStringList lines = QString::fromUtf8(events.out).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(QStringLiteral("\t-\t-\trefused\t401\tinvalid_3cx_webhook\twrong or missing")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].contains(QStringLiteral("\ttest\t-\tlogged\t200\t-\t-\t-")), qPrintable(lines[1]));
        QCOMPARE(admin({QStringLiteral("list-3cx-events"), id, QStringLiteral("--limit"), QStringLiteral("0")}).exitCode, 2);
        QCOMPARE(admin({QStringLiteral("list-3cx-events"), QStringLiteral("tcx_nope")}).exitCode, 1);
        pbx.setSecret(newSecret);
        pbx.setSigning(true); // 3CX may sign; the real clock of both sides is used here
        QCOMPARE(pbx.post(test).status, 200);

        QCOMPARE(admin({QStringLiteral("remove-3cx-integration"), id}).exitCode, 0);
        QCOMPARE(pbx.post(test).status, 401);
        QCOMPARE(listed(), QString());
        QCOMPARE(peekValue(dbPath, QStringLiteral("SELECT COUNT(*) FROM threecx_events")).toInt(), 0);
        QCOMPARE(admin({QStringLiteral("remove-3cx-integration"), id}).exitCode, 1);
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }
};

QTEST_GUILESS_MAIN(TestThreecxAdmin)
#include "test_threecx_admin.moc"
