#include "sqlite_statements.h"

#include <QByteArray>
#include <QMetaType>

#include <sqlite3.h>

#include <vector>

namespace wag {

namespace {

// Text is bound as UTF-8, the database's encoding (UTF-16 would be converted inside SQLite,
// slower than Qt's toUtf8()); the bytes stay in `keep` until the statement has run, so
// SQLite need not copy them.
int bindText(sqlite3_stmt *statement, int index, const QString &text, std::vector<QByteArray> &keep)
{
    keep.push_back(text.toUtf8());
    const QByteArray &utf8 = keep.back();
    return sqlite3_bind_text64(statement, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_STATIC,
                               SQLITE_UTF8);
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value, std::vector<QByteArray> &keep)
{
    if (!value.isValid() || value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        // As Qt's driver does: an unsigned 64-bit value is stored as its bit pattern.
        return sqlite3_bind_int64(statement, index, sqlite3_int64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        keep.push_back(value.toByteArray());
        return sqlite3_bind_blob64(statement, index, keep.back().constData(), sqlite3_uint64(keep.back().size()),
                                   SQLITE_STATIC);
    }
    case QMetaType::QString: {
        const QString &text = *static_cast<const QString *>(value.constData());
        if (text.isNull())
            return sqlite3_bind_null(statement, index);
        return bindText(statement, index, text, keep);
    }
    default:
        return bindText(statement, index, value.toString(), keep);
    }
}

} // namespace

SqliteStatements::~SqliteStatements()
{
    for (sqlite3_stmt *statement : std::as_const(m_cache))
        sqlite3_finalize(statement);
}

SqliteStatements::Outcome SqliteStatements::failed(int code) const
{
    Outcome outcome;
    outcome.code = code == SQLITE_OK ? SQLITE_ERROR : code;
    outcome.message = QString::fromUtf8(sqlite3_errmsg(m_connection));
    return outcome;
}

sqlite3_stmt *SqliteStatements::prepared(const QString &sql, Outcome *failure)
{
    if (sqlite3_stmt *cached = m_cache.value(sql))
        return cached;
    const bool keep = m_cache.size() < kCacheSize;
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare16_v3(m_connection, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                        keep ? SQLITE_PREPARE_PERSISTENT : 0, &statement, nullptr);
    if (rc != SQLITE_OK || !statement) {
        *failure = failed(rc);
        if (!statement && rc == SQLITE_OK)
            failure->message = QStringLiteral("the statement is empty");
        sqlite3_finalize(statement);
        return nullptr;
    }
    if (keep)
        m_cache.insert(sql, statement);
    return statement;
}

SqliteStatements::Outcome SqliteStatements::run(const QString &sql, const QVariantList &bindings)
{
    Outcome outcome;
    sqlite3_stmt *statement = prepared(sql, &outcome);
    if (!statement)
        return outcome;
    const bool cached = m_cache.value(sql) == statement;
    const auto finish = [&](Outcome result) {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        if (!cached)
            sqlite3_finalize(statement);
        return result;
    };

    if (bindings.size() != sqlite3_bind_parameter_count(statement)) {
        outcome.code = SQLITE_RANGE;
        outcome.message = QStringLiteral("%1 values given for %2 parameters")
                              .arg(bindings.size())
                              .arg(sqlite3_bind_parameter_count(statement));
        return finish(outcome);
    }
    std::vector<QByteArray> keep; // what the bound values point into, until finish()
    keep.reserve(size_t(bindings.size()));
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        if (const int rc = bind(statement, int(i + 1), bindings.at(i), keep); rc != SQLITE_OK)
            return finish(failed(rc));
    }
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW) // a PRAGMA may answer with rows nobody reads
        rc = sqlite3_step(statement);
    if (rc != SQLITE_DONE)
        return finish(failed(sqlite3_extended_errcode(m_connection)));
    outcome.changes = sqlite3_changes64(m_connection);
    outcome.lastInsertId = sqlite3_last_insert_rowid(m_connection);
    return finish(outcome);
}

} // namespace wag
