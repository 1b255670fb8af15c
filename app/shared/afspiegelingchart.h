// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QCustomPlot;

namespace Mk {

struct AfspiegelingRow;

/**
 * The afspiegeling comparison chart, the same on screen and in the briefing: per group, bars for
 * the school, its catchment and the gemeente, with the school's Wilson interval as whiskers
 * (Afspiegeling::wilson), the share axis from 0, the legend under the bars and slanted group names
 * when they would collide. An estimated school composition says so in the legend.
 */
class AfspiegelingChart
{
    Q_DECLARE_TR_FUNCTIONS(Mk::AfspiegelingChart)
public:
    /** Replaces the content of `plot`; `privacyThreshold` withholds school bars resting on few pupils. */
    static void draw(QCustomPlot& plot, const AfspiegelingRow& row, const QString& schoolName, double privacyThreshold);
};

} // namespace Mk
