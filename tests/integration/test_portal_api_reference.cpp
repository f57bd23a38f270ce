// /docs/openapi: the API reference page, public, drawn from the OpenAPI document the gateway
// serves at /docs/openapi.json. Every operation and every webhook event of that document is
// on the page, with the request's fields; the document's own text is escaped like any other.
#include "api/docs_controller.h"
#include "support/portal_browser.h"
#include "support/serving_engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wag;
using namespace wag::test;

class TestPortalApiReference : public QObject
{
    Q_OBJECT

    static QJsonObject document() { return QJsonDocument::fromJson(DocsController::openApiDocument()).object(); }

private slots:
    void everyOperationAndEventIsOnThePublicPage()
    {
        PortalGateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser stranger(gateway.port());
        const ParsedResponse r = stranger.get("/docs/openapi");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        QVERIFY(r.header("content-security-policy").contains("frame-ancestors 'none'"));
        QVERIFY(!r.body.contains("action=\"/logout\"")); // nobody signed in, nobody sent to /login

        const QJsonObject doc = document();
        QVERIFY(!doc.isEmpty());
        const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
        QVERIFY(paths.size() >= 3);
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject methods = path.value().toObject();
            for (auto method = methods.begin(); method != methods.end(); ++method) {
                const QByteArray heading = "<h3><code>" + method.key().toUpper().toUtf8() + ' ' + path.key().toUtf8()
                                           + "</code></h3>";
                QVERIFY2(r.body.contains(heading), heading.constData());
            }
        }
        const QJsonObject webhooks = doc.value(QStringLiteral("webhooks")).toObject();
        QVERIFY(webhooks.size() >= 10);
        for (auto hook = webhooks.begin(); hook != webhooks.end(); ++hook) {
            const QByteArray id = "id=\"event-" + hook.key().toUtf8() + '"';
            QVERIFY2(r.body.contains(id), id.constData());
        }
    }

    void theRequestFieldsAndAnswersAreListed()
    {
        PortalGateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const ParsedResponse r = PortalBrowser(gateway.port()).get("/docs/openapi");
        QCOMPARE(r.status, 200);
        const QJsonObject request = document()
                                        .value(QStringLiteral("components")).toObject()
                                        .value(QStringLiteral("schemas")).toObject()
                                        .value(QStringLiteral("SendMessageRequest")).toObject();
        const QJsonObject properties = request.value(QStringLiteral("properties")).toObject();
        QVERIFY(properties.contains(QStringLiteral("message_purpose")));
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QByteArray cell = "<td><code>" + it.key().toUtf8() + "</code></td>";
            QVERIFY2(r.body.contains(cell), cell.constData());
        }
        // Statuses of the send operation, and an event's fields through its allOf parts.
        for (const char *status : {"200", "401", "422", "429"})
            QVERIFY2(r.body.contains(QByteArray(QByteArray("<td><code>") + status + "</code></td>")), status);
        QVERIFY(r.body.contains("<td><code>event_id</code></td>"));
    }

    void theDocumentsTextIsEscaped()
    {
        PortalGateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const ParsedResponse r = PortalBrowser(gateway.port()).get("/docs/openapi");
        // The document's description says "Authorization: Bearer <API key>".
        QVERIFY(document().value(QStringLiteral("info")).toObject().value(QStringLiteral("description"))
                    .toString().contains(QStringLiteral("<API key>")));
        QVERIFY(r.body.contains("Bearer &lt;API key&gt;"));
        QVERIFY(!r.body.contains("<API key>"));
    }

    void signedInVisitorsKeepTheirMenu()
    {
        PortalGateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPortalPassword).status, 303);
        const ParsedResponse r = browser.get("/docs/openapi");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("action=\"/logout\""));
        QVERIFY(r.body.contains("href=\"/docs/openapi.json\""));
    }
};

QTEST_MAIN(TestPortalApiReference)
#include "test_portal_api_reference.moc"
