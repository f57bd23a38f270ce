#pragma once

#include <QtGlobal>

namespace wag {

// Limits the front door enforces before any request reaches a handler. Defaults are the
// documented ones (README, "Limits"); each can be changed through settings.
struct HttpLimits
{
    int maxHeadBytes = 16 * 1024;       // request line + headers; beyond → 431
    qint64 defaultBodyBytes = 64 * 1024; // routes may declare their own; beyond → 413
    int headTimeoutMs = 10'000;          // a started request must arrive within this → 408
    int idleTimeoutMs = 60'000;          // keep-alive connection with nothing to do → closed
    int maxConnections = 1000;           // beyond, the longest-idle connection is dropped
    int lingerAfterErrorMs = 1'000;      // how long unread input is drained after 413/431
};

} // namespace wag
