// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>

namespace Mk {

/**
 * Progress and cancellation for long work (QGIS's QgsFeedback with atomics, not a QObject).
 * The worker calls setProgress() and polls isCanceled(); any thread may call cancel().
 * The progress callback runs on the worker thread, at most every 50 ms, and never after cancel()
 * has returned: whoever receives the progress may be gone once it cancelled the work.
 */
class Feedback
{
public:
    using ProgressCallback = std::function<void(double fraction, const QString& step)>;

    Feedback() = default;
    explicit Feedback(ProgressCallback callback) : m_callback(std::move(callback)) {}
    Feedback(const Feedback&) = delete;
    Feedback& operator=(const Feedback&) = delete;

    /** Asks the work to stop; waits for a progress callback in flight, after which none runs. */
    void cancel();
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }

    double progress() const { return m_progress.load(std::memory_order_relaxed); }
    void setProgress(double fraction, const QString& step = {});

private:
    std::atomic<bool> m_canceled{false};
    std::atomic<double> m_progress{0.0};
    ProgressCallback m_callback;
    /** Recursive: a callback may cancel its own feedback (StepFeedback forwards its parent's cancel). */
    std::recursive_mutex m_callbackMutex;
    std::chrono::steady_clock::time_point m_lastReport{};
};

/**
 * Forwards one step's progress (0..1) into [from, to] of its parent, labelled `step`, and the parent's
 * cancel into the step (checked whenever the step reports progress, and at the start).
 */
class StepFeedback
{
public:
    StepFeedback(Feedback& parent, double from, double to, const QString& step)
        : m_feedback([this, &parent, from, to, step](double f, const QString&) {
              parent.setProgress(from + f * (to - from), step);
              if (parent.isCanceled())
                  m_feedback.cancel();
          })
    {
        parent.setProgress(from, step);
        if (parent.isCanceled())
            m_feedback.cancel();
    }
    StepFeedback(const StepFeedback&) = delete;
    StepFeedback& operator=(const StepFeedback&) = delete;

    Feedback* get() { return &m_feedback; }
    Feedback& operator*() { return m_feedback; }

private:
    Feedback m_feedback;
};

} // namespace Mk
