#include "settings_store.h"

#include "storage/database.h"

namespace wag {

std::optional<QString> SettingsStore::get(const QString &key) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key})
        || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

Status SettingsStore::set(const QString &key, const QString &value, const QDateTime &updatedAt)
{
    // ON CONFLICT ... DO UPDATE reads the same in SQLite (3.24+) and PostgreSQL.
    return m_db.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                                    " updated_at = excluded.updated_at"),
                     // A null QString would bind as SQL NULL; an empty value is a value.
                     {key, value.isNull() ? QStringLiteral("") : value, toSqlTime(updatedAt)});
}

Status SettingsStore::remove(const QString &key)
{
    return m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
}

QMap<QString, QString> SettingsStore::all() const
{
    QMap<QString, QString> values;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, QStringLiteral("SELECT key, value FROM settings")))
        return values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    return values;
}

} // namespace wag
