#pragma once

#include "storage/database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wag {

// One forward-only schema step. Its statements run in a single transaction together with
// the row that records it in schema_migrations, so a step is either fully there or not.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

namespace Migrations {

// Every migration this program knows, oldest first. A new schema change is a new entry at
// the end; an entry that has shipped is never edited.
const QList<Migration> &all();

int latestVersion(const QList<Migration> &migrations = all());

// Brings `db` up to the last version in `migrations`. See MigrationOutcome.
MigrationOutcome run(Database &db, const QList<Migration> &migrations, const Clock &clock,
                     QString *error);

} // namespace Migrations

} // namespace wag
