// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/attributevalue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <vector>

namespace Mk {

/** Why a cell of a published table is shown or withheld. */
enum class CellPrivacy : quint8 {
    Shown,
    Primary,   ///< rests on 1 to threshold-1 people (or was already suppressed at the source, e.g. DUO "<5")
    Secondary, ///< withheld so that a primary cell cannot be computed back from a total minus the other cells
};

/** Which totals a published table shows (or lets a reader derive), so that secondary suppression covers them. */
enum class PublishedTotals { Rows, Columns, RowsAndColumns };

/** What else a reader of a published table knows or can work out, so that suppression covers that too. */
struct PublicationLayout {
    PublishedTotals totals = PublishedTotals::RowsAndColumns;
    /**
     * The column totals are given away by other figures (location quotients give P_k, global indices too):
     * they are never withheld, protect nothing, and a withheld cell must be safe against them.
     */
    bool columnTotalsKnown = false;
    /**
     * The cells are printed as shares of their row total (and area cells as shares of the area total). Counts
     * are whole numbers, so the shares of a withheld total still tell it (a multiple of every share's
     * denominator): a withheld total withholds every non-zero share of it.
     */
    bool sharesOfTotals = false;
    /**
     * When the rows are summed into areas whose totals and per-column counts are published as well (the areas
     * of a decomposition): the area (0 .. n-1) of every row. Empty: no areas. Needs RowsAndColumns.
     */
    std::vector<qsizetype> areaOfRow;
};

/** The cells (rows x columns, row-major) and totals of one table that must not be shown. */
struct SuppressionPattern {
    qsizetype rows = 0;
    qsizetype columns = 0;
    std::vector<CellPrivacy> cells;        ///< row-major
    std::vector<CellPrivacy> rowTotals;    ///< one per row (Shown when row totals are not published)
    std::vector<CellPrivacy> columnTotals; ///< one per column
    qsizetype areas = 0;                   ///< with PublicationLayout::areaOfRow
    std::vector<CellPrivacy> areaCells;    ///< areas x columns, row-major: the column sums of each area's rows
    std::vector<CellPrivacy> areaTotals;   ///< one per area

    CellPrivacy cell(qsizetype row, qsizetype column) const { return cells[static_cast<size_t>(row * columns + column)]; }
    bool isSuppressed(qsizetype row, qsizetype column) const { return cell(row, column) != CellPrivacy::Shown; }
    /** True when any cell of the row is withheld. */
    bool rowHasSuppressed(qsizetype row) const;
    /** True when the row's total is withheld. */
    bool rowTotalSuppressed(qsizetype row) const { return rowTotals[static_cast<size_t>(row)] != CellPrivacy::Shown; }
    /** True when any area cell of the area is withheld. */
    bool areaHasSuppressed(qsizetype area) const;
    bool areaTotalSuppressed(qsizetype area) const { return areaTotals[static_cast<size_t>(area)] != CellPrivacy::Shown; }
    /** Cells and totals withheld for the reason given. */
    int count(CellPrivacy reason) const;
};

/**
 * Small-cell suppression for published tables (statistical disclosure control; Hundepool et al. 2012,
 * "Statistical Disclosure Control", Wiley, ch. 4 "Magnitude and frequency tables").
 *
 * Primary suppression: a count c with 0 < c < threshold (resting on 1 to threshold-1 children), or a
 * cell already suppressed by its source, is withheld; so is any share whose numerator is such a count.
 * Zero is shown: it identifies nobody.
 *
 * Secondary (complementary) suppression: with a published row or column total, a line with exactly one
 * withheld entry gives it away (total minus the shown cells). Each line is read with its total as one
 * more entry, the totals of the totals included (the grand total is taken as known); while some line
 * has exactly one withheld entry, its smallest non-zero shown entry is withheld too (ties: the first),
 * which is the usual greedy heuristic of the "hypercube"-free methods (Hundepool et al. 2012, 4.4).
 * Three more leaks are closed the same way, until none is left:
 * - a sum whose total is shown and whose withheld parts together are small: two cells of 1 and 2 under a
 *   shown total give away "3 together" (a union of cells is as sensitive as a cell, Hundepool et al. 2012,
 *   ch. 4). The sums that follow from the lines count too, such as a whole column under areas; a cell
 *   withheld at the source counts as at least 1;
 * - with PublicationLayout::sharesOfTotals, a withheld total withholds its non-zero shares;
 * - a withheld entry fixed by a combination of lines. The lines are the nodes of a graph and every
 *   withheld entry an edge between the two lines it is in (the table with its totals is a network:
 *   rows x columns, or rows x (area, column) with the area sums; Cox 1995, J. Amer. Statist. Assoc.
 *   90(432):1453-1462); the withheld values can change without changing a shown figure exactly along
 *   cycles of that graph, so an entry on no cycle (a bridge) is determined. A bridge is closed by
 *   withholding the cheapest path of shown entries (least children) that joins its two sides into a
 *   cycle; a zero only when nothing else can. On a cycle every count can move by a whole child, so no
 *   withheld whole count is known either.
 * The suppressed set only grows, so the iteration ends; afterwards no line has exactly one withheld entry
 * or a small union under a shown total, and no withheld entry is a bridge, unless nothing shown can close
 * it (a known total that is itself small: then the published table gives it away whatever is withheld).
 * A withheld count is printed as suppressedText() ("<5" with the real threshold), never as missing.
 */
class SmallCellSuppressor
{
    Q_DECLARE_TR_FUNCTIONS(Mk::SmallCellSuppressor)
public:
    static constexpr double kDefaultThreshold = 5.0;

    /** Fails for a threshold below 1: a threshold of 0 would silently publish every small count. */
    static Result<SmallCellSuppressor> create(double threshold = kDefaultThreshold);

    double threshold() const { return m_threshold; }
    /** True for 0 < count < threshold. */
    bool isSmall(double count) const { return count > 0.0 && count < m_threshold; }
    /** How a withheld figure is printed: "<5" (the threshold in `locale`). */
    QString suppressedText(const QLocale& locale = QLocale()) const;

    /** Suppression of a rows x columns table of counts (row-major); Missing cells count as 0 and stay as they are. */
    SuppressionPattern apply(const std::vector<AttributeValue>& cells, qsizetype rows, qsizetype columns,
                             PublishedTotals totals = PublishedTotals::RowsAndColumns) const;
    /** The same for plain counts. */
    SuppressionPattern apply(const std::vector<double>& counts, qsizetype rows, qsizetype columns,
                             PublishedTotals totals = PublishedTotals::RowsAndColumns) const;
    /** Suppression of a table published as `layout` says. */
    SuppressionPattern apply(const std::vector<AttributeValue>& cells, qsizetype rows, qsizetype columns,
                             const PublicationLayout& layout) const;
    SuppressionPattern apply(const std::vector<double>& counts, qsizetype rows, qsizetype columns, const PublicationLayout& layout) const;

private:
    explicit SmallCellSuppressor(double threshold) : m_threshold(threshold) {}

    double m_threshold;
};

} // namespace Mk
