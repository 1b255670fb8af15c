// SPDX-License-Identifier: GPL-3.0-or-later
#include "goals/goalevaluator.h"

#include "catchment/catchmentanalysis.h"
#include "index/indexsimulation_p.h"
#include "index/inferencereport.h"
#include "index/randomtables.h"
#include "index/variancedecomposition.h"
#include "model/dataset.h"

#include <QMap>

#include <cmath>
#include <numbers>

namespace Mk {

namespace {

constexpr quint64 kSchoolwegingStream = 7;

/** A standard normal variate by Box-Muller from two of RandomTables' uniforms (platform-independent, like them). */
double standardNormal(RandomTables::Engine& engine)
{
    const double u1 = 1.0 - RandomTables::uniform(engine); // (0, 1]: log is finite
    const double u2 = RandomTables::uniform(engine);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

GoalStatus statusOf(const LeaGoal& goal, const GoalMeasurement& m)
{
    const bool met = goal.isMet(m.value);
    // The interval's far side from the target decides whether the verdict could flip by chance.
    const bool lowMeets = goal.isMet(m.low), highMeets = goal.isMet(m.high);
    if (met)
        return lowMeets && highMeets ? GoalStatus::Met : GoalStatus::MetUncertain;
    return !lowMeets && !highMeets ? GoalStatus::NotMet : GoalStatus::NotMetUncertain;
}

void fromEstimate(GoalEvaluation& e, const InferenceReport::Estimate* estimate, const QString& period, const TextLanguage& language)
{
    if (!estimate || !std::isfinite(estimate->estimate)) {
        e.note = language.translate("Mk::GoalEvaluator", "The index cannot be computed from the school composition.");
        return;
    }
    // Centred on the estimate, as in the briefing's key figures; D and M are never below 0.
    e.current = GoalMeasurement{period, estimate->estimate, std::max(0.0, estimate->centredLow()), estimate->centredHigh(), 0, 0};
}

} // namespace

std::optional<GoalMeasurement> GoalEvaluator::schoolwegingSpread(const QList<SchoolwegingRecord>& records, const QString& period,
                                                                 const Options& options)
{
    QStringList ids;
    std::vector<double> counts, means, spreads;
    for (const SchoolwegingRecord& r : records) {
        if (r.period != period || !r.pupils || !(*r.pupils > 0))
            continue;
        ids.append(r.ovt);
        counts.push_back(*r.pupils);
        means.push_back(r.schoolweging);
        spreads.push_back(r.spread.value_or(0.0));
    }
    if (ids.size() < 2)
        return std::nullopt;
    const auto observed = VarianceDecomposition::compute(ids, counts, means, spreads);
    if (!observed)
        return std::nullopt;
    std::vector<double> replicates(static_cast<size_t>(std::max(options.replicates, 2)));
    std::vector<double> drawn(means.size());
    for (size_t b = 0; b < replicates.size(); ++b) {
        RandomTables::Engine engine = RandomTables::engine(options.seed, kSchoolwegingStream, b);
        for (size_t i = 0; i < means.size(); ++i)
            drawn[i] = means[i] + standardNormal(engine) * spreads[i] / std::sqrt(counts[i]);
        const auto v = VarianceDecomposition::compute(ids, counts, drawn, spreads);
        replicates[b] = v ? std::sqrt(v->between) : std::nan("");
    }
    const detail::SampleSummary s = detail::summarize(replicates, 1, 0, options.confidence);
    return GoalMeasurement{period, std::sqrt(observed->between), s.low, s.high, 0, 0};
}

QList<GoalEvaluation> GoalEvaluator::evaluate(const QList<LeaGoal>& goals, const Dataset& dataset, const CatchmentResult& catchments,
                                              const InferenceReport& schoolIndices, const Options& options, const TextLanguage& language)
{
    const QStringList& groups = catchments.schoolComposition.groups;
    const QString noEarlierYears =
        language.translate("Mk::GoalEvaluator", "No earlier years are loaded: only the current value can be shown.");
    QList<GoalEvaluation> out;
    for (const LeaGoal& goal : goals) {
        GoalEvaluation e;
        e.goal = goal;
        const bool twoGroup = goal.indicator == GoalIndicator::Dissimilarity || goal.indicator == GoalIndicator::ChoiceShare;
        if (twoGroup)
            e.group = goal.group.isEmpty() ? groups.value(0) : goal.group;
        if (twoGroup && !groups.contains(e.group)) {
            e.note = language.translate("Mk::GoalEvaluator", "The group \"%1\" is not in the data (groups: %2).")
                         .arg(e.group, groups.join(QStringLiteral(", ")));
            out.append(e);
            continue;
        }
        switch (goal.indicator) {
        case GoalIndicator::SchoolsMirroringShare: {
            int k = 0, n = 0;
            for (const AfspiegelingRow& row : catchments.afspiegeling) {
                const bool judged = row.judged();
                n += judged ? 1 : 0;
                k += row.verdict == AfspiegelingVerdict::Mirrors ? 1 : 0;
            }
            if (n == 0) {
                e.note = language.translate("Mk::GoalEvaluator",
                                            "No school has enough pupils and data to be compared with its catchment.");
                break;
            }
            const double p = static_cast<double>(k) / n;
            const Afspiegeling::Interval ci = Afspiegeling::wilson(p, n, options.confidence);
            e.current = GoalMeasurement{dataset.dataYear, p, ci.low, ci.high, k, n};
            e.note = noEarlierYears;
            break;
        }
        case GoalIndicator::Dissimilarity:
            fromEstimate(e, schoolIndices.find(IndexId::Dissimilarity, e.group), dataset.dataYear, language);
            if (e.current)
                e.note = noEarlierYears;
            break;
        case GoalIndicator::MutualInformation:
            fromEstimate(e, schoolIndices.find(IndexId::MutualInformation), dataset.dataYear, language);
            if (e.current)
                e.note = noEarlierYears;
            break;
        case GoalIndicator::ChoiceShare:
            for (const ResidentialChoiceRow& row : catchments.split.rows)
                if (row.index == IndexId::Dissimilarity && row.group == e.group && std::isfinite(row.choice))
                    e.current = GoalMeasurement{dataset.dataYear, row.choice, row.centredChoiceLow(), row.centredChoiceHigh(), 0, 0};
            e.note = e.current ? noEarlierYears
                               : language.translate("Mk::GoalEvaluator", "The nearest-school comparison has no value for this group.");
            break;
        case GoalIndicator::SchoolwegingSpread: {
            QStringList periods;
            for (const SchoolwegingRecord& r : dataset.schoolwegingHistory)
                if (!periods.contains(r.period))
                    periods.append(r.period);
            periods.sort(); // "2021-2022" < "2022-2023": school years sort as text
            for (const QString& period : std::as_const(periods))
                if (auto m = schoolwegingSpread(dataset.schoolwegingHistory, period, options))
                    e.trend.append(*m);
            if (e.trend.isEmpty()) {
                e.note = language.translate("Mk::GoalEvaluator",
                                            "No schoolweging with pupil counts is loaded for at least two schools.");
                break;
            }
            e.current = e.trend.back();
            if (e.trend.size() == 1) {
                e.trend.clear();
                e.note = noEarlierYears;
            }
            break;
        }
        }
        if (e.current)
            e.status = statusOf(goal, *e.current);
        out.append(e);
    }
    return out;
}

} // namespace Mk
