// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <chrono>

namespace cove::relay {

/// A duration measured again and again, possibly from several threads: how
/// often, in total and at most. take() reads the figures and starts again,
/// so that a report covers only what happened since the one before.
class Timing {
public:
    struct Figures {
        quint64 count = 0;
        quint64 totalMicros = 0;
        quint64 maxMicros = 0;
        [[nodiscard]] quint64 meanMicros() const { return count ? totalMicros / count : 0; }
    };

    static quint64 micros(std::chrono::steady_clock::duration d)
    {
        return quint64(std::chrono::duration_cast<std::chrono::microseconds>(d).count());
    }

    void add(std::chrono::steady_clock::duration d) { add(1, micros(d), micros(d)); }
    /// `count` durations at once, `totalMicros` together, the longest `maxMicros`.
    void add(quint64 count, quint64 totalMicros, quint64 maxMicros)
    {
        m_count.fetch_add(count, std::memory_order_relaxed);
        m_total.fetch_add(totalMicros, std::memory_order_relaxed);
        quint64 seen = m_max.load(std::memory_order_relaxed);
        while (maxMicros > seen &&
               !m_max.compare_exchange_weak(seen, maxMicros, std::memory_order_relaxed)) {
        }
    }

    /// The figures so far; they then start again from zero.
    Figures take()
    {
        return {m_count.exchange(0, std::memory_order_relaxed),
                m_total.exchange(0, std::memory_order_relaxed),
                m_max.exchange(0, std::memory_order_relaxed)};
    }

private:
    std::atomic<quint64> m_count{0};
    std::atomic<quint64> m_total{0};
    std::atomic<quint64> m_max{0};
};

} // namespace cove::relay
