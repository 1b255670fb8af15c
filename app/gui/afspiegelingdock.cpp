// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "gui/afspiegelingdock.h"

#include "gui/catchmentcontroller.h"
#include "gui/mapworkspace.h"
#include "model/dataset.h"
#include "models/afspiegelingtablemodel.h"
#include "render/catchmentmaplayer.h"
#include "render/layerfactory.h"
#include "shared/afspiegelingchart.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace Mk {

AfspiegelingDock::AfspiegelingDock(MapWorkspace* workspace, CatchmentController* controller, QWidget* parent)
    //: afspiegeling = whether a school mirrors its own neighbourhood
    : QDockWidget(tr("Afspiegeling"), parent), m_workspace(workspace), m_controller(controller),
      m_model(new AfspiegelingTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("AfspiegelingDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    auto* form = new QFormLayout;
    m_method = new QComboBox(content);
    m_method->setObjectName(QStringLiteral("catchmentMethod"));
    for (CatchmentMethod m : {CatchmentMethod::Voronoi, CatchmentMethod::Buffer, CatchmentMethod::Observed})
        m_method->addItem(CatchmentMapLayer::methodName(m), static_cast<int>(m));
    m_method->setToolTip(tr("How each school's catchment area (voedingsgebied) is drawn: the area closer to it than to any "
                            "other school, every address within a distance, or the postcodes most of its pupils come from."));
    m_distance = new QSpinBox(content);
    m_distance->setRange(100, 10000);
    m_distance->setSingleStep(100);
    m_distance->setValue(1000);
    m_distance->setSuffix(tr(" m"));
    m_share = new QDoubleSpinBox(content);
    m_share->setRange(50, 100);
    m_share->setDecimals(0);
    m_share->setValue(80);
    m_share->setSuffix(tr(" %"));
    m_share->setToolTip(tr("The catchment is the smallest set of postcodes that supplies this share of the school's pupils."));
    m_group = new QComboBox(content);
    m_group->setObjectName(QStringLiteral("gapGroup"));
    m_group->setToolTip(tr("The group whose gap colours the schools on the map and fills the table."));
    form->addRow(tr("Catchment"), m_method);
    form->addRow(tr("Distance"), m_distance);
    form->addRow(tr("Share of pupils"), m_share);
    form->addRow(tr("Gap for group"), m_group);
    layout->addLayout(form);

    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(content);
    m_progress->setRange(0, 100);
    m_cancel = new QToolButton(content);
    m_cancel->setText(tr("Cancel"));
    m_status = new QLabel(content);
    m_status->setWordWrap(true);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    m_source = new QLabel(content);
    m_source->setWordWrap(true);
    m_source->setToolTip(tr("Where the school composition comes from. An estimate is not a count: it shows the mix of the "
                            "areas the pupils live in, not who actually enrolled."));
    layout->addWidget(m_source);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AfspiegelingTableModel::SortRole);
    m_view = new QTableView(content);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->sortByColumn(-1, Qt::AscendingOrder);

    m_chart = new QCustomPlot(content);
    m_chart->setMinimumHeight(200);
    m_chart->setVisible(false);
    auto* splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_view);
    splitter->addWidget(m_chart);
    layout->addWidget(splitter, 1);

    m_split = new QLabel(content);
    m_split->setWordWrap(true);
    m_split->setTextFormat(Qt::RichText);
    m_split->setToolTip(tr("<p><b>Dissimilarity index</b>: the share of pupils of a group that would have to change school "
                           "for every school to have the same mix (0 = fully mixed, 1 = fully separated).</p>"
                           "<p><b>Nearest school</b>: the value if every child went to the school closest to home, so that "
                           "only where families live matters (the Inspectie's 'woonsegregatie').</p>"
                           "<p><b>Added by choice and admission</b>: the difference, with a 95 % bootstrap interval for "
                           "chance in who enrols and lives where.</p>"));
    layout->addWidget(m_split);
    setWidget(content);
    setRunning(false);

    auto methodChanged = [this, form] {
        const auto m = static_cast<CatchmentMethod>(m_method->currentData().toInt());
        form->setRowVisible(m_distance, m == CatchmentMethod::Buffer);
        form->setRowVisible(m_share, m == CatchmentMethod::Observed);
    };
    methodChanged();
    connect(m_method, &QComboBox::currentIndexChanged, this, [this, methodChanged] {
        methodChanged();
        runAnalysis();
    });
    connect(m_distance, &QSpinBox::editingFinished, this, &AfspiegelingDock::runAnalysis);
    connect(m_share, &QDoubleSpinBox::editingFinished, this, &AfspiegelingDock::runAnalysis);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this](int group) {
        if (group < 0 || m_syncing)
            return;
        m_model->setGroup(group);
        m_controller->setGapGroup(group);
        showSplit();
    });
    connect(m_cancel, &QToolButton::clicked, m_controller, &CatchmentController::cancel);
    connect(m_controller, &CatchmentController::started, this, [this] {
        m_status->setText(tr("Drawing catchments and comparing schools…"));
        setRunning(true);
    });
    connect(m_controller, &CatchmentController::progressChanged, this,
            [this](double f, const QString&) { m_progress->setValue(qRound(f * 100)); });
    connect(m_controller, &CatchmentController::canceled, this, [this] {
        setRunning(false);
        m_status->setText(tr("Canceled. Choose a catchment method to start again."));
    });
    connect(m_controller, &CatchmentController::failed, this, [this](const QString& message) {
        setRunning(false);
        m_status->setText(message);
    });
    connect(m_controller, &CatchmentController::resultChanged, this, &AfspiegelingDock::resultChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AfspiegelingDock::rowSelected);
    connect(workspace, &MapWorkspace::selectionChanged, this, &AfspiegelingDock::showSelection);
}

void AfspiegelingDock::runAnalysis()
{
    if (!m_workspace->hasDataset())
        return;
    CatchmentOptions options;
    options.method = static_cast<CatchmentMethod>(m_method->currentData().toInt());
    options.distance = m_distance->value();
    options.share = m_share->value() / 100.0;
    m_controller->run(options);
}

void AfspiegelingDock::setRunning(bool running)
{
    m_progress->setValue(0);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
}

void AfspiegelingDock::resultChanged()
{
    const auto result = m_controller->result();
    m_syncing = true;
    m_model->setResult(m_workspace->dataset(), result);
    m_group->clear();
    if (result) {
        m_group->addItems(result->catchmentComposition.groups);
        m_group->setCurrentIndex(m_controller->gapGroup());
        m_model->setGroup(m_controller->gapGroup());
    }
    m_syncing = false;
    if (!m_controller->isRunning())
        setRunning(false);
    if (!result) {
        m_status->clear();
        m_source->clear();
        m_split->clear();
        m_chart->setVisible(false);
        return;
    }
    const int notMirroring = static_cast<int>(std::count_if(result->afspiegeling.begin(), result->afspiegeling.end(), [](const AfspiegelingRow& r) {
        return r.verdict == AfspiegelingVerdict::OverRepresents || r.verdict == AfspiegelingVerdict::UnderRepresents;
    }));
    m_status->setText(tr("%n of %1 school(s) do not mirror their catchment area.", nullptr, notMirroring)
                          .arg(QLocale().toString(static_cast<int>(result->afspiegeling.size()))));
    m_source->setText(tr("School composition: %1").arg(result->schoolCompositionDescription()));
    m_view->resizeColumnsToContents();
    showSplit();
    showSelection(m_workspace->selectedLayer(), m_workspace->selectedFeature());
}

void AfspiegelingDock::showSplit()
{
    const auto result = m_controller->result();
    if (!result)
        return;
    const QLocale locale;
    const QStringList& groups = result->catchmentComposition.groups;
    const QString group = m_group->currentIndex() >= 0 ? groups.value(m_group->currentIndex()) : QString();
    QStringList lines;
    for (const ResidentialChoiceRow& row : result->split.rows) {
        if (row.index != QLatin1String("dissimilarity") || !(row.group.isEmpty() || row.group == group))
            continue;
        const QString who = row.group.isEmpty() ? tr("all groups") : row.group;
        const QString interval = result->split.replicates > 0
            ? tr(" [%1; %2]").arg(locale.toString(row.choiceLow, 'f', 2), locale.toString(row.choiceHigh, 'f', 2))
            : QString();
        lines.append(tr("<b>Dissimilarity, %1:</b> %2 if every child went to its nearest school; %3 as the schools are%4. "
                        "School choice and admission add <b>%5</b>%6.")
                         .arg(who.toHtmlEscaped(), locale.toString(row.residential, 'f', 2), locale.toString(row.observed, 'f', 2),
                              result->split.observedIsEstimate ? tr(" (estimate)") : QString(),
                              locale.toString(row.choice, 'f', 2), interval));
    }
    m_split->setText(lines.join(QStringLiteral("<br>")));
}

void AfspiegelingDock::rowSelected()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = m_model->idAt(m_proxy->mapToSource(rows.front()).row());
    m_syncing = true;
    m_workspace->select(LayerFactory::kSchoolsId, id);
    m_syncing = false;
    showChart(id);
}

void AfspiegelingDock::showSelection(const QString& layerId, const QString& featureId)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_view->clearSelection();
    const bool school = layerId == LayerFactory::kSchoolsId || layerId == CatchmentMapLayer::kId;
    const QModelIndex index = school ? m_proxy->mapFromSource(m_model->index(m_model->rowOf(featureId), 0)) : QModelIndex();
    if (index.isValid()) {
        m_view->selectRow(index.row());
        m_view->scrollTo(index);
    }
    m_syncing = false;
    showChart(index.isValid() ? featureId : QString());
}

void AfspiegelingDock::showChart(const QString& schoolId)
{
    const int row = m_model->rowOf(schoolId);
    const AfspiegelingRow* r = m_model->rowAt(row);
    if (!r) {
        m_chart->setVisible(false);
        return;
    }
    const auto ds = m_workspace->dataset();
    const qsizetype s = ds ? ds->schoolIndex(schoolId) : -1;
    AfspiegelingChart::draw(*m_chart, *r, s >= 0 ? ds->schools[s].name : schoolId);
    m_chart->setVisible(true);
}

} // namespace Mk
