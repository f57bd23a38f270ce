#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QMetaObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <set>
#include <type_traits>

class QNetworkAccessManager;
class QObject;
class QTcpServer;
class QTcpSocket;
class QThread;

namespace wag::test {

// One request the gateway made to the fake, as it arrived.
struct EvolutionRequest
{
    QByteArray method;
    QByteArray path;  // without the query, percent-decoded
    QByteArray query; // after '?', as sent
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QJsonValue json; // the body parsed; Undefined when it was not JSON
    int status = 0;  // what the fake answered (0: it did not, e.g. while "down")

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// One webhook POST the fake made to an instance's configured URL (each attempt).
struct EvolutionWebhookPost
{
    QString event;    // dotted, as on the wire
    QString instance; // the Evolution instance name
    QUrl url;
    QMap<QByteArray, QByteArray> headers; // what the fake sent
    QByteArray body;
    int attempt = 1;
    int status = 0;   // the answer's HTTP status; 0 = no answer (refused, timeout)
};

// How inbound() shapes a messages.upsert (research A.6).
struct InboundOptions
{
    QString pushName = QStringLiteral("Ana");
    QString lid;          // "123…@lid": key.remoteJid becomes it, remoteJidAlt the phone JID
    QString groupJid;     // "1203…@g.us": key.remoteJid; the sender goes to key.participant
    bool fromMe = false;  // an echo of something this account sent
    QString mediaType;    // "imageMessage", "audioMessage", …; text becomes the caption
    bool extendedText = false; // older servers: message.extendedTextMessage.text
    QString keyId;        // default: a fresh 3EB0… id
};

// Evolution API v2 (2.3.x, research §A) in the test process, on a real loopback port, in
// its own thread: tests may block (admin commands, blocking raw HTTP to the gateway)
// without stalling the fake that the gateway is talking to meanwhile. Every public method
// is safe to call from the test's thread. Webhooks go out one at a time in emission order
// (so a test controls the order the gateway sees), retried like Evolution (A.5).
class FakeEvolutionServer
{
public:
    enum class Down { No, Refused, Unavailable };
    struct Reply // one HTTP answer of the fake
    {
        int status;
        QJsonValue body;
    };

    explicit FakeEvolutionServer(QByteArray globalKey = QByteArrayLiteral("evo-test-global-key"));
    ~FakeEvolutionServer();
    FakeEvolutionServer(const FakeEvolutionServer &) = delete;
    FakeEvolutionServer &operator=(const FakeEvolutionServer &) = delete;

    bool listen();
    quint16 port() const { return m_port; }
    QString baseUrl() const; // "http://127.0.0.1:<port>"
    QByteArray globalKey() const { return m_globalKey; }

    // --- What happened -------------------------------------------------------------
    QList<EvolutionRequest> requests() const;
    QList<EvolutionRequest> requests(const QByteArray &method, const QByteArray &pathPrefix) const;
    QList<EvolutionWebhookPost> webhookPosts() const;
    QList<EvolutionWebhookPost> webhookPosts(const QString &event) const;
    QStringList instanceNames() const;
    bool hasInstance(const QString &name) const;
    QString state(const QString &name) const;       // "" when unknown
    QString token(const QString &name) const;       // the instance's `hash`
    QJsonObject webhookRow(const QString &name) const; // the stored row, {} if none
    QString currentQrCode(const QString &name) const;
    int qrCount(const QString &name) const;
    QStringList sentKeyIds(const QString &name) const; // key.id of every accepted sendText
    // Polls (event loop of the caller) until `condition` holds; false on timeout.
    bool waitFor(const std::function<bool()> &condition, int timeoutMs = 5000) const;
    bool waitForRequests(const QByteArray &method, const QByteArray &pathPrefix, int count,
                         int timeoutMs = 5000) const;
    bool waitForWebhookPosts(const QString &event, int count, int timeoutMs = 5000) const;
    bool waitForWebhooksIdle(int timeoutMs = 5000) const; // nothing queued or in flight

    // --- The phone and its contacts (each emits what Evolution would) ---------------
    void scan(const QString &name, const QString &phoneDigits);
    QString inbound(const QString &name, const QString &fromJid, const QString &text,
                    const InboundOptions &options = {}); // returns key.id
    void receipt(const QString &name, const QString &keyId, const QString &status);
    QString call(const QString &name, const QString &fromJid, const QString &status,
                 const QString &callId = {}, bool isVideo = false);
    void groupUpsert(const QString &name, const QString &groupJid, const QString &subject,
                     const QStringList &participantJids);
    void groupParticipants(const QString &name, const QString &groupJid, const QString &action,
                           const QStringList &participantJids, const QString &authorJid = {});
    // A Baileys disconnect: 401/402/403/406 are terminal (status.instance, logout.instance,
    // connection.update close); any other code reconnects silently (connecting, then open).
    void disconnect(const QString &name, int statusReason);
    void logoutFromPhone(const QString &name) { disconnect(name, 401); }
    // The next QR (Baileys makes one every ~20 s while connecting). Past the QR limit:
    // qrcode.updated with the limit message, connection.update refused/428, then close.
    void nextQr(const QString &name);

    // --- Delivery controls ------------------------------------------------------------
    void repeatLastWebhook(const QString &name); // the same envelope again (at-least-once)
    void holdWebhooks(bool hold);                // queue without sending
    void releaseWebhooksReversed();              // what was held, newest first, then resume
    // Sends any body to an instance's configured webhook, with the configured headers
    // replaced by `headers` when given (to test the gateway's callback authentication).
    void postRawWebhook(const QString &name, const QByteArray &body,
                        const QMap<QByteArray, QByteArray> &headers, bool replaceHeaders);
    void setRetry(int maxAttempts, int initialDelayMs); // default 3 attempts, 200 ms

    // --- Faults and quirks ------------------------------------------------------------
    void setDown(Down down);        // Refused: the port stops accepting; Unavailable: 503
    void setSlow(int delayMs);      // every answer this late
    void setShowsOpenWhenDead(const QString &name, bool dead); // D.2: state open, sends 500
    void forgetInstance(const QString &name); // gone from the provider (its DB reset)
    void setUnloaded(const QString &name, bool unloaded); // in DB, not in memory (A.3)
    void failNextConnect(const QString &message); // 200 {"error":true,...} once (A.2)
    void setQrPending(bool pending); // connect/create answer {"count":0} until nextQr (D.1)
    void setQrLimit(int limit);      // QRCODE_LIMIT, default 30
    void setEchoSends(bool echo);    // sendText also emits send.message + messages.upsert fromMe
    void setExposeApiKey(bool expose); // envelope apikey = token instead of null (A.5)

private:
    struct Instance
    {
        QString name;
        QString id;
        QString token;
        QString integration;
        QString state = QStringLiteral("close"); // open | connecting | close | refused
        QString wuid; // "5511…@s.whatsapp.net" once linked
        QString profileName;
        bool hasWebhook = false;
        QJsonObject webhook; // the Prisma Webhook row (A.4); {} when none
        QJsonObject settings;
        int qrCount = 0;
        QString qrCode; // "" until Baileys made one
        bool dead = false; // shows open while its socket is dead
        bool unloaded = false;
        QHash<QString, QString> sentTo; // key.id → remoteJid, for receipts
        QStringList sentIds;
        QJsonValue disconnectionReasonCode = QJsonValue::Null;
        QJsonValue disconnectionAt = QJsonValue::Null;
        QString createdAt;
    };
    struct Outgoing
    {
        QString instance;
        QString event;
        QUrl url;
        QMap<QByteArray, QByteArray> headers;
        QByteArray body;
        int attempt = 1;
    };
    class Connection;

    Instance *find(const QString &name);
    void closeAllConnections();
    static QString qrDataUrl();

    template <typename F>
    auto onThread(F f) const -> std::invoke_result_t<F>
    {
        using R = std::invoke_result_t<F>;
        if (isServerThread())
            return f();
        if constexpr (std::is_void_v<R>) {
            QMetaObject::invokeMethod(m_home, f, Qt::BlockingQueuedConnection);
        } else {
            R result{};
            QMetaObject::invokeMethod(m_home, [&] { result = f(); }, Qt::BlockingQueuedConnection);
            return result;
        }
    }
    bool isServerThread() const;

    // HTTP side (server thread).
    void accept();
    void readRequests(Connection *connection);
    void answer(Connection *connection, int status, const QJsonValue &body, bool keepAlive);
    Reply route(EvolutionRequest &request);
    Reply routeInstance(const QByteArray &action, const QString &name, EvolutionRequest &request);
    Reply create(const QJsonObject &body);
    Reply connectInstance(Instance &instance);
    Reply restart(Instance &instance);
    Reply sendText(Instance &instance, const QJsonObject &body);
    Reply logout(Instance &instance);
    Reply remove(const QString &name);
    Reply setWebhook(Instance &instance, const QJsonValue &body);
    Reply fetchInstances(const QByteArray &query, const QByteArray &key);
    QJsonObject fetchRow(const Instance &instance) const;
    QJsonObject qrObject(const Instance &instance) const;
    void startConnecting(Instance &instance);
    bool authorised(const EvolutionRequest &request, const QString &instanceName) const;

    // Webhook side (server thread).
    void emitEvent(Instance &instance, const QString &event, const QJsonValue &data);
    void enqueue(const Outgoing &outgoing);
    void pump();
    void deliver(const Outgoing &outgoing);
    QJsonObject messageData(const Instance &instance, const QJsonObject &key,
                            const QJsonObject &message, const QString &messageType,
                            const QString &status, const QString &pushName) const;

    QByteArray m_globalKey;
    quint16 m_port = 0;
    QThread *m_thread = nullptr;
    QObject *m_home = nullptr; // lives in m_thread; parent of everything network
    QTcpServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QList<Connection *> m_connections;

    QList<EvolutionRequest> m_requests;
    QList<EvolutionWebhookPost> m_posts;
    QMap<QString, std::shared_ptr<Instance>> m_instances;
    QList<Outgoing> m_queue;
    QList<Outgoing> m_held;
    QHash<QString, Outgoing> m_lastOutgoing; // per instance, for repeatLastWebhook
    std::set<QString> m_seenUpserts;  // Evolution's own repeat suppression (A.6)
    std::set<QString> m_seenReceipts;
    int m_webhookTimeoutMs = 5000;
    bool m_inFlight = false;
    int m_pendingRetries = 0;
    bool m_hold = false;
    int m_retryAttempts = 3;
    int m_retryDelayMs = 200;

    Down m_down = Down::No;
    int m_slowMs = 0;
    QString m_failNextConnect;
    bool m_qrPending = false;
    int m_qrLimit = 30;
    bool m_echoSends = true;
    bool m_exposeApiKey = false;
    quint64 m_sequence = 0;
};

} // namespace wag::test
