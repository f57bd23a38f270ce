#pragma once

#include "http_types.h"

#include <QPointer>

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

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_requestNumber = 0;
};

} // namespace wag
