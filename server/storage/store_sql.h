#pragma once

// Small SQL pieces the stores share: the WHERE clause of a filtered list, NULL for empty
// text, and purging old rows.

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace wag {

class Database;

// The WHERE clause of a filtered list, built one optional condition at a time so that
// each "?" and the value bound to it are added together and cannot drift apart.
class SqlFilter
{
public:
    void add(const QString &condition, const QVariant &value);
    // Text filters: an empty text means "any", so it adds nothing.
    void addText(const QString &condition, const QString &text);
    // created_at in [from, to); an invalid bound leaves that side open.
    void addCreatedWithin(const QDateTime &from, const QDateTime &to);

    // "WHERE a = ? AND b = ? " (trailing space, ready for ORDER BY), or "" with no condition.
    QString whereClause() const;
    const QVariantList &bindings() const { return m_bindings; }

private:
    QStringList m_conditions;
    QVariantList m_bindings;
};

// NULL rather than '' for text the record leaves empty.
QVariant textOrNull(const QString &text);

// Deletes the rows of `table` created before `before`: how many, or -1 if that failed.
// `table` is a name from our own code, never from a request.
int purgeCreatedBefore(const Database &db, const QString &table, const QDateTime &before);

} // namespace wag
