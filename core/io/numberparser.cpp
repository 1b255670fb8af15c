// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/numberparser.h"

#include <charconv>
#include <cmath>
#include <cstring>

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
    // What toDouble() or the decimal-comma reading below accepts and is finite starts with one of these ("inf" and
    // "nan" are refused below anyway), so names and codes, the text columns of every row, are refused without parsing.
    if (const QChar first = text.front(); !first.isDigit() && first != QLatin1Char('-') && first != QLatin1Char('+')
                                          && first != QLatin1Char('.') && first != QLatin1Char(','))
        return std::nullopt;
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

std::optional<AttributeValue> NumberParser::fromUtf8(const char* text)
{
    const char* begin = text;
    const char* end = text + std::strlen(text);
    while (begin < end && *begin == ' ')
        ++begin;
    while (end > begin && end[-1] == ' ')
        --end;
    if (begin == end)
        return AttributeValue::missing();
    if (end - begin == 2 && begin[0] == '<' && begin[1] == '5')
        return AttributeValue::suppressed();
    // A plain decimal: an optional minus, digits, at most one point with digits on both sides.
    const char* p = begin + (*begin == '-' ? 1 : 0);
    const char* point = nullptr;
    for (const char* q = p; q < end; ++q) {
        if (*q == '.' && !point)
            point = q;
        else if (*q < '0' || *q > '9')
            return fromText(QString::fromUtf8(text));
    }
    if (p == end || point == p || point == end - 1)
        return fromText(QString::fromUtf8(text));
    double v = 0.0;
    const auto [last, error] = std::from_chars(begin, end, v);
    if (error != std::errc() || last != end || !std::isfinite(v))
        return fromText(QString::fromUtf8(text));
    return fromNumber(v);
}

} // namespace Mk
