// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/mutualinformationchange.h"
#include "index/segregationsummary.h"
#include "scenario/simulationworld.h"

#include <QPointF>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <vector>

namespace Mk {

/** A figure over the Monte-Carlo runs: its mean and the 90 % band (5th and 95th percentiles of the runs). */
struct Band {
    double mean = std::numeric_limits<double>::quiet_NaN();
    double lo = std::numeric_limits<double>::quiet_NaN();
    double hi = std::numeric_limits<double>::quiet_NaN();

    /** Mean and percentile band of `values` (left in an unspecified order). NaN values are ignored. */
    static Band of(std::vector<double>& values);
    bool isValid() const { return std::isfinite(mean); }
};

/** One school before and after. Shares are of the school's placed pupils, per group. */
struct SchoolOutcome {
    QString id;
    QString name;
    QPointF location;
    SimSchoolOrigin origin = SimSchoolOrigin::Existing;
    bool openBefore = false; ///< exists in the baseline
    bool openAfter = false;  ///< exists in the scenario
    int capacityBefore = 0;
    int capacityAfter = 0;
    bool capacityAssumed = false;
    double observedPupils = 0.0; ///< the calibration target (0 for a new school)
    Band pupilsBefore, pupilsAfter;
    std::vector<Band> sharesBefore, sharesAfter; ///< per group
    std::vector<double> countsBefore, countsAfter; ///< mean pupils per group (for privacy suppression)
    /** Share of runs in which the school was full (every place taken) before and after. */
    double fullBefore = 0.0, fullAfter = 0.0;

    /** What the scenario does to the school, as every output names it: "new", "merged", "closed" or "existing". */
    QString statusKey() const
    {
        if (origin == SimSchoolOrigin::Added)
            return QStringLiteral("new");
        if (origin == SimSchoolOrigin::Merged)
            return QStringLiteral("merged");
        return openBefore && !openAfter ? QStringLiteral("closed") : QStringLiteral("existing");
    }
};

/** One index before, after and their paired difference over the runs (common random numbers). */
struct IndexOutcome {
    SegregationSummary::Key key;
    Band before, after, difference;
    double probabilityDecrease = 0.0; ///< share of runs in which after < before
    /** The index in each run, in run order (NaN where undefined): its distribution over the runs. */
    std::vector<double> runsBefore, runsAfter;
};

/** Where children were placed, per group and for all children (last entry), in one situation. */
struct PlacementOutcome {
    QString group; ///< canonical group name; empty = all children
    Band firstChoice, topThree, unplaced; ///< shares of the group's children
    Band distanceMean, distanceP90;       ///< metres home to school, placed children
};

/** What the verifier counted over all runs of one situation (every matching is checked as it is made). */
struct VerificationTally {
    int matchings = 0;
    qint64 blockingPairs = 0;      ///< stable mechanisms (DA): must be 0
    qint64 justifiedEnvy = 0;      ///< the same count for Boston, which is not stable by design
    qint64 capacityViolations = 0;
    qint64 wastefulPairs = 0;      ///< a child prefers a school with a free seat she may take
    qint64 reserveViolations = 0;
    int eligibilityChecks = 0;     ///< sampled children whose reserve eligibility was toggled
    qint64 eligibilityViolations = 0; ///< eligibility made one of them worse off
    void add(const VerificationTally& other);
    /** Nothing a correct mechanism would avoid went wrong. */
    bool clean() const { return blockingPairs == 0 && capacityViolations == 0 && reserveViolations == 0 && eligibilityViolations == 0; }
};

/**
 * Where the Monte Carlo's time went: seconds per stage on the worker threads (their CPU time where the system keeps
 * it, else the steady clock), summed over the runs
 * of both situations; the stages follow ScenarioSimulator's order. Thread time, so on n busy cores it adds up to
 * about n times the wall time.
 */
struct StageTimes {
    double setup = 0.0;        ///< per situation, once: choice sets (utilities of every child and school), rules bound
    double draws = 0.0;        ///< per run: preference noise and rankings (exponential race), lotteries, siblings
    double compile = 0.0;      ///< per run: the rules applied to the rankings (lists, priority classes, back-ups)
    double matching = 0.0;     ///< per run: the mechanism (DA or Boston)
    double verification = 0.0; ///< per run: MatchingVerifier (and the reserve-eligibility rematches)
    double tallies = 0.0;      ///< per run: counts, placement figures and every index
    void add(const StageTimes& other);
    double total() const { return setup + draws + compile + matching + verification + tallies; }
};

/** Everything one scenario run (baseline and scenario, N Monte-Carlo runs) produced. */
struct SimulationResult {
    QString scenarioName;
    QStringList groups;
    int runs = 0;
    quint64 seed = 0;
    int threads = 0;
    std::vector<SchoolOutcome> schools; ///< baseline schools first, then added/merged ones
    std::vector<IndexOutcome> indices;
    /** The Shapley split of the change in M (Elbers 2021) between the mean baseline and scenario tables. */
    MutualInformationChange mutualInformationChange;
    bool haveMutualInformationChange = false;
    std::vector<PlacementOutcome> placementBefore, placementAfter; ///< per group, then all
    VerificationTally verificationBefore, verificationAfter;
    QString mechanismBefore, mechanismAfter; ///< "boston" or "da"
    double childrenBefore = 0.0, childrenAfter = 0.0;
    double simulatedSeconds = 0.0; ///< wall time of the Monte Carlo
    StageTimes stageTimes;         ///< thread time of the Monte Carlo per stage
    Diagnostics diagnostics;       ///< e.g. school ids of the rules that the data lack
};

} // namespace Mk
