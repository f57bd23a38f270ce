#include "user_store.h"

#include "core/logging.h"
#include "storage/database.h"

namespace wag {

namespace {

QString selectUsers(QLatin1String tail)
{
    return QLatin1String("SELECT id, name, role, password_hash, created_at, disabled_at, last_sign_in_at"
                         " FROM users ")
        + tail;
}

std::optional<UserRecord> readUser(const QSqlQuery &query)
{
    const std::optional<UserRole> role = parseUserRole(query.value(2).toString());
    if (!role) {
        qCWarning(lcStorage) << "user" << query.value(0).toLongLong() << "has unknown role"
                             << query.value(2).toString();
        return std::nullopt;
    }
    UserRecord user;
    user.id = query.value(0).toLongLong();
    user.name = query.value(1).toString();
    user.role = *role;
    user.passwordHash = query.value(3).toString();
    user.createdAt = fromSqlTime(query.value(4));
    user.disabledAt = fromSqlTime(query.value(5));
    user.lastSignInAt = fromSqlTime(query.value(6));
    return user;
}

} // namespace

QString userRoleName(UserRole role)
{
    switch (role) {
    case UserRole::Admin: return QStringLiteral("admin");
    case UserRole::Operator: return QStringLiteral("operator");
    }
    return QString();
}

std::optional<UserRole> parseUserRole(const QString &name)
{
    if (name == u"admin")
        return UserRole::Admin;
    if (name == u"operator")
        return UserRole::Operator;
    return std::nullopt;
}

Result<qint64> UserStore::insert(const UserRecord &user)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO users (name, role, password_hash, created_at, disabled_at)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {user.name, userRoleName(user.role), user.passwordHash, toSqlTime(user.createdAt),
         toSqlTime(user.disabledAt)});
}

std::optional<UserRecord> UserStore::findById(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, selectUsers(QLatin1String("WHERE id = ?")), {id}) || !query.next())
        return std::nullopt;
    return readUser(query);
}

std::optional<UserRecord> UserStore::findByName(const QString &name) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, selectUsers(QLatin1String("WHERE name = ?")), {name}) || !query.next())
        return std::nullopt;
    return readUser(query);
}

QList<UserRecord> UserStore::all() const
{
    QList<UserRecord> users;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, selectUsers(QLatin1String("ORDER BY name"))))
        return users;
    while (query.next()) {
        if (std::optional<UserRecord> user = readUser(query))
            users.append(std::move(*user));
    }
    return users;
}

int UserStore::count() const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, QStringLiteral("SELECT COUNT(*) FROM users")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int UserStore::countEnabledAdmins() const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND disabled_at IS NULL"),
                   {userRoleName(UserRole::Admin)})
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status UserStore::setRole(qint64 id, UserRole role)
{
    return m_db.execOnRow(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {userRoleName(role), id});
}

Status UserStore::setPasswordHash(qint64 id, const QString &passwordHash)
{
    return m_db.execOnRow(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                          {passwordHash, id});
}

Status UserStore::setDisabledAt(qint64 id, const QDateTime &disabledAt)
{
    return m_db.execOnRow(QStringLiteral("UPDATE users SET disabled_at = ? WHERE id = ?"),
                          {toSqlTime(disabledAt), id});
}

Status UserStore::setLastSignInAt(qint64 id, const QDateTime &at)
{
    return m_db.execOnRow(QStringLiteral("UPDATE users SET last_sign_in_at = ? WHERE id = ?"), {toSqlTime(at), id});
}

Status UserStore::remove(qint64 id)
{
    return m_db.execOnRow(QStringLiteral("DELETE FROM users WHERE id = ?"), {id});
}

} // namespace wag
