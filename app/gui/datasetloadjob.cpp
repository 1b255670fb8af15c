// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/datasetloadjob.h"

#include <QPointer>
#include <QtConcurrent>

#include <exception>

namespace Mk {

DatasetLoadJob::DatasetLoadJob(const LoadRequest& request, QObject* parent)
    : QObject(parent), m_request(request)
{
    QPointer<DatasetLoadJob> self(this);
    m_feedback = std::make_shared<Feedback>([self](double fraction, const QString& step) {
        // Called on the worker: hop to the GUI thread, and only while the job still exists.
        QMetaObject::invokeMethod(self.data(), [self, fraction, step] {
            if (self)
                emit self->progressChanged(fraction, step);
        }, Qt::QueuedConnection);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_feedback->isCanceled())
            return;
        const auto result = m_watcher.result();
        if (result->hasValue())
            emit loaded(std::make_shared<const Dataset>(std::move(result->value())));
        else
            emit failed(result->error());
    });
}

DatasetLoadJob::~DatasetLoadJob()
{
    m_feedback->cancel();
    m_watcher.waitForFinished();
}

void DatasetLoadJob::start()
{
    const LoadRequest request = m_request;
    const std::shared_ptr<Feedback> feedback = m_feedback;
    m_watcher.setFuture(QtConcurrent::run([request, feedback]() -> std::shared_ptr<Result<Dataset>> {
        // Exceptions stop at the worker entry and become an Error (STYLE 8.5 rule 7).
        try {
            return std::make_shared<Result<Dataset>>(DatasetLoader::load(request, *feedback));
        } catch (const std::exception& e) {
            return std::make_shared<Result<Dataset>>(fail(ErrorCode::Internal, tr("Loading stopped because of an internal error."),
                                                          QString::fromLocal8Bit(e.what())));
        } catch (...) {
            return std::make_shared<Result<Dataset>>(fail(ErrorCode::Internal, tr("Loading stopped because of an internal error.")));
        }
    }));
}

void DatasetLoadJob::cancel()
{
    m_feedback->cancel();
}

} // namespace Mk
