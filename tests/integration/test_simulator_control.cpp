// The simulator-control routes of the real binary (SPEC §4.3): they exist only with
// --simulator-control (or WAG_SIMULATOR_CONTROL=1), link an instance created with the
// admin command, play inbound messages, receipts and calls, and answer errors in the
// SPEC's shape.
#include "support/gateway_process.h"
#include "support/raw_http.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace wag::test;

namespace {

QStringList withDataDir(const QString &dir, QStringList arguments)
{
    return QStringList{QStringLiteral("--data-dir"), dir} + arguments;
}

RunResult admin(const QString &dir, const QStringList &arguments)
{
    return GatewayProcess::run(withDataDir(dir, QStringList{QStringLiteral("admin")} + arguments));
}

// The instance's state as `admin list-instances` prints it.
QString listedState(const QString &dir, const QString &name)
{
    const RunResult r = admin(dir, {QStringLiteral("list-instances")});
    for (const QByteArray &line : r.out.split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() == 4 && fields.at(1) == name.toUtf8())
            return QString::fromUtf8(fields.at(3));
    }
    return {};
}

ParsedResponse post(quint16 port, const QByteArray &path, const QByteArray &body = {})
{
    return request(port, "POST", path, body, {{"Content-Type", "application/json"}});
}

QJsonObject json(const ParsedResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestSimulatorControl : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheFlag()
    {
        const RunResult r = GatewayProcess::run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--simulator-control"));
        QVERIFY(r.out.contains("WAG_SIMULATOR_CONTROL"));
        QVERIFY(!r.out.contains("--simulator-control <VALUE>"));
    }

    void routesDoNotExistWithoutTheFlag()
    {
        QTemporaryDir dir;
        QCOMPARE(admin(dir.path(), {QStringLiteral("create-instance"), QStringLiteral("front-desk")}).exitCode, 0);
        GatewayProcess gateway(dir.path());
        QVERIFY2(gateway.start(), gateway.standardError().constData());
        const ParsedResponse r = post(gateway.port(), "/simulator/instances/front-desk/scan");
        QCOMPARE(r.status, 404);
        QCOMPARE(json(r).value(QStringLiteral("success")).toBool(true), false);
        QCOMPARE(listedState(dir.path(), QStringLiteral("front-desk")), QStringLiteral("connecting"));
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }

    void scanLinksAndTheRoutesAct()
    {
        QTemporaryDir dir;
        const RunResult created = admin(dir.path(), {QStringLiteral("create-instance"), QStringLiteral("front-desk")});
        QCOMPARE(created.exitCode, 0);
        const QString id = QString::fromUtf8(created.out).trimmed();

        GatewayProcess gateway(dir.path());
        // The flag takes no value: an option right after it is still an option.
        QVERIFY2(gateway.start({QStringLiteral("--simulator-control"), QStringLiteral("--log-level"),
                                QStringLiteral("warning")}),
                 gateway.standardError().constData());
        const quint16 port = gateway.port();

        // Not linked yet: the phone cannot write.
        QCOMPARE(post(port, "/simulator/instances/front-desk/inbound",
                      R"({"from":"+966501234567","text":"hi"})")
                     .status,
                 409);

        // Scan by name: open, on the simulator's derived number.
        ParsedResponse r = post(port, "/simulator/instances/front-desk/scan");
        QCOMPARE(r.status, 200);
        QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(o.value(QStringLiteral("instance_id")).toString(), id);
        QVERIFY(QRegularExpression(QStringLiteral("^\\+1555[0-9]{7}$"))
                    .match(o.value(QStringLiteral("phone")).toString())
                    .hasMatch());
        QCOMPARE(listedState(dir.path(), QStringLiteral("front-desk")), QStringLiteral("open"));
        // Again, by id: still open.
        QCOMPARE(post(port, "/simulator/instances/" + id.toUtf8() + "/scan").status, 200);

        // Inbound: bad JSON, missing fields, a bad number, then a good one.
        r = post(port, "/simulator/instances/front-desk/inbound", "{not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(json(r).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_json"));
        QCOMPARE(post(port, "/simulator/instances/front-desk/inbound", "[1,2]").status, 400);
        QCOMPARE(post(port, "/simulator/instances/front-desk/inbound").status, 400);
        r = post(port, "/simulator/instances/front-desk/inbound", R"({"text":"hi"})");
        QCOMPARE(r.status, 422);
        o = json(r);
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("validation_error"));
        QCOMPARE(o.value(QStringLiteral("details")).toObject().value(QStringLiteral("fields")).toObject()
                     .value(QStringLiteral("from")).toString(),
                 QStringLiteral("required"));
        r = post(port, "/simulator/instances/front-desk/inbound", R"({"from":"12","text":""})");
        QCOMPARE(r.status, 422);
        const QJsonObject fields = json(r).value(QStringLiteral("details")).toObject()
                                       .value(QStringLiteral("fields")).toObject();
        QVERIFY(fields.contains(QStringLiteral("from")));
        QVERIFY(fields.contains(QStringLiteral("text")));
        r = post(port, "/simulator/instances/front-desk/inbound",
                 R"({"from":"966 50 123 4567","text":"Where is my order?","name":"Sara"})");
        QCOMPARE(r.status, 200);
        o = json(r);
        QVERIFY(o.value(QStringLiteral("message_id")).toString().startsWith(QStringLiteral("SIMIN")));
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("+966501234567"));

        // Unknown instance.
        r = post(port, "/simulator/instances/nobody/inbound", R"({"from":"+966501234567","text":"hi"})");
        QCOMPARE(r.status, 404);
        QCOMPARE(json(r).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_instance"));

        // Receipts for messages the simulator never sent.
        r = post(port, "/simulator/instances/front-desk/receipt",
                 R"({"message_id":"SIM0123456789ABCDEF","status":"read"})");
        QCOMPARE(r.status, 404);
        QCOMPARE(json(r).value(QStringLiteral("error")).toString(), QStringLiteral("unknown_message"));
        r = post(port, "/simulator/instances/front-desk/receipt", R"({"message_id":"SIM1","status":"opened"})");
        QCOMPARE(r.status, 422);
        QVERIFY(json(r).value(QStringLiteral("details")).toObject().value(QStringLiteral("fields"))
                    .toObject().contains(QStringLiteral("status")));

        // Calls.
        r = post(port, "/simulator/instances/front-desk/call", R"({"from":"+966501234567","status":"missed"})");
        QCOMPARE(r.status, 200);
        QVERIFY(json(r).value(QStringLiteral("call_id")).toString().startsWith(QStringLiteral("SIMCALL")));
        QCOMPARE(post(port, "/simulator/instances/front-desk/call", R"({"from":"+966501234567","status":"busy"})").status,
                 422);

        // The phone goes offline.
        r = post(port, "/simulator/instances/front-desk/disconnect");
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r).value(QStringLiteral("state")).toString(), QStringLiteral("close"));
        QCOMPARE(listedState(dir.path(), QStringLiteral("front-desk")), QStringLiteral("close"));
        r = post(port, "/simulator/instances/front-desk/call", R"({"from":"+966501234567","status":"offer"})");
        QCOMPARE(r.status, 409);
        QCOMPARE(json(r).value(QStringLiteral("error")).toString(), QStringLiteral("instance_not_connected"));
        QCOMPARE(post(port, "/simulator/instances/front-desk/disconnect").status, 409);

        // Only POST.
        QCOMPARE(request(port, "GET", "/simulator/instances/front-desk/scan").status, 405);

        // From this machine but naming another host: what a web page's request looks like
        // after DNS rebinding (its own name resolving to 127.0.0.1). No such route, and
        // nothing happens; named by a loopback name, the same request acts.
        const auto scanNaming = [port](const QByteArray &host) {
            RawClient client;
            if (!client.connectTo(port))
                return ParsedResponse{};
            client.send("POST /simulator/instances/front-desk/scan HTTP/1.1\r\nHost: " + host
                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            return client.readResponse();
        };
        QCOMPARE(scanNaming("evil.example:" + QByteArray::number(port)).status, 404);
        QCOMPARE(listedState(dir.path(), QStringLiteral("front-desk")), QStringLiteral("close"));

        // Scan links it again from close.
        QCOMPARE(scanNaming("localhost:" + QByteArray::number(port)).status, 200);
        QCOMPARE(listedState(dir.path(), QStringLiteral("front-desk")), QStringLiteral("open"));
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }

    void instanceCreatedWhileRunningStartsConnecting()
    {
        QTemporaryDir dir;
        GatewayProcess gateway(dir.path());
        QVERIFY2(gateway.start({QStringLiteral("--simulator-control")}), gateway.standardError().constData());
        QCOMPARE(admin(dir.path(), {QStringLiteral("create-instance"), QStringLiteral("late-one")}).exitCode, 0);
        // "disconnect" only works on an instance the simulator is connecting or has linked,
        // so its 200 shows that the running gateway picked the new row up by itself.
        // QTRY evaluates once more after success, and a second disconnect would be refused.
        int status = 0;
        const auto disconnectOnce = [&] {
            if (status != 200)
                status = post(gateway.port(), "/simulator/instances/late-one/disconnect").status;
            return status;
        };
        QTRY_COMPARE_WITH_TIMEOUT(disconnectOnce(), 200, 10000);
        QCOMPARE(listedState(dir.path(), QStringLiteral("late-one")), QStringLiteral("close"));
        QCOMPARE(post(gateway.port(), "/simulator/instances/late-one/scan").status, 200);
        QCOMPARE(listedState(dir.path(), QStringLiteral("late-one")), QStringLiteral("open"));
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }

    void openInstancesSurviveARestart()
    {
        QTemporaryDir dir;
        QCOMPARE(admin(dir.path(), {QStringLiteral("create-instance"), QStringLiteral("front-desk")}).exitCode, 0);
        QCOMPARE(admin(dir.path(), {QStringLiteral("create-instance"), QStringLiteral("back-office")}).exitCode, 0);
        {
            GatewayProcess gateway(dir.path());
            QVERIFY2(gateway.start({QStringLiteral("--simulator-control")}), gateway.standardError().constData());
            QCOMPARE(post(gateway.port(), "/simulator/instances/front-desk/scan").status, 200);
            QCOMPARE(gateway.terminate(SIGTERM), 0);
        }
        QCOMPARE(listedState(dir.path(), QStringLiteral("front-desk")), QStringLiteral("open"));

        GatewayProcess gateway(dir.path());
        gateway.environment().insert(QStringLiteral("WAG_SIMULATOR_CONTROL"), QStringLiteral("1"));
        QVERIFY2(gateway.start(), gateway.standardError().constData());
        // Linked again at start-up, without a scan: the phone can write at once.
        const ParsedResponse r = post(gateway.port(), "/simulator/instances/front-desk/inbound",
                                      R"({"from":"+966501234567","text":"still there?"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(listedState(dir.path(), QStringLiteral("front-desk")), QStringLiteral("open"));
        QCOMPARE(listedState(dir.path(), QStringLiteral("back-office")), QStringLiteral("connecting"));
        QCOMPARE(post(gateway.port(), "/simulator/instances/back-office/scan").status, 200);
        QCOMPARE(listedState(dir.path(), QStringLiteral("back-office")), QStringLiteral("open"));
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorControl)
#include "test_simulator_control.moc"
