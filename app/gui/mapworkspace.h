// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/layerstyle.h"
#include "render/schoolfilter.h"
#include "render/schoolmeasure.h"
#include "render/valuesource.h"
#include "render/vomaplayer.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Mk {

class AreaTableModel;
class LayerTreeModel;
class SchoolTableModel;
struct Dataset;
struct VoAnalysis;

/**
 * The open analysis as the map workspace sees it: the Dataset snapshot, the layer models, what
 * the buurten and schools are coloured by, the school filter and the selection. Docks and the
 * canvas observe it and change it only through its methods, so every view stays in sync.
 */
class MapWorkspace : public QObject
{
    Q_OBJECT
public:
    static inline const QString kDenominationMeasure = QStringLiteral("denomination");

    explicit MapWorkspace(QObject* parent = nullptr);
    ~MapWorkspace() override;

    void setDataset(std::shared_ptr<const Dataset> dataset);
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    bool hasDataset() const { return m_dataset != nullptr; }

    LayerTreeModel* layers() const { return m_layers; }
    AreaTableModel* areaTable() const { return m_areaTable; }
    SchoolTableModel* schoolTable() const { return m_schoolTable; }

    void setAreaValue(const ValueSource& value);
    ValueSource areaValue() const { return m_areaValue; }
    /** The look of the buurt choropleth (classes, their number, the colour ramp); the project saves it. */
    void setAreaStyle(const LayerStyle& style);
    LayerStyle areaStyle() const;
    /** kDenominationMeasure or a SchoolMeasure id. */
    void setSchoolColouring(const QString& measureId);
    QString schoolColouring() const { return m_schoolColouring; }
    /** Measures the schools can be coloured by (built in, plus those added by other modules). */
    QList<SchoolMeasure> schoolMeasures() const { return m_measures; }
    /** Adds or replaces a measure (e.g. an afspiegeling gap from the catchment analysis). */
    void addSchoolMeasure(const SchoolMeasure& measure);

    void setSchoolFilter(const SchoolFilter& filter);
    SchoolFilter schoolFilter() const { return m_filter; }

    /** Secondary schools of a gemeente or region (issue 16), drawn as their own layer on top; null removes it. */
    void setVoAnalysis(std::shared_ptr<const VoAnalysis> analysis);
    std::shared_ptr<const VoAnalysis> voAnalysis() const { return m_vo; }
    void setVoFilter(const VoFilter& filter);
    VoFilter voFilter() const { return m_voFilter; }
    /** Selects one feature (layer id + feature id); an empty layer id clears the selection. */
    void select(const QString& layerId, const QString& featureId);
    QString selectedLayer() const { return m_selectedLayer; }
    QString selectedFeature() const { return m_selectedFeature; }

signals:
    void datasetChanged();
    void selectionChanged(const QString& layerId, const QString& featureId);
    void schoolFilterChanged();
    void schoolColouringChanged(const QString& measureId);
    void schoolMeasuresChanged();
    /** The choropleth of the areas now shows another value (setAreaValue). */
    void areaValueChanged();
    /** The choropleth's classes or colours changed (setAreaStyle). */
    void areaStyleChanged();
    void voAnalysisChanged();

protected:
    bool event(QEvent* event) override;

private:
    /** Shows `value` on the areas layer and in the attribute table; false when there is nothing to show it on. */
    bool showAreaValue(const ValueSource& value);
    /** After a language change: names of layers and measures, the tables' headers and cells. */
    void retranslate();
    void rebuildSchools();
    void insertVoLayer();
    /** The vo layer's name in the current language (an analysis with years is open). */
    QString voLayerName() const;

    std::shared_ptr<const Dataset> m_dataset;
    LayerTreeModel* m_layers;
    AreaTableModel* m_areaTable;
    SchoolTableModel* m_schoolTable;
    ValueSource m_areaValue;
    QString m_schoolColouring = kDenominationMeasure;
    QList<SchoolMeasure> m_measures;
    SchoolFilter m_filter;
    QString m_selectedLayer;
    QString m_selectedFeature;
    std::shared_ptr<const VoAnalysis> m_vo;
    VoFilter m_voFilter;
};

} // namespace Mk
