#include "fakes/webhook_receiver.h"

#include "http/request_head.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

namespace wag::test {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;

// A QTcpServer that hands out sockets already set up for TLS when asked to.
class Listener final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    const QSslConfiguration *tls = nullptr;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (auto *secure = qobject_cast<QSslSocket *>(socket)) {
            secure->setSslConfiguration(*tls);
            secure->startServerEncryption();
        }
        addPendingConnection(socket);
    }
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 410: return "Gone";
    case 413: return "Content Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &lowerName)
{
    for (const auto &header : headers) {
        if (header.first.toLower() == lowerName)
            return true;
    }
    return false;
}

QByteArray chunked(const QByteArray &body, int chunkBytes)
{
    QByteArray out;
    for (qsizetype at = 0; at < body.size(); at += chunkBytes) {
        const QByteArray chunk = body.mid(at, chunkBytes);
        out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    return out + "0\r\n\r\n";
}

QByteArray serialize(const ScriptedResponse &response, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                   + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    const bool bodyless = response.status == 204 || response.status == 304;
    if (response.chunkBytes > 0 && !bodyless)
        out += "Transfer-Encoding: chunked\r\n";
    else if (!bodyless && !hasHeader(response.headers, "content-length"))
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!bodyless)
        out += response.chunkBytes > 0 ? chunked(response.body, response.chunkBytes) : response.body;
    return out;
}

} // namespace

QByteArray ReceivedRequest::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    return headers.value(name.toLower());
}

ScriptedResponse ScriptedResponse::answer(int status, const QByteArray &body,
                                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    return response;
}

ScriptedResponse ScriptedResponse::rawAnswer(const QByteArray &bytes, bool thenClose)
{
    ScriptedResponse response;
    response.raw = bytes;
    response.closeAfterAnswer = thenClose;
    return response;
}

ScriptedResponse ScriptedResponse::closeWithoutAnswer()
{
    ScriptedResponse response;
    response.action = Action::CloseWithoutAnswer;
    return response;
}

ScriptedResponse ScriptedResponse::neverAnswer()
{
    ScriptedResponse response;
    response.action = Action::NeverAnswer;
    return response;
}

// One accepted connection and the request it is reading.
class WebhookReceiver::Connection final : public QObject
{
public:
    Connection(QTcpSocket *socketToServe, int connectionNumber, QObject *parent)
        : QObject(parent)
        , socket(socketToServe)
        , number(connectionNumber)
    {
        socket->setParent(this);
    }

    QTcpSocket *socket;
    const int number;
    QByteArray buffer;
    bool busy = false; // a request is being answered (or deliberately never will be)
    bool continueSent = false;
};

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QObject(parent)
{
}

WebhookReceiver::~WebhookReceiver() = default;

bool WebhookReceiver::listen(const QHostAddress &address)
{
    auto *listener = new Listener(this);
    listener->tls = m_tls ? &m_tlsConfiguration : nullptr;
    m_server = listener;
    connect(m_server, &QTcpServer::newConnection, this, &WebhookReceiver::accept);
    return m_server->listen(address, 0);
}

bool WebhookReceiver::listenTls(const TlsFiles &files, const QHostAddress &address)
{
    QFile keyFile(files.keyPath);
    if (!files.ok() || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return false;
    m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
    m_tlsConfiguration.setLocalCertificate(files.certificate);
    m_tlsConfiguration.setPrivateKey(key);
    m_tlsConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tls = true;
    return listen(address);
}

quint16 WebhookReceiver::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl WebhookReceiver::url(const QString &path, const QString &host) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.isEmpty() ? m_server->serverAddress().toString() : host);
    url.setPort(port());
    url.setPath(path);
    return url;
}

void WebhookReceiver::enqueue(const ScriptedResponse &response)
{
    m_script.append(response);
}

void WebhookReceiver::setDefaultResponse(const ScriptedResponse &response)
{
    m_defaultResponse = response;
}

int WebhookReceiver::openConnections() const
{
    return int(m_connections.size());
}

bool WebhookReceiver::waitForRequests(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_requests.size() >= count; }, timeoutMs);
}

bool WebhookReceiver::waitForConnections(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_connectionsAccepted >= count; }, timeoutMs);
}

void WebhookReceiver::closeIdleConnections()
{
    const QList<Connection *> connections = m_connections;
    for (Connection *connection : connections) {
        if (!connection->busy && connection->buffer.isEmpty())
            connection->socket->disconnectFromHost();
    }
}

void WebhookReceiver::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new Connection(socket, ++m_connectionsAccepted, this);
        m_connections.append(connection);
        connect(socket, &QTcpSocket::readyRead, connection, [this, connection] {
            connection->buffer += connection->socket->readAll();
            readRequests(connection);
        });
        connect(socket, &QTcpSocket::disconnected, connection,
                [this, connection] { forget(connection); });
        connect(socket, &QTcpSocket::errorOccurred, connection, [this, connection] {
            // A failed TLS handshake (the client refused our certificate) ends here.
            if (connection->socket->state() != QAbstractSocket::ConnectedState)
                forget(connection);
        });
    }
}

void WebhookReceiver::forget(Connection *connection)
{
    if (m_connections.removeAll(connection) == 0)
        return;
    connection->deleteLater();
}

void WebhookReceiver::readRequests(Connection *connection)
{
    while (!connection->busy && takeRequest(connection)) {
    }
}

bool WebhookReceiver::takeRequest(Connection *connection)
{
    QByteArray &buffer = connection->buffer;
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > kMaxHeadBytes)
            respond(connection, ScriptedResponse::answer(431), false);
        return false;
    }
    RequestHead head;
    const HeadParseError error = parseRequestHead(buffer.left(headEnd + 2), &head);
    if (error.status != 0) {
        respond(connection, ScriptedResponse::answer(error.status, error.reason), false);
        return false;
    }
    if (head.contentLength > kMaxBodyBytes) {
        respond(connection, ScriptedResponse::answer(413), false);
        return false;
    }
    const qsizetype bodyStart = headEnd + 4;
    if (buffer.size() < bodyStart + head.contentLength) {
        if (head.expectContinue && !connection->continueSent) {
            connection->continueSent = true;
            connection->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return false;
    }

    ReceivedRequest request;
    request.method = head.method;
    request.target = head.target;
    for (const auto &[name, value] : std::as_const(head.headers)) {
        QByteArray &joined = request.headers[name.toLower()];
        joined = joined.isEmpty() ? value : joined + ", " + value;
    }
    request.body = buffer.mid(bodyStart, head.contentLength);
    request.arrivedAt = QDateTime::currentDateTimeUtc();
    request.connectionNumber = connection->number;
    buffer.remove(0, bodyStart + head.contentLength);
    connection->continueSent = false;
    m_requests.append(request);

    const ScriptedResponse response = m_script.isEmpty() ? m_defaultResponse : m_script.takeFirst();
    respond(connection, response, head.keepAlive);
    emit requestReceived(request);
    return true;
}

void WebhookReceiver::respond(Connection *connection, const ScriptedResponse &response,
                              bool clientKeepsAlive)
{
    connection->busy = true;
    if (response.action == ScriptedResponse::Action::NeverAnswer)
        return;
    // Even without a delay the answer goes out from the event loop, like a real server
    // that hands the request to a worker.
    QTimer::singleShot(response.delayMs, connection, [this, connection, response, clientKeepsAlive] {
        QTcpSocket *socket = connection->socket;
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (response.action == ScriptedResponse::Action::CloseWithoutAnswer) {
            socket->disconnectFromHost();
            return;
        }
        const bool close = response.closeAfterAnswer || !clientKeepsAlive;
        socket->write(response.raw.isEmpty() ? serialize(response, close) : response.raw);
        if (close) {
            socket->disconnectFromHost();
            return;
        }
        connection->busy = false;
        readRequests(connection);
    });
}

} // namespace wag::test
