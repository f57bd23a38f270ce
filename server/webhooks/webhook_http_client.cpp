#include "webhooks/webhook_http_client.h"

#include "version.h"
#include "webhooks/host_resolver.h"
#include "webhooks/webhook_connection.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <cstring>
#include <optional>

namespace wag {

namespace {

const QByteArray kUserAgent = QByteArrayLiteral("WhatsApp-Gateway-Webhooks/") + QByteArray(kVersion);

bool isTokenCharacter(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    static constexpr char kSymbols[] = "!#$%&'*+-.^_`|~";
    return c != '\0' && std::strchr(kSymbols, c) != nullptr;
}

bool isValidHeaderName(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (!isTokenCharacter(c))
            return false;
    }
    return true;
}

bool isValidHeaderValue(const QByteArray &value)
{
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}

// Framing and identity are the client's: a caller's copy would contradict them.
bool isSetByClient(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "host" || lower == "content-length" || lower == "connection"
        || lower == "user-agent" || lower == "transfer-encoding";
}

QString destinationHost(const QUrl &url)
{
    // The ASCII (punycode) form: what DNS, certificates and the Host header carry.
    return url.host(QUrl::FullyEncoded);
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = destinationHost(url).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

std::optional<QByteArray> serializeRequest(const WebhookHttpRequest &request, QString *problem)
{
    QByteArray target =
        request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');

    QByteArray bytes;
    bytes.reserve(512 + request.body.size());
    bytes += "POST " + target + " HTTP/1.1\r\n";
    bytes += "Host: " + hostHeader(request.url) + "\r\n";
    bytes += "User-Agent: " + kUserAgent + "\r\n";
    bytes += "Connection: keep-alive\r\n";
    bytes += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    for (const auto &[name, value] : request.headers) {
        if (!isValidHeaderName(name) || !isValidHeaderValue(value)) {
            *problem = QStringLiteral("the header \"%1\" cannot be sent: its name or value holds "
                                      "characters HTTP does not allow there")
                           .arg(QString::fromLatin1(name.left(64)));
            return std::nullopt;
        }
        if (!isSetByClient(name))
            bytes += name + ": " + value + "\r\n";
    }
    bytes += "\r\n";
    bytes += request.body;
    return bytes;
}

} // namespace

// One post() from the call to its answer.
class WebhookHttpClient::PendingPost final : public QObject
{
public:
    using QObject::QObject;

    WebhookHttpRequest request;
    Done done;
    QByteArray requestBytes;
    QElapsedTimer clock;
    QTimer deadline; // the whole attempt; one timer, whatever phase it is in
    bool finished = false;

    QList<QHostAddress> addresses; // resolved and allowed, in the resolver's order
    qsizetype nextAddress = 0;
    QString lastConnectProblem;
    WebhookConnection *connection = nullptr;
    QHostAddress peerAddress;
    bool retriedStaleConnection = false;

    WebhookConnectionKey keyFor(const QHostAddress &address) const
    {
        const bool https = request.url.scheme().toLower() == QLatin1String("https");
        return {https ? QStringLiteral("https") : QStringLiteral("http"),
                destinationHost(request.url), request.url.port(https ? 443 : 80), address};
    }
};

WebhookHttpClient::WebhookHttpClient(HostResolver &resolver, DestinationPolicy policy,
                                     QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_policy(policy)
    , m_tlsConfiguration(QSslConfiguration::defaultConfiguration())
{
}

// Pending posts and connections are children and go with the client; a resolver answer
// arriving later finds its post gone (QPointer) and is dropped.
WebhookHttpClient::~WebhookHttpClient() = default;

void WebhookHttpClient::post(const WebhookHttpRequest &request, Done done)
{
    auto *post = new PendingPost(this);
    post->request = request;
    post->done = std::move(done);
    post->clock.start();
    post->deadline.setSingleShot(true);
    post->deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&post->deadline, &QTimer::timeout, post, [this, post] { onTimeout(post); });
    post->deadline.start(qMax(0, request.timeoutMs));
    // Even a refusal is answered from the event loop: the caller may still be setting up
    // around post() when `done` would otherwise run.
    QMetaObject::invokeMethod(post, [this, post] { begin(post); }, Qt::QueuedConnection);
}

void WebhookHttpClient::setPolicy(const DestinationPolicy &policy)
{
    m_policy = policy;
}

void WebhookHttpClient::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tlsConfiguration = configuration;
    const QList<WebhookConnection *> idle = m_idle;
    for (WebhookConnection *connection : idle)
        discard(connection);
}

int WebhookHttpClient::openConnections() const
{
    return int(m_connections.size());
}

void WebhookHttpClient::begin(PendingPost *post)
{
    if (post->finished)
        return;
    // The save-time rule first: it refuses what no resolution can make right (a scheme,
    // user info, "localhost", a refused IP literal).
    const UrlVerdict verdict = checkDestinationUrl(post->request.url, m_policy);
    if (!verdict.allowed)
        return finishWithError(post, WebhookHttpError::kAddressRefused, verdict.reason);

    QString problem;
    const std::optional<QByteArray> bytes = serializeRequest(post->request, &problem);
    if (!bytes)
        return finishWithError(post, WebhookHttpError::kInvalidRequest, problem);
    post->requestBytes = *bytes;

    const QString host = destinationHost(post->request.url);
    QHostAddress literal;
    if (literal.setAddress(host))
        return onResolved(post, {literal}, QString()); // its own answer; no resolver may reinterpret it
    m_resolver.resolve(host, [this, guard = QPointer<PendingPost>(post)](
                                 QList<QHostAddress> addresses, QString error) {
        if (guard && !guard->finished)
            onResolved(guard, addresses, error);
    });
}

void WebhookHttpClient::onResolved(PendingPost *post, const QList<QHostAddress> &addresses,
                                   const QString &error)
{
    const QString host = destinationHost(post->request.url);
    if (!error.isEmpty())
        return finishWithError(post, WebhookHttpError::kResolveFailed,
                               QStringLiteral("%1 could not be resolved: %2").arg(host, error));
    if (addresses.isEmpty())
        return finishWithError(post, WebhookHttpError::kResolveFailed,
                               QStringLiteral("%1 resolved to no address").arg(host));

    // One refused address refuses the delivery, even when others are allowed. Connecting to
    // the allowed ones only would be just as safe for this attempt, but a name that points
    // at a refused address at all is either misconfigured or an attack (rebinding answers
    // mix addresses to win a race), and a delivery that works depending on which address
    // came first would hide that from the admin.
    const bool https = post->request.url.scheme().toLower() == QLatin1String("https");
    QList<QHostAddress> allowed;
    for (const QHostAddress &address : addresses) {
        const UrlVerdict verdict = checkResolvedAddress(address, https, m_policy);
        if (!verdict.allowed)
            return finishWithError(post, WebhookHttpError::kAddressRefused, verdict.reason);
        if (!allowed.contains(address))
            allowed.append(address);
    }
    post->addresses = allowed;
    sendOnIdleOrNewConnection(post);
}

void WebhookHttpClient::sendOnIdleOrNewConnection(PendingPost *post)
{
    if (WebhookConnection *idle = takeIdleConnection(*post)) {
        attach(post, idle);
        idle->send(post->requestBytes);
        return;
    }
    post->nextAddress = 0;
    openNextConnection(post);
}

WebhookConnection *WebhookHttpClient::takeIdleConnection(const PendingPost &post)
{
    // Most recently used first: the least likely to have been closed by the receiver.
    for (qsizetype i = m_idle.size() - 1; i >= 0; --i) {
        WebhookConnection *connection = m_idle.at(i);
        for (const QHostAddress &address : post.addresses) {
            if (connection->key() == post.keyFor(address)) {
                m_idle.removeAt(i);
                return connection;
            }
        }
    }
    return nullptr;
}

// Addresses are tried one after the other when connecting fails (a name with an IPv6 and
// an IPv4 address, a receiver listening on one of them), all within the one deadline.
void WebhookHttpClient::openNextConnection(PendingPost *post)
{
    if (post->nextAddress >= post->addresses.size())
        return finishWithError(post, WebhookHttpError::kConnectFailed, post->lastConnectProblem);
    const WebhookConnectionKey key = post->keyFor(post->addresses.at(post->nextAddress++));
    auto *connection = new WebhookConnection(key, m_tlsConfiguration, this);
    m_connections.append(connection);
    connect(connection, &WebhookConnection::lost, this, [this, connection] { discard(connection); });
    attach(post, connection);
    emit connecting(post->request.url, key.address);
    connection->open();
}

void WebhookHttpClient::attach(PendingPost *post, WebhookConnection *connection)
{
    post->connection = connection;
    post->peerAddress = connection->key().address;
    connect(connection, &WebhookConnection::opened, post,
            [post, connection] { connection->send(post->requestBytes); });
    connect(connection, &WebhookConnection::answered, post,
            [this, post, connection](const WebhookHttpResponse &response, bool reusable) {
                detach(post);
                keepOrDiscard(connection, reusable);
                finish(post, response);
            });
    connect(connection, &WebhookConnection::failed, post,
            [this, post](const QString &error, const QString &message, bool beforeAnyResponseByte) {
                onConnectionFailed(post, error, message, beforeAnyResponseByte);
            });
}

void WebhookHttpClient::detach(PendingPost *post)
{
    if (!post->connection)
        return;
    QObject::disconnect(post->connection, nullptr, post, nullptr);
    post->connection = nullptr;
}

void WebhookHttpClient::onConnectionFailed(PendingPost *post, const QString &error,
                                           const QString &message, bool beforeAnyResponseByte)
{
    WebhookConnection *connection = post->connection;
    const bool wasReused = connection->hasAnsweredBefore();
    detach(post);
    discard(connection);

    if (error == WebhookHttpError::kConnectFailed) {
        post->lastConnectProblem = QStringLiteral("could not connect to %1 port %2: %3")
                                       .arg(connection->key().address.toString())
                                       .arg(connection->key().port)
                                       .arg(message);
        return openNextConnection(post);
    }
    if (wasReused && beforeAnyResponseByte && !post->retriedStaleConnection) {
        // The receiver closed the idle connection as the request went out; nothing of it
        // was answered, so it goes once more, on a connection of its own.
        post->retriedStaleConnection = true;
        post->nextAddress = 0;
        return openNextConnection(post);
    }
    finishWithError(post, error, message);
}

void WebhookHttpClient::onTimeout(PendingPost *post)
{
    if (post->finished)
        return;
    WebhookHttpResponse response;
    if (WebhookConnection *connection = post->connection) {
        // A head that arrived in time is the receiver's answer, even if its body did not.
        if (const std::optional<WebhookHttpResponse> soFar = connection->answerSoFar())
            response = *soFar;
        detach(post);
        discard(connection);
    }
    if (response.statusCode == 0) {
        response.error = WebhookHttpError::kTimeout;
        response.errorMessage =
            QStringLiteral("no answer within %1 ms").arg(post->request.timeoutMs);
    }
    finish(post, response);
}

void WebhookHttpClient::keepOrDiscard(WebhookConnection *connection, bool reusable)
{
    if (!reusable)
        return discard(connection);
    connection->keepIdle(kIdleTimeoutMs);
    m_idle.append(connection);

    qsizetype sameDestination = 0;
    for (WebhookConnection *idle : std::as_const(m_idle))
        sameDestination += idle->key() == connection->key() ? 1 : 0;
    if (sameDestination > kMaxIdlePerDestination) {
        for (WebhookConnection *idle : std::as_const(m_idle)) {
            if (idle->key() == connection->key()) {
                discard(idle); // the longest idle of them
                break;
            }
        }
    }
    if (m_idle.size() > kMaxIdleConnections)
        discard(m_idle.first());
}

void WebhookHttpClient::discard(WebhookConnection *connection)
{
    m_idle.removeAll(connection);
    if (m_connections.removeAll(connection) == 0)
        return;
    connection->close();
    // Later, not now: this may run inside one of the connection's own signals.
    connection->deleteLater();
}

void WebhookHttpClient::finishWithError(PendingPost *post, const QString &error,
                                        const QString &message)
{
    WebhookHttpResponse response;
    response.error = error;
    response.errorMessage = message;
    finish(post, response);
}

void WebhookHttpClient::finish(PendingPost *post, WebhookHttpResponse response)
{
    post->finished = true;
    post->deadline.stop();
    detach(post);
    response.latencyMs = post->clock.elapsed();
    response.peerAddress = post->peerAddress;
    const Done done = std::move(post->done);
    post->deleteLater();
    // Last: `done` may post again, and nothing here may depend on state it changes.
    done(response);
}

} // namespace wag
