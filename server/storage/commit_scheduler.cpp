#include "commit_scheduler.h"

#include "core/logging.h"
#include "storage/database.h"

#include <exception>
#include <optional>

namespace wag {

namespace {

const QString kSavepoint = QStringLiteral("SAVEPOINT wag_work");
const QString kRelease = QStringLiteral("RELEASE SAVEPOINT wag_work");
const QString kRollbackTo = QStringLiteral("ROLLBACK TO SAVEPOINT wag_work");

Status runWork(const CommitScheduler::Work &work, const Database &db)
{
    if (!work)
        return succeeded();
    try {
        return work(db);
    } catch (const std::exception &e) {
        return Status::fail(QString::fromLatin1(kStorageError),
                            QStringLiteral("write failed: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return Status::fail(QString::fromLatin1(kStorageError),
                            QStringLiteral("write failed with an unknown exception"));
    }
}

} // namespace

CommitScheduler::CommitScheduler(const Database &db, QObject *parent) : QObject(parent)
{
    m_writer = std::thread([this, path = db.filePath()] { writerLoop(path); });
    std::unique_lock lock(m_mutex);
    m_finished.wait(lock, [this] { return m_writerReady; });
    if (!m_writerError.isEmpty())
        qCWarning(lcStorage).noquote() << "group commit writer could not open the database:" << m_writerError;
}

CommitScheduler::~CommitScheduler()
{
    if (m_outstanding > 0) {
        qCInfo(lcStorage) << "committing" << m_outstanding << "pending writes before shutdown";
        flushNow();
    }
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_writer.join();
}

void CommitScheduler::submit(Work work, Done done)
{
    m_turn.append(Entry{std::move(work), std::move(done)});
    ++m_outstanding;
    if (m_handOverQueued)
        return;
    m_handOverQueued = true;
    QMetaObject::invokeMethod(this, &CommitScheduler::handOver, Qt::QueuedConnection);
}

void CommitScheduler::handOver()
{
    m_handOverQueued = false;
    if (m_turn.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_queue.append(std::move(m_turn));
    }
    m_turn.clear();
    m_wake.notify_one();
}

void CommitScheduler::flushNow()
{
    while (m_outstanding > 0) {
        handOver();
        {
            std::unique_lock lock(m_mutex);
            m_finished.wait(lock, [this] { return m_queue.isEmpty() && !m_writing; });
        }
        const int before = m_outstanding;
        deliverFinished();
        if (m_outstanding == before && m_turn.isEmpty())
            break; // nothing moved: the writer is gone
    }
}

void CommitScheduler::setMaxBatch(int maxBatch)
{
    std::lock_guard lock(m_mutex);
    m_maxBatch = qMax(1, maxBatch);
}

int CommitScheduler::maxBatch() const
{
    std::lock_guard lock(m_mutex);
    return m_maxBatch;
}

quint64 CommitScheduler::batches() const
{
    std::lock_guard lock(m_mutex);
    return m_batches;
}

quint64 CommitScheduler::committedWorks() const
{
    std::lock_guard lock(m_mutex);
    return m_committedWorks;
}

int CommitScheduler::pending() const
{
    return m_outstanding;
}

void CommitScheduler::writerLoop(QString filePath)
{
    QString error;
    std::unique_ptr<Database> db = Database::open(filePath, &error);
    {
        std::lock_guard lock(m_mutex);
        m_writerReady = true;
        m_writerError = db ? QString() : error;
    }
    m_finished.notify_all();

    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.isEmpty(); });
            if (m_queue.isEmpty() && m_stop)
                break;
            if (m_queue.size() <= m_maxBatch) {
                batch.swap(m_queue);
            } else {
                // Moved, not copied: what a Work captured is released on the owner's thread.
                batch.reserve(m_maxBatch);
                for (int i = 0; i < m_maxBatch; ++i)
                    batch.append(std::move(m_queue[i]));
                m_queue.remove(0, m_maxBatch);
            }
            m_writing = true;
        }
        if (db) {
            runBatch(*db, batch);
        } else {
            for (Entry &entry : batch)
                entry.result = Status::fail(QString::fromLatin1(kStorageError),
                                            QStringLiteral("the database writer is not available: %1").arg(error));
        }
        {
            std::lock_guard lock(m_mutex);
            m_done.append(std::move(batch));
            m_writing = false;
        }
        m_finished.notify_all();
        QMetaObject::invokeMethod(this, &CommitScheduler::deliverFinished, Qt::QueuedConnection);
    }
    db.reset(); // the connection belongs to this thread
}

void CommitScheduler::runBatch(const Database &db, Batch &batch)
{
    quint64 committed = 0;
    const Status begin = db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begin) {
        for (Entry &entry : batch)
            entry.result = begin;
    } else {
        std::optional<Status> broken;
        for (Entry &entry : batch) {
            if (broken) {
                entry.result = *broken;
                continue;
            }
            Status status = db.exec(kSavepoint);
            if (!status) {
                broken = status;
                entry.result = status;
                continue;
            }
            status = runWork(entry.work, db);
            const Status end = db.exec(status ? kRelease : kRollbackTo);
            if (!end) {
                broken = end;
                entry.result = status ? end : status;
                continue;
            }
            if (!status) {
                // ROLLBACK TO keeps the savepoint open; release it (now empty).
                const Status released = db.exec(kRelease);
                if (!released)
                    broken = released;
            }
            entry.result = status;
        }

        const Status commit = broken ? *broken : db.exec(QStringLiteral("COMMIT"));
        if (!commit) {
            // Undo whatever may still be open; after an automatic rollback this fails
            // harmlessly ("no transaction is active").
            db.exec(QStringLiteral("ROLLBACK"));
            for (Entry &entry : batch) {
                if (entry.result)
                    entry.result = commit;
            }
        } else {
            for (const Entry &entry : batch)
                committed += entry.result.ok() ? 1 : 0;
        }
    }
    std::lock_guard lock(m_mutex);
    ++m_batches;
    m_committedWorks += committed;
}

void CommitScheduler::deliverFinished()
{
    QList<Batch> finished;
    {
        std::lock_guard lock(m_mutex);
        finished.swap(m_done);
    }
    for (Batch &batch : finished) {
        for (Entry &entry : batch) {
            --m_outstanding;
            entry.work = nullptr; // release what the work captured, on this thread
            if (entry.done)
                entry.done(entry.result);
        }
    }
}

} // namespace wag
