#include "http_reply.h"

#include "http_connection.h"

namespace wag {

HttpReply::HttpReply(HttpConnection *connection, quint64 requestNumber)
    : m_connection(connection), m_requestNumber(requestNumber)
{
}

void HttpReply::send(HttpResponse response) const
{
    if (m_connection)
        m_connection->deliver(m_requestNumber, std::move(response));
}

QTcpSocket *HttpReply::takeOver() const
{
    return m_connection ? m_connection->takeOver(m_requestNumber) : nullptr;
}

bool HttpReply::clientStillWaiting() const
{
    return m_connection && m_connection->isWaitingFor(m_requestNumber);
}

} // namespace wag
