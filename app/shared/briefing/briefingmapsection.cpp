// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/briefing/briefingmapsection.h"

#include "catchment/catchmentanalysis.h"
#include "model/dataset.h"
#include "render/areamaplayer.h"
#include "render/catchmentmaplayer.h"
#include "render/layerfactory.h"
#include "render/pointmaplayer.h"
#include "report/briefingcontent.h"
#include "shared/briefing/briefingdocument.h"
#include "shared/briefing/briefingmapframe.h"

#include <QHash>

#include <algorithm>

namespace Mk {

namespace {

constexpr double kMaxMapHeight = 480.0;

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

} // namespace

QString BriefingMapSection::key() const
{
    return BriefingSection::kMap;
}

QString BriefingMapSection::title(const TextLanguage& language) const
{
    return language.translate("Mk::Briefing", "Map");
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
    const bool wijken = c.dataset && c.dataset->areas.level == AreaLevel::Wijk;
    doc.paragraph((wijken ? lang.translate("Mk::Briefing", "Colours: %1 per wijk, in five classes with equally many wijken. Symbols: the "
                                                           "schools of the table, numbered as there, shaped and coloured by denomination and "
                                                           "sized by pupils. Lines: the catchment areas and the gemeente boundary.")
                          : lang.translate("Mk::Briefing", "Colours: %1 per buurt, in five classes with equally many buurten. Symbols: the "
                                                           "schools of the table, numbered as there, shaped and coloured by denomination and "
                                                           "sized by pupils. Lines: the catchment areas and the gemeente boundary."))
                      .arg(value),
                  BriefingDocument::font(9));

    QList<LegendGroup> legend = BriefingMapFrame::layerLegend(layers, lang);
    // Schools first: they carry the numbers of the table.
    std::rotate(legend.begin(), legend.end() - 1, legend.end());
    BriefingMapFrame::draw(doc, layers, areas->extent(), kMaxMapHeight, legend);
}

} // namespace Mk
