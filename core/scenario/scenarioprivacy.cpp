// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenarioprivacy.h"

#include "scenario/simulationresult.h"

namespace Mk {

Result<ScenarioPrivacy> ScenarioPrivacy::of(const SimulationResult& result, double threshold)
{
    auto suppressor = SmallCellSuppressor::create(threshold);
    if (!suppressor)
        return suppressor.error();
    ScenarioPrivacy p(*suppressor);
    const qsizetype groups = result.groups.size();
    const auto rows = static_cast<qsizetype>(result.schools.size());
    std::vector<double> before, after;
    for (const SchoolOutcome& s : result.schools) {
        for (qsizetype g = 0; g < groups; ++g) {
            before.push_back(s.countsBefore.empty() ? 0.0 : s.countsBefore[static_cast<size_t>(g)]);
            after.push_back(s.countsAfter.empty() ? 0.0 : s.countsAfter[static_cast<size_t>(g)]);
        }
        p.m_openBefore.push_back(s.openBefore);
        p.m_openAfter.push_back(s.openAfter);
        p.m_smallBefore.push_back(s.openBefore && suppressor->isSmall(s.pupilsBefore.mean));
        p.m_smallAfter.push_back(s.openAfter && suppressor->isSmall(s.pupilsAfter.mean));
        p.m_observedSmall.push_back(suppressor->isSmall(s.observedPupils));
    }
    p.m_before = suppressor->apply(before, rows, groups, PublishedTotals::Rows);
    p.m_after = suppressor->apply(after, rows, groups, PublishedTotals::Rows);
    return p;
}

bool ScenarioPrivacy::pupilsWithheld(size_t school, ScenarioSituation situation) const
{
    return situation == ScenarioSituation::Baseline ? m_smallBefore[school] : m_smallAfter[school];
}

bool ScenarioPrivacy::shareSuppressed(size_t school, qsizetype group, ScenarioSituation situation) const
{
    const auto row = static_cast<qsizetype>(school);
    if (situation == ScenarioSituation::Baseline)
        return m_openBefore[school] && m_before.isSuppressed(row, group);
    return m_openAfter[school] && m_after.isSuppressed(row, group);
}

} // namespace Mk
