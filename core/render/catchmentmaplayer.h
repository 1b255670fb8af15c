// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catchment/catchment.h"
#include "render/maplayer.h"

#include <QColor>
#include <QList>

#include <memory>
#include <vector>

namespace Mk {

class PolygonSet;

/**
 * The catchment areas (voedingsgebieden) of one CatchmentAnalysis as outlines, each in the colour
 * its school has on the map, so a school and its area read as one. Feature i = catchment i; its
 * id is the school id. Co-located schools share a geometry and are drawn once per school. With one
 * colour for all (or none set) the outlines read as plain catchment boundaries, as on a printed page.
 */
class CatchmentMapLayer : public MapLayer
{
public:
    static inline const QString kId = QStringLiteral("catchments");

    /** `names`: the school name per catchment (same order); the layer is named in `language`. */
    CatchmentMapLayer(const QList<Catchment>& catchments, const QStringList& names,
                      const TextLanguage& language = TextLanguage::application());

    CatchmentMethod method() const { return m_method; }
    /** One colour per catchment; an invalid colour hides it (its school is filtered out). */
    void setColors(const std::vector<QColor>& colors);
    const std::vector<int>& symbolOf() const { return m_symbolOf; }

    Kind kind() const override { return Kind::Polygons; }
    QRectF extent() const override;
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings& settings) const override;
    qsizetype featureCount() const override { return static_cast<qsizetype>(m_ids.size()); }
    QString featureId(qsizetype feature) const override { return m_ids[feature]; }
    QString featureName(qsizetype feature) const override { return m_names[feature]; }
    qsizetype featureAt(const QPointF& mapPoint, double mapUnitsPerPixel) const override;
    QPainterPath featureShape(qsizetype feature, double mapUnitsPerPixel) const override;

    /** Translated layer name for a method, e.g. "Catchments (nearest school)". */
    static QString methodName(CatchmentMethod method, const TextLanguage& language = TextLanguage::application());

    void clearRenderCache() override;

protected:
    void styleChanged() override;
    LegendGroup buildLegend(const TextLanguage& language) const override;

private:
    CatchmentMethod m_method = CatchmentMethod::Voronoi;
    QStringList m_ids;
    QStringList m_names;
    std::shared_ptr<const PolygonSet> m_polygons;
    std::vector<QColor> m_colors;
    QList<Symbol> m_symbols;
    std::vector<int> m_symbolOf;
};

} // namespace Mk
