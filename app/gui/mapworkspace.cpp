// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mapworkspace.h"


#include "model/dataset.h"
#include "itemmodels/areatablemodel.h"
#include "itemmodels/languagechange.h"
#include "itemmodels/layertreemodel.h"
#include "itemmodels/schooltablemodel.h"
#include "render/areamaplayer.h"
#include "render/catchmentmaplayer.h"
#include "render/layerfactory.h"
#include "render/maplayer.h"
#include "render/pointmaplayer.h"
#include "vo/voanalysis.h"

#include <QEvent>

#include <algorithm>

namespace Mk {

MapWorkspace::MapWorkspace(QObject* parent)
    : QObject(parent), m_layers(new LayerTreeModel(this)), m_areaTable(new AreaTableModel(this)),
      m_schoolTable(new SchoolTableModel(this))
{
}

MapWorkspace::~MapWorkspace() = default;

bool MapWorkspace::event(QEvent* event)
{
    // The main window passes QEvent::LanguageChange on to its children, this workspace among them.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void MapWorkspace::retranslate()
{
    if (m_dataset) {
        // Layer and measure names as LayerFactory words them now; what the layers show stays.
        for (const auto& fresh : LayerFactory::standardLayers(m_dataset))
            if (MapLayer* layer = m_layers->layer(fresh->id())) {
                layer->setName(fresh->name());
                // The size legend's title ("Pupils: 475").
                auto* points = dynamic_cast<PointMapLayer*>(layer);
                if (const auto* freshPoints = dynamic_cast<const PointMapLayer*>(fresh.get()); points && freshPoints)
                    points->setSizeLabel(freshPoints->sizeLabel());
            }
        if (MapLayer* vo = m_layers->layer(VoMapLayer::kId); vo && m_vo)
            vo->setName(voLayerName());
        if (auto* catchments = dynamic_cast<CatchmentMapLayer*>(m_layers->layer(CatchmentMapLayer::kId)))
            catchments->setName(CatchmentMapLayer::methodName(catchments->method()));
        for (const SchoolMeasure& fresh : LayerFactory::schoolMeasures(*m_dataset))
            for (SchoolMeasure& m : m_measures)
                if (m.id == fresh.id)
                    m.label = fresh.label;
        // The same value in the new language's words (a title is worded when the value is made): no
        // areaValueChanged, which would record a styling edit.
        for (const ValueSource& fresh : LayerFactory::areaValueSources(*m_dataset))
            if (fresh.kind == m_areaValue.kind && fresh.field == m_areaValue.field && fresh.characteristic == m_areaValue.characteristic
                && fresh.groups == m_areaValue.groups)
                m_areaValue.title = fresh.title;
        if (m_areaValue.isValid())
            showAreaValue(m_areaValue);
        rebuildSchools();
        emit schoolMeasuresChanged();
    }
    for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(m_layers), static_cast<QAbstractItemModel*>(m_areaTable),
                                      static_cast<QAbstractItemModel*>(m_schoolTable)})
        announceLanguageChange(*model);
}

void MapWorkspace::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_selectedLayer.clear();
    m_selectedFeature.clear();
    m_dataset = std::move(dataset);
    m_filter = {};
    m_schoolColouring = kDenominationMeasure;
    m_measures = m_dataset ? LayerFactory::schoolMeasures(*m_dataset) : QList<SchoolMeasure>();
    m_areaValue = m_dataset ? LayerFactory::defaultAreaValue(*m_dataset) : ValueSource();
    m_areaTable->setDataset(m_dataset);
    m_schoolTable->setDataset(m_dataset);
    m_schoolTable->setFilter(m_filter);
    if (m_dataset) {
        m_layers->setLayers(LayerFactory::standardLayers(m_dataset));
        if (auto* areas = dynamic_cast<AreaMapLayer*>(m_layers->layer(LayerFactory::kAreasId)))
            m_areaTable->setMappedValues(areas->values(), areas->valueLabel(), areas->valueFormat());
        m_schoolTable->setMeasure({});
        insertVoLayer();
    } else {
        m_layers->setLayers({});
    }
    emit datasetChanged();
    emit schoolColouringChanged(m_schoolColouring);
    emit selectionChanged({}, {});
}

void MapWorkspace::setAreaValue(const ValueSource& value)
{
    if (showAreaValue(value))
        emit areaValueChanged();
}

bool MapWorkspace::showAreaValue(const ValueSource& value)
{
    auto* areas = dynamic_cast<AreaMapLayer*>(m_layers->layer(LayerFactory::kAreasId));
    if (!m_dataset || !areas || !value.isValid())
        return false;
    m_areaValue = value;
    areas->setValues(value.evaluate(*m_dataset, m_dataset->areas), value.label(*m_dataset), value.format());
    m_areaTable->setMappedValues(areas->values(), areas->valueLabel(), areas->valueFormat());
    m_layers->notifyLayerChanged(LayerFactory::kAreasId);
    return true;
}

void MapWorkspace::setAreaStyle(const LayerStyle& style)
{
    const MapLayer* areas = m_layers->layer(LayerFactory::kAreasId);
    if (!areas || areas->style() == style)
        return;
    m_layers->setLayerStyle(LayerFactory::kAreasId, style);
    emit areaStyleChanged();
}

LayerStyle MapWorkspace::areaStyle() const
{
    const MapLayer* areas = m_layers->layer(LayerFactory::kAreasId);
    return areas ? areas->style() : LayerStyle();
}

void MapWorkspace::setSchoolColouring(const QString& measureId)
{
    m_schoolColouring = measureId;
    rebuildSchools();
    emit schoolColouringChanged(measureId);
}

void MapWorkspace::addSchoolMeasure(const SchoolMeasure& measure)
{
    const auto it = std::find_if(m_measures.begin(), m_measures.end(), [&measure](const SchoolMeasure& m) { return m.id == measure.id; });
    if (it != m_measures.end())
        *it = measure;
    else
        m_measures.append(measure);
    if (measure.id == m_schoolColouring)
        rebuildSchools();
    emit schoolMeasuresChanged();
}

void MapWorkspace::setSchoolFilter(const SchoolFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_schoolTable->setFilter(filter);
    rebuildSchools();
    emit schoolFilterChanged();
}

void MapWorkspace::rebuildSchools()
{
    auto* schools = dynamic_cast<PointMapLayer*>(m_layers->layer(LayerFactory::kSchoolsId));
    if (!m_dataset || !schools)
        return;
    const SchoolMeasure* measure = nullptr;
    for (const SchoolMeasure& m : m_measures)
        if (m.id == m_schoolColouring)
            measure = &m;
    schools->setFeatures(LayerFactory::schoolFeatures(*m_dataset, m_filter, measure));
    LayerStyle st = schools->style();
    if (measure) {
        schools->setColorMeasure(measure->label, measure->format, measure->diverging);
        m_schoolTable->setMeasure(*measure);
        st.fill = LayerStyle::Fill::Graduated;
    } else {
        schools->setColorMeasure(tr("Denomination"), ValueFormat::number(), false);
        st.fill = LayerStyle::Fill::Categorized;
    }
    schools->setStyle(st);
    m_layers->notifyLayerChanged(LayerFactory::kSchoolsId);
}

void MapWorkspace::setVoAnalysis(std::shared_ptr<const VoAnalysis> analysis)
{
    m_vo = std::move(analysis);
    m_voFilter = {};
    if (m_selectedLayer == VoMapLayer::kId)
        select({}, {});
    m_layers->removeLayer(VoMapLayer::kId);
    insertVoLayer();
    emit voAnalysisChanged();
}

void MapWorkspace::insertVoLayer()
{
    if (!m_vo || m_vo->years.isEmpty())
        return;
    auto layer = std::make_unique<VoMapLayer>(voLayerName(), VoMapLayer::featuresOf(*m_vo));
    layer->setFilter(m_voFilter);
    m_layers->insertLayer(std::move(layer), 0);
}

QString MapWorkspace::voLayerName() const
{
    return tr("Secondary schools (vo) %1").arg(m_vo->latest().schoolYear);
}

void MapWorkspace::setVoFilter(const VoFilter& filter)
{
    if (filter == m_voFilter)
        return;
    m_voFilter = filter;
    if (auto* layer = dynamic_cast<VoMapLayer*>(m_layers->layer(VoMapLayer::kId))) {
        layer->setFilter(filter);
        m_layers->notifyLayerChanged(VoMapLayer::kId);
    }
}

void MapWorkspace::select(const QString& layerId, const QString& featureId)
{
    if (layerId == m_selectedLayer && featureId == m_selectedFeature)
        return;
    m_selectedLayer = featureId.isEmpty() ? QString() : layerId;
    m_selectedFeature = m_selectedLayer.isEmpty() ? QString() : featureId;
    emit selectionChanged(m_selectedLayer, m_selectedFeature);
}

} // namespace Mk
