// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/briefingcontent.h"

namespace Mk {

/**
 * The methods and sources page of a briefing, in its language: the data sources and years
 * (Dataset::sources), a definition with its citation for every index and term the briefing shows, the
 * model assumptions (how group counts were derived, GroupTable::assumption; the school composition source;
 * the catchment method) and the privacy rule with the real threshold.
 */
class BriefingMethodsWriter
{
public:
    static BriefingMethods write(const BriefingContent& content);
};

} // namespace Mk
