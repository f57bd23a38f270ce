#pragma once

#include <QByteArray>

#include <optional>

namespace wag {
struct HttpRequest;
}

namespace wag::portal {

// The value of the cookie `name` sent with the request; empty when there is none.
QByteArray cookieValue(const HttpRequest &request, const QByteArray &name);

struct CookieSpec
{
    QByteArray name;
    QByteArray value;
    QByteArray path = "/";
    bool secure = false;              // set when the request came over HTTPS
    std::optional<qint64> maxAgeSeconds; // none: ends with the browser session; 0: delete
};

// A Set-Cookie value that is always HttpOnly (no script reads it) and SameSite=Strict (no
// other site's page makes the browser send it), the portal's answer to CSRF and XSS
// theft before any token is checked.
QByteArray setCookieValue(const CookieSpec &cookie);

} // namespace wag::portal
