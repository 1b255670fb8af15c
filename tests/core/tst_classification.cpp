// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/classification.h"
#include "render/colorramp.h"
#include "testutils.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <random>

using namespace Mk;

class TstClassification : public QObject
{
    Q_OBJECT
private slots:
    void quantilesType7()
    {
        // R: quantile(1:10, c(.25,.5,.75), type = 7) = 3.25 5.50 7.75
        const auto c = Classification::compute(ClassificationMethod::Quantile, {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 4);
        QCOMPARE(c.bounds(), (QList<double>{1, 3.25, 5.5, 7.75, 10}));
        QCOMPARE(c.classOf(1), 0);
        QCOMPARE(c.classOf(3.25), 0);
        QCOMPARE(c.classOf(3.26), 1);
        QCOMPARE(c.classOf(10), 3);
        QCOMPARE(c.classOf(99), 3);
        QCOMPARE(c.classOf(-5), 0);
        QCOMPARE(c.classOf(std::nan("")), -1);
    }

    void quantileTiesCollapse()
    {
        const auto c = Classification::compute(ClassificationMethod::Quantile, {1, 1, 1, 1, 1, 1, 2}, 5);
        QCOMPARE(c.bounds().front(), 1.0);
        QCOMPARE(c.bounds().back(), 2.0);
        QVERIFY(c.classCount() < 5);
        for (int i = 1; i < c.bounds().size(); ++i)
            QVERIFY(c.bounds()[i] > c.bounds()[i - 1]);
    }

    void equalInterval()
    {
        const auto c = Classification::compute(ClassificationMethod::EqualInterval, {0, 3, 10, std::nan("")}, 5);
        QCOMPARE(c.bounds(), (QList<double>{0, 2, 4, 6, 8, 10}));
        QCOMPARE(c.classOf(3), 1);
    }

    void jenksThreeObviousGroups()
    {
        const auto c = Classification::compute(ClassificationMethod::NaturalBreaks, {22, 1, 2, 3, 10, 11, 12, 20, 21}, 3);
        QCOMPARE(c.bounds(), (QList<double>{1, 3, 12, 22}));
    }

    void jenksKnownCase()
    {
        // Jenks on 0,1,2,3,4,5,100,101,102,200 with 3 classes: {0..5} {100..102} {200}
        const auto c = Classification::compute(ClassificationMethod::NaturalBreaks, {0, 1, 2, 3, 4, 5, 100, 101, 102, 200}, 3);
        QCOMPARE(c.bounds(), (QList<double>{0, 5, 102, 200}));
        // Four classes split the lowest group, whose variance is then the largest.
        const auto c4 = Classification::compute(ClassificationMethod::NaturalBreaks, {0, 1, 2, 3, 4, 5, 100, 101, 102, 200}, 4);
        QCOMPARE(c4.classCount(), 4);
        QCOMPARE(c4.bounds()[2], 5.0);
        QCOMPARE(c4.bounds()[3], 102.0);
    }

    void jenksSamplesLargeInput()
    {
        std::mt19937 rng(7);
        std::normal_distribution<double> a(10, 1), b(50, 1);
        std::vector<double> v;
        for (int i = 0; i < 6000; ++i)
            v.push_back(i % 2 ? a(rng) : b(rng));
        const auto c = Classification::compute(ClassificationMethod::NaturalBreaks, v, 2);
        QCOMPARE(c.classCount(), 2);
        QVERIFY(c.bounds()[1] > 12 && c.bounds()[1] < 48);
    }

    void emptyAndSingle()
    {
        QVERIFY(Classification::compute(ClassificationMethod::Quantile, {}, 5).isEmpty());
        const auto one = Classification::compute(ClassificationMethod::NaturalBreaks, {4, 4, 4}, 5);
        QCOMPARE(one.classCount(), 1);
        QCOMPARE(one.classOf(4), 0);
    }

    void rampColours()
    {
        const ColorRamp v = ColorRamp::byId(QStringLiteral("viridis"));
        QCOMPARE(v.color(0.0).rgb(), QColor(QStringLiteral("#fde725")).rgb());
        QCOMPARE(v.color(1.0).rgb(), QColor(QStringLiteral("#440154")).rgb());
        QCOMPARE(v.color(-1.0), v.color(0.0));
        const QList<QColor> five = v.classColors(5);
        QCOMPARE(five.size(), 5);
        // Sequential classes get darker: relative luminance (ITU-R BT.709 weights) strictly decreasing.
        auto luminance = [](const QColor& c) { return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF(); };
        for (int i = 1; i < five.size(); ++i)
            QVERIFY2(luminance(five[i]) < luminance(five[i - 1]), qPrintable(QString::number(i)));
        QCOMPARE(five.back().rgb(), v.color(0.85).rgb());
        QCOMPARE(five.front().rgb(), v.color(0.1).rgb());
        const ColorRamp d = ColorRamp::byId(QStringLiteral("puor"));
        QCOMPARE(d.kind(), ColorRamp::Kind::Diverging);
        QCOMPARE(d.color(0.5).rgb(), QColor(QStringLiteral("#f7f7f7")).rgb());
        QCOMPARE(d.inverted().color(0.0), d.color(1.0));
        for (const QString& id : ColorRamp::ids())
            QCOMPARE(ColorRamp::byId(id).id(), id);
    }

    // Issue 12 item 5: natural breaks with ties gives as many classes as asked whenever the values allow, and
    // these classes are the optimum: checked against every split of the distinct values into contiguous classes.
    void jenksWithTiesGivesTheClassesAskedFor()
    {
        std::mt19937 rng(12);
        for (int round = 0; round < 40; ++round) {
            std::vector<double> v;
            const int n = 8 + round % 25;
            std::uniform_int_distribution<int> value(0, 2 + round % 12);
            for (int i = 0; i < n; ++i)
                v.push_back(value(rng));
            std::vector<double> distinct = v;
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            for (int k = 2; k <= 6; ++k) {
                const auto c = Classification::compute(ClassificationMethod::NaturalBreaks, v, k);
                const int expected = std::min<int>(k, static_cast<int>(distinct.size()));
                QCOMPARE(c.classCount(), expected);
                QCOMPARE(c.shortfall(k).isEmpty(), expected == k);
                // Within-class sum of squares of the result and the brute-force optimum.
                const auto ssdOf = [&v](const QList<double>& bounds) {
                    const Classification cl(bounds);
                    QList<double> sum(cl.classCount(), 0.0), sq(cl.classCount(), 0.0), cnt(cl.classCount(), 0.0);
                    for (double x : v) {
                        const int i = cl.classOf(x);
                        sum[i] += x;
                        sq[i] += x * x;
                        cnt[i] += 1;
                    }
                    double total = 0;
                    for (int i = 0; i < cl.classCount(); ++i)
                        total += cnt[i] > 0 ? sq[i] - sum[i] * sum[i] / cnt[i] : 0.0;
                    return total;
                };
                double best = std::numeric_limits<double>::infinity();
                const int m = static_cast<int>(distinct.size());
                // Every choice of expected-1 cut positions among the m-1 gaps between distinct values.
                std::vector<int> cut(static_cast<size_t>(expected - 1));
                std::function<void(int, int)> choose = [&](int from, int depth) {
                    if (depth == expected - 1) {
                        QList<double> b{distinct.front()};
                        for (int p : cut)
                            b.append(distinct[static_cast<size_t>(p)]);
                        b.append(distinct.back());
                        best = std::min(best, ssdOf(b));
                        return;
                    }
                    for (int p = from; p < m - 1; ++p) {
                        cut[static_cast<size_t>(depth)] = p;
                        choose(p + 1, depth + 1);
                    }
                };
                choose(0, 0);
                QVERIFY2(ssdOf(c.bounds()) <= best + 1e-9, qPrintable(QStringLiteral("round %1, k %2").arg(round).arg(k)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstClassification)
#include "tst_classification.moc"
