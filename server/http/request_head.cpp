#include "request_head.h"

namespace wag {

QByteArray RequestHead::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

static bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

static bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

static bool hasControlChars(const QByteArray &s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

static HeadParseError fail(int status, const char *reason)
{
    return HeadParseError{status, QByteArray(reason)};
}

HeadParseError parseRequestHead(const QByteArray &bytes, RequestHead *head)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // what follows the final CRLF
    QByteArray requestLine = lines.value(0);
    if (!requestLine.endsWith('\r'))
        return fail(400, "request line must end with CRLF");
    requestLine.chop(1);

    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3)
        return fail(400, "malformed request line");
    head->method = parts[0];
    head->target = parts[1];
    const QByteArray &version = parts[2];
    if (!isToken(head->method))
        return fail(400, "malformed method");
    if (head->target.isEmpty() || head->target.at(0) != '/' || hasControlChars(head->target))
        return fail(400, "request target must be an absolute path");
    if (version == "HTTP/1.1")
        head->minorVersion = 1;
    else if (version == "HTTP/1.0")
        head->minorVersion = 0;
    else if (version.startsWith("HTTP/"))
        return fail(505, "only HTTP/1.0 and HTTP/1.1 are supported");
    else
        return fail(400, "malformed HTTP version");

    bool sawLength = false;
    QByteArray connection;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r'))
            return fail(400, "header line must end with CRLF");
        line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "obsolete header line folding is not accepted");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, "malformed header line");
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name))
            return fail(400, "malformed header name");
        if (hasControlChars(value))
            return fail(400, "control characters in a header value");

        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || value.startsWith('+'))
                return fail(400, "invalid Content-Length");
            if (sawLength && length != head->contentLength)
                return fail(400, "conflicting Content-Length headers");
            if (sawLength)
                return fail(400, "duplicate Content-Length header");
            sawLength = true;
            head->contentLength = length;
        } else if (name == "transfer-encoding") {
            return fail(411, "chunked request bodies are not accepted; send Content-Length");
        } else if (name == "connection") {
            connection = value.toLower();
        } else if (name == "expect") {
            if (value.toLower() != "100-continue")
                return fail(417, "only Expect: 100-continue is supported");
            head->expectContinue = true;
        }
        head->headers.append({name, value});
    }

    const bool close = connection.contains("close");
    head->keepAlive = head->minorVersion == 1 ? !close : connection.contains("keep-alive");
    return {};
}

} // namespace wag
