// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "shared/briefing/briefingmapframe.h"

#include "model/dataset.h"
#include "render/layerfactory.h"
#include "render/layerrenderer.h"
#include "render/layerstyle.h"
#include "render/legendrenderer.h"
#include "render/maplayer.h"
#include "render/mapsettings.h"
#include "render/rendercontext.h"
#include "report/briefingcontent.h"
#include "shared/briefing/briefingdocument.h"

#include <QFileInfo>
#include <QFontMetricsF>

#include <qcustomplot.h>

#include <algorithm>

namespace Mk {

namespace {

constexpr int kLegendColumns = 3;
/** The lowest a map is drawn to leave its legend room on the page (points); lower, the legend goes on regardless. */
constexpr double kMinMapHeight = 300.0;

} // namespace

QList<LegendGroup> BriefingMapFrame::layerLegend(const std::vector<std::unique_ptr<MapLayer>>& layers, const TextLanguage& lang)
{
    QList<LegendGroup> groups;
    for (const auto& layer : layers) {
        LegendGroup g = layer->legend(lang);
        if (!groups.isEmpty() && groups.back().title == g.title) {
            groups.back() = g; // a white casing under a line: one entry, with the line's symbol
            continue;
        }
        if (layer->id() == LayerFactory::kAreasId) {
            const QString missing = LayerStyle::missingLabel(lang), suppressed = LayerStyle::suppressedLabel(lang);
            const auto has = [&g](const QString& label) {
                return std::any_of(g.items.begin(), g.items.end(), [&label](const LegendItem& i) { return i.label == label; });
            };
            if (!has(missing))
                g.items.append({LayerStyle::missingSymbol(), missing});
            if (!has(suppressed))
                g.items.append({LayerStyle::suppressedSymbol(), suppressed});
        }
        groups.append(g);
    }
    return groups;
}

QString BriefingMapFrame::attribution(const QStringList& sources, const TextLanguage& language)
{
    static const char* const kPublishers[][2] = {{"CBS", "CBS"},
                                                 {"DUO", "DUO"},
                                                 {"Inspectie", "Inspectie van het Onderwijs"},
                                                 {"BAG", "BAG/Kadaster"}};
    QStringList named;
    for (const auto& p : kPublishers)
        if (std::any_of(sources.begin(), sources.end(), [&p](const QString& s) { return s.contains(QLatin1String(p[0])); }))
            named.append(QString::fromUtf8(p[1]));
    if (named.isEmpty())
        for (const QString& s : sources)
            named.append(QFileInfo(s.section(QLatin1Char(':'), 0, 0)).fileName());
    return language.translate("Mk::Briefing", "Source: %1; map: Mengkaart.").arg(named.join(QStringLiteral(", ")));
}

void BriefingMapFrame::draw(BriefingDocument& doc, const std::vector<std::unique_ptr<MapLayer>>& layers, QRectF extent,
                            double maxHeight, const QList<LegendGroup>& legend, const Overlay& overlay)
{
    const BriefingContent& c = doc.content();
    const TextLanguage& lang = c.language;
    extent.adjust(-extent.width() * 0.03, -extent.height() * 0.03, extent.width() * 0.03, extent.height() * 0.03);
    const double width = doc.body().width();
    QPainter& p = doc.painter();
    const QFont small = BriefingDocument::font(8);
    // As high as the text needs on this device, wrapped when long: a fixed box cut the line off.
    const QString source = attribution(c.dataset->sources, lang);
    const int flags = Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF sourceBox = QFontMetricsF(small, p.device()).boundingRect(QRectF(0, 0, width, 1000.0), flags, source);
    // The legend in columns under the map, each group in the shortest column so far; laid out first, so that the map
    // gives way when map, source line and legend would not fit the page (Amsterdam's fourteen denominations ran into
    // the footer).
    const QFont legendFont = BriefingDocument::font(8);
    const double columnWidth = width / kLegendColumns;
    QList<double> columnHeight(kLegendColumns, 0.0);
    QList<QPointF> legendAt; // relative to the legend's top left
    for (const LegendGroup& g : legend) {
        const auto column = static_cast<int>(std::min_element(columnHeight.begin(), columnHeight.end()) - columnHeight.begin());
        legendAt.append(QPointF(column * columnWidth, columnHeight[column]));
        columnHeight[column] += LegendRenderer::legendSize({g}, legendFont).height() + 10;
    }
    const double legendHeight = *std::max_element(columnHeight.begin(), columnHeight.end());
    const double under = 3 + sourceBox.height() + 10 + legendHeight;
    double height = std::min(maxHeight, width * extent.height() / extent.width());
    if (const double room = doc.body().bottom() - doc.y() - under; room >= kMinMapHeight)
        height = std::min(height, room);
    doc.ensureSpace(height + 20);
    const QRectF frame(doc.body().left(), doc.y(), width, height);
    MapSettings settings;
    settings.setExtent(extent);
    settings.setOutputSize(frame.size().toSize());
    settings.setOutputDpi(72.0);
    settings.setBackgroundColor(Qt::white);
    const RenderContext context(settings);

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(frame, settings.backgroundColor());
    p.setClipRect(frame);
    p.translate(frame.topLeft());
    for (const auto& layer : layers)
        layer->createRenderer(settings)->render(p, context);
    if (overlay) {
        p.save();
        overlay(p, settings);
        p.restore();
    }
    LegendRenderer::drawNorthArrow(p, QRectF(frame.width() - 30, 8, 20, 34), small, lang);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 220));
    p.drawRect(QRectF(4, frame.height() - 30, 150, 26));
    LegendRenderer::drawScaleBar(p, settings, QPointF(12, frame.height() - 10), 120, small, lang);
    p.restore();
    p.save();
    p.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.6));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    p.setFont(small);
    p.setPen(BriefingDocument::mutedColor());
    p.drawText(QRectF(QPointF(frame.left(), frame.bottom() + 3), QSizeF(frame.width(), sourceBox.height() + 2)), flags, source);
    p.restore();
    doc.setY(frame.bottom() + 3 + sourceBox.height() + 10);
    for (qsizetype i = 0; i < legend.size(); ++i)
        LegendRenderer::drawLegend(p, {legend[i]}, QPointF(frame.left(), doc.y()) + legendAt[i], legendFont);
    doc.setY(doc.y() + legendHeight);
}

} // namespace Mk
