#include "cookies.h"

#include "http/http_types.h"

namespace wag::portal {

QByteArray cookieValue(const HttpRequest &request, const QByteArray &name)
{
    // HTTP/1.1 clients send one Cookie header, but nothing forbids several.
    for (const auto &header : request.headers) {
        if (header.first != "cookie")
            continue;
        for (const QByteArray &pair : header.second.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            const qsizetype equals = trimmed.indexOf('=');
            if (equals > 0 && trimmed.left(equals) == name)
                return trimmed.mid(equals + 1);
        }
    }
    return {};
}

QByteArray setCookieValue(const CookieSpec &cookie)
{
    QByteArray out = cookie.name + '=' + cookie.value + "; Path=" + cookie.path
        + "; HttpOnly; SameSite=Strict";
    if (cookie.secure)
        out += "; Secure";
    if (cookie.maxAgeSeconds)
        out += "; Max-Age=" + QByteArray::number(*cookie.maxAgeSeconds);
    return out;
}

} // namespace wag::portal
