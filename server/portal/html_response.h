#pragma once

#include "html.h"
#include "http/http_types.h"

namespace wag::portal {

// The Content-Security-Policy of every portal page: only this origin's stylesheet, images
// and forms; no inline script or style, no plugins, no <base> tricks, never in a frame.
inline constexpr char kPagePolicy[] =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

// An HTML page. The front door's response writer adds nosniff, Referrer-Policy and the
// frame headers to every response; this adds the page policy and no-store (pages show
// who is signed in and carry CSRF tokens: no cache, shared or private, may keep them).
HttpResponse htmlResponse(int status, const Html &document);

// 303 See Other: after a form POST the browser GETs `location`, so reloading the page
// does not send the form again.
HttpResponse redirectTo(const QString &location);

} // namespace wag::portal
