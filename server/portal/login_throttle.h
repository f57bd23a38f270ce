#pragma once

#include "core/clock.h"
#include "portal_limits.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

class QHostAddress;

namespace wag::portal {

// The two brakes on password guessing (SPEC §8): attempts per client address, and a
// lockout per user name after repeated wrong passwords. In memory: a restart forgets
// them, which costs an attacker a restart he cannot cause from the network.
class LoginThrottle
{
public:
    explicit LoginThrottle(const Clock &clock, LoginLimits limits = {});

    // Counts a sign-in attempt from `peer`. 0: it may go ahead; otherwise the milliseconds
    // until it may (the attempt is then not counted: refusing costs nothing).
    qint64 admitAddress(const QHostAddress &peer);
    // 0 unless `name` is locked out; then the milliseconds the lockout still lasts.
    qint64 lockedForMs(const QString &normalizedName) const;
    void recordFailure(const QString &normalizedName);
    void recordSuccess(const QString &normalizedName);

    // The key an address is counted under: IPv4 (also IPv4-mapped IPv6) as is, IPv6 by its
    // /64, the block one subscriber gets, so a single attacker cannot rotate through it.
    static QString addressKey(const QHostAddress &peer);

    const LoginLimits &limits() const { return m_limits; }

private:
    struct NameRecord
    {
        QList<QDateTime> failures; // within the failure window
        QDateTime lockedUntil;     // null when not locked
    };
    static void dropOlderThan(QList<QDateTime> *times, const QDateTime &cutoff);
    void pruneAddresses(const QDateTime &now);
    void pruneNames(const QDateTime &now);

    const Clock &m_clock;
    LoginLimits m_limits;
    QHash<QString, QList<QDateTime>> m_attempts; // address key → attempts in the window
    QHash<QString, NameRecord> m_names;
};

} // namespace wag::portal
