#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace wag {

// What the front door needs to know about a request before it lets the body in: the
// framing (length, keep-alive, 100-continue) and enough to find the route's body limit.
// Parsing is deliberately strict (no obsolete line folding, no duplicate or conflicting
// lengths, no Transfer-Encoding) so that this parser and QHttpServer's can never disagree
// about where one request ends and the next begins.
struct RequestHead
{
    QByteArray method;
    QByteArray target; // as sent, e.g. "/api/send-message?x=1"
    int minorVersion = 1; // HTTP/1.<minor>
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed
    qint64 contentLength = 0;
    bool keepAlive = true;
    bool expectContinue = false;

    QByteArray path() const; // target without the query, not decoded
};

struct HeadParseError
{
    int status = 0; // 0: no error
    QByteArray reason;
};

// Parses `bytes` (request line and header lines, without the final empty line).
HeadParseError parseRequestHead(const QByteArray &bytes, RequestHead *head);

} // namespace wag
