// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/valueformat.h"

#include <cmath>

namespace Mk {

QString ValueFormat::toString(double value, const QLocale& locale) const
{
    if (!std::isfinite(value))
        return missingText();
    switch (kind) {
    case Kind::Count:
        return locale.toString(std::llround(value));
    case Kind::Fraction:
        return locale.toString(value * 100.0, 'f', decimals) + QStringLiteral("\u00a0%");
    case Kind::Percent:
        return locale.toString(value, 'f', decimals) + QStringLiteral("\u00a0%");
    case Kind::Number:
        break;
    }
    return locale.toString(value, 'f', decimals);
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
