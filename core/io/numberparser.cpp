// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/numberparser.h"

#include <cmath>

namespace Mk {

bool NumberParser::isSentinel(double value)
{
    return value <= -99990.0 && value >= -99999999.0 && std::floor(value) == value;
}

AttributeValue NumberParser::fromNumber(double value)
{
    if (!std::isfinite(value))
        return AttributeValue::missing();
    if (value == -99999997.0 || value == -99997.0)
        return AttributeValue::suppressed();
    if (isSentinel(value))
        return AttributeValue::missing();
    return AttributeValue::of(value);
}

std::optional<AttributeValue> NumberParser::fromText(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return AttributeValue::missing();
    if (text == QLatin1String("<5"))
        return AttributeValue::suppressed();
    bool ok = false;
    double v = text.toDouble(&ok);
    if (!ok && text.count(QLatin1Char(',')) == 1 && !text.contains(QLatin1Char('.'))) {
        // Decimal comma (Dutch exports, CBS centroid tables).
        QString dotted = text;
        dotted.replace(QLatin1Char(','), QLatin1Char('.'));
        v = dotted.toDouble(&ok);
    }
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return fromNumber(v);
}

} // namespace Mk
