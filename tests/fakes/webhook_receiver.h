#pragma once

#include "support/tls_files.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

class QTcpServer;

namespace wag::test {

struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QMap<QByteArray, QByteArray> headers; // names lower-cased; repeated ones joined by ", "
    QByteArray body;
    QDateTime arrivedAt; // UTC
    int connectionNumber = 0; // 1 for the first connection the receiver accepted, and so on

    QByteArray path() const; // target without the query
    QByteArray header(const QByteArray &name) const; // any case
};

// What the receiver does with one request.
struct ScriptedResponse
{
    enum class Action {
        Answer,
        CloseWithoutAnswer, // reads the request, then closes the connection (FIN)
        NeverAnswer,        // reads the request and keeps the connection open, silent
    };
    Action action = Action::Answer;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added unless given
    QByteArray body;
    int chunkBytes = 0;     // > 0: the body goes chunked, in chunks of this many bytes
    QByteArray raw;         // when set, sent instead of a built answer, as it is
    int delayMs = 0;        // before answering (or closing)
    bool closeAfterAnswer = false; // "Connection: close", then closes

    static ScriptedResponse answer(int status, const QByteArray &body = {},
                                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static ScriptedResponse rawAnswer(const QByteArray &bytes, bool thenClose);
    static ScriptedResponse closeWithoutAnswer();
    static ScriptedResponse neverAnswer();
};

// A customer's webhook receiver (a CRM, n8n, ...) in the test process: a real HTTP/1.1
// server on a loopback port, plain or TLS, with keep-alive. It records every request and
// answers from a queue of scripted responses, then with the default response (200 "ok").
class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    explicit WebhookReceiver(QObject *parent = nullptr);
    ~WebhookReceiver() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    // TLS with the certificate and key of `files` (see support/tls_files.h).
    bool listenTls(const TlsFiles &files, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;
    // "http(s)://<host>:<port><path>"; `host` defaults to the listening address.
    QUrl url(const QString &path = QStringLiteral("/webhook"), const QString &host = {}) const;

    void enqueue(const ScriptedResponse &response);
    void setDefaultResponse(const ScriptedResponse &response);

    const QList<ReceivedRequest> &requests() const { return m_requests; }
    int connectionsAccepted() const { return m_connectionsAccepted; }
    int openConnections() const;
    // Event-loop waits (the receiver lives on the test's thread): true once reached.
    bool waitForRequests(int count, int timeoutMs = 5000);
    bool waitForConnections(int count, int timeoutMs = 5000);

    // Closes every connection that has no request in progress, as a server's idle timeout
    // would.
    void closeIdleConnections();

signals:
    void requestReceived(const wag::test::ReceivedRequest &request);

private:
    class Connection;

    void accept();
    void readRequests(Connection *connection);
    bool takeRequest(Connection *connection);
    void respond(Connection *connection, const ScriptedResponse &response, bool clientKeepsAlive);
    void forget(Connection *connection);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    QList<ScriptedResponse> m_script;
    ScriptedResponse m_defaultResponse = ScriptedResponse::answer(200, QByteArrayLiteral("ok"));
    QList<ReceivedRequest> m_requests;
    QList<Connection *> m_connections;
    int m_connectionsAccepted = 0;
};

} // namespace wag::test
