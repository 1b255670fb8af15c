// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/attributevalue.h"

#include <QString>

#include <optional>

namespace Mk {

/**
 * Turns cells of CBS, DUO and Inspectie files into AttributeValues.
 *
 * CBS sentinels (Kerncijfers wijken en buurten, toelichting "Verklaring van tekens"; CBS PC4
 * statistieken): -99999999 "onbekend, onvoldoende betrouwbaar of geheim" (before 2023),
 * -99999997 "geheim" (before 2023), -99995 "niet beschikbaar / geheim" (from 2023),
 * -99997 "geheim, 0-4" (PC4 files). The small-count secrets (-99999997, -99997) become
 * Suppressed; every other value from -99999999 to -99990 becomes Missing.
 * DUO writes counts of 1-4 as "<5": Suppressed. An empty cell is Missing.
 */
class NumberParser
{
public:
    /** A number read from a typed (GDAL numeric) field, sentinels mapped. */
    static AttributeValue fromNumber(double value);
    /**
     * A number read from text: accepts "12", "12.5", "12,5", " 1.234,5 " is not accepted
     * (ambiguous); "<5" is Suppressed; empty is Missing. nullopt when the text is not a number,
     * "nan" and "inf" included: no CBS, DUO or Inspectie file writes them, so they mean a broken
     * export, never a missing value.
     */
    static std::optional<AttributeValue> fromText(const QString& text);
    /**
     * fromText() of UTF-8 text as GDAL hands it over. The cells of national tables are plain decimals ("12", "-3.75",
     * "<5"): those are parsed in place (std::from_chars, correctly rounded like QString::toDouble); anything else
     * goes through fromText(), so both give the same answer for every text.
     */
    static std::optional<AttributeValue> fromUtf8(const char* text);
    /** True for a CBS sentinel code (see the class comment). */
    static bool isSentinel(double value);
};

} // namespace Mk
