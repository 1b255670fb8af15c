// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pointmaplayer.h"

#include "render/colorramp.h"
#include "render/mapsettings.h"
#include "render/pointlayerrenderer.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Mk {

namespace {
constexpr int kMaxLabelledPoints = 400; // beyond this a map of labels is unreadable anyway
}

PointMapLayer::PointMapLayer(QString id, QString name, std::vector<PointFeature> features)
    : MapLayer(std::move(id), std::move(name))
{
    setFeatures(std::move(features));
}

void PointMapLayer::setFeatures(std::vector<PointFeature> features)
{
    m_features = std::move(features);
    m_maxSize = 0.0;
    for (const PointFeature& f : m_features)
        if (f.sizeValue)
            m_maxSize = std::max(m_maxSize, *f.sizeValue);
    styleChanged();
}

void PointMapLayer::setColorMeasure(const QString& label, const ValueFormat& format, bool diverging)
{
    m_colorLabel = label;
    m_format = format;
    m_diverging = diverging;
    styleChanged();
}

QList<QColor> PointMapLayer::categoryColors()
{
    return {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73), QColor(0xf0, 0xe4, 0x42),
            QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7)};
}

double PointMapLayer::diameterOf(qsizetype feature) const
{
    const LayerStyle& st = style();
    const PointFeature& f = m_features[static_cast<size_t>(feature)];
    if (!st.sizeByValue || !f.sizeValue || m_maxSize <= 0.0)
        return st.minDiameter;
    return st.minDiameter + (st.maxDiameter - st.minDiameter) * std::sqrt(std::max(0.0, *f.sizeValue) / m_maxSize);
}

void PointMapLayer::clearRenderCache()
{
    m_labelCache->clear();
}

void PointMapLayer::styleChanged()
{
    clearRenderCache();
    const LayerStyle& st = style();
    m_symbols.clear();
    m_categories.clear();
    m_classification = {};
    m_symbolOf.assign(m_features.size(), 0);
    Symbol base;
    base.shape = Symbol::Shape::Circle;
    base.stroke = st.strokeColor;
    base.strokeWidth = st.strokeWidth;
    base.size = (st.minDiameter + st.maxDiameter) / 2;

    if (st.fill == LayerStyle::Fill::Categorized) {
        for (const PointFeature& f : m_features)
            if (!f.category.isEmpty() && !m_categories.contains(f.category))
                m_categories.append(f.category);
        std::sort(m_categories.begin(), m_categories.end(),
                  [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
        const QList<QColor> palette = categoryColors();
        constexpr Symbol::Marker kMarkers[] = {Symbol::Marker::Circle, Symbol::Marker::Square, Symbol::Marker::Triangle,
                                               Symbol::Marker::Diamond, Symbol::Marker::InvertedTriangle, Symbol::Marker::Hexagon};
        for (qsizetype c = 0; c < m_categories.size(); ++c) {
            Symbol s = base;
            s.fill = palette[c % palette.size()];
            if (st.shapeByCategory)
                s.marker = kMarkers[c % static_cast<qsizetype>(std::size(kMarkers))];
            m_symbols.append(s);
        }
        Symbol unknown = base;
        unknown.fill = QColor(0xbd, 0xbd, 0xbd);
        m_symbols.append(unknown);
        for (size_t i = 0; i < m_features.size(); ++i) {
            const qsizetype c = m_categories.indexOf(m_features[i].category);
            m_symbolOf[i] = static_cast<int>(c >= 0 ? c : m_categories.size());
        }
    } else if (st.fill == LayerStyle::Fill::Graduated) {
        std::vector<double> values;
        for (const PointFeature& f : m_features)
            if (f.colorValue.hasValue())
                values.push_back(f.colorValue.number);
        ColorRamp ramp = ColorRamp::byId(m_diverging ? QStringLiteral("puor") : st.rampId);
        if (st.invertRamp)
            ramp = ramp.inverted();
        QList<QColor> colors;
        if (m_diverging && !values.empty()) {
            // Symmetric classes around zero so that white means "mirrors its neighbourhood".
            const double m = std::max(std::abs(*std::min_element(values.begin(), values.end())),
                                      std::abs(*std::max_element(values.begin(), values.end())));
            QList<double> bounds;
            // Every school within chance (all values 0, e.g. Vlieland's one school): one white class, not five of "0 - 0".
            const int k = m > 0.0 ? (st.classCount | 1) : 1;
            for (int i = 0; i <= k; ++i)
                bounds.append(-m + 2.0 * m * i / k);
            m_classification = Classification(bounds);
            for (int i = 0; i < k; ++i)
                colors.append(ramp.color((i + 0.5) / k));
        } else {
            m_classification = Classification::compute(st.method, values, st.classCount);
            colors = ramp.classColors(m_classification.classCount());
        }
        for (int c = 0; c < m_classification.classCount(); ++c) {
            Symbol s = base;
            s.fill = colors[c];
            m_symbols.append(s);
        }
        Symbol missing = LayerStyle::missingSymbol();
        missing.shape = Symbol::Shape::Circle;
        missing.size = base.size;
        Symbol suppressed = LayerStyle::suppressedSymbol();
        suppressed.shape = Symbol::Shape::Circle;
        suppressed.size = base.size;
        const int first = static_cast<int>(m_symbols.size());
        m_symbols << missing << suppressed;
        for (size_t i = 0; i < m_features.size(); ++i) {
            const AttributeValue& v = m_features[i].colorValue;
            m_symbolOf[i] = v.hasValue() ? m_classification.classOf(v.number) : (v.isSuppressed() ? first + 1 : first);
        }
    } else {
        Symbol s = base;
        s.fill = st.fillColor;
        m_symbols.append(s);
    }
    for (size_t i = 0; i < m_features.size(); ++i)
        if (!m_features[i].visible)
            m_symbolOf[i] = -1;
}

QRectF PointMapLayer::extent() const
{
    if (m_features.empty())
        return {};
    double x0 = m_features.front().position.x(), x1 = x0, y0 = m_features.front().position.y(), y1 = y0;
    for (const PointFeature& f : m_features) {
        x0 = std::min(x0, f.position.x());
        x1 = std::max(x1, f.position.x());
        y0 = std::min(y0, f.position.y());
        y1 = std::max(y1, f.position.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

std::unique_ptr<LayerRenderer> PointMapLayer::createRenderer(const MapSettings&) const
{
    std::vector<PointLayerRenderer::Point> points;
    points.reserve(m_features.size());
    int shown = 0;
    for (size_t i = 0; i < m_features.size(); ++i) {
        const PointFeature& f = m_features[i];
        shown += m_symbolOf[i] >= 0 ? 1 : 0;
        points.push_back({f.position, diameterOf(static_cast<qsizetype>(i)), m_symbolOf[i], f.name, f.sizeValue.value_or(0.0)});
    }
    QFont font;
    font.setPointSizeF(style().labelPointSize);
    return std::make_unique<PointLayerRenderer>(std::move(points), m_symbols, opacity(),
                                                style().labels && shown <= kMaxLabelledPoints, font, m_labelCache);
}

LegendGroup PointMapLayer::buildLegend(const TextLanguage& language) const
{
    LegendGroup g;
    g.title = name();
    const LayerStyle::Fill fill = style().fill;
    g.subtitle = fill == LayerStyle::Fill::Single ? QString() : m_colorLabel;
    const QLocale locale = language.locale();
    const int classes = m_classification.classCount();
    const ValueFormat format = m_format.separating(m_classification.bounds(), locale);
    auto label = [&](qsizetype s) -> QString {
        switch (fill) {
        case LayerStyle::Fill::Categorized:
            return s < m_categories.size() ? m_categories[s] : language.translate("Mk::PointMapLayer", "Unknown");
        case LayerStyle::Fill::Graduated: {
            if (s < classes)
                return format.rangeText(m_classification.bounds()[s], m_classification.bounds()[s + 1], locale);
            return s == classes ? LayerStyle::missingLabel(language) : LayerStyle::suppressedLabel(language);
        }
        case LayerStyle::Fill::None:
        case LayerStyle::Fill::Single:
            break;
        }
        return name();
    };
    for (qsizetype s = 0; s < m_symbols.size(); ++s) {
        const bool used = std::find(m_symbolOf.begin(), m_symbolOf.end(), static_cast<int>(s)) != m_symbolOf.end();
        if (used || (fill == LayerStyle::Fill::Graduated && s < classes))
            g.items.append({m_symbols[s], label(s)});
    }
    if (style().sizeByValue && m_maxSize > 0.0 && !m_sizeLabel.isEmpty()) {
        Symbol big = m_symbols.value(0);
        big.fill = QColor(0xff, 0xff, 0xff, 0);
        big.stroke = QColor(0x40, 0x40, 0x40);
        big.marker = Symbol::Marker::Circle;
        big.size = style().maxDiameter;
        g.items.append({big, QStringLiteral("%1: %2").arg(m_sizeLabel, locale.toString(std::llround(m_maxSize)))});
    }
    return g;
}

qsizetype PointMapLayer::featureAt(const QPointF& mapPoint, double mapUnitsPerPixel) const
{
    constexpr double kSlackPixels = 3.0;
    qsizetype best = -1;
    double bestDist = std::numeric_limits<double>::max();
    for (size_t i = 0; i < m_features.size(); ++i) {
        if (m_symbolOf[i] < 0)
            continue;
        const double d = std::hypot(m_features[i].position.x() - mapPoint.x(), m_features[i].position.y() - mapPoint.y());
        const double reach = (diameterOf(static_cast<qsizetype>(i)) / 2.0 + kSlackPixels) * mapUnitsPerPixel;
        if (d <= reach && d < bestDist) {
            bestDist = d;
            best = static_cast<qsizetype>(i);
        }
    }
    return best;
}

QPainterPath PointMapLayer::featureShape(qsizetype feature, double mapUnitsPerPixel) const
{
    QPainterPath p;
    const double r = (diameterOf(feature) / 2.0 + 2.0) * mapUnitsPerPixel;
    p.addEllipse(m_features[static_cast<size_t>(feature)].position, r, r);
    return p;
}

} // namespace Mk
