#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "storage/sqlite_statements.h"

#include <QSqlDatabase>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace wag {

struct Migration;

enum class MigrationOutcome {
    Migrated, // at least one migration was applied
    UpToDate, // nothing to do
    NewerSchema, // written by a newer program: refused, nothing touched
    Failed, // the failing migration was rolled back; the version is unchanged
};

// Failure codes the storage layer returns inside a Status/Result.
inline constexpr char kStorageError[] = "storage_error";
// A UNIQUE/CHECK/FOREIGN KEY constraint refused the write; services turn it into their
// own code ("user_exists", ...) because two processes can race past a prior lookup.
inline constexpr char kStorageConflict[] = "storage_conflict";
// An update or delete matched no row.
inline constexpr char kStorageNotFound[] = "not_found";

// One open database file. Everything SQLite-specific (the driver, pragmas, BEGIN
// IMMEDIATE, error classification, the backup API) stays in server/storage/; the SQL the
// stores write is kept to what PostgreSQL also accepts so a second backend can follow.
//
// A Qt SQL connection belongs to the thread that opened it: use a Database from one thread.
class Database
{
public:
    static std::unique_ptr<Database> open(const QString &filePath, QString *error);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Copies handed out must be gone before the Database is destroyed.
    QSqlDatabase connection() const;
    QString filePath() const;

    // Applies Migrations::all(). `clock` stamps schema_migrations.applied_at.
    MigrationOutcome migrate(QString *error, const Clock &clock = Clock::system());
    // Applies a given list instead; tests use it to exercise upgrades and failures.
    MigrationOutcome migrate(const QList<Migration> &migrations, QString *error,
                             const Clock &clock = Clock::system());

    // True if another connection (another process: an admin command, or a second
    // Database on the same file) committed a change since the previous call. Own commits
    // never count. The first call only takes the baseline and returns false. If the
    // version cannot be read the failure is logged and the answer is true, so a caller
    // re-reads rather than missing a change. SQLite: PRAGMA data_version.
    bool changedByOthers();

    // Ends the read of the last cached statement, if its rows were not read to the end: an
    // unfinished read keeps an old snapshot of the database (and holds WAL checkpoints
    // back). Every exec() does this first; idle owners call it now and then.
    void releaseStatements() const;
    // The sum of the change counters (migration 3): it changes whenever API keys, their
    // scopes, instances or suppressions change, in any process. -1 if it cannot be read.
    // Caches of those compare it before trusting themselves.
    qint64 configurationVersion() const;

    // True while a transaction is open on this connection (SQLite may end one by itself,
    // e.g. on an I/O error; the group-commit writer checks).
    bool inTransaction() const;

    // Highest applied migration; 0 for a fresh file, -1 if it cannot be read.
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Prepares `sql` on `query`, binds `bindings` positionally ("?") and executes it.
    // A failure is logged under wag.storage with the statement and returned as a
    // kStorageConflict or kStorageError Failure carrying the driver's text.
    Status exec(QSqlQuery &query, const QString &sql, const QVariantList &bindings = {}) const;
    // Same, for statements whose rows nobody reads (writes, BEGIN/COMMIT, DDL): these run
    // on prepared SQLite statements directly, see SqliteStatements.
    Status exec(const QString &sql, const QVariantList &bindings = {}) const;
    // An UPDATE or DELETE meant to hit a row: matching none is a kStorageNotFound failure.
    Status execOnRow(const QString &sql, const QVariantList &bindings) const;
    // An INSERT into a table with an integer key; returns the key it was given.
    Result<qint64> insert(const QString &sql, const QVariantList &bindings) const;

private:
    Database(QSqlDatabase connection, QString filePath);
    bool applyPragmas(QString *error);
    SqliteStatements::Outcome run(const QString &sql, const QVariantList &bindings) const;
    static Status status(const QString &sql, const SqliteStatements::Outcome &outcome);

    static constexpr int kStatementCacheSize = 256;
    mutable QHash<QString, QSqlQuery> m_statements;
    mutable QString m_lastStatement; // the cached statement that may still be active
    mutable std::optional<qint64> m_configurationVersion; // until the event loop turns
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    QSqlDatabase m_connection;
    QString m_connectionName;
    QString m_filePath;
    std::optional<qint64> m_dataVersion;
    std::unique_ptr<SqliteStatements> m_writes;
};

// Milliseconds since the epoch (UTC) as stored in INTEGER columns, and back. A null
// QDateTime maps to SQL NULL both ways.
QVariant toSqlTime(const QDateTime &when);
QDateTime fromSqlTime(const QVariant &value);

// Begins a write transaction on construction and rolls it back on destruction unless
// commit() succeeded. Not nestable.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False if BEGIN failed (e.g. another process held the write lock past busy_timeout).
    bool isActive() const { return m_active; }
    bool commit();
    // Why BEGIN or the last commit() failed; succeeded otherwise.
    const Status &status() const { return m_status; }

private:
    const Database &m_db;
    Status m_status;
    bool m_active = false;
};

} // namespace wag
