#include "webhooks/webhook_connection.h"

#include <QNetworkProxy>
#include <QSslSocket>
#include <QStringList>
#include <QTcpSocket>

#include <cstring>

namespace wag {

namespace {

constexpr qint64 kReadChunkBytes = 16 * 1024;
// A chunk-size line is a hex number and optional extensions; anything longer is not one.
constexpr qsizetype kMaxChunkLineBytes = 1024;

bool isTokenCharacter(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    static constexpr char kSymbols[] = "!#$%&'*+-.^_`|~";
    return c != '\0' && std::strchr(kSymbols, c) != nullptr;
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenCharacter(c))
            return false;
    }
    return true;
}

std::optional<qint64> parseDecimal(const QByteArray &text)
{
    // Digits only: toLongLong() would also take signs and surrounding spaces.
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<qint64> parseHex(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return std::nullopt;
        value = value * 16 + digit;
    }
    return value;
}

// The comma-separated, lower-cased elements of a list header such as Connection.
QList<QByteArray> listElements(const QByteArray &value)
{
    QList<QByteArray> elements;
    for (const QByteArray &element : value.split(','))
        elements.append(element.trimmed().toLower());
    return elements;
}

// Where the head ends: after the first empty line. Bare LF line ends are accepted, as
// every HTTP client does for the sake of old receivers.
qsizetype headEnd(const QByteArray &buffer)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf < 0 && lf < 0)
        return -1;
    if (lf < 0 || (crlf >= 0 && crlf + 1 < lf))
        return crlf + 4;
    return lf + 2;
}

} // namespace

WebhookConnection::WebhookConnection(WebhookConnectionKey key,
                                     const QSslConfiguration &tlsConfiguration, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
{
    if (m_key.isHttps()) {
        auto *tls = new QSslSocket(this);
        tls->setSslConfiguration(tlsConfiguration);
        tls->setPeerVerifyName(m_key.host);
        connect(tls, &QSslSocket::encrypted, this, &WebhookConnection::onEncrypted);
        connect(tls, &QSslSocket::sslErrors, this, &WebhookConnection::onSslErrors);
        m_socket = tls;
    } else {
        m_socket = new QTcpSocket(this);
    }
    // A proxy would make the checked address meaningless: the socket would connect to the
    // proxy, which then connects wherever the name points.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_socket->setReadBufferSize(kReadChunkBytes * 4);
    connect(m_socket, &QTcpSocket::connected, this, &WebhookConnection::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &WebhookConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &WebhookConnection::onSocketGone);
    connect(m_socket, &QTcpSocket::disconnected, this, &WebhookConnection::onSocketGone);

    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        shut();
        emit lost();
    });
}

WebhookConnection::~WebhookConnection()
{
    shut();
}

void WebhookConnection::open()
{
    m_state = State::Connecting;
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket)) {
        // The IP itself, so that no second resolution can land somewhere else; the name is
        // what the certificate is verified against and what SNI carries.
        tls->connectToHostEncrypted(m_key.address.toString(), quint16(m_key.port), m_key.host);
    } else {
        m_socket->connectToHost(m_key.address, quint16(m_key.port));
    }
}

void WebhookConnection::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_key.isHttps()) {
        m_state = State::Handshaking;
        return;
    }
    m_state = State::Ready;
    emit opened();
}

void WebhookConnection::onEncrypted()
{
    if (m_state != State::Handshaking)
        return;
    m_state = State::Ready;
    emit opened();
}

void WebhookConnection::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the handshake fails after this, and these say why.
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    m_tlsProblems = texts.join(QStringLiteral("; "));
}

void WebhookConnection::send(const QByteArray &requestBytes)
{
    Q_ASSERT(m_state == State::Ready || m_state == State::Idle);
    m_idleTimer.stop();
    m_buffer.clear();
    m_receivedAnyByte = false;
    m_headBytes = 0;
    m_response = WebhookHttpResponse();
    m_keepAlive = false;
    m_framing = BodyFraming::None;
    m_chunkPhase = ChunkPhase::Size;
    m_remaining = 0;
    m_bodyBytesRead = 0;
    m_state = State::AwaitingHead;
    if (m_socket->state() != QAbstractSocket::ConnectedState || m_socket->write(requestBytes) < 0) {
        // No signal would ever come from a socket that is already gone; reported from the
        // event loop so that the caller never hears back inside send().
        QMetaObject::invokeMethod(this, &WebhookConnection::onSocketGone, Qt::QueuedConnection);
    }
}

void WebhookConnection::keepIdle(int idleTimeoutMs)
{
    Q_ASSERT(m_state == State::Ready);
    m_state = State::Idle;
    m_idleTimer.start(idleTimeoutMs);
}

void WebhookConnection::close()
{
    shut();
}

std::optional<WebhookHttpResponse> WebhookConnection::answerSoFar() const
{
    if (m_state != State::ReadingBody)
        return std::nullopt;
    return m_response;
}

void WebhookConnection::onReadyRead()
{
    if (m_state == State::Idle) {
        // Bytes nobody asked for: whatever this is, the next response could not be told
        // apart from it.
        shut();
        emit lost();
        return;
    }
    readAvailable();
}

void WebhookConnection::readAvailable()
{
    while ((m_state == State::AwaitingHead || m_state == State::ReadingBody)
           && m_socket->bytesAvailable() > 0) {
        m_buffer += m_socket->read(kReadChunkBytes);
        m_receivedAnyByte = true;
        processBuffer();
    }
}

void WebhookConnection::onSocketGone()
{
    // Whatever was received before the connection ended still counts.
    readAvailable();
    switch (m_state) {
    case State::Connecting:
        fail(WebhookHttpError::kConnectFailed, m_socket->errorString());
        return;
    case State::Handshaking:
        fail(WebhookHttpError::kTlsFailed,
             m_tlsProblems.isEmpty() ? m_socket->errorString() : m_tlsProblems);
        return;
    case State::Ready:
    case State::AwaitingHead:
        fail(WebhookHttpError::kConnectionClosed,
             m_receivedAnyByte
                 ? QStringLiteral("the connection ended in the middle of the response head")
                 : QStringLiteral("the connection ended before any answer (%1)")
                       .arg(m_socket->errorString()));
        return;
    case State::ReadingBody:
        // A close-delimited body ends exactly like this; any other body was cut short,
        // which does not change what the receiver answered.
        complete(false);
        return;
    case State::Idle:
        shut();
        emit lost();
        return;
    case State::Closed:
        return;
    }
}

void WebhookConnection::processBuffer()
{
    for (;;) {
        const bool progressed = m_state == State::AwaitingHead  ? takeHead()
                              : m_state == State::ReadingBody ? takeBody()
                                                               : false;
        if (!progressed)
            return;
    }
}

bool WebhookConnection::takeHead()
{
    const qsizetype end = headEnd(m_buffer);
    if (m_headBytes + (end < 0 ? m_buffer.size() : end) > kMaxHeadBytes) {
        fail(WebhookHttpError::kResponseTooLarge,
             QStringLiteral("the response head is larger than %1 bytes").arg(kMaxHeadBytes));
        return false;
    }
    if (end < 0)
        return false;
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end);
    m_headBytes += end;

    QString problem;
    if (!parseHead(head, &problem)) {
        fail(WebhookHttpError::kBadResponse, problem);
        return false;
    }
    if (m_response.statusCode < 200) {
        if (m_response.statusCode == 101) {
            fail(WebhookHttpError::kBadResponse,
                 QStringLiteral("the receiver switched protocols, which was not asked for"));
            return false;
        }
        // An interim answer (100 Continue, 103 Early Hints): the real one follows.
        m_response = WebhookHttpResponse();
        return true;
    }
    if (m_framing == BodyFraming::None) {
        complete(m_keepAlive);
        return false;
    }
    m_state = State::ReadingBody;
    return true;
}

bool WebhookConnection::parseHead(const QByteArray &head, QString *problem)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty()) {
        *problem = QStringLiteral("the response has no status line");
        return false;
    }

    // "HTTP/1.1 200 OK": the reason phrase is optional and means nothing.
    const QByteArray &statusLine = lines.first();
    const bool versionOk = statusLine.startsWith("HTTP/1.") && statusLine.size() >= 12
                        && statusLine.at(7) >= '0' && statusLine.at(7) <= '9'
                        && statusLine.at(8) == ' ' && (statusLine.size() == 12 || statusLine.at(12) == ' ');
    const std::optional<qint64> status = versionOk ? parseDecimal(statusLine.mid(9, 3)) : std::nullopt;
    if (!status || *status < 100 || *status > 599) {
        *problem = QStringLiteral("the receiver did not answer with an HTTP/1.x status line");
        return false;
    }
    const bool http10 = statusLine.at(7) == '0';

    bool connectionClose = false;
    bool connectionKeepAlive = false;
    QByteArray transferEncoding;
    std::optional<qint64> contentLength;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // No space before the colon and no folded lines: both have been used to make two
        // parsers disagree about a message.
        if (colon <= 0 || !isToken(line.left(colon))) {
            *problem = QStringLiteral("the response has a malformed header line");
            return false;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            for (const QByteArray &element : listElements(value)) {
                const std::optional<qint64> length = parseDecimal(element);
                if (!length || (contentLength && *contentLength != *length)) {
                    *problem = QStringLiteral("the response has an invalid Content-Length");
                    return false;
                }
                contentLength = length;
            }
        } else if (name == "transfer-encoding") {
            if (!transferEncoding.isEmpty())
                transferEncoding += ',';
            transferEncoding += value;
        } else if (name == "connection") {
            const QList<QByteArray> options = listElements(value);
            connectionClose = connectionClose || options.contains("close");
            connectionKeepAlive = connectionKeepAlive || options.contains("keep-alive");
        } else if (name == "retry-after") {
            m_response.retryAfter = value;
        } else if (name == "location") {
            m_response.location = value;
        }
    }

    m_response.statusCode = int(*status);
    m_keepAlive = http10 ? connectionKeepAlive && !connectionClose : !connectionClose;
    if (m_response.statusCode < 200 || m_response.statusCode == 204 || m_response.statusCode == 304) {
        m_framing = BodyFraming::None;
    } else if (!transferEncoding.isEmpty()) {
        // Transfer-Encoding wins over Content-Length; a message carrying both is suspect, so
        // its connection is not reused. Only a final "chunked" tells where the body ends.
        const QList<QByteArray> codings = listElements(transferEncoding);
        m_framing = codings.last() == "chunked" ? BodyFraming::Chunked : BodyFraming::UntilClose;
        m_keepAlive = m_keepAlive && !contentLength && m_framing == BodyFraming::Chunked;
    } else if (contentLength) {
        m_framing = *contentLength == 0 ? BodyFraming::None : BodyFraming::ContentLength;
        m_remaining = *contentLength;
    } else {
        m_framing = BodyFraming::UntilClose;
        m_keepAlive = false;
    }
    return true;
}

bool WebhookConnection::takeBody()
{
    switch (m_framing) {
    case BodyFraming::ContentLength: {
        const qsizetype bytes = qsizetype(qMin<qint64>(m_remaining, m_buffer.size()));
        consumeBody(bytes);
        m_remaining -= bytes;
        if (m_remaining == 0)
            complete(m_keepAlive);
        else
            finishIfDoneEnough();
        return false;
    }
    case BodyFraming::UntilClose:
        consumeBody(m_buffer.size());
        finishIfDoneEnough();
        return false;
    case BodyFraming::Chunked:
        return takeChunkedBody();
    case BodyFraming::None:
        break;
    }
    return false;
}

bool WebhookConnection::takeChunkedBody()
{
    for (;;) {
        QByteArray line;
        switch (m_chunkPhase) {
        case ChunkPhase::Size: {
            if (!takeLine(&line)) {
                if (m_buffer.size() > kMaxChunkLineBytes)
                    complete(false);
                else
                    finishIfDoneEnough();
                return false;
            }
            const qsizetype extensions = line.indexOf(';');
            const std::optional<qint64> size = parseHex((extensions < 0 ? line : line.left(extensions)).trimmed());
            if (!size) {
                // The answer is known; only the connection cannot be trusted any more.
                complete(false);
                return false;
            }
            m_remaining = *size;
            m_chunkPhase = *size == 0 ? ChunkPhase::Trailers : ChunkPhase::Data;
            break;
        }
        case ChunkPhase::Data: {
            const qsizetype bytes = qsizetype(qMin<qint64>(m_remaining, m_buffer.size()));
            consumeBody(bytes);
            m_remaining -= bytes;
            if (finishIfDoneEnough() || m_remaining > 0)
                return false;
            m_chunkPhase = ChunkPhase::DataEnd;
            break;
        }
        case ChunkPhase::DataEnd:
            if (!takeLine(&line))
                return false;
            if (!line.isEmpty()) {
                complete(false);
                return false;
            }
            m_chunkPhase = ChunkPhase::Size;
            break;
        case ChunkPhase::Trailers:
            if (!takeLine(&line)) {
                finishIfDoneEnough();
                return false;
            }
            if (line.isEmpty()) {
                complete(m_keepAlive);
                return false;
            }
            break; // trailer fields mean nothing to a delivery
        }
        if (finishIfDoneEnough())
            return false;
    }
}

bool WebhookConnection::takeLine(QByteArray *line)
{
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0)
        return false;
    *line = m_buffer.left(newline);
    if (line->endsWith('\r'))
        line->chop(1);
    m_buffer.remove(0, newline + 1);
    m_bodyBytesRead += newline + 1;
    return true;
}

void WebhookConnection::consumeBody(qsizetype bytes)
{
    const qsizetype room = kExcerptBytes - m_response.bodyExcerpt.size();
    if (room > 0)
        m_response.bodyExcerpt += m_buffer.left(qMin(room, bytes));
    m_buffer.remove(0, bytes);
    m_bodyBytesRead += bytes;
}

// Reading on only makes sense to reuse the connection. Once that is ruled out (the body is
// too large, or ends only with the connection) the answer is given as soon as the excerpt
// is full, instead of waiting for bytes that would be thrown away.
bool WebhookConnection::finishIfDoneEnough()
{
    if (m_state != State::ReadingBody)
        return true;
    const bool reusePossible = m_keepAlive && m_framing != BodyFraming::UntilClose
                            && !(m_framing == BodyFraming::ContentLength
                                 && m_bodyBytesRead + m_remaining > kMaxBodyBytesRead);
    const bool excerptFull = m_response.bodyExcerpt.size() >= kExcerptBytes;
    if (m_bodyBytesRead > kMaxBodyBytesRead || (!reusePossible && excerptFull)) {
        complete(false);
        return true;
    }
    return false;
}

void WebhookConnection::complete(bool reusable)
{
    // Bytes beyond the response: the next response could not be told apart from them.
    reusable = reusable && m_buffer.isEmpty() && m_socket->bytesAvailable() == 0
            && m_socket->state() == QAbstractSocket::ConnectedState;
    m_answeredBefore = true;
    const WebhookHttpResponse response = m_response;
    if (reusable)
        m_state = State::Ready;
    else
        shut();
    emit answered(response, reusable);
}

void WebhookConnection::fail(const QString &error, const QString &message)
{
    const bool beforeAnyResponseByte = !m_receivedAnyByte;
    shut();
    emit failed(error, message, beforeAnyResponseByte);
}

void WebhookConnection::shut()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_idleTimer.stop();
    m_buffer.clear();
    // Disconnected first: abort() would otherwise report the close it causes.
    m_socket->disconnect(this);
    m_socket->abort();
}

} // namespace wag
