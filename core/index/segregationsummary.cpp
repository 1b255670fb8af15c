// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/segregationsummary.h"

#include "index/indexinput.h"
#include "index/indexkernel_p.h"

namespace Mk {

namespace {

double twoGroupValue(const TwoGroupIndices& t, IndexId id)
{
    switch (id) {
    case IndexId::Dissimilarity: return t.dissimilarity;
    case IndexId::Gini: return t.gini;
    case IndexId::TheilH: return t.theilH;
    case IndexId::Isolation: return t.isolation;
    case IndexId::Exposure: return t.exposure;
    case IndexId::CorrelationRatio: return t.correlationRatio;
    case IndexId::Atkinson01: return t.atkinson01;
    case IndexId::Atkinson05: return t.atkinson05;
    case IndexId::Atkinson09: return t.atkinson09;
    default: break; // a multigroup id: the caller filters by scope
    }
    Q_UNREACHABLE();
    return 0.0;
}

double multigroupValue(const MultigroupIndices& m, IndexId id)
{
    switch (id) {
    case IndexId::MultigroupDissimilarity: return m.dissimilarity;
    case IndexId::MultigroupTheilH: return m.theilH;
    case IndexId::MutualInformation: return m.mutualInformation;
    case IndexId::NormalizedExposure: return m.normalizedExposure;
    case IndexId::OrdinalVariation: return m.ordinalVariation;
    default: break; // a two-group id
    }
    Q_UNREACHABLE();
    return 0.0;
}

/** Whether a table with (un)ordered groups reports index `d` of `scope`. */
bool reports(const IndexDefinition& d, IndexScope scope, bool ordered)
{
    return d.scope == scope && (ordered || !d.orderedGroupsOnly);
}

} // namespace

SegregationSummary SegregationSummary::compute(const IndexInput& input)
{
    SegregationSummary s;
    s.groups = input.groups();
    s.ordered = input.isOrdered();
    detail::IndexKernel().compute(detail::CountView::of(input), s);
    return s;
}

QList<SegregationSummary::Key> SegregationSummary::keys(const QStringList& groups, bool ordered)
{
    QList<Key> out;
    const auto append = [&](const QString& group, IndexScope scope) {
        for (const IndexDefinition& d : IndexCatalogue::all())
            if (reports(d, scope, ordered))
                out.append(Key{group, QLatin1String(d.key), d.lowerIsMoreSegregated, d.id});
    };
    for (const QString& g : groups)
        append(g, IndexScope::TwoGroup);
    append(QString(), IndexScope::Multigroup);
    return out;
}

std::vector<double> SegregationSummary::values() const
{
    const std::span<const IndexDefinition> all = IndexCatalogue::all();
    std::vector<double> v;
    v.reserve((twoGroup.size() + 1) * all.size());
    for (const TwoGroupIndices& t : twoGroup)
        for (const IndexDefinition& d : all)
            if (reports(d, IndexScope::TwoGroup, ordered))
                v.push_back(twoGroupValue(t, d.id));
    for (const IndexDefinition& d : all)
        if (reports(d, IndexScope::Multigroup, ordered))
            v.push_back(multigroupValue(multigroup, d.id));
    return v;
}

} // namespace Mk
