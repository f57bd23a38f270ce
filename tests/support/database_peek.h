#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace wag::test {

// Read-only looks at a gateway's database while another process (the real binary) writes
// it: a connection of its own, opened and closed around each query, waiting out the
// writer's lock for up to 2 s.

// Every row of `sql`, each as its column values; empty if the query fails.
QList<QVariantList> peekRows(const QString &dbPath, const QString &sql);
// The first column of the first row; an invalid QVariant when there is none.
QVariant peekValue(const QString &dbPath, const QString &sql);

} // namespace wag::test
