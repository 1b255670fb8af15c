// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#if defined(__SANITIZE_THREAD__)
#define MK_THREAD_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define MK_THREAD_SANITIZER 1
#endif
#endif
#ifdef MK_THREAD_SANITIZER
#include <sanitizer/tsan_interface.h>
#endif

namespace Mk {

namespace detail {

/**
 * Tells ThreadSanitizer about an ordering it cannot see: Debian's QtCore is not instrumented, and QThreadPool hands
 * work over under its futex-based QMutex, so TSan took every read of the caller's data in a pooled thread for a race.
 * Elsewhere these compile to nothing.
 */
inline void announceRelease([[maybe_unused]] const void* token)
{
#ifdef MK_THREAD_SANITIZER
    __tsan_release(const_cast<void*>(token));
#endif
}

inline void announceAcquire([[maybe_unused]] const void* token)
{
#ifdef MK_THREAD_SANITIZER
    __tsan_acquire(const_cast<void*>(token));
#endif
}

} // namespace detail

/**
 * Calls `work(item)` for every item of `items` and returns when all calls are done: on this thread in order when
 * `threads` is 1, otherwise on a pool of `threads` threads (QThread::idealThreadCount() when `threads` ≤ 0).
 * What the caller wrote before is visible to every call and what the calls wrote is visible after, as
 * QtConcurrent::blockingMap promises; under ThreadSanitizer the two hand-overs are announced (detail::announceRelease).
 */
template<typename Container, typename Work>
void parallelFor(Container& items, int threads, Work&& work)
{
    if (threads == 1) {
        for (auto& item : items)
            work(item);
        return;
    }
    const char handOver = 0;
    const char finished = 0;
    detail::announceRelease(&handOver);
    QThreadPool pool;
    pool.setMaxThreadCount(threads > 0 ? threads : QThread::idealThreadCount());
    QtConcurrent::blockingMap(&pool, items, [&](auto& item) {
        detail::announceAcquire(&handOver);
        work(item);
        detail::announceRelease(&finished);
    });
    detail::announceAcquire(&finished);
}

} // namespace Mk
