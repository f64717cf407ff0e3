// SPDX-License-Identifier: GPL-3.0-or-later
#include "EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <algorithm>
#include <cerrno>
#include <limits>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace cove::relay {

namespace {

/// What epoll reports that activates each kind of notifier, as Qt's poll()
/// dispatcher treats it: a hang-up or an error wakes every kind.
constexpr std::uint32_t kActivates[3] = {
    EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR, // QSocketNotifier::Read
    EPOLLOUT | EPOLLHUP | EPOLLERR,             // QSocketNotifier::Write
    EPOLLPRI | EPOLLHUP | EPOLLERR,             // QSocketNotifier::Exception
};
constexpr std::uint32_t kWaitsFor[3] = {EPOLLIN | EPOLLRDHUP, EPOLLOUT, EPOLLPRI};

constexpr int kEventsPerTurn = 256;

std::uint32_t wantedEvents(QSocketNotifier *const (&notifiers)[3])
{
    std::uint32_t events = 0;
    for (int type = 0; type < 3; ++type)
        if (notifiers[type])
            events |= kWaitsFor[type];
    return events;
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent), m_epoll(::epoll_create1(EPOLL_CLOEXEC)),
      m_wake(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wake < 0)
        return;
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_wake;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev) != 0) {
        ::close(m_wake);
        m_wake = -1;
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wake >= 0)
        ::close(m_wake);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool withTimers = !flags.testFlag(QEventLoop::X11ExcludeTimers);
    const bool withSockets = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    const bool wait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.load();
    int timeoutMs = 0;
    if (wait) {
        Q_EMIT aboutToBlock();
        timeoutMs = withTimers ? msUntilNextTimer() : -1;
    }
    if (m_interrupted.load())
        return false;

    epoll_event events[kEventsPerTurn];
    int ready = 0;
    if (withSockets) {
        tellChanges();
        ready = ::epoll_wait(m_epoll, events, kEventsPerTurn, timeoutMs);
    } else {
        // Ready sockets would end every wait at once: wait for a wake-up only.
        pollfd wake{m_wake, POLLIN, 0};
        if (::poll(&wake, 1, timeoutMs) > 0) {
            events[0].data.fd = m_wake;
            ready = 1;
        }
    }
    if (ready < 0)
        ready = 0; // EINTR: a signal; the loop comes round again

    bool handled = false;
    // Activations are collected first: a notifier's slot may delete other
    // notifiers, so each is looked up again just before it is activated.
    struct Activation {
        int fd;
        int type;
    };
    Activation pending[kEventsPerTurn * 3];
    int count = 0;
    for (int i = 0; i < ready; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wake) {
            // Read, then clear: a wakeUp() in between finds the flag set and
            // writes nothing, and what it announced was posted before it,
            // so the next turn's sendPostedEvents() runs it before waiting.
            // Cleared first, its write could be read here and the flag stay
            // set with nothing left to wake the loop ever again.
            std::uint64_t value = 0;
            [[maybe_unused]] const ssize_t n = ::read(m_wake, &value, sizeof value);
            m_wakePending.store(false);
            handled = true; // as Qt's: a wake-up counts, so processEvents() callers come back
            continue;
        }
        for (int type = 0; type < 3; ++type)
            if (events[i].events & kActivates[type])
                pending[count++] = {fd, type};
    }
    for (int i = 0; i < count; ++i) {
        const auto it = m_sockets.constFind(pending[i].fd);
        if (it == m_sockets.constEnd())
            continue;
        QSocketNotifier *notifier = it->notifiers[pending[i].type];
        if (!notifier)
            continue;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        handled = true;
    }
    if (withTimers)
        handled = fireTimers() || handled;
    return handled;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    if (fd < 0 || type < 0 || type > 2)
        return;
    Watched &watched = m_sockets[fd];
    const bool replaced = watched.notifiers[type] && watched.notifiers[type] != notifier;
    if (replaced)
        qWarning("EpollEventDispatcher: a second socket notifier of one type for descriptor %d",
                 fd);
    watched.notifiers[type] = notifier;
    // The descriptor may have been closed under the old notifier, which
    // drops it from the epoll set, and reopened: what the set held for the
    // old one proves nothing, so it is told again at once (added back, or
    // changed if it is still there).
    if (replaced)
        watched.told = 0;
    noteChange(fd, watched);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    const auto it = m_sockets.find(fd);
    if (it == m_sockets.end() || type < 0 || type > 2 || it->notifiers[type] != notifier)
        return;
    it->notifiers[type] = nullptr;
    noteChange(fd, *it);
}

void EpollEventDispatcher::noteChange(int fd, Watched &watched)
{
    const std::uint32_t wanted = wantedEvents(watched.notifiers);
    if (wanted == 0) {
        // Forgotten at once: the descriptor is about to be closed, and its
        // number may come back for another before the next wait. A closed
        // one has left the set by itself (EBADF, ENOENT).
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        m_kernelChanges.fetch_add(1, std::memory_order_relaxed);
        m_sockets.remove(fd); // a stale entry in m_changed finds nothing
        return;
    }
    if (watched.told == 0) {
        if (tell(fd, wanted, true))
            watched.told = wanted;
        return;
    }
    if (!watched.changed) {
        watched.changed = true;
        m_changed.push_back(fd);
    }
}

void EpollEventDispatcher::tellChanges()
{
    for (const int fd : m_changed) {
        const auto it = m_sockets.find(fd);
        if (it == m_sockets.end() || !it->changed)
            continue;
        it->changed = false;
        const std::uint32_t wanted = wantedEvents(it->notifiers);
        if (wanted != it->told && tell(fd, wanted, false))
            it->told = wanted;
    }
    m_changed.clear();
}

bool EpollEventDispatcher::tell(int fd, std::uint32_t events, bool added)
{
    epoll_event ev{};
    ev.events = events;
    ev.data.fd = fd;
    m_kernelChanges.fetch_add(1, std::memory_order_relaxed);
    if (::epoll_ctl(m_epoll, added ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &ev) == 0)
        return true;
    // The set knows better: a descriptor added before (EEXIST), or one
    // closed and reopened under the same number without this dispatcher
    // seeing its notifiers go (ENOENT).
    if ((errno == EEXIST || errno == ENOENT) &&
        ::epoll_ctl(m_epoll, errno == EEXIST ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev) == 0)
        return true;
    qWarning("EpollEventDispatcher: cannot watch descriptor %d (errno %d)", fd, errno);
    return false;
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    const qint64 ms = std::max<qint64>(0, interval);
    m_timers.push_back(
        Timer{timerId, ms, timerType, object, Clock::now() + std::chrono::milliseconds(ms), false});
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    return std::erase_if(m_timers, [timerId](const Timer &t) { return t.id == timerId; }) > 0;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    return std::erase_if(m_timers, [object](const Timer &t) { return t.object == object; }) > 0;
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (const Timer &t : m_timers)
        if (t.object == object)
            out.append(TimerInfo(t.id, int(t.intervalMs), t.type));
    return out;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto now = Clock::now();
    for (const Timer &t : m_timers) {
        if (t.id != timerId)
            continue;
        if (t.due <= now)
            return 0;
        return int(std::chrono::ceil<std::chrono::milliseconds>(t.due - now).count());
    }
    return -1;
}

int EpollEventDispatcher::msUntilNextTimer() const
{
    if (m_timers.empty())
        return -1;
    const auto now = Clock::now();
    Clock::time_point next = Clock::time_point::max();
    for (const Timer &t : m_timers)
        if (!t.firing) // waits for its slot, which runs this loop, to return
            next = std::min(next, t.due);
    if (next == Clock::time_point::max())
        return -1;
    if (next <= now)
        return 0;
    // Rounded up: waking before the timer is due would only wait again.
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(next - now).count();
    return int(std::min<qint64>(ms, std::numeric_limits<int>::max()));
}

bool EpollEventDispatcher::fireTimers()
{
    const auto now = Clock::now();
    std::vector<std::pair<Clock::time_point, int>> due;
    for (const Timer &t : m_timers)
        if (t.due <= now)
            due.emplace_back(t.due, t.id);
    std::sort(due.begin(), due.end());
    for (const auto &[when, id] : due) {
        // Looked up again: an earlier timer's slot may have stopped this one,
        // or restarted it (Qt gives a freed id to the next timer), which
        // makes it due later; one firing now in an outer loop waits for it.
        const auto it = std::find_if(m_timers.begin(), m_timers.end(),
                                     [id = id](const Timer &t) { return t.id == id; });
        if (it == m_timers.end() || it->due > now || it->firing)
            continue;
        // The next time is set before the event, which may stop or restart
        // the timer; a timer that fell behind skips what it missed.
        const auto interval = std::chrono::milliseconds(it->intervalMs);
        it->due += interval;
        if (it->due <= now)
            it->due = now + interval;
        QObject *object = it->object;
        it->firing = true;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        const auto after = std::find_if(m_timers.begin(), m_timers.end(),
                                        [id = id](const Timer &t) { return t.id == id; });
        if (after != m_timers.end())
            after->firing = false;
    }
    return !due.empty();
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wakePending.exchange(true))
        return; // the loop wakes already
    const std::uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

} // namespace cove::relay
