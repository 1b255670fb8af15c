// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/catchmentanalysis.h"

#include "base/feedback.h"
#include "catchment/areainterpolator.h"
#include "catchment/buffercatchmentbuilder.h"
#include "catchment/schoolcompositionestimator.h"
#include "catchment/voronoicatchmentbuilder.h"
#include "geo/geometry.h"
#include "model/dataset.h"

#include <QHash>
#include <QLocale>

namespace Mk {

namespace {

/** The area table of the chosen characteristic with the geometry of each of its rows. */
struct Sources {
    const GroupTable* table = nullptr;
    std::vector<std::shared_ptr<const Geometry>> geometries; ///< per table row
    std::vector<double> counts;                              ///< rows x groups, missing = 0
};

GroupTable tableLike(const GroupTable& like, const QStringList& units, const std::vector<double>& counts)
{
    GroupTable t;
    t.characteristic = like.characteristic;
    t.groups = like.groups;
    t.ordered = like.ordered;
    t.estimated = true;
    t.unitIds = units;
    t.cells.reserve(counts.size());
    for (double v : counts)
        t.cells.push_back(AttributeValue::of(v));
    return t;
}

Result<Sources> chooseSources(const Dataset& dataset, const QString& characteristic, Diagnostics& diagnostics)
{
    Sources out;
    for (const GroupTable& t : dataset.areaComposition)
        if (characteristic.isEmpty() || t.characteristic == characteristic) {
            out.table = &t;
            break;
        }
    if (!out.table)
        return fail(ErrorCode::NotFound,
                    characteristic.isEmpty()
                        ? CatchmentAnalysis::tr("No group counts per area are loaded, so catchment compositions cannot be "
                                                "computed. Map area columns to groups (for example migration background).")
                        : CatchmentAnalysis::tr("No group counts per area for \"%1\" are loaded. Choose one of the loaded "
                                                "characteristics or map the area columns to it.")
                              .arg(characteristic));
    if (out.table->groupCount() < 2)
        return fail(ErrorCode::InvalidArgument, CatchmentAnalysis::tr("The characteristic \"%1\" has fewer than two groups.")
                                                    .arg(out.table->characteristic));
    QHash<QString, const AreaUnit*> areaByCode;
    for (const AreaUnit& u : dataset.areas.units)
        areaByCode.insert(u.code, &u);
    out.counts = out.table->countsOrZero();
    for (qsizetype i = 0; i < out.table->unitCount(); ++i) {
        const AreaUnit* unit = areaByCode.value(out.table->unitIds[i]);
        if (!unit || !unit->geometry) {
            diagnostics.warning(CatchmentAnalysis::tr("Area %1 has group counts but no polygon; its children are left "
                                                      "out of the catchments.")
                                    .arg(out.table->unitIds[i]),
                                out.table->unitIds[i]);
            out.geometries.push_back(nullptr);
            continue;
        }
        out.geometries.push_back(unit->geometry);
        for (qsizetype k = 0; k < out.table->groupCount(); ++k)
            if (!out.table->cell(i, k).hasValue())
                diagnostics.warning(CatchmentAnalysis::tr("Area %1 (%2) has no count for group \"%3\"; it counts as 0 "
                                                          "in the catchments.")
                                        .arg(unit->code, unit->name, out.table->groups[k]),
                                    unit->code);
    }
    return out;
}

Result<std::vector<double>> interpolate(const AreaInterpolator& interpolator, const Sources& sources,
                                        const std::vector<const Geometry*>& targets, InterpolationMode mode,
                                        Feedback& feedback, Diagnostics& diagnostics, bool reportCoverage)
{
    auto weights = interpolator.weights(targets, mode, feedback);
    if (!weights)
        return weights.error();
    if (reportCoverage) {
        for (size_t s = 0; s < weights->sourceCoverage.size(); ++s) {
            const double coverage = weights->sourceCoverage[s];
            if (sources.geometries[s] && coverage < 0.99)
                diagnostics.warning(CatchmentAnalysis::tr("Only %1 of area %2 lies inside the catchments; the rest of "
                                                          "its children is spread over the overlapping parts.")
                                        .arg(QLocale().toString(100.0 * coverage, 'f', 1) + QLatin1Char('%'),
                                             sources.table->unitIds[static_cast<qsizetype>(s)]),
                                    sources.table->unitIds[static_cast<qsizetype>(s)]);
        }
    }
    return AreaInterpolator::apply(*weights, sources.counts, sources.table->groupCount());
}

std::vector<const Geometry*> rawTargets(const std::vector<std::shared_ptr<const Geometry>>& geometries)
{
    std::vector<const Geometry*> out;
    out.reserve(geometries.size());
    for (const auto& g : geometries)
        out.push_back(g.get());
    return out;
}

} // namespace

QString CatchmentResult::schoolCompositionDescription() const
{
    switch (schoolCompositionSource) {
    case SchoolCompositionSource::Observed:
        return CatchmentAnalysis::tr("observed school composition");
    case SchoolCompositionSource::PupilFlows:
        return CatchmentAnalysis::tr("estimate: pupils by home postcode x the children's mix of each postcode area");
    case SchoolCompositionSource::Catchments:
        return CatchmentAnalysis::tr("estimate: the children's mix of the school's nearest-school area");
    }
    return {};
}

Result<CatchmentResult> CatchmentAnalysis::run(const Dataset& dataset, const CatchmentOptions& options, Feedback& feedback)
{
    CatchmentResult result;
    result.options = options;
    Diagnostics& diag = result.diagnostics;

    auto sources = chooseSources(dataset, options.characteristic, diag);
    if (!sources)
        return sources.error();
    const GroupTable& areaTable = *sources->table;
    const qsizetype groups = areaTable.groupCount();

    Geometry ownBoundary;
    const Geometry* boundary = dataset.boundary.get();
    if (!boundary || boundary->isEmpty()) {
        std::vector<const Geometry*> parts = rawTargets(sources->geometries);
        ownBoundary = Geometry::unionOf(parts);
        boundary = &ownBoundary;
    }

    // Gemeente shares from all areas with group counts.
    std::vector<double> gemeente(static_cast<size_t>(groups), 0.0);
    for (size_t s = 0; s < sources->geometries.size(); ++s)
        for (qsizetype k = 0; k < groups; ++k)
            gemeente[static_cast<size_t>(k)] += sources->counts[s * static_cast<size_t>(groups) + static_cast<size_t>(k)];
    for (double v : gemeente)
        result.gemeenteChildren += v;
    if (!(result.gemeenteChildren > 0.0))
        return fail(ErrorCode::EmptyInput, tr("The areas hold no children in any group of \"%1\", so there is nothing "
                                              "to compare schools with.")
                                               .arg(areaTable.characteristic));
    for (double v : gemeente)
        result.gemeenteShares.push_back(v / result.gemeenteChildren);

    AreaInterpolator interpolator(sources->geometries);

    // Nearest-school areas are always needed: they are the residential counterfactual.
    auto voronoiBuilt = VoronoiCatchmentBuilder::build(dataset.schools, *boundary, feedback, diag);
    if (!voronoiBuilt)
        return voronoiBuilt.error();
    const VoronoiPartition* voronoi = &voronoiBuilt->partition;
    QList<qsizetype> placed;
    for (const Catchment& c : std::as_const(voronoiBuilt->catchments))
        placed.append(dataset.schoolIndex(c.schoolId));
    auto cellCounts = interpolate(interpolator, *sources, rawTargets(voronoi->cells), InterpolationMode::Partition,
                                  feedback, diag, true);
    if (!cellCounts)
        return cellCounts.error();

    const bool haveFlows = !dataset.pupilFlows.isEmpty();
    if (haveFlows)
        result.flows = ObservedCatchmentBuilder::flowTable(dataset.schools, dataset.pupilFlows);

    // Counterfactual: a shared cell's children are split over its schools by their pupil counts.
    {
        QStringList ids;
        std::vector<double> counts;
        std::vector<double> weightOfSchool(static_cast<size_t>(placed.size()), 0.0);
        std::vector<double> cellWeight(voronoi->cells.size(), 0.0);
        std::vector<int> cellSchools(voronoi->cells.size(), 0);
        for (qsizetype k = 0; k < placed.size(); ++k) {
            const auto pupils = SchoolCompositionEstimator::pupilCount(dataset.schools[placed[k]], haveFlows ? &result.flows : nullptr);
            weightOfSchool[static_cast<size_t>(k)] = pupils.value_or(0.0);
            const auto c = static_cast<size_t>(voronoi->cellOfSite[static_cast<size_t>(k)]);
            cellWeight[c] += weightOfSchool[static_cast<size_t>(k)];
            ++cellSchools[c];
        }
        for (qsizetype k = 0; k < placed.size(); ++k) {
            const auto c = static_cast<size_t>(voronoi->cellOfSite[static_cast<size_t>(k)]);
            const double share = cellWeight[c] > 0.0 ? weightOfSchool[static_cast<size_t>(k)] / cellWeight[c] : 1.0 / cellSchools[c];
            ids.append(dataset.schools[placed[k]].id);
            for (qsizetype g = 0; g < groups; ++g)
                counts.push_back(share * (*cellCounts)[c * static_cast<size_t>(groups) + static_cast<size_t>(g)]);
        }
        result.nearestSchoolComposition = tableLike(areaTable, ids, counts);
    }

    // Postcode areas and their children, for observed catchments and the flow-based estimate.
    GroupTable postcodeComposition;
    if (haveFlows) {
        PostcodeAreaSource source = options.postcodeAreas;
        if (source == PostcodeAreaSource::Automatic)
            source = PostcodeAreaBuilder::hasMostCommonPostcode(dataset.areas) ? PostcodeAreaSource::BuurtMostCommonPostcode
                                                                              : PostcodeAreaSource::CentroidVoronoi;
        auto areas = source == PostcodeAreaSource::BuurtMostCommonPostcode
                         ? PostcodeAreaBuilder::fromBuurten(dataset.areas, diag)
                         : PostcodeAreaBuilder::fromCentroids(dataset.postcodes, *boundary, feedback);
        if (!areas)
            return areas.error();
        result.postcodeAreas = std::move(*areas);
        std::vector<std::shared_ptr<const Geometry>> geoms;
        QStringList codes;
        for (const PostcodeArea& a : std::as_const(result.postcodeAreas)) {
            geoms.push_back(a.geometry);
            codes.append(a.pc4);
        }
        auto counts = interpolate(interpolator, *sources, rawTargets(geoms), InterpolationMode::Partition, feedback, diag, false);
        if (!counts)
            return counts.error();
        postcodeComposition = tableLike(areaTable, codes, *counts);
    }

    // Catchments of the requested method and the children in them.
    QList<Catchment> catchments;
    std::vector<double> catchmentCounts;
    switch (options.method) {
    case CatchmentMethod::Voronoi: {
        catchments = voronoiBuilt->catchments;
        for (qsizetype k = 0; k < placed.size(); ++k) {
            const auto c = static_cast<size_t>(voronoi->cellOfSite[static_cast<size_t>(k)]);
            for (qsizetype g = 0; g < groups; ++g)
                catchmentCounts.push_back((*cellCounts)[c * static_cast<size_t>(groups) + static_cast<size_t>(g)]);
        }
        break;
    }
    case CatchmentMethod::Buffer: {
        auto built = BufferCatchmentBuilder::build(dataset.schools, *boundary, options.distance, feedback, diag);
        if (!built)
            return built.error();
        catchments = std::move(*built);
        std::vector<const Geometry*> targets;
        for (const Catchment& c : std::as_const(catchments))
            targets.push_back(c.geometry.get());
        auto counts = interpolate(interpolator, *sources, targets, InterpolationMode::Overlapping, feedback, diag, false);
        if (!counts)
            return counts.error();
        catchmentCounts = std::move(*counts);
        break;
    }
    case CatchmentMethod::Observed: {
        if (!haveFlows)
            return fail(ErrorCode::NotFound, tr("Observed catchments need the DUO table of pupils per school by home "
                                                "postcode. Load it (--pupils-by-postcode) or choose the voronoi or buffer method."));
        auto built = ObservedCatchmentBuilder::build(dataset.schools, result.flows, result.postcodeAreas, options.share, diag);
        if (!built)
            return built.error();
        catchments = std::move(*built);
        // Postcode areas partition the gemeente, so a catchment's children are the sum over its PC4 areas.
        for (const Catchment& c : std::as_const(catchments)) {
            std::vector<double> sum(static_cast<size_t>(groups), 0.0);
            for (const QString& pc4 : c.postcodes) {
                const qsizetype row = postcodeComposition.unitIds.indexOf(pc4);
                for (qsizetype g = 0; row >= 0 && g < groups; ++g)
                    sum[static_cast<size_t>(g)] += postcodeComposition.cell(row, g).valueOr(0.0);
            }
            catchmentCounts.insert(catchmentCounts.end(), sum.begin(), sum.end());
        }
        break;
    }
    }
    QStringList catchmentIds;
    for (const Catchment& c : std::as_const(catchments))
        catchmentIds.append(c.schoolId);
    result.catchmentComposition = tableLike(areaTable, catchmentIds, catchmentCounts);
    result.catchments = std::move(catchments);

    // School composition: observed when loaded for this characteristic, else the most defensible estimate.
    const GroupTable* observed = nullptr;
    for (const GroupTable& t : dataset.schoolComposition)
        if (t.characteristic == areaTable.characteristic && t.groups == areaTable.groups && !t.estimated)
            observed = &t;
    if (observed) {
        result.schoolComposition = *observed;
        result.schoolCompositionSource = SchoolCompositionSource::Observed;
    } else if (haveFlows) {
        result.schoolComposition = SchoolCompositionEstimator::fromFlows(dataset.schools, result.flows, postcodeComposition, diag);
        result.schoolCompositionSource = SchoolCompositionSource::PupilFlows;
    } else {
        GroupTable nearest = tableLike(areaTable, {}, {});
        for (qsizetype k = 0; k < placed.size(); ++k)
            nearest.unitIds.append(dataset.schools[placed[k]].id);
        for (qsizetype k = 0; k < placed.size(); ++k) {
            const auto c = static_cast<size_t>(voronoi->cellOfSite[static_cast<size_t>(k)]);
            for (qsizetype g = 0; g < groups; ++g)
                nearest.cells.push_back(AttributeValue::of((*cellCounts)[c * static_cast<size_t>(groups) + static_cast<size_t>(g)]));
        }
        result.schoolComposition = SchoolCompositionEstimator::fromCatchments(dataset.schools, nullptr, nearest, diag);
        result.schoolCompositionSource = SchoolCompositionSource::Catchments;
        diag.warning(tr("No pupils-by-postcode table is loaded: school compositions are estimated from nearest-school "
                        "areas, so they cannot show any effect of school choice."));
    }
    result.afspiegeling = Afspiegeling::compare(result.schoolComposition, result.catchmentComposition,
                                                result.gemeenteShares, options.afspiegeling);
    auto split = ResidentialChoiceSplit::compute(result.schoolComposition, result.nearestSchoolComposition, options.split, feedback);
    if (!split)
        return split.error();
    result.split = std::move(*split);
    diag.append(result.split.diagnostics);
    feedback.setProgress(1.0);
    return result;
}

} // namespace Mk
