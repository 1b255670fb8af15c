// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/briefing/briefingsection.h"

namespace Mk {

struct BriefingScenario;

/**
 * The what-if scenarios, each from a page of its own (BriefingContent::scenarios): what changes, with a vector
 * map of the new sites, closures and housing over the briefing's own layers (BriefingMapFrame); the plain-language
 * summary; the indices today and in the scenario with their 90 % bands and the chance of a decrease; the schools
 * most affected; where children are placed; the assumptions and the verification line.
 */
class BriefingScenariosSection : public BriefingSectionPainter
{
public:
    QString key() const override;
    QString title(const TextLanguage& language) const override;
    bool hasContent(const BriefingContent& content) const override;
    void paint(BriefingDocument& document) const override;

private:
    static void paintScenario(BriefingDocument& document, const BriefingScenario& scenario);
    static void paintMap(BriefingDocument& document, const BriefingScenario& scenario);
};

} // namespace Mk
