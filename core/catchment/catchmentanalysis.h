// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "catchment/afspiegeling.h"
#include "catchment/catchment.h"
#include "catchment/observedcatchmentbuilder.h"
#include "catchment/postcodeareabuilder.h"
#include "catchment/residentialchoicesplit.h"
#include "catchment/sesafspiegeling.h"
#include "model/arealayer.h"
#include "model/grouptable.h"
#include "model/school.h"

#include <QCoreApplication>
#include <QList>

#include <optional>
#include <vector>

namespace Mk {

class Feedback;
struct Dataset;

/** What CatchmentAnalysis::run computes. */
struct CatchmentOptions {
    CatchmentMethod method = CatchmentMethod::Voronoi;
    double distance = 1000.0;                             ///< Buffer: radius in metres
    double share = ObservedCatchmentBuilder::kDefaultShare; ///< Observed: share of pupils the catchment supplies
    QString characteristic; ///< which areaComposition table (by characteristic); empty = the first
    PostcodeAreaSource postcodeAreas = PostcodeAreaSource::Automatic;
    AfspiegelingOptions afspiegeling;
    SesVerdictOptions ses;
    ResidentialChoiceOptions split;
};

/** Where the school composition came from. */
enum class SchoolCompositionSource {
    Observed,   ///< a per-school table of the same characteristic was loaded
    PupilFlows, ///< estimate: pupils by home PC4 x the children's mix of each PC4 area
    Catchments, ///< estimate: the mix of the school's nearest-school area (no flows available)
};

/** "observed", "estimate_from_pupil_flows" or "estimate_from_nearest_school_areas": the key JSON, CSV and GeoPackage outputs write. */
QString schoolCompositionSourceKey(SchoolCompositionSource source);

/** Everything a map, table, chart or briefing needs about catchments and afspiegeling. */
struct CatchmentResult {
    CatchmentOptions options;
    QList<Catchment> catchments; ///< per placed regular primary school (method of the options)
    /** Children per group in each school's catchment (unitIds = school ids); interpolated, so `estimated`. */
    GroupTable catchmentComposition;
    /** Pupils per group per school; `estimated` unless source is Observed. */
    GroupTable schoolComposition;
    SchoolCompositionSource schoolCompositionSource = SchoolCompositionSource::PupilFlows;
    /**
     * The areas whose mix feeds catchments and the counterfactual: the buurten, or the PC4 areas when
     * the school composition is a flow estimate (which cannot see within a postcode, so neither may
     * the comparison).
     */
    AreaLevel referenceResolution = AreaLevel::Buurt;
    std::vector<double> gemeenteShares; ///< per group, children of the whole gemeente
    double gemeenteChildren = 0.0;
    QList<AfspiegelingRow> afspiegeling; ///< per school in schoolComposition order
    /**
     * The SES afspiegeling, per school of `afspiegeling` (same order; sesOf() finds one): the schoolweging against what the
     * pupils' home postcodes predict (SesAfspiegeling). Empty when no pupils-by-postcode table is loaded.
     */
    QList<SesComparison> ses;
    SesGapSpread sesSpread; ///< the spread of those gaps over the gemeente
    /** The SES comparison of the school of `row`, or null. */
    const SesComparison* sesOf(const AfspiegelingRow& row) const;
    /**
     * The school's mix is estimated from postcode flows (or nearest-school areas), so its composition verdict
     * cannot see sorting within a postcode; the headline is then the SES verdict where the school has one.
     */
    bool compositionIsEstimate() const { return schoolCompositionSource != SchoolCompositionSource::Observed; }
    /**
     * The residential counterfactual: children per group if every child attended its nearest school
     * (children of a cell shared by co-located schools are split in proportion to their pupils).
     */
    GroupTable nearestSchoolComposition;
    /** Every index for schoolComposition against nearestSchoolComposition: the part added by choice. */
    ResidentialChoiceResult split;
    QList<PostcodeArea> postcodeAreas; ///< when pupil flows were used
    /** Children per group in each of postcodeAreas (unitIds = PC4 codes), interpolated from the areas; `estimated`. */
    GroupTable postcodeComposition;
    FlowTable flows;                   ///< the full school x PC4 table, for weighting
    Diagnostics diagnostics;

    /** Translated one-line description of the school composition source, saying "estimate" when it is one. */
    QString schoolCompositionDescription(const TextLanguage& language = TextLanguage::application()) const;
    /**
     * Where the pupil count of `row` comes from: the source of the school's own count (PupilFlows when the
     * estimate fell back on the flows); nullopt when it is the row total of an observed composition table.
     */
    std::optional<PupilSource> pupilSourceOf(const AfspiegelingRow& row, const Dataset& dataset) const;
    /** pupilSourceOf as a stable key for JSON and GeoPackage output (pupilSourceKey, or "composition_table"). */
    QString pupilSourceKeyOf(const AfspiegelingRow& row, const Dataset& dataset) const;
};

/**
 * The catchment and afspiegeling analysis of one gemeente: builds the catchments of the chosen
 * method, interpolates the children of the areas into them (AreaInterpolator), takes the observed
 * school composition or estimates it (SchoolCompositionEstimator), compares each school with its
 * catchment and the gemeente (Afspiegeling) and builds the nearest-school counterfactual that
 * ResidentialChoiceSplit compares with the observed segregation. Only regular primary schools take
 * part when the data hold any (special and secondary schools draw children differently).
 * Pure and synchronous; any thread.
 */
class CatchmentAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(Mk::CatchmentAnalysis)
public:
    static Result<CatchmentResult> run(const Dataset& dataset, const CatchmentOptions& options, Feedback& feedback);
};

} // namespace Mk
