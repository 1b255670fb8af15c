// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/catchmentmaplayer.h"

#include "geo/geometry.h"
#include "render/polygonlayerrenderer.h"
#include "render/polygonset.h"

namespace Mk {

CatchmentMapLayer::CatchmentMapLayer(const QList<Catchment>& catchments, const QStringList& names, const TextLanguage& language)
    : MapLayer(kId, methodName(catchments.isEmpty() ? CatchmentMethod::Voronoi : catchments.front().method, language)), m_names(names)
{
    Q_ASSERT(names.size() == catchments.size());
    std::vector<const Geometry*> geometries;
    for (const Catchment& c : catchments) {
        m_ids.append(c.schoolId);
        geometries.push_back(c.geometry.get());
    }
    if (!catchments.isEmpty())
        m_method = catchments.front().method;
    m_polygons = PolygonSet::fromGeometries(geometries);
    LayerStyle st;
    st.fill = LayerStyle::Fill::None;
    st.strokeWidth = 2.0;
    st.labels = false;
    setStyle(st);
}

QString CatchmentMapLayer::methodName(CatchmentMethod method, const TextLanguage& language)
{
    switch (method) {
    case CatchmentMethod::Voronoi:
        //: catchment = voedingsgebied; nearest-school areas
        return language.translate("Mk::CatchmentMapLayer", "Catchments (nearest school)");
    case CatchmentMethod::Buffer:
        return language.translate("Mk::CatchmentMapLayer", "Catchments (distance band)");
    case CatchmentMethod::Observed:
        return language.translate("Mk::CatchmentMapLayer", "Catchments (where pupils live)");
    }
    return {};
}

void CatchmentMapLayer::setColors(const std::vector<QColor>& colors)
{
    m_colors = colors;
    styleChanged();
}

void CatchmentMapLayer::clearRenderCache()
{
    m_polygons->clearScreenCache();
}

void CatchmentMapLayer::styleChanged()
{
    clearRenderCache();
    const LayerStyle& st = style();
    m_symbols.clear();
    m_symbolOf.assign(static_cast<size_t>(m_ids.size()), -1);
    // One symbol per distinct colour: the renderer batches features per symbol.
    QList<QRgb> seen;
    for (size_t i = 0; i < m_symbolOf.size(); ++i) {
        const QColor c = i < m_colors.size() ? m_colors[i] : st.strokeColor;
        if (!c.isValid())
            continue;
        qsizetype s = seen.indexOf(c.rgba());
        if (s < 0) {
            Symbol symbol;
            symbol.shape = Symbol::Shape::Line;
            symbol.fill = Qt::transparent;
            symbol.stroke = c;
            symbol.strokeWidth = st.strokeWidth;
            symbol.strokeStyle = st.strokeStyle;
            // A white casing: the outline in its school's colour stays visible whatever the buurt fill beneath.
            symbol.halo = QColor(255, 255, 255, 230);
            m_symbols.append(symbol);
            seen.append(c.rgba());
            s = seen.size() - 1;
        }
        m_symbolOf[i] = static_cast<int>(s);
    }
}

QRectF CatchmentMapLayer::extent() const
{
    return m_polygons->extent();
}

std::unique_ptr<LayerRenderer> CatchmentMapLayer::createRenderer(const MapSettings&) const
{
    return std::make_unique<PolygonLayerRenderer>(m_polygons, m_symbolOf, m_symbols, opacity());
}

LegendGroup CatchmentMapLayer::buildLegend(const TextLanguage& language) const
{
    LegendGroup g;
    g.title = name();
    if (m_symbols.size() == 1) {
        g.items.append({m_symbols.front(), language.translate("Mk::CatchmentMapLayer", "Catchment boundary")});
        return g;
    }
    Symbol s;
    s.shape = Symbol::Shape::Line;
    s.stroke = QColor(0x60, 0x60, 0x60);
    s.strokeWidth = style().strokeWidth;
    s.halo = QColor(255, 255, 255, 230);
    g.items.append({s, language.translate("Mk::CatchmentMapLayer", "Outline in the colour of its school")});
    return g;
}

qsizetype CatchmentMapLayer::featureAt(const QPointF& mapPoint, double) const
{
    return m_polygons->featureAt(mapPoint);
}

QPainterPath CatchmentMapLayer::featureShape(qsizetype feature, double) const
{
    return m_polygons->path(feature);
}

} // namespace Mk
