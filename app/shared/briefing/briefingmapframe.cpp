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
    const double height = std::min(maxHeight, width * extent.height() / extent.width());
    doc.ensureSpace(height + 20);
    const QRectF frame(doc.body().left(), doc.y(), width, height);
    MapSettings settings;
    settings.setExtent(extent);
    settings.setOutputSize(frame.size().toSize());
    settings.setOutputDpi(72.0);
    settings.setBackgroundColor(Qt::white);
    const RenderContext context(settings);

    QPainter& p = doc.painter();
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
    const QFont small = BriefingDocument::font(8);
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
    // As high as the text needs on this device, wrapped when long: a fixed box cut the line off.
    const QString source = attribution(c.dataset->sources, lang);
    const int flags = Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF sourceArea(frame.left(), frame.bottom() + 3, frame.width(), 1000.0);
    const QRectF sourceBox = QFontMetricsF(small, p.device()).boundingRect(sourceArea, flags, source);
    p.drawText(QRectF(sourceArea.topLeft(), QSizeF(frame.width(), sourceBox.height() + 2)), flags, source);
    p.restore();
    doc.setY(frame.bottom() + 3 + sourceBox.height() + 10);

    // The legend in columns under the map, each group in the shortest column so far.
    const QFont legendFont = BriefingDocument::font(8);
    const double columnWidth = width / kLegendColumns;
    QList<double> columnY(kLegendColumns, doc.y());
    double bottom = doc.y();
    for (const LegendGroup& g : legend) {
        const auto column = static_cast<int>(std::min_element(columnY.begin(), columnY.end()) - columnY.begin());
        const QSizeF size = LegendRenderer::legendSize({g}, legendFont);
        LegendRenderer::drawLegend(p, {g}, QPointF(frame.left() + column * columnWidth, columnY[column]), legendFont);
        columnY[column] += size.height() + 10;
        bottom = std::max(bottom, columnY[column]);
    }
    doc.setY(bottom);
}

} // namespace Mk
