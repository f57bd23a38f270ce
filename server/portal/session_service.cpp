#include "session_service.h"

#include "accounts/user_service.h"
#include "core/random.h"
#include "csrf.h"

#include <QCryptographicHash>

#include <algorithm>

namespace wag::portal {

SessionService::SessionService(const UserService &users, const Clock &clock, SessionLimits limits)
    : m_users(users), m_clock(clock), m_limits(limits)
{
}

QByteArray SessionService::keyOf(const QByteArray &id)
{
    return QCryptographicHash::hash(id, QCryptographicHash::Sha256);
}

bool SessionService::isExpired(const Session &session, const QDateTime &now) const
{
    return session.lastSeenAt.msecsTo(now) >= m_limits.idleTimeoutMs
        || session.createdAt.msecsTo(now) >= m_limits.absoluteLifetimeMs;
}

// Expired sessions go first; then, if the user or the whole table is still at its cap, the
// least recently used session (of that user, or of anyone) makes way.
void SessionService::makeRoomFor(qint64 userId, const QDateTime &now)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        it = isExpired(it.value(), now) ? m_sessions.erase(it) : std::next(it);

    const auto evictLeastRecent = [this](bool sameUserOnly, qint64 user) {
        auto victim = m_sessions.end();
        for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
            if (sameUserOnly && it->userId != user)
                continue;
            if (victim == m_sessions.end() || it->lastSeenAt < victim->lastSeenAt)
                victim = it;
        }
        if (victim != m_sessions.end())
            m_sessions.erase(victim);
    };
    const auto sessionsOfUser = [this](qint64 user) {
        return std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                             [user](const Session &s) { return s.userId == user; });
    };
    while (sessionsOfUser(userId) >= m_limits.maxSessionsPerUser)
        evictLeastRecent(true, userId);
    while (m_sessions.size() >= m_limits.maxSessions)
        evictLeastRecent(false, 0);
}

QByteArray SessionService::start(const UserRecord &user)
{
    const QDateTime now = m_clock.now();
    makeRoomFor(user.id, now);
    const QByteArray id = randomBase62(43).toLatin1();
    m_sessions.insert(keyOf(id), Session{user.id, user.name, newCsrfToken(), credentialOf(user), now, now});
    return id;
}

std::optional<SignedIn> SessionService::resolve(const QByteArray &id)
{
    return check(id, true);
}

std::optional<SignedIn> SessionService::peek(const QByteArray &id)
{
    return check(id, false);
}

std::optional<SignedIn> SessionService::check(const QByteArray &id, bool markUsed)
{
    if (id.isEmpty())
        return std::nullopt;
    const QByteArray key = keyOf(id);
    const auto it = m_sessions.find(key);
    if (it == m_sessions.end())
        return std::nullopt;
    const QDateTime now = m_clock.now();
    if (isExpired(it.value(), now)) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    const std::optional<UserRecord> user = m_users.find(it->userName);
    if (!user || user->id != it->userId || user->isDisabled() || credentialOf(*user) != it->credential) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    if (markUsed)
        it->lastSeenAt = now;
    return SignedIn{id, it.value(), *user};
}

QByteArray SessionService::credentialOf(const UserRecord &user)
{
    return QCryptographicHash::hash(user.passwordHash.toUtf8(), QCryptographicHash::Sha256);
}

void SessionService::end(const QByteArray &id)
{
    m_sessions.remove(keyOf(id));
}

int SessionService::endAllOf(const QString &userName)
{
    const QString name = UserService::normalizeName(userName);
    int ended = 0;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->userName == name) {
            it = m_sessions.erase(it);
            ++ended;
        } else {
            ++it;
        }
    }
    return ended;
}

} // namespace wag::portal
