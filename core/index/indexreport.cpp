// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexreport.h"

#include "index/indexinput.h"

#include <QHash>

namespace Mk {

Result<IndexReport> IndexReport::compute(const IndexInput& input, const QStringList& areaOfUnit, const IndexInput* compareTo,
                                         const Options& options)
{
    IndexReport r;
    r.options = options;
    r.summary = SegregationSummary::compute(input);
    r.local = LocalIndices::compute(input);
    const auto suppressor = SmallCellSuppressor::create(options.privacyThreshold);
    if (!suppressor)
        return suppressor.error();
    PublicationLayout layout;
    layout.columnTotalsKnown = true;
    layout.sharesOfTotals = true;
    if (!areaOfUnit.isEmpty()) {
        auto d = EntropyDecomposition::compute(input, areaOfUnit);
        if (!d)
            return d.error();
        r.decomposition = std::move(*d);
        QHash<QString, qsizetype> indexOfArea;
        for (qsizetype a = 0; a < r.decomposition->areas.size(); ++a)
            indexOfArea.insert(r.decomposition->areas[a].id, a);
        for (const QString& area : areaOfUnit)
            r.areaOfUnit.push_back(indexOfArea.value(area));
        layout.areaOfRow = r.areaOfUnit;
    }
    r.privacy = suppressor->apply(input.counts(), input.unitCount(), input.groupCount(), layout);
    if (options.withInference) {
        auto inference = InferenceReport::compute(input, options.inference);
        if (!inference)
            return inference.error();
        r.inference = std::move(*inference);
    }
    if (compareTo) {
        InferenceReport::Options changeOptions = options.inference;
        changeOptions.replicates = options.withInference ? options.inference.replicates : 0;
        auto change = IndexChange::compute(input, *compareTo, changeOptions);
        if (!change)
            return change.error();
        r.change = std::move(*change);
    }
    return r;
}

bool IndexReport::unitIndicesWithheld(qsizetype unit) const
{
    return privacy.rowHasSuppressed(unit) || privacy.rowTotalSuppressed(unit);
}

bool IndexReport::areaMixWithheld(qsizetype area) const
{
    return privacy.areaHasSuppressed(area) || privacy.areaTotalSuppressed(area);
}

} // namespace Mk
