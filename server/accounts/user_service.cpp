#include "user_service.h"

#include "secrets/password_hasher.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace wag {

UserService::UserService(Database &db, const Clock &clock) : m_users(db), m_clock(clock) { }

QString UserService::normalizeName(const QString &name)
{
    return name.toCaseFolded();
}

bool UserService::isValidName(const QString &normalizedName)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9._-]{1,39}")));
    return pattern.match(normalizedName).hasMatch();
}

Result<UserRecord> UserService::createUser(const QString &name, const QString &role,
                                           const QString &password)
{
    const QString normalized = normalizeName(name);
    if (!isValidName(normalized))
        return Result<UserRecord>::fail(
            QStringLiteral("invalid_user_name"),
            QStringLiteral("user names are 2 to 40 characters: letters, digits, '.', '_' and "
                           "'-', starting with a letter or digit"));
    const std::optional<UserRole> parsedRole = parseUserRole(role.trimmed().toLower());
    if (!parsedRole)
        return Result<UserRecord>::fail(
            QStringLiteral("invalid_role"),
            QStringLiteral("role must be admin or operator, not \"%1\"").arg(role));
    if (password.size() < passwords::kMinimumLength)
        return Result<UserRecord>::fail(
            QStringLiteral("weak_password"),
            QStringLiteral("passwords must be at least %1 characters long")
                .arg(passwords::kMinimumLength));

    const auto exists = [&] {
        return Result<UserRecord>::fail(
            QStringLiteral("user_exists"),
            QStringLiteral("a user named \"%1\" already exists").arg(normalized));
    };
    if (m_users.findByName(normalized))
        return exists();

    UserRecord user;
    user.name = normalized;
    user.role = *parsedRole;
    user.passwordHash = passwords::hash(password);
    user.createdAt = m_clock.now();
    if (user.passwordHash.isEmpty())
        return Result<UserRecord>::fail(QStringLiteral("internal_error"),
                                        QStringLiteral("cannot hash the password (out of memory)"));

    const Result<qint64> id = m_users.insert(user);
    if (!id) {
        // Another process created the same name since the lookup above.
        if (id.failure().code == QLatin1String(kStorageConflict))
            return exists();
        return id.failure();
    }
    user.id = id.value();
    return user;
}

Result<UserRecord> UserService::authenticate(const QString &name, const QString &password) const
{
    const auto invalid = [] {
        return Result<UserRecord>::fail(QStringLiteral("invalid_credentials"),
                                        QStringLiteral("wrong user name or password"));
    };
    const std::optional<UserRecord> user = m_users.findByName(normalizeName(name));
    if (!user) {
        // Spend the same Argon2 time as for a real user, so response time does not reveal
        // which names exist.
        static const QString decoy = passwords::hash(QStringLiteral("decoy password"));
        passwords::verify(decoy, password);
        return invalid();
    }
    if (!passwords::verify(user->passwordHash, password))
        return invalid();
    if (user->isDisabled())
        return Result<UserRecord>::fail(QStringLiteral("user_disabled"),
                                        QStringLiteral("this account is disabled"));
    return *user;
}

int UserService::count() const
{
    return m_users.count();
}

} // namespace wag
