// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/colorramp.h"

#include <algorithm>
#include <cmath>

namespace Mk {

namespace {

QList<QColor> hexStops(std::initializer_list<const char*> hex)
{
    QList<QColor> out;
    for (const char* h : hex)
        out.append(QColor(QLatin1String(h)));
    return out;
}

// Sequential ramps are stored light to dark so that "more" reads as "darker" on a map.
ColorRamp viridis()
{
    // matplotlib viridis sampled at 8 even positions, reversed (yellow = low).
    return ColorRamp(QStringLiteral("viridis"),
                     hexStops({"#fde725", "#a0da39", "#4ac16d", "#1fa187", "#277f8e", "#365c8d", "#46327e", "#440154"}),
                     ColorRamp::Kind::Sequential);
}

ColorRamp cividis()
{
    return ColorRamp(QStringLiteral("cividis"),
                     hexStops({"#fee838", "#e1cc55", "#c3b369", "#a59c74", "#8a8678", "#707173", "#575d6d", "#3b496c", "#00224e"}),
                     ColorRamp::Kind::Sequential);
}

ColorRamp ylGnBu()
{
    return ColorRamp(QStringLiteral("ylgnbu"),
                     hexStops({"#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"}),
                     ColorRamp::Kind::Sequential);
}

ColorRamp puOr()
{
    // Negative (purple) through a neutral light centre to positive (orange).
    return ColorRamp(QStringLiteral("puor"),
                     hexStops({"#542788", "#8073ac", "#b2abd2", "#d8daeb", "#f7f7f7", "#fee0b6", "#fdb863", "#e08214", "#b35806"}),
                     ColorRamp::Kind::Diverging);
}

} // namespace

ColorRamp::ColorRamp(QString id, QList<QColor> stops, Kind kind)
    : m_id(std::move(id)), m_stops(std::move(stops)), m_kind(kind)
{
}

QStringList ColorRamp::ids()
{
    return {QStringLiteral("ylgnbu"), QStringLiteral("viridis"), QStringLiteral("cividis"), QStringLiteral("puor")};
}

ColorRamp ColorRamp::byId(const QString& id)
{
    if (id == QLatin1String("cividis"))
        return cividis();
    if (id == QLatin1String("ylgnbu"))
        return ylGnBu();
    if (id == QLatin1String("puor"))
        return puOr();
    return viridis();
}

QString ColorRamp::displayName(const QString& id)
{
    if (id == QLatin1String("cividis"))
        return tr("Cividis (yellow to blue)");
    if (id == QLatin1String("ylgnbu"))
        return tr("Yellow-green-blue");
    if (id == QLatin1String("puor"))
        return tr("Purple-orange (diverging)");
    return tr("Viridis (yellow to purple)");
}

QColor ColorRamp::color(double t) const
{
    Q_ASSERT(isValid());
    if (m_stops.size() == 1 || std::isnan(t))
        return m_stops.front();
    const double x = std::clamp(t, 0.0, 1.0) * static_cast<double>(m_stops.size() - 1);
    const auto i = std::min(static_cast<qsizetype>(std::floor(x)), m_stops.size() - 2);
    const double f = x - static_cast<double>(i);
    const QColor& a = m_stops[i];
    const QColor& b = m_stops[i + 1];
    auto mix = [f](float u, float v) { return static_cast<float>(u + (v - u) * f); };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()), mix(a.blueF(), b.blueF()));
}

QList<QColor> ColorRamp::classColors(int n) const
{
    QList<QColor> out;
    if (n <= 0)
        return out;
    if (n == 1) {
        out.append(color(0.5));
        return out;
    }
    // Sequential ramps skip the palest 10 % (a near-white class would read as "no data") and the
    // darkest 15 % (large dark areas overpower labels and symbols on a calm base map).
    const double lo = m_kind == Kind::Sequential ? 0.1 : 0.0;
    const double hi = m_kind == Kind::Sequential ? 0.85 : 1.0;
    for (int i = 0; i < n; ++i)
        out.append(color(lo + (hi - lo) * i / (n - 1)));
    return out;
}

ColorRamp ColorRamp::inverted() const
{
    QList<QColor> stops = m_stops;
    std::reverse(stops.begin(), stops.end());
    return ColorRamp(m_id, stops, m_kind);
}

} // namespace Mk
