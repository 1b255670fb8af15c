// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "report/briefingcontent.h"

#include <QCoreApplication>

namespace Mk {

struct ScenarioOutcome;

/**
 * Turns a scenario run on the briefing's data into its BriefingScenario, in the briefing's language.
 * Reading rule of the summary: a change counts as an increase or a decrease when the 90 % band of the paired
 * difference lies wholly above or below zero, and as within the spread of the runs otherwise.
 */
class BriefingScenarioWriter
{
    Q_DECLARE_TR_FUNCTIONS(Mk::BriefingScenarioWriter)
public:
    /** `number` (from 1) names an unnamed scenario. Fails on a bad privacy threshold (ScenarioPrivacy). */
    static Result<BriefingScenario> write(const BriefingContent& content, const ScenarioOutcome& outcome, int number);
};

} // namespace Mk
