// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"

#include <QString>
#include <QStringList>

namespace Mk {

struct VoAnalysis;
struct VoAreaYear;

/**
 * What a VoAnalysis says in plain sentences, for `mengkaart-cli vo`, the identify panel and the briefing
 * alike: the vestigingen and their levels, the categorical ones, segregation by level (M, H and D with their
 * intervals, the share between gemeenten of a region), the heterogeneous first-year share and, with two
 * years, how all that changed. Withheld figures are never printed (SmallCellSuppressor's text instead).
 */
class VoSummary
{
public:
    static QStringList findings(const VoAnalysis& analysis, const TextLanguage& language = TextLanguage::application());
    /** One vestiging of the latest year in one line: levels, categorical, first-year pupils, heterogeneous share. */
    static QString locationLine(const VoAnalysis& analysis, qsizetype location, const TextLanguage& language = TextLanguage::application());
    /** The levels of a vestiging ("vmbo, havo, vwo"), translated. */
    static QString levelsText(const VoAreaYear& year, qsizetype location, const TextLanguage& language = TextLanguage::application());
    /** A share as a percentage in the language's locale ("34%"), or the withheld text. */
    static QString percent(double share, bool withheld, double threshold, const TextLanguage& language);
};

} // namespace Mk
