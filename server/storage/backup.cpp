#include "backup.h"

#include "core/logging.h"
#include "core/random.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

namespace wag {

namespace {

constexpr int kPagesPerStep = 256;
constexpr int kBusyRetryMs = 50;
constexpr int kMaxBusyRetries = 200; // ~10 s of a lock held elsewhere
// Each write by another connection restarts the copy. After this many restarts the rest
// is copied in one step: in WAL mode that holds only a read snapshot, so writers go on.
constexpr int kMaxRestarts = 3;

Status fail(const QString &message)
{
    qCWarning(lcStorage).noquote() << message;
    return Status::fail(QStringLiteral("backup_failed"), message);
}

sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString sqliteMessage(sqlite3 *connection, int code)
{
    return connection ? QString::fromUtf8(sqlite3_errmsg(connection))
                      : QString::fromUtf8(sqlite3_errstr(code));
}

std::filesystem::path toFilesystemPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

void removePartial(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Copies `source` into the already open `destination`; returns an SQLite result code.
int copyPages(sqlite3 *source, sqlite3 *destination)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return sqlite3_errcode(destination);

    int rc = SQLITE_OK;
    int busyRetries = 0;
    int restarts = 0;
    int previousRemaining = -1;
    int pagesPerStep = kPagesPerStep;
    do {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busyRetries > kMaxBusyRetries)
                break;
            sqlite3_sleep(kBusyRetryMs);
            rc = SQLITE_OK;
            continue;
        }
        const int remaining = sqlite3_backup_remaining(backup);
        if (previousRemaining >= 0 && remaining > previousRemaining && ++restarts >= kMaxRestarts)
            pagesPerStep = -1;
        previousRemaining = remaining;
    } while (rc == SQLITE_OK);

    const int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE)
        rc = finished;
    return rc;
}

} // namespace

Status backupDatabase(const Database &db, const QString &destinationPath)
{
    sqlite3 *source = sqliteHandle(db);
    if (!source)
        return fail(QStringLiteral("backup needs an SQLite database"));

    const QFileInfo destination(destinationPath);
    const QString target = destination.absoluteFilePath();
    if (target == QFileInfo(db.filePath()).absoluteFilePath())
        return fail(QStringLiteral("cannot back up %1 onto itself").arg(target));
    if (!QFileInfo(destination.absolutePath()).isDir())
        return fail(QStringLiteral("cannot write backup %1: directory %2 does not exist")
                        .arg(target, destination.absolutePath()));

    // A hidden name in the same directory, so the final rename stays on one filesystem.
    const QString partial = destination.absolutePath() + QLatin1String("/.")
        + destination.fileName() + QLatin1String(".partial-") + randomBase62(8);

    sqlite3 *copy = nullptr;
    // sqlite3_open_v2 takes UTF-8 on every platform.
    int rc = sqlite3_open_v2(partial.toUtf8().constData(), &copy,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString message;
    if (rc == SQLITE_OK) {
        rc = copyPages(source, copy);
        if (rc != SQLITE_OK)
            message = sqliteMessage(copy, rc);
    } else {
        message = sqliteMessage(copy, rc);
    }
    const int closed = sqlite3_close(copy);
    if (rc == SQLITE_OK && closed != SQLITE_OK) {
        rc = closed;
        message = sqliteMessage(nullptr, closed);
    }
    if (rc != SQLITE_OK) {
        removePartial(partial);
        return fail(QStringLiteral("cannot write backup %1: %2").arg(target, message));
    }

    // std::filesystem::rename replaces an existing file atomically (rename(2) on POSIX,
    // MoveFileEx with REPLACE_EXISTING on Windows); QFile::rename refuses to.
    std::error_code ec;
    std::filesystem::rename(toFilesystemPath(partial), toFilesystemPath(target), ec);
    if (ec) {
        removePartial(partial);
        return fail(QStringLiteral("cannot move backup into place at %1: %2")
                        .arg(target, QString::fromLocal8Bit(ec.message())));
    }
    qCInfo(lcStorage).noquote() << "backed up" << db.filePath() << "to" << target;
    return succeeded();
}

} // namespace wag
