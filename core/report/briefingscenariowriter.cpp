// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/briefingscenariowriter.h"
#include "render/valueformat.h"

#include "admission/admissionrulesdescription.h"
#include "model/dataset.h"
#include "report/briefingfigures_p.h"
#include "report/briefingformat.h"
#include "scenario/scenarioprivacy.h"
#include "scenario/scenarioreport.h"
#include "scenario/scenariorunner.h"

#include <cmath>
#include <numbers>
#include <variant>

namespace Mk {

namespace {

constexpr int kCirclePoints = 48;

BriefingCell cellOf(const Band& b)
{
    return b.isValid() ? BriefingCell::of(b.mean, b.lo, b.hi) : BriefingCell::missing();
}

/** "0,067 [0,045; 0,095]" */
QString bandText(const BriefingFormat& f, const BriefingCell& c)
{
    return f.index(c.value) + QLatin1Char(' ') + BriefingFormat::interval(f.index(c.low), f.index(c.high));
}

/** "+0,004 [−0,006; 0,014]" */
QString differenceText(const BriefingFormat& f, const BriefingCell& c)
{
    return f.difference(c.value) + QLatin1Char(' ') + BriefingFormat::interval(f.difference(c.low), f.difference(c.high));
}

QList<BriefingScenarioSite> sitesOf(const SimulationResult& r)
{
    QList<BriefingScenarioSite> sites;
    for (const SchoolOutcome& s : r.schools) {
        using Kind = BriefingScenarioSite::Kind;
        if (s.origin == SimSchoolOrigin::Added)
            sites.append({Kind::NewSchool, s.name, s.location});
        else if (s.origin == SimSchoolOrigin::Merged)
            sites.append({Kind::Merged, s.name, s.location});
        else if (s.openBefore && !s.openAfter)
            sites.append({Kind::Closed, s.name, s.location});
        else if (s.openBefore && s.openAfter && s.capacityBefore != s.capacityAfter)
            sites.append({Kind::Capacity, s.name, s.location});
    }
    return sites;
}

QList<BriefingScenarioHousing> housingOf(const Scenario& scenario)
{
    QList<BriefingScenarioHousing> housing;
    for (const ScenarioEdit& e : scenario.edits) {
        const auto* h = std::get_if<HousingEdit>(&e.change);
        if (!h)
            continue;
        QPolygonF outline;
        if (!h->polygon.isEmpty()) {
            for (const QPointF& p : h->polygon)
                outline << p;
        } else {
            for (int k = 0; k < kCirclePoints; ++k) {
                const double a = 2.0 * std::numbers::pi * k / kCirclePoints;
                outline << h->center + QPointF(h->radius * std::cos(a), h->radius * std::sin(a));
            }
        }
        housing.append({h->name, outline});
    }
    return housing;
}

/** The status column of a school: what the scenario does to it, with its places where they change. */
QString statusOf(const SchoolOutcome& s, const TextLanguage& lang)
{
    const QLocale locale = lang.locale();
    if (s.origin == SimSchoolOrigin::Added)
        return lang.translate("Mk::Briefing", "new school, %1 places").arg(locale.toString(s.capacityAfter));
    if (s.origin == SimSchoolOrigin::Merged)
        return lang.translate("Mk::Briefing", "merged school, %1 places").arg(locale.toString(s.capacityAfter));
    if (s.openBefore && !s.openAfter)
        return lang.translate("Mk::Briefing", "closes");
    if (s.capacityBefore != s.capacityAfter)
        return lang.translate("Mk::Briefing", "places %1 \u2192 %2").arg(locale.toString(s.capacityBefore), locale.toString(s.capacityAfter));
    return {};
}

/** The reading of a paired difference (see the class comment) of an index where higher is more segregated. */
QString verdictOf(const BriefingScenarioIndex& row, const BriefingFormat& f, const TextLanguage& lang)
{
    const QString difference = differenceText(f, row.difference);
    const QString share = f.share(row.probabilityDecrease, 0);
    if (row.difference.low > 0.0)
        return lang.translate("Mk::Briefing", "The difference, %1, lies wholly above zero: segregation goes up (the index is lower in "
                                              "only %2 of the runs).")
            .arg(difference, share);
    if (row.difference.high < 0.0)
        return lang.translate("Mk::Briefing", "The difference, %1, lies wholly below zero: segregation goes down (the index is lower "
                                              "in %2 of the runs).")
            .arg(difference, share);
    return lang.translate("Mk::Briefing", "The difference, %1, is within the spread of the runs: the scenario does not clearly "
                                          "change it (the index is lower in %2 of the runs).")
        .arg(difference, share);
}

QString choiceModelText(const ScenarioOutcome& o, const BriefingContent& c)
{
    const TextLanguage& lang = c.language;
    const BriefingFormat f(lang.locale(), c.suppressedText);
    const ChoiceModelParameters& p = o.calibration.parameters;
    const QString unit = p.distanceForm == DistanceForm::Kilometres ? lang.translate("Mk::Briefing", "per km")
                                                                     : lang.translate("Mk::Briefing", "per ln km");
    QStringList betas;
    for (size_t g = 0; g < p.beta.size(); ++g) {
        QString beta = f.number(p.beta[g], 2);
        if (g < p.betaStandardErrors.size())
            beta += QStringLiteral(" (%1 %2)").arg(lang.translate("Mk::Briefing", "standard error"), f.number(p.betaStandardErrors[g], 2));
        if (!p.sharedBeta())
            beta = QStringLiteral("%1 %2").arg(o.population.groupNames.groupLabelOf(p.groups.value(static_cast<qsizetype>(g)), lang), beta);
        betas << beta;
    }
    QString text = lang.translate("Mk::Briefing", "Choice model: families rank the schools by distance and by each school's "
                                                  "attractiveness (a conditional logit, McFadden 1974), with distance decay \u03b2 = %1 %2")
                       .arg(betas.join(QStringLiteral(", ")), unit);
    switch (p.source) {
    case ParameterSource::Fitted:
        text += QStringLiteral(", ")
            + lang.translate("Mk::Briefing", "fitted by maximum likelihood on the DUO pupils by home postcode")
            + (p.fit ? QStringLiteral(" (%1)").arg(lang.translate("Mk::Briefing", "%1 pupils, pseudo-R\u00b2 %2")
                                                       .arg(formatDecimal(p.fit->pupils, 0, lang.locale()), f.number(p.fit->pseudoR2, 2)))
                     : QString());
        break;
    case ParameterSource::LiteratureDefault:
        text += QStringLiteral(", ") + lang.translate("Mk::Briefing", "the literature default (no pupils by home postcode to fit it on)");
        break;
    case ParameterSource::User:
        text += QStringLiteral(", ") + lang.translate("Mk::Briefing", "as the scenario gives it");
        break;
    }
    text += QStringLiteral(". ");
    if (o.calibration.constantsGiven) {
        text += lang.translate("Mk::Briefing", "The schools' attractiveness is the one stored in the scenario.");
    } else {
        const qsizetype s = c.dataset->schoolIndex(o.calibration.largestGapSchool);
        text += lang.translate("Mk::Briefing", "Each school's attractiveness is calibrated so that the simulation of today reproduces "
                                               "its pupils (Berry 1994); a full school counts as censored, as its pupils show its "
                                               "places, not its demand. The largest remaining difference is %1 pupils (%2).")
                    .arg(f.number(o.calibration.largestGap, 1),
                         s >= 0 ? c.dataset->schools[s].name : o.calibration.largestGapSchool);
    }
    return text;
}

/** `what` ("Admission today: %1.") with the rules in plain words, then their source. */
QString admissionText(const QString& what, const AdmissionRules& rules, const Dataset& dataset, const TextLanguage& lang)
{
    QString text = what.arg(AdmissionRulesDescription::describe(rules, &dataset, lang));
    if (!rules.source.isEmpty())
        text += QLatin1Char(' ') + lang.translate("Mk::Briefing", "Source: %1").arg(rules.source);
    return text;
}

/** The rules' name: the preset's title in `lang`, the rules' own name, or none. */
QString rulesName(const AdmissionRules& rules, const TextLanguage& lang)
{
    const QString preset = Scenario::presetNameOf(rules);
    return preset.isEmpty() ? rules.name : AdmissionRulesDescription::presetTitle(preset, lang);
}

const PlacementOutcome* placementOf(const std::vector<PlacementOutcome>& placement, const QString& group)
{
    for (const PlacementOutcome& p : placement)
        if (p.group == group)
            return &p;
    return nullptr;
}

} // namespace

Result<BriefingScenario> BriefingScenarioWriter::write(const BriefingContent& c, const ScenarioOutcome& o, int number)
{
    auto privacy = ScenarioPrivacy::of(o.result, c.spec.privacyThreshold);
    if (!privacy)
        return privacy.error();
    const TextLanguage& lang = c.language;
    const QLocale locale = lang.locale();
    const BriefingFormat f(locale, c.suppressedText);
    const SimulationResult& r = o.result;
    BriefingScenario b;
    b.title = o.scenario.name.isEmpty() ? lang.translate("Mk::Briefing", "Scenario %1").arg(number) : o.scenario.name;
    for (const ScenarioEdit& e : o.scenario.edits)
        b.changes << e.describe(c.dataset.get(), lang);
    const bool otherRules = o.scenario.admission && *o.scenario.admission != o.scenario.baselineAdmission;
    if (otherRules) {
        const QString name = rulesName(*o.scenario.admission, lang);
        const QString mechanism = AdmissionRulesDescription::mechanism(*o.scenario.admission, lang);
        b.admissionChange = name.isEmpty() ? lang.translate("Mk::Briefing", "Other admission rules: %1 (see the assumptions)").arg(mechanism)
                                           : lang.translate("Mk::Briefing", "Other admission rules, \"%1\": %2 (see the assumptions)")
                                                 .arg(name, mechanism);
    }
    b.runs = lang.translate("Mk::Briefing", "%1 runs, seed %2").arg(locale.toString(r.runs)).arg(r.seed);
    b.sites = sitesOf(r);
    b.housing = housingOf(o.scenario);

    const qsizetype focus = r.groups.indexOf(c.focusGroup);
    if (focus >= 0)
        b.focusGroupLabel = c.focusGroupLabel;
    for (const IndexId id : detail::kBriefingFigures) {
        const bool focusGroup = detail::isFocusGroupFigure(id);
        if (focusGroup && focus < 0)
            continue;
        const QString group = focusGroup ? c.focusGroup : QString();
        for (const IndexOutcome& io : r.indices) {
            if (io.key.name != IndexCatalogue::key(id) || io.key.group != group)
                continue;
            b.indices.append({io.key.name, group, IndexCatalogue::label(id, lang), detail::briefingFigureScope(id, c.focusGroupLabel, lang),
                              cellOf(io.before), cellOf(io.after), cellOf(io.difference), io.probabilityDecrease,
                              io.key.lowerIsMoreSegregated});
        }
    }

    for (const size_t j : ScenarioReport::mostAffected(r, ScenarioReport::kMostAffected)) {
        const SchoolOutcome& s = r.schools[j];
        BriefingScenarioSchool row;
        row.id = s.id;
        row.name = s.name;
        row.statusKey = s.statusKey();
        row.status = statusOf(s, lang);
        for (qsizetype k = 0; k < c.schools.size(); ++k)
            if (c.schools[k].id == s.id)
                row.number = static_cast<int>(k + 1);
        const auto pupils = [&](bool open, const Band& band, ScenarioSituation situation) {
            return !open ? BriefingCell::missing() : privacy->pupilsWithheld(j, situation) ? BriefingCell::suppressed() : cellOf(band);
        };
        row.pupilsBefore = pupils(s.openBefore, s.pupilsBefore, ScenarioSituation::Baseline);
        row.pupilsAfter = pupils(s.openAfter, s.pupilsAfter, ScenarioSituation::Scenario);
        const auto share = [&](bool open, const std::vector<Band>& shares, ScenarioSituation situation) {
            if (!open || focus < 0)
                return BriefingCell::missing();
            return privacy->shareWithheld(j, focus, situation) ? BriefingCell::suppressed() : cellOf(shares[static_cast<size_t>(focus)]);
        };
        row.focusBefore = share(s.openBefore, s.sharesBefore, ScenarioSituation::Baseline);
        row.focusAfter = share(s.openAfter, s.sharesAfter, ScenarioSituation::Scenario);
        b.schools.append(row);
    }

    const PlacementOutcome* allBefore = placementOf(r.placementBefore, QString());
    const PlacementOutcome* allAfter = placementOf(r.placementAfter, QString());
    const PlacementOutcome* focusBefore = focus >= 0 ? placementOf(r.placementBefore, c.focusGroup) : nullptr;
    const PlacementOutcome* focusAfter = focus >= 0 ? placementOf(r.placementAfter, c.focusGroup) : nullptr;
    if (allBefore && allAfter) {
        const std::pair<const char*, Band PlacementOutcome::*> measures[] = {
            {QT_TRANSLATE_NOOP("Mk::Briefing", "At their first choice"), &PlacementOutcome::firstChoice},
            {QT_TRANSLATE_NOOP("Mk::Briefing", "At one of their first three choices"), &PlacementOutcome::topThree},
            {QT_TRANSLATE_NOOP("Mk::Briefing", "Without a place"), &PlacementOutcome::unplaced},
            {QT_TRANSLATE_NOOP("Mk::Briefing", "Distance home to school, mean"), &PlacementOutcome::distanceMean},
            {QT_TRANSLATE_NOOP("Mk::Briefing", "Distance home to school, 90th percentile"), &PlacementOutcome::distanceP90},
        };
        for (const auto& [name, member] : measures) {
            BriefingScenarioPlacement p;
            p.measure = lang.translate("Mk::Briefing", name);
            p.metres = member == &PlacementOutcome::distanceMean || member == &PlacementOutcome::distanceP90;
            p.before = cellOf(allBefore->*member);
            p.after = cellOf(allAfter->*member);
            p.focusBefore = focusBefore ? cellOf(focusBefore->*member) : BriefingCell::missing();
            p.focusAfter = focusAfter ? cellOf(focusAfter->*member) : BriefingCell::missing();
            b.placement.append(p);
        }
    }

    // In brief: the headline indices, what the new schools would draw, and places lost.
    for (const BriefingScenarioIndex& row : std::as_const(b.indices)) {
        if (row.index != QLatin1String("dissimilarity") || row.lowerIsMoreSegregated)
            continue;
        b.summary << lang.translate("Mk::Briefing", "%1, %2: %3 today and %4 in the scenario. %5")
                         .arg(row.name, row.scope, bandText(f, row.before), bandText(f, row.after), verdictOf(row, f, lang));
    }
    const std::vector<double>& gemeente = o.population.gemeenteShares;
    for (qsizetype k = 0; k < b.schools.size(); ++k) {
        const BriefingScenarioSchool& s = b.schools[k];
        if (s.statusKey != QLatin1String("new") && s.statusKey != QLatin1String("merged"))
            continue;
        if (!s.pupilsAfter.hasValue()) {
            b.summary << lang.translate("Mk::Briefing", "\"%1\" would get fewer than %2 pupils.")
                             .arg(s.name, locale.toString(c.spec.privacyThreshold));
            continue;
        }
        QString sentence = lang.translate("Mk::Briefing", "\"%1\" would get about %2 pupils (90 % band %3 to %4)")
                               .arg(s.name, f.number(s.pupilsAfter.value, 0), f.number(s.pupilsAfter.low, 0), f.number(s.pupilsAfter.high, 0));
        if (s.focusAfter.hasValue() && focus >= 0 && static_cast<size_t>(focus) < gemeente.size())
            sentence += lang.translate("Mk::Briefing", ", %1 of them \"%2\" (in the whole gemeente: %3)")
                            .arg(f.share(s.focusAfter.value), c.focusGroupLabel, f.share(gemeente[static_cast<size_t>(focus)]));
        b.summary << sentence + QLatin1Char('.');
    }
    if (allBefore && allAfter && allAfter->unplaced.mean > allBefore->unplaced.mean + 0.001)
        b.summary << lang.translate("Mk::Briefing", "More children are left without a place: %1 today, %2 in the scenario.")
                         .arg(f.share(allBefore->unplaced.mean), f.share(allAfter->unplaced.mean));

    b.assumptions = o.population.assumptions(lang);
    b.assumptions << choiceModelText(o, c);
    b.assumptions << admissionText(lang.translate("Mk::Briefing", "Admission today: %1."), o.scenario.baselineAdmission, *c.dataset, lang);
    if (otherRules)
        b.assumptions << admissionText(lang.translate("Mk::Briefing", "Admission in the scenario: %1."), *o.scenario.admission, *c.dataset, lang);
    b.assumptions << lang.translate("Mk::Briefing", "%1 Monte-Carlo runs with seed %2. Today and the scenario use the same random "
                                                    "numbers (common random numbers), so their difference has its own, narrower band; "
                                                    "the same seed gives the same numbers.")
                         .arg(locale.toString(r.runs))
                         .arg(r.seed);
    b.verification = ScenarioReport::verificationText(r, lang);
    for (const Diagnostic& d : o.diagnostics.items())
        if (d.severity != Diagnostic::Severity::Info)
            b.notes << d.message;
    return b;
}

} // namespace Mk
