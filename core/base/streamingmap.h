// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/phaseclock.h"

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace Mk {

/**
 * Applies `work` to items as a producer hands them over (push()), on a second thread, while the producer makes the
 * next ones: a loader reads feature n + 1 while feature n is checked. finish() does the rest on the calling thread too
 * and returns the results in the order pushed. A pushed item belongs to the second thread until finish() returns: the
 * producer must not use it meanwhile. The worker's busy time is timed as the PhaseClock phase `phase`.
 */
template<typename Item, typename Result>
class StreamingMap
{
public:
    StreamingMap(std::function<Result(const Item&)> work, const char* phase)
        : m_work(std::move(work)), m_phase(phase), m_worker([this] { run(); })
    {
    }
    /** Stops the second thread without doing what is left (a loader that failed half-way no longer needs it). */
    ~StreamingMap()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_wake.notify_all();
        m_worker.join();
    }
    StreamingMap(const StreamingMap&) = delete;
    StreamingMap& operator=(const StreamingMap&) = delete;

    void push(Item item)
    {
        bool wake = false;
        {
            const std::lock_guard lock(m_mutex);
            m_items.push_back(std::move(item));
            m_results.emplace_back();
            // The second thread is woken for a batch, not for each item: a wake-up costs the producer a system call.
            wake = m_idle && m_items.size() - m_claimed >= kBatch;
        }
        if (wake)
            m_wake.notify_one();
    }

    /** Works through what is left on this thread and the second one; the results, one per push() in that order. */
    std::vector<Result> finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_wake.notify_one();
        while (workBatch()) {
        }
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [this] { return m_finished == m_items.size(); });
        return std::vector<Result>(std::make_move_iterator(m_results.begin()), std::make_move_iterator(m_results.end()));
    }

private:
    static constexpr size_t kBatch = 64;

    /** Whether a batch is waiting for a thread (under the lock): a whole one, or any rest once the producer is done. */
    bool ready() const { return m_items.size() - m_claimed >= (m_closed ? 1 : kBatch); }

    /** Claims a batch and works it outside the lock; false when there was nothing to claim. */
    bool workBatch()
    {
        std::pair<const Item*, Result*> batch[kBatch];
        size_t count = 0;
        {
            const std::lock_guard lock(m_mutex);
            count = std::min(kBatch, m_items.size() - m_claimed);
            // A deque keeps the address of what it holds as it grows, so the claimed items are used without the lock.
            for (size_t i = 0; i < count; ++i)
                batch[i] = {&m_items[m_claimed + i], &m_results[m_claimed + i]};
            m_claimed += count;
        }
        if (count == 0)
            return false;
        for (size_t i = 0; i < count; ++i)
            *batch[i].second = m_work(*batch[i].first);
        bool all = false;
        {
            const std::lock_guard lock(m_mutex);
            m_finished += count;
            all = m_closed && m_finished == m_items.size();
        }
        if (all)
            m_done.notify_all();
        return true;
    }

    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_idle = true;
            m_wake.wait(lock, [this] { return m_stopped || m_closed || ready(); });
            m_idle = false;
            if (m_stopped || !ready())
                return; // stopped, or closed with nothing left
            lock.unlock();
            {
                // One clock reading for all the batches that are there while the producer is ahead.
                const PhaseClock::Scope timed(m_phase);
                for (bool more = true; more;) {
                    workBatch();
                    const std::lock_guard check(m_mutex);
                    more = !m_stopped && ready();
                }
            }
            lock.lock();
        }
    }

    const std::function<Result(const Item&)> m_work;
    const char* const m_phase;
    std::mutex m_mutex;
    std::condition_variable m_wake; ///< the second thread waits here for a batch, the close or the stop
    std::condition_variable m_done; ///< finish() waits here for the second thread's last batch
    std::deque<Item> m_items;
    std::deque<Result> m_results;
    size_t m_claimed = 0;  ///< items taken up by a thread
    size_t m_finished = 0; ///< items whose result is there
    bool m_idle = false;
    bool m_closed = false;
    bool m_stopped = false;
    std::thread m_worker; ///< last: it starts once the rest is built
};

} // namespace Mk
