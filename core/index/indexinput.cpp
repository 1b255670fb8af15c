// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexinput.h"

#include "io/csvtable.h"
#include "model/grouptable.h"

#include <QFileInfo>
#include <QHash>

#include <cmath>

namespace Mk {

Result<IndexInput> IndexInput::create(const QStringList& unitIds, const QStringList& groups, const std::vector<double>& counts)
{
    const auto nGroups = static_cast<size_t>(groups.size());
    if (groups.size() < 2)
        return fail(ErrorCode::InvalidArgument, tr("Segregation needs at least two groups, but %n group column(s) were given. Name two or more groups.", nullptr, static_cast<int>(groups.size())));
    if (counts.size() != static_cast<size_t>(unitIds.size()) * nGroups)
        return fail(ErrorCode::Internal, tr("The table has %1 cells, but %2 units x %3 groups were expected.")
                                             .arg(counts.size()).arg(unitIds.size()).arg(groups.size()));
    IndexInput input;
    input.m_groups = groups;
    for (qsizetype u = 0; u < unitIds.size(); ++u) {
        double rowTotal = 0.0;
        for (size_t k = 0; k < nGroups; ++k) {
            const double v = counts[static_cast<size_t>(u) * nGroups + k];
            if (std::isnan(v) || std::isinf(v))
                return fail(ErrorCode::InvalidValue,
                            tr("Unit \"%1\", column \"%2\": the count is not a number. Fill in a count of 0 or more.")
                                .arg(unitIds[u], groups[static_cast<qsizetype>(k)]));
            if (v < 0)
                return fail(ErrorCode::InvalidValue,
                            tr("Unit \"%1\", column \"%2\": the count %3 is negative. Counts must be 0 or more; correct the input.")
                                .arg(unitIds[u], groups[static_cast<qsizetype>(k)])
                                .arg(v));
            rowTotal += v;
        }
        if (rowTotal <= 0) {
            input.m_skippedUnitIds.append(unitIds[u]);
            input.m_diagnostics.warning(
                tr("Unit \"%1\" has no members in any of the groups and is left out of the indices.").arg(unitIds[u]), unitIds[u]);
            continue;
        }
        input.m_unitIds.append(unitIds[u]);
        input.m_counts.insert(input.m_counts.end(), counts.begin() + static_cast<std::ptrdiff_t>(static_cast<size_t>(u) * nGroups),
                              counts.begin() + static_cast<std::ptrdiff_t>(static_cast<size_t>(u + 1) * nGroups));
    }
    if (input.m_unitIds.isEmpty())
        return fail(ErrorCode::EmptyInput, tr("No unit has a count above 0 in the chosen groups; check the group columns."));
    input.computeTotals();
    // A group nobody belongs to is left out (as other implementations do) rather than refusing every index.
    QList<qsizetype> kept;
    QStringList empty;
    for (size_t k = 0; k < nGroups; ++k) {
        if (input.m_groupTotals[k] > 0) {
            kept.append(static_cast<qsizetype>(k));
            continue;
        }
        empty.append(groups[static_cast<qsizetype>(k)]);
        input.m_diagnostics.warning(tr("Group \"%1\" has no members in any unit and is left out of the indices. If it should have "
                                       "members, check this column of the input.")
                                        .arg(groups[static_cast<qsizetype>(k)]));
    }
    if (kept.size() < 2)
        return fail(ErrorCode::InvalidValue, tr("Only %n group(s) have members in any unit, and segregation needs two; no members: %1. "
                                                "Check the group columns of the input.", nullptr, static_cast<int>(kept.size()))
                                                 .arg(empty.join(QStringLiteral(", "))));
    if (kept.size() < groups.size()) {
        const std::vector<double> all = std::move(input.m_counts);
        input.m_counts.clear();
        input.m_groups.clear();
        for (qsizetype k : kept)
            input.m_groups.append(groups[k]);
        for (qsizetype u = 0; u < input.m_unitIds.size(); ++u)
            for (qsizetype k : kept)
                input.m_counts.push_back(all[static_cast<size_t>(u) * nGroups + static_cast<size_t>(k)]);
        input.computeTotals();
    }
    return input;
}

Result<IndexInput> IndexInput::fromCsvTable(const CsvTable& table, const QString& idColumn, const QStringList& groupColumns)
{
    const QString file = QFileInfo(table.path()).fileName();
    const auto missing = [&](const QString& column) {
        return fail(ErrorCode::FieldMissing, tr("%1 has no column \"%2\". Its columns are: %3.").arg(file, column, table.headers().join(QStringLiteral(", "))));
    };
    const qsizetype idCol = table.columnIndex(idColumn);
    if (idCol < 0)
        return missing(idColumn);
    QList<qsizetype> groupCols;
    for (const QString& g : groupColumns) {
        const qsizetype c = table.columnIndex(g);
        if (c < 0)
            return missing(g);
        groupCols.append(c);
    }
    GroupTable groups;
    groups.groups = groupColumns;
    QHash<QString, qsizetype> lineOfId;
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        const QString& id = table.text(r, idCol);
        if (id.isEmpty())
            return fail(ErrorCode::InvalidValue, tr("%1, line %2: the id column \"%3\" is empty. Give every unit an id.").arg(file).arg(table.lineNumber(r)).arg(idColumn));
        if (lineOfId.contains(id))
            return fail(ErrorCode::DuplicateId, tr("%1, lines %2 and %3: the id \"%4\" occurs twice. Ids must be unique.")
                                                    .arg(file).arg(lineOfId.value(id)).arg(table.lineNumber(r)).arg(id));
        lineOfId.insert(id, table.lineNumber(r));
        groups.unitIds.append(id);
        for (qsizetype c : groupCols) {
            const Result<AttributeValue> v = table.value(r, c);
            if (!v)
                return v.error();
            groups.cells.push_back(*v);
        }
    }
    return fromGroupTable(groups);
}

Result<IndexInput> IndexInput::fromGroupTable(const GroupTable& table)
{
    Diagnostics readAsZero;
    for (qsizetype u = 0; u < table.unitCount(); ++u)
        for (qsizetype k = 0; k < table.groupCount(); ++k)
            if (!table.cell(u, k).hasValue())
                readAsZero.warning(tr("Unit \"%1\", column \"%2\": the count is %3 and is taken as 0.")
                                       .arg(table.unitIds[u], table.groups[k],
                                            table.cell(u, k).isSuppressed() ? tr("suppressed") : tr("missing")),
                                   table.unitIds[u]);
    auto input = create(table.unitIds, table.groups, table.countsOrZero());
    if (input) {
        input->m_ordered = table.ordered;
        input->m_diagnostics.append(readAsZero);
    }
    return input;
}

IndexInput IndexInput::fromTrustedCounts(QStringList unitIds, QStringList groups, std::vector<double> counts)
{
    IndexInput input;
    input.m_unitIds = std::move(unitIds);
    input.m_groups = std::move(groups);
    input.m_counts = std::move(counts);
    input.computeTotals();
    return input;
}

Result<IndexInput> IndexInput::withGroups(const QList<qsizetype>& groupIndexes) const
{
    QStringList names;
    for (qsizetype k : groupIndexes) {
        if (k < 0 || k >= m_groups.size())
            return fail(ErrorCode::InvalidArgument, tr("The tables do not have the same groups (%1); compare tables of the same groups.")
                                                        .arg(m_groups.join(QStringLiteral(", "))));
        names.append(m_groups[k]);
    }
    std::vector<double> counts;
    counts.reserve(static_cast<size_t>(unitCount() * groupIndexes.size()));
    for (qsizetype u = 0; u < unitCount(); ++u)
        for (qsizetype k : groupIndexes)
            counts.push_back(count(u, k));
    auto input = create(m_unitIds, names, counts);
    if (input) {
        input->m_ordered = m_ordered;
        Diagnostics all = m_diagnostics;
        all.append(input->m_diagnostics);
        input->m_diagnostics = all;
        input->m_skippedUnitIds = m_skippedUnitIds + input->m_skippedUnitIds;
    }
    return input;
}

void IndexInput::computeTotals()
{
    const auto nGroups = static_cast<size_t>(m_groups.size());
    const auto nUnits = static_cast<size_t>(m_unitIds.size());
    m_unitTotals.assign(nUnits, 0.0);
    m_groupTotals.assign(nGroups, 0.0);
    for (size_t u = 0; u < nUnits; ++u) {
        double rowTotal = 0.0;
        for (size_t k = 0; k < nGroups; ++k) {
            const double v = m_counts[u * nGroups + k];
            rowTotal += v;
            m_groupTotals[k] += v;
        }
        m_unitTotals[u] = rowTotal;
    }
    m_total = 0.0;
    for (double g : m_groupTotals)
        m_total += g;
}

} // namespace Mk
