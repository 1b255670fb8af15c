// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"

#include <QString>

#include <limits>

namespace Mk {

class BriefingDocument;
struct BriefingContent;

/**
 * One part of the printed briefing. BriefingRenderer walks a list of them and paints those the spec
 * selects (BriefingSpec::sections) and that have content, each from the same BriefingContent, so a new
 * kind of page (the scenario comparison) is one more class in the list and leaves the others alone.
 */
class BriefingSectionPainter
{
public:
    virtual ~BriefingSectionPainter() = default;
    /** The BriefingSection key that selects this part. */
    virtual QString key() const = 0;
    /** Its heading in `language`, also listed on the title page. */
    virtual QString title(const TextLanguage& language) const = 0;
    /**
     * The room the part needs to start below the one before it; with less left it starts a fresh page.
     * The default, infinity, gives it a page of its own.
     */
    virtual double spaceToStart() const { return std::numeric_limits<double>::infinity(); }
    /** False when the content holds nothing for this part (no scenarios): it is then left out, and off the contents. */
    virtual bool hasContent(const BriefingContent& /*content*/) const { return true; }
    /** Paints the part from the document's cursor. */
    virtual void paint(BriefingDocument& document) const = 0;
};

} // namespace Mk
