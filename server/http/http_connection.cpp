#include "http_connection.h"

#include "core/logging.h"
#include "loopback_host.h"
#include "request_channel.h"
#include "response_writer.h"
#include "router.h"

#include <QHttpServerRequest>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <sys/socket.h>

namespace wag {

QElapsedTimer HttpConnection::s_monotonic;

// How much a socket may hold in Qt's own buffer beyond what we have asked for. Small, so
// that a client sending faster than we process is held back by TCP, not by our memory.
static constexpr qint64 kSocketReadBuffer = 64 * 1024;

HttpConnection::HttpConnection(QTcpSocket *socket, bool secure, const ConnectionContext &context,
                               QObject *parent)
    : QObject(parent), m_socket(socket), m_secure(secure), m_context(context)
{
    if (!s_monotonic.isValid())
        s_monotonic.start();
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadable);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::closeNow);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcHttp) << "socket error" << e << m_socket->errorString();
        closeNow();
    });
    touch();
    // Until the first request head is complete, a connection has the head timeout: a client
    // that connects and says nothing (or performs a slow TLS handshake) is let go.
    armTimer(m_context.limits->headTimeoutMs);
}

HttpConnection::~HttpConnection()
{
    if (m_channel) {
        m_channel->connectionClosed();
        m_channel->deleteLater();
    }
}

void HttpConnection::start()
{
    m_state = State::Head;
    advance();
    if (m_socket->bytesAvailable() > 0)
        onReadable();
}

bool HttpConnection::isIdle() const
{
    return (m_state == State::Head && m_input.isEmpty()) || m_state == State::Handshake;
}

void HttpConnection::touch()
{
    m_lastActivity = s_monotonic.elapsed();
}

void HttpConnection::armTimer(int milliseconds)
{
    m_timer.start(milliseconds);
}

void HttpConnection::onReadable()
{
    if (m_state == State::Draining) {
        m_socket->readAll(); // discarded: we are only waiting for the client to stop
        return;
    }
    if (m_state != State::Head && m_state != State::Body)
        return; // leave it in the socket; TCP holds the client back
    touch();
    advance();
}

void HttpConnection::advance()
{
    const HttpLimits &limits = *m_context.limits;
    for (;;) {
        if (m_state == State::Head) {
            // Read only as much as a head may be, plus the terminator.
            const qint64 cap = limits.maxHeadBytes + 4;
            if (m_input.size() < cap && m_socket->bytesAvailable() > 0)
                m_input += m_socket->read(cap - m_input.size());
            if (m_input.isEmpty())
                return;
            if (!m_headTimerArmed) {
                m_headTimerArmed = true;
                armTimer(limits.headTimeoutMs);
            }
            if (!takeHead())
                return;
        }
        if (m_state == State::Body) {
            const qint64 needed = m_headLength + m_head.contentLength;
            if (m_input.size() < needed && m_socket->bytesAvailable() > 0) {
                m_input += m_socket->read(needed - m_input.size());
                armTimer(limits.headTimeoutMs); // progress: the stall clock starts again
            }
            if (m_input.size() < needed)
                return;
            handOffRequest();
            return;
        }
        return;
    }
}

// Returns true when a complete, acceptable head was taken and the state moved to Body.
bool HttpConnection::takeHead()
{
    const HttpLimits &limits = *m_context.limits;
    const qsizetype end = m_input.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_input.size() >= limits.maxHeadBytes + 4)
            reject(431, QStringLiteral("request_header_too_large"),
                   QStringLiteral("The request line and headers exceed %1 bytes.")
                       .arg(limits.maxHeadBytes));
        return false;
    }
    if (end + 2 > limits.maxHeadBytes) {
        reject(431, QStringLiteral("request_header_too_large"),
               QStringLiteral("The request line and headers exceed %1 bytes.")
                   .arg(limits.maxHeadBytes));
        return false;
    }
    m_head = RequestHead();
    const HeadParseError error = parseRequestHead(m_input.left(end + 2), &m_head);
    if (error.status != 0) {
        reject(error.status, QStringLiteral("bad_request"), QString::fromLatin1(error.reason));
        return false;
    }
    m_headLength = end + 4;

    m_route = m_context.router->match(m_head.method, QUrl::fromPercentEncoding(m_head.path()));
    const qint64 maxBody = m_route.maxBodyBytes.value_or(limits.defaultBodyBytes);
    if (m_head.contentLength > maxBody) {
        reject(413, QStringLiteral("payload_too_large"),
               QStringLiteral("The request body is %1 bytes; this endpoint accepts at most %2.")
                   .arg(m_head.contentLength)
                   .arg(maxBody));
        return false;
    }
    if (m_head.expectContinue && m_head.contentLength > 0
        && m_input.size() < m_headLength + m_head.contentLength)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_state = State::Body;
    armTimer(limits.headTimeoutMs);
    return true;
}

// The request (head and body) is the first m_headLength + contentLength bytes of m_input.
void HttpConnection::handOffRequest()
{
    m_state = State::Dispatched;
    m_timer.stop();
    ++m_requestNumber;
    m_handlerReached = false;
    const qsizetype length = m_headLength + m_head.contentLength;
    if (m_route.direct) {
        if (m_route.takesOver)
            m_takeOverHead = m_input.left(length);
        QByteArray body = m_input.mid(m_headLength, m_head.contentLength);
        m_input.remove(0, length);
        dispatchDirect(std::move(body));
        return;
    }
    const QByteArray requestBytes = m_input.left(length);
    m_input.remove(0, length);
    if (!m_channel) {
        m_channel = new RequestChannel(this, m_socket->peerAddress(), m_socket->peerPort());
        m_context.handOff(m_channel);
    }
    m_channel->feed(requestBytes); // QHttpServer parses it synchronously and calls dispatch()
    if (!m_handlerReached && m_state == State::Dispatched)
        reject(400, QStringLiteral("bad_request"), QStringLiteral("The request could not be parsed."));
}

// What QHttpServer would have told dispatch(), from the head we parsed: the decoded path
// (the one the route was matched with) and the query, with headers and body as received.
void HttpConnection::dispatchDirect(QByteArray body)
{
    m_handlerReached = true;
    HttpRequest request;
    request.method = m_head.method;
    const QByteArray &target = m_head.target;
    const qsizetype question = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    request.headers = m_head.headers;
    request.body = std::move(body);
    request.peer = m_socket->peerAddress();
    request.secure = m_secure;
    const Router::Match match = std::move(m_route);
    route(request, match);
}

void HttpConnection::dispatch(const QHttpServerRequest &parsed)
{
    m_handlerReached = true;
    HttpRequest request;
    request.method = m_head.method;
    request.path = parsed.url().path();
    request.query = parsed.query();
    request.headers = m_head.headers;
    request.body = parsed.body();
    request.peer = m_socket->peerAddress();
    request.secure = m_secure;
    route(request, m_context.router->match(request.method, request.path));
}

void HttpConnection::route(HttpRequest &request, const Router::Match &route)
{
    const bool allowedHere =
        !route.loopbackOnly || (request.peer.isLoopback() && hostNamesLoopback(request.header("host")));
    if (!route.handler || !allowedHere) {
        if (!route.allowedMethods.isEmpty() && allowedHere) {
            HttpResponse response = HttpResponse::error(
                405, QStringLiteral("method_not_allowed"),
                QStringLiteral("%1 is not allowed here; use %2.")
                    .arg(QString::fromLatin1(request.method),
                         route.allowedMethods.join(QStringLiteral(", "))));
            response.withHeader("Allow", route.allowedMethods.join(QStringLiteral(", ")).toLatin1());
            deliver(m_requestNumber, response);
        } else if (std::optional<HttpResponse> page = m_context.router->notFoundPage(request)) {
            deliver(m_requestNumber, std::move(*page));
        } else {
            deliver(m_requestNumber,
                    HttpResponse::error(404, QStringLiteral("not_found"),
                                        QStringLiteral("No such endpoint: %1").arg(request.path)));
        }
        return;
    }
    request.pathParams = route.params;
    (*route.handler)(request, HttpReply(this, m_requestNumber));
}

QTcpSocket *HttpConnection::takeOver(quint64 requestNumber)
{
    if (!isWaitingFor(requestNumber) || m_takeOverHead.isEmpty() || !m_socket)
        return nullptr;
    // The request, its body and anything the client sent after it go back into the
    // socket's read buffer, last byte first, so the new owner reads them as if fresh.
    const QByteArray replay = m_takeOverHead + m_input;
    m_takeOverHead.clear();
    m_input.clear();
    m_timer.stop();
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->setParent(nullptr);
    for (qsizetype i = replay.size() - 1; i >= 0; --i)
        socket->ungetChar(replay.at(i));
    m_state = State::Closed;
    m_finished = true;
    emit finished(this); // the front door forgets this connection; the socket lives on
    return socket;
}

bool HttpConnection::isWaitingFor(quint64 requestNumber) const
{
    return m_state == State::Dispatched && requestNumber == m_requestNumber;
}

void HttpConnection::deliver(quint64 requestNumber, HttpResponse response)
{
    if (!isWaitingFor(requestNumber))
        return;
    m_takeOverHead.clear();
    const bool keepAlive = m_head.keepAlive;
    writeResponse(response, keepAlive);
    if (!keepAlive) {
        m_state = State::Closed;
        m_socket->disconnectFromHost(); // flushes first
        return;
    }
    m_state = State::Head;
    m_headTimerArmed = false;
    touch();
    armTimer(m_context.limits->idleTimeoutMs);
    // A pipelined request may already be waiting in our buffer or the socket's.
    if (!m_input.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::advance, Qt::QueuedConnection);
}

void HttpConnection::writeResponse(const HttpResponse &response, bool keepAlive)
{
    ResponseFraming framing;
    framing.keepAlive = keepAlive;
    framing.headRequest = m_head.method == "HEAD";
    framing.secure = m_secure;
    m_socket->write(serializeResponse(response, framing));
}

void HttpConnection::reject(int status, const QString &code, const QString &message)
{
    qCDebug(lcHttp) << "rejecting request from" << m_socket->peerAddress() << status << message;
    m_head.method.clear();
    writeResponse(HttpResponse::error(status, code, message), false);
    beginDrain();
}

// After an early error the client may still be sending a body we refused. Closing at once
// would make the kernel reset the connection and the client could lose our answer, so we
// stop writing, read and discard for a short while, then close.
void HttpConnection::beginDrain()
{
    m_state = State::Draining;
    m_input.clear();
    m_socket->flush();
    if (!m_secure && m_socket->bytesToWrite() == 0)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    else
        m_socket->disconnectFromHost();
    armTimer(m_context.limits->lingerAfterErrorMs);
    m_socket->readAll();
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Head:
        if (m_input.isEmpty() && m_requestNumber > 0) {
            closeNow(); // an idle keep-alive connection: nothing to say
            return;
        }
        if (m_input.isEmpty()) {
            closeNow(); // connected and never sent a byte
            return;
        }
        reject(408, QStringLiteral("request_timeout"),
               QStringLiteral("The request was not received within %1 ms.")
                   .arg(m_context.limits->headTimeoutMs));
        return;
    case State::Body:
        reject(408, QStringLiteral("request_timeout"),
               QStringLiteral("The request body stalled for %1 ms.")
                   .arg(m_context.limits->headTimeoutMs));
        return;
    case State::Handshake:
    case State::Draining:
        closeNow();
        return;
    case State::Dispatched:
    case State::Closed:
        return;
    }
}

void HttpConnection::abort()
{
    closeNow();
}

void HttpConnection::abortFromParser()
{
    if (m_state == State::Dispatched && !m_handlerReached)
        return; // handOffRequest answers 400 once the channel returns
    closeNow();
}

void HttpConnection::closeNow()
{
    if (m_finished)
        return;
    m_finished = true;
    m_state = State::Closed;
    m_timer.stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    if (m_channel)
        m_channel->connectionClosed();
    emit finished(this);
}

} // namespace wag
