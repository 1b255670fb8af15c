// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexchange.h"
#include "index/indexinput.h"
#include "index/multigroupindices.h"
#include "index/mutualinformationchange.h"
#include "indextesttables.h"
#include "testutils.h"

#include <QTest>

#include <cmath>

using namespace Mk;
using namespace IndexTestTables;

namespace {

/** The same table with units and groups swapped. */
IndexInput transposed(const IndexInput& in)
{
    std::vector<double> cells;
    for (qsizetype k = 0; k < in.groupCount(); ++k)
        for (qsizetype i = 0; i < in.unitCount(); ++i)
            cells.push_back(in.count(i, k));
    return table(in.groups(), in.unitIds(), cells);
}

MutualInformationChange change(const IndexInput& a, const IndexInput& b)
{
    auto r = MutualInformationChange::compute(a, b);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return *r;
}

void verifyAddsUp(const MutualInformationChange& c)
{
    QVERIFY(std::abs(c.after - c.before - c.difference) <= 1e-15);
    QVERIFY(std::abs(c.additions + c.removals + c.groupMarginal + c.unitMarginal + c.structural - c.difference) <= 1e-12);
}

} // namespace

class TstIndexChange : public QObject
{
    Q_OBJECT
private slots:
    // The cases of Elbers' tests/testthat/test_mutual_difference.R, with the properties asserted there.
    void elbersShapleyProperties()
    {
        const QStringList units = {QStringLiteral("a"), QStringLiteral("b")};
        const QStringList groups = names(4, QStringLiteral("g"));
        const IndexInput d1 = table(units, groups, {40, 30, 20, 10, 5, 10, 15, 20});
        const IndexInput d2 = table(units, groups, {20, 20, 20, 15, 5, 10, 10, 15});
        const MutualInformationChange sh1 = change(d1, d2);
        verifyAddsUp(sh1);
        QVERIFY(sh1.converged);
        QCOMPARE(sh1.additions, 0.0);
        QCOMPARE(sh1.removals, 0.0);
        MK_COMPARE_REL(sh1.before, MultigroupIndices::mutualInformationOf(d1), 1e-15);
        MK_COMPARE_REL(sh1.after, MultigroupIndices::mutualInformationOf(d2), 1e-15);

        // Symmetry by group/unit: the marginal parts swap, the structural part stays.
        const MutualInformationChange sh2 = change(transposed(d1), transposed(d2));
        verifyAddsUp(sh2);
        MK_COMPARE_REL(sh2.difference, sh1.difference, 1e-12);
        QVERIFY(std::abs(sh1.groupMarginal - sh2.unitMarginal) < 1e-4);
        QVERIFY(std::abs(sh1.unitMarginal - sh2.groupMarginal) < 1e-4);
        QVERIFY(std::abs(sh1.structural - sh2.structural) < 1e-4);

        // Symmetry by inputs: every part changes sign.
        const MutualInformationChange sh3 = change(d2, d1);
        verifyAddsUp(sh3);
        QVERIFY(std::abs(sh1.groupMarginal + sh3.groupMarginal) < 1e-4);
        QVERIFY(std::abs(sh1.unitMarginal + sh3.unitMarginal) < 1e-4);
        QVERIFY(std::abs(sh1.structural + sh3.structural) < 1e-4);
    }

    void elbersAdditionsAndRemovals()
    {
        // Unit c closes, unit d opens (zero cells included), as in "difference same as mutual_total".
        const QStringList groups = names(4, QStringLiteral("g"));
        const IndexInput d1 = table({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, groups,
                                    {0, 30, 20, 10, 5, 10, 15, 20, 4, 3, 2, 1});
        const IndexInput d2 = table({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d")}, groups,
                                    {40, 20, 20, 15, 5, 10, 10, 0, 1, 2, 3, 4});
        const MutualInformationChange c = change(d1, d2);
        verifyAddsUp(c);
        // Cell (a, g1) is empty in table 1 but g1 must reach 45 of 120 pupils: the structure of table 1
        // cannot carry the margins of table 2, and the result says so.
        QVERIFY(!c.converged);
        QCOMPARE(c.commonUnits, 2);
        QCOMPARE(c.addedUnits, 1);
        QCOMPARE(c.removedUnits, 1);
        const IndexInput common2 = table({QStringLiteral("a"), QStringLiteral("b")}, groups, {40, 20, 20, 15, 5, 10, 10, 0});
        const IndexInput common1 = table({QStringLiteral("a"), QStringLiteral("b")}, groups, {0, 30, 20, 10, 5, 10, 15, 20});
        MK_COMPARE_REL(c.additions, c.after - MultigroupIndices::mutualInformationOf(common2), 1e-14);
        MK_COMPARE_REL(c.removals, MultigroupIndices::mutualInformationOf(common1) - c.before, 1e-14);
    }

    void elbersMarginalChangesAreNotStructural()
    {
        const QStringList units = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const QStringList groups = names(2, QStringLiteral("g"));
        const IndexInput base = table(units, groups, {25, 25, 28, 2, 2, 18});
        const IndexInput cols = table(units, groups, {25, 25, 28, 2, 4, 36});
        const IndexInput rows = table(units, groups, {25, 50, 28, 4, 2, 36});
        for (const IndexInput* other : {&cols, &rows}) {
            const MutualInformationChange c = change(base, *other);
            verifyAddsUp(c);
            QVERIFY(std::abs(c.structural) < 1e-3);
            QVERIFY(std::abs(c.unitMarginal) >= std::abs(c.groupMarginal));
        }
        // Doubling every count changes nothing.
        const MutualInformationChange same = change(base, table(units, groups, {50, 50, 56, 4, 4, 36}));
        QVERIFY(std::abs(same.difference) < 1e-15);
        QVERIFY(std::abs(same.groupMarginal) < 1e-12 && std::abs(same.unitMarginal) < 1e-12 && std::abs(same.structural) < 1e-12);
    }

    void differencesWithIntervals()
    {
        const QStringList units = names(6, QStringLiteral("s"));
        const QStringList groups = names(3, QStringLiteral("g"));
        const IndexInput before = table(units, groups, {120, 20, 10, 100, 40, 12, 30, 90, 30, 25, 30, 100, 60, 60, 60, 10, 20, 130});
        // A scenario that mixes the two most extreme schools and closes none.
        const IndexInput after = table(units, groups, {80, 40, 40, 100, 40, 12, 30, 90, 30, 25, 30, 100, 60, 60, 60, 50, 30, 80});
        InferenceReport::Options options;
        options.replicates = 400;
        options.seed = 3;
        const auto c = IndexChange::compute(before, after, options);
        QVERIFY(c);
        QCOMPARE(c->differences.size(), static_cast<size_t>(c->keys.size()));
        for (const IndexChange::Difference& d : c->differences) {
            QCOMPARE(d.difference, d.after - d.before);
            QVERIFY(d.ciLow <= d.ciHigh);
            QCOMPARE(d.replicates, 400);
        }
        const qsizetype m = c->keys.size() - 2; // mutual_information is the one before normalized_exposure
        QCOMPARE(c->keys[m].name, QStringLiteral("mutual_information"));
        const IndexChange::Difference& dm = c->differences[static_cast<size_t>(m)];
        MK_COMPARE_REL(dm.difference, c->mutualInformation.difference, 1e-14);
        QVERIFY(dm.ciHigh < 0); // clearly less segregated
        QVERIFY(dm.ciLow < dm.difference && dm.difference < dm.ciHigh);

        // Same seed, same intervals; no replicates, no intervals.
        const auto again = IndexChange::compute(before, after, options);
        QCOMPARE(again->differences[static_cast<size_t>(m)].ciLow, dm.ciLow);
        options.replicates = 0;
        const auto plain = IndexChange::compute(before, after, options);
        QVERIFY(plain && std::isnan(plain->differences.front().ciLow));

        // A table against itself: no change, an interval around 0.
        options.replicates = 200;
        const auto none = IndexChange::compute(before, before, options);
        const IndexChange::Difference& d0 = none->differences[static_cast<size_t>(m)];
        QCOMPARE(d0.difference, 0.0);
        QVERIFY(d0.ciLow < 0 && d0.ciHigh > 0);
    }

    void groupsMustMatch()
    {
        const IndexInput a = table({QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("x"), QStringLiteral("y")}, {1, 2, 3, 4});
        const IndexInput b = table({QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("x"), QStringLiteral("z")}, {1, 2, 3, 4});
        QVERIFY(!MutualInformationChange::compute(a, b));
        // Groups in another order are matched by name.
        const IndexInput swapped = table({QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("y"), QStringLiteral("x")}, {2, 1, 4, 3});
        const MutualInformationChange c = change(a, swapped);
        QVERIFY(std::abs(c.difference) < 1e-15);
        QVERIFY(std::abs(c.structural) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TstIndexChange)
#include "tst_indexchange.moc"
