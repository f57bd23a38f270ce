#include "qt_http_server_adapter.h"

#include "core/logging.h"
#include "http_connection.h"
#include "request_channel.h"

namespace wag {

bool QtHttpServerAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto *channel = qobject_cast<RequestChannel *>(socket);
    if (!channel || !channel->connection()) {
        qCWarning(lcHttp) << "request on a socket the front door does not know; dropped";
        return true;
    }
    channel->connection()->dispatch(request);
    return true;
}

void QtHttpServerAdapter::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Unreachable: handleRequest() accepts every request and routes it itself.
}

} // namespace wag
