// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"

#include <QString>

class QCustomPlot;

namespace Mk {

struct AfspiegelingRow;
struct GroupTable;

/**
 * The afspiegeling comparison chart, the same on screen and in the briefing: per group, bars for
 * the school, its catchment and the gemeente, with the school's Wilson interval as whiskers
 * (Afspiegeling::wilson), the share axis from 0, the legend in a row below and group labels broken
 * over lines (or slanted) when they would collide; size the plot before drawing. An estimated school composition says so in the legend; suppressed school
 * shares (AfspiegelingGroup::suppressed) get no bar.
 */
class AfspiegelingChart
{
public:
    /**
     * Replaces the content of `plot`, with its text in `language` (the UI's, or a report's); the groups are
     * named by their labels in `groups`, the table the row was compared on.
     */
    static void draw(QCustomPlot& plot, const AfspiegelingRow& row, const GroupTable& groups, const QString& schoolName,
                     const TextLanguage& language = TextLanguage::application());
};

} // namespace Mk
