// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/briefing/briefingsection.h"

namespace Mk {

/**
 * The LEA goals: each agreement with its target and deadline against the current value and its interval,
 * whether it is met (and whether chance could change that), and its trend per school year where earlier
 * years are loaded (GoalTrendChart), or a plain statement that they are not.
 */
class BriefingGoalsSection : public BriefingSectionPainter
{
public:
    QString key() const override;
    QString title(const TextLanguage& language) const override;
    double spaceToStart() const override { return 200.0; }
    void paint(BriefingDocument& document) const override;
};

} // namespace Mk
