// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/layerfactory.h"

#include "geo/geometry.h"
#include "io/sourceschema.h"
#include "model/dataset.h"
#include "render/areamaplayer.h"
#include "render/pointmaplayer.h"

#include <algorithm>

namespace Mk {

std::unique_ptr<AreaMapLayer> LayerFactory::areas(const std::shared_ptr<const Dataset>& dataset, const ValueSource& value,
                                                  const TextLanguage& language)
{
    const QString name = dataset->areas.level == AreaLevel::Wijk ? language.translate("Mk::LayerFactory", "Wijken")
                                                                 : language.translate("Mk::LayerFactory", "Buurten");
    auto layer = std::make_unique<AreaMapLayer>(kAreasId, name, std::shared_ptr<const AreaLayer>(dataset, &dataset->areas));
    LayerStyle st;
    st.fill = LayerStyle::Fill::Graduated;
    st.strokeColor = QColor(255, 255, 255, 200);
    st.strokeWidth = 0.7;
    st.method = ClassificationMethod::Quantile;
    st.classCount = 5;
    st.rampId = QStringLiteral("ylgnbu");
    layer->setValues(value.evaluate(*dataset, dataset->areas), value.label(*dataset, language), value.format());
    layer->setStyle(st);
    return layer;
}

std::unique_ptr<AreaMapLayer> LayerFactory::wijkBoundaries(const std::shared_ptr<const Dataset>& dataset, const TextLanguage& language)
{
    if (dataset->wijken.units.isEmpty())
        return nullptr;
    auto layer = std::make_unique<AreaMapLayer>(kWijkenId, language.translate("Mk::LayerFactory", "Wijk boundaries"),
                                                std::shared_ptr<const AreaLayer>(dataset, &dataset->wijken));
    LayerStyle st;
    st.fill = LayerStyle::Fill::None;
    // At most one pixel wide: Qt draws such pens with its fast cosmetic stroker, dashes included.
    st.strokeColor = QColor(0x3a, 0x3a, 0x4a);
    st.strokeWidth = 1.0;
    st.strokeStyle = Qt::DashLine;
    layer->setStyle(st);
    return layer;
}

std::unique_ptr<AreaMapLayer> LayerFactory::gemeenteOutline(const std::shared_ptr<const Dataset>& dataset, const TextLanguage& language)
{
    if (!dataset->boundary)
        return nullptr;
    auto outline = std::make_shared<AreaLayer>();
    outline->level = AreaLevel::Gemeente;
    AreaUnit unit;
    unit.code = dataset->gemeenteCode;
    unit.name = dataset->gemeenteName;
    unit.level = AreaLevel::Gemeente;
    unit.geometry = dataset->boundary.shared();
    outline->units.append(unit);
    //: %1 = name of the gemeente (municipality)
    auto layer = std::make_unique<AreaMapLayer>(kGemeenteId, language.translate("Mk::LayerFactory", "Gemeente %1").arg(dataset->gemeenteName),
                                                outline);
    LayerStyle st;
    st.fill = LayerStyle::Fill::None;
    st.strokeColor = QColor(0x22, 0x22, 0x2e);
    st.strokeWidth = 2.2;
    layer->setStyle(st);
    return layer;
}

std::vector<PointFeature> LayerFactory::schoolFeatures(const Dataset& dataset, const SchoolFilter& filter, const SchoolMeasure* measure)
{
    std::vector<PointFeature> out;
    for (const School& s : dataset.schools) {
        if (!s.location)
            continue;
        PointFeature f;
        f.id = s.id;
        f.name = s.name;
        f.position = *s.location;
        f.sizeValue = s.pupils;
        f.category = s.denomination;
        f.colorValue = measure ? measure->mapValue(s.id) : AttributeValue::missing();
        f.visible = filter.accepts(s);
        out.push_back(std::move(f));
    }
    return out;
}

std::unique_ptr<PointMapLayer> LayerFactory::schools(const Dataset& dataset, const SchoolFilter& filter, const TextLanguage& language)
{
    auto layer = std::make_unique<PointMapLayer>(kSchoolsId, language.translate("Mk::LayerFactory", "Schools"),
                                                 schoolFeatures(dataset, filter, nullptr));
    LayerStyle st;
    st.fill = LayerStyle::Fill::Categorized;
    st.strokeColor = QColor(0x20, 0x20, 0x20);
    st.strokeWidth = 0.9;
    st.minDiameter = 8.0;
    st.maxDiameter = 26.0;
    st.labels = true;
    layer->setStyle(st);
    layer->setColorMeasure(language.translate("Mk::LayerFactory", "Denomination"), ValueFormat::number(), false);
    layer->setSizeLabel(language.translate("Mk::LayerFactory", "Pupils"));
    return layer;
}

std::unique_ptr<PointMapLayer> LayerFactory::vveLocations(const Dataset& dataset)
{
    std::vector<PointFeature> features;
    for (const VveLocation& v : dataset.vveLocations) {
        if (!v.location)
            continue;
        PointFeature f;
        f.id = v.id;
        f.name = v.name;
        f.position = *v.location;
        f.category = v.isVve ? tr("VVE location") : tr("Childcare");
        features.push_back(std::move(f));
    }
    if (features.empty())
        return nullptr;
    auto layer = std::make_unique<PointMapLayer>(kVveId, tr("VVE locations"), std::move(features));
    LayerStyle st;
    st.fill = LayerStyle::Fill::Single;
    st.fillColor = QColor(0xcc, 0x79, 0xa7);
    st.strokeColor = Qt::white;
    st.strokeWidth = 0.8;
    st.sizeByValue = false;
    st.minDiameter = 6.0;
    st.labels = false;
    layer->setStyle(st);
    return layer;
}

std::vector<std::unique_ptr<MapLayer>> LayerFactory::standardLayers(const std::shared_ptr<const Dataset>& dataset)
{
    std::vector<std::unique_ptr<MapLayer>> layers;
    layers.push_back(areas(dataset, defaultAreaValue(*dataset)));
    if (auto w = wijkBoundaries(dataset))
        layers.push_back(std::move(w));
    if (auto g = gemeenteOutline(dataset))
        layers.push_back(std::move(g));
    if (auto v = vveLocations(*dataset))
        layers.push_back(std::move(v));
    layers.push_back(schools(*dataset, SchoolFilter{}));
    return layers;
}

QList<SchoolMeasure> LayerFactory::schoolMeasures(const Dataset& dataset)
{
    QList<SchoolMeasure> out;
    SchoolMeasure pupils{QStringLiteral("pupils"), tr("Pupils"), ValueFormat::count(), false, {}, {}};
    SchoolMeasure weging{QStringLiteral("schoolweging"), tr("Schoolweging (CBS)"), ValueFormat::number(1), false, {}, {}};
    for (const School& s : dataset.schools) {
        if (s.pupils)
            pupils.bySchool.insert(s.id, AttributeValue::of(*s.pupils));
        if (s.schoolweging)
            weging.bySchool.insert(s.id, AttributeValue::of(*s.schoolweging));
    }
    out << pupils << weging;
    for (const GroupTable& t : dataset.schoolComposition) {
        for (qsizetype g = 0; g < t.groupCount(); ++g) {
            SchoolMeasure m;
            m.id = QStringLiteral("share:%1:%2").arg(t.characteristic, t.groups[g]);
            m.label = tr("Share %1 (%2)").arg(t.groupLabel(g), t.characteristicLabel());
            m.format = ValueFormat::fraction();
            for (qsizetype u = 0; u < t.unitCount(); ++u) {
                double total = 0;
                bool suppressed = false;
                for (qsizetype k = 0; k < t.groupCount(); ++k) {
                    total += t.cell(u, k).valueOr(0.0);
                    suppressed = suppressed || t.cell(u, k).isSuppressed();
                }
                const AttributeValue& c = t.cell(u, g);
                m.bySchool.insert(t.unitIds[u], suppressed ? AttributeValue::suppressed()
                                  : (c.hasValue() && total > 0) ? AttributeValue::of(c.number / total)
                                                               : AttributeValue::missing());
            }
            out << m;
        }
    }
    return out;
}

QList<ValueSource> LayerFactory::areaValueSources(const Dataset& dataset, const TextLanguage& language)
{
    QList<ValueSource> out;
    for (const GroupTable& t : dataset.areaComposition) {
        QStringList nonDutch;
        for (const QString& g : t.groups)
            if (!SourceSchema::isReferenceGroup(g))
                nonDutch.append(g);
        if (SourceSchema::isOriginCharacteristic(t.characteristic) && nonDutch.size() > 1 && nonDutch.size() < t.groups.size()) {
            ValueSource combined = ValueSource::ofGroupShare(t.characteristic, nonDutch);
            combined.title = language.translate("Mk::LayerFactory", "Share with a migration background");
            out.append(combined);
        }
        for (const QString& g : t.groups)
            out.append(ValueSource::ofGroupShare(t.characteristic, {g}));
    }
    QStringList fields;
    for (const FieldSummary& f : dataset.areas.fields)
        if (f.numeric && f.valid > 0)
            fields.append(f.name);
    if (fields.isEmpty() && !dataset.areas.units.isEmpty()) {
        for (auto it = dataset.areas.units.front().numbers.cbegin(); it != dataset.areas.units.front().numbers.cend(); ++it)
            fields.append(it.key());
        std::sort(fields.begin(), fields.end());
    }
    for (const QString& f : fields)
        out.append(ValueSource::ofField(f));
    return out;
}

ValueSource LayerFactory::defaultAreaValue(const Dataset& dataset, const TextLanguage& language)
{
    const QList<ValueSource> all = areaValueSources(dataset, language);
    for (const ValueSource& v : all)
        if (v.kind == ValueSource::Kind::GroupShare && SourceSchema::isOriginCharacteristic(v.characteristic))
            return v;
    for (const ValueSource& v : all)
        if (v.kind == ValueSource::Kind::Field && SourceSchema::isOriginCharacteristic(v.field) && !SourceSchema::isReferenceGroup(v.field))
            return v;
    return all.value(0, ValueSource::ofField(SourceSchema::candidates(SourceColumn::Population).first()));
}

} // namespace Mk
