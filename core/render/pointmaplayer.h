// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/attributevalue.h"
#include "render/classification.h"
#include "render/labelcache.h"
#include "render/maplayer.h"
#include "render/valueformat.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Mk {

/** One point of a PointMapLayer: a school or a VVE location, with what it is sized and coloured by. */
struct PointFeature {
    QString id;
    QString name;
    QPointF position;                ///< EPSG:28992
    std::optional<double> sizeValue; ///< e.g. pupils
    AttributeValue colorValue;       ///< graduated colouring (a school measure)
    QString category;                ///< categorized colouring (denomination)
    bool visible = true;             ///< false when filtered out
};

/**
 * A point layer (schools, VVE locations). Symbols are proportional circles: area proportional to
 * sizeValue, d = dmin + (dmax - dmin) * sqrt(v / vmax) (Slocum et al. 2009, Thematic Cartography and
 * Geovisualization, 3rd ed., ch. 17, mathematical scaling). Colour is single, graduated by
 * colorValue (a diverging ramp centred on zero for gaps), or categorized with the Okabe & Ito (2008)
 * colour-blind-safe palette ("Color Universal Design", jfly.uni-koeln.de/color), optionally with a
 * marker shape per category (LayerStyle::shapeByCategory) for black-and-white prints.
 */
class PointMapLayer : public MapLayer
{
public:
    PointMapLayer(QString id, QString name, std::vector<PointFeature> features);

    const std::vector<PointFeature>& features() const { return m_features; }
    void setFeatures(std::vector<PointFeature> features);
    /** What colorValue means: legend subtitle, number format, diverging around zero or not. */
    void setColorMeasure(const QString& label, const ValueFormat& format, bool diverging);
    void setSizeLabel(const QString& label) { m_sizeLabel = label; }
    QString sizeLabel() const { return m_sizeLabel; }
    const Classification& classification() const { return m_classification; }
    const QStringList& categories() const { return m_categories; }
    /** Symbol index per feature (-1 hidden) and the symbols, as drawn. */
    const std::vector<int>& symbolOf() const { return m_symbolOf; }
    const QList<Symbol>& symbols() const { return m_symbols; }
    double diameterOf(qsizetype feature) const;

    Kind kind() const override { return Kind::Points; }
    QRectF extent() const override;
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings& settings) const override;
    qsizetype featureCount() const override { return static_cast<qsizetype>(m_features.size()); }
    QString featureId(qsizetype feature) const override { return m_features[static_cast<size_t>(feature)].id; }
    QString featureName(qsizetype feature) const override { return m_features[static_cast<size_t>(feature)].name; }
    qsizetype featureAt(const QPointF& mapPoint, double mapUnitsPerPixel) const override;
    QPainterPath featureShape(qsizetype feature, double mapUnitsPerPixel) const override;

    /** The Okabe-Ito palette without black, for categories. */
    static QList<QColor> categoryColors();

    void clearRenderCache() override;

protected:
    void styleChanged() override;
    LegendGroup buildLegend(const TextLanguage& language) const override;

private:
    std::vector<PointFeature> m_features;
    QString m_colorLabel;
    QString m_sizeLabel;
    ValueFormat m_format;
    bool m_diverging = false;
    double m_maxSize = 0.0;
    std::shared_ptr<LabelCache> m_labelCache = std::make_shared<LabelCache>();
    Classification m_classification;
    QStringList m_categories;
    /** Categorized: one per category, then "unknown"; graduated: the classes, then missing, suppressed; else one. */
    QList<Symbol> m_symbols;
    std::vector<int> m_symbolOf;
};

} // namespace Mk
