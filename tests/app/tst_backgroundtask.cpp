// SPDX-License-Identifier: GPL-3.0-or-later
// BackgroundTask, the GUI's one path off the GUI thread (issue 12 item 6): a restarted run's result is
// dropped, an exception becomes an Error, cancel ends a run quietly, and destroying a task does not wait.
#include "gui/backgroundtask.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>
#include <stdexcept>

using namespace Mk;

class TstBackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void restartDropsTheEarlierResult()
    {
        BackgroundTask task;
        QSignalSpy finished(&task, &BackgroundTask::finished);
        auto release = std::make_shared<QSemaphore>();
        QStringList delivered;
        task.start([release, &delivered](Feedback&) -> Result<BackgroundTask::Continuation> {
            release->acquire(); // still working when the second run starts
            return BackgroundTask::Continuation([&delivered] { delivered.append(QStringLiteral("first")); });
        });
        task.start([&delivered](Feedback&) -> Result<BackgroundTask::Continuation> {
            return BackgroundTask::Continuation([&delivered] { delivered.append(QStringLiteral("second")); });
        });
        release->release();
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(!task.isRunning());
        QTest::qWait(200); // a stale delivery would arrive in the event loop now
        QCOMPARE(delivered, QStringList{QStringLiteral("second")});
        QCOMPARE(finished.count(), 1);
    }

    void exceptionBecomesAnError()
    {
        BackgroundTask task;
        QSignalSpy failed(&task, &BackgroundTask::failed);
        QSignalSpy finished(&task, &BackgroundTask::finished);
        task.start([](Feedback&) -> Result<BackgroundTask::Continuation> { throw std::runtime_error("index out of range"); });
        QVERIFY(failed.wait(10000));
        const auto error = failed.front().front().value<Error>();
        QCOMPARE(error.code, ErrorCode::Internal);
        QVERIFY(error.detail.contains(QStringLiteral("index out of range")));
        QCOMPARE(finished.count(), 0);
    }

    void errorValueArrivesAsFailed()
    {
        BackgroundTask task;
        QSignalSpy failed(&task, &BackgroundTask::failed);
        task.start([](Feedback&) -> Result<BackgroundTask::Continuation> {
            return fail(ErrorCode::FileNotFound, QStringLiteral("buurten.gpkg does not exist"));
        });
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.front().front().value<Error>().message, QStringLiteral("buurten.gpkg does not exist"));
    }

    void cancelEndsTheRunQuietly()
    {
        BackgroundTask task;
        QSignalSpy finished(&task, &BackgroundTask::finished);
        QSignalSpy failed(&task, &BackgroundTask::failed);
        auto started = std::make_shared<QSemaphore>();
        auto sawCancel = std::make_shared<std::atomic_bool>(false);
        bool continued = false;
        task.start([started, sawCancel, &continued](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
            started->release();
            while (!feedback.isCanceled())
                QThread::msleep(1);
            *sawCancel = true;
            return BackgroundTask::Continuation([&continued] { continued = true; });
        });
        QVERIFY(started->tryAcquire(1, 10000));
        task.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(*sawCancel, 10000);
        QTRY_VERIFY(!task.isRunning());
        QTest::qWait(100);
        QVERIFY(!continued);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
    }

    void destroyingDoesNotWaitForTheWorker()
    {
        auto release = std::make_shared<QSemaphore>();
        auto started = std::make_shared<QSemaphore>();
        auto ended = std::make_shared<QSemaphore>();
        bool continued = false;
        {
            BackgroundTask task;
            task.start([release, started, ended, &continued](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
                started->release();
                release->acquire(); // blocked until the task is gone: a waiting destructor would hang here
                ended->release();
                feedback.setProgress(1.0, QStringLiteral("late"));
                return BackgroundTask::Continuation([&continued] { continued = true; });
            });
            QVERIFY(started->tryAcquire(1, 10000));
        } // ~BackgroundTask returns while the work is still blocked
        QCOMPARE(ended->available(), 0);
        release->release();
        QVERIFY(ended->tryAcquire(1, 10000));
        QTest::qWait(200); // the late progress report and the result find no task and are dropped
        QVERIFY(!continued);
    }

    void progressReachesTheGuiThread()
    {
        BackgroundTask task;
        QSignalSpy progress(&task, &BackgroundTask::progressChanged);
        QSignalSpy finished(&task, &BackgroundTask::finished);
        task.start([](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
            feedback.setProgress(0.5, QStringLiteral("half"));
            return BackgroundTask::Continuation();
        });
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(progress.count(), 1);
        QCOMPARE(progress.front().at(0).toDouble(), 0.5);
        QCOMPARE(progress.front().at(1).toString(), QStringLiteral("half"));
    }
};

QTEST_MAIN(TstBackgroundTask)
#include "tst_backgroundtask.moc"
