// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/valueformat.h"

#include <cmath>

namespace Mk {

QString formatDecimal(double value, int decimals, const QLocale& locale)
{
    // Rounded to the digits shown, a tiny negative number is zero and gets no sign.
    if (std::isfinite(value) && std::round(value * std::pow(10.0, decimals)) == 0.0)
        value = 0.0;
    return locale.toString(value, 'f', decimals);
}

QString ValueFormat::toString(double value, const QLocale& locale) const
{
    if (!std::isfinite(value))
        return missingText();
    switch (kind) {
    case Kind::Count: {
        const long long n = std::llround(value);
        return locale.toString(n == 0 ? 0LL : n);
    }
    case Kind::Plain:
        return QString::number(std::llround(value));
    case Kind::Fraction:
        return formatDecimal(value * 100.0, decimals, locale) + QStringLiteral("\u00a0%");
    case Kind::Percent:
        return formatDecimal(value, decimals, locale) + QStringLiteral("\u00a0%");
    case Kind::Number:
        break;
    }
    return formatDecimal(value, decimals, locale);
}

ValueFormat ValueFormat::separating(const QList<double>& bounds, const QLocale& locale) const
{
    ValueFormat f = *this;
    if (kind == Kind::Count || kind == Kind::Plain)
        return f; // whole numbers: more decimals would not tell them apart
    const auto apart = [&] {
        for (qsizetype i = 0; i + 1 < bounds.size(); ++i)
            if (bounds[i] != bounds[i + 1] && f.toString(bounds[i], locale) == f.toString(bounds[i + 1], locale))
                return false;
        return true;
    };
    for (int extra = 0; extra < kMaxExtraDecimals && !apart(); ++extra)
        ++f.decimals;
    return f;
}

QString ValueFormat::toString(const AttributeValue& value, const QLocale& locale) const
{
    if (value.isSuppressed())
        return suppressedText();
    if (value.isMissing())
        return missingText();
    return toString(value.number, locale);
}

} // namespace Mk
