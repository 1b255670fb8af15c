// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "gui/afspiegelingdock.h"
#include "render/valueformat.h"

#include "gui/catchmentcontroller.h"
#include "gui/mapworkspace.h"
#include "help/userguide.h"
#include "index/indexcatalogue.h"
#include "model/dataset.h"
#include "itemmodels/afspiegelingtablemodel.h"
#include "itemmodels/languagechange.h"
#include "render/catchmentmaplayer.h"
#include "render/layerfactory.h"
#include "shared/afspiegelingchart.h"

#include <QComboBox>
#include <QEvent>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace Mk {

namespace {

/** Panel height (in text lines) from which table and chart share one tab: a 1080-line screen has it, a 768-line laptop not. */
constexpr int kTallPanelLines = 36;
/** The widest the school-name column starts (in average characters); the full name is in its tooltip. */
constexpr int kNameColumnChars = 20;
constexpr int kNameColumnMinChars = 6;

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AfspiegelingDock::AfspiegelingDock(MapWorkspace* workspace, CatchmentController* controller, QWidget* parent)
    : QDockWidget(parent), m_workspace(workspace), m_controller(controller),
      m_model(new AfspiegelingTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("AfspiegelingDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    // Method and its one parameter on one line, so the tabs below keep the height.
    auto* form = new QFormLayout;
    m_method = new QComboBox(content);
    m_method->setObjectName(QStringLiteral("catchmentMethod"));
    for (CatchmentMethod m : {CatchmentMethod::Voronoi, CatchmentMethod::Buffer, CatchmentMethod::Observed})
        m_method->addItem(QString(), static_cast<int>(m));
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_method->setMinimumContentsLength(12);
    m_distance = new QSpinBox(content);
    m_distance->setRange(100, 10000);
    m_distance->setSingleStep(100);
    m_distance->setValue(1000);
    m_share = new QDoubleSpinBox(content);
    m_share->setRange(50, 100);
    m_share->setDecimals(0);
    m_share->setValue(80);
    auto* methodRow = new QHBoxLayout;
    methodRow->addWidget(m_method, 1);
    methodRow->addWidget(m_distance);
    methodRow->addWidget(m_share);
    m_group = new QComboBox(content);
    m_group->setObjectName(QStringLiteral("gapGroup"));
    form->addRow(QString(), methodRow);
    form->addRow(QString(), m_group);
    m_form = form;
    m_methodRow = methodRow;
    layout->addLayout(form);

    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(content);
    m_progress->setRange(0, 100);
    m_cancel = new QToolButton(content);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_status = wrappedLabel(content);
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);

    // Schools: the table, the chart under it when there is room, and where the composition comes from.
    auto* schoolsPage = new QWidget(m_tabs);
    auto* schoolsLayout = new QVBoxLayout(schoolsPage);
    schoolsLayout->setContentsMargins(0, 4, 0, 0);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AfspiegelingTableModel::SortRole);
    m_schoolsSplitter = new QSplitter(Qt::Vertical, schoolsPage);
    m_schoolsSplitter->setChildrenCollapsible(false);
    m_view = new QTableView(m_schoolsSplitter);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    orderHeadlineColumns(false);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5);
    m_view->viewport()->installEventFilter(this);
    m_schoolsSplitter->addWidget(m_view);
    schoolsLayout->addWidget(m_schoolsSplitter, 1);
    m_source = wrappedLabel(schoolsPage);
    QFont small = m_source->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_source->setFont(small);
    schoolsLayout->addWidget(m_source);
    m_tabs->addTab(schoolsPage, QString());

    // Comparison: the chart of the selected school, with a hint until one is chosen.
    m_chartPage = new QWidget(m_tabs);
    auto* chartLayout = new QVBoxLayout(m_chartPage);
    chartLayout->setContentsMargins(0, 4, 0, 0);
    m_chartHint = wrappedLabel(m_chartPage);
    chartLayout->addWidget(m_chartHint);
    m_chart = new QCustomPlot(m_chartPage);
    m_chart->setObjectName(QStringLiteral("afspiegelingChart"));
    m_chart->setMinimumHeight(240);
    m_chart->setVisible(false);
    chartLayout->addWidget(m_chart, 1);
    m_tabs->addTab(m_chartPage, QString());

    // Residential versus choice, in plain words.
    auto* splitPage = new QWidget(m_tabs);
    auto* splitLayout = new QVBoxLayout(splitPage);
    splitLayout->setContentsMargins(0, 6, 0, 0);
    m_split = wrappedLabel(splitPage);
    m_split->setTextFormat(Qt::RichText);
    m_split->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    splitLayout->addWidget(m_split);
    splitLayout->addStretch(1);
    m_tabs->addTab(splitPage, QString());
    layout->addWidget(m_tabs, 1);

    setWidget(content);
    retranslateUi();
    setRunning(false);

    updateRows();
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
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
    // A double click asks for the school's chart: bring it to the front when it has its own tab.
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (!m_chartBesideTable)
            m_tabs->setCurrentIndex(ChartTab);
    });
    connect(workspace, &MapWorkspace::selectionChanged, this, &AfspiegelingDock::showSelection);
}

bool AfspiegelingDock::shows(const QString& layerId, const QString& featureId) const
{
    const bool school = layerId == LayerFactory::kSchoolsId || layerId == CatchmentMapLayer::kId;
    // A dock behind another tab stays "visible" to Qt, but none of it is on screen.
    return isVisible() && !visibleRegion().isEmpty() && school && m_model->rowOf(featureId) >= 0;
}

void AfspiegelingDock::resizeEvent(QResizeEvent* event)
{
    QDockWidget::resizeEvent(event);
    placeChart();
}

bool AfspiegelingDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QDockWidget::eventFilter(watched, event);
}

void AfspiegelingDock::orderHeadlineColumns(bool sesHeadline)
{
    // What a narrow panel must show without scrolling comes first: the verdict and the gap, then the SES verdict; or,
    // when the school mix is an estimate from the postcode flows (which copies the catchment by construction), the SES
    // verdict, which is then the headline (as in the status line and the briefing).
    QHeaderView* header = m_view->horizontalHeader();
    const QList<int> first = sesHeadline
        ? QList<int>{AfspiegelingTableModel::SesColumn, AfspiegelingTableModel::VerdictColumn, AfspiegelingTableModel::GapColumn}
        : QList<int>{AfspiegelingTableModel::VerdictColumn, AfspiegelingTableModel::GapColumn, AfspiegelingTableModel::SesColumn};
    for (int i = 0; i < first.size(); ++i)
        header->moveSection(header->visualIndex(first[i]), i + 1);
    m_headlineColumns = sesHeadline ? 1 : 2;
}

void AfspiegelingDock::fitNameColumn()
{
    if (m_nameContentWidth <= 0)
        return;
    // Long school names would push the headline columns out of a laptop-wide panel: the name gives way, down to
    // a few letters (the tooltip has the full name).
    const int letter = m_view->fontMetrics().averageCharWidth();
    int room = m_view->viewport()->width();
    for (int visual = 1; visual <= m_headlineColumns; ++visual)
        room -= m_view->columnWidth(m_view->horizontalHeader()->logicalIndex(visual));
    const int width = std::min({m_nameContentWidth, kNameColumnChars * letter, std::max(room, kNameColumnMinChars * letter)});
    m_view->setColumnWidth(AfspiegelingTableModel::NameColumn, width);
}

void AfspiegelingDock::placeChart()
{
    const bool beside = height() >= kTallPanelLines * fontMetrics().height();
    if (beside == m_chartBesideTable && m_chart->parentWidget())
        return;
    m_chartBesideTable = beside;
    const bool chartShown = m_chart->isVisibleTo(m_chart->parentWidget());
    if (beside) {
        if (m_tabs->currentIndex() == ChartTab)
            m_tabs->setCurrentIndex(SchoolsTab);
        m_schoolsSplitter->addWidget(m_chart);
        m_schoolsSplitter->setStretchFactor(0, 2);
        m_schoolsSplitter->setStretchFactor(1, 3);
    } else {
        m_chartPage->layout()->addWidget(m_chart);
    }
    m_chart->setVisible(chartShown);
    m_tabs->setTabVisible(ChartTab, !beside);
}

void AfspiegelingDock::runAnalysis()
{
    if (!m_workspace->hasDataset())
        return;
    CatchmentOptions options = m_options;
    options.method = static_cast<CatchmentMethod>(m_method->currentData().toInt());
    options.distance = m_distance->value();
    options.share = m_share->value() / 100.0;
    m_controller->run(options);
}

void AfspiegelingDock::setOptions(const CatchmentOptions& options)
{
    m_options = options;
    const QSignalBlocker methodBlocker(m_method);
    m_method->setCurrentIndex(std::max(0, m_method->findData(static_cast<int>(options.method))));
    m_distance->setValue(qRound(options.distance));
    m_share->setValue(100.0 * options.share);
    updateRows();
}

void AfspiegelingDock::updateRows()
{
    const auto m = static_cast<CatchmentMethod>(m_method->currentData().toInt());
    m_distance->setVisible(m == CatchmentMethod::Buffer);
    m_share->setVisible(m == CatchmentMethod::Observed);
}

void AfspiegelingDock::setRunning(bool running)
{
    m_progress->setValue(0);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
}

void AfspiegelingDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_controller->isRunning())
            resultChanged(); // verdicts, status and the split in plain words, in the new language
        announceLanguageChange(*m_model);
    }
    QDockWidget::changeEvent(event);
}

void AfspiegelingDock::retranslateUi()
{
    //: afspiegeling = whether a school mirrors its own neighbourhood
    setWindowTitle(tr("Afspiegeling"));
    for (int i = 0; i < m_method->count(); ++i)
        m_method->setItemText(i, CatchmentMapLayer::methodName(static_cast<CatchmentMethod>(m_method->itemData(i).toInt())));
    m_method->setToolTip(tr("How each school's catchment area (voedingsgebied) is drawn: the area closer to it than to any "
                            "other school, every address within a distance, or the postcodes most of its pupils come from."));
    m_distance->setSuffix(tr(" m"));
    m_distance->setToolTip(tr("Distance band: every address within this distance of the school."));
    m_share->setSuffix(tr(" %"));
    m_share->setToolTip(tr("The catchment is the smallest set of postcodes that supplies this share of the school's pupils."));
    m_group->setToolTip(tr("The group whose gap colours the schools on the map and fills the table."));
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_methodRow)))
        label->setText(tr("Catchment"));
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_group)))
        label->setText(tr("Gap for group"));
    m_cancel->setText(tr("Cancel"));
    m_source->setToolTip(tr("Where the school composition comes from. An estimate is not a count: it shows the mix of the "
                            "areas the pupils live in, not who actually enrolled."));
    m_tabs->setTabText(0, tr("Schools"));
    m_chartHint->setText(tr("Choose a school in the table or on the map to compare it with its catchment area and the gemeente."));
    //: tab with the bar chart of one school against its catchment and the gemeente
    m_tabs->setTabText(1, tr("Comparison"));
    m_split->setToolTip(UserGuide::indexToolTip(IndexId::Dissimilarity) + UserGuide::indexToolTip(IndexId::MultigroupDissimilarity)
                        + tr("<p><b>Nearest school</b>: the value if every child went to the school closest to home, so that "
                             "only where families live matters (the Inspectie's 'woonsegregatie').</p>"
                             "<p><b>Added by choice and admission</b>: the difference, with a 95 % bootstrap interval for "
                             "chance in who enrols and lives where.</p>"));
    //: tab: how much segregation comes from where people live, how much from school choice (wonen tegenover keuze)
    m_tabs->setTabText(2, tr("Residence or choice"));
}

void AfspiegelingDock::resultChanged()
{
    const auto result = m_controller->result();
    m_syncing = true;
    m_model->setResult(m_workspace->dataset(), result);
    m_group->clear();
    if (result) {
        m_group->addItems(result->catchmentComposition.groupLabelList());
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
        showChart({});
        return;
    }
    const int notMirroring = static_cast<int>(std::count_if(result->afspiegeling.begin(), result->afspiegeling.end(),
                                                            [](const AfspiegelingRow& r) { return r.differsBeyondChance(); }));
    const SesGapSpread& ses = result->sesSpread;
    orderHeadlineColumns(result->compositionIsEstimate() && ses.schools > 0);
    if (result->compositionIsEstimate() && ses.schools > 0)
        // The estimate copies the catchment by construction; the schoolweging is what can show a school apart.
        m_status->setText(tr("Schoolweging: %n of %1 school(s) differ from their pupils' neighbourhoods (%2 possibly).",
                             nullptr, ses.differs)
                              .arg(QLocale().toString(ses.schools), QLocale().toString(ses.possiblyDiffers)));
    else
        m_status->setText(tr("%n of %1 school(s) do not mirror their catchment area.", nullptr, notMirroring)
                              .arg(QLocale().toString(static_cast<int>(result->afspiegeling.size()))));
    m_source->setText(tr("School composition: %1").arg(result->schoolCompositionDescription()));
    m_view->resizeColumnsToContents();
    m_nameContentWidth = m_view->columnWidth(AfspiegelingTableModel::NameColumn);
    fitNameColumn();
    showSplit();
    showSelection(m_workspace->selectedLayer(), m_workspace->selectedFeature());
}

void AfspiegelingDock::showSplit()
{
    const auto result = m_controller->result();
    if (!result)
        return;
    const QLocale locale;
    const GroupTable& groups = result->catchmentComposition;
    const QString group = m_group->currentIndex() >= 0 ? groups.groups.value(m_group->currentIndex()) : QString();
    QStringList lines;
    for (const ResidentialChoiceRow& row : result->split.rows) {
        if (row.index != IndexId::MultigroupDissimilarity && !(row.index == IndexId::Dissimilarity && row.group == group))
            continue;
        const QString who = row.group.isEmpty() ? tr("all groups") : groups.groupLabelOf(row.group);
        const QString interval = result->split.replicates > 0
            ? tr(" [%1; %2]").arg(formatDecimal(row.centredChoiceLow(), 2, locale), formatDecimal(row.centredChoiceHigh(), 2, locale))
            : QString();
        lines.append(tr("<b>%1, %2:</b> %3 if every child went to its nearest school; %4 as the schools are%5. "
                        "School choice and admission add <b>%6</b>%7.")
                         .arg(IndexCatalogue::label(row.index).toHtmlEscaped(), who.toHtmlEscaped(), formatDecimal(row.residential, 2, locale),
                              formatDecimal(row.observed, 2, locale), result->split.observedIsEstimate ? tr(" (estimate)") : QString(),
                              formatDecimal(row.choice, 2, locale), interval));
    }
    m_split->setText(lines.join(QStringLiteral("<br><br>")));
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
    const bool appears = r && !m_chart->isVisibleTo(m_chart->parentWidget());
    m_chart->setVisible(r != nullptr);
    m_chartHint->setVisible(r == nullptr);
    if (!r)
        return;
    if (appears && m_chartBesideTable) {
        // The table keeps room for all its rows (up to half the height), the chart gets the rest.
        const int total = m_schoolsSplitter->height();
        const int rows = m_view->horizontalHeader()->height() + m_view->rowHeight(0) * m_model->rowCount()
                         + m_view->horizontalScrollBar()->sizeHint().height() + 2 * m_view->frameWidth();
        const int table = std::min(rows, total / 2);
        m_schoolsSplitter->setSizes({table, total - table});
    }
    const auto ds = m_workspace->dataset();
    const qsizetype s = ds ? ds->schoolIndex(schoolId) : -1;
    AfspiegelingChart::draw(*m_chart, *r, m_controller->result()->schoolComposition, s >= 0 ? ds->schools[s].name : schoolId);
}

} // namespace Mk
