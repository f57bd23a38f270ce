#include "user_service.h"

#include "secrets/password_hasher.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace wag {

namespace {

std::optional<Failure> checkRole(const QString &role, UserRole *parsed)
{
    const std::optional<UserRole> known = parseUserRole(role.trimmed().toLower());
    if (!known)
        return Failure{QStringLiteral("invalid_role"),
                       QStringLiteral("role must be admin or operator, not \"%1\"").arg(role)};
    *parsed = *known;
    return std::nullopt;
}

std::optional<Failure> checkPassword(const QString &password)
{
    if (password.size() < passwords::kMinimumLength)
        return Failure{QStringLiteral("weak_password"),
                       QStringLiteral("passwords must be at least %1 characters long").arg(passwords::kMinimumLength)};
    return std::nullopt;
}

Failure notFound(const QString &name)
{
    return Failure{QStringLiteral("not_found"), QStringLiteral("there is no user named \"%1\"").arg(name)};
}

bool isEnabledAdmin(const UserRecord &user)
{
    return user.role == UserRole::Admin && !user.isDisabled();
}

} // namespace

UserService::UserService(Database &db, const Clock &clock) : m_db(db), m_users(db), m_clock(clock) { }

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
    UserRole parsedRole = UserRole::Operator;
    if (const std::optional<Failure> refused = checkRole(role, &parsedRole))
        return *refused;
    if (const std::optional<Failure> refused = checkPassword(password))
        return *refused;

    const auto exists = [&] {
        return Result<UserRecord>::fail(
            QStringLiteral("user_exists"),
            QStringLiteral("a user named \"%1\" already exists").arg(normalized));
    };
    if (m_users.findByName(normalized))
        return exists();

    UserRecord user;
    user.name = normalized;
    user.role = parsedRole;
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

Status UserService::recordSignIn(qint64 userId)
{
    return m_users.setLastSignInAt(userId, m_clock.now());
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

QList<UserRecord> UserService::list() const
{
    return m_users.all();
}

std::optional<UserRecord> UserService::find(const QString &name) const
{
    return m_users.findByName(normalizeName(name));
}

Status UserService::change(const QString &name, const std::function<bool(const UserRecord &)> &takesAdminAway,
                           const std::function<Status(const UserRecord &)> &apply)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.status();
    const std::optional<UserRecord> user = m_users.findByName(normalizeName(name));
    if (!user)
        return notFound(normalizeName(name));
    if (isEnabledAdmin(*user) && takesAdminAway(*user)) {
        const int admins = m_users.countEnabledAdmins();
        if (admins < 0)
            return Status::fail(QLatin1String(kStorageError), QStringLiteral("cannot count the admins"));
        if (admins <= 1)
            return Status::fail(QStringLiteral("last_admin"),
                                QStringLiteral("\"%1\" is the last enabled admin; make another user an admin first")
                                    .arg(user->name));
    }
    if (const Status s = apply(*user); !s.ok())
        return s;
    if (!transaction.commit())
        return transaction.status();
    return succeeded();
}

Status UserService::setRole(const QString &name, const QString &role)
{
    UserRole parsed = UserRole::Operator;
    if (const std::optional<Failure> refused = checkRole(role, &parsed))
        return *refused;
    return change(
        name, [parsed](const UserRecord &) { return parsed != UserRole::Admin; },
        [this, parsed](const UserRecord &user) {
            return user.role == parsed ? succeeded() : m_users.setRole(user.id, parsed);
        });
}

Status UserService::setDisabled(const QString &name, bool disabled)
{
    return change(
        name, [disabled](const UserRecord &) { return disabled; },
        [this, disabled](const UserRecord &user) {
            if (user.isDisabled() == disabled)
                return succeeded();
            return m_users.setDisabledAt(user.id, disabled ? m_clock.now() : QDateTime());
        });
}

Status UserService::resetPassword(const QString &name, const QString &password)
{
    if (const std::optional<Failure> refused = checkPassword(password))
        return *refused;
    const std::optional<UserRecord> user = find(name);
    if (!user)
        return notFound(normalizeName(name));
    // Hashed before the write: Argon2 takes a while and must not hold the write lock.
    const QString hash = passwords::hash(password);
    if (hash.isEmpty())
        return Status::fail(QStringLiteral("internal_error"),
                            QStringLiteral("cannot hash the password (out of memory)"));
    const Status s = m_users.setPasswordHash(user->id, hash);
    if (!s.ok() && s.failure().code == QLatin1String(kStorageNotFound))
        return notFound(user->name); // removed since the lookup
    return s;
}

Status UserService::remove(const QString &name)
{
    return change(
        name, [](const UserRecord &) { return true; },
        [this](const UserRecord &user) { return m_users.remove(user.id); });
}

} // namespace wag
