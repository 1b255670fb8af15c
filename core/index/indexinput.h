// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace Mk {

class CsvTable;
struct GroupTable;

/**
 * A validated units x groups table of counts, the input of every segregation index.
 *
 * Counts are row-major (`count(unit, group)`), may be fractional, and are finite and >= 0.
 * Units whose total is 0 carry no information for any index; create() leaves them out and
 * names them in skippedUnitIds() and diagnostics(); groups whose total is 0 are left out the same way. Every group has a
 * positive total. Notation used in the
 * index headers: t_ik = count(i, k), t_i = unitTotal(i), T = total(), P_k = groupShare(k),
 * p_ik = t_ik / t_i.
 */
class IndexInput
{
    Q_DECLARE_TR_FUNCTIONS(Mk::IndexInput)

public:
    IndexInput() = default;

    /**
     * Validates `counts` (unitIds.size() x groups.size(), row-major). Fails on a size mismatch,
     * a negative or NaN/infinite count (naming unit and column), or fewer than two groups with members.
     * Units with total 0 are skipped and groups with total 0 left out (groups() then lists fewer), both reported.
     */
    static Result<IndexInput> create(const QStringList& unitIds, const QStringList& groups, const std::vector<double>& counts);
    /**
     * Reads unit ids from column `idColumn` and counts from `groupColumns` of a CSV table, then as
     * fromGroupTable() (CBS sentinels, DUO "<5" and empty cells count as 0, with a warning). Errors name
     * the file, the line and the column: a missing column, a non-numeric cell, an empty or duplicate id.
     */
    static Result<IndexInput> fromCsvTable(const CsvTable& table, const QString& idColumn, const QStringList& groupColumns);
    /** The same from a model table; missing and suppressed cells count as 0 and are reported. */
    static Result<IndexInput> fromGroupTable(const GroupTable& table);

    /**
     * Builds an input without validation, for simulated tables (bootstrap, random allocation)
     * whose cells are known to be valid; units with total 0 are kept with weight 0 and every
     * index ignores them. A group total of 0 makes that group's two-group indices NaN instead of failing.
     */
    static IndexInput fromTrustedCounts(QStringList unitIds, QStringList groups, std::vector<double> counts);

    /** The same units restricted to some groups (in the order given), e.g. for multigroup over a subset. */
    Result<IndexInput> withGroups(const QList<qsizetype>& groupIndexes) const;

    qsizetype unitCount() const { return m_unitIds.size(); }
    qsizetype groupCount() const { return m_groups.size(); }
    const QStringList& unitIds() const { return m_unitIds; }
    const QStringList& groups() const { return m_groups; }
    const std::vector<double>& counts() const { return m_counts; }
    double count(qsizetype unit, qsizetype group) const { return m_counts[static_cast<size_t>(unit * m_groups.size() + group)]; }
    const double* row(qsizetype unit) const { return m_counts.data() + unit * m_groups.size(); }
    double unitTotal(qsizetype unit) const { return m_unitTotals[static_cast<size_t>(unit)]; }
    const std::vector<double>& unitTotals() const { return m_unitTotals; }
    double groupTotal(qsizetype group) const { return m_groupTotals[static_cast<size_t>(group)]; }
    const std::vector<double>& groupTotals() const { return m_groupTotals; }
    double total() const { return m_total; }
    double groupShare(qsizetype group) const { return m_total > 0 ? groupTotal(group) / m_total : 0.0; }

    /** Groups are ordinal tiers (income, SES), lowest first: enables the ordinal index. */
    bool isOrdered() const { return m_ordered; }
    void setOrdered(bool ordered) { m_ordered = ordered; }

    /** Ids of units left out because their total was 0. */
    const QStringList& skippedUnitIds() const { return m_skippedUnitIds; }
    /** One warning per skipped unit (and per missing/suppressed cell read as 0). */
    const Diagnostics& diagnostics() const { return m_diagnostics; }

private:
    void computeTotals();

    QStringList m_unitIds;
    QStringList m_groups;
    std::vector<double> m_counts;
    std::vector<double> m_unitTotals;
    std::vector<double> m_groupTotals;
    double m_total = 0.0;
    bool m_ordered = false;
    QStringList m_skippedUnitIds;
    Diagnostics m_diagnostics;
};

} // namespace Mk
