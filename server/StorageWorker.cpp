// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageWorker.h"

#include "RelayLog.h"

#include <QMetaObject>

#include <chrono>
#include <pthread.h>

namespace cove::relay {

namespace {

quint64 micros(std::chrono::steady_clock::duration d)
{
    return quint64(std::chrono::duration_cast<std::chrono::microseconds>(d).count());
}

} // namespace

StorageWorker::StorageWorker(std::unique_ptr<RelayStorage> storage, QObject *owner, int maxBatch,
                             int lingerMs)
    : m_storage(std::move(storage)), m_owner(owner), m_maxBatch(maxBatch < 1 ? 1 : maxBatch),
      m_lingerMs(lingerMs < 0 ? 0 : lingerMs)
{
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
        m_queue.push_back(std::move(task));
    }
    m_wake.notify_one();
}

void StorageWorker::post(std::vector<std::unique_ptr<StorageTask>> tasks)
{
    if (tasks.empty())
        return;
    {
        std::lock_guard lock(m_mutex);
        for (auto &t : tasks)
            m_queue.push_back(std::move(t));
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
    m_storage.reset();
}

void StorageWorker::loop()
{
    using Batch = std::vector<std::unique_ptr<StorageTask>>;
    for (;;) {
        auto batch = std::make_shared<Batch>();
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and everything posted ran
            int weight = 0;
            const auto take = [&] {
                while (!m_queue.empty() && (batch->empty() || weight < m_maxBatch)) {
                    weight += m_queue.front()->weight();
                    batch->push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
            };
            take();
            if (m_lingerMs > 0 && weight < m_maxBatch && !m_stopping) {
                const auto deadline =
                    std::chrono::steady_clock::now() + std::chrono::milliseconds(m_lingerMs);
                while (weight < m_maxBatch && !m_stopping &&
                       m_wake.wait_until(lock, deadline,
                                         [this] { return m_stopping || !m_queue.empty(); })) {
                    take();
                }
            }
        }

        bool ok = true;
        const auto started = std::chrono::steady_clock::now();
        if (StorageResult<void> r = m_storage->begin(); !r) {
            qCWarning(lcRelay) << "storage: cannot begin a batch:" << r.error().detail;
            ok = false;
        }
        for (std::size_t i = 0; ok && i < batch->size(); ++i) {
            if (StorageResult<void> r = (*batch)[i]->run(*m_storage); !r) {
                qCWarning(lcRelay)
                    << "storage: a batch failed and was rolled back:" << r.error().detail;
                ok = false;
            }
        }
        const auto ran = std::chrono::steady_clock::now();
        m_runMicros.fetch_add(micros(ran - started));
        if (ok) {
            if (StorageResult<void> r = m_storage->commit(); !r) {
                qCWarning(lcRelay) << "storage: commit failed:" << r.error().detail;
                ok = false;
            }
            const quint64 took = micros(std::chrono::steady_clock::now() - ran);
            m_commitMicros.fetch_add(took);
            if (took > m_commitMicrosMax.load())
                m_commitMicrosMax.store(took);
        } else {
            m_storage->rollback();
        }
        if (ok) {
            m_batches.fetch_add(1);
            m_tasks.fetch_add(batch->size());
            quint64 writes = 0;
            for (const auto &task : *batch)
                writes += quint64(task->weight());
            m_writes.fetch_add(writes);
        } else {
            m_failed.fetch_add(1);
        }

        QMetaObject::invokeMethod(
            m_owner,
            [batch, ok] {
                for (auto &task : *batch)
                    task->finish(ok);
            },
            Qt::QueuedConnection);
    }
}

} // namespace cove::relay
