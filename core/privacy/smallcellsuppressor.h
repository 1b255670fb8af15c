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

/** The cells (rows x columns, row-major) and totals of one table that must not be shown. */
struct SuppressionPattern {
    qsizetype rows = 0;
    qsizetype columns = 0;
    std::vector<CellPrivacy> cells;        ///< row-major
    std::vector<CellPrivacy> rowTotals;    ///< one per row (Shown when row totals are not published)
    std::vector<CellPrivacy> columnTotals; ///< one per column

    CellPrivacy cell(qsizetype row, qsizetype column) const { return cells[static_cast<size_t>(row * columns + column)]; }
    bool isSuppressed(qsizetype row, qsizetype column) const { return cell(row, column) != CellPrivacy::Shown; }
    /** True when any cell of the row is withheld. */
    bool rowHasSuppressed(qsizetype row) const;
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
 * The suppressed set only grows, so the iteration ends; afterwards no line has exactly one withheld entry.
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

private:
    explicit SmallCellSuppressor(double threshold) : m_threshold(threshold) {}

    double m_threshold;
};

} // namespace Mk
