// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/maplayer.h"
#include "vo/voprogramme.h"

#include <QColor>
#include <QPointF>
#include <QString>

#include <array>
#include <vector>

namespace Mk {

struct VoAnalysis;

/** One vo vestiging on the map: its level mix (withheld cells left out), whether it is categorical, its first-year breadth. */
struct VoMapFeature {
    QString id;
    QString name;
    QPointF position; ///< EPSG:28992
    std::array<double, 4> levels{}; ///< upper-year pupils per VoLevel as shown (a withheld cell is 0 here)
    VoLevelSet offered = 0;
    bool categorical = false;
    double heterogeneousShare = 0.0; ///< NaN when withheld or without first-year pupils
    bool hasFirstYear = false;
    bool visible = true;

    double total() const { return levels[0] + levels[1] + levels[2] + levels[3]; }
};

/** Which vo vestigingen the map shows: those offering any of `levels` (0 = all), and of one first-year breadth. */
struct VoFilter {
    enum class Breadth { Any, Heterogeneous, NoHeterogeneous, Categorical };
    VoLevelSet levels = 0;
    Breadth breadth = Breadth::Any;
    bool accepts(const VoMapFeature& f) const;
    bool operator==(const VoFilter&) const = default;
};

/**
 * The vo vestigingen of a VoAnalysis (its latest year) as pie symbols: one slice per level (pro, vmbo, havo,
 * vwo, Okabe & Ito 2008 colours), area proportional to the upper-year pupils (Slocum et al. 2009, ch. 17, as
 * PointMapLayer); a categorical vestiging is a square in its level's colour with a heavy outline; around every
 * symbol a ring whose dark arc is the share of first-year pupils in a heterogeneous programme (clockwise from
 * twelve o'clock; dotted when the share is withheld, absent without first-year pupils).
 */
class VoMapLayer : public MapLayer
{
public:
    static inline const QString kId = QStringLiteral("vo");

    VoMapLayer(QString name, std::vector<VoMapFeature> features);
    /** The features of the latest year of `analysis`, every figure privacy withholds left out. */
    static std::vector<VoMapFeature> featuresOf(const VoAnalysis& analysis);
    static QColor levelColor(VoLevel level);

    const std::vector<VoMapFeature>& features() const { return m_features; }
    void setFilter(const VoFilter& filter);
    double diameterOf(qsizetype feature) const;

    Kind kind() const override { return Kind::Points; }
    QRectF extent() const override;
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings& settings) const override;
    qsizetype featureCount() const override { return static_cast<qsizetype>(m_features.size()); }
    QString featureId(qsizetype feature) const override { return m_features[static_cast<size_t>(feature)].id; }
    QString featureName(qsizetype feature) const override { return m_features[static_cast<size_t>(feature)].name; }
    qsizetype featureAt(const QPointF& mapPoint, double mapUnitsPerPixel) const override;
    QPainterPath featureShape(qsizetype feature, double mapUnitsPerPixel) const override;

protected:
    LegendGroup buildLegend(const TextLanguage& language) const override;

private:
    std::vector<VoMapFeature> m_features;
    double m_maxTotal = 0.0;
};

} // namespace Mk
