// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/briefing/briefingsection.h"

namespace Mk {

/**
 * Charts drawn with QCustomPlot, the same classes as on screen: the key indices with their intervals,
 * chance and housing (IndexChart), and the afspiegeling charts (AfspiegelingChart) of the schools with the
 * largest gaps for the focus group.
 */
class BriefingChartsSection : public BriefingSectionPainter
{
public:
    QString key() const override;
    QString title(const TextLanguage& language) const override;
    void paint(BriefingDocument& document) const override;
};

} // namespace Mk
