// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <vector>

class QSocketNotifier;

namespace cove::relay {

/// A Qt event dispatcher over Linux epoll, for a thread that owns many
/// sockets. Qt's own UNIX dispatcher hands every socket to poll() on every
/// turn of the event loop and walks all of them afterwards, so a turn costs
/// in proportion to the connections, not to what happened on them; with a
/// thousand connections that was a fifth of the relay's network thread.
/// Here the kernel keeps the set, and a turn costs what is ready.
///
/// It behaves like Qt's: posted events first, then ready sockets
/// (level-triggered, as poll() is), then due timers, each timer at most once
/// per turn; a zero timer keeps the loop from blocking. Every timer is kept
/// to the millisecond (Qt::CoarseTimer is treated as precise).
///
/// A notifier switched on and off within one turn costs no system call:
/// what a descriptor waits for is told to the kernel just before the next
/// wait, and only if it changed. A socket that writes what it buffered
/// before the loop waits (see aboutToBlock()) thus never touches epoll for
/// its write notifier. A descriptor's first notifier and its last are
/// told at once, so that a closed descriptor's number can be reused.
///
/// Install it before the QCoreApplication is created
/// (QCoreApplication::setEventDispatcher()), or on a QThread before it starts.
class EpollEventDispatcher final : public QAbstractEventDispatcher {
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    /// False when the kernel gave no epoll or eventfd descriptor; the
    /// dispatcher then must not be installed.
    [[nodiscard]] bool isValid() const { return m_epoll >= 0 && m_wake >= 0; }

    /// How often epoll was told that a descriptor's interest changed
    /// (epoll_ctl calls), from any thread: a measure of what notifiers cost.
    [[nodiscard]] quint64 kernelChanges() const { return m_kernelChanges.load(); }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;
    struct Timer {
        int id = 0;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        Clock::time_point due;
        bool firing = false; ///< its event is being sent (a nested loop skips it)
    };
    /// The notifiers of one descriptor, by QSocketNotifier::Type.
    struct Watched {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr};
        std::uint32_t told = 0; ///< the events epoll was last told to wait for
        bool changed = false;   ///< listed in m_changed
    };

    /// Called after `fd`'s notifiers changed: tells epoll at once when the
    /// descriptor is new to it or waits for nothing now, and otherwise
    /// leaves it for tellChanges().
    void noteChange(int fd, Watched &watched);
    /// Tells epoll what the descriptors whose notifiers changed in this
    /// turn wait for now, where that differs from what it was told.
    void tellChanges();
    /// Tells epoll that `fd` waits for `events`; returns false if it refused.
    bool tell(int fd, std::uint32_t events, bool added);
    /// Milliseconds until the next timer is due, -1 without timers.
    [[nodiscard]] int msUntilNextTimer() const;
    /// Sends the QTimerEvent of every timer due now, once each.
    bool fireTimers();

    int m_epoll = -1;
    int m_wake = -1; ///< an eventfd, written by wakeUp() from any thread
    std::atomic<bool> m_wakePending{false};
    std::atomic<bool> m_interrupted{false};
    std::atomic<quint64> m_kernelChanges{0};
    QHash<int, Watched> m_sockets;
    std::vector<int> m_changed; ///< descriptors to look at in tellChanges()
    std::vector<Timer> m_timers;
};

} // namespace cove::relay
