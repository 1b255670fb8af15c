// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mk {

struct BriefingContent;

/**
 * The plain-language summary of a briefing, generated from its numbers in its language: how strong
 * segregation is, whether it goes beyond chance and beyond what housing explains, how many schools mirror
 * their catchment, the goals, and what privacy withheld.
 *
 * Reading rules (each stated on the methods page):
 * - strength of D: below 0.3 low, 0.3 to 0.6 moderate, from 0.6 high (Massey & Denton 1993, American
 *   Apartheid, p. 20: the conventional bands for D);
 * - beyond chance: the Monte Carlo p-value of D under random allocation is below 0.05 (InferenceReport);
 * - beyond housing: the interval of D observed minus D at the nearest school lies wholly above zero
 *   (ResidentialChoiceSplit).
 */
class BriefingSummary
{
public:
    static QStringList sentences(const BriefingContent& content);

    /** The strength bands of D. */
    static constexpr double kModerate = 0.3;
    static constexpr double kHigh = 0.6;
    /** Significance level for "beyond chance". */
    static constexpr double kAlpha = 0.05;
};

} // namespace Mk
