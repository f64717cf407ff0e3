// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RelayStorage.h"
#include "Timing.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace cove::relay {

/// One unit of work for the storage thread.
class StorageTask {
public:
    virtual ~StorageTask() = default;
    /// Runs on the storage thread, inside the transaction of its batch. An
    /// error rolls the whole batch back. Per-request outcomes (an unknown
    /// recipient, a rate limit) are results, not errors.
    [[nodiscard]] virtual StorageResult<void> run(RelayStorage &storage) = 0;
    /// Runs on the owner's thread after the batch committed and its writes
    /// reached the disk (`committed` true) or after it was rolled back or
    /// could not be synced.
    virtual void finish(bool committed) = 0;
    /// Runs on the owner's thread as soon as the batch committed, before
    /// finish() and possibly before its writes reached the disk. A crash or
    /// a failed sync can still undo them, so only what may safely happen
    /// twice belongs here (handing out what the batch stored, never
    /// confirming it). Not called for a batch that did not commit.
    virtual void committed() {}
    /// How many writes the task carries, counted against the batch bound.
    [[nodiscard]] virtual int weight() const { return 1; }
};

/// The thread that owns the relay's storage. Tasks run in the order they
/// were posted. Group commit: the thread takes every task that is waiting
/// (up to a total weight of maxBatch) and runs them in ONE transaction.
///
/// When the storage can defer its syncs (RelayStorage::deferSyncs), the
/// storage thread does not wait for the disk: it commits and goes on with
/// the next batch, while a second thread (`cove-sync`) flushes everything
/// committed so far with one sync and then finishes those batches. So the
/// disk's latency overlaps the next batch's work instead of adding to it,
/// and one sync can cover several batches. Otherwise commit() itself syncs.
///
/// Either way, tasks are finished on the owner's thread, in order, and only
/// once what they wrote is on the disk. Tasks that want it hear earlier,
/// once their batch committed (StorageTask::committed()), also in order.
class StorageWorker {
public:
    /// `owner` is the QObject whose thread runs finish(). It must outlive
    /// the worker (stop() the worker in its destructor): finishes posted to
    /// it are dropped with it.
    ///
    /// A batch that is not full waits `lingerMs` for more writes before it
    /// is committed, and `busyLingerMs` when the previous transaction ended
    /// less than that long ago (see RelayConfig::busyLingerMs).
    StorageWorker(std::unique_ptr<RelayStorage> storage, QObject *owner, int maxBatch, int lingerMs,
                  int busyLingerMs = 0);
    ~StorageWorker();
    StorageWorker(const StorageWorker &) = delete;
    StorageWorker &operator=(const StorageWorker &) = delete;

    void post(std::unique_ptr<StorageTask> task);
    void post(std::vector<std::unique_ptr<StorageTask>> tasks);

    /// Runs what was posted so far, then ends the thread and closes the
    /// storage. Finishes of the last batches are still delivered to the
    /// owner's event loop. Idempotent.
    void stop();

    /// Tasks posted and not yet taken by the thread.
    [[nodiscard]] qsizetype queued() const;
    /// What the worker did since it started, or since takeStatistics().
    struct Statistics {
        quint64 batches = 0;           ///< committed
        quint64 tasks = 0;             ///< committed
        quint64 writes = 0;            ///< the weight of the committed tasks
        quint64 failed = 0;            ///< batches rolled back or not synced
        Timing::Figures run;           ///< running the tasks of a batch
        Timing::Figures commit;        ///< commit(), with the disk sync unless deferred
        Timing::Figures queued;        ///< a task, from being posted until its batch began
        Timing::Figures sync;          ///< the deferred syncs
        Timing::Figures finishWait;    ///< a finished batch, waiting for the owner's thread
        Timing::Figures committedWait; ///< a committed batch, waiting for the owner's thread
    };
    /// The statistics so far; every figure then starts again from zero.
    Statistics takeStatistics();
    [[nodiscard]] quint64 batchesCommitted() const { return m_batches.load(); }
    [[nodiscard]] quint64 writesCommitted() const { return m_writes.load(); }
    /// Whether a sync failed: the disk may have lost what was committed, so
    /// every later batch fails (is rolled back) until the relay restarts.
    [[nodiscard]] bool broken() const { return m_broken.load(); }

private:
    using Batch = std::vector<std::unique_ptr<StorageTask>>;
    void loop();
    void syncLoop();
    /// Hands a batch to the owner's thread to be finished; `announceFirst`
    /// calls committed() first, for a batch whose commit was synced at once.
    void finish(std::shared_ptr<Batch> batch, bool ok, bool announceFirst);
    /// Calls committed() of every task (on the owner's thread).
    static void announce(const Batch &batch);
    /// Hands a committed batch, not yet synced, to the owner's thread.
    void announceCommitted(const std::shared_ptr<Batch> &batch);

    std::unique_ptr<RelayStorage> m_storage;
    QObject *m_owner;
    const int m_maxBatch;
    const int m_lingerMs;
    const int m_busyLingerMs;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    struct Queued {
        std::unique_ptr<StorageTask> task;
        std::chrono::steady_clock::time_point at; ///< when it was posted
    };
    std::deque<Queued> m_queue;
    bool m_stopping = false;
    std::thread m_thread;

    /// Committed batches waiting for the deferred sync, in commit order.
    struct Committed {
        std::shared_ptr<Batch> batch;
        bool ok = false;
    };
    bool m_deferredSyncs = false;
    std::mutex m_syncMutex;
    std::condition_variable m_syncWake;
    std::deque<Committed> m_committed;
    bool m_syncStopping = false;
    std::thread m_syncThread;

    std::atomic<quint64> m_batches{0};
    std::atomic<quint64> m_tasks{0};
    std::atomic<quint64> m_writes{0};
    std::atomic<quint64> m_failed{0};
    Timing m_run;
    Timing m_commit;
    Timing m_queued;
    Timing m_sync;
    /// Shared with the posted finishes, which may outlive the worker.
    std::shared_ptr<Timing> m_finishWait = std::make_shared<Timing>();
    std::shared_ptr<Timing> m_committedWait = std::make_shared<Timing>();
    std::atomic<bool> m_broken{false};
};

} // namespace cove::relay
