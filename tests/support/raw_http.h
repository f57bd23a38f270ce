#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpSocket>

namespace wag::test {

struct ParsedResponse
{
    bool complete = false;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    qsizetype consumed = 0; // bytes of the input this response used

    QByteArray header(const QByteArray &lowerName) const;
};

// Parses one HTTP/1.1 response (Content-Length framing) from the front of `bytes`.
// `toHead`: the response answers a HEAD request, so Content-Length describes no body here.
ParsedResponse parseResponse(const QByteArray &bytes, bool toHead = false);

// A deliberately low-level client: tests need to send malformed, partial, pipelined and
// oversized requests that QNetworkAccessManager would never produce.
class RawClient
{
public:
    bool connectTo(quint16 port, const QHostAddress &host = QHostAddress::LocalHost);
    void send(const QByteArray &bytes);
    // Reads until one complete response has arrived (or timeout / close).
    ParsedResponse readResponse(int timeoutMs = 5000, bool toHead = false);
    // True if the server closed the connection within the timeout.
    bool waitForClose(int timeoutMs);
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

// One request on a fresh connection; returns the parsed response.
ParsedResponse request(quint16 port, const QByteArray &method, const QByteArray &path,
                       const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});

} // namespace wag::test
