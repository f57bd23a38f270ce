// GET /docs/openapi.json through the real gateway process: the built-in OpenAPI document,
// byte for byte, as JSON, without a key, cacheable for a short while.
#include "support/gateway_process.h"
#include "support/raw_http.h"

#include "api/docs_controller.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace wag;
using namespace wag::test;

class TestApiDocs : public QObject
{
    Q_OBJECT

private slots:
    void servesTheBuiltInDocument()
    {
        const QByteArray resource = DocsController::openApiDocument();
        QVERIFY2(!resource.isEmpty(), "the resource :/openapi.json is not linked in");
        QFile source(QFileInfo(QString::fromUtf8(__FILE__)).absolutePath()
                     + QStringLiteral("/../../resources/openapi.json"));
        if (source.open(QIODevice::ReadOnly))
            QCOMPARE(resource, source.readAll());

        QTemporaryDir dir;
        GatewayProcess gateway(dir.path());
        QVERIFY2(gateway.start(), gateway.standardError().constData());

        const ParsedResponse r = request(gateway.port(), "GET", "/docs/openapi.json");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.header("cache-control"), QByteArray("public, max-age=300"));
        QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(r.body.size(), resource.size());
        QCOMPARE(r.body, resource);
        const QJsonObject document = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(document.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));
        QVERIFY(document.value(QStringLiteral("paths")).toObject().contains(QStringLiteral("/docs/openapi.json")));

        // HEAD is answered by the GET route: the same length, no body.
        RawClient head;
        QVERIFY(head.connectTo(gateway.port()));
        head.send("HEAD /docs/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n");
        const ParsedResponse h = head.readResponse(5000, true);
        QCOMPARE(h.status, 200);
        QCOMPARE(h.header("content-length").toLongLong(), qint64(resource.size()));
        QVERIFY(h.body.isEmpty());

        // Read-only, and the health probe next to it still answers.
        QCOMPARE(request(gateway.port(), "POST", "/docs/openapi.json", "{}",
                         {{"Content-Type", "application/json"}}).status, 405);
        QCOMPARE(request(gateway.port(), "GET", "/docs/").status, 404);
        QCOMPARE(request(gateway.port(), "GET", "/").status, 200);
        QCOMPARE(gateway.terminate(SIGTERM), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiDocs)
#include "test_api_docs.moc"
