// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageWorker.h"

#include "FailPoint.h"
#include "RelayLog.h"

#include <QMetaObject>

#include <algorithm>
#include <chrono>
#include <pthread.h>

namespace cove::relay {

StorageWorker::StorageWorker(std::unique_ptr<RelayStorage> storage, QObject *owner, int maxBatch,
                             int lingerMs, int busyLingerMs)
    : m_storage(std::move(storage)), m_owner(owner), m_maxBatch(maxBatch < 1 ? 1 : maxBatch),
      m_lingerMs(std::max(0, lingerMs)), m_busyLingerMs(std::max(0, busyLingerMs))
{
    m_deferredSyncs = m_storage->deferSyncs();
    if (m_deferredSyncs) {
        m_syncThread = std::thread([this] {
            ::pthread_setname_np(::pthread_self(), "cove-sync");
            syncLoop();
        });
    }
    m_thread = std::thread([this] {
        ::pthread_setname_np(::pthread_self(), "cove-storage"); // in top, perf and gdb
        loop();
    });
}

StorageWorker::~StorageWorker()
{
    stop();
}

void StorageWorker::post(std::unique_ptr<StorageTask> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(task), std::chrono::steady_clock::now()});
    }
    m_wake.notify_one();
}

void StorageWorker::post(std::vector<std::unique_ptr<StorageTask>> tasks)
{
    if (tasks.empty())
        return;
    {
        std::lock_guard lock(m_mutex);
        const auto at = std::chrono::steady_clock::now();
        for (auto &t : tasks)
            m_queue.push_back({std::move(t), at});
    }
    m_wake.notify_one();
}

qsizetype StorageWorker::queued() const
{
    std::lock_guard lock(m_mutex);
    return qsizetype(m_queue.size());
}

void StorageWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    {
        std::lock_guard lock(m_syncMutex);
        m_syncStopping = true;
    }
    m_syncWake.notify_one();
    if (m_syncThread.joinable())
        m_syncThread.join();
    m_storage.reset();
}

StorageWorker::Statistics StorageWorker::takeStatistics()
{
    return {m_batches.exchange(0),  m_tasks.exchange(0), m_writes.exchange(0),
            m_failed.exchange(0),   m_run.take(),        m_commit.take(),
            m_queued.take(),        m_sync.take(),       m_finishWait->take(),
            m_committedWait->take()};
}

void StorageWorker::announce(const Batch &batch)
{
    for (const auto &task : batch)
        task->committed();
}

void StorageWorker::finish(std::shared_ptr<Batch> batch, bool ok, bool announceFirst)
{
    QMetaObject::invokeMethod(
        m_owner,
        [waits = m_finishWait, batch = std::move(batch), ok, announceFirst,
         posted = std::chrono::steady_clock::now()] {
            waits->add(std::chrono::steady_clock::now() - posted);
            if (ok && announceFirst)
                announce(*batch);
            for (auto &task : *batch)
                task->finish(ok);
        },
        Qt::QueuedConnection);
}

void StorageWorker::announceCommitted(const std::shared_ptr<Batch> &batch)
{
    // Posted before the sync thread can post this batch's finish, and both
    // go to the same thread's queue: committed() always comes first.
    QMetaObject::invokeMethod(
        m_owner,
        [waits = m_committedWait, batch, posted = std::chrono::steady_clock::now()] {
            waits->add(std::chrono::steady_clock::now() - posted);
            announce(*batch);
        },
        Qt::QueuedConnection);
}

void StorageWorker::syncLoop()
{
    for (;;) {
        std::deque<Committed> committed;
        {
            std::unique_lock lock(m_syncMutex);
            m_syncWake.wait(lock, [this] { return m_syncStopping || !m_committed.empty(); });
            if (m_committed.empty())
                return; // stopping, and every commit was synced
            committed.swap(m_committed);
        }
        // One sync covers every batch committed before it began. After a
        // failed one nothing is trusted to be on the disk any more: Linux
        // reports a write-back error once and may then drop those pages, so
        // a later sync that succeeds proves nothing about them.
        bool synced = !m_broken.load();
        const bool anyCommitted = std::any_of(committed.cbegin(), committed.cend(),
                                              [](const Committed &c) { return c.ok; });
        if (anyCommitted && synced) {
            // Committed, not yet on the disk, the sender not told (the
            // recipient may have the envelope already).
            failPoint("relay.committed");
            const auto started = std::chrono::steady_clock::now();
            if (StorageResult<void> r = m_storage->syncCommitted(); !r) {
                qCCritical(lcRelay) << "storage: sync failed; no more writes are taken until the "
                                       "relay restarts:"
                                    << r.error().detail;
                m_broken.store(true);
                synced = false;
            }
            m_sync.add(std::chrono::steady_clock::now() - started);
        }
        for (Committed &c : committed) {
            if (c.ok && !synced)
                m_failed.fetch_add(1);
            finish(std::move(c.batch), c.ok && synced, false);
        }
    }
}

void StorageWorker::loop()
{
    using Clock = std::chrono::steady_clock;
    Clock::time_point lastEnded; // when the previous transaction ended
    for (;;) {
        auto batch = std::make_shared<Batch>();
        std::vector<std::chrono::steady_clock::time_point> postedAt;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and everything posted ran
            int weight = 0;
            const auto take = [&] {
                while (!m_queue.empty() && (batch->empty() || weight < m_maxBatch)) {
                    Queued &q = m_queue.front();
                    weight += q.task->weight();
                    postedAt.push_back(q.at);
                    batch->push_back(std::move(q.task));
                    m_queue.pop_front();
                }
            };
            take();
            // Under a steady stream of writes, waiting a little for more
            // fills the transaction: the pages every commit writes (and
            // encrypts) are shared by more writes. A write after a pause
            // is not kept waiting for company that is not coming.
            const auto now = Clock::now();
            const bool busy = now - lastEnded < std::chrono::milliseconds(m_busyLingerMs);
            const int lingerMs = std::max(m_lingerMs, busy ? m_busyLingerMs : 0);
            if (lingerMs > 0 && weight < m_maxBatch && !m_stopping) {
                const auto deadline = now + std::chrono::milliseconds(lingerMs);
                while (weight < m_maxBatch && !m_stopping &&
                       m_wake.wait_until(lock, deadline,
                                         [this] { return m_stopping || !m_queue.empty(); })) {
                    take();
                }
            }
        }

        // After a failed sync nothing runs: the batch fails as a whole.
        bool ok = !m_broken.load();
        const auto started = std::chrono::steady_clock::now();
        if (ok) {
            if (StorageResult<void> r = m_storage->begin(); !r) {
                qCWarning(lcRelay) << "storage: cannot begin a batch:" << r.error().detail;
                ok = false;
            }
        }
        for (std::size_t i = 0; ok && i < batch->size(); ++i) {
            if (StorageResult<void> r = (*batch)[i]->run(*m_storage); !r) {
                qCWarning(lcRelay)
                    << "storage: a batch failed and was rolled back:" << r.error().detail;
                ok = false;
            }
        }
        const auto ran = std::chrono::steady_clock::now();
        m_run.add(ran - started);
        if (ok) {
            if (StorageResult<void> r = m_storage->commit(); !r) {
                qCWarning(lcRelay) << "storage: commit failed:" << r.error().detail;
                ok = false;
            }
            m_commit.add(std::chrono::steady_clock::now() - ran);
        } else {
            m_storage->rollback();
        }
        lastEnded = Clock::now();
        if (ok) {
            quint64 queued = 0;
            for (const auto at : postedAt)
                queued += Timing::micros(started - at);
            m_queued.add(postedAt.size(), queued, Timing::micros(started - postedAt.front()));
            m_batches.fetch_add(1);
            m_tasks.fetch_add(batch->size());
            quint64 writes = 0;
            for (const auto &task : *batch)
                writes += quint64(task->weight());
            m_writes.fetch_add(writes);
        } else {
            m_failed.fetch_add(1);
        }

        if (m_deferredSyncs) {
            if (ok)
                announceCommitted(batch);
            {
                std::lock_guard lock(m_syncMutex);
                m_committed.push_back({std::move(batch), ok});
            }
            m_syncWake.notify_one();
        } else {
            finish(std::move(batch), ok, true);
        }
    }
}

} // namespace cove::relay
