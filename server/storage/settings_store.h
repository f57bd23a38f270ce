#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace wag {

class Database;

// Raw key → text rows. Typing, defaults and validation belong to the settings registry.
class SettingsStore
{
public:
    explicit SettingsStore(Database &db) : m_db(db) { }

    std::optional<QString> get(const QString &key) const;
    // Inserts or replaces.
    Status set(const QString &key, const QString &value, const QDateTime &updatedAt);
    // Removing a key that is not there is not an error: the outcome is the same.
    Status remove(const QString &key);
    QMap<QString, QString> all() const;

private:
    Database &m_db;
};

} // namespace wag
