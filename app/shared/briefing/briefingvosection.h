// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/briefing/briefingsection.h"

namespace Mk {

/** Secondary schools (BriefingContent::vo): what the levels and first-year classes of the vo vestigingen say, and a table of them. */
class BriefingVoSection : public BriefingSectionPainter
{
public:
    QString key() const override;
    QString title(const TextLanguage& language) const override;
    double spaceToStart() const override { return 220.0; }
    bool hasContent(const BriefingContent& content) const override;
    void paint(BriefingDocument& document) const override;
};

} // namespace Mk
