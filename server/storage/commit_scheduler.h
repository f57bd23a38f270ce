#pragma once

#include "core/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace wag {

class Database;

// Group commit for the send path, on a writer thread of its own.
//
// Every write submitted during one event-loop turn is handed to the writer at the end of
// that turn; the writer runs everything it has been handed in one BEGIN IMMEDIATE … COMMIT.
// While it waits for the disk (synchronous=FULL: one fsync per commit), the event loop
// goes on serving requests, whose writes join the next commit. So the fsync is paid once
// per batch, and batches grow with load instead of requests waiting in line for the disk.
// Each caller hears back only after its write is durable (SPEC §3).
//
// - A Work runs on the writer thread with the writer's own connection to the same file,
//   passed in as `db`: it must write through stores made on that `db`, and touch only what
//   it captured by value (or owns alone until its Done runs).
// - A Work that returns a failure is rolled back alone and its Done gets that failure; the
//   others still commit (the batch is then retried work by work, see runBatch()). A Work
//   must therefore be safe to run twice: it writes the database and at most records what
//   it wrote in state it captured.
// - Done callbacks run on the thread that owns the scheduler, after COMMIT, in submission
//   order, never inside submit(). If BEGIN fails, every Done gets that failure and no Work
//   runs. If COMMIT fails, nothing of the batch is kept and every Done whose Work had
//   succeeded gets that failure (a failed Work keeps its own).
// - A Done may submit() again: that goes to a later batch.
class CommitScheduler : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Status(const Database &db)>;
    using Done = std::function<void(const Status &)>;

    // Opens the writer's connection to the database file of `db`.
    explicit CommitScheduler(const Database &db, QObject *parent = nullptr);
    ~CommitScheduler() override;

    void submit(Work work, Done done);
    // Commits everything submitted so far (and what Done callbacks submit meanwhile) and
    // runs the Done callbacks, before returning. For shutdown and tests.
    void flushNow();

    void setMaxBatch(int maxBatch); // default 1024; values below 1 count as 1
    int maxBatch() const;

    quint64 batches() const;        // transactions attempted
    quint64 committedWorks() const;
    int pending() const;            // submitted and not yet answered

private:
    struct Entry
    {
        Work work;
        Done done;
        Status result = succeeded();
    };
    using Batch = QList<Entry>;

    void handOver();                  // end of a turn: this turn's works go to the writer
    void writerLoop(QString filePath);
    void runBatch(const Database &db, Batch &batch);
    static Status runAlone(const Database &db, const Work &work);
    void deliverFinished();           // on the owner's thread

    QList<Entry> m_turn; // submitted this turn (owner's thread only)
    bool m_handOverQueued = false;
    int m_outstanding = 0; // submitted, Done not yet run (owner's thread only)

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;     // the writer waits for work
    std::condition_variable m_finished; // flushNow waits for the writer
    QList<Entry> m_queue;               // handed over, not yet taken by the writer
    QList<Batch> m_done;                // committed (or failed), Done not yet run
    bool m_writing = false;
    bool m_stop = false;
    bool m_writerReady = false;
    QString m_writerError;
    int m_maxBatch = 1024;
    quint64 m_batches = 0;
    quint64 m_committedWorks = 0;
    std::thread m_writer;
};

} // namespace wag
