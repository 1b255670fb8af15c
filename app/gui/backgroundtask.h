// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "base/feedback.h"
#include "base/handover.h"
#include "base/result.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>

namespace Mk {

/**
 * Runs one piece of core work on the thread pool with progress and cancel (STYLE 8.5). The work
 * gets a Feedback and returns the continuation to run on the GUI thread with its result, so a
 * caller keeps its result type without a job class of its own. The continuation does not run when
 * the task was cancelled, restarted or destroyed first (stale results are dropped). Exceptions stop
 * at the worker entry and arrive as failed(). Nothing waits for a worker on the GUI thread: a
 * cancelled run finishes on the pool and is forgotten, so the work must not read the caller's
 * objects (capture copies; `this` belongs in the continuation only).
 */
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Continuation = std::function<void()>;
    /** Returns the continuation, or an Error that arrives as failed(). */
    using Work = std::function<Result<Continuation>(Feedback& feedback)>;

    explicit BackgroundTask(QObject* parent = nullptr);
    ~BackgroundTask() override;

    void start(Work work);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progressChanged(double fraction, const QString& step);
    /** After the continuation ran. */
    void finished();
    void failed(const Mk::Error& error);

private:
    std::shared_ptr<Feedback> m_feedback;
    quint64 m_generation = 0; ///< progress of an earlier, cancelled run is not reported
    QFutureWatcher<std::shared_ptr<Result<Continuation>>> m_watcher;
    /** The work goes to the pool, its result comes back; shared, as a run may outlive the task. */
    std::shared_ptr<const HandOver> m_handOver = std::make_shared<const HandOver>();
};

} // namespace Mk
