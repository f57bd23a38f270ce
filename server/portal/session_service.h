#pragma once

#include "core/clock.h"
#include "portal_limits.h"
#include "storage/user_store.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace wag {
class UserService;
}

namespace wag::portal {

struct Session
{
    qint64 userId = 0;
    QString userName;
    QByteArray csrfToken; // what every state-changing form of this session must carry
    // SHA-256 of the password hash the user signed in with: a new password (reset in the
    // window, the admin command or another process) ends every session made with the old.
    QByteArray credential;
    QDateTime createdAt;
    QDateTime lastSeenAt;
};

// A request's session together with the user as the database has them now.
struct SignedIn
{
    QByteArray sessionId;
    Session session;
    UserRecord user; // role and name as of this request, not as of sign-in
};

// Portal sign-in sessions. They live in memory: a restart signs everyone out, which is
// acceptable for an office appliance and keeps session ids out of the database and its
// backups. Ids are 43 base62 characters (~256 bits) from libsodium; the table is keyed by
// their SHA-256, so a lookup's timing says nothing about a guessed id.
//
// Each resolve() reads the user again: a user who was disabled, removed (or removed and
// created anew under the same name) loses every session at the next request, also when
// another process (the admin command) made the change; so does a user whose password was
// changed since the session began.
class SessionService
{
public:
    SessionService(const UserService &users, const Clock &clock, SessionLimits limits = {});

    // Starts a session for a user who has just proved who they are; returns its id (the
    // cookie value). Always a new id: a session id never outlives a sign-in (no fixation).
    QByteArray start(const UserRecord &user);
    // The live session with this id, marked as used now; nullopt (and the session gone)
    // when unknown, idle too long, too old, or its user is disabled or gone.
    std::optional<SignedIn> resolve(const QByteArray &id);
    // The same checks without marking the session as used: for what the gateway does on
    // its own (pushing live updates), which must not keep an unattended session alive.
    std::optional<SignedIn> peek(const QByteArray &id);
    void end(const QByteArray &id);
    // Ends every session of the user; returns how many there were.
    int endAllOf(const QString &userName);
    int count() const { return int(m_sessions.size()); }
    const SessionLimits &limits() const { return m_limits; }

private:
    std::optional<SignedIn> check(const QByteArray &id, bool markUsed);
    static QByteArray keyOf(const QByteArray &id);
    static QByteArray credentialOf(const UserRecord &user);
    bool isExpired(const Session &session, const QDateTime &now) const;
    void makeRoomFor(qint64 userId, const QDateTime &now);

    const UserService &m_users;
    const Clock &m_clock;
    SessionLimits m_limits;
    QHash<QByteArray, Session> m_sessions; // SHA-256 of the id → session
};

} // namespace wag::portal
