#include "live_updates.h"

#include "events/inbound_pipeline.h"
#include "http/router.h"
#include "instance_connection_view.h"
#include "inbound_logs_controller.h"
#include "instances/instance_service.h"
#include "instances_controller.h"
#include "log_filter.h"
#include "logs/inbound_log_service.h"
#include "portal_gate.h"
#include "portal_pages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

namespace wag::portal {

static QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + u' ' + QString::number(port);
}

LiveUpdates::LiveUpdates(PortalGate &gate, InstanceService &instances, LiveLimits limits, QObject *parent)
    : QObject(parent), m_gate(gate), m_instances(instances), m_limits(limits)
{
    // Only its handshake code is used (handleConnection): the front door owns the port.
    m_server = new QWebSocketServer(QStringLiteral("WhatsApp Gateway"), QWebSocketServer::NonSecureMode, this);
    connect(m_server, &QWebSocketServer::newConnection, this, &LiveUpdates::onHandshakeDone);

    connect(&m_instances, &InstanceService::instanceCreated, this, &LiveUpdates::pushInstance);
    connect(&m_instances, &InstanceService::stateChanged, this,
            [this](const QString &id) { pushInstance(id); });
    connect(&m_instances, &InstanceService::pausedChanged, this,
            [this](const QString &id) { pushInstance(id); });
    connect(&m_instances, &InstanceService::instanceRemoved, this, &LiveUpdates::pushRemoved);
    connect(&m_instances, &InstanceService::qrCodeChanged, this, &LiveUpdates::pushQrCode);
}

void LiveUpdates::followInbound(InboundPipeline &pipeline)
{
    connect(&pipeline, &InboundPipeline::messageRecorded, this, &LiveUpdates::pushInbound);
}

LiveUpdates::~LiveUpdates()
{
    for (const Pending &pending : std::as_const(m_pending))
        delete pending.socket.data();
    m_pending.clear();
    const auto sockets = m_sockets.keys();
    m_sockets.clear();
    m_inboundFilters.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

void LiveUpdates::registerRoutes(Router &router)
{
    RouteOptions options;
    options.takesOver = true;
    options.maxBodyBytes = 0; // an upgrade request has no body
    router.add("GET", QStringLiteral("/live"),
               Router::Handler([this](const HttpRequest &r, HttpReply reply) { upgrade(r, std::move(reply)); }),
               options);
}

// Origin as browsers send it ("http://host:port") against the Host this request was sent to,
// under the scheme it arrived by. A page of another site (or a sandboxed "null" origin) is
// refused even with the cookie, which SameSite=Strict already keeps from most of them.
bool LiveUpdates::sameOrigin(const HttpRequest &request)
{
    const QByteArray origin = request.header("origin").trimmed().toLower();
    const QByteArray host = request.header("host").trimmed().toLower();
    if (origin.isEmpty() || host.isEmpty())
        return false;
    return origin == (request.secure ? QByteArray("https://") : QByteArray("http://")) + host;
}

int LiveUpdates::socketsOf(const QByteArray &sessionId) const
{
    int count = 0;
    for (const QByteArray &id : m_sockets)
        count += id == sessionId;
    for (const Pending &pending : m_pending)
        count += pending.sessionId == sessionId;
    return count;
}

void LiveUpdates::upgrade(const HttpRequest &request, HttpReply reply)
{
    // The messages are the API's (English, JSON): a browser's script never shows them.
    const std::optional<SignedIn> visitor = m_gate.visitor(request);
    if (!visitor || !mayOpen(visitor->user.role, Audience::Staff)) {
        reply.send(HttpResponse::error(401, QStringLiteral("unauthorized"),
                                       QStringLiteral("Sign in to the portal first.")));
        return;
    }
    if (!sameOrigin(request)) {
        reply.send(HttpResponse::error(403, QStringLiteral("forbidden_origin"),
                                       QStringLiteral("Live updates are only for this gateway's own pages.")));
        return;
    }
    if (!request.header("upgrade").trimmed().toLower().contains("websocket")) {
        HttpResponse response = HttpResponse::error(426, QStringLiteral("upgrade_required"),
                                                    QStringLiteral("GET /live is a WebSocket."));
        response.withHeader("Upgrade", "websocket");
        reply.send(std::move(response));
        return;
    }
    if (socketsOf(visitor->sessionId) >= m_limits.maxSocketsPerSession) {
        reply.send(HttpResponse::error(429, QStringLiteral("too_many_live_sockets"),
                                       QStringLiteral("This session has %1 live updates open already.")
                                           .arg(m_limits.maxSocketsPerSession)));
        return;
    }
    if (socketCount() >= m_limits.maxSockets) {
        reply.send(HttpResponse::error(503, QStringLiteral("server_busy"),
                                       QStringLiteral("Too many live updates are open; try again shortly.")));
        return;
    }
    std::optional<LogPageRequest> inbound;
    if (request.query.hasQueryItem(QStringLiteral("inbound"))) {
        const LogFilter filter = LogFilter::read(request, m_instances, m_timeZone ? m_timeZone() : QTimeZone::utc(),
                                                 true);
        if (!filter.ok()) {
            reply.send(HttpResponse::error(400, QStringLiteral("validation_error"), filter.problem()));
            return;
        }
        inbound = filter.request();
    }
    QTcpSocket *socket = reply.takeOver();
    if (!socket)
        return; // the client went away meanwhile
    const QString key = peerKey(socket->peerAddress(), socket->peerPort());
    m_pending.insert(key, Pending{socket, visitor->sessionId, inbound});
    // A handshake QWebSocketServer refuses closes and deletes the socket: forget it then.
    connect(socket, &QObject::destroyed, this, [this, key] {
        if (m_pending.contains(key) && !m_pending.value(key).socket)
            m_pending.remove(key);
    });
    m_server->handleConnection(socket);
}

void LiveUpdates::onHandshakeDone()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        const QString key = peerKey(socket->peerAddress(), socket->peerPort());
        const Pending pending = m_pending.take(key);
        if (pending.sessionId.isEmpty()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxIncomingMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxIncomingMessageBytes));
        m_sockets.insert(socket, pending.sessionId);
        if (pending.inbound)
            m_inboundFilters.insert(socket, *pending.inbound);
        // What clients send is ignored (the size limits above close on anything large).
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { forget(socket); });
    }
}

void LiveUpdates::forget(QWebSocket *socket)
{
    m_inboundFilters.remove(socket);
    if (m_sockets.remove(socket))
        socket->deleteLater();
}

void LiveUpdates::pushInstance(const QString &id)
{
    const std::optional<InstanceRecord> instance = m_instances.find(id);
    if (!instance)
        return;
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("instance")},
                              {QStringLiteral("id"), instance->id},
                              {QStringLiteral("html"), InstancesController::row(*instance).toString()},
                              {QStringLiteral("status"), InstanceConnectionView::status(*instance).toString()}};
    push(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void LiveUpdates::pushQrCode(const QString &id)
{
    const std::optional<InstanceRecord> instance = m_instances.find(id);
    if (!instance)
        return;
    const QJsonObject message{
        {QStringLiteral("type"), QStringLiteral("qr")},
        {QStringLiteral("id"), instance->id},
        {QStringLiteral("html"), InstanceConnectionView::qrBlock(*instance, m_instances.qrText(id)).toString()}};
    push(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void LiveUpdates::pushRemoved(const QString &id)
{
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("instance-removed")},
                              {QStringLiteral("id"), id}};
    push(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void LiveUpdates::pushInbound(const InboundMessageRecord &record)
{
    if (m_inboundFilters.isEmpty())
        return;
    const std::optional<InstanceRecord> instance = m_instances.find(record.instanceId);
    const QTimeZone zone = m_timeZone ? m_timeZone() : QTimeZone::utc();
    const Html row = InboundLogsController::row(record, instance ? instance->name : record.instanceId, zone);
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("inbound")},
                              {QStringLiteral("id"), QString::number(record.id)},
                              {QStringLiteral("html"), row.toString()}};
    push(QJsonDocument(message).toJson(QJsonDocument::Compact), [this, &record](QWebSocket *socket) {
        const auto filter = m_inboundFilters.constFind(socket);
        return filter != m_inboundFilters.cend() && InboundLogService::matches(record, *filter);
    });
}

void LiveUpdates::push(const QByteArray &message, const std::function<bool(QWebSocket *)> &wanted)
{
    if (m_sockets.isEmpty())
        return;
    // Each session is looked up once per push (without counting as use: an open tab must
    // not keep an unattended session from idling out); one that has ended closes its sockets.
    QHash<QByteArray, bool> alive;
    const auto sockets = m_sockets;
    for (auto it = sockets.cbegin(); it != sockets.cend(); ++it) {
        if (!alive.contains(it.value())) {
            const std::optional<SignedIn> visitor = m_gate.sessions().peek(it.value());
            alive.insert(it.value(), visitor && mayOpen(visitor->user.role, Audience::Staff));
        }
        QWebSocket *socket = it.key();
        if (!alive.value(it.value())) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("session ended"));
            continue;
        }
        if (wanted && !wanted(socket))
            continue;
        socket->sendTextMessage(QString::fromUtf8(message));
    }
}

} // namespace wag::portal
