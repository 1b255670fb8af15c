// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/layersdock.h"

#include "gui/mapworkspace.h"
#include "model/dataset.h"
#include "itemmodels/layertreemodel.h"
#include "render/areamaplayer.h"
#include "render/colorramp.h"
#include "render/layerfactory.h"
#include "render/maplayer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Mk {

namespace {
QVariant sourceToVariant(const ValueSource& v)
{
    return QStringList{v.kind == ValueSource::Kind::Field ? QStringLiteral("f") : QStringLiteral("g"), v.field, v.characteristic,
                       v.title, v.groups.join(QLatin1Char('\x1f'))};
}

ValueSource variantToSource(const QVariant& var)
{
    const QStringList l = var.toStringList();
    if (l.size() != 5)
        return {};
    ValueSource v;
    v.kind = l[0] == QLatin1String("f") ? ValueSource::Kind::Field : ValueSource::Kind::GroupShare;
    v.field = l[1];
    v.characteristic = l[2];
    v.title = l[3];
    v.groups = l[4].isEmpty() ? QStringList() : l[4].split(QLatin1Char('\x1f'));
    return v;
}
} // namespace

LayersDock::LayersDock(MapWorkspace* workspace, QWidget* parent)
    : QDockWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("LayersDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    m_view = new QListView(content);
    m_view->setModel(workspace->layers());
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMinimumHeight(100);
    m_view->setMaximumHeight(170);
    layout->addWidget(m_view, 1);

    auto* row = new QHBoxLayout;
    m_up = new QToolButton(content);
    m_up->setArrowType(Qt::UpArrow);
    m_down = new QToolButton(content);
    m_down->setArrowType(Qt::DownArrow);
    m_opacity = new QSlider(Qt::Horizontal, content);
    m_opacity->setRange(0, 100);
    row->addWidget(m_up);
    row->addWidget(m_down);
    row->addSpacing(8);
    m_opacityLabel = new QLabel(content);
    row->addWidget(m_opacityLabel);
    row->addWidget(m_opacity, 1);
    layout->addLayout(row);

    m_areaBox = new QGroupBox(content);
    auto* areaForm = new QFormLayout(m_areaBox);
    m_areaValue = new QComboBox(m_areaBox);
    m_areaValue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_areaValue->setMinimumContentsLength(10);
    m_method = new QComboBox(m_areaBox);
    for (auto m : {ClassificationMethod::Quantile, ClassificationMethod::EqualInterval, ClassificationMethod::NaturalBreaks})
        m_method->addItem(QString(), static_cast<int>(m));
    m_classes = new QSpinBox(m_areaBox);
    m_classes->setRange(2, 9);
    m_ramp = new QComboBox(m_areaBox);
    for (const QString& id : ColorRamp::ids())
        m_ramp->addItem(QString(), id);
    for (QWidget* field : {static_cast<QWidget*>(m_areaValue), static_cast<QWidget*>(m_method), static_cast<QWidget*>(m_classes),
                           static_cast<QWidget*>(m_ramp)})
        areaForm->addRow(QString(), field);
    m_classNote = new QLabel(m_areaBox);
    m_classNote->setObjectName(QStringLiteral("classNote"));
    m_classNote->setWordWrap(true);
    m_classNote->setVisible(false);
    areaForm->insertRow(3, m_classNote);
    layout->addWidget(m_areaBox);

    m_schoolBox = new QGroupBox(content);
    auto* schoolForm = new QFormLayout(m_schoolBox);
    m_schoolColour = new QComboBox(m_schoolBox);
    m_sizeByPupils = new QCheckBox(m_schoolBox);
    m_labels = new QCheckBox(m_schoolBox);
    schoolForm->addRow(QString(), m_schoolColour);
    schoolForm->addRow(m_sizeByPupils);
    schoolForm->addRow(m_labels);
    layout->addWidget(m_schoolBox);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LayersDock::currentLayerChanged);
    connect(workspace, &MapWorkspace::datasetChanged, this, [this] {
        populateChoices();
        m_view->setCurrentIndex(m_workspace->layers()->index(m_workspace->layers()->rowOf(LayerFactory::kAreasId)));
        currentLayerChanged();
        updateClassNote();
    });
    connect(workspace, &MapWorkspace::schoolMeasuresChanged, this, &LayersDock::populateChoices);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        if (MapLayer* l = currentLayer(); l && !m_updating)
            m_workspace->layers()->setLayerOpacity(l->id(), v / 100.0);
    });
    connect(m_areaValue, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_workspace->setAreaValue(variantToSource(m_areaValue->currentData()));
    });
    for (QComboBox* box : {m_method, m_ramp})
        connect(box, &QComboBox::currentIndexChanged, this, &LayersDock::applyAreaStyle);
    connect(m_classes, &QSpinBox::valueChanged, this, &LayersDock::applyAreaStyle);
    // A restored project or an undo sets the style elsewhere: the controls follow.
    connect(workspace, &MapWorkspace::areaStyleChanged, this, [this] {
        currentLayerChanged();
        updateClassNote();
    });
    connect(workspace, &MapWorkspace::areaValueChanged, this, &LayersDock::updateClassNote);
    connect(m_schoolColour, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_workspace->setSchoolColouring(m_schoolColour->currentData().toString());
    });
    for (QCheckBox* box : {m_sizeByPupils, m_labels})
        connect(box, &QCheckBox::toggled, this, &LayersDock::applySchoolStyle);
    retranslateUi();
    currentLayerChanged();
}

void LayersDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        populateChoices(); // value and measure names come from the dataset in the current language
        updateClassNote();
    }
    QDockWidget::changeEvent(event);
}

void LayersDock::retranslateUi()
{
    setWindowTitle(tr("Layers"));
    m_up->setToolTip(tr("Move layer up"));
    m_down->setToolTip(tr("Move layer down"));
    m_opacity->setToolTip(tr("Opacity of the selected layer"));
    m_opacityLabel->setText(tr("Opacity"));
    m_areaBox->setTitle(tr("Choropleth"));
    for (int i = 0; i < m_method->count(); ++i)
        m_method->setItemText(i, Classification::methodName(static_cast<ClassificationMethod>(m_method->itemData(i).toInt())));
    for (int i = 0; i < m_ramp->count(); ++i)
        m_ramp->setItemText(i, ColorRamp::displayName(m_ramp->itemData(i).toString()));
    const auto setLabel = [](QWidget* field, const QString& text) {
        if (auto* form = qobject_cast<QFormLayout*>(field->parentWidget()->layout()))
            if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
                label->setText(text);
    };
    setLabel(m_areaValue, tr("Value"));
    setLabel(m_method, tr("Classes"));
    setLabel(m_classes, tr("Number"));
    setLabel(m_ramp, tr("Colours"));
    m_schoolBox->setTitle(tr("School symbols"));
    setLabel(m_schoolColour, tr("Colour by"));
    m_sizeByPupils->setText(tr("Size by number of pupils"));
    m_labels->setText(tr("Show names"));
}

MapLayer* LayersDock::currentLayer() const
{
    return m_workspace->layers()->layerAt(m_view->currentIndex().row());
}

void LayersDock::populateChoices()
{
    m_updating = true;
    m_areaValue->clear();
    if (const auto ds = m_workspace->dataset()) {
        for (const ValueSource& v : LayerFactory::areaValueSources(*ds))
            m_areaValue->addItem(v.label(*ds), sourceToVariant(v));
        // By what the value is, not by its title: after a language change the title is worded anew.
        const ValueSource current = m_workspace->areaValue();
        for (int i = 0; i < m_areaValue->count(); ++i) {
            const ValueSource v = variantToSource(m_areaValue->itemData(i));
            if (v.kind == current.kind && v.field == current.field && v.characteristic == current.characteristic && v.groups == current.groups)
                m_areaValue->setCurrentIndex(i);
        }
    }
    m_schoolColour->clear();
    m_schoolColour->addItem(tr("Denomination"), MapWorkspace::kDenominationMeasure);
    for (const SchoolMeasure& m : m_workspace->schoolMeasures())
        m_schoolColour->addItem(m.label, m.id);
    m_schoolColour->setCurrentIndex(m_schoolColour->findData(m_workspace->schoolColouring()));
    m_updating = false;
}

void LayersDock::currentLayerChanged()
{
    const MapLayer* l = currentLayer();
    m_updating = true;
    m_up->setEnabled(l && m_view->currentIndex().row() > 0);
    m_down->setEnabled(l && m_view->currentIndex().row() + 1 < m_workspace->layers()->layerCount());
    m_opacity->setEnabled(l);
    m_opacity->setValue(l ? qRound(l->opacity() * 100) : 100);
    const bool isAreas = l && l->id() == LayerFactory::kAreasId;
    const bool isSchools = l && l->id() == LayerFactory::kSchoolsId;
    m_areaBox->setVisible(isAreas);
    m_schoolBox->setVisible(isSchools);
    if (l) {
        const LayerStyle& st = l->style();
        m_method->setCurrentIndex(m_method->findData(static_cast<int>(st.method)));
        m_classes->setValue(st.classCount);
        m_ramp->setCurrentIndex(m_ramp->findData(st.rampId));
        m_sizeByPupils->setChecked(st.sizeByValue);
        m_labels->setChecked(st.labels);
    }
    m_updating = false;
}

void LayersDock::applyAreaStyle()
{
    if (m_updating || !m_workspace->layers()->layer(LayerFactory::kAreasId))
        return;
    LayerStyle st = m_workspace->areaStyle();
    st.method = static_cast<ClassificationMethod>(m_method->currentData().toInt());
    st.classCount = m_classes->value();
    st.rampId = m_ramp->currentData().toString();
    m_workspace->setAreaStyle(st);
}

void LayersDock::updateClassNote()
{
    const auto* areas = dynamic_cast<const AreaMapLayer*>(m_workspace->layers()->layer(LayerFactory::kAreasId));
    const QString note = areas ? areas->classification().shortfall(areas->style().classCount) : QString();
    m_classNote->setText(note);
    m_classNote->setVisible(!note.isEmpty());
}

void LayersDock::applySchoolStyle()
{
    MapLayer* l = m_workspace->layers()->layer(LayerFactory::kSchoolsId);
    if (m_updating || !l)
        return;
    LayerStyle st = l->style();
    st.sizeByValue = m_sizeByPupils->isChecked();
    st.labels = m_labels->isChecked();
    m_workspace->layers()->setLayerStyle(l->id(), st);
}

void LayersDock::moveCurrent(int delta)
{
    const int row = m_view->currentIndex().row();
    m_workspace->layers()->moveLayer(row, row + delta);
    m_view->setCurrentIndex(m_workspace->layers()->index(row + delta));
}

} // namespace Mk
