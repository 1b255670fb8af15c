// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/handover.h"

#include <QFuture>
#include <QPromise>
#include <QRunnable>
#include <QThreadPool>

#include <exception>
#include <memory>
#include <type_traits>

namespace Mk {

namespace detail {

/** The pool's task of runInPool(): takes the hand-over before it touches the work that the starting thread wrote. */
template<typename R, typename Work>
class PoolTask final : public QRunnable
{
public:
    PoolTask(Work work, std::shared_ptr<const HandOver> handOver)
        : m_work(std::move(work)), m_handOver(std::move(handOver))
    {
        m_promise.start();
    }

    QFuture<R> future() { return m_promise.future(); }

    /** The starting thread's last touch of the task; the task's own address marks it, as reading any member first
        would already be a read TSan cannot order. */
    void handOverToPool() const { m_received.release(); }

    void run() override
    {
        m_received.acquire();
        try {
            if constexpr (std::is_void_v<R>)
                m_work();
            else
                m_promise.addResult(m_work());
        } catch (...) {
            m_promise.setException(std::current_exception());
        }
        m_handOver->release();
        m_promise.finish();
    }

private:
    Work m_work;
    std::shared_ptr<const HandOver> m_handOver;
    HandOver m_received;
    QPromise<R> m_promise;
};

} // namespace detail

/**
 * Runs `work()` once on QThreadPool::globalInstance() and returns its future, as QtConcurrent::run does, with the
 * hand-overs announced: to the pooled thread once the task holds the work (on the task itself), and back through
 * `handOver`, which the task releases when the work is done and whoever reads the outcome acquires after the future
 * finished.
 * QtConcurrent::run moves its functor out of its task on the pooled thread before any code of ours runs there, so
 * under ThreadSanitizer (which cannot see the pool's queue inside the uninstrumented QtCore) every captured value
 * showed up as a race.
 */
template<typename Work>
auto runInPool(Work work, std::shared_ptr<const HandOver> handOver) -> QFuture<std::invoke_result_t<Work&>>
{
    using R = std::invoke_result_t<Work&>;
    auto task = std::make_unique<detail::PoolTask<R, Work>>(std::move(work), handOver);
    QFuture<R> future = task->future();
    task->handOverToPool();
    QThreadPool::globalInstance()->start(task.release()); // autoDelete: the pool deletes the task after run()
    return future;
}

} // namespace Mk
