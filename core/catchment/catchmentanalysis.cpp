// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/catchmentanalysis.h"

#include "base/feedback.h"
#include "catchment/areainterpolator.h"
#include "catchment/buffercatchmentbuilder.h"
#include "catchment/pc4profiles.h"
#include "catchment/schoolcompositionestimator.h"
#include "catchment/schoolwegingmodel.h"
#include "catchment/voronoicatchmentbuilder.h"
#include "geo/geometry.h"
#include "model/dataset.h"
#include "privacy/smallcellsuppressor.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace Mk {

namespace {

/** The area table of the chosen characteristic with the geometry of each of its rows. */
struct Sources {
    const GroupTable* table = nullptr;
    QStringList unitIds;
    std::vector<std::shared_ptr<const Geometry>> geometries; ///< per table row
    std::vector<double> counts;                              ///< rows x groups, missing = 0
};

GroupTable tableLike(const GroupTable& like, const QStringList& units, const std::vector<double>& counts)
{
    GroupTable t = GroupTable::emptyLike(like);
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
                                                    .arg(out.table->characteristicLabel()));
    QHash<QString, const AreaUnit*> areaByCode;
    for (const AreaUnit& u : dataset.areas.units)
        areaByCode.insert(u.code, &u);
    out.counts = out.table->countsOrZero();
    out.unitIds = out.table->unitIds;
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
                                        .arg(unit->code, unit->name, out.table->groupLabel(k)),
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
                                             sources.unitIds[static_cast<qsizetype>(s)]),
                                    sources.unitIds[static_cast<qsizetype>(s)]);
        }
    }
    return AreaInterpolator::apply(*weights, sources.counts, sources.table->groupCount());
}

/**
 * Withholds the school pupil totals that rest, or might rest, on fewer children than the threshold: the
 * smallest total a school can have counts each DUO "<5" cell behind it as 1 instead of 2.5. Such a
 * school's shares go too (shares of an estimated composition weigh its pupils' home postcodes, so they
 * would show where those few children live). The sum of all totals is printed (the briefing's title),
 * so one withheld total would follow from it minus the others: SmallCellSuppressor withholds a second
 * one (secondary suppression, the column total published).
 */
void protectPupilTotals(QList<AfspiegelingRow>& rows, const Dataset& dataset, const SmallCellSuppressor& suppressor)
{
    QHash<QString, int> flowCells;
    for (const PupilFlow& f : dataset.pupilFlows)
        flowCells[f.schoolId] += f.suppressedCells;
    std::vector<AttributeValue> totals;
    for (const AfspiegelingRow& row : std::as_const(rows)) {
        const qsizetype s = dataset.schoolIndex(row.schoolId);
        const bool fromSchool = s >= 0 && dataset.schools[s].pupils && *dataset.schools[s].pupils > 0.0;
        const int cells = fromSchool ? dataset.schools[s].pupilsSuppressedCells : flowCells.value(row.schoolId);
        // A row without a composition prints 0 pupils while the school has some: that 0 must not hide a small count either.
        const double total = row.pupils > 0.0 || !fromSchool ? row.pupils : *dataset.schools[s].pupils;
        const double minimum = total - (AttributeValue::kSuppressedCountEstimate - 1.0) * cells;
        totals.push_back(total > 0.0 && suppressor.isSmall(std::max(minimum, 1.0)) ? AttributeValue::suppressed()
                                                                                 : AttributeValue::of(row.pupils));
    }
    const SuppressionPattern pattern = suppressor.apply(totals, rows.size(), 1, PublishedTotals::Columns);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const CellPrivacy privacy = pattern.cell(i, 0);
        rows[i].pupilsSuppressed = privacy != CellPrivacy::Shown;
        if (privacy == CellPrivacy::Primary)
            for (AfspiegelingGroup& g : rows[i].groups)
                g.suppressed = true;
    }
}

/** The regular primary schools (regularPrimarySchools), with the schools left out in the diagnostics. */
QList<School> comparableSchools(const QList<School>& all, Diagnostics& diagnostics)
{
    QStringList left;
    QList<School> out = regularPrimarySchools(all, &left);
    if (!left.isEmpty())
        diagnostics.info(CatchmentAnalysis::tr("%n school(s) other than regular primary schools are left out of the catchments: %1.",
                                               nullptr, static_cast<int>(left.size()))
                             .arg(left.join(QStringLiteral("; "))));
    return out;
}

/** Row `row` of a row-major matrix with `groups` columns. */
std::vector<double> rowOf(const std::vector<double>& matrix, size_t row, qsizetype groups)
{
    const auto g = static_cast<size_t>(groups);
    return std::vector<double>(matrix.begin() + static_cast<std::ptrdiff_t>(row * g),
                               matrix.begin() + static_cast<std::ptrdiff_t>((row + 1) * g));
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

QString schoolCompositionSourceKey(SchoolCompositionSource source)
{
    switch (source) {
    case SchoolCompositionSource::Observed: return QStringLiteral("observed");
    case SchoolCompositionSource::PupilFlows: return QStringLiteral("estimate_from_pupil_flows");
    case SchoolCompositionSource::Catchments: break;
    }
    return QStringLiteral("estimate_from_nearest_school_areas");
}

QString CatchmentResult::schoolCompositionDescription(const TextLanguage& language) const
{
    switch (schoolCompositionSource) {
    case SchoolCompositionSource::Observed:
        return language.translate("Mk::CatchmentAnalysis", "observed school composition");
    case SchoolCompositionSource::PupilFlows:
        return language.translate("Mk::CatchmentAnalysis", "estimate: pupils by home postcode x the children's mix of each postcode area")
            + QStringLiteral("; ") + language.translate("Mk::CatchmentAnalysis", "it cannot see sorting within a postcode");
    case SchoolCompositionSource::Catchments:
        return language.translate("Mk::CatchmentAnalysis", "estimate: the children's mix of the school's nearest-school area")
            + QStringLiteral("; ") + language.translate("Mk::CatchmentAnalysis", "it cannot see school choice");
    }
    return {};
}

std::optional<PupilSource> CatchmentResult::pupilSourceOf(const AfspiegelingRow& row, const Dataset& dataset) const
{
    if (!row.estimated)
        return std::nullopt;
    const qsizetype s = dataset.schoolIndex(row.schoolId);
    return s >= 0 ? SchoolCompositionEstimator::pupilSource(dataset.schools[s]) : PupilSource::PupilFlows;
}

QString CatchmentResult::pupilSourceKeyOf(const AfspiegelingRow& row, const Dataset& dataset) const
{
    const auto source = pupilSourceOf(row, dataset);
    return source ? pupilSourceKey(*source) : QStringLiteral("composition_table");
}

const SesComparison* CatchmentResult::sesOf(const AfspiegelingRow& row) const
{
    for (const SesComparison& c : ses)
        if (c.schoolId == row.schoolId)
            return &c;
    return nullptr;
}

Result<CatchmentResult> CatchmentAnalysis::run(const Dataset& dataset, const CatchmentOptions& options, Feedback& feedback)
{
    // Checked before any work: an invalid privacy threshold must never be found after a long computation.
    if (const auto privacy = SmallCellSuppressor::create(options.afspiegeling.privacyThreshold); !privacy)
        return privacy.error();
    CatchmentResult result;
    result.options = options;
    Diagnostics& diag = result.diagnostics;

    auto buurten = chooseSources(dataset, options.characteristic, diag);
    if (!buurten)
        return buurten.error();
    const GroupTable& areaTable = *buurten->table;
    const qsizetype groups = areaTable.groupCount();

    Geometry ownBoundary;
    const Geometry* boundary = dataset.boundary.get();
    if (!boundary || boundary->isEmpty()) {
        ownBoundary = Geometry::unionOf(rawTargets(buurten->geometries));
        boundary = &ownBoundary;
    }

    std::vector<double> gemeente(static_cast<size_t>(groups), 0.0);
    for (size_t s = 0; s < buurten->geometries.size(); ++s)
        for (qsizetype k = 0; k < groups; ++k)
            gemeente[static_cast<size_t>(k)] += buurten->counts[s * static_cast<size_t>(groups) + static_cast<size_t>(k)];
    for (double v : gemeente)
        result.gemeenteChildren += v;
    if (!(result.gemeenteChildren > 0.0))
        return fail(ErrorCode::EmptyInput, tr("The areas hold no children in any group of \"%1\", so there is nothing "
                                              "to compare schools with.")
                                               .arg(areaTable.characteristicLabel()));
    for (double v : gemeente)
        result.gemeenteShares.push_back(v / result.gemeenteChildren);
    AreaInterpolator buurtInterpolator(buurten->geometries);

    const QList<School> schools = comparableSchools(dataset.schools, diag);
    auto schoolIndex = [&](const QString& id) {
        for (qsizetype i = 0; i < schools.size(); ++i)
            if (schools[i].id == id)
                return i;
        return qsizetype(-1);
    };

    // Postcode areas and their children, for observed catchments and the flow-based estimate.
    const bool haveFlows = !dataset.pupilFlows.isEmpty();
    GroupTable postcodeComposition;
    Sources postcodes;
    if (haveFlows) {
        result.flows = ObservedCatchmentBuilder::flowTable(schools, dataset.pupilFlows);
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
        for (const PostcodeArea& a : std::as_const(result.postcodeAreas)) {
            postcodes.geometries.push_back(a.geometry);
            postcodes.unitIds.append(a.pc4);
        }
        auto counts = interpolate(buurtInterpolator, *buurten, rawTargets(postcodes.geometries), InterpolationMode::Partition,
                                  feedback, diag, false);
        if (!counts)
            return counts.error();
        postcodeComposition = tableLike(areaTable, postcodes.unitIds, *counts);
        result.postcodeComposition = postcodeComposition;
        postcodes.table = &postcodeComposition;
        postcodes.counts = std::move(*counts);
    }

    // Which school composition, and therefore which resolution every comparison uses.
    const GroupTable* observed = nullptr;
    for (const GroupTable& t : dataset.schoolComposition)
        if (t.characteristic == areaTable.characteristic && t.groups == areaTable.groups && !t.estimated)
            observed = &t;
    result.schoolCompositionSource = observed ? SchoolCompositionSource::Observed
                                     : haveFlows ? SchoolCompositionSource::PupilFlows
                                                 : SchoolCompositionSource::Catchments;
    // A flow estimate only knows each pupil's PC4, so it cannot see differences within a postcode. Its
    // catchments and counterfactual must be blind to them too, or the gaps and the choice part would
    // show the buurt detail the estimate lacks instead of school choice: like is compared with like.
    const bool pc4Resolution = result.schoolCompositionSource == SchoolCompositionSource::PupilFlows;
    const Sources& reference = pc4Resolution ? postcodes : *buurten;
    std::optional<AreaInterpolator> postcodeInterpolator;
    if (pc4Resolution)
        postcodeInterpolator.emplace(postcodes.geometries);
    const AreaInterpolator& interpolator = pc4Resolution ? *postcodeInterpolator : buurtInterpolator;
    result.referenceResolution = pc4Resolution ? AreaLevel::Postcode4 : dataset.areas.level;

    // Nearest-school areas are always needed: they are the residential counterfactual.
    auto voronoiBuilt = VoronoiCatchmentBuilder::build(schools, *boundary, feedback, diag);
    if (!voronoiBuilt)
        return voronoiBuilt.error();
    const VoronoiPartition& voronoi = voronoiBuilt->partition;
    QList<qsizetype> placed;
    for (const Catchment& c : std::as_const(voronoiBuilt->catchments))
        placed.append(schoolIndex(c.schoolId));
    auto cellCounts = interpolate(interpolator, reference, rawTargets(voronoi.cells), InterpolationMode::Partition, feedback,
                                  diag, !pc4Resolution);
    if (!cellCounts)
        return cellCounts.error();
    auto cellOfPlaced = [&](qsizetype k) { return static_cast<size_t>(voronoi.cellOfSite[static_cast<size_t>(k)]); };

    // Counterfactual: a shared cell's children are split over its schools by their pupil counts.
    {
        std::vector<double> weightOfSchool(static_cast<size_t>(placed.size()), 0.0);
        std::vector<double> cellWeight(voronoi.cells.size(), 0.0);
        std::vector<int> cellSchools(voronoi.cells.size(), 0);
        for (qsizetype k = 0; k < placed.size(); ++k) {
            const auto pupils = SchoolCompositionEstimator::pupilCount(schools[placed[k]], haveFlows ? &result.flows : nullptr);
            weightOfSchool[static_cast<size_t>(k)] = pupils.value_or(0.0);
            cellWeight[cellOfPlaced(k)] += weightOfSchool[static_cast<size_t>(k)];
            ++cellSchools[cellOfPlaced(k)];
        }
        QStringList ids;
        std::vector<double> counts;
        for (qsizetype k = 0; k < placed.size(); ++k) {
            const size_t c = cellOfPlaced(k);
            const double share = cellWeight[c] > 0.0 ? weightOfSchool[static_cast<size_t>(k)] / cellWeight[c] : 1.0 / cellSchools[c];
            ids.append(schools[placed[k]].id);
            for (double v : rowOf(*cellCounts, c, groups))
                counts.push_back(share * v);
        }
        result.nearestSchoolComposition = tableLike(areaTable, ids, counts);
    }

    // Catchments of the requested method and the children in them.
    QList<Catchment> catchments;
    std::vector<double> catchmentCounts;
    switch (options.method) {
    case CatchmentMethod::Voronoi:
        catchments = voronoiBuilt->catchments;
        for (qsizetype k = 0; k < placed.size(); ++k) {
            const std::vector<double> row = rowOf(*cellCounts, cellOfPlaced(k), groups);
            catchmentCounts.insert(catchmentCounts.end(), row.begin(), row.end());
        }
        break;
    case CatchmentMethod::Buffer: {
        auto built = BufferCatchmentBuilder::build(schools, *boundary, options.distance, feedback, diag);
        if (!built)
            return built.error();
        catchments = std::move(*built);
        std::vector<const Geometry*> targets;
        for (const Catchment& c : std::as_const(catchments))
            targets.push_back(c.geometry.get());
        auto counts = interpolate(interpolator, reference, targets, InterpolationMode::Overlapping, feedback, diag, false);
        if (!counts)
            return counts.error();
        catchmentCounts = std::move(*counts);
        break;
    }
    case CatchmentMethod::Observed: {
        if (!haveFlows)
            return fail(ErrorCode::NotFound, tr("Observed catchments need the DUO table of pupils per school by home "
                                                "postcode. Add it under Additional data in File → New analysis… (on the command line "
                                                "--pupils-by-postcode), or choose another catchment method."));
        auto built = ObservedCatchmentBuilder::build(schools, result.flows, result.postcodeAreas, options.share, diag);
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

    switch (result.schoolCompositionSource) {
    case SchoolCompositionSource::Observed:
        result.schoolComposition = *observed;
        break;
    case SchoolCompositionSource::PupilFlows:
        result.schoolComposition = SchoolCompositionEstimator::fromFlows(schools, result.flows, postcodeComposition, diag);
        break;
    case SchoolCompositionSource::Catchments: {
        std::vector<double> cells;
        for (qsizetype k = 0; k < placed.size(); ++k) {
            const std::vector<double> row = rowOf(*cellCounts, cellOfPlaced(k), groups);
            cells.insert(cells.end(), row.begin(), row.end());
        }
        result.schoolComposition = SchoolCompositionEstimator::fromCatchments(
            schools, tableLike(areaTable, result.nearestSchoolComposition.unitIds, cells), diag);
        diag.warning(tr("No pupils-by-postcode table is loaded: school compositions are estimated from nearest-school "
                        "areas, so they cannot show any effect of school choice."));
        break;
    }
    }
    auto afspiegeling = Afspiegeling::compare(result.schoolComposition, result.catchmentComposition, result.gemeenteShares,
                                              options.afspiegeling);
    if (!afspiegeling)
        return afspiegeling.error();
    result.afspiegeling = std::move(*afspiegeling);
    protectPupilTotals(result.afspiegeling, dataset, *SmallCellSuppressor::create(options.afspiegeling.privacyThreshold));
    if (!dataset.pupilFlows.isEmpty()) {
        const auto& model = SchoolwegingModel::shipped();
        const auto& profiles = Pc4Profiles::embedded();
        if (!model || !profiles) {
            diag.warning(tr("The SES afspiegeling is not available: %1").arg(!model ? model.error().message : profiles.error().message));
        } else {
            QList<School> ordered;
            for (const AfspiegelingRow& row : std::as_const(result.afspiegeling))
                if (const qsizetype i = schoolIndex(row.schoolId); i >= 0)
                    ordered.append(schools[i]);
            result.ses = SesAfspiegeling::compare(ordered, dataset.pupilFlows, *model, *profiles, options.ses);
            result.sesSpread = SesAfspiegeling::spread(result.ses);
        }
    }
    auto split = ResidentialChoiceSplit::compute(result.schoolComposition, result.nearestSchoolComposition, options.split, feedback);
    if (!split)
        return split.error();
    result.split = std::move(*split);
    diag.append(result.split.diagnostics);
    feedback.setProgress(1.0);
    return result;
}

} // namespace Mk
