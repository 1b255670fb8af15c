// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "privacy/smallcellsuppressor.h"

#include <cstddef>
#include <vector>

namespace Mk {

struct SimulationResult;

/** The two situations a scenario run compares. */
enum class ScenarioSituation { Baseline, Scenario };

/**
 * Which per-school figures of a scenario run every output withholds: the JSON and text of ScenarioReport,
 * the GeoPackage layer of ScenarioLayerWriter and the briefing. Decided once, here, so they all agree.
 *
 * A school's pupils and shares rest on simulated children drawn from real counts, so they are treated as
 * counts: per situation the mean pupils per school and group form a table whose cells below the threshold are
 * withheld, with secondary suppression across the school's groups because the school's total is published
 * (SmallCellSuppressor, PublishedTotals::Rows; Hundepool et al. 2012, "Statistical Disclosure Control", Wiley,
 * ch. 4). A school whose mean total itself is below the threshold has every figure of that situation withheld.
 */
class ScenarioPrivacy
{
public:
    /** Fails for a threshold below 1 (SmallCellSuppressor::create). */
    static Result<ScenarioPrivacy> of(const SimulationResult& result, double threshold);

    const SmallCellSuppressor& suppressor() const { return m_suppressor; }
    /** The school is open in `situation` and its mean pupils are below the threshold: all its figures there are withheld. */
    bool pupilsWithheld(size_t school, ScenarioSituation situation) const;
    /**
     * The school is open in `situation` and the suppression pattern withholds the share of `group` (primary or
     * secondary). Does not include pupilsWithheld(), which the JSON lists apart.
     */
    bool shareSuppressed(size_t school, qsizetype group, ScenarioSituation situation) const;
    /** What a reader may not see of a share: shareSuppressed() or pupilsWithheld(). */
    bool shareWithheld(size_t school, qsizetype group, ScenarioSituation situation) const
    {
        return shareSuppressed(school, group, situation) || pupilsWithheld(school, situation);
    }
    /** The school's observed pupils (the calibration target) are below the threshold. */
    bool observedWithheld(size_t school) const { return m_observedSmall[school]; }

private:
    explicit ScenarioPrivacy(SmallCellSuppressor suppressor) : m_suppressor(std::move(suppressor)) {}

    SmallCellSuppressor m_suppressor;
    SuppressionPattern m_before, m_after;
    std::vector<bool> m_openBefore, m_openAfter, m_smallBefore, m_smallAfter, m_observedSmall;
};

} // namespace Mk
