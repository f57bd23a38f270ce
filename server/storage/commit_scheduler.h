#pragma once

#include "core/result.h"

#include <QList>
#include <QObject>

#include <functional>

namespace wag {

class Database;

// Group commit for the send path. Every write submitted during one event-loop turn runs in
// one BEGIN IMMEDIATE … COMMIT, so with synchronous=FULL a burst of requests pays for one
// fsync instead of one each; each caller hears back only after its write is durable
// (SPEC §3: a write the caller is told about is committed before the reply).
//
// - The first submit() of a turn queues one flush (Qt::QueuedConnection); later submits of
//   the same turn join it, up to maxBatch works per transaction (the rest go to the next
//   flush, queued right after).
// - Each Work runs inside its own SAVEPOINT: a Work that returns a failure is rolled back
//   alone and its Done gets that failure; the others still commit.
// - Done callbacks run after COMMIT, in submission order, never inside submit(). If BEGIN
//   fails, every Done gets that failure and no Work runs. If COMMIT fails (or SQLite drops
//   the transaction midway, e.g. on an I/O error), nothing of the batch is kept and every
//   Done whose Work had succeeded gets that failure (a failed Work keeps its own).
// - A Done may submit() again: that goes to the next batch.
// - A Work must not open a Transaction of its own (it is already inside one), nor call
//   flushNow(); it may read and write through any store on the same Database.
//
// One thread, like Database. Pending works still there on destruction are flushed.
class CommitScheduler : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Status()>;
    using Done = std::function<void(const Status &)>;

    explicit CommitScheduler(const Database &db, QObject *parent = nullptr);
    ~CommitScheduler() override;

    void submit(Work work, Done done);
    // Runs everything pending now, batch after batch (including what Done callbacks submit
    // meanwhile), synchronously. For shutdown and tests.
    void flushNow();

    void setMaxBatch(int maxBatch); // default 1024; values below 1 count as 1
    int maxBatch() const { return m_maxBatch; }

    quint64 batches() const { return m_batches; } // transactions attempted
    quint64 committedWorks() const { return m_committedWorks; }
    int pending() const { return int(m_pending.size()); }

private:
    struct Entry
    {
        Work work;
        Done done;
    };

    void scheduleFlush();
    void runBatch();

    const Database &m_db;
    QList<Entry> m_pending;
    int m_maxBatch = 1024;
    bool m_flushQueued = false;
    bool m_inTransaction = false;
    quint64 m_batches = 0;
    quint64 m_committedWorks = 0;
};

} // namespace wag
