// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "shared/categoryticker.h"

#include <QStringList>

#include <cmath>
#include <limits>

namespace Mk {

QString CategoryTicker::wrapped(const QString& text, const QFontMetrics& metrics, int width)
{
    QStringList lines;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.back() + QLatin1Char(' ') + word) <= width)
            lines.back() += QLatin1Char(' ') + word;
        else
            lines.append(word);
    }
    return lines.join(QLatin1Char('\n'));
}

QString CategoryTicker::getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision)
{
    const QString label = QCPAxisTickerText::getTickLabel(tick, locale, formatChar, precision);
    // The room of a label: the distance to the nearest other tick, less a tenth as a gap between neighbours.
    double spacing = std::numeric_limits<double>::infinity();
    const auto at = mTicks.constFind(tick);
    if (at != mTicks.constBegin())
        spacing = std::min(spacing, tick - std::prev(at).key());
    if (at != mTicks.constEnd() && std::next(at) != mTicks.constEnd())
        spacing = std::min(spacing, std::next(at).key() - tick);
    if (!std::isfinite(spacing))
        return label;
    const double pixels = std::abs(m_axis.coordToPixel(tick + spacing) - m_axis.coordToPixel(tick));
    return wrapped(label, QFontMetrics(m_axis.tickLabelFont()), static_cast<int>(pixels * 0.9));
}

} // namespace Mk
