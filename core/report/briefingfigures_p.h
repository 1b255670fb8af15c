// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: the indices a briefing reports, shared by its key figures and its scenario pages.

#include "i18n/textlanguage.h"

#include <QString>
#include <QtGlobal>

namespace Mk::detail {

/** One reported index: its SegregationSummary key, whether it is of the focus group, and its name (translated on use). */
struct BriefingFigureDefinition {
    const char* index;
    bool focusGroup;
    const char* name;
};

/** The indices over all groups, then the focus group's against the rest. */
inline constexpr BriefingFigureDefinition kBriefingFigures[] = {
    {"dissimilarity", false, QT_TRANSLATE_NOOP("Mk::Briefing", "Dissimilarity index D")},
    {"theil_h", false, QT_TRANSLATE_NOOP("Mk::Briefing", "Information index H (Theil)")},
    {"mutual_information", false, QT_TRANSLATE_NOOP("Mk::Briefing", "Mutual information M")},
    {"dissimilarity", true, QT_TRANSLATE_NOOP("Mk::Briefing", "Dissimilarity index D")},
    {"isolation", true, QT_TRANSLATE_NOOP("Mk::Briefing", "Isolation")},
    {"exposure", true, QT_TRANSLATE_NOOP("Mk::Briefing", "Exposure (chance of meeting the others)")},
};

/** "all groups", or "outside Europe against the rest" for a focus-group index, in `language`. */
inline QString briefingFigureScope(const BriefingFigureDefinition& d, const QString& focusLabel, const TextLanguage& language)
{
    return d.focusGroup ? language.translate("Mk::Briefing", "%1 against the rest").arg(focusLabel)
                        : language.translate("Mk::Briefing", "all groups");
}

} // namespace Mk::detail
