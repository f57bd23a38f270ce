#include "front_door.h"

#include "core/logging.h"
#include "http_connection.h"
#include "qt_http_server_adapter.h"
#include "request_channel.h"
#include "response_writer.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>

namespace wag {

FrontDoor::FrontDoor(const Router &router, const HttpLimits &limits, QObject *parent)
    : QObject(parent), m_router(router), m_limits(limits)
{
    m_adapter = new QtHttpServerAdapter(this);
    m_server = new GuardedTcpServer([this](qintptr d) { accept(d); }, m_adapter);
    // Pending "connections" are RequestChannels, taken at once; the real accept queue is
    // the kernel's, sized by listen().
    m_server->setMaxPendingConnections(1 << 20);
}

FrontDoor::~FrontDoor()
{
    close();
}

Result<QSslConfiguration> FrontDoor::loadTls(const QString &certificatePath, const QString &keyPath)
{
    using Loaded = Result<QSslConfiguration>;
    if (!QSslSocket::supportsSsl())
        return Loaded::fail(QStringLiteral("tls_unavailable"),
                            QStringLiteral("this system has no TLS backend (OpenSSL) for Qt"));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (chain.isEmpty())
        return Loaded::fail(QStringLiteral("tls_certificate"),
                            QStringLiteral("cannot read a PEM certificate from %1").arg(certificatePath));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Loaded::fail(QStringLiteral("tls_key"), QStringLiteral("cannot read the TLS key %1: %2")
                                                           .arg(keyPath, keyFile.errorString()));
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Loaded::fail(QStringLiteral("tls_key"),
                            QStringLiteral("%1 is not an unencrypted PEM RSA or EC private key").arg(keyPath));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

Status FrontDoor::enableTls(const QString &certificatePath, const QString &keyPath)
{
    Result<QSslConfiguration> loaded = loadTls(certificatePath, keyPath);
    if (!loaded)
        return loaded.failure();
    m_tlsConfiguration = loaded.value();
    m_tls = true;
    return succeeded();
}

Status FrontDoor::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        return Status::fail(QStringLiteral("listen_failed"),
                            QStringLiteral("cannot listen on %1:%2: %3")
                                .arg(address.toString())
                                .arg(port)
                                .arg(m_server->errorString()));
    }
    m_adapter->bind(m_server); // after listen(): QHttpServer warns about idle servers
    return succeeded();
}

void FrontDoor::close()
{
    if (m_server)
        m_server->close();
    const auto connections = m_connections;
    for (HttpConnection *c : connections)
        c->abort();
}

bool FrontDoor::isListening() const
{
    return m_server->isListening();
}

QHostAddress FrontDoor::address() const
{
    return m_server->serverAddress();
}

quint16 FrontDoor::port() const
{
    return m_server->serverPort();
}

// At the connection cap, the connection that has been idle longest makes way: a thousand
// clients that connect and say nothing must not lock out the one that has work to do.
bool FrontDoor::makeRoom()
{
    if (m_connections.size() < m_limits.maxConnections)
        return true;
    HttpConnection *oldest = nullptr;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->isIdle() && (!oldest || c->lastActivityMs() < oldest->lastActivityMs()))
            oldest = c;
    }
    if (!oldest)
        return false;
    oldest->abort();
    return m_connections.size() < m_limits.maxConnections;
}

void FrontDoor::accept(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcHttp) << "cannot adopt accepted socket:" << socket->errorString();
        delete socket;
        return;
    }
    if (!makeRoom()) {
        // Every connection is busy with a request: say so rather than hang.
        ResponseFraming framing;
        framing.keepAlive = false;
        socket->write(serializeResponse(
            HttpResponse::error(503, QStringLiteral("server_busy"),
                                QStringLiteral("Too many connections; try again shortly.")),
            framing));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }

    ConnectionContext context;
    context.limits = &m_limits;
    context.router = &m_router;
    context.handOff = [server = m_server](RequestChannel *channel) { server->handOff(channel); };
    auto *connection = new HttpConnection(socket, m_tls, context, this);
    m_connections.insert(connection);
    connect(connection, &HttpConnection::finished, this, &FrontDoor::onFinished);

    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        tls->setSslConfiguration(m_tlsConfiguration);
        connect(tls, &QSslSocket::encrypted, connection, &HttpConnection::start);
        connect(tls, &QSslSocket::sslErrors, connection, [](const QList<QSslError> &errors) {
            qCDebug(lcHttp) << "TLS handshake errors" << errors;
        });
        tls->startServerEncryption();
    } else {
        connection->start();
    }
}

void FrontDoor::onFinished(HttpConnection *connection)
{
    m_connections.remove(connection);
    connection->deleteLater();
}

} // namespace wag
