#include "suppression_store.h"

#include "core/logging.h"
#include "storage/database.h"

namespace wag {

namespace {

const QLatin1String kColumns("SELECT phone, reason, source, note, created_by, created_at"
                             " FROM suppressions ");

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariantList recordBindings(const SuppressionRecord &record)
{
    return {record.phone, suppressionReasonName(record.reason), textOrNull(record.source),
            textOrNull(record.note), textOrNull(record.createdBy), toSqlTime(record.createdAt)};
}

std::optional<SuppressionRecord> readSuppression(const QSqlQuery &query)
{
    const std::optional<SuppressionReason> reason
        = parseSuppressionReason(query.value(1).toString());
    if (!reason) {
        qCWarning(lcStorage) << "suppression of" << query.value(0).toString()
                             << "has unknown reason" << query.value(1).toString();
        return std::nullopt;
    }
    SuppressionRecord record;
    record.phone = query.value(0).toString();
    record.reason = *reason;
    record.source = query.value(2).toString();
    record.note = query.value(3).toString();
    record.createdBy = query.value(4).toString();
    record.createdAt = fromSqlTime(query.value(5));
    return record;
}

// LOWER(...) LIKE on both sides reads the same in SQLite and PostgreSQL (whose LIKE is
// case-sensitive). '\' escapes the wildcards a search may contain.
QString searchCondition(const QString &search, QVariantList &bindings)
{
    if (search.isEmpty())
        return QString();
    QString escaped = search.toLower();
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    const QString pattern = u'%' + escaped + u'%';
    bindings << pattern << pattern;
    return QStringLiteral("WHERE LOWER(phone) LIKE ? ESCAPE '\\'"
                          " OR LOWER(note) LIKE ? ESCAPE '\\' ");
}

} // namespace

QString suppressionReasonName(SuppressionReason reason)
{
    switch (reason) {
    case SuppressionReason::OptOutKeyword: return QStringLiteral("opt_out_keyword");
    case SuppressionReason::Manual: return QStringLiteral("manual");
    case SuppressionReason::ThreeCx: return QStringLiteral("3cx");
    case SuppressionReason::Import: return QStringLiteral("import");
    }
    return QString();
}

std::optional<SuppressionReason> parseSuppressionReason(const QString &name)
{
    for (SuppressionReason reason : {SuppressionReason::OptOutKeyword, SuppressionReason::Manual,
                                     SuppressionReason::ThreeCx, SuppressionReason::Import}) {
        if (suppressionReasonName(reason) == name)
            return reason;
    }
    return std::nullopt;
}

Status SuppressionStore::add(const SuppressionRecord &record)
{
    return m_db.exec(QStringLiteral("INSERT INTO suppressions (phone, reason, source, note,"
                                    " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     recordBindings(record));
}

Status SuppressionStore::replace(const SuppressionRecord &record)
{
    return m_db.exec(QStringLiteral("INSERT INTO suppressions (phone, reason, source, note,"
                                    " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)"
                                    " ON CONFLICT (phone) DO UPDATE SET reason = excluded.reason,"
                                    " source = excluded.source, note = excluded.note,"
                                    " created_by = excluded.created_by,"
                                    " created_at = excluded.created_at"),
                     recordBindings(record));
}

Status SuppressionStore::remove(const QString &phone)
{
    return m_db.execOnRow(QStringLiteral("DELETE FROM suppressions WHERE phone = ?"), {phone});
}

std::optional<SuppressionRecord> SuppressionStore::find(const QString &phone) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, kColumns + QLatin1String("WHERE phone = ?"), {phone}) || !query.next())
        return std::nullopt;
    return readSuppression(query);
}

bool SuppressionStore::contains(const QString &phone) const
{
    const Result<bool> found = isSuppressed(phone);
    return found && found.value();
}

Result<bool> SuppressionStore::isSuppressed(const QString &phone) const
{
    QSqlQuery query(m_db.connection());
    const Status status
        = m_db.exec(query, QStringLiteral("SELECT 1 FROM suppressions WHERE phone = ?"), {phone});
    if (!status)
        return status.failure();
    return query.next();
}

QList<SuppressionRecord> SuppressionStore::list(const QString &search, int limit, int offset) const
{
    Result<QList<SuppressionRecord>> records = page(search, limit, offset);
    return records ? std::move(records.value()) : QList<SuppressionRecord>();
}

Result<QList<SuppressionRecord>> SuppressionStore::page(const QString &search, int limit,
                                                        int offset) const
{
    QVariantList bindings;
    const QString where = searchCondition(search, bindings);
    bindings << qMax(0, limit) << qMax(0, offset);
    QList<SuppressionRecord> records;
    QSqlQuery query(m_db.connection());
    const Status status = m_db.exec(
        query, kColumns + where + QLatin1String("ORDER BY created_at DESC, phone LIMIT ? OFFSET ?"),
        bindings);
    if (!status)
        return status.failure();
    while (query.next()) {
        if (std::optional<SuppressionRecord> record = readSuppression(query))
            records.append(std::move(*record));
    }
    return records;
}

int SuppressionStore::count(const QString &search) const
{
    QVariantList bindings;
    const QString where = searchCondition(search, bindings);
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, QStringLiteral("SELECT COUNT(*) FROM suppressions ") + where, bindings)
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace wag
