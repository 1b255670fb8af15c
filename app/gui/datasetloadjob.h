// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "base/feedback.h"
#include "io/datasetloader.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Mk {

/**
 * Loads a Dataset off the GUI thread (DatasetLoader::load on the thread pool) with progress and
 * cancel. Progress arrives as queued signals; exactly one of loaded() / failed() fires, unless the
 * job is cancelled, in which case it just finishes quietly. Deletes nothing itself.
 */
class DatasetLoadJob : public QObject
{
    Q_OBJECT
public:
    explicit DatasetLoadJob(const LoadRequest& request, QObject* parent = nullptr);
    ~DatasetLoadJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const LoadRequest& request() const { return m_request; }

signals:
    void progressChanged(double fraction, const QString& step);
    void loaded(std::shared_ptr<const Mk::Dataset> dataset);
    void failed(const Mk::Error& error);

private:
    LoadRequest m_request;
    std::shared_ptr<Feedback> m_feedback;
    QFutureWatcher<std::shared_ptr<Result<Dataset>>> m_watcher;
};

} // namespace Mk
