// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/backgroundtask.h"

#include "base/runinpool.h"

#include <QPointer>

#include <exception>

namespace Mk {

namespace {

/** Exceptions stop at the worker entry (STYLE 8.5). */
Result<BackgroundTask::Continuation> runGuarded(const BackgroundTask::Work& work, Feedback& feedback)
{
    try {
        return work(feedback);
    } catch (const std::exception& e) {
        return fail(ErrorCode::Internal, BackgroundTask::tr("The calculation stopped because of an internal error."),
                    QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return fail(ErrorCode::Internal, BackgroundTask::tr("The calculation stopped because of an internal error."));
    }
}

} // namespace

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        // A cancelled run's result is stale: a newer run, or nobody, wants it.
        if (!m_feedback || m_feedback->isCanceled())
            return;
        m_handOver->acquire();
        const auto result = m_watcher.result();
        if (!result->hasValue()) {
            emit failed(result->error());
            return;
        }
        if (result->value())
            result->value()();
        emit finished();
    });
}

BackgroundTask::~BackgroundTask()
{
    // Not awaited: the work owns copies of what it reads and ends at its next isCanceled() check on the
    // pool (QCoreApplication waits for the pool at exit); its result dies with the watcher.
    cancel();
}

void BackgroundTask::start(Work work)
{
    // A running predecessor is cancelled, not awaited: the GUI never blocks on it, and its result
    // is dropped because the watcher now follows the new future.
    cancel();
    QPointer<BackgroundTask> self(this);
    const quint64 generation = ++m_generation;
    m_feedback = std::make_shared<Feedback>([self, generation, handOver = m_handOver](double fraction, const QString& step) {
        // Called on the worker: hop to the GUI thread, and only for the task's latest run. Feedback runs no
        // callback once cancel() returned, and the destructor cancels, so the task is alive here.
        handOver->release();
        QMetaObject::invokeMethod(self.data(), [self, generation, fraction, step, handOver] {
            handOver->acquire();
            if (self && self->m_generation == generation)
                emit self->progressChanged(fraction, step);
        }, Qt::QueuedConnection);
    });
    const std::shared_ptr<Feedback> feedback = m_feedback;
    m_watcher.setFuture(runInPool([work = std::move(work), feedback] {
        return std::make_shared<Result<Continuation>>(runGuarded(work, *feedback));
    }, m_handOver));
}

void BackgroundTask::cancel()
{
    if (m_feedback)
        m_feedback->cancel();
}

} // namespace Mk
