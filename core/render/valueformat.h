// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/attributevalue.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace Mk {

/**
 * `value` with `decimals` decimals in `locale` ("0,34" in Dutch), the one way numbers are printed for people:
 * a value that rounds to zero prints as "0,0", never "−0,0" (QLocale keeps the sign of a small negative number).
 */
QString formatDecimal(double value, int decimals, const QLocale& locale = QLocale());

/** How a mapped value is shown to people: through QLocale, so Dutch gets "12,5 %". */
struct ValueFormat {
    Q_DECLARE_TR_FUNCTIONS(Mk::ValueFormat)
public:
    enum class Kind { Number, Count, Fraction, Percent, Plain };

    Kind kind = Kind::Number;
    int decimals = 1;

    static ValueFormat number(int decimals = 1) { return {Kind::Number, decimals}; }
    static ValueFormat count() { return {Kind::Count, 0}; }
    /** A share in [0, 1], shown as a percentage. */
    static ValueFormat fraction(int decimals = 1) { return {Kind::Fraction, decimals}; }
    /** A value already in percent (CBS "percentage_..." columns). */
    static ValueFormat percent(int decimals = 1) { return {Kind::Percent, decimals}; }
    /** An integer without the thousands separator a count gets: a year ("2024") or a code. */
    static ValueFormat plain() { return {Kind::Plain, 0}; }

    QString toString(double value, const QLocale& locale = QLocale()) const;
    /** A class of a legend, "10,0 % – 20,0 %". */
    QString rangeText(double low, double high, const QLocale& locale = QLocale()) const
    {
        return toString(low, locale) + QStringLiteral(" \u2013 ") + toString(high, locale);
    }
    /**
     * This format with up to kMaxExtraDecimals more decimals, as many as it takes for consecutive `bounds` of a legend
     * to print apart: classes of small changes would otherwise read alike ("−0,1 – −0,1", "0,0 – 0,0").
     */
    ValueFormat separating(const QList<double>& bounds, const QLocale& locale = QLocale()) const;
    static constexpr int kMaxExtraDecimals = 3;
    /** Like toString(double) but names missing and suppressed cells. */
    QString toString(const AttributeValue& value, const QLocale& locale = QLocale()) const;

    static QString missingText() { return tr("no data"); }
    static QString suppressedText() { return tr("suppressed (small number)"); }
};

} // namespace Mk
