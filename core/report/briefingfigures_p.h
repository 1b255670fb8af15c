// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: the indices a briefing reports, shared by its key figures and its scenario pages.

#include "i18n/textlanguage.h"
#include "index/indexcatalogue.h"

#include <QString>

namespace Mk::detail {

/** The key figures: the indices over all groups, then the focus group's against the rest. */
inline constexpr IndexId kBriefingFigures[] = {IndexId::MultigroupDissimilarity, IndexId::MultigroupTheilH, IndexId::MutualInformation,
                                               IndexId::Dissimilarity,           IndexId::Isolation,        IndexId::Exposure};

/** Whether a reported index is of the focus group (a two-group index) rather than over all groups. */
inline bool isFocusGroupFigure(IndexId id)
{
    return IndexCatalogue::definition(id).scope == IndexScope::TwoGroup;
}

/** "all groups", or "outside Europe against the rest" for a focus-group index, in `language`. */
inline QString briefingFigureScope(IndexId id, const QString& focusLabel, const TextLanguage& language)
{
    return isFocusGroupFigure(id) ? language.translate("Mk::Briefing", "%1 against the rest").arg(focusLabel)
                                  : language.translate("Mk::Briefing", "all groups");
}

} // namespace Mk::detail
