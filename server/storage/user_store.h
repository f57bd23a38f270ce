#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wag {

class Database;

enum class UserRole { Admin, Operator };

// Roles are stored by name ("admin", "operator").
QString userRoleName(UserRole role);
std::optional<UserRole> parseUserRole(const QString &name);

struct UserRecord
{
    qint64 id = 0;
    QString name;
    UserRole role = UserRole::Operator;
    QString passwordHash;
    QDateTime createdAt;
    QDateTime disabledAt; // null while the account is enabled
    QDateTime lastSignInAt; // null: never signed in to the portal

    bool isDisabled() const { return disabledAt.isValid(); }
};

// The users table. No validation: UserService decides what a valid user is.
class UserStore
{
public:
    explicit UserStore(Database &db) : m_db(db) { }

    // Inserts `user` (its id is ignored) and returns the new id.
    Result<qint64> insert(const UserRecord &user);
    std::optional<UserRecord> findById(qint64 id) const;
    std::optional<UserRecord> findByName(const QString &name) const;
    QList<UserRecord> all() const; // by name
    int count() const; // -1 if the database could not be read
    int countEnabledAdmins() const; // -1 if the database could not be read

    Status setRole(qint64 id, UserRole role);
    Status setPasswordHash(qint64 id, const QString &passwordHash);
    Status setDisabledAt(qint64 id, const QDateTime &disabledAt); // null re-enables
    Status setLastSignInAt(qint64 id, const QDateTime &at);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace wag
