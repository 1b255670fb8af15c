// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/smallcellsuppressor.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace Mk;

namespace {

SmallCellSuppressor suppressor()
{
    auto s = SmallCellSuppressor::create(5.0);
    if (!s)
        qFatal("threshold rejected");
    return *s;
}

/**
 * A reader's view of a published table, built apart from the suppressor: every count of the table with its
 * totals is a variable, every sum that holds between them an equation (the redundant ones too), and the shown
 * counts are known. A withheld count is recovered when the equations fix it, i.e. when its unit vector lies in
 * the row space of the equations restricted to the withheld counts (Gaussian elimination, exact for these
 * 0/1 coefficients at this size).
 */
class Reader
{
public:
    Reader(const std::vector<double>& counts, qsizetype rows, qsizetype columns, const PublicationLayout& layout, const SuppressionPattern& p)
        : m_R(static_cast<size_t>(rows)), m_C(static_cast<size_t>(columns))
    {
        m_A = layout.areaOfRow.empty() ? 0 : static_cast<size_t>(*std::max_element(layout.areaOfRow.begin(), layout.areaOfRow.end()) + 1);
        m_withheld.assign(grand() + 1, false);
        m_value.assign(grand() + 1, 0.0);
        for (size_t r = 0; r < m_R; ++r) {
            for (size_t c = 0; c < m_C; ++c) {
                const double x = counts[r * m_C + c];
                m_value[cell(r, c)] = x;
                m_value[rowTotal(r)] += x;
                m_value[columnTotal(c)] += x;
                m_value[grand()] += x;
                m_withheld[cell(r, c)] = p.isSuppressed(static_cast<qsizetype>(r), static_cast<qsizetype>(c));
                if (m_A > 0) {
                    const auto a = static_cast<size_t>(layout.areaOfRow[r]);
                    m_value[areaCell(a, c)] += x;
                    m_value[areaTotal(a)] += x;
                }
            }
            m_withheld[rowTotal(r)] = p.rowTotals[r] != CellPrivacy::Shown;
        }
        for (size_t c = 0; c < m_C; ++c)
            m_withheld[columnTotal(c)] = !layout.columnTotalsKnown && p.columnTotals[c] != CellPrivacy::Shown;
        for (size_t a = 0; a < m_A; ++a) {
            m_withheld[areaTotal(a)] = p.areaTotals[a] != CellPrivacy::Shown;
            for (size_t c = 0; c < m_C; ++c)
                m_withheld[areaCell(a, c)] = p.areaCells[a * m_C + c] != CellPrivacy::Shown;
        }
        // Every sum that holds: rows, columns, margins, and with areas each area's cells and total both ways.
        for (size_t r = 0; r < m_R; ++r) {
            std::vector<size_t> parts;
            for (size_t c = 0; c < m_C; ++c)
                parts.push_back(cell(r, c));
            sum(parts, rowTotal(r));
        }
        for (size_t c = 0; c < m_C; ++c) {
            std::vector<size_t> parts, ofAreas;
            for (size_t r = 0; r < m_R; ++r)
                parts.push_back(cell(r, c));
            sum(parts, columnTotal(c));
            for (size_t a = 0; a < m_A; ++a) {
                std::vector<size_t> inArea;
                for (size_t r = 0; r < m_R; ++r)
                    if (static_cast<size_t>(layout.areaOfRow[r]) == a)
                        inArea.push_back(cell(r, c));
                sum(inArea, areaCell(a, c));
                ofAreas.push_back(areaCell(a, c));
            }
            if (m_A > 0)
                sum(ofAreas, columnTotal(c));
        }
        std::vector<size_t> rowTotals, columnTotals, areaTotals;
        for (size_t r = 0; r < m_R; ++r)
            rowTotals.push_back(rowTotal(r));
        for (size_t c = 0; c < m_C; ++c)
            columnTotals.push_back(columnTotal(c));
        sum(rowTotals, grand());
        sum(columnTotals, grand());
        for (size_t a = 0; a < m_A; ++a) {
            std::vector<size_t> inArea, cells;
            for (size_t r = 0; r < m_R; ++r)
                if (static_cast<size_t>(layout.areaOfRow[r]) == a)
                    inArea.push_back(rowTotal(r));
            for (size_t c = 0; c < m_C; ++c)
                cells.push_back(areaCell(a, c));
            sum(inArea, areaTotal(a));
            sum(cells, areaTotal(a));
            areaTotals.push_back(areaTotal(a));
        }
        if (m_A > 0)
            sum(areaTotals, grand());
    }

    /** The withheld counts the shown ones fix; empty when the table gives nothing away. */
    std::vector<size_t> recovered() const
    {
        std::vector<size_t> unknowns;
        for (size_t v = 0; v < m_withheld.size(); ++v)
            if (m_withheld[v])
                unknowns.push_back(v);
        std::vector<std::vector<double>> rows;
        for (const std::vector<double>& e : m_equations) {
            std::vector<double> row;
            for (size_t u : unknowns)
                row.push_back(e[u]);
            rows.push_back(row);
        }
        const int base = rank(rows);
        std::vector<size_t> out;
        for (size_t j = 0; j < unknowns.size(); ++j) {
            std::vector<std::vector<double>> with = rows;
            with.emplace_back(unknowns.size(), 0.0);
            with.back()[j] = 1.0;
            if (rank(with) == base)
                out.push_back(unknowns[j]);
        }
        return out;
    }

    /** The smallest union of withheld parts under a shown total among the sums, or infinity. */
    double smallestWithheldUnion() const
    {
        double smallest = INFINITY;
        for (const std::vector<double>& e : m_equations) {
            double total = 0.0;
            int parts = 0;
            bool totalShown = false;
            for (size_t v = 0; v < e.size(); ++v) {
                if (e[v] < 0)
                    totalShown = !m_withheld[v];
                else if (e[v] > 0 && m_withheld[v]) {
                    total += m_value[v];
                    ++parts;
                }
            }
            if (totalShown && parts >= 2)
                smallest = std::min(smallest, total);
        }
        return smallest;
    }

private:
    size_t cell(size_t r, size_t c) const { return r * m_C + c; }
    size_t rowTotal(size_t r) const { return m_R * m_C + r; }
    size_t columnTotal(size_t c) const { return m_R * m_C + m_R + c; }
    size_t areaCell(size_t a, size_t c) const { return m_R * m_C + m_R + m_C + a * m_C + c; }
    size_t areaTotal(size_t a) const { return m_R * m_C + m_R + m_C + m_A * m_C + a; }
    size_t grand() const { return m_R * m_C + m_R + m_C + m_A * m_C + m_A; }

    void sum(const std::vector<size_t>& parts, size_t total)
    {
        std::vector<double> e(grand() + 1, 0.0);
        for (size_t v : parts)
            e[v] = 1.0;
        e[total] = -1.0;
        m_equations.push_back(e);
    }

    static int rank(std::vector<std::vector<double>> m)
    {
        int r = 0;
        const size_t columns = m.empty() ? 0 : m[0].size();
        for (size_t c = 0; c < columns && r < static_cast<int>(m.size()); ++c) {
            size_t pivot = static_cast<size_t>(r);
            for (size_t i = static_cast<size_t>(r); i < m.size(); ++i)
                if (std::abs(m[i][c]) > std::abs(m[pivot][c]))
                    pivot = i;
            if (std::abs(m[pivot][c]) < 1e-9)
                continue;
            std::swap(m[pivot], m[static_cast<size_t>(r)]);
            for (size_t i = 0; i < m.size(); ++i) {
                if (i == static_cast<size_t>(r))
                    continue;
                const double f = m[i][c] / m[static_cast<size_t>(r)][c];
                for (size_t k = c; k < columns; ++k)
                    m[i][k] -= f * m[static_cast<size_t>(r)][k];
            }
            ++r;
        }
        return r;
    }

    size_t m_R, m_C, m_A = 0;
    std::vector<bool> m_withheld;
    std::vector<double> m_value;
    std::vector<std::vector<double>> m_equations;
};

} // namespace

/** The leaks secondary suppression closes beyond "no line with one withheld entry". */
class TstSecondarySuppression : public QObject
{
    Q_OBJECT
private slots:
    // 1 and 2 protect each other in their row, but the row total minus 40 gives away "3 together".
    void smallUnionUnderAShownTotal()
    {
        const std::vector<double> counts{1, 2, 40, 30, 12, 9, 25, 20, 44};
        const SuppressionPattern p = suppressor().apply(counts, 3, 3);
        QCOMPARE(p.cell(0, 0), CellPrivacy::Primary);
        QCOMPARE(p.cell(0, 1), CellPrivacy::Primary);
        QVERIFY(p.isSuppressed(0, 2) || p.rowTotalSuppressed(0));
        const Reader reader(counts, 3, 3, PublicationLayout{}, p);
        QVERIFY(reader.recovered().empty());
        QVERIFY(reader.smallestWithheldUnion() >= 5.0);
    }

    // Two cycles of withheld cells joined by one: every line has two or more withheld entries, yet the
    // joining cell is fixed (rows 0-1 minus columns 0-1 give it). It gets a cycle of its own.
    void bridgeBetweenTwoCycles()
    {
        const std::vector<double> counts{3,  4,  20, 20, 30, //
                                         4,  3,  3,  20, 30, //
                                         20, 20, 3,  4,  30, //
                                         20, 20, 4,  3,  30, //
                                         30, 30, 30, 30, 30};
        const SuppressionPattern p = suppressor().apply(counts, 5, 5);
        QCOMPARE(p.count(CellPrivacy::Primary), 9);
        QVERIFY(p.count(CellPrivacy::Secondary) >= 1);
        QVERIFY(Reader(counts, 5, 5, PublicationLayout{}, p).recovered().empty());
    }

    // Shares of a withheld total tell it: with sharesOfTotals the row goes as a whole.
    void sharesOfAWithheldTotal()
    {
        const std::vector<double> counts{3, 0, 30, 41, 25, 30, 50, 60};
        PublicationLayout layout;
        layout.columnTotalsKnown = true;
        layout.sharesOfTotals = true;
        const SuppressionPattern p = suppressor().apply(counts, 4, 2, layout);
        QVERIFY(p.rowTotalSuppressed(0));
        QCOMPARE(p.cell(0, 1), CellPrivacy::Shown); // zero identifies nobody
        int withheldTotals = 0;
        for (qsizetype r = 0; r < 4; ++r) {
            if (!p.rowTotalSuppressed(r))
                continue;
            ++withheldTotals;
            for (qsizetype c = 0; c < 2; ++c)
                QVERIFY(counts[static_cast<size_t>(r * 2 + c)] == 0.0 || p.isSuppressed(r, c));
        }
        QVERIFY(withheldTotals >= 2); // the grand total minus the other units
        for (CellPrivacy s : p.columnTotals)
            QCOMPARE(s, CellPrivacy::Shown); // known anyway: never counted as protection
        QVERIFY(Reader(counts, 4, 2, layout, p).recovered().empty());
    }

    // An area's published mix gives a unit's cell away unless the area level is protected as well.
    void areasArePublishedToo()
    {
        //           A   B    area
        //  u0       2  30    0      the 2 is primary, and so is area 0's count of A
        //  u1      30  40    1
        //  u2      25  35    1
        //  u3      40  20    1
        const std::vector<double> counts{2, 30, 30, 40, 25, 35, 40, 20};
        PublicationLayout layout;
        layout.columnTotalsKnown = true;
        layout.sharesOfTotals = true;
        layout.areaOfRow = {0, 1, 1, 1};
        const SuppressionPattern p = suppressor().apply(counts, 4, 2, layout);
        QCOMPARE(p.areas, 2);
        QCOMPARE(p.areaCells.size(), size_t(4));
        QCOMPARE(p.cell(0, 0), CellPrivacy::Primary);
        QCOMPARE(p.areaCells[0], CellPrivacy::Primary); // area 0 is u0 alone: its count of A is the 2
        QVERIFY(Reader(counts, 4, 2, layout, p).recovered().empty());
        // The same table without its areas needs no area protection, and the reader without them recovers nothing.
        PublicationLayout flat = layout;
        flat.areaOfRow.clear();
        const SuppressionPattern q = suppressor().apply(counts, 4, 2, flat);
        QCOMPARE(q.areas, 0);
        QVERIFY(Reader(counts, 4, 2, flat, q).recovered().empty());
    }

    // Property: on random tables, in every layout, no withheld count can be recovered from the shown ones,
    // no small union sits under a shown total, and every small count is withheld. Every withheld count is
    // at least 1 and lies on a cycle of withheld counts, so it can move by a whole child either way: the
    // counts are not recovered as whole numbers either.
    void randomTablesGiveNothingAway()
    {
        QRandomGenerator rng(7);
        for (int t = 0; t < 1000; ++t) {
            const int rows = 2 + static_cast<int>(rng.bounded(6)), cols = 2 + static_cast<int>(rng.bounded(3));
            std::vector<double> counts;
            for (int i = 0; i < rows * cols; ++i)
                counts.push_back(rng.bounded(100) < 25 ? rng.bounded(5) : 5 + rng.bounded(60));
            PublicationLayout layout;
            layout.columnTotalsKnown = t % 2 == 1;
            layout.sharesOfTotals = t % 3 != 0;
            if (t % 4 >= 2)
                for (int r = 0; r < rows; ++r)
                    layout.areaOfRow.push_back(r % 2);
            // A total the reader knows (the grand total; the group totals when known) that is itself small is
            // given away by the table whatever is withheld.
            bool smallKnownTotal = std::accumulate(counts.begin(), counts.end(), 0.0) < 5;
            for (int c = 0; c < cols && layout.columnTotalsKnown; ++c) {
                double x = 0;
                for (int r = 0; r < rows; ++r)
                    x += counts[static_cast<size_t>(r * cols + c)];
                smallKnownTotal = smallKnownTotal || (x > 0 && x < 5);
            }
            if (smallKnownTotal)
                continue;
            const SuppressionPattern p = suppressor().apply(counts, rows, cols, layout);
            const Reader reader(counts, rows, cols, layout, p);
            QVERIFY2(reader.recovered().empty(), qPrintable(QStringLiteral("table %1").arg(t)));
            QVERIFY2(reader.smallestWithheldUnion() >= 5.0, qPrintable(QStringLiteral("table %1").arg(t)));
            for (int i = 0; i < rows * cols; ++i)
                if (counts[static_cast<size_t>(i)] > 0 && counts[static_cast<size_t>(i)] < 5)
                    QCOMPARE(p.cells[static_cast<size_t>(i)], CellPrivacy::Primary);
            for (int r = 0; r < rows && layout.sharesOfTotals; ++r)
                if (p.rowTotalSuppressed(r))
                    for (int c = 0; c < cols; ++c)
                        QVERIFY(counts[static_cast<size_t>(r * cols + c)] == 0.0 || p.isSuppressed(r, c));
        }
    }
};

QTEST_GUILESS_MAIN(TstSecondarySuppression)
#include "tst_secondarysuppression.moc"
