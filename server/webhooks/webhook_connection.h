#pragma once

#include "webhooks/webhook_http_client.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace wag {

// What a pooled connection may be reused for. The resolved address is part of it so that a
// request only ever reuses a connection to an address its own resolution just allowed.
struct WebhookConnectionKey
{
    QString scheme; // "http" or "https"
    QString host;   // as in the URL: the Host header, the TLS peer name
    int port = 0;
    QHostAddress address;

    bool isHttps() const { return scheme == QLatin1String("https"); }
    friend bool operator==(const WebhookConnectionKey &, const WebhookConnectionKey &) = default;
};

// One HTTP/1.1 connection of the webhook client: connects to the key's address (TLS
// verified against the key's host), writes one request at a time and reads its response
// with bounded memory. It owns no timeout of its own except the idle one; the client times
// the whole attempt and calls close().
class WebhookConnection final : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxHeadBytes = 16 * 1024; // status line + headers
    // Body bytes read at most per response. Reading the rest of a moderate body lets the
    // connection be reused; beyond this the connection is closed instead of buffered.
    static constexpr qint64 kMaxBodyBytesRead = 64 * 1024;
    static constexpr qsizetype kExcerptBytes = 1024;

    WebhookConnection(WebhookConnectionKey key, const QSslConfiguration &tlsConfiguration,
                      QObject *parent = nullptr);
    ~WebhookConnection() override;

    const WebhookConnectionKey &key() const { return m_key; }
    // True once a response was read on it: from then on a failure before the first response
    // byte may just mean the receiver closed the idle connection (a stale keep-alive).
    bool hasAnsweredBefore() const { return m_answeredBefore; }
    bool isClosed() const { return m_state == State::Closed; }

    void open();                              // then opened() or failed()
    void send(const QByteArray &requestBytes); // then answered() or failed()
    void keepIdle(int idleTimeoutMs);         // then, unless send() comes first, lost()
    void close();                             // no signal follows

    // The response so far when its head is complete (used when time runs out mid-body).
    std::optional<WebhookHttpResponse> answerSoFar() const;

signals:
    void opened();
    // Only statusCode, bodyExcerpt, retryAfter and location are filled in. When `reusable`
    // is false the connection is already closed.
    void answered(const wag::WebhookHttpResponse &response, bool reusable);
    // The connection is already closed. `error` is a WebhookHttpError code.
    void failed(const QString &error, const QString &message, bool beforeAnyResponseByte);
    // Closed by the receiver, or timed out, while idle.
    void lost();

private:
    enum class State { Connecting, Handshaking, Ready, AwaitingHead, ReadingBody, Idle, Closed };
    enum class BodyFraming { None, ContentLength, Chunked, UntilClose };
    enum class ChunkPhase { Size, Data, DataEnd, Trailers };

    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onSocketGone();
    void readAvailable();
    void processBuffer();
    bool takeHead();
    bool takeBody();
    bool takeChunkedBody();
    bool takeLine(QByteArray *line);
    bool parseHead(const QByteArray &head, QString *problem);
    void consumeBody(qsizetype bytes);
    bool finishIfDoneEnough();
    void complete(bool reusable);
    void fail(const QString &error, const QString &message);
    void shut();

    const WebhookConnectionKey m_key;
    QTcpSocket *m_socket = nullptr;
    State m_state = State::Connecting;
    QString m_tlsProblems;
    QTimer m_idleTimer;
    bool m_answeredBefore = false;

    // The response being read.
    QByteArray m_buffer; // bytes received and not yet consumed; bounded by the limits above
    bool m_receivedAnyByte = false;
    qsizetype m_headBytes = 0; // all heads of this response, 1xx interim ones included
    WebhookHttpResponse m_response;
    bool m_keepAlive = false;
    BodyFraming m_framing = BodyFraming::None;
    ChunkPhase m_chunkPhase = ChunkPhase::Size;
    qint64 m_remaining = 0; // of the Content-Length body or of the current chunk
    qint64 m_bodyBytesRead = 0;
};

} // namespace wag
