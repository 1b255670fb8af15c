// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"
#include "render/layerstyle.h"
#include "render/legenditem.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <algorithm>
#include <memory>

namespace Mk {

class LayerRenderer;
class MapSettings;

/**
 * One layer of the map as the GUI thread sees it: name, visibility, opacity, style, and its
 * features. createRenderer() takes the snapshot a render job paints on a worker; everything else
 * is for the GUI thread (legend, identify, highlight). Not a QObject: LayerTreeModel notifies.
 */
class MapLayer
{
public:
    enum class Kind { Polygons, Points };

    MapLayer(QString id, QString name) : m_id(std::move(id)), m_name(std::move(name)) {}
    virtual ~MapLayer() = default;
    MapLayer(const MapLayer&) = delete;
    MapLayer& operator=(const MapLayer&) = delete;

    const QString& id() const { return m_id; }
    const QString& name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible) { m_visible = visible; }
    double opacity() const { return m_opacity; }
    void setOpacity(double opacity) { m_opacity = std::clamp(opacity, 0.0, 1.0); }
    const LayerStyle& style() const { return m_style; }
    void setStyle(const LayerStyle& style);

    virtual Kind kind() const = 0;
    virtual QRectF extent() const = 0;
    virtual std::unique_ptr<LayerRenderer> createRenderer(const MapSettings& settings) const = 0;
    /** The legend, in the UI language or in `language` (a report's, with its number format). */
    LegendGroup legend(const TextLanguage& language = TextLanguage::application()) const { return buildLegend(language); }
    virtual qsizetype featureCount() const = 0;
    virtual QString featureId(qsizetype feature) const = 0;
    virtual QString featureName(qsizetype feature) const = 0;
    /** The topmost feature under a map point (points get a few pixels of slack), or -1. */
    virtual qsizetype featureAt(const QPointF& mapPoint, double mapUnitsPerPixel) const = 0;
    /** The feature's outline in map units, for the selection highlight. */
    virtual QPainterPath featureShape(qsizetype feature, double mapUnitsPerPixel) const = 0;
    /** The index of the feature with this id, or -1. */
    qsizetype indexOf(const QString& featureId) const;
    /**
     * Forgets what renders of this layer keep for the next (geometry in pixels per view, label images),
     * so the next render builds it again: done on every style change, and by `bench render` to time a first render.
     */
    virtual void clearRenderCache() {}

protected:
    /** Rebuilds derived symbols after the style or the data changed. */
    virtual void styleChanged() {}
    virtual LegendGroup buildLegend(const TextLanguage& language) const = 0;

private:
    QString m_id;
    QString m_name;
    bool m_visible = true;
    double m_opacity = 1.0;
    LayerStyle m_style;
};

} // namespace Mk
