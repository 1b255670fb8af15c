// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/afspiegeling.h"
#include "model/grouptable.h"
#include "privacy/smallcellsuppressor.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Mk;

namespace {

SmallCellSuppressor suppressor(double threshold = 5.0)
{
    auto s = SmallCellSuppressor::create(threshold);
    if (!s)
        qFatal("threshold rejected");
    return *s;
}

/** Every published line (its cells and its total) has 0 or at least 2 withheld entries. */
bool noLineGivesAwayOne(const SuppressionPattern& p)
{
    for (qsizetype r = 0; r < p.rows; ++r) {
        int n = p.rowTotals[static_cast<size_t>(r)] != CellPrivacy::Shown ? 1 : 0;
        for (qsizetype c = 0; c < p.columns; ++c)
            n += p.isSuppressed(r, c) ? 1 : 0;
        if (n == 1)
            return false;
    }
    for (qsizetype c = 0; c < p.columns; ++c) {
        int n = p.columnTotals[static_cast<size_t>(c)] != CellPrivacy::Shown ? 1 : 0;
        for (qsizetype r = 0; r < p.rows; ++r)
            n += p.isSuppressed(r, c) ? 1 : 0;
        if (n == 1)
            return false;
    }
    return true;
}

} // namespace

/** Primary and secondary small-cell suppression on hand-made tables. */
class TstPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void thresholdIsNeverSilentlyZero()
    {
        for (double bad : {0.0, 0.5, -5.0, std::nan("")}) {
            const auto s = SmallCellSuppressor::create(bad);
            QVERIFY(!s);
            QCOMPARE(s.error().code, ErrorCode::InvalidArgument);
            QVERIFY(s.error().message.contains(QStringLiteral("at least 1")));
        }
        QVERIFY(SmallCellSuppressor::create(1.0));
        QCOMPARE(SmallCellSuppressor::create()->threshold(), 5.0);
    }

    void suppressedTextShowsTheRealThreshold()
    {
        QCOMPARE(suppressor().suppressedText(QLocale::c()), QStringLiteral("<5"));
        QCOMPARE(suppressor(10).suppressedText(QLocale::c()), QStringLiteral("<10"));
        QCOMPARE(suppressor(2.5).suppressedText(QLocale(QLocale::Dutch)), QStringLiteral("<2,5"));
    }

    void primaryBounds()
    {
        const SmallCellSuppressor s = suppressor();
        QVERIFY(!s.isSmall(0.0)); // zero identifies nobody
        QVERIFY(s.isSmall(1.0));
        QVERIFY(s.isSmall(4.999));
        QVERIFY(!s.isSmall(5.0));
    }

    // rows: schools; columns: groups
    //        A   B   C | total
    //  s1   20   3  30 |  53
    //  s2   15  12  40 |  67
    //  s3   25  18  10 |  53
    // 3 is primary. Row s1 then gives it away unless 20 goes too; column B unless 12 goes too;
    // with 20 gone, column A needs 15 withheld as well. Row s2 then has two withheld: stable.
    void secondarySuppressionByHand()
    {
        const std::vector<double> counts{20, 3, 30, 15, 12, 40, 25, 18, 10};
        const SuppressionPattern p = suppressor().apply(counts, 3, 3);
        QCOMPARE(p.cell(0, 1), CellPrivacy::Primary);
        QCOMPARE(p.cell(0, 0), CellPrivacy::Secondary);
        QCOMPARE(p.cell(1, 1), CellPrivacy::Secondary);
        QCOMPARE(p.cell(1, 0), CellPrivacy::Secondary);
        for (const auto& [r, c] : {std::pair(0, 2), std::pair(1, 2), std::pair(2, 0), std::pair(2, 1), std::pair(2, 2)})
            QCOMPARE(p.cell(r, c), CellPrivacy::Shown);
        QCOMPARE(p.count(CellPrivacy::Primary), 1);
        QCOMPARE(p.count(CellPrivacy::Secondary), 3);
        QVERIFY(p.rowHasSuppressed(0));
        QVERIFY(!p.rowHasSuppressed(2));
        QVERIFY(noLineGivesAwayOne(p));
    }

    // Only row totals published: the columns need no protection.
    void rowTotalsOnly()
    {
        const std::vector<double> counts{20, 3, 30, 15, 12, 40};
        const SuppressionPattern p = suppressor().apply(counts, 2, 3, PublishedTotals::Rows);
        QCOMPARE(p.cell(0, 1), CellPrivacy::Primary);
        QCOMPARE(p.cell(0, 0), CellPrivacy::Secondary);
        QVERIFY(!p.rowHasSuppressed(1));
    }

    // A school of 3 pupils: its total is small as well, and a zero cell is never a complement.
    //        A   B | total
    //  s1    3   0 |   3
    //  s2   10  20 |  30
    void smallTotalAndZeros()
    {
        const SuppressionPattern p = suppressor().apply(std::vector<double>{3, 0, 10, 20}, 2, 2);
        QCOMPARE(p.cell(0, 0), CellPrivacy::Primary);
        QCOMPARE(p.rowTotals[0], CellPrivacy::Primary);
        QCOMPARE(p.cell(0, 1), CellPrivacy::Shown);
        QCOMPARE(p.cell(1, 0), CellPrivacy::Secondary);
        QVERIFY(noLineGivesAwayOne(p));
    }

    // A cell the source already suppressed (DUO "<5") counts as withheld.
    void sourceSuppressedCell()
    {
        const std::vector<AttributeValue> cells{AttributeValue::of(40), AttributeValue::suppressed(), AttributeValue::of(60),
                                                AttributeValue::of(50), AttributeValue::of(30), AttributeValue::of(20)};
        const SuppressionPattern p = suppressor().apply(cells, 2, 3);
        QCOMPARE(p.cell(0, 1), CellPrivacy::Primary);
        QCOMPARE(p.count(CellPrivacy::Secondary), 3); // 40 in its row, 30 in its column, 50 in row s2
        QVERIFY(noLineGivesAwayOne(p));
    }

    void noSmallCellsNothingWithheld()
    {
        const SuppressionPattern p = suppressor().apply(std::vector<double>{5, 0, 12, 7}, 2, 2);
        QCOMPARE(p.count(CellPrivacy::Primary) + p.count(CellPrivacy::Secondary), 0);
    }

    // Property: on random tables every small count is withheld and no line gives one away.
    void randomTables()
    {
        QRandomGenerator rng(42);
        for (int t = 0; t < 200; ++t) {
            const int rows = 2 + rng.bounded(8), cols = 2 + rng.bounded(4);
            std::vector<double> counts;
            for (int i = 0; i < rows * cols; ++i)
                counts.push_back(rng.bounded(100) < 20 ? rng.bounded(6) : rng.bounded(80));
            const SuppressionPattern p = suppressor().apply(counts, rows, cols);
            QVERIFY(noLineGivesAwayOne(p));
            for (int i = 0; i < rows * cols; ++i)
                if (counts[static_cast<size_t>(i)] > 0 && counts[static_cast<size_t>(i)] < 5)
                    QCOMPARE(p.cells[static_cast<size_t>(i)], CellPrivacy::Primary);
        }
    }

    // Afspiegeling marks suppressed school shares of an observed table, primary and secondary, but
    // never those of an estimate.
    void afspiegelingUsesTheSuppressor()
    {
        GroupTable schools;
        schools.groups = {QStringLiteral("laag"), QStringLiteral("midden"), QStringLiteral("hoog")};
        schools.unitIds = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        schools.resize(3);
        const double counts[] = {20, 3, 30, 15, 12, 40, 25, 18, 10};
        for (int i = 0; i < 9; ++i)
            schools.cells[static_cast<size_t>(i)] = AttributeValue::of(counts[i]);
        GroupTable catchments = schools;
        for (AttributeValue& v : catchments.cells)
            v = AttributeValue::of(100);
        const std::vector<double> gemeente{1.0 / 3, 1.0 / 3, 1.0 / 3};
        AfspiegelingOptions options;
        auto rows = Afspiegeling::compare(schools, catchments, gemeente, options);
        QVERIFY(rows);
        QVERIFY(rows->at(0).groups[1].suppressed); // primary: 3 pupils
        QVERIFY(rows->at(0).groups[0].suppressed); // secondary
        QVERIFY(rows->at(1).groups[1].suppressed);
        QVERIFY(!rows->at(2).groups[0].suppressed);
        schools.estimated = true;
        rows = Afspiegeling::compare(schools, catchments, gemeente, options);
        QVERIFY(rows);
        QVERIFY(!rows->at(0).groups[1].suppressed);
        options.privacyThreshold = 0.0;
        QVERIFY(!Afspiegeling::compare(schools, catchments, gemeente, options));
    }
};

QTEST_GUILESS_MAIN(TstPrivacy)
#include "tst_privacy.moc"
