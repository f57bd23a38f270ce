#include "support/database_peek.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

namespace wag::test {

QList<QVariantList> peekRows(const QString &dbPath, const QString &sql)
{
    const QString name = QStringLiteral("peek");
    QList<QVariantList> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next()) {
                    QVariantList row;
                    for (int i = 0; i < query.record().count(); ++i)
                        row.append(query.value(i));
                    rows.append(row);
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QVariant peekValue(const QString &dbPath, const QString &sql)
{
    const QList<QVariantList> rows = peekRows(dbPath, sql);
    return rows.isEmpty() || rows.first().isEmpty() ? QVariant() : rows.first().first();
}

} // namespace wag::test
