#pragma once

#include <QtGlobal>

namespace wag::portal {

// The portal's sign-in limits (README, "Web portal"). Named here, in one place, and passed
// to the services so tests can name the edge they test; not settings yet, because a wrong
// value here weakens the front door and nobody has asked to change them.

struct SessionLimits
{
    // A session unused this long ends (the next request signs in again).
    qint64 idleTimeoutMs = 30LL * 60 * 1000;
    // However busy, a session ends this long after sign-in: a stolen cookie does not live forever.
    qint64 absoluteLifetimeMs = 12LL * 60 * 60 * 1000;
    // Signing in once more than this ends the user's least recently used session.
    int maxSessionsPerUser = 10;
    // Memory bound for all sessions together (they live in memory and end at restart).
    int maxSessions = 10'000;
};

struct LoginLimits
{
    // Per client address (IPv4 address, IPv6 /64): this many sign-in attempts per window,
    // then 429 until the oldest attempt leaves the window. Counted before the password is
    // checked, so it also caps the Argon2 work one address can ask for.
    int attemptsPerAddress = 10;
    qint64 addressWindowMs = 5LL * 60 * 1000;
    // Per user name, whichever address the attempts come from: this many wrong passwords
    // within the failure window lock the name for the lockout time, even for the right
    // password. Unknown names are counted the same way, so a lockout reveals nothing.
    int failuresBeforeLockout = 5;
    qint64 failureWindowMs = 15LL * 60 * 1000;
    qint64 lockoutMs = 15LL * 60 * 1000;
    // Memory bound: addresses and names tracked at once (expired ones are dropped first).
    int maxTrackedKeys = 10'000;
};

struct LiveLimits
{
    // Live-update WebSockets (GET /live) one session may hold open: a few tabs; beyond, the
    // upgrade is refused (429).
    int maxSocketsPerSession = 8;
    // All sessions together, handshakes in progress included; beyond, refused (503).
    int maxSockets = 500;
    // Clients send nothing that matters; a message or frame larger than this closes the
    // socket (close code 1009) before it is buffered whole.
    qint64 maxIncomingMessageBytes = 1024;
};

} // namespace wag::portal
