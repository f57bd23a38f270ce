#include "request_channel.h"

#include "core/logging.h"
#include "http_connection.h"

#include <cstring>

namespace wag {

RequestChannel::RequestChannel(HttpConnection *connection, const QHostAddress &peer,
                               quint16 peerPort)
    : m_connection(connection)
{
    setOpenMode(QIODevice::ReadWrite | QIODevice::Unbuffered);
    setSocketState(QAbstractSocket::ConnectedState);
    setPeerAddress(peer);
    setPeerPort(peerPort);
}

void RequestChannel::feed(const QByteArray &requestBytes)
{
    m_pending += requestBytes;
    emit readyRead();
}

void RequestChannel::connectionClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    m_pending.clear();
    setSocketState(QAbstractSocket::UnconnectedState);
    emit disconnected();
}

qint64 RequestChannel::bytesAvailable() const
{
    return m_pending.size() + QIODevice::bytesAvailable();
}

void RequestChannel::disconnectFromHost()
{
    // QHttpServer gives up on a request it cannot parse by closing its socket.
    if (m_connection)
        m_connection->abortFromParser();
    connectionClosed();
}

void RequestChannel::close()
{
    disconnectFromHost();
}

qint64 RequestChannel::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_pending.size());
    if (n <= 0)
        return m_closed ? -1 : 0;
    std::memcpy(data, m_pending.constData(), size_t(n));
    m_pending.remove(0, n);
    return n;
}

qint64 RequestChannel::writeData(const char *, qint64 size)
{
    // Every answer is written by HttpConnection with our framing and headers.
    qCWarning(lcHttp) << "ignored" << size << "bytes written by QHttpServer itself";
    return size;
}

} // namespace wag
