// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexaggregation_p.h"

#include <QHash>

#include <cmath>

namespace Mk::detail {

AreaTables splitByArea(const IndexInput& input, const QStringList& areaOfUnit, bool withParts)
{
    const qsizetype K = input.groupCount();
    QHash<QString, qsizetype> areaIndex;
    std::vector<qsizetype> areaOf(static_cast<size_t>(input.unitCount()));
    AreaTables r;
    for (qsizetype i = 0; i < input.unitCount(); ++i) {
        auto it = areaIndex.constFind(areaOfUnit[i]);
        if (it == areaIndex.constEnd()) {
            it = areaIndex.insert(areaOfUnit[i], r.areaIds.size());
            r.areaIds.append(areaOfUnit[i]);
        }
        areaOf[static_cast<size_t>(i)] = it.value();
    }
    const auto nAreas = static_cast<size_t>(r.areaIds.size());
    std::vector<double> sums(nAreas * static_cast<size_t>(K), 0.0);
    std::vector<QStringList> ids(withParts ? nAreas : 0);
    std::vector<std::vector<double>> cells(withParts ? nAreas : 0);
    for (qsizetype i = 0; i < input.unitCount(); ++i) {
        const auto c = static_cast<size_t>(areaOf[static_cast<size_t>(i)]);
        const double* row = input.row(i);
        for (qsizetype k = 0; k < K; ++k)
            sums[c * static_cast<size_t>(K) + static_cast<size_t>(k)] += row[k];
        if (withParts) {
            ids[c].append(input.unitIds()[i]);
            cells[c].insert(cells[c].end(), row, row + K);
        }
    }
    r.aggregate = IndexInput::fromTrustedCounts(r.areaIds, input.groups(), std::move(sums));
    for (size_t c = 0; c < cells.size(); ++c)
        r.perArea.push_back(IndexInput::fromTrustedCounts(ids[c], input.groups(), std::move(cells[c])));
    return r;
}

double groupEntropy(const IndexInput& input)
{
    double e = 0.0;
    for (qsizetype k = 0; k < input.groupCount(); ++k) {
        const double p = input.groupShare(k);
        if (p > 0)
            e -= p * std::log(p);
    }
    return e;
}

} // namespace Mk::detail
