#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "storage/user_store.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace wag {

class Database;

// People who sign in to the portal and the desktop window. Every front-end creates,
// changes and checks users through here, so the name, role and password rules live in one
// place.
//
// Users are named by their (case-folded) name. Failure codes: "invalid_user_name",
// "invalid_role", "weak_password", "user_exists", "not_found" (no such user),
// "last_admin" (the change would leave no enabled admin: the last enabled admin can never
// be removed, disabled or demoted), and the storage layer's codes.
class UserService
{
public:
    UserService(Database &db, const Clock &clock);

    // name: [a-z0-9][a-z0-9._-]{1,39} after case folding ("invalid_user_name");
    // role: "admin" or "operator" ("invalid_role"); password: at least
    // passwords::kMinimumLength characters ("weak_password"); "user_exists".
    Result<UserRecord> createUser(const QString &name, const QString &role,
                                  const QString &password);
    // "invalid_credentials" for an unknown name or a wrong password (indistinguishable, also
    // in time); "user_disabled" only once the password was right.
    Result<UserRecord> authenticate(const QString &name, const QString &password) const;
    // Notes that `userId` signed in now (the portal, after authenticate() and the session).
    Status recordSignIn(qint64 userId);
    int count() const; // -1 if the database could not be read

    QList<UserRecord> list() const; // by name
    std::optional<UserRecord> find(const QString &name) const;
    // Setting what is already set succeeds and changes nothing (a disabled user keeps the
    // time it was first disabled).
    Status setRole(const QString &name, const QString &role);
    Status setDisabled(const QString &name, bool disabled);
    Status resetPassword(const QString &name, const QString &password);
    Status remove(const QString &name);

    static QString normalizeName(const QString &name);
    static bool isValidName(const QString &normalizedName);

private:
    // Runs `apply` on the named user inside one write transaction, so two processes cannot
    // both take away "the other" admin; `takesAdminAway` says whether the change leaves the
    // user no longer an enabled admin.
    Status change(const QString &name, const std::function<bool(const UserRecord &)> &takesAdminAway,
                  const std::function<Status(const UserRecord &)> &apply);

    Database &m_db;
    UserStore m_users;
    const Clock &m_clock;
};

} // namespace wag
