// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"

class QCustomPlot;

namespace Mk {

struct GoalEvaluation;

/**
 * The trend of one LEA goal's indicator: its value per school year with the 95 % interval as whiskers and
 * the target as a dashed line, so the distance to the agreement is visible at a glance.
 */
class GoalTrendChart
{
public:
    static void draw(QCustomPlot& plot, const GoalEvaluation& goal, const TextLanguage& language = TextLanguage::application());
};

} // namespace Mk
