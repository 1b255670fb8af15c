// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/smallcellsuppressor.h"

#include <algorithm>

namespace Mk {

namespace {

/** The table with its totals as one more row and column: entry (r, C) is row r's total, (R, C) the grand total. */
struct Augmented {
    qsizetype rows = 0;    ///< R + 1
    qsizetype columns = 0; ///< C + 1
    std::vector<double> value;
    std::vector<CellPrivacy> state;

    size_t at(qsizetype r, qsizetype c) const { return static_cast<size_t>(r * columns + c); }
};

/** One line of the augmented table: its entries (indices into Augmented), the grand total excluded from choice. */
struct Line {
    std::vector<size_t> entries;
};

} // namespace

bool SuppressionPattern::rowHasSuppressed(qsizetype row) const
{
    for (qsizetype c = 0; c < columns; ++c)
        if (isSuppressed(row, c))
            return true;
    return false;
}

int SuppressionPattern::count(CellPrivacy reason) const
{
    int n = 0;
    for (const auto* list : {&cells, &rowTotals, &columnTotals})
        n += static_cast<int>(std::count(list->begin(), list->end(), reason));
    return n;
}

Result<SmallCellSuppressor> SmallCellSuppressor::create(double threshold)
{
    if (!(threshold >= 1.0))
        return fail(ErrorCode::InvalidArgument,
                    tr("The privacy threshold must be at least 1 (it is the smallest number of children a published figure "
                       "may rest on), not %1.")
                        .arg(threshold));
    return SmallCellSuppressor(threshold);
}

QString SmallCellSuppressor::suppressedText(const QLocale& locale) const
{
    return QLatin1Char('<') + locale.toString(m_threshold, 'g', 6);
}

SuppressionPattern SmallCellSuppressor::apply(const std::vector<double>& counts, qsizetype rows, qsizetype columns,
                                              PublishedTotals totals) const
{
    std::vector<AttributeValue> cells;
    cells.reserve(counts.size());
    for (double v : counts)
        cells.push_back(AttributeValue::of(v));
    return apply(cells, rows, columns, totals);
}

SuppressionPattern SmallCellSuppressor::apply(const std::vector<AttributeValue>& cells, qsizetype rows, qsizetype columns,
                                              PublishedTotals totals) const
{
    Q_ASSERT(cells.size() == static_cast<size_t>(rows * columns));
    const bool rowTotals = totals != PublishedTotals::Columns;
    const bool columnTotals = totals != PublishedTotals::Rows;

    Augmented a;
    a.rows = rows + 1;
    a.columns = columns + 1;
    a.value.assign(static_cast<size_t>(a.rows * a.columns), 0.0);
    a.state.assign(a.value.size(), CellPrivacy::Shown);
    for (qsizetype r = 0; r < rows; ++r) {
        for (qsizetype c = 0; c < columns; ++c) {
            const AttributeValue& v = cells[static_cast<size_t>(r * columns + c)];
            const double x = v.valueOr(0.0);
            a.value[a.at(r, c)] = x;
            a.value[a.at(r, columns)] += x;
            a.value[a.at(rows, c)] += x;
            a.value[a.at(rows, columns)] += x;
            if (v.isSuppressed() || isSmall(x))
                a.state[a.at(r, c)] = CellPrivacy::Primary;
        }
    }
    // A published total resting on few children is itself small; the grand total is taken as known.
    for (qsizetype r = 0; rowTotals && r < rows; ++r)
        if (isSmall(a.value[a.at(r, columns)]))
            a.state[a.at(r, columns)] = CellPrivacy::Primary;
    for (qsizetype c = 0; columnTotals && c < columns; ++c)
        if (isSmall(a.value[a.at(rows, c)]))
            a.state[a.at(rows, c)] = CellPrivacy::Primary;

    std::vector<Line> lines;
    if (rowTotals) {
        for (qsizetype r = 0; r < rows; ++r) {
            Line line;
            for (qsizetype c = 0; c <= columns; ++c)
                line.entries.push_back(a.at(r, c));
            lines.push_back(std::move(line));
        }
        Line margin; // the row totals add up to the grand total
        for (qsizetype r = 0; r <= rows; ++r)
            margin.entries.push_back(a.at(r, columns));
        lines.push_back(std::move(margin));
    }
    if (columnTotals) {
        for (qsizetype c = 0; c < columns; ++c) {
            Line line;
            for (qsizetype r = 0; r <= rows; ++r)
                line.entries.push_back(a.at(r, c));
            lines.push_back(std::move(line));
        }
        Line margin;
        for (qsizetype c = 0; c <= columns; ++c)
            margin.entries.push_back(a.at(rows, c));
        lines.push_back(std::move(margin));
    }

    const size_t grand = a.at(rows, columns);
    for (bool changed = true; changed;) {
        changed = false;
        for (const Line& line : lines) {
            const auto withheld = std::count_if(line.entries.begin(), line.entries.end(),
                                                [&a](size_t e) { return a.state[e] != CellPrivacy::Shown; });
            if (withheld != 1)
                continue;
            size_t best = grand;
            for (size_t e : line.entries)
                if (e != grand && a.state[e] == CellPrivacy::Shown && a.value[e] > 0.0 && (best == grand || a.value[e] < a.value[best]))
                    best = e;
            if (best != grand) {
                a.state[best] = CellPrivacy::Secondary;
                changed = true;
            }
        }
    }

    SuppressionPattern p;
    p.rows = rows;
    p.columns = columns;
    p.cells.reserve(cells.size());
    for (qsizetype r = 0; r < rows; ++r)
        for (qsizetype c = 0; c < columns; ++c)
            p.cells.push_back(a.state[a.at(r, c)]);
    for (qsizetype r = 0; r < rows; ++r)
        p.rowTotals.push_back(rowTotals ? a.state[a.at(r, columns)] : CellPrivacy::Shown);
    for (qsizetype c = 0; c < columns; ++c)
        p.columnTotals.push_back(columnTotals ? a.state[a.at(rows, c)] : CellPrivacy::Shown);
    return p;
}

} // namespace Mk
