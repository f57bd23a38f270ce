#pragma once

#include "http/http_reply.h"
#include "logs/log_page_request.h"
#include "portal_limits.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <functional>
#include <optional>

class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace wag {
class InboundPipeline;
class InstanceService;
struct InboundMessageRecord;
class Router;
}

namespace wag::portal {

class PortalGate;

// GET /live: the WebSocket that keeps a signed-in visitor's pages current (SPEC §8). The
// front door hands the upgrade's socket over (HttpReply::takeOver) once this has checked,
// like any page, the session cookie, and — the CSRF defence of WebSockets, which browsers
// open from any site with the cookie attached — that Origin is this gateway's own origin.
//
// Pushed, as JSON text messages:
//   {"type":"instance","id":…,"html":"<tr data-instance=…>…</tr>",
//    "status":"<div data-instance-status=…>…</div>"}                  created or changed
//   {"type":"instance-removed","id":…}
//   {"type":"qr","id":…,"html":"<div data-qr=…>…</div>"}             new QR code, or none now
//   {"type":"inbound","id":"<row id>","html":"<tr data-inbound=…>…</tr>"}  a new inbound message
// The html is the pages' own rendering — the Instances page's row (InstancesController::row),
// the manage page's status and QR code (InstanceConnectionView), the inbound log's row
// (InboundLogsController::row): escaped, masked and translated by the one renderer each page
// uses. A QR code is worth as much as the link itself while it is valid; it goes only to
// sockets of live staff sessions, as the page does.
//
// Inbound rows go only to sockets opened with "?inbound=1" and the page's filter (the
// inbound log's query fields, read by LogFilter): the server drops what does not match
// (InboundLogService::matches, the rule the window uses), so a filtered page never sees
// another instance's or contact's message, not even in its socket. Other sockets get none.
// Clients send nothing that matters; what
// they send is ignored, and a large message closes the socket.
//
// Before each push every socket's session is looked up again: a session that has ended
// (sign-out, disabled user, expiry, new password) has its sockets closed then (1008).
class LiveUpdates final : public QObject
{
    Q_OBJECT
public:
    LiveUpdates(PortalGate &gate, InstanceService &instances, LiveLimits limits = {},
                QObject *parent = nullptr);
    ~LiveUpdates() override;

    void registerRoutes(Router &router);
    // New inbound messages, announced by `pipeline` once they are committed, are pushed.
    void followInbound(InboundPipeline &pipeline);
    // The zone the pushed rows show times in (the pages' zone); UTC without one.
    void setTimeZone(std::function<QTimeZone()> timeZone) { m_timeZone = std::move(timeZone); }

    int socketCount() const { return int(m_sockets.size() + m_pending.size()); }
    const LiveLimits &limits() const { return m_limits; }
    // Tests reach the edges with small numbers.
    void setLimits(const LiveLimits &limits) { m_limits = limits; }

private:
    struct Pending
    {
        QPointer<QTcpSocket> socket;
        QByteArray sessionId;
        std::optional<LogPageRequest> inbound; // the inbound log page's filter, if that page
    };

    void upgrade(const HttpRequest &request, HttpReply reply);
    static bool sameOrigin(const HttpRequest &request);
    int socketsOf(const QByteArray &sessionId) const;
    void onHandshakeDone();
    void forget(QWebSocket *socket);
    void pushInstance(const QString &id);
    void pushRemoved(const QString &id);
    void pushQrCode(const QString &id);
    void pushInbound(const InboundMessageRecord &record);
    // To every socket of a live session, or only those `wanted` says yes to.
    void push(const QByteArray &message, const std::function<bool(QWebSocket *)> &wanted = {});

    PortalGate &m_gate;
    InstanceService &m_instances;
    LiveLimits m_limits;
    QWebSocketServer *m_server = nullptr; // child; does handshakes only, never listens
    QHash<QString, Pending> m_pending;     // peer "address port" → upgrade in its handshake
    QHash<QWebSocket *, QByteArray> m_sockets; // open socket → its session id
    QHash<QWebSocket *, LogPageRequest> m_inboundFilters; // sockets of inbound log pages
    std::function<QTimeZone()> m_timeZone;
};

} // namespace wag::portal
