#pragma once

#include <QHash>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace wag {

// Statements that return no rows to read (INSERT, UPDATE, DELETE, BEGIN, COMMIT …), run
// through SQLite's C API on the connection Qt opened, each kept prepared by its SQL text.
//
// Why not QSqlQuery for these: on the group-commit writer, Qt's positional binding cost
// more than SQLite's own work. Every QSqlQuery::bindValue(int) builds a placeholder name
// with QString::arg and hashes it (about 2,000 instructions a value, measured with
// callgrind: a fifth of the writer thread). Reads keep using QSqlQuery, whose rows and
// types the stores rely on.
//
// Values bind the way Qt's SQLite driver binds them: a null QString or QByteArray (and an
// invalid QVariant) is NULL, integers and booleans are integers, QByteArray is a blob,
// anything else is its text.
class SqliteStatements
{
public:
    explicit SqliteStatements(sqlite3 *connection) : m_connection(connection) { }
    ~SqliteStatements(); // finalizes every statement; must run before the connection closes

    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    struct Outcome
    {
        int code = 0;         // SQLite's extended result code; 0 (SQLITE_OK) on success
        QString message;      // sqlite3_errmsg() on failure
        qint64 changes = 0;   // rows the statement changed
        qint64 lastInsertId = 0;
        bool ok() const { return code == 0; }
        bool constraintViolation() const { return (code & 0xff) == 19; } // SQLITE_CONSTRAINT
    };

    // Prepares `sql` (or reuses it), binds `bindings` to its "?" in order, steps it to the
    // end and resets it, so it holds no lock and no snapshot afterwards.
    Outcome run(const QString &sql, const QVariantList &bindings);

private:
    sqlite3_stmt *prepared(const QString &sql, Outcome *failure);
    Outcome failed(int code) const;

    static constexpr int kCacheSize = 256; // beyond it, statements are prepared each time
    sqlite3 *m_connection = nullptr;
    QHash<QString, sqlite3_stmt *> m_cache;
};

} // namespace wag
