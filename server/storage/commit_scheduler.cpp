#include "commit_scheduler.h"

#include "core/logging.h"
#include "storage/database.h"

#include <exception>
#include <optional>

namespace wag {

namespace {

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

// Optimistic first: the whole batch in one transaction with no per-work savepoints (three
// statements per work would be the writer's main cost). Works almost never fail; when one
// does, the batch is rolled back and every work is run again in a transaction of its own,
// so a failure touches only its own caller. Works only write the database (what they set
// in captured state is set again on the second run), so running them twice is harmless.
void CommitScheduler::runBatch(const Database &db, Batch &batch)
{
    quint64 committed = 0;
    const Status begin = db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begin) {
        for (Entry &entry : batch)
            entry.result = begin;
    } else {
        bool allOk = true;
        bool broken = false;
        for (Entry &entry : batch) {
            entry.result = runWork(entry.work, db);
            if (!db.inTransaction()) {
                // The transaction ended under us (a Work's own ROLLBACK, an I/O error):
                // what ran before is gone and what follows would run outside it.
                broken = true;
                break;
            }
            if (!entry.result) {
                allOk = false;
                break;
            }
        }
        if (broken) {
            db.exec(QStringLiteral("ROLLBACK"));
            const Status lost = Status::fail(QString::fromLatin1(kStorageError),
                                             QStringLiteral("the write transaction ended unexpectedly"));
            for (Entry &entry : batch)
                entry.result = lost;
        } else {
            const Status commit = allOk ? db.exec(QStringLiteral("COMMIT")) : Status(succeeded());
            if (allOk && commit) {
                committed = quint64(batch.size());
            } else {
                // A Work failed, or COMMIT did (a deferred constraint, the disk): undo, then
                // give every Work a transaction of its own so a failure stays with its
                // caller. After an automatic rollback the ROLLBACK fails harmlessly.
                db.exec(QStringLiteral("ROLLBACK"));
                for (Entry &entry : batch) {
                    entry.result = runAlone(db, entry.work);
                    committed += entry.result.ok() ? 1 : 0;
                }
            }
        }
    }
    std::lock_guard lock(m_mutex);
    ++m_batches;
    m_committedWorks += committed;
}

Status CommitScheduler::runAlone(const Database &db, const Work &work)
{
    const Status begin = db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begin)
        return begin;
    const Status status = runWork(work, db);
    if (!status) {
        db.exec(QStringLiteral("ROLLBACK"));
        return status;
    }
    const Status commit = db.exec(QStringLiteral("COMMIT"));
    if (!commit)
        db.exec(QStringLiteral("ROLLBACK"));
    return commit;
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
