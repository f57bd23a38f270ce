#include "store_sql.h"

#include "storage/database.h"

namespace wag {

void SqlFilter::add(const QString &condition, const QVariant &value)
{
    m_conditions << condition;
    m_bindings << value;
}

void SqlFilter::addText(const QString &condition, const QString &text)
{
    if (!text.isEmpty())
        add(condition, text);
}

void SqlFilter::addCreatedWithin(const QDateTime &from, const QDateTime &to)
{
    if (from.isValid())
        add(QStringLiteral("created_at >= ?"), toSqlTime(from));
    if (to.isValid())
        add(QStringLiteral("created_at < ?"), toSqlTime(to));
}

QString SqlFilter::whereClause() const
{
    if (m_conditions.isEmpty())
        return {};
    return QStringLiteral("WHERE ") + m_conditions.join(QStringLiteral(" AND ")) + u' ';
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

int purgeCreatedBefore(const Database &db, const QString &table, const QDateTime &before)
{
    QSqlQuery query(db.connection());
    if (!db.exec(query, QStringLiteral("DELETE FROM %1 WHERE created_at < ?").arg(table),
                 {toSqlTime(before)}))
        return -1;
    return query.numRowsAffected();
}

} // namespace wag
