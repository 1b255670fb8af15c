// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenarioreport.h"

#include "base/jsonnumber.h"
#include "privacy/smallcellsuppressor.h"
#include "scenario/scenarioprivacy.h"
#include "scenario/scenariorunner.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Mk {

namespace {

QJsonValue bandJson(const Band& b)
{
    if (!b.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("mean"), jsonNumber(b.mean)}, {QStringLiteral("lo"), jsonNumber(b.lo)}, {QStringLiteral("hi"), jsonNumber(b.hi)}};
}

QJsonObject indicesJson(const std::vector<IndexOutcome>& indices, const Band IndexOutcome::*band)
{
    QJsonObject out;
    for (const IndexOutcome& o : indices)
        out.insert(ScenarioReport::indexName(o.key.name, o.key.group), bandJson(o.*band));
    return out;
}

QJsonObject placementJson(const std::vector<PlacementOutcome>& placement)
{
    QJsonObject out;
    for (const PlacementOutcome& p : placement)
        out.insert(p.group.isEmpty() ? QStringLiteral("all") : p.group,
                   QJsonObject{{QStringLiteral("first_choice"), bandJson(p.firstChoice)},
                               {QStringLiteral("top_3"), bandJson(p.topThree)},
                               {QStringLiteral("unplaced"), bandJson(p.unplaced)},
                               {QStringLiteral("distance_mean_m"), bandJson(p.distanceMean)},
                               {QStringLiteral("distance_p90_m"), bandJson(p.distanceP90)}});
    return out;
}

QJsonObject verificationJson(const VerificationTally& v)
{
    return QJsonObject{{QStringLiteral("matchings"), v.matchings},
                       {QStringLiteral("blocking_pairs"), static_cast<double>(v.blockingPairs)},
                       {QStringLiteral("justified_envy"), static_cast<double>(v.justifiedEnvy)},
                       {QStringLiteral("capacity_violations"), static_cast<double>(v.capacityViolations)},
                       {QStringLiteral("wasteful_pairs"), static_cast<double>(v.wastefulPairs)},
                       {QStringLiteral("reserve_violations"), static_cast<double>(v.reserveViolations)},
                       {QStringLiteral("eligibility_checks"), v.eligibilityChecks},
                       {QStringLiteral("eligibility_violations"), static_cast<double>(v.eligibilityViolations)}};
}

} // namespace

QString ScenarioReport::indexName(const QString& key, const QString& group)
{
    return group.isEmpty() ? key : QStringLiteral("%1[%2]").arg(key, group);
}

std::vector<size_t> ScenarioReport::mostAffected(const SimulationResult& result, size_t count)
{
    std::vector<size_t> order(result.schools.size());
    std::iota(order.begin(), order.end(), size_t{0});
    auto change = [&](size_t j) {
        const SchoolOutcome& s = result.schools[j];
        return std::abs((s.openAfter ? s.pupilsAfter.mean : 0.0) - (s.openBefore ? s.pupilsBefore.mean : 0.0));
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return change(a) > change(b); });
    order.resize(std::min(count, order.size()));
    return order;
}

QString ScenarioReport::verificationText(const SimulationResult& result, const TextLanguage& language)
{
    VerificationTally all = result.verificationBefore;
    all.add(result.verificationAfter);
    return language.translate("Mk::ScenarioReport", "%1 matchings verified: %2 blocking pairs, %3 capacity violations, %4 reserve violations.")
        .arg(all.matchings)
        .arg(all.blockingPairs)
        .arg(all.capacityViolations)
        .arg(all.reserveViolations);
}

Result<QJsonObject> ScenarioReport::toJson(const ScenarioOutcome& outcome, double privacyThreshold)
{
    const SimulationResult& r = outcome.result;
    auto privacy = ScenarioPrivacy::of(r, privacyThreshold);
    if (!privacy)
        return privacy.error();
    const qsizetype groups = r.groups.size();
    const QJsonValue null(QJsonValue::Null);

    QJsonArray schools;
    int suppressedFigures = 0;
    for (size_t j = 0; j < r.schools.size(); ++j) {
        const SchoolOutcome& s = r.schools[j];
        auto composition = [&](const std::vector<Band>& shares, ScenarioSituation situation, bool open, QJsonArray& suppressed) {
            QJsonObject out;
            for (qsizetype g = 0; g < groups; ++g) {
                const bool hide = privacy->shareSuppressed(j, g, situation);
                if (hide) {
                    suppressed.append(r.groups[g]);
                    ++suppressedFigures;
                }
                out.insert(r.groups[g], hide || !open ? null : bandJson(shares[static_cast<size_t>(g)]));
            }
            return out;
        };
        // A total below the threshold identifies few children too: withheld with its shares.
        const bool hideBefore = privacy->pupilsWithheld(j, ScenarioSituation::Baseline);
        const bool hideAfter = privacy->pupilsWithheld(j, ScenarioSituation::Scenario);
        QJsonArray suppressedBefore, suppressedAfter;
        QJsonObject compBefore = composition(s.sharesBefore, ScenarioSituation::Baseline, s.openBefore, suppressedBefore);
        QJsonObject compAfter = composition(s.sharesAfter, ScenarioSituation::Scenario, s.openAfter, suppressedAfter);
        if (hideBefore) {
            for (const QString& g : r.groups)
                compBefore.insert(g, null);
            suppressedBefore = QJsonArray{QStringLiteral("pupils")};
            ++suppressedFigures;
        }
        if (hideAfter) {
            for (const QString& g : r.groups)
                compAfter.insert(g, null);
            suppressedAfter = QJsonArray{QStringLiteral("pupils")};
            ++suppressedFigures;
        }
        schools.append(QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("status"), s.statusKey()},
            {QStringLiteral("x"), s.location.x()},
            {QStringLiteral("y"), s.location.y()},
            {QStringLiteral("capacity_before"), s.openBefore ? QJsonValue(s.capacityBefore) : null},
            {QStringLiteral("capacity_after"), s.openAfter ? QJsonValue(s.capacityAfter) : null},
            {QStringLiteral("capacity_assumed"), s.capacityAssumed},
            {QStringLiteral("observed_pupils"), s.openBefore && !privacy->observedWithheld(j) ? jsonNumber(s.observedPupils) : null},
            {QStringLiteral("pupils_before"), hideBefore || !s.openBefore ? null : bandJson(s.pupilsBefore)},
            {QStringLiteral("pupils_after"), hideAfter || !s.openAfter ? null : bandJson(s.pupilsAfter)},
            {QStringLiteral("composition_before"), compBefore},
            {QStringLiteral("composition_after"), compAfter},
            {QStringLiteral("full_share_before"), s.openBefore ? jsonNumber(s.fullBefore) : null},
            {QStringLiteral("full_share_after"), s.openAfter ? jsonNumber(s.fullAfter) : null},
            {QStringLiteral("suppressed_before"), suppressedBefore},
            {QStringLiteral("suppressed_after"), suppressedAfter},
        });
    }

    QJsonObject pDecrease;
    for (const IndexOutcome& o : r.indices)
        pDecrease.insert(indexName(o.key.name, o.key.group), jsonNumber(o.probabilityDecrease));

    QJsonObject mChange;
    if (r.haveMutualInformationChange) {
        const MutualInformationChange& m = r.mutualInformationChange;
        mChange = m.toJson();
        mChange.insert(QStringLiteral("of"), QStringLiteral("mean tables over the runs"));
    }

    VerificationTally all = r.verificationBefore;
    all.add(r.verificationAfter);
    QJsonObject verification = verificationJson(all);
    verification.insert(QStringLiteral("runs"), r.runs);
    verification.insert(QStringLiteral("baseline"), verificationJson(r.verificationBefore));
    verification.insert(QStringLiteral("scenario"), verificationJson(r.verificationAfter));

    const SyntheticPopulation& pop = outcome.population;
    QJsonObject population{{QStringLiteral("scope"), pop.scope == PopulationScope::Cohort ? QStringLiteral("cohort") : QStringLiteral("pupils")},
                           {QStringLiteral("source"), pop.fromPupilFlows ? QStringLiteral("pupil_flows") : QStringLiteral("school_age_estimate")},
                           {QStringLiteral("characteristic"), pop.groupNames.characteristic},
                           {QStringLiteral("groups"), QJsonArray::fromStringList(r.groups)},
                           {QStringLiteral("children_baseline"), r.childrenBefore},
                           {QStringLiteral("children_scenario"), r.childrenAfter},
                           {QStringLiteral("left_out_pupils"), pop.leftOutPupils},
                           {QStringLiteral("assumptions"), QJsonArray::fromStringList(pop.assumptions())}};

    QJsonArray diagnostics;
    for (const Diagnostic& d : outcome.diagnostics.items())
        diagnostics.append(QJsonObject{{QStringLiteral("severity"), d.severity == Diagnostic::Severity::Info      ? QStringLiteral("info")
                                                                    : d.severity == Diagnostic::Severity::Warning ? QStringLiteral("warning")
                                                                                                                   : QStringLiteral("error")},
                                       {QStringLiteral("message"), d.message},
                                       {QStringLiteral("subject"), d.subjectId}});

    QJsonArray edits;
    for (qsizetype e = 0; e < outcome.scenario.edits.size(); ++e) {
        QJsonObject edit = outcome.scenario.edits[e].toJson();
        edit.insert(QStringLiteral("description"), outcome.editDescriptions.value(e));
        edits.append(edit);
    }

    return QJsonObject{
        {QStringLiteral("name"), outcome.scenario.name},
        {QStringLiteral("runs"), r.runs},
        {QStringLiteral("seed"), static_cast<double>(r.seed)},
        {QStringLiteral("threads"), r.threads},
        {QStringLiteral("baseline"), QJsonObject{{QStringLiteral("indices"), indicesJson(r.indices, &IndexOutcome::before)},
                                                 {QStringLiteral("mechanism"), r.mechanismBefore}}},
        {QStringLiteral("scenario"), QJsonObject{{QStringLiteral("indices"), indicesJson(r.indices, &IndexOutcome::after)},
                                                 {QStringLiteral("mechanism"), r.mechanismAfter}}},
        {QStringLiteral("difference"), QJsonObject{{QStringLiteral("indices"), indicesJson(r.indices, &IndexOutcome::difference)}}},
        {QStringLiteral("p_decrease"), pDecrease},
        {QStringLiteral("mutual_information_change"), mChange},
        {QStringLiteral("schools"), schools},
        {QStringLiteral("placement"), QJsonObject{{QStringLiteral("baseline"), placementJson(r.placementBefore)},
                                                  {QStringLiteral("scenario"), placementJson(r.placementAfter)}}},
        {QStringLiteral("calibration"), outcome.calibration.toJson()},
        {QStringLiteral("choice_model"), outcome.calibration.parameters.toJson()},
        {QStringLiteral("verification"), verification},
        {QStringLiteral("population"), population},
        {QStringLiteral("edits"), edits},
        {QStringLiteral("admission"), QJsonObject{{QStringLiteral("baseline"), outcome.scenario.baselineAdmission.toJson()},
                                                  {QStringLiteral("scenario"), outcome.scenario.scenarioAdmission().toJson()}}},
        {QStringLiteral("privacy_threshold"), privacyThreshold},
        {QStringLiteral("suppressed_figures"), suppressedFigures},
        {QStringLiteral("diagnostics"), diagnostics},
        {QStringLiteral("seconds"), r.simulatedSeconds},
    };
}

Result<QStringList> ScenarioReport::toText(const ScenarioOutcome& outcome, double privacyThreshold, const TextLanguage& language)
{
    const SimulationResult& r = outcome.result;
    auto privacy = ScenarioPrivacy::of(r, privacyThreshold);
    if (!privacy)
        return privacy.error();
    const QLocale locale = language.locale();
    auto num = [&](double v, int decimals) { return std::isfinite(v) ? locale.toString(v, 'f', decimals) : QStringLiteral("–"); };
    auto band = [&](const Band& b, int decimals) {
        return QStringLiteral("%1 [%2; %3]").arg(num(b.mean, decimals), num(b.lo, decimals), num(b.hi, decimals));
    };
    QStringList out;
    out << language.translate("Mk::ScenarioReport", "Scenario \"%1\": %2 runs, seed %3.")
               .arg(outcome.scenario.name.isEmpty() ? language.translate("Mk::ScenarioReport", "unnamed") : outcome.scenario.name)
               .arg(r.runs)
               .arg(r.seed);
    for (const QString& e : outcome.editDescriptions)
        out << QStringLiteral("  - ") + e;
    out << language.translate("Mk::ScenarioReport", "Admission: baseline %1, scenario %2.").arg(r.mechanismBefore, r.mechanismAfter);
    out << QString();
    out << language.translate("Mk::ScenarioReport", "Index (mean [90 % band])       baseline            scenario            difference          P(down)");
    for (const IndexOutcome& o : r.indices) {
        if (!o.key.group.isEmpty() && o.key.name != QLatin1String("dissimilarity"))
            continue; // the text shows D per group and the multigroup indices; JSON has every index
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(indexName(o.key.name, o.key.group).leftJustified(30).left(30), band(o.before, 3).leftJustified(19),
                        band(o.after, 3).leftJustified(19), band(o.difference, 3).leftJustified(19), num(o.probabilityDecrease, 2));
    }
    out << QString();
    out << language.translate("Mk::ScenarioReport", "Schools most affected (pupils, mean [90 % band]):");
    for (const size_t j : mostAffected(r, kMostAffected)) {
        const SchoolOutcome& s = r.schools[j];
        auto pupils = [&](bool open, const Band& b, ScenarioSituation situation) {
            if (!open)
                return s.origin == SimSchoolOrigin::Existing ? language.translate("Mk::ScenarioReport", "closed") : language.translate("Mk::ScenarioReport", "new");
            return privacy->pupilsWithheld(j, situation) ? privacy->suppressor().suppressedText(locale) : band(b, 0);
        };
        out << QStringLiteral("  %1  %2 -> %3").arg(s.name.left(40).leftJustified(40), pupils(s.openBefore, s.pupilsBefore, ScenarioSituation::Baseline),
                                                     pupils(s.openAfter, s.pupilsAfter, ScenarioSituation::Scenario));
    }
    out << QString();
    const PlacementOutcome& pb = r.placementBefore.back();
    const PlacementOutcome& pa = r.placementAfter.back();
    out << language.translate("Mk::ScenarioReport", "First choice: %1 % -> %2 %; top 3: %3 % -> %4 %; unplaced: %5 % -> %6 %; mean distance %7 m -> %8 m.")
               .arg(num(100 * pb.firstChoice.mean, 1), num(100 * pa.firstChoice.mean, 1), num(100 * pb.topThree.mean, 1),
                    num(100 * pa.topThree.mean, 1), num(100 * pb.unplaced.mean, 1), num(100 * pa.unplaced.mean, 1),
                    num(pb.distanceMean.mean, 0), num(pa.distanceMean.mean, 0));
    out << verificationText(r, language);
    for (const QString& a : outcome.population.assumptions(language))
        out << language.translate("Mk::ScenarioReport", "Assumption: %1").arg(a);
    return out;
}

} // namespace Mk
