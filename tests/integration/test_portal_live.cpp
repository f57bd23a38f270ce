// The portal's live updates (GET /live) over real loopback against an engine serving
// in-process, with a real WebSocket client carrying the session cookie: the upgrade is
// refused without a session, with a foreign or missing Origin and without the upgrade
// headers, and accepted with both; a simulated scan pushes the instance's row in state
// open, rendered exactly as the page renders it; a hostile stored name arrives escaped;
// signing out closes the socket at the next event; the per-session and total socket limits
// hold at their edge; a large message from the client closes its socket.
#include "accounts/user_service.h"
#include "http/front_door.h"
#include "instances/instance_service.h"
#include "portal/instances_controller.h"
#include "portal/live_updates.h"
#include "portal/session_service.h"
#include "portal/portal.h"
#include "providers/simulator/simulator_provider.h"
#include "storage/instance_store.h"
#include "support/portal_browser.h"
#include "support/serving_engine.h"
#include "support/tls_files.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace wag;
using namespace wag::test;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
constexpr int kWaitMs = 10000; // no digit separator: moc misreads it

struct Gateway
{
    ServingEngine engine;
    ManualClock manualClock;
    bool useManualClock = false; // the system clock unless a test moves time itself
    TlsFiles tls;                // set: the gateway speaks HTTPS (and wss://) with it

    QString start()
    {
        const Clock &clock = useManualClock ? static_cast<const Clock &>(manualClock) : Clock::system();
        QMap<QString, QString> settings;
        if (tls.ok() && !tls.certificatePath.isEmpty())
            settings = {{QStringLiteral("tls_cert"), tls.certificatePath}, {QStringLiteral("tls_key"), tls.keyPath}};
        if (QString problem = engine.start(clock, settings); !problem.isEmpty())
            return problem;
        const Result<UserRecord> user =
            engine->users().createUser(QStringLiteral("olga"), QStringLiteral("operator"), kPassword);
        return user ? QString() : user.failure().message;
    }
    quint16 port() const { return engine.port(); }
    bool secure() const { return !tls.certificatePath.isEmpty(); }
    QString origin() const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(secure() ? u"https" : u"http").arg(port());
    }
    portal::LiveUpdates &live() { return engine->portal()->liveUpdates(); }
};

// A WebSocket client as a page's script is one: the browser's cookie and Origin.
class LiveClient
{
public:
    // `trusted`: the gateway's self-signed certificate; given, the socket is wss://.
    LiveClient(quint16 port, const QByteArray &session, const QString &origin,
               const QSslCertificate &trusted = QSslCertificate())
        : m_socket(origin)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &message) { m_messages << message; });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this] { m_closed = true; });
        // A refused upgrade (an HTTP answer other than 101) is an error, not always a disconnect.
        QObject::connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), &m_socket,
                         [this] { m_failed = true; });
        QNetworkRequest request(
            QUrl(QStringLiteral("%1://127.0.0.1:%2/live").arg(trusted.isNull() ? u"ws" : u"wss").arg(port)));
        if (!trusted.isNull()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates({trusted});
            m_socket.setSslConfiguration(tls); // QWebSocket does not take it from the request

        }
        if (!session.isEmpty())
            request.setRawHeader("Cookie", "wag_session=" + session);
        m_socket.open(request);
    }

    // Waits until the upgrade was accepted (true) or refused (false).
    bool opened()
    {
        (void)QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState || m_closed || m_failed; },
            kWaitMs);
        return m_socket.state() == QAbstractSocket::ConnectedState && !m_closed && !m_failed;
    }
    bool waitClosed() { return QTest::qWaitFor([this] { return m_closed; }, kWaitMs); }

    // The first message about instance `id` (waits for it); an empty object if none came.
    QJsonObject messageAbout(const QString &id, const QString &needle = QString())
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QString &text : std::as_const(m_messages)) {
                    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
                    if (message.value(QStringLiteral("id")).toString() == id
                        && message.value(QStringLiteral("html")).toString().contains(needle)) {
                        found = message;
                        return true;
                    }
                }
                return m_closed;
            },
            kWaitMs);
        return found;
    }

    QWebSocket &socket() { return m_socket; }
    bool closed() const { return m_closed; }

private:
    QWebSocket m_socket;
    QStringList m_messages;
    bool m_closed = false;
    bool m_failed = false;
};

// A signed-in browser's session cookie; empty on failure.
QByteArray signIn(PortalBrowser &browser)
{
    return browser.signIn(QStringLiteral("olga"), kPassword).status == 303 ? browser.cookie("wag_session")
                                                                            : QByteArray();
}

PortalBrowser::Headers upgradeHeaders(const QByteArray &origin)
{
    PortalBrowser::Headers headers{{"Upgrade", "websocket"},
                                   {"Connection", "Upgrade"},
                                   {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="},
                                   {"Sec-WebSocket-Version", "13"}};
    if (!origin.isEmpty())
        headers.append({"Origin", origin});
    return headers;
}

} // namespace

class TestPortalLive : public QObject
{
    Q_OBJECT

private slots:
    void upgradeNeedsASessionAndThisGatewaysOrigin()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port()); // sends Host: 127.0.0.1

        // Not signed in: refused before any upgrade, also with a made-up cookie.
        QCOMPARE(browser.send("GET", "/live", {}, upgradeHeaders("http://127.0.0.1")).status, 401);
        browser.setCookie("wag_session", "made-up");
        QCOMPARE(browser.send("GET", "/live", {}, upgradeHeaders("http://127.0.0.1")).status, 401);
        {
            LiveClient anonymous(gateway.port(), QByteArray(), gateway.origin());
            QVERIFY(!anonymous.opened());
        }

        const QByteArray session = signIn(browser);
        QVERIFY(!session.isEmpty());
        // Another site's page (or none named) does not get the signed-in visitor's socket.
        QCOMPARE(browser.send("GET", "/live", {}, upgradeHeaders("http://evil.example")).status, 403);
        QCOMPARE(browser.send("GET", "/live", {}, upgradeHeaders("http://127.0.0.1.evil.example")).status, 403);
        QCOMPARE(browser.send("GET", "/live", {}, upgradeHeaders("https://127.0.0.1")).status, 403);
        QCOMPARE(browser.send("GET", "/live", {}, upgradeHeaders("null")).status, 403);
        QCOMPARE(browser.send("GET", "/live", {}, upgradeHeaders(QByteArray())).status, 403);
        // A plain GET is not an upgrade.
        QCOMPARE(browser.send("GET", "/live", {}, {{"Origin", "http://127.0.0.1"}}).status, 426);
        {
            LiveClient foreign(gateway.port(), session, QStringLiteral("http://evil.example"));
            QVERIFY(!foreign.opened());
        }
        QCOMPARE(gateway.live().socketCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(gateway.engine->frontDoor()->connectionCount(), 0, kWaitMs);

        LiveClient own(gateway.port(), session, gateway.origin());
        QVERIFY2(own.opened(), qPrintable(own.socket().errorString()));
        QCOMPARE(gateway.live().socketCount(), 1);
        // The front door has let go of the connection: it is the portal's now.
        QCOMPARE(gateway.engine->frontDoor()->connectionCount(), 0);
    }

    void scanPushesTheRowAsThePageRendersIt()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const Result<InstanceRecord> created = gateway.engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(created);
        PortalBrowser browser(gateway.port());
        LiveClient client(gateway.port(), signIn(browser), gateway.origin());
        QVERIFY(client.opened());

        QVERIFY(gateway.engine->simulator()->scan(created->id).ok());
        const QJsonObject message = client.messageAbout(created->id, QStringLiteral("state-open"));
        QVERIFY2(!message.isEmpty(), "no row in state open was pushed");
        QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("instance"));
        const QString html = message.value(QStringLiteral("html")).toString();
        QVERIFY2(html.startsWith(QStringLiteral("<tr data-instance=\"") + created->id + QStringLiteral("\"")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral(R"(<span class="badge state-open">open</span>)")));
        QVERIFY(html.contains(QStringLiteral(R"(<span class="badge demo">Demo</span>)")));
        // The linked phone, masked as on the page.
        const InstanceRecord now = *gateway.engine->instances().find(created->id);
        QVERIFY(!now.linkedPhone.isEmpty());
        QVERIFY(!html.contains(now.linkedPhone));
        // Exactly the row the page shows now: one renderer for both.
        QCOMPARE(html, portal::InstancesController::row(now).toString());
        QVERIFY(QString::fromUtf8(browser.get("/instances").body).contains(html));
    }

    // The same over HTTPS: the upgrade arrives on a TLS connection, which the front door
    // hands over decrypted state and all, and the socket keeps speaking TLS.
    void pushesArriveOverTls()
    {
        Gateway gateway;
        gateway.tls = makeSelfSignedCertificate();
        QVERIFY2(gateway.tls.ok(), qPrintable(gateway.tls.error));
        QVERIFY(gateway.start().isEmpty());
        const Result<InstanceRecord> created = gateway.engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(created);
        PortalBrowser browser(gateway.port(), true);
        const QByteArray session = signIn(browser);
        QVERIFY(!session.isEmpty());
        // A plain ws:// attempt on the TLS port gets no socket.
        LiveClient plain(gateway.port(), session, gateway.origin());
        QVERIFY(!plain.opened());

        LiveClient client(gateway.port(), session, gateway.origin(), gateway.tls.certificate);
        QVERIFY2(client.opened(), qPrintable(client.socket().errorString()));
        QVERIFY(client.socket().sslConfiguration().sessionProtocol() != QSsl::UnknownProtocol);
        QVERIFY(gateway.engine->simulator()->scan(created->id).ok());
        const QJsonObject message = client.messageAbout(created->id, QStringLiteral("state-open"));
        QVERIFY2(!message.isEmpty(), "no row in state open was pushed over TLS");
        QCOMPARE(message.value(QStringLiteral("html")).toString(),
                 portal::InstancesController::row(*gateway.engine->instances().find(created->id)).toString());
    }

    void hostileNameArrivesEscaped()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        InstanceRecord hostile;
        hostile.id = QStringLiteral("inst_hostile");
        hostile.name = QStringLiteral("<script>alert(document.cookie)</script><img src=x onerror=alert(1)>");
        hostile.provider = QStringLiteral("simulator");
        hostile.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(InstanceStore(gateway.engine->database()).insert(hostile).ok());
        PortalBrowser browser(gateway.port());
        LiveClient client(gateway.port(), signIn(browser), gateway.origin());
        QVERIFY(client.opened());

        QVERIFY(gateway.engine->instances().pause(hostile.id, QStringLiteral("test")).ok());
        const QJsonObject message = client.messageAbout(hostile.id, QStringLiteral("badge paused"));
        QVERIFY2(!message.isEmpty(), "no row was pushed");
        const QString html = message.value(QStringLiteral("html")).toString();
        QVERIFY2(html.contains(QStringLiteral(
                     "&lt;script&gt;alert(document.cookie)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")),
                 qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
    }

    void signingOutClosesTheSocketAtTheNextEvent()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        LiveClient client(gateway.port(), signIn(browser), gateway.origin());
        QVERIFY(client.opened());
        const QString csrf = PortalBrowser::csrfIn(browser.get("/instances").body);
        QCOMPARE(browser.post("/logout", {{QStringLiteral("csrf"), csrf}}).status, 303);

        // The next event does not reach the ended session; its socket is closed instead.
        const Result<InstanceRecord> created = gateway.engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(created);
        QVERIFY(client.waitClosed());
        QCOMPARE(client.socket().closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(client.messageAbout(created->id).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(gateway.live().socketCount(), 0, kWaitMs);
    }

    // Updates the gateway pushes are not the user's activity: a tab left open must not keep
    // its session from idling out.
    void anOpenTabDoesNotKeepAnUnattendedSessionAlive()
    {
        Gateway gateway;
        gateway.useManualClock = true;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        LiveClient client(gateway.port(), signIn(browser), gateway.origin());
        QVERIFY(client.opened());
        const qint64 idle = gateway.engine->portal()->sessions().limits().idleTimeoutMs;

        gateway.manualClock.advance(idle * 2 / 3);
        const Result<InstanceRecord> first = gateway.engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(first);
        QVERIFY2(!client.messageAbout(first->id).isEmpty(), "the session is still within its idle time");

        gateway.manualClock.advance(idle * 2 / 3); // past the idle time since the user's last request
        QVERIFY(gateway.engine->instances().create(QStringLiteral("back-office")));
        QVERIFY(client.waitClosed());
        QCOMPARE(client.socket().closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void disablingTheUserClosesItsSockets()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        LiveClient client(gateway.port(), signIn(browser), gateway.origin());
        QVERIFY(client.opened());
        QVERIFY(gateway.engine->users().setDisabled(QStringLiteral("olga"), true).ok());
        QVERIFY(gateway.engine->instances().create(QStringLiteral("front-desk")));
        QVERIFY(client.waitClosed());
        QCOMPARE(client.socket().closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void socketLimitsHoldAtTheirEdge()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const portal::LiveLimits defaults;
        QVERIFY(defaults.maxSocketsPerSession > 0 && defaults.maxSockets >= defaults.maxSocketsPerSession);
        portal::LiveLimits limits;
        limits.maxSocketsPerSession = 2;
        limits.maxSockets = 3;
        gateway.live().setLimits(limits);

        PortalBrowser first(gateway.port());
        const QByteArray firstSession = signIn(first);
        std::vector<std::unique_ptr<LiveClient>> clients;
        for (int i = 0; i < limits.maxSocketsPerSession; ++i) {
            clients.push_back(std::make_unique<LiveClient>(gateway.port(), firstSession, gateway.origin()));
            QVERIFY(clients.back()->opened());
        }
        // One more for this session: refused with 429, before any upgrade.
        QCOMPARE(first.send("GET", "/live", {}, upgradeHeaders("http://127.0.0.1")).status, 429);
        QVERIFY(!LiveClient(gateway.port(), firstSession, gateway.origin()).opened());

        PortalBrowser second(gateway.port());
        const QByteArray secondSession = signIn(second);
        LiveClient third(gateway.port(), secondSession, gateway.origin());
        QVERIFY(third.opened()); // the last one the total allows
        QCOMPARE(gateway.live().socketCount(), limits.maxSockets);
        QCOMPARE(second.send("GET", "/live", {}, upgradeHeaders("http://127.0.0.1")).status, 503);

        // A socket that closes makes room again.
        clients.front()->socket().close();
        QTRY_COMPARE_WITH_TIMEOUT(gateway.live().socketCount(), limits.maxSockets - 1, kWaitMs);
        LiveClient fourth(gateway.port(), secondSession, gateway.origin());
        QVERIFY(fourth.opened());
    }

    void aLargeMessageFromTheClientClosesItsSocket()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        const QByteArray session = signIn(browser);
        LiveClient small(gateway.port(), session, gateway.origin());
        LiveClient large(gateway.port(), session, gateway.origin());
        QVERIFY(small.opened() && large.opened());
        const qint64 limit = gateway.live().limits().maxIncomingMessageBytes;
        small.socket().sendTextMessage(QString(int(limit), u'a')); // at the edge: ignored
        large.socket().sendTextMessage(QString(int(limit) + 1, u'a'));
        QVERIFY(large.waitClosed());
        QCOMPARE(large.socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        // The other socket still gets events.
        const Result<InstanceRecord> created = gateway.engine->instances().create(QStringLiteral("front-desk"));
        QVERIFY(created);
        QVERIFY(!small.messageAbout(created->id).isEmpty());
        QVERIFY(!small.closed());
    }
};

QTEST_MAIN(TestPortalLive)
#include "test_portal_live.moc"
