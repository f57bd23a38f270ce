#pragma once

#include "core/result.h"

#include <QString>

namespace wag {

class Database;

// Copies the live database to `destinationPath` with SQLite's online backup API: safe while
// this process and others keep writing (WAL lets the copy read a consistent snapshot).
// The copy is written next to the destination and renamed into place only once complete,
// so a failure never leaves a partial file under that name; an existing file there is
// replaced. Runs on the thread that owns `db`.
Status backupDatabase(const Database &db, const QString &destinationPath);

} // namespace wag
