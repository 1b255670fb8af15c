// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace Mk;

/** Feedback: no progress reaches its receiver once cancel() has returned (the receiver may be gone). */
class TstFeedback : public QObject
{
    Q_OBJECT
private slots:
    void noCallbackAfterCancel()
    {
        int calls = 0;
        Feedback feedback([&calls](double, const QString&) { ++calls; });
        feedback.setProgress(1.0);
        QCOMPARE(calls, 1);
        feedback.cancel();
        feedback.setProgress(1.0);
        QCOMPARE(calls, 1);
        QVERIFY(feedback.isCanceled());
    }

    void callbackMayCancelItsOwnFeedback()
    {
        Feedback* self = nullptr;
        Feedback feedback([&self](double, const QString&) { self->cancel(); });
        self = &feedback;
        feedback.setProgress(1.0); // must not deadlock
        QVERIFY(feedback.isCanceled());
    }

    void cancelWaitsForACallbackInFlight()
    {
        std::atomic<int> calls{0};
        std::atomic<bool> inCallback{false};
        Feedback feedback([&](double, const QString&) {
            inCallback = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            ++calls;
        });
        std::thread worker([&feedback] {
            while (!feedback.isCanceled())
                feedback.setProgress(1.0); // 1.0 is never throttled
        });
        QTRY_VERIFY(inCallback.load());
        feedback.cancel();
        const int afterCancel = calls.load(); // the call in flight has finished
        worker.join();
        QCOMPARE(calls.load(), afterCancel);
    }
};

QTEST_GUILESS_MAIN(TstFeedback)
#include "tst_feedback.moc"
