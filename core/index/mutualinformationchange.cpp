// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/mutualinformationchange.h"

#include "base/jsonnumber.h"

#include "index/indexinput.h"
#include "index/multigroupindices.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace Mk {

namespace {

constexpr double kIpfTolerance = 1e-10;
constexpr int kIpfMaxIterations = 5000;

/** Row and column sums of a units x groups table as shares of its total. */
struct Margins {
    std::vector<double> units;
    std::vector<double> groups;
};

Margins marginsOf(const std::vector<double>& cells, size_t K)
{
    Margins m;
    const size_t n = cells.size() / K;
    m.units.assign(n, 0.0);
    m.groups.assign(K, 0.0);
    double total = 0.0;
    for (size_t i = 0; i < n; ++i)
        for (size_t k = 0; k < K; ++k) {
            m.units[i] += cells[i * K + k];
            m.groups[k] += cells[i * K + k];
            total += cells[i * K + k];
        }
    for (double& v : m.units)
        v /= total;
    for (double& v : m.groups)
        v /= total;
    return m;
}

/** Iterative proportional fitting of `seed` to the margins; returns false when it does not converge. */
bool fitToMargins(std::vector<double>& cells, size_t K, const Margins& target)
{
    const size_t n = target.units.size();
    std::vector<double> colSum(K);
    for (int iteration = 0; iteration < kIpfMaxIterations; ++iteration) {
        for (size_t i = 0; i < n; ++i) {
            double rowSum = 0.0;
            for (size_t k = 0; k < K; ++k)
                rowSum += cells[i * K + k];
            const double f = rowSum > 0 ? target.units[i] / rowSum : 0.0;
            for (size_t k = 0; k < K; ++k)
                cells[i * K + k] *= f;
        }
        std::fill(colSum.begin(), colSum.end(), 0.0);
        for (size_t i = 0; i < n; ++i)
            for (size_t k = 0; k < K; ++k)
                colSum[k] += cells[i * K + k];
        for (size_t i = 0; i < n; ++i)
            for (size_t k = 0; k < K; ++k)
                cells[i * K + k] *= colSum[k] > 0 ? target.groups[k] / colSum[k] : 0.0;
        // Columns fit exactly now; converged when the rows still fit as well.
        double worst = 0.0;
        for (size_t i = 0; i < n; ++i) {
            double rowSum = 0.0;
            for (size_t k = 0; k < K; ++k)
                rowSum += cells[i * K + k];
            worst = std::max(worst, std::abs(rowSum - target.units[i]));
        }
        if (worst < kIpfTolerance)
            return true;
    }
    return false;
}

double mutualInformation(const QStringList& groups, const std::vector<double>& cells)
{
    QStringList ids;
    for (size_t i = 0; i < cells.size() / static_cast<size_t>(groups.size()); ++i)
        ids.append(QString::number(i));
    return MultigroupIndices::mutualInformationOf(IndexInput::fromTrustedCounts(ids, groups, cells));
}

} // namespace

Result<MutualInformationChange> MutualInformationChange::compute(const IndexInput& before, const IndexInput& after)
{
    const QStringList groups = before.groups();
    const auto K = static_cast<size_t>(groups.size());
    QList<qsizetype> afterGroup;
    for (const QString& g : groups)
        afterGroup.append(after.groups().indexOf(g));
    if (afterGroup.contains(-1) || after.groupCount() != before.groupCount())
        return fail(ErrorCode::InvalidArgument, tr("Both tables need the same groups; the first has %1, the second %2.")
                                                    .arg(groups.join(QStringLiteral(", ")), after.groups().join(QStringLiteral(", "))));

    MutualInformationChange r;
    r.before = MultigroupIndices::mutualInformationOf(before);
    r.after = MultigroupIndices::mutualInformationOf(after);
    r.difference = r.after - r.before;

    QHash<QString, qsizetype> afterUnit;
    for (qsizetype i = 0; i < after.unitCount(); ++i)
        afterUnit.insert(after.unitIds()[i], i);
    std::vector<double> common1, common2;
    for (qsizetype i = 0; i < before.unitCount(); ++i) {
        const auto j = afterUnit.constFind(before.unitIds()[i]);
        if (j == afterUnit.constEnd())
            continue;
        ++r.commonUnits;
        for (size_t k = 0; k < K; ++k) {
            common1.push_back(before.count(i, static_cast<qsizetype>(k)));
            common2.push_back(after.count(j.value(), afterGroup[static_cast<qsizetype>(k)]));
        }
    }
    r.removedUnits = before.unitCount() - r.commonUnits;
    r.addedUnits = after.unitCount() - r.commonUnits;
    if (r.commonUnits == 0) {
        r.additions = r.after;
        r.removals = -r.before;
        return r;
    }
    const double common1M = mutualInformation(groups, common1);
    const double common2M = mutualInformation(groups, common2);
    r.additions = r.after - common2M;
    r.removals = common1M - r.before;

    // v(units from, groups from, structure from), 0 = table 1, 1 = table 2.
    const Margins m1 = marginsOf(common1, K), m2 = marginsOf(common2, K);
    std::array<double, 8> v{};
    for (int code = 0; code < 8; ++code) {
        const bool units2 = code & 1, groups2 = code & 2, structure2 = code & 4;
        if (code == 0 || code == 7) {
            v[static_cast<size_t>(code)] = code == 0 ? common1M : common2M;
            continue;
        }
        std::vector<double> cells = structure2 ? common2 : common1;
        const Margins target{units2 ? m2.units : m1.units, groups2 ? m2.groups : m1.groups};
        r.converged = fitToMargins(cells, K, target) && r.converged;
        v[static_cast<size_t>(code)] = mutualInformation(groups, cells);
    }
    const auto shapley = [&v](int bit) {
        const int others[2] = {bit == 1 ? 2 : 1, bit == 4 ? 2 : 4};
        const auto at = [&v](int code) { return v[static_cast<size_t>(code)]; };
        return (at(bit) - at(0)) / 3 + (at(bit | others[0]) - at(others[0])) / 6 + (at(bit | others[1]) - at(others[1])) / 6
               + (at(7) - at(others[0] | others[1])) / 3;
    };
    r.unitMarginal = shapley(1);
    r.groupMarginal = shapley(2);
    r.structural = shapley(4);
    return r;
}

QJsonObject MutualInformationChange::toJson() const
{
    return QJsonObject{{QStringLiteral("before"), jsonNumber(before)},
                       {QStringLiteral("after"), jsonNumber(after)},
                       {QStringLiteral("difference"), jsonNumber(difference)},
                       {QStringLiteral("additions"), jsonNumber(additions)},
                       {QStringLiteral("removals"), jsonNumber(removals)},
                       {QStringLiteral("group_marginal"), jsonNumber(groupMarginal)},
                       {QStringLiteral("unit_marginal"), jsonNumber(unitMarginal)},
                       {QStringLiteral("structural"), jsonNumber(structural)},
                       {QStringLiteral("common_units"), commonUnits},
                       {QStringLiteral("added_units"), addedUnits},
                       {QStringLiteral("removed_units"), removedUnits},
                       {QStringLiteral("converged"), converged}};
}

} // namespace Mk
