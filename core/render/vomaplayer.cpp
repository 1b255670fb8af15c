// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/vomaplayer.h"

#include "render/layerrenderer.h"
#include "render/rendercontext.h"
#include "vo/voanalysis.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Mk {

namespace {

constexpr double kMinDiameter = 10.0;
constexpr double kMaxDiameter = 30.0;
constexpr double kRingWidth = 3.0;

/** The symbol of one feature in logical pixels, centred on `c`. */
void paintFeature(QPainter& painter, const VoMapFeature& f, const QPointF& c, double d)
{
    const QRectF box(c.x() - d / 2, c.y() - d / 2, d, d);
    const QPen outline(QColor(0x30, 0x30, 0x30), f.categorical ? 2.2 : 0.8);
    if (f.categorical) {
        VoLevel only = VoLevel::Pro;
        for (VoLevel level : kVoLevels)
            if (f.offered & VoProgrammes::bit(level))
                only = level;
        painter.setPen(outline);
        painter.setBrush(VoMapLayer::levelColor(only));
        painter.drawRect(box.adjusted(d * 0.1, d * 0.1, -d * 0.1, -d * 0.1));
    } else {
        const double total = f.total();
        painter.setPen(Qt::NoPen);
        int start = 90 * 16; // twelve o'clock, clockwise below
        for (VoLevel level : kVoLevels) {
            const double n = f.levels[static_cast<size_t>(level)];
            if (n <= 0.0 || total <= 0.0)
                continue;
            const int span = -static_cast<int>(std::lround(360.0 * 16.0 * n / total));
            painter.setBrush(VoMapLayer::levelColor(level));
            painter.drawPie(box, start, span);
            start += span;
        }
        painter.setPen(outline);
        painter.setBrush(total > 0.0 ? Qt::NoBrush : QBrush(Qt::white));
        painter.drawEllipse(box);
    }
    if (!f.hasFirstYear)
        return;
    const QRectF ring = box.adjusted(-kRingWidth - 1, -kRingWidth - 1, kRingWidth + 1, kRingWidth + 1);
    painter.setBrush(Qt::NoBrush);
    if (!std::isfinite(f.heterogeneousShare)) {
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.0, Qt::DotLine));
        painter.drawEllipse(ring);
        return;
    }
    painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), kRingWidth, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(ring);
    painter.setPen(QPen(QColor(0x10, 0x10, 0x10), kRingWidth, Qt::SolidLine, Qt::FlatCap));
    painter.drawArc(ring, 90 * 16, -static_cast<int>(std::lround(360.0 * 16.0 * f.heterogeneousShare)));
}

class VoLayerRenderer : public LayerRenderer
{
public:
    VoLayerRenderer(std::vector<VoMapFeature> features, std::vector<double> diameters, double opacity)
        : m_features(std::move(features)), m_diameters(std::move(diameters)), m_opacity(opacity)
    {
    }
    void render(QPainter& painter, const RenderContext& context) override
    {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setOpacity(painter.opacity() * m_opacity);
        // Largest first, so small vestigingen stay visible on top.
        std::vector<size_t> order(m_features.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return m_diameters[a] > m_diameters[b]; });
        for (size_t i : order) {
            if (context.isCanceled())
                break;
            if (!m_features[i].visible)
                continue;
            paintFeature(painter, m_features[i], context.mapToPixel.map(m_features[i].position), m_diameters[i]);
        }
        painter.restore();
    }

private:
    std::vector<VoMapFeature> m_features;
    std::vector<double> m_diameters;
    double m_opacity;
};

} // namespace

bool VoFilter::accepts(const VoMapFeature& f) const
{
    if (levels != 0 && (f.offered & levels) == 0)
        return false;
    switch (breadth) {
    case Breadth::Any:
        return true;
    case Breadth::Heterogeneous:
        return std::isfinite(f.heterogeneousShare) && f.heterogeneousShare > 0.0;
    case Breadth::NoHeterogeneous:
        return f.hasFirstYear && std::isfinite(f.heterogeneousShare) && f.heterogeneousShare == 0.0;
    case Breadth::Categorical:
        return f.categorical;
    }
    return true;
}

VoMapLayer::VoMapLayer(QString name, std::vector<VoMapFeature> features) : MapLayer(kId, std::move(name)), m_features(std::move(features))
{
    for (const VoMapFeature& f : m_features)
        m_maxTotal = std::max(m_maxTotal, f.total());
}

std::vector<VoMapFeature> VoMapLayer::featuresOf(const VoAnalysis& analysis)
{
    std::vector<VoMapFeature> out;
    const VoAreaYear& year = analysis.latest();
    for (qsizetype i = 0; i < year.locations.size(); ++i) {
        const VoAreaLocation& l = year.locations[i];
        if (!l.address.location)
            continue;
        VoMapFeature f;
        f.id = l.pupils.id;
        f.name = l.pupils.name;
        f.position = *l.address.location;
        for (VoLevel level : kVoLevels)
            f.levels[static_cast<size_t>(level)] = year.levelWithheld(i, level) ? 0.0 : l.pupils.levelPupils[static_cast<size_t>(level)];
        f.offered = l.pupils.levelsOffered();
        f.categorical = l.pupils.categorical();
        f.hasFirstYear = l.pupils.firstYearPupils() > 0.0;
        f.heterogeneousShare = year.locationShareWithheld(i) ? std::nan("") : l.pupils.heterogeneousShare();
        out.push_back(f);
    }
    return out;
}

QColor VoMapLayer::levelColor(VoLevel level)
{
    // Okabe & Ito (2008): orange, sky blue, bluish green, vermilion... chosen so that the order reads low to high.
    switch (level) {
    case VoLevel::Pro:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case VoLevel::Vmbo:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case VoLevel::Havo:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case VoLevel::Vwo:
        return QColor(0x00, 0x72, 0xB2); // blue
    }
    return Qt::gray;
}

void VoMapLayer::setFilter(const VoFilter& filter)
{
    for (VoMapFeature& f : m_features)
        f.visible = filter.accepts(f);
}

double VoMapLayer::diameterOf(qsizetype feature) const
{
    const double total = m_features[static_cast<size_t>(feature)].total();
    if (m_maxTotal <= 0.0)
        return kMinDiameter;
    return kMinDiameter + (kMaxDiameter - kMinDiameter) * std::sqrt(total / m_maxTotal);
}

QRectF VoMapLayer::extent() const
{
    if (m_features.empty())
        return {};
    double x0 = m_features.front().position.x(), x1 = x0, y0 = m_features.front().position.y(), y1 = y0;
    for (const VoMapFeature& f : m_features) {
        x0 = std::min(x0, f.position.x());
        x1 = std::max(x1, f.position.x());
        y0 = std::min(y0, f.position.y());
        y1 = std::max(y1, f.position.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

std::unique_ptr<LayerRenderer> VoMapLayer::createRenderer(const MapSettings&) const
{
    std::vector<double> diameters;
    for (qsizetype i = 0; i < featureCount(); ++i)
        diameters.push_back(diameterOf(i));
    return std::make_unique<VoLayerRenderer>(m_features, std::move(diameters), opacity());
}

qsizetype VoMapLayer::featureAt(const QPointF& mapPoint, double mapUnitsPerPixel) const
{
    qsizetype best = -1;
    double bestDist = std::numeric_limits<double>::max();
    for (size_t i = 0; i < m_features.size(); ++i) {
        if (!m_features[i].visible)
            continue;
        const double d = std::hypot(m_features[i].position.x() - mapPoint.x(), m_features[i].position.y() - mapPoint.y());
        const double reach = (diameterOf(static_cast<qsizetype>(i)) / 2.0 + kRingWidth + 3.0) * mapUnitsPerPixel;
        if (d <= reach && d < bestDist) {
            bestDist = d;
            best = static_cast<qsizetype>(i);
        }
    }
    return best;
}

QPainterPath VoMapLayer::featureShape(qsizetype feature, double mapUnitsPerPixel) const
{
    QPainterPath p;
    const double r = (diameterOf(feature) / 2.0 + kRingWidth + 3.0) * mapUnitsPerPixel;
    p.addEllipse(m_features[static_cast<size_t>(feature)].position, r, r);
    return p;
}

LegendGroup VoMapLayer::buildLegend(const TextLanguage& language) const
{
    LegendGroup g;
    g.title = name();
    g.subtitle = language.translate("Mk::VoMapLayer", "Upper-year pupils by level; ring: share of first-year pupils in a heterogeneous class");
    for (VoLevel level : kVoLevels) {
        Symbol s;
        s.shape = Symbol::Shape::Circle;
        s.fill = levelColor(level);
        g.items.append(LegendItem{s, VoProgrammes::label(level, language)});
    }
    Symbol categorical;
    categorical.shape = Symbol::Shape::Circle;
    categorical.marker = Symbol::Marker::Square;
    categorical.fill = Qt::white;
    categorical.stroke = QColor(0x30, 0x30, 0x30);
    categorical.strokeWidth = 2.2;
    g.items.append(LegendItem{categorical, language.translate("Mk::VoMapLayer", "categorical (one level only)")});
    Symbol ring;
    ring.shape = Symbol::Shape::Circle;
    ring.fill = Qt::transparent;
    ring.stroke = QColor(0x10, 0x10, 0x10);
    ring.strokeWidth = kRingWidth;
    g.items.append(LegendItem{ring, language.translate("Mk::VoMapLayer", "dark ring: all first-year pupils in a heterogeneous class")});
    return g;
}

} // namespace Mk
