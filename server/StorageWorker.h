// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RelayStorage.h"

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
    /// Runs on the owner's thread after the batch committed (`committed`
    /// true: everything run() wrote is on the disk) or was rolled back.
    virtual void finish(bool committed) = 0;
    /// How many writes the task carries, counted against the batch bound.
    [[nodiscard]] virtual int weight() const { return 1; }
};

/// The thread that owns the relay's storage. Tasks run in the order they
/// were posted. Group commit: the thread takes every task that is waiting
/// (up to a total weight of maxBatch) and runs them in ONE transaction, so
/// one disk sync covers them all; the writes that arrive while it syncs
/// form the next batch. Only after the commit are the tasks finished, on
/// the owner's thread, in order.
class StorageWorker {
public:
    /// `owner` is the QObject whose thread runs finish(). It must outlive
    /// the worker (stop() the worker in its destructor): finishes posted to
    /// it are dropped with it.
    StorageWorker(std::unique_ptr<RelayStorage> storage, QObject *owner, int maxBatch,
                  int lingerMs);
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
    [[nodiscard]] quint64 batchesCommitted() const { return m_batches.load(); }
    [[nodiscard]] quint64 tasksCommitted() const { return m_tasks.load(); }
    /// The weight of the committed tasks: the writes they carried.
    [[nodiscard]] quint64 writesCommitted() const { return m_writes.load(); }
    [[nodiscard]] quint64 batchesFailed() const { return m_failed.load(); }
    /// Time spent in commit() (the disk sync), in total and at most once.
    [[nodiscard]] quint64 commitMicrosTotal() const { return m_commitMicros.load(); }
    [[nodiscard]] quint64 commitMicrosMax() const { return m_commitMicrosMax.load(); }
    /// Time spent running tasks inside transactions, in total.
    [[nodiscard]] quint64 runMicrosTotal() const { return m_runMicros.load(); }

private:
    void loop();

    std::unique_ptr<RelayStorage> m_storage;
    QObject *m_owner;
    const int m_maxBatch;
    const int m_lingerMs;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::unique_ptr<StorageTask>> m_queue;
    bool m_stopping = false;
    std::thread m_thread;

    std::atomic<quint64> m_batches{0};
    std::atomic<quint64> m_tasks{0};
    std::atomic<quint64> m_writes{0};
    std::atomic<quint64> m_failed{0};
    std::atomic<quint64> m_commitMicros{0};
    std::atomic<quint64> m_commitMicrosMax{0};
    std::atomic<quint64> m_runMicros{0};
};

} // namespace cove::relay
