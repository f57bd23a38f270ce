#pragma once

#include <QByteArray>

namespace wag {

// Whether a request's Host header names this machine by its loopback name or address:
// "localhost", "127.0.0.1", "[::1]", each with or without a port. An absent header counts
// (HTTP/1.0 clients send none; browsers always do).
//
// Loopback-only routes (simulator control) ask this as well as the peer address: a web
// page from elsewhere can reach 127.0.0.1 through the visitor's browser by DNS rebinding —
// its own name made to resolve to 127.0.0.1 — but its requests then carry that name.
bool hostNamesLoopback(const QByteArray &hostHeader);

} // namespace wag
