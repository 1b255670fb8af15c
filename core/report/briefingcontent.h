// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "goals/goalevaluator.h"
#include "i18n/textlanguage.h"
#include "index/indexcatalogue.h"
#include "report/briefingspec.h"

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QStringList>

#include <optional>

#include <cmath>
#include <memory>

namespace Mk {

struct CatchmentResult;
struct Dataset;
struct ScenarioOutcome;

/** One printed number that may be withheld (privacy) or absent. */
struct BriefingCell {
    enum class State { Value, Suppressed, Missing };

    State state = State::Missing;
    double value = 0.0;
    double low = std::nan("");  ///< interval, when it has one
    double high = std::nan("");

    static BriefingCell of(double v, double lo = std::nan(""), double hi = std::nan("")) { return {State::Value, v, lo, hi}; }
    static BriefingCell suppressed() { return {State::Suppressed, 0.0, std::nan(""), std::nan("")}; }
    static BriefingCell missing() { return {}; }
    bool hasValue() const { return state == State::Value; }
};

/** A key figure: one segregation index of the school composition with what chance and housing would give. */
struct BriefingFigure {
    IndexId index = IndexId::MultigroupDissimilarity;
    QString group; ///< the group against the rest; empty for an index over all groups
    QString name;  ///< translated, e.g. "Dissimilarity index D"
    QString scope; ///< translated with the group's label, e.g. "all groups" or "outside Europe against the rest"
    double value = 0.0;
    double low = 0.0;  ///< bootstrap interval (InferenceReport)
    double high = 0.0;
    double expectedRandom = std::nan(""); ///< mean under random allocation of the same pupils to the same schools
    double biasCorrected = std::nan(""); ///< cut at 0: a correction below 0 means "no more than the small-school effect"
    double pValue = std::nan("");         ///< chance of at least this much segregation under random allocation
    double residential = std::nan("");   ///< if every child attended its nearest school (ResidentialChoiceSplit)
    double choice = std::nan("");        ///< value - residential: the part added by choice and admission
    double choiceLow = std::nan("");
    double choiceHigh = std::nan("");
    bool lowerIsMoreSegregated = false;  ///< exposure
};

/** One school in the per-school table. */
struct BriefingSchoolRow {
    QString id;
    QString name;
    QString denomination;
    double pupils = 0.0;
    bool pupilsEstimated = false;     ///< the pupil count is an estimate from the pupil flows (PupilSource::PupilFlows)
    bool pupilsSuppressed = false;    ///< the pupil count is withheld (AfspiegelingRow::pupilsSuppressed)
    bool estimated = false;           ///< the school composition is an estimate: marked in the table
    QList<BriefingCell> school;       ///< share (0-1) per group
    QList<BriefingCell> catchment;    ///< share (0-1) per group, children living in the school's catchment
    BriefingCell gap;                 ///< focus group: school minus catchment share in points, with its Wilson interval
    QString verdict;                  ///< translated AfspiegelingRow::label
    QString verdictKey;               ///< AfspiegelingRow::verdictKey
    QString sesVerdict;               ///< translated SesComparison::label; empty without pupils by home postcode
    QString sesVerdictKey;            ///< SesComparison::verdictKey
    double sesGap = 0.0;              ///< schoolweging minus its expectation from the home postcodes
    qsizetype afspiegelingRow = -1;   ///< index into CatchmentResult::afspiegeling (charts)
};

/** A term of the methods page and what it means. */
struct BriefingDefinition {
    QString term;
    QString text;
};

/** Front matter. */
struct BriefingTitle {
    QString title;       ///< "School segregation in Baarn"
    QString subtitle;    ///< "Briefing for the Lokale Educatieve Agenda (LEA)"
    QString gemeente;    ///< "Baarn (GM0308)"
    QString date;        ///< long date in the report language
    QString dataYears;   ///< e.g. "area data 2024; schoolweging 2021-2022 to 2023-2024"
    QString characteristic; ///< its label in the briefing's language
    QString groups;      ///< labels: "Dutch origin, Europe, outside Europe"
    QString schools;     ///< "9 primary schools, 2,005 pupils"
    QString catchments;  ///< how the catchment areas are drawn, in a few words
};

/** The methods and sources page. */
struct BriefingMethods {
    QStringList sources;                   ///< Dataset::sources
    QList<BriefingDefinition> definitions; ///< every index and term shown
    QStringList assumptions;               ///< model assumptions (GroupTable::assumptionText, estimates, catchment method)
    QString privacy;                       ///< the privacy rule with the real threshold
};

/** A school site a scenario changes, for the scenario's map. */
struct BriefingScenarioSite {
    enum class Kind { NewSchool, Closed, Merged, Capacity };
    Kind kind = Kind::NewSchool;
    QString name;
    QPointF location; ///< EPSG:28992
};

/** New housing of a scenario, for its map: the outline (a circle as a polygon) in EPSG:28992. */
struct BriefingScenarioHousing {
    QString name;
    QPolygonF outline;
};

/** One index today and in the scenario, with the paired difference (90 % bands over the runs). */
struct BriefingScenarioIndex {
    QString index; ///< SegregationSummary key
    QString group; ///< canonical group name; empty for an index over all groups
    QString name;  ///< translated
    QString scope; ///< translated, as in the key figures
    BriefingCell before, after, difference;
    double probabilityDecrease = 0.0; ///< share of runs in which the scenario's value is below today's
    bool lowerIsMoreSegregated = false;
};

/** A school the scenario affects most (largest change of its pupils), today and in the scenario. */
struct BriefingScenarioSchool {
    QString id;
    QString name;
    QString statusKey; ///< SchoolOutcome::statusKey(): new, merged, closed, existing
    QString status;    ///< translated, with the capacity where it changes ("new, 200 places"); empty when unchanged
    int number = 0;    ///< its number in the schools table (and on the maps); 0 for a school the table lacks
    BriefingCell pupilsBefore, pupilsAfter; ///< mean [90 % band]; missing where the school is not open
    BriefingCell focusBefore, focusAfter;   ///< the focus group's share (0-1); missing without a focus group
};

/** One placement figure today and in the scenario, for all children and for the focus group. */
struct BriefingScenarioPlacement {
    QString measure;     ///< translated
    bool metres = false; ///< a distance in metres, else a share 0-1
    BriefingCell before, after, focusBefore, focusAfter;
};

/**
 * One scenario as the briefing prints it, computed and translated but not painted: what changes, the
 * indices before and after, the schools most affected, placement, the assumptions and the verification line.
 * Every number is one of ScenarioReport's (same run, same privacy: ScenarioPrivacy), so the briefing and
 * `mengkaart-cli scenario` agree.
 */
/** The vo section: what VoSummary says, and one row per vestiging (id and name, levels, first year, heterogeneous share). */
struct BriefingVo {
    QString area;
    QStringList findings;
    QList<QStringList> rows;
};

struct BriefingScenario {
    QString title;             ///< the scenario's name, or "Scenario 2"
    QStringList changes;       ///< each edit in plain words (ScenarioEdit::describe)
    QString admissionChange;   ///< the change of the admission rules, empty when the scenario keeps today's
    QString runs;              ///< "200 runs, seed 1"
    QList<BriefingScenarioSite> sites;
    QList<BriefingScenarioHousing> housing;
    QStringList summary;       ///< plain-language sentences from the numbers
    QString focusGroupLabel;   ///< empty when the scenario's groups lack the briefing's focus group
    QList<BriefingScenarioIndex> indices;
    QList<BriefingScenarioSchool> schools;
    QList<BriefingScenarioPlacement> placement;
    QStringList assumptions;   ///< population, choice model, admission rules with their sources, runs
    QString verification;      ///< ScenarioReport::verificationText
    QStringList notes;         ///< warnings of the run (in the application's language)
};

/**
 * Everything a briefing shows, computed and translated but not painted (BriefingBuilder makes it, the
 * renderer in app/shared paints it). Text is in `language`; numbers are left as numbers and formatted by
 * BriefingFormat in the same language.
 */
struct BriefingContent {
    BriefingSpec spec;
    TextLanguage language;
    std::shared_ptr<const Dataset> dataset;
    std::shared_ptr<const CatchmentResult> catchments; ///< for the map and the afspiegeling charts

    QString characteristic;      ///< canonical name (a key, as in the JSON output)
    QStringList groups;          ///< canonical names
    QString focusGroup;          ///< canonical name
    QString characteristicLabel; ///< what the reader reads, in `language` (GroupTable::characteristicLabel)
    QStringList groupLabels;     ///< in `language`, parallel to groups
    QString focusGroupLabel;     ///< in `language`
    double focusGroupShare = 0.0; ///< the focus group's share of all pupils
    QString suppressedText; ///< "<5"
    int suppressedCount = 0; ///< school shares and pupil totals withheld in the table (primary and secondary)

    BriefingTitle title;
    QList<BriefingFigure> figures;  ///< all groups first, then the focus group
    QStringList summary;            ///< plain-language sentences generated from the numbers
    int schoolsMirroring = 0;
    int schoolsJudged = 0;
    QList<BriefingSchoolRow> schools; ///< by name
    QList<qsizetype> chartSchools;    ///< afspiegeling rows drawn as charts: the largest gaps of the focus group
    QList<GoalEvaluation> goals;
    QList<BriefingScenario> scenarios; ///< one per scenario of the spec, in its order
    std::optional<BriefingVo> vo;      ///< with BriefingSpec::vo
    /** The runs behind `scenarios` (they do not depend on the language: a dialog reuses them). */
    QList<std::shared_ptr<const ScenarioOutcome>> scenarioRuns;
    BriefingMethods methods;
    /** The loader's notes on the data, then the analysis's (the briefing's "Notes on the data", the JSON's diagnostics). */
    Diagnostics diagnostics;

    /** The warnings among `diagnostics`, each once: what the reader of the briefing must know about the data. */
    QStringList dataNotes() const
    {
        QStringList out;
        for (const Diagnostic& d : diagnostics.items())
            if (d.severity != Diagnostic::Severity::Info && !out.contains(d.message))
                out.append(d.message);
        return out;
    }

    /** The label of the group named `group` in `language`; `group` itself when it is not one of groups. */
    QString groupLabel(const QString& group) const { return groupLabels.value(groups.indexOf(group), group); }
    /** The figure of `index` (for `group` when it is a two-group index), or nullptr. */
    const BriefingFigure* figure(IndexId index, const QString& group = {}) const
    {
        for (const BriefingFigure& f : figures)
            if (f.index == index && f.group == group)
                return &f;
        return nullptr;
    }
};

} // namespace Mk
