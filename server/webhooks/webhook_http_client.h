#pragma once

#include "webhooks/destination_policy.h"

#include <QByteArray>
#include <QHostAddress>
#include <QLatin1String>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>

namespace wag {

class HostResolver;
class WebhookConnection;

struct WebhookHttpRequest
{
    QUrl url;      // http or https
    QByteArray body; // sent as-is, POST
    // Besides Host, Content-Length, Connection and User-Agent, which the client sets itself
    // (a caller's header of one of those names is ignored, as is Transfer-Encoding).
    QList<QPair<QByteArray, QByteArray>> headers;
    int timeoutMs = 15'000; // the whole attempt: resolve + connect + TLS + write + read
};

struct WebhookHttpResponse
{
    int statusCode = 0; // 0 when no HTTP answer was received
    // Empty on any HTTP answer, whatever its status; otherwise one of the stable codes
    // below (WebhookHttpError). An answer is "received" once its status line and headers
    // are complete: trouble with the body after that only costs the connection.
    QString error;
    QString errorMessage;   // one sentence for people, e.g. the destination rule that refused
    QByteArray bodyExcerpt; // the first 1024 bytes of the response body at most
    QByteArray retryAfter;  // raw Retry-After header value, if any
    QByteArray location;    // raw Location header, if any (redirects are NOT followed)
    qint64 latencyMs = 0;   // from post() to the answer
    QHostAddress peerAddress; // the address actually connected to; null if none was

    bool isAnswer() const { return error.isEmpty(); }
};

// The values of WebhookHttpResponse::error.
namespace WebhookHttpError {
inline constexpr QLatin1String kTimeout{"timeout"};
// The URL or the resolved address broke a destination rule (destination_policy.h); nothing
// was connected to. errorMessage names the rule.
inline constexpr QLatin1String kAddressRefused{"address_refused"};
inline constexpr QLatin1String kResolveFailed{"resolve_failed"};
inline constexpr QLatin1String kConnectFailed{"connect_failed"};
inline constexpr QLatin1String kTlsFailed{"tls_failed"};
inline constexpr QLatin1String kBadResponse{"bad_response"};
// The response head (status line + headers) was larger than 16 KiB.
inline constexpr QLatin1String kResponseTooLarge{"response_too_large"};
// The connection ended before a complete response head arrived.
inline constexpr QLatin1String kConnectionClosed{"connection_closed"};
// A caller-supplied header name or value that cannot be sent (CR, LF, ...): a bug in the
// caller, reported instead of letting a header smuggle in another header.
inline constexpr QLatin1String kInvalidRequest{"invalid_request"};
} // namespace WebhookHttpError

// A minimal HTTP/1.1 client for webhook deliveries (SPEC 6.4). It is not QNetworkAccessManager
// because the destination rules must be applied to the address actually connected to: the
// name is resolved here, every resolved address is checked, and the socket connects to the
// checked IP itself (TLS still verifies and sends SNI for the name). A name re-pointed at a
// refused address after the URL was saved (DNS rebinding) therefore reaches nothing.
//
// One attempt per post(): redirects are never followed and failures are never retried,
// because the dispatcher owns the retry schedule. The one exception is a keep-alive
// connection that turns out to be dead (it fails before a single response byte): the request
// is sent once more on a fresh connection, as every HTTP client does for idle connections
// the server closed at the same moment. Receivers see webhook-id for de-duplication anyway.
//
// A name with several addresses is refused as a whole if any one of them is refused (see
// onResolved() for why); the allowed ones are otherwise tried in the resolver's order when
// connecting fails. Bodies are read up to 64 KiB so that the connection can be reused; a
// larger, cut-short or malformed body still counts as the receiver's answer, and only costs
// the connection. Concurrent posts to one destination each get a connection of their own:
// the caller limits how many it has in flight.
//
// Do not destroy the client inside a `done` callback (deleteLater() is fine).
class WebhookHttpClient : public QObject
{
    Q_OBJECT
public:
    // Keep-alive pool: connections are kept per (scheme, host, port, resolved address).
    static constexpr int kMaxIdlePerDestination = 4;
    static constexpr int kMaxIdleConnections = 32;
    static constexpr int kIdleTimeoutMs = 30'000;

    // `resolver` must outlive the client.
    WebhookHttpClient(HostResolver &resolver, DestinationPolicy policy, QObject *parent = nullptr);
    ~WebhookHttpClient() override;

    using Done = std::function<void(const WebhookHttpResponse &)>;
    // `done` is called exactly once, never inside post(). Requests destroyed with the client
    // are dropped without calling `done`: the client's owner is going away too.
    void post(const WebhookHttpRequest &request, Done done);

    // Applies to the next post(); idle connections are re-checked anyway, since every post
    // resolves and checks the address again before picking one from the pool.
    void setPolicy(const DestinationPolicy &policy);
    // Tests add their own CA; the default is the system's. Idle connections made with the
    // previous configuration are closed.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    int openConnections() const; // connecting, busy and idle

signals:
    // Emitted just before a socket is opened to `address`, after the destination rules
    // allowed it: what was decided, observable without a real server at that address.
    void connecting(const QUrl &url, const QHostAddress &address);

private:
    class PendingPost;

    void begin(PendingPost *post);
    void onResolved(PendingPost *post, const QList<QHostAddress> &addresses, const QString &error);
    void sendOnIdleOrNewConnection(PendingPost *post);
    void openNextConnection(PendingPost *post);
    void attach(PendingPost *post, WebhookConnection *connection);
    void detach(PendingPost *post);
    void onConnectionFailed(PendingPost *post, const QString &error, const QString &message,
                            bool beforeAnyResponseByte);
    void onTimeout(PendingPost *post);
    void keepOrDiscard(WebhookConnection *connection, bool reusable);
    void discard(WebhookConnection *connection);
    WebhookConnection *takeIdleConnection(const PendingPost &post);
    void finish(PendingPost *post, WebhookHttpResponse response);
    void finishWithError(PendingPost *post, const QString &error, const QString &message);

    HostResolver &m_resolver;
    DestinationPolicy m_policy;
    QSslConfiguration m_tlsConfiguration;
    QList<WebhookConnection *> m_connections; // every open one
    QList<WebhookConnection *> m_idle;        // most recently used last
};

} // namespace wag
