// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"

#include <QList>

class QCustomPlot;

namespace Mk {

struct BriefingFigure;

/**
 * Key segregation indices as a dot plot on their 0-1 scale: per index its value with the 95 % interval as
 * whiskers, the value under random allocation and the value if every child attended its nearest school.
 * The three are told apart by marker shape (filled disc, open triangle, open square) as well as colour, so
 * the chart reads in black and white. Mutual information M is left out (measured in nats, not on 0-1), and
 * so is exposure (1 minus isolation): the axis then spans the values that matter.
 */
class IndexChart
{
public:
    static void draw(QCustomPlot& plot, const QList<BriefingFigure>& figures, const TextLanguage& language = TextLanguage::application());
};

} // namespace Mk
