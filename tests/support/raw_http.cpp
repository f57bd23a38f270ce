#include "raw_http.h"

#include <QDeadlineTimer>

namespace wag::test {

QByteArray ParsedResponse::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

ParsedResponse parseResponse(const QByteArray &bytes, bool toHead)
{
    ParsedResponse r;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return r;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    r.status = statusLine.value(1).toInt();
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        r.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
    }
    const qsizetype bodyStart = end + 4;
    if (toHead)
        length = 0;
    if (r.status == 100) {
        r.complete = true;
        r.consumed = bodyStart;
        return r;
    }
    if (bytes.size() < bodyStart + length)
        return r;
    r.body = bytes.mid(bodyStart, length);
    r.consumed = bodyStart + length;
    r.complete = true;
    return r;
}

bool RawClient::connectTo(quint16 port, const QHostAddress &host)
{
    m_socket.connectToHost(host, port);
    return m_socket.waitForConnected(5000);
}

void RawClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.waitForBytesWritten(5000);
}

ParsedResponse RawClient::readResponse(int timeoutMs, bool toHead)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        ParsedResponse r = parseResponse(m_buffer, toHead);
        if (r.complete) {
            m_buffer.remove(0, r.consumed);
            if (r.status == 100)
                continue;
            return r;
        }
        if (deadline.hasExpired())
            return r;
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(int(deadline.remainingTime())))
            if (m_socket.bytesAvailable() == 0)
                return parseResponse(m_buffer, toHead);
        m_buffer += m_socket.readAll();
    }
}

bool RawClient::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket.readAll();
    }
    return m_socket.state() != QAbstractSocket::ConnectedState;
}

ParsedResponse request(quint16 port, const QByteArray &method, const QByteArray &path,
                       const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    RawClient client;
    if (!client.connectTo(port))
        return {};
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &h : headers)
        bytes += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    bytes += "\r\n" + body;
    client.send(bytes);
    return client.readResponse();
}

} // namespace wag::test
