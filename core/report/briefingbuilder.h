// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "report/briefingcontent.h"

#include <QCoreApplication>

#include <memory>

namespace Mk {

class Feedback;
struct ScenarioOutcome;

/**
 * Computes an LEA briefing as plain data: the catchment and afspiegeling analysis (CatchmentAnalysis),
 * every key index of the school composition with its bootstrap interval, its value under random
 * allocation and the bias-corrected value (InferenceReport), the nearest-school comparison
 * (ResidentialChoiceSplit), the per-school table with small-cell suppression (SmallCellSuppressor through
 * Afspiegeling), the LEA goals (GoalEvaluator), plain-language sentences (BriefingSummary) and the methods
 * page (BriefingMethodsWriter), and per what-if scenario of the spec its run (ScenarioRunner) and part
 * (BriefingScenarioWriter). All text is in the spec's language, translated with a TextLanguage of its
 * own, so the UI language never leaks into the document.
 *
 * The focus group of the two-group figures is the spec's, else the group with the largest D among all but
 * the largest group (the majority's D mirrors that of the others taken together).
 * Pure and synchronous; any thread; progress and cancel through `feedback`.
 */
class BriefingBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Mk::BriefingBuilder)
public:
    /** Fails (message in the UI language) on a bad spec or when the data hold no schools or groups to compare. */
    static Result<BriefingContent> build(std::shared_ptr<const Dataset> dataset, const BriefingSpec& spec, Feedback& feedback);
    /**
     * As build(), reusing scenario runs made before on the same data: `runs[i]` for spec.scenarios[i], a null
     * entry (or an empty list) is run here with every core (ScenarioRunner; the numbers do not depend on the
     * threads). A run does not depend on the briefing's language, so a dialog keeps them (BriefingContent::scenarioRuns).
     */
    static Result<BriefingContent> build(std::shared_ptr<const Dataset> dataset, const BriefingSpec& spec,
                                         const QList<std::shared_ptr<const ScenarioOutcome>>& runs, Feedback& feedback);
};

} // namespace Mk
