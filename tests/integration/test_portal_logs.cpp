// The portal's log pages (/message-logs, /inbound-logs, /policy-events) over real HTTP
// against an engine serving in-process with a clock the test moves: rows made through the
// real paths (sends through SendService to the simulator, contacts writing in through the
// simulator and the inbound pipeline), the filters at their edges (days of the gateway's
// zone, from inclusive, to exclusive), key paging across a page boundary while new rows
// arrive, bad query input answered 400 with the form as typed and no rows, operators
// allowed, visitors signed out sent to sign in, hostile texts escaped, numbers masked,
// resuming a paused instance (and refusing it without the CSRF token), and the inbound
// log's live rows over GET /live, only for the filter the page shows.
#include "accounts/api_key_service.h"
#include "accounts/user_service.h"
#include "events/inbound_pipeline.h"
#include "instances/instance_service.h"
#include "logs/inbound_log_service.h"
#include "logs/message_log_service.h"
#include "logs/policy_event_service.h"
#include "messaging/message_status.h"
#include "messaging/send_service.h"
#include "portal/inbound_logs_controller.h"
#include "providers/simulator/simulator_provider.h"
#include "support/portal_browser.h"
#include "support/serving_engine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QWebSocket>

#include <optional>

using namespace wag;
using namespace wag::test;

namespace {

constexpr int kWaitMs = 10000; // no digit separator: moc misreads it
const QString kZone = QStringLiteral("Asia/Riyadh"); // UTC+3 all year: day edges at 21:00 UTC
const QString kContact = QStringLiteral("+14155550123");
const QString kContactMasked = QStringLiteral("+1415•••0123");
const QString kOther = QStringLiteral("+966557778888"); // shares no 4 digits in a row with kContact

QDateTime utc(int day, int hour, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second, ms), Qt::UTC);
}

struct Gateway
{
    ManualClock clock{utc(10, 9)};
    ServingEngine engine;
    QString frontDesk;
    QString backOffice;
    ApiKeyRecord key;

    QString start()
    {
        if (QString problem = engine.start(clock, {{QStringLiteral("time_zone"), kZone}}); !problem.isEmpty())
            return problem;
        for (const auto &[name, role] : {std::pair{QStringLiteral("alice"), QStringLiteral("admin")},
                                         std::pair{QStringLiteral("olga"), QStringLiteral("operator")}}) {
            if (const Result<UserRecord> user = engine->users().createUser(name, role, kPortalPassword); !user)
                return user.failure().message;
        }
        for (const auto &[name, id] : {std::pair{QStringLiteral("front-desk"), &frontDesk},
                                       std::pair{QStringLiteral("back-office"), &backOffice}}) {
            const Result<InstanceRecord> created = engine->instances().create(name);
            if (!created)
                return created.failure().message;
            *id = created->id;
            if (const Status scanned = engine->simulator()->scan(*id); !scanned.ok())
                return scanned.failure().message;
        }
        const Result<CreatedApiKey> created = engine->apiKeys().create(QStringLiteral("crm"), {});
        if (!created)
            return created.failure().message;
        key = created->record;
        return {};
    }
    quint16 port() const { return engine.port(); }

    // A contact writes in at the clock's time; the row as the pipeline announced it.
    std::optional<InboundMessageRecord> inbound(const QString &instanceId, const QString &from, const QString &text,
                                                const QString &name = QStringLiteral("Dana"))
    {
        std::optional<InboundMessageRecord> recorded;
        const QMetaObject::Connection c = QObject::connect(
            engine->inbound(), &InboundPipeline::messageRecorded,
            [&](const InboundMessageRecord &r) { recorded = r; });
        const Result<QString> sent = engine->simulator()->inbound(instanceId, from, text, name);
        if (sent)
            (void)QTest::qWaitFor([&] { return recorded.has_value(); }, kWaitMs);
        QObject::disconnect(c);
        return recorded;
    }

    // A send through the API's service at the clock's time: its message-log row id (0: none).
    qint64 send(const QString &instanceId, const QString &phone, const QString &text)
    {
        SendService::Attempt attempt;
        attempt.key = key;
        attempt.request.instanceRef = instanceId;
        attempt.request.phone = phone;
        attempt.request.message = text;
        attempt.request.purpose = QStringLiteral("transactional");
        std::optional<SendAnswer> answer;
        engine->sends()->send(attempt, [&](const SendAnswer &a) { answer = a; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
            return 0;
        // Answered once committed: the newest row is this one.
        LogPageRequest newest;
        newest.limit = 1;
        const MessageLogService::Page page = engine->messageLog().page(newest);
        return page.records.isEmpty() ? 0 : page.records.first().logId;
    }

    // The policy event a send left (its decision).
    qint64 eventOf(qint64 logId)
    {
        LogPageRequest all;
        all.limit = 1000;
        for (const PolicyEventRecord &e : engine->policyEvents().page(all).records) {
            if (e.logId && *e.logId == logId)
                return e.id;
        }
        return 0;
    }
};

// The row ids a page lists, in page order, from the rows' data-<kind> attribute.
QList<qint64> rowIds(const QByteArray &html, const char *kind)
{
    QList<qint64> ids;
    const QRegularExpression pattern(QStringLiteral("<tr data-%1=\"(\\d+)\"").arg(QLatin1String(kind)));
    auto matches = pattern.globalMatch(QString::fromUtf8(html));
    while (matches.hasNext())
        ids << matches.next().captured(1).toLongLong();
    return ids;
}

// The href of the pager's link `rel` ("next": Older, "first": Newest), entities undone.
QByteArray pagerLink(const QByteArray &html, const char *rel)
{
    const QRegularExpression pattern(QStringLiteral("<a href=\"([^\"]*)\" rel=\"%1\">").arg(QLatin1String(rel)));
    const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(html));
    return m.hasMatch() ? m.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")).toUtf8() : QByteArray();
}

QByteArray signedIn(PortalBrowser &browser, const QString &user = QStringLiteral("olga"))
{
    return browser.signIn(user, kPortalPassword).status == 303 ? browser.cookie("wag_session") : QByteArray();
}

// A WebSocket client as the page's script is one: the cookie, the Origin, the page's query.
class LiveClient
{
public:
    LiveClient(quint16 port, const QByteArray &session, const QString &query)
        : m_socket(QStringLiteral("http://127.0.0.1:%1").arg(port))
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &message) {
                             m_messages << QJsonDocument::fromJson(message.toUtf8()).object();
                         });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this] { m_closed = true; });
        QObject::connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), &m_socket,
                         [this] { m_closed = true; });
        QNetworkRequest request(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/live%2").arg(port).arg(query.isEmpty() ? QString() : QStringLiteral("?") + query)));
        request.setRawHeader("Cookie", "wag_session=" + session);
        m_socket.open(request);
    }

    bool opened()
    {
        (void)QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState || m_closed; },
                              kWaitMs);
        return m_socket.state() == QAbstractSocket::ConnectedState && !m_closed;
    }

    // Waits for the first message of `type` about `id`; empty if none came.
    QJsonObject waitFor(const QString &type, const QString &id)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QJsonObject &m : std::as_const(m_messages)) {
                    if (m.value(QStringLiteral("type")).toString() == type
                        && m.value(QStringLiteral("id")).toString() == id) {
                        found = m;
                        return true;
                    }
                }
                return m_closed;
            },
            kWaitMs);
        return found;
    }
    int countOf(const QString &type) const
    {
        int n = 0;
        for (const QJsonObject &m : m_messages)
            n += m.value(QStringLiteral("type")).toString() == type;
        return n;
    }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    bool m_closed = false;
};

} // namespace

class TestPortalLogs : public QObject
{
    Q_OBJECT

private slots:
    void eachPageListsRowsOfTheRealServices()
    {
        Gateway gateway;
        QVERIFY2(gateway.start().isEmpty(), "engine did not start");
        const qint64 logId = gateway.send(gateway.frontDesk, kContact, QStringLiteral("Your order 77 shipped"));
        QVERIFY(logId > 0);
        const qint64 eventId = gateway.eventOf(logId);
        QVERIFY(eventId > 0);
        gateway.clock.advance(1000);
        const auto received = gateway.inbound(gateway.backOffice, kContact, QStringLiteral("Where is my order?"));
        QVERIFY(received);

        PortalBrowser browser(gateway.port());
        QVERIFY(!signedIn(browser).isEmpty()); // an operator
        const MessageRecord record = *gateway.engine->messageLog().find(logId);

        ParsedResponse r = browser.get("/message-logs");
        QCOMPARE(r.status, 200);
        QCOMPARE(rowIds(r.body, "log"), QList<qint64>{logId});
        // Time in the gateway's zone (12:00 in Riyadh for 09:00 UTC), instance by name,
        // the number masked, the key's prefix, the status and the rule as stored.
        QVERIFY(r.body.contains("<td class=\"time\">2026-03-10 12:00:00</td><td>front-desk</td>"));
        QVERIFY(r.body.contains(QStringLiteral("<span dir=\"ltr\">%1</span>").arg(kContactMasked).toUtf8()));
        QVERIFY(!r.body.contains(kContact.toUtf8()));
        QVERIFY(r.body.contains(QStringLiteral("<code>%1</code>").arg(gateway.key.prefix).toUtf8()));
        QVERIFY(r.body.contains("<td>transactional</td>"));
        QVERIFY(r.body.contains(QStringLiteral("<td class=\"status\">%1</td><td>%2</td>")
                                    .arg(messageStatusName(record.status), record.rule.toHtmlEscaped())
                                    .toUtf8()));
        QVERIFY(r.body.contains(kZone.toUtf8())); // the form says which days it means
        QVERIFY(!r.body.contains("rel=\"next\"")); // one page only
        QVERIFY(!r.body.contains("rel=\"first\""));

        r = browser.get("/inbound-logs");
        QCOMPARE(r.status, 200);
        QCOMPARE(rowIds(r.body, "inbound"), QList<qint64>{received->id});
        QVERIFY(r.body.contains("<td class=\"time\">2026-03-10 12:00:01</td><td>back-office</td>"));
        QVERIFY(r.body.contains(QStringLiteral("<span dir=\"ltr\">%1</span>").arg(kContactMasked).toUtf8()));
        QVERIFY(!r.body.contains(kContact.toUtf8()));
        QVERIFY(r.body.contains("<td class=\"name\">Dana</td><td>text</td><td class=\"note\">Where is my order?</td>"));

        r = browser.get("/policy-events");
        QCOMPARE(r.status, 200);
        QVERIFY(rowIds(r.body, "event").contains(eventId));
        QVERIFY(r.body.contains("No instance is paused."));
    }

    void filtersByInstancePhoneAndDaysAtTheirEdges()
    {
        Gateway gateway;
        QVERIFY2(gateway.start().isEmpty(), "engine did not start");
        // Riyadh's 10 March runs from 9 March 21:00 UTC to 10 March 21:00 UTC.
        struct Made
        {
            qint64 log = 0;
            qint64 event = 0;
            qint64 inbound = 0;
        };
        auto make = [&](const QDateTime &at, const QString &instance, const QString &phone) {
            gateway.clock.set(at);
            Made made;
            made.log = gateway.send(instance, phone, QStringLiteral("Your order shipped"));
            made.event = gateway.eventOf(made.log);
            const auto in = gateway.inbound(instance, phone, QStringLiteral("hello"));
            made.inbound = in ? in->id : 0;
            return made;
        };
        const Made justBefore = make(utc(9, 20, 59, 59, 999), gateway.frontDesk, kContact);
        const Made first = make(utc(9, 21), gateway.frontDesk, kContact);
        const Made last = make(utc(10, 20, 59, 59, 999), gateway.frontDesk, kContact);
        const Made justAfter = make(utc(10, 21), gateway.frontDesk, kContact);
        const Made elsewhere = make(utc(10, 12), gateway.backOffice, kOther);
        for (const Made &m : {justBefore, first, last, justAfter, elsewhere}) {
            QVERIFY(m.log > 0);
            QVERIFY(m.event > 0);
            QVERIFY(m.inbound > 0);
        }

        PortalBrowser browser(gateway.port());
        QVERIFY(!signedIn(browser).isEmpty());
        const QByteArray day = "from=2026-03-10&to=2026-03-10";
        QCOMPARE(rowIds(browser.get("/message-logs?" + day).body, "log"),
                 (QList<qint64>{elsewhere.log, last.log, first.log}));
        QCOMPARE(rowIds(browser.get("/inbound-logs?" + day).body, "inbound"),
                 (QList<qint64>{elsewhere.inbound, last.inbound, first.inbound}));
        QCOMPARE(rowIds(browser.get("/policy-events?" + day).body, "event"),
                 (QList<qint64>{elsewhere.event, last.event, first.event}));
        // Only a first day, only a last day.
        QCOMPARE(rowIds(browser.get("/inbound-logs?from=2026-03-11").body, "inbound"),
                 QList<qint64>{justAfter.inbound});
        QCOMPARE(rowIds(browser.get("/inbound-logs?to=2026-03-09").body, "inbound"),
                 QList<qint64>{justBefore.inbound});

        // The instance, by id (the select's value) or by name; the form shows the choice.
        const QByteArray back = "instance=" + gateway.backOffice.toUtf8();
        ParsedResponse r = browser.get("/message-logs?" + back);
        QCOMPARE(rowIds(r.body, "log"), QList<qint64>{elsewhere.log});
        QVERIFY(r.body.contains(QStringLiteral("<option value=\"%1\" selected>back-office</option>")
                                    .arg(gateway.backOffice)
                                    .toUtf8()));
        QCOMPARE(rowIds(browser.get("/inbound-logs?instance=back-office").body, "inbound"),
                 QList<qint64>{elsewhere.inbound});
        QCOMPARE(rowIds(browser.get("/policy-events?" + back).body, "event"), QList<qint64>{elsewhere.event});

        // The phone: the message log takes the whole number, the inbound log any part.
        QCOMPARE(rowIds(browser.get("/message-logs?phone=%2B966557778888").body, "log"),
                 QList<qint64>{elsewhere.log});
        QCOMPARE(rowIds(browser.get("/message-logs?phone=0123").body, "log"), QList<qint64>{});
        QCOMPARE(rowIds(browser.get("/inbound-logs?phone=0123&" + day).body, "inbound"),
                 (QList<qint64>{last.inbound, first.inbound}));
        r = browser.get("/inbound-logs?phone=96655");
        QCOMPARE(rowIds(r.body, "inbound"), QList<qint64>{elsewhere.inbound});
        QVERIFY(r.body.contains("name=\"phone\" value=\"96655\""));
    }

    void pagingLosesNoRowAndRepeatsNoneWhileRowsArrive()
    {
        Gateway gateway;
        QVERIFY2(gateway.start().isEmpty(), "engine did not start");
        QList<qint64> inbound; // oldest first
        for (int i = 0; i < 52; ++i) {
            gateway.clock.advance(1000);
            const auto in = gateway.inbound(gateway.frontDesk, kContact, QStringLiteral("message %1").arg(i));
            QVERIFY(in);
            inbound << in->id;
            if (i % 10 == 0) // another instance's rows in between: not on the filtered pages
                QVERIFY(gateway.inbound(gateway.backOffice, kOther, QStringLiteral("other %1").arg(i)));
        }
        PortalBrowser browser(gateway.port());
        QVERIFY(!signedIn(browser).isEmpty());
        const QByteArray first = "/inbound-logs?instance=" + gateway.frontDesk.toUtf8();
        ParsedResponse r = browser.get(first);
        QCOMPARE(r.status, 200);
        const QList<qint64> page1 = rowIds(r.body, "inbound");
        QCOMPARE(page1.size(), qsizetype(50));
        QCOMPARE(page1.first(), inbound.last());
        const QByteArray older = pagerLink(r.body, "next");
        QVERIFY(older.contains(QByteArray("instance=" + gateway.frontDesk.toUtf8())));
        QVERIFY(older.contains("beforeId="));

        // New rows arrive before the visitor goes on: page 2 is still the rest, exactly.
        for (int i = 0; i < 3; ++i) {
            gateway.clock.advance(1000);
            QVERIFY(gateway.inbound(gateway.frontDesk, kContact, QStringLiteral("late %1").arg(i)));
        }
        r = browser.get(older);
        QCOMPARE(r.status, 200);
        const QList<qint64> page2 = rowIds(r.body, "inbound");
        QCOMPARE(page2, (QList<qint64>{inbound.at(1), inbound.at(0)}));
        QSet<qint64> seen(page1.cbegin(), page1.cend());
        for (qint64 id : page2)
            QVERIFY(!seen.contains(id));
        seen.unite(QSet<qint64>(page2.cbegin(), page2.cend()));
        QCOMPARE(seen, QSet<qint64>(inbound.cbegin(), inbound.cend()));
        QVERIFY(pagerLink(r.body, "next").isEmpty()); // the oldest page
        QCOMPARE(pagerLink(r.body, "first"), first);
        QVERIFY(!r.body.contains("data-live-inbound")); // an older page takes no live rows

        // The message log and the policy events page the same way.
        QList<qint64> logs;
        for (int i = 0; i < 51; ++i) {
            gateway.clock.advance(1000);
            logs << gateway.send(gateway.frontDesk, kContact, QStringLiteral("Your order %1 shipped").arg(i));
            QVERIFY(logs.last() > 0);
        }
        r = browser.get("/message-logs");
        const QList<qint64> logPage1 = rowIds(r.body, "log");
        QCOMPARE(logPage1.size(), qsizetype(50));
        gateway.clock.advance(1000);
        QVERIFY(gateway.send(gateway.frontDesk, kContact, QStringLiteral("Your order late shipped")) > 0);
        r = browser.get(pagerLink(r.body, "next"));
        QCOMPARE(rowIds(r.body, "log"), QList<qint64>{logs.first()});
        QCOMPARE(logPage1.last(), logs.at(1));

        r = browser.get("/policy-events");
        const QList<qint64> eventPage1 = rowIds(r.body, "event");
        QCOMPARE(eventPage1.size(), qsizetype(50));
        r = browser.get(pagerLink(r.body, "next"));
        const QList<qint64> eventPage2 = rowIds(r.body, "event");
        QCOMPARE(eventPage2.size(), qsizetype(2)); // 52 decisions in all
        QVERIFY(eventPage2.first() < eventPage1.last());
    }

    void badQueryInputIsAProblemWithTheFormAsTyped()
    {
        Gateway gateway;
        QVERIFY2(gateway.start().isEmpty(), "engine did not start");
        QVERIFY(gateway.send(gateway.frontDesk, kContact, QStringLiteral("Your order shipped")) > 0);
        QVERIFY(gateway.inbound(gateway.frontDesk, kContact, QStringLiteral("hello")));
        PortalBrowser browser(gateway.port());
        QVERIFY(!signedIn(browser).isEmpty());

        struct Case
        {
            QByteArray query;
            QByteArray message;
            QByteArray kept;
        };
        const QList<Case> cases = {
            {"from=2026-02-30", "&quot;2026-02-30&quot; is not a date.", "name=\"from\" type=\"date\" value=\"2026-02-30\""},
            {"to=tomorrow", "&quot;tomorrow&quot; is not a date.", "name=\"to\" type=\"date\" value=\"tomorrow\""},
            {"instance=%3Cb%3Enope", "There is no instance &quot;&lt;b&gt;nope&quot;.",
             "<option value=\"&lt;b&gt;nope\" selected>&lt;b&gt;nope</option>"},
            {"beforeId=12abc", "The page link is damaged (&quot;12abc&quot; is no row number).", ""},
            {"beforeId=-5", "The page link is damaged (&quot;-5&quot; is no row number).", ""},
            {"from=2026-03-11&to=2026-03-10", "The first day (2026-03-11) is after the last day (2026-03-10).",
             "name=\"from\" type=\"date\" value=\"2026-03-11\""},
        };
        for (const char *path : {"/message-logs", "/inbound-logs", "/policy-events"}) {
            for (const Case &c : cases) {
                const ParsedResponse r = browser.get(QByteArray(path) + '?' + c.query);
                QCOMPARE(r.status, 400);
                QVERIFY2(r.body.contains("<p class=\"problem\" role=\"alert\">"), path);
                QVERIFY2(r.body.contains(c.message), c.query.constData());
                QVERIFY2(r.body.contains(c.kept), c.query.constData());
                QVERIFY(rowIds(r.body, "log").isEmpty());
                QVERIFY(rowIds(r.body, "inbound").isEmpty());
                QVERIFY(rowIds(r.body, "event").isEmpty());
                QVERIFY(!r.body.contains("<b>"));
            }
        }
        // The phone is not checked (any part is a filter) but it is kept, escaped.
        const ParsedResponse r = browser.get("/inbound-logs?phone=%22%3E%3Cx&from=no");
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("name=\"phone\" value=\"&quot;&gt;&lt;x\""));
    }

    void signedOutVisitorsAreSentToSignIn()
    {
        Gateway gateway;
        QVERIFY2(gateway.start().isEmpty(), "engine did not start");
        PortalBrowser browser(gateway.port());
        for (const char *path : {"/message-logs", "/inbound-logs", "/policy-events", "/inbound-logs?from=bad"}) {
            const ParsedResponse r = browser.get(path);
            QCOMPARE(r.status, 303);
            QCOMPARE(r.header("location"), QByteArray("/login"));
        }
        QCOMPARE(browser.post("/policy-events/resume", {{QStringLiteral("instance"), gateway.frontDesk}}).status, 303);
        // Admins see the pages as operators do.
        QVERIFY(!signedIn(browser, QStringLiteral("alice")).isEmpty());
        for (const char *path : {"/message-logs", "/inbound-logs", "/policy-events"})
            QCOMPARE(browser.get(path).status, 200);
    }

    void hostileTextsAreEscaped()
    {
        Gateway gateway;
        QVERIFY2(gateway.start().isEmpty(), "engine did not start");
        const QString text = QStringLiteral("<script>alert(1)</script>");
        const QString name = QStringLiteral("\"><img src=x onerror=alert(2)>");
        QVERIFY(gateway.inbound(gateway.frontDesk, kContact, text, name));
        QVERIFY(gateway.engine->instances().pause(gateway.frontDesk, QStringLiteral("<img src=y>")).ok());
        PortalBrowser browser(gateway.port());
        QVERIFY(!signedIn(browser).isEmpty());
        ParsedResponse r = browser.get("/inbound-logs");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("<td class=\"name\">&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</td>"));
        QVERIFY(r.body.contains("<td class=\"note\">&lt;script&gt;alert(1)&lt;/script&gt;</td>"));
        QVERIFY(!r.body.contains("<img"));
        QVERIFY(!r.body.contains("<script>"));
        r = browser.get("/policy-events");
        QVERIFY(r.body.contains("<td class=\"note\">&lt;img src=y&gt;</td>"));
        QVERIFY(!r.body.contains("<img"));
    }

    void resumingAPausedInstanceNeedsTheToken()
    {
        Gateway gateway;
        QVERIFY2(gateway.start().isEmpty(), "engine did not start");
        InstanceService &instances = gateway.engine->instances();
        QVERIFY(instances.pause(gateway.frontDesk, QStringLiteral("daily limit reached")).ok());
        PortalBrowser browser(gateway.port());
        QVERIFY(!signedIn(browser).isEmpty()); // an operator may resume
        ParsedResponse r = browser.get("/policy-events");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains(QStringLiteral("<tr data-paused=\"%1\"><td class=\"name\">front-desk</td>"
                                               "<td class=\"note\">daily limit reached</td>")
                                    .arg(gateway.frontDesk)
                                    .toUtf8()));
        QVERIFY(!r.body.contains(QStringLiteral("data-paused=\"%1\"").arg(gateway.backOffice).toUtf8()));
        const QString token = PortalBrowser::csrfIn(r.body);
        QVERIFY(!token.isEmpty());

        // Without the token, or with another: refused, still paused.
        for (const QString &wrong : {QString(), QStringLiteral("x").repeated(32)}) {
            PortalBrowser::Fields fields{{QStringLiteral("instance"), gateway.frontDesk}};
            if (!wrong.isEmpty())
                fields.append({QStringLiteral("csrf"), wrong});
            QCOMPARE(browser.post("/policy-events/resume", fields).status, 403);
            QVERIFY(instances.find(gateway.frontDesk)->paused);
        }

        r = browser.post("/policy-events/resume", {{QStringLiteral("csrf"), token},
                                                   {QStringLiteral("instance"), gateway.frontDesk}});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/policy-events"));
        QVERIFY(!instances.find(gateway.frontDesk)->paused);
        QVERIFY(instances.pausedReason(gateway.frontDesk).isEmpty());
        r = browser.get("/policy-events");
        QVERIFY(r.body.contains("No instance is paused."));

        // An instance that is gone: said so, nothing else changes.
        r = browser.post("/policy-events/resume", {{QStringLiteral("csrf"), token},
                                                   {QStringLiteral("instance"), QStringLiteral("gone")}});
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.contains("There is no instance &quot;gone&quot; (any more)."));
    }

    void newInboundRowsArriveLiveForThePagesFilter()
    {
        Gateway gateway;
        QVERIFY2(gateway.start().isEmpty(), "engine did not start");
        PortalBrowser browser(gateway.port());
        const QByteArray session = signedIn(browser);
        QVERIFY(!session.isEmpty());

        // The first page marks its table with its filter and loads the script.
        const ParsedResponse page = browser.get("/inbound-logs?instance=" + gateway.frontDesk.toUtf8());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(
            QStringLiteral("data-live-inbound=\"inbound=1&amp;instance=%1\"").arg(gateway.frontDesk).toUtf8()));
        QVERIFY(page.body.contains("/static/portal-live.js"));

        LiveClient filtered(gateway.port(), session, QStringLiteral("inbound=1&instance=") + gateway.frontDesk);
        QVERIFY(filtered.opened());
        LiveClient instancesPage(gateway.port(), session, QString());
        QVERIFY(instancesPage.opened());
        // A filter that cannot be read is refused like the page refuses it.
        LiveClient broken(gateway.port(), session, QStringLiteral("inbound=1&from=never"));
        QVERIFY(!broken.opened());

        gateway.clock.advance(60 * 1000);
        const auto other = gateway.inbound(gateway.backOffice, kOther, QStringLiteral("not for this page"));
        QVERIFY(other);
        const auto mine = gateway.inbound(gateway.frontDesk, kContact, QStringLiteral("<b>new</b> message"));
        QVERIFY(mine);
        const QJsonObject pushed = filtered.waitFor(QStringLiteral("inbound"), QString::number(mine->id));
        QVERIFY(!pushed.isEmpty());
        // The page's own row, byte for byte.
        const QString row = portal::InboundLogsController::row(*mine, QStringLiteral("front-desk"),
                                                               QTimeZone(kZone.toLatin1()))
                                .toString();
        QCOMPARE(pushed.value(QStringLiteral("html")).toString(), row);
        QVERIFY(row.contains(kContactMasked));
        QVERIFY(row.contains(QStringLiteral("&lt;b&gt;new&lt;/b&gt; message")));
        // Pushed in order: the other instance's row would have come first.
        QCOMPARE(filtered.countOf(QStringLiteral("inbound")), 1);

        // A socket not opened by the inbound log gets no inbound rows: an instance change
        // that follows reaches it, with nothing inbound before it.
        QVERIFY(gateway.engine->instances().pause(gateway.backOffice, QStringLiteral("check")).ok());
        QVERIFY(!instancesPage.waitFor(QStringLiteral("instance"), gateway.backOffice).isEmpty());
        QCOMPARE(instancesPage.countOf(QStringLiteral("inbound")), 0);
    }
};

QTEST_MAIN(TestPortalLogs)
#include "test_portal_logs.moc"
