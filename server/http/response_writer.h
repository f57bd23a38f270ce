#pragma once

#include "http_types.h"

namespace wag {

struct ResponseFraming
{
    bool keepAlive = true;
    bool headRequest = false; // HEAD: headers (with the real Content-Length) but no body
    bool secure = false;      // adds Strict-Transport-Security
};

// Serializes a response, adding what every response of the gateway carries: Date,
// Content-Length, Connection and the security headers. Handlers may set their own
// Content-Security-Policy or Cache-Control (portal pages will); the defaults fit JSON.
QByteArray serializeResponse(const HttpResponse &response, const ResponseFraming &framing);

} // namespace wag
