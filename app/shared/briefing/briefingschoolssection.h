// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/briefing/briefingsection.h"

namespace Mk {

/**
 * The per-school table: pupils, each group's share at the school and among the children of its catchment,
 * the focus group's afspiegeling gap with its interval, and the verdict. Estimates carry *, withheld
 * figures the privacy text ("<5"), missing ones a dash. Numbers match the school symbols on the map.
 */
class BriefingSchoolsSection : public BriefingSectionPainter
{
public:
    QString key() const override;
    QString title(const TextLanguage& language) const override;
    void paint(BriefingDocument& document) const override;
};

} // namespace Mk
