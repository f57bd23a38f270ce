#include "support/temp_database.h"

namespace wag::test {

TempDatabase::TempDatabase(const Clock &clock)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString());
        return;
    }
    QString error;
    m_db = Database::open(filePath(), &error);
    if (!m_db) {
        m_error = error.isEmpty() ? QStringLiteral("cannot open %1").arg(filePath()) : error;
        return;
    }
    const MigrationOutcome outcome = m_db->migrate(&error, clock);
    if (outcome != MigrationOutcome::Migrated)
        m_error = QStringLiteral("migrating %1 did not apply the migrations (outcome %2): %3")
                      .arg(filePath())
                      .arg(int(outcome))
                      .arg(error);
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
}

QString TempDatabase::filePath() const
{
    return m_dir.filePath(QStringLiteral("gateway.db"));
}

QString TempDatabase::dirPath() const
{
    return m_dir.path();
}

void TempDatabase::close()
{
    m_db.reset();
}

bool TempDatabase::reopen()
{
    m_db.reset();
    QString error;
    m_db = Database::open(filePath(), &error);
    if (!m_db)
        m_error = error;
    return bool(m_db);
}

} // namespace wag::test
