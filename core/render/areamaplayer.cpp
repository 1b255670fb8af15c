// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/areamaplayer.h"

#include "render/colorramp.h"
#include "render/polygonlayerrenderer.h"
#include "render/polygonset.h"

#include <algorithm>

namespace Mk {

AreaMapLayer::AreaMapLayer(QString id, QString name, std::shared_ptr<const AreaLayer> areas)
    : MapLayer(std::move(id), std::move(name)), m_areas(std::move(areas)), m_polygons(PolygonSet::fromAreaLayer(*m_areas))
{
    styleChanged();
}

void AreaMapLayer::setValues(std::vector<AttributeValue> values, const QString& valueLabel, const ValueFormat& format)
{
    Q_ASSERT(values.size() == static_cast<size_t>(m_areas->units.size()));
    m_values = std::move(values);
    m_valueLabel = valueLabel;
    m_format = format;
    styleChanged();
}

QRectF AreaMapLayer::extent() const
{
    return m_polygons->extent();
}

void AreaMapLayer::clearRenderCache()
{
    m_polygons->clearScreenCache();
}

void AreaMapLayer::styleChanged()
{
    clearRenderCache();
    const LayerStyle& st = style();
    const size_t n = static_cast<size_t>(m_areas->units.size());
    m_symbols.clear();
    m_symbolOf.assign(n, 0);
    m_classification = {};

    if (st.fill != LayerStyle::Fill::Graduated || m_values.size() != n) {
        Symbol s;
        s.fill = st.fill == LayerStyle::Fill::Single ? st.fillColor : QColor(Qt::transparent);
        s.stroke = st.strokeColor;
        s.strokeWidth = st.strokeWidth;
        s.strokeStyle = st.strokeStyle;
        m_symbols.append(s);
        return;
    }

    std::vector<double> classified;
    for (const AttributeValue& v : m_values)
        if (v.hasValue() && !(st.zeroDistinct && v.number == 0.0))
            classified.push_back(v.number);
    m_classification = Classification::compute(st.method, classified, st.classCount);
    ColorRamp ramp = ColorRamp::byId(st.rampId);
    if (st.invertRamp)
        ramp = ramp.inverted();
    const QList<QColor> colors = ramp.classColors(m_classification.classCount());
    for (int c = 0; c < m_classification.classCount(); ++c) {
        Symbol s;
        s.fill = colors[c];
        s.stroke = st.strokeColor;
        s.strokeWidth = st.strokeWidth;
        m_symbols.append(s);
    }
    const int missing = static_cast<int>(m_symbols.size());
    m_symbols << LayerStyle::missingSymbol() << LayerStyle::suppressedSymbol() << LayerStyle::zeroSymbol();
    for (size_t i = 0; i < n; ++i) {
        const AttributeValue& v = m_values[i];
        if (v.isSuppressed())
            m_symbolOf[i] = missing + 1;
        else if (!v.hasValue())
            m_symbolOf[i] = missing;
        else if (st.zeroDistinct && v.number == 0.0)
            m_symbolOf[i] = missing + 2;
        else
            m_symbolOf[i] = m_classification.classOf(v.number);
    }
}

std::unique_ptr<LayerRenderer> AreaMapLayer::createRenderer(const MapSettings&) const
{
    return std::make_unique<PolygonLayerRenderer>(m_polygons, m_symbolOf, m_symbols, opacity());
}

LegendGroup AreaMapLayer::buildLegend(const TextLanguage& language) const
{
    LegendGroup g;
    g.title = name();
    if (style().fill != LayerStyle::Fill::Graduated || m_symbols.size() <= 1) {
        Symbol s = m_symbols.value(0);
        s.shape = s.fill.alpha() == 0 ? Symbol::Shape::Line : Symbol::Shape::Area;
        g.items.append({s, name()});
        return g;
    }
    g.subtitle = m_valueLabel;
    const int classes = m_classification.classCount();
    const QList<double>& b = m_classification.bounds();
    const QLocale locale = language.locale();
    const ValueFormat format = m_format.separating(b, locale);
    const QString special[] = {LayerStyle::missingLabel(language), LayerStyle::suppressedLabel(language), LayerStyle::zeroLabel(language)};
    // Show the classes, then only those special states that occur in the data.
    for (qsizetype s = 0; s < m_symbols.size(); ++s) {
        if (s < classes)
            g.items.append({m_symbols[s], format.rangeText(b[s], b[s + 1], locale)});
        else if (std::find(m_symbolOf.begin(), m_symbolOf.end(), static_cast<int>(s)) != m_symbolOf.end())
            g.items.append({m_symbols[s], special[s - classes]});
    }
    return g;
}

qsizetype AreaMapLayer::featureAt(const QPointF& mapPoint, double) const
{
    return m_polygons->featureAt(mapPoint);
}

QPainterPath AreaMapLayer::featureShape(qsizetype feature, double) const
{
    return m_polygons->path(feature);
}

} // namespace Mk
