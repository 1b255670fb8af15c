// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/briefingformat.h"
#include "render/valueformat.h"

#include "report/briefingcontent.h"

#include <cmath>

namespace Mk {

QString BriefingFormat::number(double value, int decimals) const
{
    if (!std::isfinite(value))
        return missing();
    // A true minus sign: a hyphen reads as a dash in running text.
    const QString text = formatDecimal(value, decimals, m_locale);
    return text.startsWith(m_locale.negativeSign()) ? QStringLiteral("\u2212") + text.mid(m_locale.negativeSign().size()) : text;
}

QString BriefingFormat::index(double value) const
{
    return number(value, 3);
}

QString BriefingFormat::share(double value, int decimals) const
{
    return std::isfinite(value) ? number(100.0 * value, decimals) + QStringLiteral("\u00a0%") : missing();
}

QString BriefingFormat::points(double value) const
{
    if (!std::isfinite(value))
        return missing();
    return value > 0.0 ? QStringLiteral("+") + number(value, 1) : number(value, 1);
}

QString BriefingFormat::difference(double value, int decimals) const
{
    if (!std::isfinite(value))
        return missing();
    const double rounded = std::round(value * std::pow(10.0, decimals));
    if (rounded == 0.0)
        return number(0.0, decimals);
    return value > 0.0 ? QStringLiteral("+") + number(value, decimals) : number(value, decimals);
}

QString BriefingFormat::interval(const QString& low, const QString& high)
{
    return QStringLiteral("[%1; %2]").arg(low, high);
}

QString BriefingFormat::shareCell(const BriefingCell& cell) const
{
    switch (cell.state) {
    case BriefingCell::State::Value: return share(cell.value);
    case BriefingCell::State::Suppressed: return m_suppressed;
    case BriefingCell::State::Missing: break;
    }
    return missing();
}

QString BriefingFormat::gapCell(const BriefingCell& cell) const
{
    switch (cell.state) {
    case BriefingCell::State::Value:
        return points(cell.value) + QLatin1Char(' ') + interval(number(cell.low, 1), number(cell.high, 1));
    case BriefingCell::State::Suppressed: return m_suppressed;
    case BriefingCell::State::Missing: break;
    }
    return missing();
}

} // namespace Mk
