#pragma once

#include "core/result.h"
#include "http_limits.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>

#include <memory>

namespace wag {

class GuardedTcpServer;
class HttpConnection;
class QtHttpServerAdapter;
class Router;

// The gateway's one listening socket (HTTP or HTTPS). Accepts connections, wraps each in an
// HttpConnection that enforces the limits, and hands complete requests to QHttpServer
// through a thin adapter. Nothing else in the engine touches sockets or QHttpServer.
class FrontDoor final : public QObject
{
    Q_OBJECT
public:
    FrontDoor(const Router &router, const HttpLimits &limits, QObject *parent = nullptr);
    ~FrontDoor() override;

    // Loads a PEM certificate (chain) and private key; call before listen().
    Status enableTls(const QString &certificatePath, const QString &keyPath);
    // Reads the pair as enableTls() would, without a front door: the settings check a new
    // pair before saving it, so the next start does not fail on it.
    static Result<QSslConfiguration> loadTls(const QString &certificatePath, const QString &keyPath);

    Status listen(const QHostAddress &address, quint16 port);
    void close();

    bool isListening() const;
    bool isTls() const { return m_tls; }
    QHostAddress address() const;
    quint16 port() const;
    int connectionCount() const { return int(m_connections.size()); }

private:
    void accept(qintptr descriptor);
    bool makeRoom();
    void onFinished(HttpConnection *connection);

    const Router &m_router;
    HttpLimits m_limits;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    QtHttpServerAdapter *m_adapter = nullptr; // owns m_server (QAbstractHttpServer::bind)
    GuardedTcpServer *m_server = nullptr;
    QSet<HttpConnection *> m_connections;
};

} // namespace wag
