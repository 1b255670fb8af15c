// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/segregationsummary.h"

#include "index/indexinput.h"

namespace Mk {

namespace {

// JSON keys of the CLI contract (issue 3); machine names, never translated.
const char* const kTwoGroupNames[] = {"dissimilarity", "gini", "theil_h", "isolation", "exposure",
                                      "correlation_ratio", "atkinson_0.1", "atkinson_0.5", "atkinson_0.9"};
const char* const kMultigroupNames[] = {"dissimilarity", "theil_h", "mutual_information", "normalized_exposure"};
const char* const kOrdinalName = "ordinal_variation";

} // namespace

SegregationSummary SegregationSummary::compute(const IndexInput& input)
{
    SegregationSummary s;
    s.groups = input.groups();
    s.ordered = input.isOrdered();
    s.twoGroup.reserve(static_cast<size_t>(input.groupCount()));
    for (qsizetype k = 0; k < input.groupCount(); ++k)
        s.twoGroup.push_back(TwoGroupIndices::compute(input, k));
    s.multigroup = MultigroupIndices::compute(input);
    return s;
}

QList<SegregationSummary::Key> SegregationSummary::keys(const QStringList& groups, bool ordered)
{
    QList<Key> out;
    for (const QString& g : groups)
        for (const char* name : kTwoGroupNames)
            out.append(Key{g, QLatin1String(name), qstrcmp(name, "exposure") == 0});
    for (const char* name : kMultigroupNames)
        out.append(Key{QString(), QLatin1String(name), false});
    if (ordered)
        out.append(Key{QString(), QLatin1String(kOrdinalName), false});
    return out;
}

std::vector<double> SegregationSummary::values() const
{
    std::vector<double> v;
    v.reserve(twoGroup.size() * std::size(kTwoGroupNames) + std::size(kMultigroupNames) + 1);
    for (const TwoGroupIndices& t : twoGroup)
        v.insert(v.end(), {t.dissimilarity, t.gini, t.theilH, t.isolation, t.exposure, t.correlationRatio, t.atkinson01,
                           t.atkinson05, t.atkinson09});
    v.insert(v.end(), {multigroup.dissimilarity, multigroup.theilH, multigroup.mutualInformation, multigroup.normalizedExposure});
    if (ordered)
        v.push_back(multigroup.ordinalVariation);
    return v;
}

} // namespace Mk
