#pragma once

#include <QAbstractHttpServer>
#include <QTcpServer>

#include <functional>

namespace wag {

// The only class that knows QHttpServer. QHttpServer parses each request that an
// HttpConnection has already framed and size-checked; this adapter passes the parsed
// request back to that connection, which routes it and writes the answer. Keeping
// QHttpServer this thin means its API changes (large ones arrive by Qt 6.8) touch one file.
class QtHttpServerAdapter final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using QAbstractHttpServer::QAbstractHttpServer;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
};

// Our listening socket. Real connections never reach QHttpServer: incomingConnection()
// gives them to the FrontDoor, and only RequestChannels are queued as "pending
// connections" for QHttpServer to pick up.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    using Acceptor = std::function<void(qintptr)>;
    explicit GuardedTcpServer(Acceptor acceptor, QObject *parent = nullptr)
        : QTcpServer(parent), m_acceptor(std::move(acceptor))
    {
    }
    void handOff(QTcpSocket *channel) { addPendingConnection(channel); }

protected:
    void incomingConnection(qintptr descriptor) override { m_acceptor(descriptor); }

private:
    Acceptor m_acceptor;
};

} // namespace wag
