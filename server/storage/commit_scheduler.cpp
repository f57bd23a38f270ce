#include "commit_scheduler.h"

#include "core/logging.h"
#include "storage/database.h"

#include <exception>
#include <optional>

namespace wag {

namespace {

// Savepoints are standard SQL: SQLite and PostgreSQL read these the same. In PostgreSQL a
// failed statement aborts the whole transaction until ROLLBACK TO, which is why every Work
// gets one even though SQLite would only undo the failing statement.
const QString kSavepoint = QStringLiteral("SAVEPOINT wag_work");
const QString kRelease = QStringLiteral("RELEASE SAVEPOINT wag_work");
const QString kRollbackTo = QStringLiteral("ROLLBACK TO SAVEPOINT wag_work");

Status runWork(const CommitScheduler::Work &work)
{
    if (!work)
        return succeeded();
    try {
        return work();
    } catch (const std::exception &e) {
        return Status::fail(QString::fromLatin1(kStorageError),
                            QStringLiteral("write failed: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return Status::fail(QString::fromLatin1(kStorageError),
                            QStringLiteral("write failed with an unknown exception"));
    }
}

} // namespace

CommitScheduler::CommitScheduler(const Database &db, QObject *parent) : QObject(parent), m_db(db)
{ }

CommitScheduler::~CommitScheduler()
{
    if (!m_pending.isEmpty()) {
        qCInfo(lcStorage) << "committing" << m_pending.size() << "pending writes before shutdown";
        flushNow();
    }
}

void CommitScheduler::submit(Work work, Done done)
{
    m_pending.append({std::move(work), std::move(done)});
    scheduleFlush();
}

void CommitScheduler::flushNow()
{
    if (m_inTransaction) {
        qCWarning(lcStorage) << "CommitScheduler::flushNow() called from inside a write; ignored";
        return;
    }
    while (!m_pending.isEmpty())
        runBatch();
}

void CommitScheduler::setMaxBatch(int maxBatch)
{
    m_maxBatch = qMax(1, maxBatch);
}

void CommitScheduler::scheduleFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_flushQueued = false;
            if (!m_pending.isEmpty())
                runBatch();
            // Beyond maxBatch, or submitted by Done callbacks: the next turn's flush.
            if (!m_pending.isEmpty())
                scheduleFlush();
        },
        Qt::QueuedConnection);
}

void CommitScheduler::runBatch()
{
    QList<Entry> batch;
    if (m_pending.size() <= m_maxBatch) {
        batch.swap(m_pending);
    } else {
        batch.reserve(m_maxBatch);
        for (int i = 0; i < m_maxBatch; ++i)
            batch.append(std::move(m_pending[i]));
        m_pending.remove(0, m_maxBatch);
    }
    ++m_batches;

    QList<Status> results;
    results.reserve(batch.size());
    const Status begin = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begin) {
        for (qsizetype i = 0; i < batch.size(); ++i)
            results.append(begin);
    } else {
        m_inTransaction = true;
        // Set when SQLite has dropped the transaction (it does so on I/O errors, a full
        // disk, ...): a savepoint statement then fails and nothing may be trusted.
        std::optional<Status> broken;
        for (const Entry &entry : batch) {
            if (broken) {
                results.append(*broken);
                continue;
            }
            Status status = m_db.exec(kSavepoint);
            if (!status) {
                broken = status;
                results.append(status);
                continue;
            }
            status = runWork(entry.work);
            const Status end = m_db.exec(status ? kRelease : kRollbackTo);
            if (!end) {
                broken = end;
                results.append(status ? end : status);
                continue;
            }
            if (!status) {
                // ROLLBACK TO keeps the savepoint open; release it (now empty).
                const Status released = m_db.exec(kRelease);
                if (!released)
                    broken = released;
            }
            results.append(status);
        }
        m_inTransaction = false;

        Status commit = broken ? *broken : m_db.exec(QStringLiteral("COMMIT"));
        if (!commit) {
            // Undo whatever may still be open; after an automatic rollback this fails
            // harmlessly ("no transaction is active").
            m_db.exec(QStringLiteral("ROLLBACK"));
            for (Status &result : results) {
                if (result)
                    result = commit;
            }
        } else {
            for (const Status &result : results) {
                if (result)
                    ++m_committedWorks;
            }
        }
    }

    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (batch.at(i).done)
            batch.at(i).done(results.at(i));
    }
}

} // namespace wag
