// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/handover.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace Mk {

/**
 * Calls `work(item)` for every item of `items` and returns when all calls are done: on this thread in order when
 * `threads` is 1, otherwise on a pool of `threads` threads (QThread::idealThreadCount() when `threads` ≤ 0).
 * What the caller wrote before is visible to every call and what the calls wrote is visible after, as
 * QtConcurrent::blockingMap promises; under ThreadSanitizer the two hand-overs are announced (HandOver).
 */
template<typename Container, typename Work>
void parallelFor(Container& items, int threads, Work&& work)
{
    if (threads == 1) {
        for (auto& item : items)
            work(item);
        return;
    }
    const HandOver handOver;
    const HandOver finished;
    handOver.release();
    QThreadPool pool;
    pool.setMaxThreadCount(threads > 0 ? threads : QThread::idealThreadCount());
    QtConcurrent::blockingMap(&pool, items, [&](auto& item) {
        handOver.acquire();
        work(item);
        finished.release();
    });
    finished.acquire();
}

} // namespace Mk
