#include "database.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

#include "core/logging.h"
#include "storage/migrations.h"
#include "storage/sqlite_statements.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <filesystem>
#include <system_error>

namespace wag {

namespace {

QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

// SQLite reports SQLITE_CONSTRAINT (19) in the low byte whether or not extended result
// codes are on. A PostgreSQL backend would test for SQLSTATE class "23" here instead.
bool isConstraintViolation(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == 19;
}

sqlite3 *handleOf(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

QString nextConnectionName()
{
    static QAtomicInteger<quint32> counter;
    return QStringLiteral("wag-storage-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The checks Qt's driver would otherwise report as an unhelpful "out of memory" or
// "unable to open database file", or not at all (SQLite silently opens a file it cannot
// write as read-only).
bool checkLocation(const QFileInfo &file, QString *error)
{
    const QString dirPath = file.absolutePath();
    std::error_code ec;
#ifdef Q_OS_WIN
    std::filesystem::create_directories(std::filesystem::path(dirPath.toStdWString()), ec);
#else
    std::filesystem::create_directories(QFile::encodeName(dirPath).toStdString(), ec);
#endif
    if (ec) {
        *error = QStringLiteral("cannot create data directory %1: %2")
                     .arg(dirPath, QString::fromLocal8Bit(ec.message()));
        return false;
    }
    const QFileInfo dir(dirPath);
    if (!dir.isDir()) {
        *error = QStringLiteral("data directory %1 is not a directory").arg(dirPath);
        return false;
    }
    // WAL keeps -wal and -shm files next to the database.
    if (!dir.isWritable()) {
        *error = QStringLiteral("data directory %1 is not writable").arg(dirPath);
        return false;
    }
    if (file.exists()) {
        if (file.isDir()) {
            *error = QStringLiteral("%1 is a directory, not a database file")
                         .arg(file.absoluteFilePath());
            return false;
        }
        if (!file.isReadable()) {
            *error = QStringLiteral("cannot read database file %1: permission denied")
                         .arg(file.absoluteFilePath());
            return false;
        }
        if (!file.isWritable()) {
            *error = QStringLiteral("database file %1 is read-only").arg(file.absoluteFilePath());
            return false;
        }
    }
    return true;
}

} // namespace

std::unique_ptr<Database> Database::open(const QString &filePath, QString *error)
{
    QString message;
    const QFileInfo file(filePath);
    if (!checkLocation(file, &message)) {
        qCWarning(lcStorage).noquote() << message;
        if (error)
            *error = message;
        return nullptr;
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> db;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!connection.isValid()) {
            message = QStringLiteral("the Qt SQLite driver (QSQLITE) is not available; "
                                     "install the Qt 6 SQLite plugin (libqt6sql6-sqlite)");
        } else {
            connection.setDatabaseName(file.absoluteFilePath());
            if (!connection.open())
                message = QStringLiteral("cannot open database %1: %2")
                              .arg(file.absoluteFilePath(), errorText(connection.lastError()));
            else if (!handleOf(connection))
                message = QStringLiteral("cannot open database %1: the SQLite driver gave no connection handle")
                              .arg(file.absoluteFilePath());
            else
                db.reset(new Database(connection, file.absoluteFilePath()));
        }
    }
    if (!db) {
        QSqlDatabase::removeDatabase(name);
    } else if (!db->applyPragmas(&message)) {
        message = QStringLiteral("cannot open database %1: %2").arg(db->filePath(), message);
        db.reset();
    }
    if (!db) {
        qCWarning(lcStorage).noquote() << message;
        if (error)
            *error = message;
    }
    return db;
}

Database::Database(QSqlDatabase connection, QString filePath)
    : m_connection(std::move(connection)),
      m_connectionName(m_connection.connectionName()),
      m_filePath(std::move(filePath)),
      m_writes(std::make_unique<SqliteStatements>(handleOf(m_connection)))
{ }

Database::~Database()
{
    m_statements.clear(); // prepared statements must go before their connection
    m_writes.reset();
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::applyPragmas(QString *error)
{
    // SQLite-only settings, applied per connection. What each one buys:
    // - busy_timeout: admin commands write from another process while the gateway runs;
    //   wait for the lock instead of failing at once.
    // - journal_mode=WAL: readers never block the writer (and the online backup).
    // - foreign_keys: off by default in SQLite; the schema relies on ON DELETE CASCADE.
    // - synchronous=FULL: NORMAL in WAL can lose the last commits on power loss, and SPEC
    //   says a write the caller was told about is durable. Costs throughput (see DESIGN §4).
    // - wal_autocheckpoint=4096 pages (16 MiB of WAL, SQLite's default is 1000): the
    //   committing thread copies the WAL back into the database file once it is this long.
    //   The tail pages of the message log change in almost every commit; a longer WAL
    //   copies each of them once per checkpoint instead of four times. The send benchmark
    //   measured about a tenth more sends per second (bench/README.md).
    struct Pragma
    {
        const char *set;
        const char *read;
        const char *expected;
    };
    static const Pragma pragmas[] = {
        {"PRAGMA busy_timeout = 5000", "PRAGMA busy_timeout", "5000"},
        {"PRAGMA journal_mode = WAL", "PRAGMA journal_mode", "wal"},
        {"PRAGMA foreign_keys = ON", "PRAGMA foreign_keys", "1"},
        {"PRAGMA synchronous = FULL", "PRAGMA synchronous", "2"},
        {"PRAGMA wal_autocheckpoint = 4096", "PRAGMA wal_autocheckpoint", "4096"},
    };
    for (const Pragma &pragma : pragmas) {
        QSqlQuery query(m_connection);
        Status status = exec(query, QString::fromLatin1(pragma.set));
        if (status) {
            query.finish();
            status = exec(query, QString::fromLatin1(pragma.read));
        }
        if (!status) {
            *error = status.failure().message;
            return false;
        }
        const QString value = query.next() ? query.value(0).toString().toLower() : QString();
        if (value != QLatin1String(pragma.expected)) {
            *error = QStringLiteral("\"%1\" did not take effect (got \"%2\")")
                         .arg(QLatin1String(pragma.set), value);
            return false;
        }
    }
    return true;
}

QSqlDatabase Database::connection() const
{
    return m_connection;
}

QString Database::filePath() const
{
    return m_filePath;
}

MigrationOutcome Database::migrate(QString *error, const Clock &clock)
{
    return Migrations::run(*this, Migrations::all(), clock, error);
}

MigrationOutcome Database::migrate(const QList<Migration> &migrations, QString *error,
                                   const Clock &clock)
{
    return Migrations::run(*this, migrations, clock, error);
}

bool Database::changedByOthers()
{
    QSqlQuery query(m_connection);
    if (!exec(query, QStringLiteral("PRAGMA data_version")))
        return true;
    if (!query.next()) {
        qCWarning(lcStorage) << "PRAGMA data_version returned no row";
        return true;
    }
    const qint64 version = query.value(0).toLongLong();
    releaseStatements(); // a half-read statement would pin this connection's snapshot
    const bool changed = m_dataVersion && *m_dataVersion != version;
    m_dataVersion = version;
    return changed;
}

qint64 Database::configurationVersion() const
{
    // Asked several times per request; the answer is kept until the event loop turns (a
    // change made meanwhile by another process is seen on the next turn) or until this
    // connection writes something itself (see exec()).
    if (m_configurationVersion)
        return *m_configurationVersion;
    QSqlQuery query(m_connection);
    if (!exec(query, QStringLiteral("SELECT SUM(version) FROM change_counters")) || !query.next())
        return -1;
    const qint64 version = query.value(0).toLongLong();
    releaseStatements();
    if (QCoreApplication::instance()) {
        m_configurationVersion = version;
        std::weak_ptr<bool> alive = m_alive;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [this, alive] {
                if (!alive.expired())
                    m_configurationVersion.reset();
            },
            Qt::QueuedConnection);
    }
    return version;
}

bool Database::inTransaction() const
{
    sqlite3 *connection = handleOf(m_connection);
    return connection && sqlite3_get_autocommit(connection) == 0;
}

void Database::releaseStatements() const
{
    if (m_lastStatement.isEmpty())
        return;
    const auto previous = m_statements.find(m_lastStatement);
    if (previous != m_statements.end() && previous->isActive())
        previous->finish();
    m_lastStatement.clear();
}

int Database::schemaVersion() const
{
    // tables() rather than a catalog query, so this stays backend-neutral.
    if (!m_connection.tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    QSqlQuery query(m_connection);
    if (!exec(query, QStringLiteral("SELECT MAX(version) FROM schema_migrations")))
        return -1;
    return query.next() ? query.value(0).toInt() : 0;
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Status Database::exec(QSqlQuery &query, const QString &sql, const QVariantList &bindings) const
{
    // Prepared statements are kept per SQL text: parsing and planning a statement costs more
    // than running it on the hot send path. Everything here runs on one thread and every
    // store reads its rows before it runs the next statement, so the statement run before
    // this one is finished first: a statement left active would hold its transaction open
    // (an autocommit write would not commit; COMMIT and SAVEPOINT would refuse).
    bool ok = true;
    // QSqlQuery copies share one prepared statement: that sharing is the point here, so
    // Qt's deprecation of copying (meant to prevent surprise sharing) is silenced locally.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    releaseStatements();
    if (m_configurationVersion && !sql.startsWith(u"SELECT"))
        m_configurationVersion.reset(); // this connection may be changing what it counts
    bool fromCache = false;
    auto cached = m_statements.find(sql);
    if (cached != m_statements.end()) {
        query = *cached;
        fromCache = true;
    } else {
        query.setForwardOnly(true);
        ok = query.prepare(sql);
        if (ok && m_statements.size() < kStatementCacheSize) {
            m_statements.insert(sql, query);
            fromCache = true;
        }
    }
    QT_WARNING_POP
    if (fromCache)
        m_lastStatement = sql;
    if (ok) {
        for (qsizetype i = 0; i < bindings.size(); ++i)
            query.bindValue(int(i), bindings.at(i));
        ok = query.exec();
    }
    if (ok)
        return succeeded();

    const QSqlError error = query.lastError();
    const QString text = errorText(error);
    if (isConstraintViolation(error)) {
        // Expected now and then (two processes racing on a unique name): not a warning.
        qCInfo(lcStorage).noquote() << "constraint refused" << sql << "-" << text;
        return Status::fail(QString::fromLatin1(kStorageConflict), text);
    }
    qCWarning(lcStorage).noquote()
        << "statement failed:" << sql << "-" << text << "(code" << error.nativeErrorCode() << ")";
    return Status::fail(QString::fromLatin1(kStorageError), text);
}

Status Database::exec(const QString &sql, const QVariantList &bindings) const
{
    return status(sql, run(sql, bindings));
}

Status Database::execOnRow(const QString &sql, const QVariantList &bindings) const
{
    const SqliteStatements::Outcome outcome = run(sql, bindings);
    if (outcome.ok() && outcome.changes == 0)
        return Status::fail(QString::fromLatin1(kStorageNotFound), QStringLiteral("no such row"));
    return status(sql, outcome);
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &bindings) const
{
    const SqliteStatements::Outcome outcome = run(sql, bindings);
    if (const Status s = status(sql, outcome); !s)
        return s.failure();
    // sqlite3_last_insert_rowid(); a PostgreSQL backend would append "RETURNING id".
    return outcome.lastInsertId;
}

SqliteStatements::Outcome Database::run(const QString &sql, const QVariantList &bindings) const
{
    releaseStatements(); // a half-read QSqlQuery would keep this write's transaction open
    m_configurationVersion.reset(); // this connection may be changing what it counts
    return m_writes->run(sql, bindings);
}

Status Database::status(const QString &sql, const SqliteStatements::Outcome &outcome)
{
    if (outcome.ok())
        return succeeded();
    if (outcome.constraintViolation()) {
        // Expected now and then (two processes racing on a unique name): not a warning.
        qCInfo(lcStorage).noquote() << "constraint refused" << sql << "-" << outcome.message;
        return Status::fail(QString::fromLatin1(kStorageConflict), outcome.message);
    }
    qCWarning(lcStorage).noquote()
        << "statement failed:" << sql << "-" << outcome.message << "(code" << outcome.code << ")";
    return Status::fail(QString::fromLatin1(kStorageError), outcome.message);
}

QVariant toSqlTime(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromSqlTime(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// BEGIN IMMEDIATE (SQLite syntax) takes the write lock up front, waiting up to
// busy_timeout. A plain deferred BEGIN that reads first and writes later fails at once
// with SQLITE_BUSY when another process wrote in between, without waiting.
Transaction::Transaction(const Database &db)
    : m_db(db), m_status(db.exec(QStringLiteral("BEGIN IMMEDIATE")))
{
    m_active = m_status.ok();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.exec(QStringLiteral("ROLLBACK"));
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_status = m_db.exec(QStringLiteral("COMMIT"));
    if (m_status)
        m_active = false;
    return m_status.ok();
}

} // namespace wag
