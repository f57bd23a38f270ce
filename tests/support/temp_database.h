#pragma once

#include "core/clock.h"
#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace wag::test {

// A fresh, migrated gateway.db in its own temporary directory, removed with the object.
// Check ok() (with error() as the message) before using db().
class TempDatabase
{
public:
    // `clock` stamps schema_migrations.applied_at.
    explicit TempDatabase(const Clock &clock = Clock::system());
    ~TempDatabase();

    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;

    // True if the directory was made, the file opened and every migration applied.
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    Database &db() { return *m_db; }
    QString filePath() const; // .../gateway.db
    QString dirPath() const;

    // Closes the connection (checkpointing the WAL into the file); db() is unusable after.
    void close();
    // Opens the same file again (no migration); false with error() set if that failed.
    bool reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_error;
};

} // namespace wag::test
