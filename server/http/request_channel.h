#pragma once

#include <QPointer>
#include <QTcpSocket>

namespace wag {

class HttpConnection;

// The socket QHttpServer is given. It is not connected to the network: the HttpConnection
// that guards the real socket feeds it one complete, size-checked request at a time, so
// QHttpServer never buffers more than a route allows and never sees a pipelined request
// before the previous one is answered. Responses do not travel through here; the
// HttpConnection writes them to the real socket itself.
class RequestChannel final : public QTcpSocket
{
    Q_OBJECT
public:
    RequestChannel(HttpConnection *connection, const QHostAddress &peer, quint16 peerPort);

    HttpConnection *connection() const { return m_connection; }

    void feed(const QByteArray &requestBytes);
    void connectionClosed(); // the real socket is gone

    qint64 bytesAvailable() const override;
    void disconnectFromHost() override;
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QPointer<HttpConnection> m_connection;
    QByteArray m_pending;
    bool m_closed = false;
};

} // namespace wag
