// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/runhistogram.h"
#include "scenario/simulationresult.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace Mk;

/** The distribution chart's bins (RunHistogram), checked against counting by hand. */
class TestRunHistogram : public QObject
{
    Q_OBJECT
private slots:
    /** Every finite run lands in the bin whose edges hold it; NaN runs are not counted. */
    void binsHoldTheirRuns()
    {
        std::mt19937 random(7);
        std::normal_distribution<double> before(0.30, 0.02), after(0.26, 0.03);
        IndexOutcome index;
        for (int run = 0; run < 200; ++run) {
            index.runsBefore.push_back(before(random));
            index.runsAfter.push_back(run % 50 == 3 ? std::nan("") : after(random));
        }
        const RunHistogram h = RunHistogram::of(index, 12);
        QCOMPARE(h.binCount(), 12);
        const auto [minB, maxB] = std::minmax_element(index.runsBefore.begin(), index.runsBefore.end());
        double min = *minB, max = *maxB;
        for (double v : index.runsAfter)
            if (std::isfinite(v)) {
                min = std::min(min, v);
                max = std::max(max, v);
            }
        QCOMPARE(h.lo, min);
        QVERIFY(std::abs(h.lo + 12 * h.width - max) < 1e-12);
        auto byHand = [&](const std::vector<double>& runs, int bin) {
            int n = 0;
            for (double v : runs) {
                if (!std::isfinite(v))
                    continue;
                const double lower = h.lo + bin * h.width, upper = lower + h.width;
                n += (v >= lower && v < upper) || (bin == 11 && v == max) ? 1 : 0;
            }
            return n;
        };
        int sumBefore = 0, sumAfter = 0;
        for (int bin = 0; bin < 12; ++bin) {
            QCOMPARE(h.before[bin], byHand(index.runsBefore, bin));
            QCOMPARE(h.after[bin], byHand(index.runsAfter, bin));
            sumBefore += h.before[bin];
            sumAfter += h.after[bin];
        }
        QCOMPARE(sumBefore, 200);
        QCOMPARE(sumAfter, 196);
        QVERIFY(h.centre(0) > h.lo && h.centre(0) < h.lo + h.width);
    }

    /** A scenario that changes nothing: all runs equal, one visible bar holding them all. */
    void identicalRunsStayVisible()
    {
        IndexOutcome index;
        index.runsBefore.assign(40, 0.25);
        index.runsAfter.assign(40, 0.25);
        const RunHistogram h = RunHistogram::of(index, 10);
        QVERIFY(h.width > 0.0);
        int bins = 0;
        for (int bin = 0; bin < h.binCount(); ++bin)
            if (h.after[bin] > 0) {
                ++bins;
                QCOMPARE(h.after[bin], 40);
                QCOMPARE(h.before[bin], 40);
                QVERIFY(std::abs(h.centre(bin) - 0.25) <= h.width);
            }
        QCOMPARE(bins, 1);
    }

    /** No finite value (an index undefined in every run) or no bins asked: nothing to draw. */
    void nothingToDraw()
    {
        IndexOutcome index;
        index.runsBefore.assign(5, std::nan(""));
        index.runsAfter.assign(5, INFINITY);
        QCOMPARE(RunHistogram::of(index, 10).binCount(), 0);
        index.runsBefore.assign(5, 0.1);
        QCOMPARE(RunHistogram::of(index, 0).binCount(), 0);
    }
};

QTEST_APPLESS_MAIN(TestRunHistogram)
#include "tst_runhistogram.moc"
