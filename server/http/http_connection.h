#pragma once

#include "http_limits.h"
#include "http_types.h"
#include "request_head.h"
#include "router.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QTcpSocket;
class QHttpServerRequest;

namespace wag {

class RequestChannel;

// What every connection shares with the front door that accepted it.
struct ConnectionContext
{
    const HttpLimits *limits = nullptr;
    const Router *router = nullptr;
    std::function<void(RequestChannel *)> handOff; // gives QHttpServer its socket
};

// Guards one real (TCP or TLS) socket. It reads requests itself, enforcing the head size,
// per-route body size, head/body timeouts and keep-alive idle timeout before anything is
// buffered for QHttpServer; then feeds one whole request at a time through a
// RequestChannel and writes the answer. Requests on one connection are answered strictly in
// order: the next pipelined request is not even looked at until the previous is answered.
// Routes registered as direct skip QHttpServer: their request is built from our own parse.
class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, bool secure, const ConnectionContext &context,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Starts serving (immediately for TCP; after the handshake for TLS).
    void start();

    // Idle connections (no request in progress) are the first to go when the front door is
    // full: an idle keep-alive or a client that connected and never spoke.
    bool isIdle() const;
    qint64 lastActivityMs() const { return m_lastActivity; }
    void abort();

    // Called by the QHttpServer adapter with the request QHttpServer parsed.
    void dispatch(const QHttpServerRequest &request);
    // Called through HttpReply.
    void deliver(quint64 requestNumber, HttpResponse response);
    bool isWaitingFor(quint64 requestNumber) const;
    // Called through HttpReply::takeOver(): see there.
    QTcpSocket *takeOver(quint64 requestNumber);
    // Called when QHttpServer itself refuses a request we framed.
    void abortFromParser();

signals:
    void finished(wag::HttpConnection *connection);

private:
    enum class State { Handshake, Head, Body, Dispatched, Draining, Closed };

    void onReadable();
    void advance();
    bool takeHead();
    void handOffRequest();
    void dispatchDirect(QByteArray body);
    void route(HttpRequest &request, const Router::Match &match);
    void reject(int status, const QString &code, const QString &message);
    void writeResponse(const HttpResponse &response, bool keepAlive);
    void beginDrain();
    void onTimeout();
    void armTimer(int milliseconds);
    void closeNow();
    void touch();

    QTcpSocket *m_socket;
    const bool m_secure;
    ConnectionContext m_context;
    QPointer<RequestChannel> m_channel;
    QTimer m_timer;
    State m_state = State::Handshake;

    QByteArray m_input;
    RequestHead m_head;
    Router::Match m_route; // of m_head, found before its body was read
    QByteArray m_takeOverHead; // the raw request (head and body) whose route may take over
    qsizetype m_headLength = 0;
    bool m_headTimerArmed = false;
    quint64 m_requestNumber = 0;
    bool m_handlerReached = false;
    bool m_finished = false;
    qint64 m_lastActivity = 0;
    static QElapsedTimer s_monotonic;
};

} // namespace wag
