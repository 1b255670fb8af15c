// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/briefingbuilder.h"
#include "render/valueformat.h"

#include "vo/voanalysis.h"
#include "vo/vosummary.h"

#include "base/feedback.h"
#include "catchment/catchmentanalysis.h"
#include "index/indexinput.h"
#include "index/inferencereport.h"
#include "model/dataset.h"
#include "scenario/scenariorunner.h"
#include "report/briefingfigures_p.h"
#include "report/briefingformat.h"
#include "report/briefingmethods.h"
#include "report/briefingscenariowriter.h"
#include "report/briefingsummary.h"

#include <algorithm>
#include <cmath>

namespace Mk {

namespace {

constexpr int kChartSchools = 4;

QString chooseFocusGroup(const IndexInput& input, const InferenceReport& inference)
{
    qsizetype largest = 0;
    for (qsizetype k = 1; k < input.groupCount(); ++k)
        if (input.groupShare(k) > input.groupShare(largest))
            largest = k;
    QString best;
    double bestD = -1.0;
    for (qsizetype k = 0; k < input.groupCount(); ++k) {
        const InferenceReport::Estimate* d = inference.find(IndexId::Dissimilarity, input.groups()[k]);
        if (k != largest && d && std::isfinite(d->estimate) && d->estimate > bestD) {
            bestD = d->estimate;
            best = input.groups()[k];
        }
    }
    return best.isEmpty() ? input.groups().value(largest) : best;
}

QList<BriefingFigure> figures(const InferenceReport& inference, const ResidentialChoiceResult& split, const QString& focus,
                              const QString& focusLabel, const TextLanguage& lang)
{
    QList<BriefingFigure> out;
    for (const IndexId id : detail::kBriefingFigures) {
        const IndexDefinition& d = IndexCatalogue::definition(id);
        const bool focusGroup = detail::isFocusGroupFigure(id);
        BriefingFigure f;
        f.index = id;
        f.group = focusGroup ? focus : QString();
        const InferenceReport::Estimate* e = inference.find(f.index, f.group);
        if (!e)
            continue;
        f.name = IndexCatalogue::label(id, lang);
        f.scope = detail::briefingFigureScope(id, focusLabel, lang);
        f.value = e->estimate;
        // Every key index is at least 0; the interval is centred on the value (see InferenceReport::Estimate).
        f.low = std::max(0.0, e->centredLow());
        f.high = e->centredHigh();
        f.expectedRandom = e->expectedRandom;
        f.biasCorrected = std::max(0.0, e->biasCorrected);
        f.pValue = e->pValue;
        f.lowerIsMoreSegregated = d.lowerIsMoreSegregated;
        for (const ResidentialChoiceRow& r : split.rows) {
            if (r.index == f.index && r.group == f.group) {
                f.residential = r.residential;
                f.choice = r.choice;
                f.choiceLow = r.centredChoiceLow();
                f.choiceHigh = r.centredChoiceHigh();
            }
        }
        out.append(f);
    }
    return out;
}

QList<BriefingSchoolRow> schoolRows(const Dataset& ds, const CatchmentResult& r, const QString& focus, const TextLanguage& lang,
                                    int& suppressed)
{
    QList<BriefingSchoolRow> rows;
    const QStringList& groups = r.schoolComposition.groups;
    for (qsizetype i = 0; i < r.afspiegeling.size(); ++i) {
        const AfspiegelingRow& a = r.afspiegeling[i];
        BriefingSchoolRow row;
        row.id = a.schoolId;
        row.afspiegelingRow = i;
        const qsizetype s = ds.schoolIndex(a.schoolId);
        row.name = s >= 0 ? ds.schools[s].name : a.schoolId;
        row.denomination = s >= 0 ? ds.schools[s].denomination : QString();
        row.pupils = a.pupils;
        row.pupilsEstimated = r.pupilSourceOf(a, ds) == PupilSource::PupilFlows;
        row.pupilsSuppressed = a.pupilsSuppressed;
        suppressed += a.pupilsSuppressed ? 1 : 0;
        row.estimated = a.estimated;
        // The row is marked as an estimate as a whole; the verdict itself stays short.
        AfspiegelingRow plain = a;
        plain.estimated = false;
        row.verdict = plain.label(r.schoolComposition, lang);
        row.verdictKey = a.verdictKey();
        if (const SesComparison* ses = r.sesOf(a)) {
            row.sesVerdict = ses->label(lang);
            row.sesVerdictKey = ses->verdictKey();
            row.sesGap = ses->gap;
        }
        for (qsizetype k = 0; k < groups.size(); ++k) {
            const AfspiegelingGroup* g = k < a.groups.size() ? &a.groups[k] : nullptr;
            if (!g) {
                row.school.append(BriefingCell::missing());
                row.catchment.append(BriefingCell::missing());
                continue;
            }
            suppressed += g->suppressed ? 1 : 0;
            row.school.append(g->suppressed ? BriefingCell::suppressed() : BriefingCell::of(g->schoolShare));
            row.catchment.append(BriefingCell::of(g->catchmentShare));
            if (g->group == focus)
                row.gap = g->suppressed ? BriefingCell::suppressed() : BriefingCell::of(g->gapPp, g->gapLowPp, g->gapHighPp);
        }
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(),
              [](const BriefingSchoolRow& x, const BriefingSchoolRow& y) { return QString::localeAwareCompare(x.name, y.name) < 0; });
    return rows;
}

QList<qsizetype> chartSchools(const CatchmentResult& r, const QString& focus)
{
    QList<std::pair<double, qsizetype>> gaps;
    for (qsizetype i = 0; i < r.afspiegeling.size(); ++i)
        for (const AfspiegelingGroup& g : r.afspiegeling[i].groups)
            if (g.group == focus && !g.suppressed && std::isfinite(g.gapPp))
                gaps.append({std::abs(g.gapPp), i});
    std::stable_sort(gaps.begin(), gaps.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<qsizetype> out;
    for (qsizetype j = 0; j < std::min<qsizetype>(kChartSchools, gaps.size()); ++j)
        out.append(gaps[j].second);
    return out;
}

BriefingTitle title(const Dataset& ds, const BriefingContent& c, double pupils)
{
    const TextLanguage& lang = c.language;
    const QLocale locale = lang.locale();
    BriefingTitle t;
    // The loader and the project reader fill the name from the national list; a code unknown there is all there is.
    const QString name = ds.gemeenteName.isEmpty() ? ds.gemeenteCode : ds.gemeenteName;
    t.title = lang.translate("Mk::Briefing", "School segregation in %1").arg(name);
    t.subtitle = lang.translate("Mk::Briefing", "Briefing for the Lokale Educatieve Agenda (LEA)");
    t.gemeente = ds.gemeenteCode.isEmpty() || ds.gemeenteName.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(ds.gemeenteName, ds.gemeenteCode);
    t.date = locale.toString(c.spec.date, QStringLiteral("d MMMM yyyy"));
    QStringList years;
    if (!ds.dataYear.isEmpty())
        years.append(lang.translate("Mk::Briefing", "areas and children %1").arg(ds.dataYear));
    QStringList periods;
    for (const SchoolwegingRecord& r : ds.schoolwegingHistory)
        if (!periods.contains(r.period))
            periods.append(r.period);
    periods.sort();
    if (periods.size() == 1)
        years.append(lang.translate("Mk::Briefing", "schoolweging %1").arg(periods.first()));
    else if (periods.size() > 1)
        years.append(lang.translate("Mk::Briefing", "schoolweging %1 to %2").arg(periods.first(), periods.last()));
    t.dataYears = years.join(QStringLiteral("; "));
    t.characteristic = c.characteristicLabel;
    t.groups = c.groupLabels.join(QStringLiteral(", "));
    const CatchmentOptions& o = c.catchments->options;
    switch (o.method) {
    case CatchmentMethod::Voronoi:
        t.catchments = lang.translate("Mk::Briefing", "nearest-school areas: each part of the gemeente belongs to its nearest school");
        break;
    case CatchmentMethod::Buffer:
        t.catchments = lang.translate("Mk::Briefing", "everything within %1 metres of each school").arg(formatDecimal(o.distance, 0, locale));
        break;
    case CatchmentMethod::Observed:
        t.catchments = lang.translate("Mk::Briefing", "the postcode areas that supply %1 % of a school's pupils")
                           .arg(formatDecimal(100.0 * o.share, 0, locale));
        break;
    }
    const int schools = static_cast<int>(c.schools.size());
    double estimated = 0.0;
    int withheld = 0, withheldEstimated = 0;
    for (const auto& school : c.schools) {
        withheld += school.pupilsSuppressed ? 1 : 0;
        if (school.pupilsEstimated) {
            estimated += school.pupils;
            withheldEstimated += school.pupilsSuppressed ? 1 : 0;
        }
    }
    // A sum minus the totals shown gives away a withheld total when it is the only one withheld in that sum.
    t.schools = lang.translate("Mk::Briefing", "%n primary school(s)", nullptr, schools) + QStringLiteral(", ")
        + lang.translate("Mk::Briefing", "%1 pupils").arg(withheld == 1 ? c.suppressedText : locale.toString(std::llround(pupils)));
    if (estimated > 0.0) {
        if (withheldEstimated == 1 || withheld - withheldEstimated == 1)
            t.schools += QStringLiteral(" ") + lang.translate("Mk::Briefing", "(some of them estimated)");
        else
            //: %1 = the part of the pupil total that is an estimate from the pupils' home postcodes
            t.schools += QStringLiteral(" ") + lang.translate("Mk::Briefing", "(%1 of them estimated)").arg(locale.toString(std::llround(estimated)));
    }
    return t;
}

/** The vo section in the briefing's language: VoSummary's findings and a row per vestiging, withheld figures as "<5". */
BriefingVo voPart(const VoAnalysis& vo, const TextLanguage& lang)
{
    BriefingVo out;
    out.area = vo.area.name();
    out.findings = VoSummary::findings(vo, lang);
    const VoAreaYear& year = vo.latest();
    const double threshold = vo.options.report.privacyThreshold;
    const QString withheld = SmallCellSuppressor::create(threshold)->suppressedText(lang.locale());
    for (qsizetype i = 0; i < year.locations.size(); ++i) {
        const VoLocationYear& p = year.locations[i].pupils;
        out.rows.append({p.name + QLatin1Char('\n') + p.id + QStringLiteral(", ") + year.locations[i].address.place,
                         VoSummary::levelsText(year, i, lang),
                         p.categorical() ? lang.translate("Mk::Briefing", "yes") : QString(),
                         year.firstYearPupilsWithheld(i) ? withheld : formatDecimal(p.firstYearPupils(), 0, lang.locale()),
                         VoSummary::percent(p.heterogeneousShare(), year.locationShareWithheld(i), threshold, lang)});
    }
    return out;
}

} // namespace

Result<BriefingContent> BriefingBuilder::build(std::shared_ptr<const Dataset> dataset, const BriefingSpec& spec, Feedback& feedback)
{
    return build(std::move(dataset), spec, {}, feedback);
}

Result<BriefingContent> BriefingBuilder::build(std::shared_ptr<const Dataset> dataset, const BriefingSpec& spec,
                                               const QList<std::shared_ptr<const ScenarioOutcome>>& runs, Feedback& feedback)
{
    auto language = TextLanguage::load(spec.language);
    if (!language)
        return language.error();
    const auto suppressor = SmallCellSuppressor::create(spec.privacyThreshold);
    if (!suppressor)
        return suppressor.error();
    for (const QString& s : spec.sections)
        if (!BriefingSection::all().contains(s))
            return fail(ErrorCode::InvalidArgument, tr("Unknown briefing section \"%1\": use %2.")
                                                        .arg(s, BriefingSection::all().join(QStringLiteral(", "))));
    if (spec.replicates < 2)
        return fail(ErrorCode::InvalidArgument, tr("The key figures need at least 2 bootstrap replicates, not %1.").arg(spec.replicates));
    if (!runs.isEmpty() && runs.size() != spec.scenarios.size())
        return fail(ErrorCode::InvalidArgument, tr("%1 scenario runs were given for %2 scenarios.").arg(runs.size()).arg(spec.scenarios.size()));
    const bool withScenarios = spec.hasSection(BriefingSection::kScenarios) && !spec.scenarios.isEmpty();
    qsizetype toRun = 0;
    for (qsizetype i = 0; withScenarios && i < spec.scenarios.size(); ++i)
        toRun += runs.value(i) ? 0 : 1;
    // The scenario runs take most of the time; the rest of the briefing a quarter.
    const double base = toRun > 0 ? 0.25 : 1.0;

    BriefingContent c;
    c.spec = spec;
    c.language = *language;
    c.dataset = dataset;
    const TextLanguage& lang = c.language;

    CatchmentOptions options = spec.catchments;
    options.characteristic = spec.characteristic;
    options.afspiegeling.privacyThreshold = spec.privacyThreshold;
    options.split.replicates = spec.replicates;
    options.split.seed = spec.seed;
    CatchmentResult catchments;
    {
        StepFeedback step(feedback, 0.0, 0.6 * base, tr("Catchments and afspiegeling"));
        auto r = CatchmentAnalysis::run(*dataset, options, *step);
        if (!r)
            return r.error();
        catchments = std::move(*r);
    }
    if (feedback.isCanceled())
        return fail(ErrorCode::Canceled, tr("The briefing was canceled."));
    auto input = IndexInput::fromGroupTable(catchments.schoolComposition);
    if (!input)
        return input.error();
    InferenceReport::Options inferenceOptions;
    inferenceOptions.replicates = spec.replicates;
    inferenceOptions.seed = spec.seed;
    InferenceReport inference;
    {
        StepFeedback step(feedback, 0.6 * base, 0.9 * base, tr("Key figures with their intervals"));
        auto r = InferenceReport::compute(*input, inferenceOptions, step.get());
        if (!r)
            return r.error();
        inference = std::move(*r);
    }

    const GroupTable& composition = catchments.schoolComposition;
    c.characteristic = composition.characteristic;
    c.groups = composition.groups;
    c.characteristicLabel = composition.characteristicLabel(lang);
    c.groupLabels = composition.groupLabelList(lang);
    if (!spec.focusGroup.isEmpty() && !c.groups.contains(spec.focusGroup))
        return fail(ErrorCode::InvalidArgument, tr("The group \"%1\" is not in the data; the groups of \"%2\" are: %3.")
                                                    .arg(spec.focusGroup, c.characteristic, c.groups.join(QStringLiteral(", "))));
    c.focusGroup = spec.focusGroup.isEmpty() ? chooseFocusGroup(*input, inference) : spec.focusGroup;
    c.focusGroupLabel = c.groupLabel(c.focusGroup);
    c.focusGroupShare = input->groupShare(input->groups().indexOf(c.focusGroup));
    c.suppressedText = suppressor->suppressedText(lang.locale());
    c.figures = figures(inference, catchments.split, c.focusGroup, c.focusGroupLabel, lang);
    c.schools = schoolRows(*dataset, catchments, c.focusGroup, lang, c.suppressedCount);
    c.chartSchools = chartSchools(catchments, c.focusGroup);
    for (const AfspiegelingRow& row : std::as_const(catchments.afspiegeling)) {
        c.schoolsMirroring += row.verdict == AfspiegelingVerdict::Mirrors ? 1 : 0;
        c.schoolsJudged += row.judged() ? 1 : 0;
    }
    feedback.setProgress(0.92 * base, tr("LEA goals"));
    GoalEvaluator::Options goalOptions;
    goalOptions.seed = spec.seed;
    c.goals = GoalEvaluator::evaluate(spec.goals, *dataset, catchments, inference, goalOptions, lang);
    if (spec.vo && !spec.vo->years.isEmpty())
        c.vo = voPart(*spec.vo, lang);
    c.diagnostics = dataset->diagnostics;
    c.diagnostics.append(catchments.diagnostics);
    c.catchments = std::make_shared<const CatchmentResult>(std::move(catchments));

    // The title needs the catchments (method) and the table (schools and pupils).
    double pupils = 0.0;
    for (const BriefingSchoolRow& row : std::as_const(c.schools))
        pupils += row.pupils;
    c.title = title(*dataset, c, pupils);

    double done = base;
    for (qsizetype i = 0; withScenarios && i < spec.scenarios.size(); ++i) {
        const Scenario& scenario = spec.scenarios[i];
        const QString shown = scenario.name.isEmpty() ? tr("scenario %1").arg(i + 1) : QStringLiteral("\"%1\"").arg(scenario.name);
        std::shared_ptr<const ScenarioOutcome> run = runs.value(i);
        if (!run) {
            const double next = done + (1.0 - base) / static_cast<double>(toRun);
            StepFeedback step(feedback, done, next, tr("Running %1").arg(shown));
            done = next;
            auto outcome = ScenarioRunner::run(*dataset, scenario, 0, *step);
            if (!outcome)
                return fail(outcome.error().code, tr("The briefing's %1 cannot be run: %2").arg(shown, outcome.error().message),
                            outcome.error().detail);
            run = std::make_shared<const ScenarioOutcome>(std::move(*outcome));
        }
        auto part = BriefingScenarioWriter::write(c, *run, static_cast<int>(i + 1));
        if (!part)
            return part.error();
        c.scenarioRuns.append(run);
        c.scenarios.append(std::move(*part));
    }
    c.summary = BriefingSummary::sentences(c);
    c.methods = BriefingMethodsWriter::write(c);
    feedback.setProgress(1.0, tr("Briefing ready"));
    return c;
}

} // namespace Mk
