// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/arealayer.h"
#include "render/classification.h"
#include "render/maplayer.h"
#include "render/valueformat.h"

#include <QList>

#include <memory>
#include <vector>

namespace Mk {

class PolygonSet;

/**
 * A polygon layer over an AreaLayer: buurten as a choropleth, wijk or gemeente boundaries as
 * outlines, catchment polygons. Values (one per unit) come from outside (ValueSource::evaluate,
 * or a catchment analysis), so this class only classifies and draws them.
 */
class AreaMapLayer : public MapLayer
{
public:
    AreaMapLayer(QString id, QString name, std::shared_ptr<const AreaLayer> areas);

    const AreaLayer& areas() const { return *m_areas; }
    const AreaUnit& unit(qsizetype feature) const { return m_areas->units[feature]; }
    std::shared_ptr<const PolygonSet> polygons() const { return m_polygons; }

    /** Sets the mapped values (one per unit, in unit order) with what they are and how to print them. */
    void setValues(std::vector<AttributeValue> values, const QString& valueLabel, const ValueFormat& format);
    const std::vector<AttributeValue>& values() const { return m_values; }
    const QString& valueLabel() const { return m_valueLabel; }
    const ValueFormat& valueFormat() const { return m_format; }
    const Classification& classification() const { return m_classification; }
    /** The symbol of each feature as drawn: -1 hidden, else an index into symbols(). */
    const std::vector<int>& symbolOf() const { return m_symbolOf; }
    const QList<Symbol>& symbols() const { return m_symbols; }

    Kind kind() const override { return Kind::Polygons; }
    QRectF extent() const override;
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings& settings) const override;
    qsizetype featureCount() const override { return m_areas->units.size(); }
    QString featureId(qsizetype feature) const override { return unit(feature).code; }
    QString featureName(qsizetype feature) const override { return unit(feature).name; }
    qsizetype featureAt(const QPointF& mapPoint, double mapUnitsPerPixel) const override;
    QPainterPath featureShape(qsizetype feature, double mapUnitsPerPixel) const override;
    void clearRenderCache() override;

protected:
    void styleChanged() override;
    LegendGroup buildLegend(const TextLanguage& language) const override;

private:
    std::shared_ptr<const AreaLayer> m_areas;
    std::shared_ptr<const PolygonSet> m_polygons;
    std::vector<AttributeValue> m_values;
    QString m_valueLabel;
    ValueFormat m_format;
    Classification m_classification;
    QList<Symbol> m_symbols; ///< graduated: the classes, then missing, suppressed, zero
    std::vector<int> m_symbolOf;
};

} // namespace Mk
