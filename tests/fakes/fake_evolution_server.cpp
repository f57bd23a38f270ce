#include "fakes/fake_evolution_server.h"

#include "http/request_head.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace wag::test {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
// A 1×1 PNG: the gateway renders its own QR from `code`; `base64` only has to be a PNG
// data URL of the right form (A.3).
constexpr char kPngDataUrl[] =
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

QJsonObject envelope(int status, const QJsonValue &message)
{
    static const QMap<int, QString> names{{400, QStringLiteral("Bad Request")},
                                          {401, QStringLiteral("Unauthorized")},
                                          {403, QStringLiteral("Forbidden")},
                                          {404, QStringLiteral("Not Found")},
                                          {500, QStringLiteral("Internal Server Error")}};
    return {{QStringLiteral("status"), status},
            {QStringLiteral("error"), names.value(status, QStringLiteral("Error"))},
            {QStringLiteral("response"), QJsonObject{{QStringLiteral("message"), message}}}};
}

QString upperUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper(); }
QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString isoUtc(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

// Baileys message ids look like this: "3EB0" + 18 upper-case hex digits.
QString messageId()
{
    QString id = QStringLiteral("3EB0");
    for (int i = 0; i < 18; ++i)
        id += QString::number(QRandomGenerator::global()->bounded(16), 16).toUpper();
    return id;
}

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

class FakeEvolutionServer::Connection
{
public:
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    bool busy = false;
};

// ---------------------------------------------------------------------------------------
// Thread plumbing

FakeEvolutionServer::FakeEvolutionServer(QByteArray globalKey)
    : m_globalKey(std::move(globalKey))
{
    m_thread = new QThread;
    m_home = new QObject;
    m_home->moveToThread(m_thread);
    m_thread->start();
}

FakeEvolutionServer::~FakeEvolutionServer()
{
    onThread([this] {
        for (Connection *connection : std::as_const(m_connections))
            delete connection;
        m_connections.clear();
        delete m_home; // the server, the sockets and the network manager with it
        m_home = nullptr;
    });
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool FakeEvolutionServer::isServerThread() const
{
    return QThread::currentThread() == m_thread;
}

bool FakeEvolutionServer::listen()
{
    return onThread([this] {
        m_server = new QTcpServer(m_home);
        m_network = new QNetworkAccessManager(m_home);
        QObject::connect(m_server, &QTcpServer::newConnection, m_home, [this] { accept(); });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = m_server->serverPort();
        return true;
    });
}

QString FakeEvolutionServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

bool FakeEvolutionServer::waitFor(const std::function<bool()> &condition, int timeoutMs) const
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// ---------------------------------------------------------------------------------------
// HTTP server (server thread)

void FakeEvolutionServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new Connection;
        connection->socket = socket;
        m_connections.append(connection);
        QObject::connect(socket, &QTcpSocket::readyRead, m_home, [this, connection] {
            connection->buffer += connection->socket->readAll();
            readRequests(connection);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, m_home, [this, connection] {
            if (m_connections.removeAll(connection) == 0)
                return;
            connection->socket->deleteLater();
            delete connection;
        });
    }
}

void FakeEvolutionServer::readRequests(Connection *connection)
{
    while (!connection->busy) {
        QByteArray &buffer = connection->buffer;
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (buffer.size() > kMaxHeadBytes)
                connection->socket->disconnectFromHost();
            return;
        }
        RequestHead head;
        if (parseRequestHead(buffer.left(headEnd + 2), &head).status != 0) {
            connection->socket->disconnectFromHost();
            return;
        }
        const qsizetype bodyStart = headEnd + 4;
        if (buffer.size() < bodyStart + head.contentLength)
            return;
        EvolutionRequest request;
        request.method = head.method;
        const qsizetype q = head.target.indexOf('?');
        request.path = QByteArray::fromPercentEncoding(q < 0 ? head.target : head.target.left(q));
        request.query = q < 0 ? QByteArray() : head.target.mid(q + 1);
        for (const auto &[name, value] : std::as_const(head.headers))
            request.headers.insert(name.toLower(), value);
        request.body = buffer.mid(bodyStart, head.contentLength);
        buffer.remove(0, bodyStart + head.contentLength);
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error == QJsonParseError::NoError)
            request.json = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());

        Reply reply{503, QJsonValue()};
        if (m_down == Down::No)
            reply = route(request);
        request.status = reply.status;
        m_requests.append(request);
        connection->busy = true;
        const bool keepAlive = head.keepAlive;
        // Like a real server, the answer goes out from the event loop; setSlow delays it.
        QTimer::singleShot(m_slowMs, m_home, [this, connection, reply, keepAlive] {
            if (!m_connections.contains(connection))
                return;
            answer(connection, reply.status, reply.body, keepAlive);
        });
    }
}

void FakeEvolutionServer::answer(Connection *connection, int status, const QJsonValue &body, bool keepAlive)
{
    // A 503 comes from the reverse proxy in front of Evolution: plain text, not JSON.
    QByteArray bytes;
    QByteArray type = "application/json; charset=utf-8";
    if (status == 503) {
        bytes = "Service Unavailable";
        type = "text/plain";
    } else if (body.isObject()) {
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    } else if (body.isArray()) {
        bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    } else {
        bytes = "null"; // express's res.json(null)
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n"
                   + "X-Powered-By: Express\r\nContent-Type: " + type + "\r\nContent-Length: "
                   + QByteArray::number(bytes.size()) + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    connection->socket->write(out + "\r\n" + bytes);
    if (!keepAlive) {
        connection->socket->disconnectFromHost();
        return;
    }
    connection->busy = false;
    readRequests(connection);
}

bool FakeEvolutionServer::authorised(const EvolutionRequest &request, const QString &instanceName) const
{
    const QByteArray key = request.header("apikey");
    if (!key.isEmpty() && key == m_globalKey)
        return true;
    // An instance's own token works on that instance's routes (A.1).
    const auto instance = m_instances.value(instanceName);
    return instance && !key.isEmpty() && key == instance->token.toUtf8();
}

FakeEvolutionServer::Reply FakeEvolutionServer::route(EvolutionRequest &request)
{
    const QList<QByteArray> parts = request.path.split('/');
    if (request.method == "GET" && request.path == "/")
        return {200, QJsonObject{{QStringLiteral("status"), 200},
                                 {QStringLiteral("message"), QStringLiteral("Welcome to the Evolution API, it is working!")},
                                 {QStringLiteral("version"), QStringLiteral("2.3.6")},
                                 {QStringLiteral("clientName"), QStringLiteral("evolution_exchange")},
                                 {QStringLiteral("documentation"), QStringLiteral("https://doc.evolution-api.com")}}};
    const Reply unauthorised{401, envelope(401, QStringLiteral("Unauthorized"))};
    if (request.path == "/instance/create" && request.method == "POST") {
        // Guards run in order: instance-name-in-use (403) before the key check (A.2).
        const QString name = request.json.toObject().value(QStringLiteral("instanceName")).toString();
        if (m_instances.contains(name))
            return {403, envelope(403, QJsonArray{QStringLiteral("This name \"%1\" is already in use.").arg(name)})};
        if (!authorised(request, {}))
            return unauthorised;
        return create(request.json.toObject());
    }
    if (request.path == "/instance/fetchInstances" && request.method == "GET") {
        if (!authorised(request, {}) && !std::any_of(m_instances.cbegin(), m_instances.cend(), [&](const auto &i) {
                return i->token.toUtf8() == request.header("apikey");
            }))
            return unauthorised;
        return fetchInstances(request.query, request.header("apikey"));
    }
    if (parts.size() == 4 && parts[0].isEmpty()) {
        const QByteArray route = parts[1] + '/' + parts[2];
        static const QMap<QByteArray, QByteArray> methods{
            {"instance/connect", "GET"}, {"instance/connectionState", "GET"},
            {"instance/restart", "POST"}, {"instance/logout", "DELETE"},
            {"instance/delete", "DELETE"}, {"message/sendText", "POST"},
            {"webhook/set", "POST"}, {"webhook/find", "GET"}};
        if (methods.value(route) == request.method) {
            const QString name = QString::fromUtf8(parts[3]);
            // The instance-exists guard runs before the key check (A.2).
            if (!m_instances.contains(name))
                return {404, envelope(404, QJsonArray{QStringLiteral("The \"%1\" instance does not exist").arg(name)})};
            if (!authorised(request, name))
                return unauthorised;
            return routeInstance(route, name, request);
        }
    }
    // express's fallthrough, wrapped by Evolution's error handler.
    return {404, envelope(404, QJsonArray{QStringLiteral("Cannot %1 %2").arg(QString::fromUtf8(request.method),
                                                                            QString::fromUtf8(request.path))})};
}

FakeEvolutionServer::Reply FakeEvolutionServer::routeInstance(const QByteArray &action, const QString &name,
                                                              EvolutionRequest &request)
{
    Instance &instance = *m_instances[name];
    if (action == "instance/connect")
        return connectInstance(instance);
    if (action == "instance/connectionState") {
        QJsonObject inner{{QStringLiteral("instanceName"), name}};
        if (!instance.unloaded) // not in memory: `state` is simply absent (A.3)
            inner.insert(QStringLiteral("state"), instance.state);
        return {200, QJsonObject{{QStringLiteral("instance"), inner}}};
    }
    if (action == "instance/restart")
        return restart(instance);
    if (action == "instance/logout")
        return logout(instance);
    if (action == "instance/delete")
        return remove(name);
    if (action == "message/sendText")
        return sendText(instance, request.json.toObject());
    if (action == "webhook/set")
        return setWebhook(instance, request.json);
    if (action == "webhook/find")
        return {200, instance.hasWebhook ? QJsonValue(instance.webhook) : QJsonValue(QJsonValue::Null)};
    return {404, envelope(404, QJsonArray{QStringLiteral("Cannot route")})};
}

// ---------------------------------------------------------------------------------------
// Endpoints (server thread)

namespace {

const QStringList &allowedEvents()
{
    // EventController.events (A.4); note GROUP_UPDATE, not GROUPS_UPDATE.
    static const QStringList events{
        QStringLiteral("APPLICATION_STARTUP"), QStringLiteral("QRCODE_UPDATED"), QStringLiteral("CONNECTION_UPDATE"),
        QStringLiteral("REMOVE_INSTANCE"), QStringLiteral("LOGOUT_INSTANCE"), QStringLiteral("INSTANCE_CREATE"),
        QStringLiteral("INSTANCE_DELETE"), QStringLiteral("STATUS_INSTANCE"), QStringLiteral("MESSAGES_SET"),
        QStringLiteral("MESSAGES_UPSERT"), QStringLiteral("MESSAGES_EDITED"), QStringLiteral("MESSAGES_UPDATE"),
        QStringLiteral("MESSAGES_DELETE"), QStringLiteral("SEND_MESSAGE"), QStringLiteral("SEND_MESSAGE_UPDATE"),
        QStringLiteral("CONTACTS_SET"), QStringLiteral("CONTACTS_UPSERT"), QStringLiteral("CONTACTS_UPDATE"),
        QStringLiteral("PRESENCE_UPDATE"), QStringLiteral("CHATS_SET"), QStringLiteral("CHATS_UPSERT"),
        QStringLiteral("CHATS_UPDATE"), QStringLiteral("CHATS_DELETE"), QStringLiteral("GROUPS_UPSERT"),
        QStringLiteral("GROUP_UPDATE"), QStringLiteral("GROUP_PARTICIPANTS_UPDATE"), QStringLiteral("LABELS_EDIT"),
        QStringLiteral("LABELS_ASSOCIATION"), QStringLiteral("CALL"), QStringLiteral("TYPEBOT_START"),
        QStringLiteral("TYPEBOT_CHANGE_STATUS")};
    return events;
}

// The checks webhook.schema.ts and the controller make; an empty string means valid.
// `where` is the JSON-schema path used in the messages ("instance.webhook").
QString webhookProblem(const QJsonObject &webhook, const QString &where, bool needEnabled)
{
    if (needEnabled && !webhook.contains(QStringLiteral("enabled")))
        return QStringLiteral("%1 requires property \"enabled\"").arg(where);
    if (!webhook.value(QStringLiteral("url")).isString())
        return QStringLiteral("%1 requires property \"url\"").arg(where);
    const bool enabled = webhook.value(QStringLiteral("enabled")).toBool(true);
    if (enabled && !webhook.value(QStringLiteral("events")).isArray())
        // [inferred] the controller reads events.length: a TypeError, reported as 400.
        return QStringLiteral("Cannot read properties of undefined (reading 'length')");
    const QJsonArray events = webhook.value(QStringLiteral("events")).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!allowedEvents().contains(events[i].toString()))
            return QStringLiteral("%1.events[%2] is not one of enum values: %3")
                .arg(where).arg(i).arg(allowedEvents().join(QLatin1Char(',')));
    }
    return {};
}

QJsonObject makeWebhookRow(const QJsonObject &webhook, bool enabled, const QString &instanceId, const QJsonObject &old)
{
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    return {{QStringLiteral("id"), old.value(QStringLiteral("id")).toString(QStringLiteral("cl") + uuid().remove(QLatin1Char('-')).left(23))},
            {QStringLiteral("url"), webhook.value(QStringLiteral("url"))},
            {QStringLiteral("headers"), webhook.value(QStringLiteral("headers")).isObject() ? webhook.value(QStringLiteral("headers")) : QJsonValue(QJsonObject())},
            {QStringLiteral("enabled"), enabled},
            // enabled:false clears the list (A.4)
            {QStringLiteral("events"), enabled ? webhook.value(QStringLiteral("events")).toArray() : QJsonArray()},
            {QStringLiteral("webhookByEvents"), webhook.value(QStringLiteral("byEvents")).toBool(false)},
            {QStringLiteral("webhookBase64"), webhook.value(QStringLiteral("base64")).toBool(false)},
            {QStringLiteral("createdAt"), old.value(QStringLiteral("createdAt")).toString(now)},
            {QStringLiteral("updatedAt"), now},
            {QStringLiteral("instanceId"), instanceId}};
}

FakeEvolutionServer::Reply badRequest(const QString &message)
{
    return {400, envelope(400, QJsonArray{message})};
}

} // namespace

FakeEvolutionServer::Reply FakeEvolutionServer::create(const QJsonObject &body)
{
    const QString name = body.value(QStringLiteral("instanceName")).toString();
    if (name.isEmpty())
        return badRequest(QStringLiteral("instance requires property \"instanceName\""));
    auto instance = std::make_shared<Instance>();
    instance->name = name;
    instance->id = uuid();
    instance->token = upperUuid(); // the `hash` (A.1)
    instance->createdAt = isoUtc(QDateTime::currentDateTimeUtc());
    if (body.value(QStringLiteral("token")).isString() && !body.value(QStringLiteral("token")).toString().isEmpty())
        instance->token = body.value(QStringLiteral("token")).toString();
    instance->integration = body.value(QStringLiteral("integration")).toString(QStringLiteral("WHATSAPP-BAILEYS"));
    for (const char *setting : {"rejectCall", "groupsIgnore", "alwaysOnline", "readMessages", "readStatus", "syncFullHistory"})
        instance->settings.insert(QLatin1String(setting), body.value(QLatin1String(setting)).toBool(false));
    instance->settings.insert(QStringLiteral("msgCall"), body.value(QStringLiteral("msgCall")).toString());
    instance->settings.insert(QStringLiteral("wavoipToken"), QString());
    if (body.contains(QStringLiteral("webhook"))) {
        const QJsonObject webhook = body.value(QStringLiteral("webhook")).toObject();
        const QString problem = webhookProblem(webhook, QStringLiteral("instance.webhook"), false);
        if (!problem.isEmpty()) // any error during create rolls the instance back (A.3)
            return badRequest(problem);
        // Saved with enabled:true whatever was sent (A.3).
        instance->webhook = makeWebhookRow(webhook, true, instance->id, {});
        instance->hasWebhook = true;
    }
    m_instances.insert(name, instance);
    emitEvent(*instance, QStringLiteral("instance.create"),
              QJsonObject{{QStringLiteral("instanceName"), name}, {QStringLiteral("instanceId"), instance->id}});
    const bool qr = body.value(QStringLiteral("qrcode")).toBool(false)
        && instance->integration == QStringLiteral("WHATSAPP-BAILEYS");
    if (qr)
        startConnecting(*instance);
    QJsonObject answer{
        {QStringLiteral("instance"), QJsonObject{{QStringLiteral("instanceName"), name},
                                                 {QStringLiteral("instanceId"), instance->id},
                                                 {QStringLiteral("integration"), instance->integration},
                                                 {QStringLiteral("webhookWaBusiness"), QJsonValue::Null},
                                                 {QStringLiteral("accessTokenWaBusiness"), QString()},
                                                 {QStringLiteral("status"), qr ? instance->state : QStringLiteral("close")}}},
        {QStringLiteral("hash"), instance->token},
        {QStringLiteral("webhook"), QJsonObject{{QStringLiteral("webhookUrl"), instance->webhook.value(QStringLiteral("url"))},
                                                {QStringLiteral("webhookHeaders"), instance->webhook.value(QStringLiteral("headers"))},
                                                {QStringLiteral("webhookByEvents"), instance->webhook.value(QStringLiteral("webhookByEvents")).toBool()},
                                                {QStringLiteral("webhookBase64"), instance->webhook.value(QStringLiteral("webhookBase64")).toBool()}}},
        {QStringLiteral("websocket"), QJsonObject{{QStringLiteral("enabled"), QJsonValue::Null}}},
        {QStringLiteral("rabbitmq"), QJsonObject{{QStringLiteral("enabled"), QJsonValue::Null}}},
        {QStringLiteral("nats"), QJsonObject{{QStringLiteral("enabled"), QJsonValue::Null}}},
        {QStringLiteral("sqs"), QJsonObject{{QStringLiteral("enabled"), QJsonValue::Null}}},
        {QStringLiteral("settings"), instance->settings}};
    if (qr)
        answer.insert(QStringLiteral("qrcode"), qrObject(*instance));
    return {201, answer};
}

QJsonObject FakeEvolutionServer::qrObject(const Instance &instance) const
{
    // Baileys has not produced a QR yet: just the count (A.3, D.1).
    if (instance.qrCode.isEmpty())
        return {{QStringLiteral("count"), 0}};
    return {{QStringLiteral("pairingCode"), QJsonValue::Null},
            {QStringLiteral("code"), instance.qrCode},
            {QStringLiteral("base64"), QLatin1String(kPngDataUrl)},
            {QStringLiteral("count"), instance.qrCount}};
}

FakeEvolutionServer::Reply FakeEvolutionServer::connectInstance(Instance &instance)
{
    // connect catches its own errors: HTTP 200 with {"error":true} (A.2). The thrown
    // BadRequestException is a plain object, so error.toString() is "[object Object]".
    if (!m_failNextConnect.isEmpty()) {
        const QString message = std::exchange(m_failNextConnect, QString());
        return {200, QJsonObject{{QStringLiteral("error"), true}, {QStringLiteral("message"), message}}};
    }
    if (instance.unloaded)
        return {200, QJsonObject{{QStringLiteral("error"), true}, {QStringLiteral("message"), QStringLiteral("[object Object]")}}};
    if (instance.state == QStringLiteral("open"))
        return {200, QJsonObject{{QStringLiteral("instance"), QJsonObject{{QStringLiteral("instanceName"), instance.name},
                                                                         {QStringLiteral("state"), instance.state}}}}};
    if (instance.state == QStringLiteral("connecting"))
        return {200, qrObject(instance)}; // the current QR; `number` ignored
    if (instance.state == QStringLiteral("close")) {
        startConnecting(instance);
        return {200, qrObject(instance)};
    }
    return {200, QJsonObject{{QStringLiteral("instance"), QJsonObject{{QStringLiteral("instanceName"), instance.name},
                                                                     {QStringLiteral("status"), instance.state}}},
                             {QStringLiteral("qrcode"), qrObject(instance)}}};
}

FakeEvolutionServer::Reply FakeEvolutionServer::restart(Instance &instance)
{
    // Also catches its own errors (A.2): "not connected" on close comes back as a 200.
    if (instance.unloaded || instance.state == QStringLiteral("close"))
        return {200, QJsonObject{{QStringLiteral("error"), true}, {QStringLiteral("message"), QStringLiteral("[object Object]")}}};
    instance.dead = false; // a fresh socket
    if (!instance.wuid.isEmpty() && instance.state == QStringLiteral("open")) {
        // Linked: Baileys reconnects with its stored creds, no QR.
        instance.state = QStringLiteral("connecting");
        emitEvent(instance, QStringLiteral("connection.update"),
                  QJsonObject{{QStringLiteral("instance"), instance.name}, {QStringLiteral("state"), instance.state},
                              {QStringLiteral("statusReason"), 200}});
        const Reply reply{200, QJsonObject{{QStringLiteral("count"), 0}}};
        scan(instance.name, instance.wuid.section(QLatin1Char('@'), 0, 0));
        return reply;
    }
    instance.state = QStringLiteral("close");
    startConnecting(instance);
    return {200, qrObject(instance)};
}

void FakeEvolutionServer::startConnecting(Instance &instance)
{
    instance.state = QStringLiteral("connecting");
    instance.qrCount = 0;
    instance.qrCode.clear();
    emitEvent(instance, QStringLiteral("connection.update"),
              QJsonObject{{QStringLiteral("instance"), instance.name}, {QStringLiteral("state"), instance.state},
                          {QStringLiteral("statusReason"), 200}});
    if (!m_qrPending)
        nextQr(instance.name);
}

FakeEvolutionServer::Reply FakeEvolutionServer::sendText(Instance &instance, const QJsonObject &body)
{
    for (const char *field : {"number", "text"}) {
        if (!body.value(QLatin1String(field)).isString())
            return badRequest(QStringLiteral("instance requires property \"%1\"").arg(QLatin1String(field)));
    }
    // The socket is gone (logged out, or the zombie "open" of D.2): Baileys throws
    // "Connection Closed" and Evolution answers 500 (issue #1772).
    if (instance.state != QStringLiteral("open") || instance.dead)
        return {500, envelope(500, QJsonArray{QStringLiteral("Error: Connection Closed")})};
    QString number = body.value(QStringLiteral("number")).toString();
    const bool group = number.endsWith(QStringLiteral("@g.us"));
    const QString digits = number.section(QLatin1Char('@'), 0, 0);
    const QString jid = group ? number : digits + QStringLiteral("@s.whatsapp.net");
    // Like the simulator: numbers ending 0000 are not on WhatsApp (A.7 shape).
    if (!group && digits.endsWith(QStringLiteral("0000")))
        return {400, envelope(400, QJsonArray{QJsonObject{{QStringLiteral("jid"), jid},
                                                          {QStringLiteral("exists"), false},
                                                          {QStringLiteral("number"), digits}}})};
    const QString id = messageId();
    instance.sentTo.insert(id, jid);
    instance.sentIds.append(id);
    const QJsonObject key{{QStringLiteral("remoteJid"), jid}, {QStringLiteral("fromMe"), true}, {QStringLiteral("id"), id}};
    const QJsonObject data = messageData(instance, key,
                                         QJsonObject{{QStringLiteral("conversation"), body.value(QStringLiteral("text"))}},
                                         QStringLiteral("conversation"), QStringLiteral("PENDING"), instance.profileName);
    if (m_echoSends) {
        // API sends come back as send.message and also as messages.upsert fromMe (#1340).
        emitEvent(instance, QStringLiteral("send.message"), data);
        emitEvent(instance, QStringLiteral("messages.upsert"), data);
    }
    return {201, data};
}

FakeEvolutionServer::Reply FakeEvolutionServer::logout(Instance &instance)
{
    if (instance.state == QStringLiteral("close"))
        return badRequest(QStringLiteral("The \"%1\" instance is not connected").arg(instance.name));
    disconnect(instance.name, 401);
    return {200, QJsonObject{{QStringLiteral("status"), QStringLiteral("SUCCESS")}, {QStringLiteral("error"), false},
                             {QStringLiteral("response"), QJsonObject{{QStringLiteral("message"), QStringLiteral("Instance logged out")}}}}};
}

FakeEvolutionServer::Reply FakeEvolutionServer::remove(const QString &name)
{
    Instance &instance = *m_instances[name];
    if (instance.state == QStringLiteral("open") || instance.state == QStringLiteral("connecting"))
        disconnect(name, 401);
    emitEvent(instance, QStringLiteral("instance.delete"),
              QJsonObject{{QStringLiteral("instanceName"), name}, {QStringLiteral("instanceId"), instance.id}});
    emitEvent(instance, QStringLiteral("remove.instance"), QJsonValue::Null);
    m_instances.remove(name);
    return {200, QJsonObject{{QStringLiteral("status"), QStringLiteral("SUCCESS")}, {QStringLiteral("error"), false},
                             {QStringLiteral("response"), QJsonObject{{QStringLiteral("message"), QStringLiteral("Instance deleted")}}}}};
}

FakeEvolutionServer::Reply FakeEvolutionServer::setWebhook(Instance &instance, const QJsonValue &body)
{
    // Since Aug 2024 the body must be nested under "webhook"; the docs' flat form fails (A.4).
    if (!body.isObject() || !body.toObject().value(QStringLiteral("webhook")).isObject())
        return badRequest(QStringLiteral("instance requires property \"webhook\""));
    const QJsonObject webhook = body.toObject().value(QStringLiteral("webhook")).toObject();
    const QString problem = webhookProblem(webhook, QStringLiteral("instance.webhook"), true);
    if (!problem.isEmpty())
        return badRequest(problem);
    instance.webhook = makeWebhookRow(webhook, webhook.value(QStringLiteral("enabled")).toBool(), instance.id, instance.webhook);
    instance.hasWebhook = true;
    return {201, instance.webhook};
}

QJsonObject FakeEvolutionServer::fetchRow(const Instance &instance) const
{
    const QString status = instance.state == QStringLiteral("refused") ? QStringLiteral("close") : instance.state;
    return {{QStringLiteral("id"), instance.id},
            {QStringLiteral("name"), instance.name},
            {QStringLiteral("connectionStatus"), status},
            {QStringLiteral("ownerJid"), instance.wuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(instance.wuid)},
            {QStringLiteral("profileName"), instance.profileName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(instance.profileName)},
            {QStringLiteral("profilePicUrl"), QJsonValue::Null},
            {QStringLiteral("integration"), instance.integration},
            {QStringLiteral("number"), QJsonValue::Null},
            {QStringLiteral("businessId"), QJsonValue::Null},
            {QStringLiteral("token"), instance.token},
            {QStringLiteral("clientName"), QStringLiteral("evolution_exchange")},
            {QStringLiteral("disconnectionReasonCode"), instance.disconnectionReasonCode},
            {QStringLiteral("disconnectionObject"), QJsonValue::Null},
            {QStringLiteral("disconnectionAt"), instance.disconnectionAt},
            {QStringLiteral("createdAt"), instance.createdAt},
            {QStringLiteral("updatedAt"), isoUtc(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("Chatwoot"), QJsonValue::Null},
            {QStringLiteral("Proxy"), QJsonValue::Null},
            {QStringLiteral("Rabbitmq"), QJsonValue::Null},
            {QStringLiteral("Nats"), QJsonValue::Null},
            {QStringLiteral("Sqs"), QJsonValue::Null},
            {QStringLiteral("Websocket"), QJsonValue::Null},
            {QStringLiteral("Setting"), instance.settings},
            {QStringLiteral("_count"), QJsonObject{{QStringLiteral("Message"), instance.sentIds.size()},
                                                   {QStringLiteral("Contact"), 0},
                                                   {QStringLiteral("Chat"), 0}}}};
}

FakeEvolutionServer::Reply FakeEvolutionServer::fetchInstances(const QByteArray &query, const QByteArray &key)
{
    QString only;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.startsWith("instanceName="))
            only = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(13)));
    }
    if (!only.isEmpty() && !m_instances.contains(only))
        return {404, envelope(404, QJsonArray{QStringLiteral("Instance \"%1\" not found").arg(only)})};
    QJsonArray rows;
    for (const auto &instance : std::as_const(m_instances)) {
        if (!only.isEmpty() && instance->name != only)
            continue;
        // With an instance token, only that instance is listed (A.1).
        if (key != m_globalKey && instance->token.toUtf8() != key)
            continue;
        rows.append(fetchRow(*instance));
    }
    return {200, rows};
}

// ---------------------------------------------------------------------------------------
// Small helpers, accessors and faults

FakeEvolutionServer::Instance *FakeEvolutionServer::find(const QString &name)
{
    const auto it = m_instances.find(name);
    return it == m_instances.end() ? nullptr : it->get();
}

void FakeEvolutionServer::closeAllConnections()
{
    const QList<Connection *> connections = std::exchange(m_connections, {});
    for (Connection *connection : connections) {
        connection->socket->abort();
        connection->socket->deleteLater();
        delete connection;
    }
}

QString FakeEvolutionServer::qrDataUrl()
{
    return QLatin1String(kPngDataUrl);
}

QList<EvolutionRequest> FakeEvolutionServer::requests() const
{
    return onThread([&] { return m_requests; });
}

QList<EvolutionRequest> FakeEvolutionServer::requests(const QByteArray &method, const QByteArray &pathPrefix) const
{
    return onThread([&] {
        QList<EvolutionRequest> out;
        for (const EvolutionRequest &r : m_requests) {
            if ((method.isEmpty() || r.method == method) && r.path.startsWith(pathPrefix))
                out.append(r);
        }
        return out;
    });
}

QList<EvolutionWebhookPost> FakeEvolutionServer::webhookPosts() const
{
    return onThread([&] { return m_posts; });
}

QList<EvolutionWebhookPost> FakeEvolutionServer::webhookPosts(const QString &event) const
{
    return onThread([&] {
        QList<EvolutionWebhookPost> out;
        for (const EvolutionWebhookPost &p : m_posts) {
            if (p.event == event)
                out.append(p);
        }
        return out;
    });
}

QStringList FakeEvolutionServer::instanceNames() const
{
    return onThread([&] { return QStringList(m_instances.keys()); });
}

bool FakeEvolutionServer::hasInstance(const QString &name) const
{
    return onThread([&] { return m_instances.contains(name); });
}

QString FakeEvolutionServer::state(const QString &name) const
{
    return onThread([&] { return m_instances.contains(name) ? m_instances.value(name)->state : QString(); });
}

QString FakeEvolutionServer::token(const QString &name) const
{
    return onThread([&] { return m_instances.contains(name) ? m_instances.value(name)->token : QString(); });
}

QJsonObject FakeEvolutionServer::webhookRow(const QString &name) const
{
    return onThread([&] { return m_instances.contains(name) ? m_instances.value(name)->webhook : QJsonObject(); });
}

QString FakeEvolutionServer::currentQrCode(const QString &name) const
{
    return onThread([&] { return m_instances.contains(name) ? m_instances.value(name)->qrCode : QString(); });
}

int FakeEvolutionServer::qrCount(const QString &name) const
{
    return onThread([&] { return m_instances.contains(name) ? m_instances.value(name)->qrCount : 0; });
}

QStringList FakeEvolutionServer::sentKeyIds(const QString &name) const
{
    return onThread([&] { return m_instances.contains(name) ? m_instances.value(name)->sentIds : QStringList(); });
}

bool FakeEvolutionServer::waitForRequests(const QByteArray &method, const QByteArray &pathPrefix, int count,
                                          int timeoutMs) const
{
    return waitFor([&] { return requests(method, pathPrefix).size() >= count; }, timeoutMs);
}

bool FakeEvolutionServer::waitForWebhookPosts(const QString &event, int count, int timeoutMs) const
{
    return waitFor([&] { return webhookPosts(event).size() >= count; }, timeoutMs);
}

bool FakeEvolutionServer::waitForWebhooksIdle(int timeoutMs) const
{
    return waitFor([&] {
        return onThread([&] { return m_queue.isEmpty() && !m_inFlight && m_pendingRetries == 0; });
    }, timeoutMs);
}

void FakeEvolutionServer::setShowsOpenWhenDead(const QString &name, bool dead)
{
    onThread([&] {
        if (Instance *instance = find(name))
            instance->dead = dead;
    });
}

void FakeEvolutionServer::forgetInstance(const QString &name)
{
    // As if Evolution's database had been reset: no events, the name is simply unknown.
    onThread([&] { m_instances.remove(name); });
}

void FakeEvolutionServer::setUnloaded(const QString &name, bool unloaded)
{
    onThread([&] {
        if (Instance *instance = find(name))
            instance->unloaded = unloaded;
    });
}

} // namespace wag::test
