#pragma once

#include "http_types.h"

#include <QPointer>

class QTcpSocket;

namespace wag {

class HttpConnection;

// The way a handler answers. Copyable and safe to keep: a handler that answers later (after
// a provider call, say) keeps its HttpReply; if the client has gone by then, send() does
// nothing. Only the first send() counts.
class HttpReply
{
public:
    HttpReply() = default;
    HttpReply(HttpConnection *connection, quint64 requestNumber);

    void send(HttpResponse response) const;
    bool clientStillWaiting() const;
    // For a route registered with RouteOptions::takesOver, instead of send(): the front door
    // lets go of the connection and returns its socket, unparented, with the request's bytes
    // (and whatever followed them) put back to be read again, e.g. by
    // QWebSocketServer::handleConnection(). Null when the client has gone or the route may
    // not take over. The caller owns the socket; the front door's limits no longer apply.
    QTcpSocket *takeOver() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_requestNumber = 0;
};

} // namespace wag
