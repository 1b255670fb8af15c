// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "goals/leagoal.h"
#include "i18n/textlanguage.h"

#include <QList>
#include <QString>

#include <optional>

namespace Mk {

struct CatchmentResult;
struct Dataset;
struct InferenceReport;
struct SchoolwegingRecord;

/** The value of a goal's indicator in one period, with its interval. */
struct GoalMeasurement {
    QString period;    ///< school year ("2023-2024") or the data year of the loaded data
    double value = 0.0;
    double low = 0.0;  ///< interval at GoalEvaluator::Options::confidence
    double high = 0.0;
    int count = 0;     ///< SchoolsMirroringShare: k schools that mirror ...
    int of = 0;        ///< ... of n schools with a verdict
};

/** Where the current value stands against the target, taking its interval into account. */
enum class GoalStatus {
    Met,             ///< the whole interval meets the target
    MetUncertain,    ///< the value meets it, but the interval reaches past it
    NotMetUncertain, ///< the value misses it, but the interval reaches it
    NotMet,          ///< the whole interval misses it
    Unknown,         ///< no value (see note)
};

/** One goal evaluated on the loaded data. */
struct GoalEvaluation {
    LeaGoal goal;
    QString group;                          ///< the group a two-group indicator is about; empty otherwise
    std::optional<GoalMeasurement> current; ///< empty when the indicator cannot be computed
    QList<GoalMeasurement> trend;           ///< every loaded period, earliest first, current last; empty with one period
    GoalStatus status = GoalStatus::Unknown;
    QString note; ///< translated: why there is no value, or that no earlier years are loaded

    bool isMet() const { return status == GoalStatus::Met || status == GoalStatus::MetUncertain; }
};

/**
 * Evaluates LEA goals (LeaGoal) on a dataset and its catchment analysis: the current value of each
 * indicator with a confidence interval, met or not against the target, and a trend per school year
 * where earlier years are loaded.
 *
 * - SchoolsMirroringShare: k of the n schools with a verdict (mirrors, over- or under-represents;
 *   Afspiegeling) mirror their catchment; interval: Wilson score interval of k/n
 *   (Wilson 1927, JASA 22:209-212; Afspiegeling::wilson).
 * - Dissimilarity (group against the rest) and MutualInformation (all groups): the school composition's
 *   index with its bootstrap interval from InferenceReport (Elbers' individual bootstrap), centred on the
 *   estimate (InferenceReport::Estimate::centredLow) and cut at 0.
 * - ChoiceShare: D observed minus D if every child attended its nearest school, with the bootstrap
 *   interval of the difference (ResidentialChoiceSplit), centred on it (centredChoiceLow).
 * - SchoolwegingSpread: per school year t the pupil-weighted standard deviation of the schools' mean
 *   schoolweging, s_t = sqrt(sum_i n_i (m_i - mu)^2 / sum_i n_i), mu = sum_i n_i m_i / sum_i n_i (the
 *   between-school part of the law of total variance; VarianceDecomposition::between). Interval: parametric
 *   bootstrap (Efron & Tibshirani 1993, ch. 6): B replicates with m_i* = m_i + z sd_i / sqrt(n_i), z standard
 *   normal and sd_i the school's within-school spread ("spreiding"), percentile interval of the s_t*. It
 *   covers the sampling error of each school's mean, not year-to-year change. Every school year in
 *   Dataset::schoolwegingHistory is a trend point.
 * Only SchoolwegingSpread has earlier years today; the other indicators rest on one set of files, and the
 * evaluation says so in its note. Met/not met compares the value; the status also says whether the
 * interval lies wholly on one side of the target.
 */
class GoalEvaluator
{
public:
    struct Options {
        double confidence = 0.95;
        int replicates = 1000;  ///< parametric bootstrap of the schoolweging spread
        quint64 seed = 20250101; ///< same seed, same intervals
    };

    /**
     * `schoolIndices` is InferenceReport::compute() on catchments.schoolComposition (shared with the
     * briefing's key figures). Notes are in `language`.
     */
    static QList<GoalEvaluation> evaluate(const QList<LeaGoal>& goals, const Dataset& dataset, const CatchmentResult& catchments,
                                          const InferenceReport& schoolIndices, const Options& options,
                                          const TextLanguage& language = TextLanguage::application());

    /** The pupil-weighted spread of one school year's records (mean, spread and pupils each), with its interval. */
    static std::optional<GoalMeasurement> schoolwegingSpread(const QList<SchoolwegingRecord>& records, const QString& period,
                                                             const Options& options);
};

} // namespace Mk
