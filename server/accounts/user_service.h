#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "storage/user_store.h"

#include <QString>

namespace wag {

class Database;

// People who sign in to the portal and the desktop window. Every front-end creates and
// checks users through here, so the name, role and password rules live in one place.
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
    int count() const; // -1 if the database could not be read

    static QString normalizeName(const QString &name);
    static bool isValidName(const QString &normalizedName);

private:
    UserStore m_users;
    const Clock &m_clock;
};

} // namespace wag
