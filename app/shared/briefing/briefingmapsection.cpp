// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "shared/briefing/briefingmapsection.h"

#include "catchment/catchmentanalysis.h"
#include "model/dataset.h"
#include "render/areamaplayer.h"
#include "render/catchmentmaplayer.h"
#include "render/layerfactory.h"
#include "render/layerrenderer.h"
#include "render/legendrenderer.h"
#include "render/mapsettings.h"
#include "render/pointmaplayer.h"
#include "render/rendercontext.h"
#include "report/briefingcontent.h"
#include "shared/briefing/briefingdocument.h"

#include <QFileInfo>
#include <QHash>

#include <qcustomplot.h>

#include <algorithm>

namespace Mk {

namespace {

constexpr double kMaxMapHeight = 480.0;
constexpr int kLegendColumns = 3;

/** A catchment layer with every outline in one colour and width. */
std::unique_ptr<CatchmentMapLayer> catchmentLines(const BriefingContent& c, const QStringList& names, const QColor& colour, double width)
{
    auto layer = std::make_unique<CatchmentMapLayer>(c.catchments->catchments, names, c.language);
    LayerStyle line = layer->style();
    line.strokeWidth = width;
    layer->setStyle(line);
    layer->setColors(std::vector<QColor>(static_cast<size_t>(layer->featureCount()), colour));
    return layer;
}

/** The report's layers, bottom first (the white casing of the catchment lines included). */
std::vector<std::unique_ptr<MapLayer>> reportLayers(const BriefingContent& c)
{
    const TextLanguage& lang = c.language;
    const std::shared_ptr<const Dataset>& ds = c.dataset;
    std::vector<std::unique_ptr<MapLayer>> layers;
    layers.push_back(LayerFactory::areas(ds, LayerFactory::defaultAreaValue(*ds, lang), lang));

    QStringList names;
    for (const Catchment& k : c.catchments->catchments) {
        const qsizetype s = ds->schoolIndex(k.schoolId);
        names.append(s >= 0 ? ds->schools[s].name : k.schoolId);
    }
    // One dark colour: on paper, and in black and white, the outlines read as boundaries, not as schools. A
    // white casing underneath keeps them visible on the darkest class.
    layers.push_back(catchmentLines(c, names, Qt::white, 2.6));
    layers.push_back(catchmentLines(c, names, QColor(0x2b, 0x2b, 0x2b), 1.1));
    if (auto outline = LayerFactory::gemeenteOutline(ds, lang))
        layers.push_back(std::move(outline));

    // The table's schools only, numbered as in the table; a marker shape per denomination for grey prints.
    QHash<QString, int> number;
    for (qsizetype i = 0; i < c.schools.size(); ++i)
        number.insert(c.schools[i].id, static_cast<int>(i + 1));
    auto schools = LayerFactory::schools(*ds, SchoolFilter{}, lang);
    std::vector<PointFeature> features = schools->features();
    for (PointFeature& f : features) {
        f.visible = number.contains(f.id);
        f.name = lang.locale().toString(number.value(f.id));
    }
    LayerStyle st = schools->style();
    st.shapeByCategory = true;
    st.labelPointSize = 8.0;
    st.minDiameter = 8.0;
    st.maxDiameter = 22.0;
    schools->setStyle(st);
    schools->setFeatures(std::move(features));
    layers.push_back(std::move(schools));
    return layers;
}

/** The legend of every layer, with "no data" and "suppressed" always explained for the choropleth. */
QList<LegendGroup> legendGroups(const std::vector<std::unique_ptr<MapLayer>>& layers, const TextLanguage& lang)
{
    QList<LegendGroup> groups;
    for (const auto& layer : layers) {
        LegendGroup g = layer->legend(lang);
        if (!groups.isEmpty() && groups.back().title == g.title) {
            groups.back() = g; // the casing under the catchment line: one entry, with the line's symbol
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
    // Schools first: they carry the numbers of the table.
    std::rotate(groups.begin(), groups.end() - 1, groups.end());
    return groups;
}

} // namespace

QString BriefingMapSection::key() const
{
    return BriefingSection::kMap;
}

QString BriefingMapSection::title(const TextLanguage& language) const
{
    return language.translate("Mk::Briefing", "Map");
}

QString BriefingMapSection::attribution(const QStringList& sources, const TextLanguage& language)
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

void BriefingMapSection::paint(BriefingDocument& doc) const
{
    const BriefingContent& c = doc.content();
    const TextLanguage& lang = c.language;
    doc.heading(title(lang));
    const auto layers = reportLayers(c);
    const auto* areas = static_cast<const AreaMapLayer*>(layers.front().get());
    // Only the first letter is lowered: a group label may hold a name ("Share Netherlands").
    QString value = areas->valueLabel();
    if (!value.isEmpty())
        value[0] = value[0].toLower();
    doc.paragraph(lang.translate("Mk::Briefing", "Colours: %1 per buurt, in five classes with equally many buurten. Symbols: the "
                                                 "schools of the table, numbered as there, shaped and coloured by denomination and "
                                                 "sized by pupils. Lines: the catchment areas and the gemeente boundary.")
                      .arg(value),
                  BriefingDocument::font(9));

    QRectF extent = areas->extent();
    extent.adjust(-extent.width() * 0.03, -extent.height() * 0.03, extent.width() * 0.03, extent.height() * 0.03);
    const double width = doc.body().width();
    const double height = std::min(kMaxMapHeight, width * extent.height() / extent.width());
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
    const QString source = attribution(c.dataset->sources, lang);
    p.drawText(QRectF(frame.left(), frame.bottom() + 2, frame.width(), 12), Qt::AlignRight | Qt::AlignTop, source);
    p.restore();
    doc.setY(frame.bottom() + 20);

    // The legend in columns under the map.
    const QList<LegendGroup> groups = legendGroups(layers, lang);
    const QFont legendFont = BriefingDocument::font(8);
    const double columnWidth = width / kLegendColumns;
    QList<double> columnY(kLegendColumns, doc.y());
    double bottom = doc.y();
    for (const LegendGroup& g : groups) {
        const auto column = static_cast<int>(std::min_element(columnY.begin(), columnY.end()) - columnY.begin());
        const QSizeF size = LegendRenderer::legendSize({g}, legendFont);
        LegendRenderer::drawLegend(p, {g}, QPointF(frame.left() + column * columnWidth, columnY[column]), legendFont);
        columnY[column] += size.height() + 10;
        bottom = std::max(bottom, columnY[column]);
    }
    doc.setY(bottom);
}

} // namespace Mk
