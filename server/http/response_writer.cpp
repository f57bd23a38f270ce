#include "response_writer.h"

#include <QDateTime>
#include <QLocale>

namespace wag {

static bool hasHeader(const HttpResponse &response, const QByteArray &lowerName)
{
    for (const auto &h : response.headers) {
        if (h.first.toLower() == lowerName)
            return true;
    }
    return false;
}

// The Date header changes once a second, but formatting it through QLocale cost about
// 10,000 instructions per response (callgrind), on every answer the gateway gives. So the
// text is kept for the second it names (per thread: responses are written on more than one).
static QByteArray httpDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cachedText;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != cachedSecond) {
        cachedText = QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
        cachedSecond = second;
    }
    return cachedText;
}

QByteArray serializeResponse(const HttpResponse &response, const ResponseFraming &framing)
{
    QByteArray out;
    out.reserve(512 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Date: " + httpDate() + "\r\n";
    out += framing.keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";

    out += "X-Content-Type-Options: nosniff\r\n"
           "X-Frame-Options: DENY\r\n"
           "Referrer-Policy: no-referrer\r\n"
           "Cross-Origin-Opener-Policy: same-origin\r\n"
           "Cross-Origin-Resource-Policy: same-origin\r\n";
    if (!hasHeader(response, "content-security-policy"))
        out += "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n";
    if (!hasHeader(response, "cache-control"))
        out += "Cache-Control: no-store\r\n";
    if (framing.secure)
        out += "Strict-Transport-Security: max-age=31536000\r\n";
    out += "\r\n";
    if (!framing.headRequest)
        out += response.body;
    return out;
}

} // namespace wag
