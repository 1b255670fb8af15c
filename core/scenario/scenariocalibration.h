// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "choice/calibrationreport.h"
#include "choice/choicemodelparameters.h"
#include "scenario/scenariosimulator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Mk {

class AdmissionRules;
class Feedback;
struct Dataset;
struct SyntheticPopulation;

/** The choice model of a gemeente's baseline: its parameters, the school constants and how well they fit. */
struct ScenarioCalibration {
    ChoiceModelParameters parameters;
    QHash<QString, double> schoolConstants; ///< δ by school id
    /** With a composition term: the baseline's settled perceived shares (per group) by school id; else empty. */
    QHash<QString, std::vector<double>> perceivedShares;
    CalibrationReport report;
    bool fittedOnFlows = false;        ///< β from the DUO flows (else given or the literature defaults)
    bool constantsGiven = false;       ///< the scenario stored its school constants: nothing was calibrated
    int analyticIterations = 0;        ///< contraction steps on the logit's expected demand
    int simulatedIterations = 0;       ///< contraction steps on the Monte Carlo's mean placements
    double largestGap = 0.0;           ///< max |simulated − observed| pupils over the schools that are not full
    QString largestGapSchool;          ///< that school's id
    QString largestGapSchoolName;      ///< and its name, for people
    Diagnostics diagnostics;

    /** CalibrationReport::toJson() with how the constants were found (iterations, largest gap). */
    QJsonObject toJson() const;
};

/**
 * Fits and calibrates the choice model on the baseline, in three steps:
 *  1. β: maximum likelihood on the DUO pupil flows (ChoiceModelFit) when they are loaded, else the given
 *     parameters or the documented literature defaults;
 *  2. δ: Berry's contraction (Berry 1994, RAND J. Econ. 25:242-262) on the logit's expected demand of the
 *     synthetic population, so that the expected pupils of every school equal its observed pupils;
 *  3. δ again, with the same contraction on the simulated demand: the mean placements of the baseline's own
 *     Monte-Carlo runs under its admission rules and capacities (the same random numbers as the baseline run,
 *     "simulated BLP", Berry, Levinsohn & Pakes 1995, Econometrica 63:841-890), until every school that is not
 *     full is within kTolerance pupils. Full schools are censored: their enrolment is supply, not demand, so
 *     their δ only moves up (their demand is at least their places) and never sheds pupils to far-away schools.
 */
class ScenarioCalibrator
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ScenarioCalibrator)
public:
    static constexpr double kTolerance = 0.5;      ///< pupils, mean over the runs
    static constexpr int kMaxSimulatedIterations = 25;

    static Result<ScenarioCalibration> calibrate(const Dataset& dataset, const SyntheticPopulation& population,
                                                 const AdmissionRules& baselineRules,
                                                 const std::optional<ChoiceModelParameters>& given,
                                                 const QHash<QString, double>& givenConstants, const MonteCarloOptions& options,
                                                 Feedback& feedback);
};

} // namespace Mk
