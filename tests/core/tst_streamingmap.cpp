// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/streamingmap.h"

#include <QTest>

#include <chrono>
#include <memory>
#include <thread>

using namespace Mk;

class TstStreamingMap : public QObject
{
    Q_OBJECT

private slots:
    // The results come in the order pushed for every count around the batch size (64), with the producer sometimes
    // ahead of the second thread and sometimes behind it.
    void resultsInPushOrder()
    {
        for (const int count : {0, 1, 63, 64, 65, 129, 1000}) {
            StreamingMap<int, long> squares([](const int& i) { return long(i) * i; }, "test");
            for (int i = 0; i < count; ++i) {
                squares.push(i);
                if (i % 100 == 0)
                    std::this_thread::yield();
            }
            const std::vector<long> results = squares.finish();
            QCOMPARE(results.size(), size_t(count));
            for (int i = 0; i < count; ++i)
                QCOMPARE(results[size_t(i)], long(i) * i);
        }
    }

    // What the producer wrote into an item before push() is what the work reads, on whichever thread.
    void itemsAreHandedOver()
    {
        StreamingMap<std::shared_ptr<std::vector<int>>, int> sums(
            [](const std::shared_ptr<std::vector<int>>& v) {
                int sum = 0;
                for (const int x : *v)
                    sum += x;
                return sum;
            },
            "test");
        for (int i = 0; i < 200; ++i)
            sums.push(std::make_shared<std::vector<int>>(size_t(i), 1));
        const std::vector<int> results = sums.finish();
        for (int i = 0; i < 200; ++i)
            QCOMPARE(results[size_t(i)], i);
    }

    // A producer that fails half-way drops the map without finish(): the second thread stops and is joined (the
    // sanitizer builds see no use of the dropped items), and the results it made are dropped with them.
    void droppedUnfinished()
    {
        for (const int count : {0, 5, 1000}) {
            StreamingMap<std::shared_ptr<int>, int> slow(
                [](const std::shared_ptr<int>& i) {
                    std::this_thread::sleep_for(std::chrono::microseconds(50));
                    return *i;
                },
                "test");
            for (int i = 0; i < count; ++i)
                slow.push(std::make_shared<int>(i));
        }
    }
};

QTEST_GUILESS_MAIN(TstStreamingMap)
#include "tst_streamingmap.moc"
