// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "gui/scenarioresultsdock.h"
#include "render/valueformat.h"

#include "gui/mapworkspace.h"
#include "gui/scenariocontroller.h"
#include "gui/scenariomapoverlay.h"
#include "itemmodels/languagechange.h"
#include "itemmodels/scenarioindexmodel.h"
#include "itemmodels/scenarioschoolmodel.h"
#include "project/projectdocument.h"
#include "shared/categoryticker.h"
#include "render/layerfactory.h"
#include "scenario/runhistogram.h"
#include "scenario/scenarioreport.h"
#include "scenario/scenariorunner.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>
#include <iterator>

namespace Mk {

namespace {

const QColor kBefore(0x80, 0x80, 0x80);
const QColor kAfter(0x25, 0x34, 0x94);

QTableView* tableView(QAbstractItemModel* model, QWidget* parent)
{
    auto* v = new QTableView(parent);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->setVisible(false);
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}

QLabel* wrapped(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

/** Bars with their 90 % band as error bars. */
void addBandBars(QCustomPlot& plot, const QString& name, const QColor& colour, double width, const QVector<double>& x,
                 const QVector<double>& mean, const QVector<double>& lo, const QVector<double>& hi)
{
    auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setName(name);
    bars->setWidth(width);
    bars->setPen(Qt::NoPen);
    bars->setBrush(colour);
    bars->setData(x, mean);
    auto* errors = new QCPErrorBars(plot.xAxis, plot.yAxis);
    errors->removeFromLegend();
    errors->setDataPlottable(bars);
    QVector<double> minus(mean.size()), plus(mean.size());
    for (qsizetype i = 0; i < mean.size(); ++i) {
        minus[i] = mean[i] - lo[i];
        plus[i] = hi[i] - mean[i];
    }
    errors->setData(minus, plus);
    errors->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.2));
}

void resetPlot(QCustomPlot& plot)
{
    plot.clearPlottables();
    plot.clearItems();
    plot.legend->setVisible(true);
    plot.legend->setBrush(QColor(255, 255, 255, 220));
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot.xAxis->grid()->setVisible(false);
}

} // namespace

ScenarioResultsDock::ScenarioResultsDock(ScenarioController* controller, MapWorkspace* workspace, std::function<double()> privacyThreshold,
                                         QWidget* parent)
    : QDockWidget(parent), m_controller(controller), m_workspace(workspace),
      m_privacyThreshold(std::move(privacyThreshold)), m_indexModel(new ScenarioIndexModel(this)),
      m_schoolModel(new ScenarioSchoolModel(this)), m_comparisonModel(new ScenarioIndexModel(this)),
      m_schoolProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("ScenarioResultsDock"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_heading = wrapped(body);
    layout->addWidget(m_heading);
    m_tabs = new QTabWidget(body);
    layout->addWidget(m_tabs, 1);

    // Indices.
    auto* indices = new QSplitter(Qt::Horizontal, m_tabs);
    auto* left = new QWidget(indices);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_indexView = tableView(m_indexModel, left);
    m_indexView->verticalHeader()->setVisible(true); // the row numbers are the chart's ticks
    leftLayout->addWidget(m_indexView, 1);
    m_placement = wrapped(left);
    m_verification = wrapped(left);
    m_verification->setObjectName(QStringLiteral("verificationLine"));
    leftLayout->addWidget(m_placement);
    leftLayout->addWidget(m_verification);
    m_indexChart = new QCustomPlot(indices);
    m_indexChart->setMinimumSize(220, 100);
    indices->addWidget(left);
    indices->addWidget(m_indexChart);
    indices->setStretchFactor(0, 3);
    indices->setStretchFactor(1, 2);
    m_tabs->addTab(indices, QString()); // worded in retranslateUi

    // The distribution of one index over the runs, baseline against scenario.
    auto* distribution = new QWidget(m_tabs);
    auto* distributionLayout = new QVBoxLayout(distribution);
    distributionLayout->setContentsMargins(0, 0, 0, 0);
    m_distributionIndex = new QComboBox(distribution);
    distributionLayout->addWidget(m_distributionIndex);
    m_distributionChart = new QCustomPlot(distribution);
    m_distributionChart->setMinimumSize(220, 100);
    distributionLayout->addWidget(m_distributionChart, 1);
    m_tabs->addTab(distribution, QString());

    // Schools.
    auto* schools = new QSplitter(Qt::Horizontal, m_tabs);
    auto* schoolsLeft = new QWidget(schools);
    auto* schoolsLayout = new QVBoxLayout(schoolsLeft);
    schoolsLayout->setContentsMargins(0, 0, 0, 0);
    m_group = new QComboBox(schoolsLeft);
    schoolsLayout->addWidget(m_group);
    m_schoolProxy->setSourceModel(m_schoolModel);
    m_schoolProxy->setSortRole(ScenarioSchoolModel::SortRole);
    m_schoolView = tableView(m_schoolProxy, schoolsLeft);
    m_schoolView->setSortingEnabled(true);
    schoolsLayout->addWidget(m_schoolView, 1);
    m_compositionChart = new QCustomPlot(schools);
    m_compositionChart->setMinimumSize(220, 100);
    schools->addWidget(schoolsLeft);
    schools->addWidget(m_compositionChart);
    schools->setStretchFactor(0, 3);
    schools->setStretchFactor(1, 2);
    m_tabs->addTab(schools, QString());

    // Choice model.
    auto* model = new QSplitter(Qt::Horizontal, m_tabs);
    m_calibrationText = wrapped(model);
    m_calibrationText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_calibrationChart = new QCustomPlot(model);
    m_calibrationChart->setMinimumSize(220, 100);
    m_calibrationText->setMinimumWidth(260);
    model->addWidget(m_calibrationText);
    model->addWidget(m_calibrationChart);
    model->setStretchFactor(1, 2);
    m_tabs->addTab(model, QString());

    // Comparison.
    auto* compare = new QSplitter(Qt::Horizontal, m_tabs);
    m_compare = new QListWidget(compare);
    m_comparisonView = tableView(m_comparisonModel, compare);
    compare->addWidget(m_compare);
    compare->addWidget(m_comparisonView);
    compare->setStretchFactor(1, 3);
    m_tabs->addTab(compare, QString());
    // The scroll area below makes the body as tall as it would like to be (the tallest tab's preferred height), which
    // pushed the charts' axis titles out of a short panel: the tabs take the height there is, down to their minimum.
    m_tabs->setMinimumHeight(m_tabs->minimumSizeHint().height());
    m_tabs->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    // Scrolls rather than demanding a laptop's height of the bottom row it shares with the attribute table.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    setWidget(scroll);

    connect(m_controller, &ScenarioController::outcomeChanged, this, &ScenarioResultsDock::showOutcome);
    connect(m_controller, &ScenarioController::calibrated, this, &ScenarioResultsDock::showOutcome);
    connect(m_controller->document(), &ProjectDocument::changed, this, &ScenarioResultsDock::fillCompareList);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ScenarioResultsDock::showGroup);
    connect(m_schoolView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        const QModelIndex source = m_schoolProxy->mapToSource(current);
        plotComposition(source.row());
        // An existing school the officer picks is shown on the map too (a new one is not in the data's layer); the
        // default choice after a run leaves the map's selection alone.
        if (!m_choosingDefaultSchool && source.isValid() && m_outcome && m_outcome->result.schools[source.row()].origin == SimSchoolOrigin::Existing)
            m_workspace->select(LayerFactory::kSchoolsId, m_schoolModel->data(source, ScenarioSchoolModel::IdRole).toString());
    });
    connect(m_distributionIndex, &QComboBox::currentIndexChanged, this, &ScenarioResultsDock::plotDistribution);
    connect(m_indexView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_distributionIndex->setCurrentIndex(current.row()); });
    connect(m_compare, &QListWidget::itemChanged, this, &ScenarioResultsDock::compareChosen);
    retranslateUi();
    showOutcome();
}

void ScenarioResultsDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{m_indexModel, m_schoolModel, m_comparisonModel})
            announceLanguageChange(*model);
        fillCompareList();
        describeOutcome();
        plotComposition(m_schoolProxy->mapToSource(m_schoolView->currentIndex()).row());
        // The change on the map keeps its colours; its legend title is worded again.
        if (m_outcome)
            for (SchoolMeasure m : m_workspace->schoolMeasures())
                if (m.id == kChangeMeasure) {
                    m.label = changeMeasureLabel();
                    m_workspace->addSchoolMeasure(m);
                }
    }
    QDockWidget::changeEvent(event);
}

void ScenarioResultsDock::retranslateUi()
{
    setWindowTitle(tr("Scenario results"));
    // In the order the tabs were added.
    const char* const titles[] = {QT_TR_NOOP("Indices"), QT_TR_NOOP("Distribution"), QT_TR_NOOP("Schools"), QT_TR_NOOP("Choice model"),
                                  QT_TR_NOOP("Compare")};
    for (int i = 0; i < static_cast<int>(std::size(titles)); ++i)
        m_tabs->setTabText(i, tr(titles[i]));
    m_distributionIndex->setToolTip(tr("The index whose values over the runs the chart shows"));
    m_group->setToolTip(tr("The group whose share the table and the map show"));
    m_compare->setToolTip(tr("Tick up to three scenarios that have run to compare them with the baseline"));
    // A QCustomPlot keeps the locale it was made with: its ticks take the current language's decimal sign.
    QLocale numbers;
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    for (QCustomPlot* plot : {m_indexChart, m_distributionChart, m_compositionChart, m_calibrationChart})
        plot->setLocale(numbers);
}

void ScenarioResultsDock::showOutcome()
{
    fillCompareList();
    m_outcome = m_controller->currentOutcome();
    const double threshold = m_privacyThreshold();
    m_indexModel->setOutcomes({m_outcome});
    m_schoolModel->setOutcome(m_outcome, threshold);
    {
        const QSignalBlocker blocker(m_group);
        m_group->clear();
        if (m_outcome)
            for (const QString& group : m_outcome->result.groups)
                m_group->addItem(m_outcome->population.groupNames.groupLabelOf(group));
        m_group->setCurrentIndex(m_schoolModel->group());
    }
    describeOutcome();
    if (!m_outcome) {
        plotComposition(-1);
        if (m_workspace->schoolColouring() == kChangeMeasure)
            m_workspace->setSchoolColouring(MapWorkspace::kDenominationMeasure); // the change shown belonged to another state
        return;
    }
    m_schoolView->sortByColumn(ScenarioSchoolModel::ShareChangeColumn, Qt::DescendingOrder);
    // The most affected school (the first by change that has one: a new school has none and sorts first) is shown
    // until the officer picks another; the currentRowChanged above does not come when the row was already current.
    {
        int first = 0;
        for (int row = 0; row < m_schoolProxy->rowCount(); ++row)
            if (m_schoolModel->shareChange(m_schoolProxy->mapToSource(m_schoolProxy->index(row, 0)).row())) {
                first = row;
                break;
            }
        const QScopedValueRollback<bool> choosing(m_choosingDefaultSchool, true);
        m_schoolView->setCurrentIndex(m_schoolProxy->index(first, 0));
    }
    plotComposition(m_schoolProxy->mapToSource(m_schoolView->currentIndex()).row());
    putOnMap();
}

void ScenarioResultsDock::describeOutcome()
{
    if (!m_outcome) {
        const Scenario* s = m_controller->currentScenario();
        m_heading->setText(s ? tr("\"%1\" has not run in this state: press Run scenario.").arg(s->name) : tr("No scenario yet."));
        m_placement->clear();
        m_verification->clear();
        m_indexChart->clearPlottables();
        m_indexChart->replot();
        m_distributionIndex->clear();
        // The calibration report needs no run: a calibration done ahead (a β changed, Calibrate now) shows.
        if (const auto baseline = m_controller->currentBaseline()) {
            plotCalibration(baseline->calibration);
        } else {
            m_calibrationText->clear();
            m_calibrationChart->clearPlottables();
            m_calibrationChart->replot();
        }
        return;
    }
    const SimulationResult& r = m_outcome->result;
    const QLocale l;
    // The changes described now (not the run's words), so they follow a language change.
    QStringList edits;
    for (const ScenarioEdit& e : m_outcome->scenario.edits)
        edits << e.describe(m_controller->document()->project().dataset.get());
    const QString heading = tr("<b>%1</b>: %2 runs, seed %3. %4").arg(m_outcome->scenario.name.toHtmlEscaped()).arg(r.runs).arg(r.seed)
                                .arg(edits.join(QStringLiteral("; ")).toHtmlEscaped());
    m_heading->setText(m_controller->isPreviewing()
                           ? tr("<i>Preview, %n run(s)</i> (the full run follows when the mouse is released). %1", nullptr, r.runs).arg(heading)
                           : heading);
    const PlacementOutcome& pb = r.placementBefore.back();
    const PlacementOutcome& pa = r.placementAfter.back();
    auto pct = [&](double v) { return std::isfinite(v) ? formatDecimal(100 * v, 1, l) : QStringLiteral("–"); };
    auto metres = [&](double v) { return std::isfinite(v) ? formatDecimal(v, 0, l) : QStringLiteral("–"); };
    m_placement->setText(tr("Placement (baseline → scenario): first choice %1 % → %2 %; top 3 %3 % → %4 %; unplaced %5 % → %6 %; "
                            "mean distance %7 m → %8 m.")
                             .arg(pct(pb.firstChoice.mean), pct(pa.firstChoice.mean), pct(pb.topThree.mean), pct(pa.topThree.mean),
                                  pct(pb.unplaced.mean), pct(pa.unplaced.mean), metres(pb.distanceMean.mean), metres(pa.distanceMean.mean)));
    m_verification->setText(ScenarioReport::verificationText(r));
    plotIndices(*m_outcome);
    fillDistributionIndices();
    plotCalibration(m_outcome->calibration);
}

void ScenarioResultsDock::showGroup(int group)
{
    m_schoolModel->setGroup(group);
    putOnMap();
}

QString ScenarioResultsDock::changeMeasureLabel() const
{
    return tr("Scenario: change in share %1 (points)")
        .arg(m_outcome->population.groupNames.groupLabelOf(m_outcome->result.groups.value(m_schoolModel->group())));
}

void ScenarioResultsDock::putOnMap()
{
    if (!m_outcome || !m_workspace->hasDataset())
        return;
    SchoolMeasure m;
    m.id = kChangeMeasure;
    m.label = changeMeasureLabel();
    m.format = ValueFormat::number(1);
    m.diverging = true;
    for (int row = 0; row < m_schoolModel->rowCount(); ++row) {
        const SchoolOutcome& s = m_outcome->result.schools[row];
        if (s.origin != SimSchoolOrigin::Existing)
            continue; // a new or merged school is drawn by the scenario overlay
        const auto d = m_schoolModel->shareChange(row);
        m.bySchool.insert(s.id, d ? AttributeValue::of(*d) : AttributeValue::suppressed());
    }
    m_workspace->addSchoolMeasure(m);
    m_workspace->setSchoolColouring(kChangeMeasure);
}

void ScenarioResultsDock::plotIndices(const ScenarioOutcome& outcome)
{
    QCustomPlot& p = *m_indexChart;
    resetPlot(p);
    QVector<double> x, bMean, bLo, bHi, aMean, aLo, aHi;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double top = 0;
    for (int row = 0; row < m_indexModel->rowCount(); ++row) {
        const QString key = m_indexModel->data(m_indexModel->index(row, 0), ScenarioIndexModel::KeyRole).toString();
        for (const IndexOutcome& o : outcome.result.indices) {
            if (ScenarioReport::indexName(o.key.name, o.key.group) != key)
                continue;
            x << row + 1;
            bMean << o.before.mean;
            bLo << o.before.lo;
            bHi << o.before.hi;
            aMean << o.after.mean;
            aLo << o.after.lo;
            aHi << o.after.hi;
            top = std::max({top, o.before.hi, o.after.hi});
            // The table's row numbers: no index name fits under a chart this narrow in either language, and the table
            // beside it names each index in full.
            ticker->addTick(row + 1, QString::number(row + 1));
        }
    }
    addBandBars(p, tr("Baseline"), kBefore, 0.35, [&] { QVector<double> v; for (double d : x) v << d - 0.18; return v; }(), bMean, bLo, bHi);
    addBandBars(p, tr("Scenario"), kAfter, 0.35, [&] { QVector<double> v; for (double d : x) v << d + 0.18; return v; }(), aMean, aLo, aHi);
    p.xAxis->setTicker(ticker);
    p.xAxis->setLabel(tr("Row of the table"));
    p.xAxis->setRange(0.4, x.size() + 0.6);
    p.yAxis->setRange(0, std::max(0.05, top * 1.6)); // the legend's room above the highest band
    p.yAxis->setLabel(tr("Index (mean, 90 % band)"));
    p.replot();
}

void ScenarioResultsDock::fillDistributionIndices()
{
    const int keep = std::max(0, m_distributionIndex->currentIndex());
    {
        const QSignalBlocker blocker(m_distributionIndex);
        m_distributionIndex->clear();
        for (int row = 0; row < m_indexModel->rowCount(); ++row) {
            const QModelIndex name = m_indexModel->index(row, 0);
            m_distributionIndex->addItem(name.data().toString(), name.data(ScenarioIndexModel::KeyRole));
        }
        m_distributionIndex->setCurrentIndex(std::min(keep, m_distributionIndex->count() - 1));
    }
    plotDistribution();
}

void ScenarioResultsDock::plotDistribution()
{
    QCustomPlot& p = *m_distributionChart;
    resetPlot(p);
    const IndexOutcome* index = nullptr;
    if (m_outcome)
        for (const IndexOutcome& o : m_outcome->result.indices)
            if (ScenarioReport::indexName(o.key.name, o.key.group) == m_distributionIndex->currentData().toString())
                index = &o;
    const RunHistogram h = index ? RunHistogram::of(*index, 20) : RunHistogram{};
    if (h.binCount() == 0) {
        p.replot();
        return;
    }
    QVector<double> x, before, after;
    int top = 0;
    for (int bin = 0; bin < h.binCount(); ++bin) {
        x << h.centre(bin);
        before << h.before[bin];
        after << h.after[bin];
        top = std::max({top, h.before[bin], h.after[bin]});
    }
    auto bars = [&](const QString& name, const QColor& colour, const QVector<double>& counts) {
        auto* b = new QCPBars(p.xAxis, p.yAxis);
        b->setName(name);
        b->setWidth(h.width);
        b->setPen(QPen(colour.darker(130), 0.8));
        QColor fill = colour;
        fill.setAlpha(110);
        b->setBrush(fill);
        b->setData(x, counts);
    };
    bars(tr("Baseline"), kBefore, before);
    bars(tr("Scenario"), kAfter, after);
    // The baseline's mean as a line: how far the scenario's runs lie from what the officer has today.
    if (index->before.isValid()) {
        auto* line = new QCPItemStraightLine(&p);
        line->point1->setCoords(index->before.mean, 0);
        line->point2->setCoords(index->before.mean, 1);
        line->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.5, Qt::DashLine));
        auto* label = new QCPItemText(&p);
        label->position->setCoords(index->before.mean, top * 1.12);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(4, 0, 0, 0));
        label->setText(tr("baseline mean"));
    }
    const QLocale l;
    p.xAxis->setLabel(std::isfinite(index->probabilityDecrease)
                          ? tr("%1 over %2 runs; chance of a decrease %3 %")
                                .arg(m_distributionIndex->currentText())
                                .arg(index->runsAfter.size())
                                .arg(l.toString(100 * index->probabilityDecrease, 'f', 0))
                          : tr("%1 over %2 runs").arg(m_distributionIndex->currentText()).arg(index->runsAfter.size()));
    p.xAxis->setRange(h.lo - h.width, h.lo + (h.binCount() + 1) * h.width);
    p.yAxis->setRange(0, top * 1.25);
    // Runs are counted: integer ticks only (multiples of one), never a half run.
    QSharedPointer<QCPAxisTickerFixed> counts(new QCPAxisTickerFixed);
    counts->setTickStep(1);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    p.yAxis->setTicker(counts);
    p.yAxis->setLabel(tr("Runs"));
    p.replot();
}

void ScenarioResultsDock::plotComposition(int row)
{
    QCustomPlot& p = *m_compositionChart;
    resetPlot(p);
    const bool plotted = m_outcome && row >= 0 && row < m_schoolModel->rowCount();
    // No empty axes: without a school, a line saying what to do.
    p.xAxis->setVisible(plotted);
    p.yAxis->setVisible(plotted);
    if (!plotted) {
        p.legend->setVisible(false);
        auto* hint = new QCPItemText(&p);
        hint->position->setType(QCPItemPosition::ptAxisRectRatio);
        hint->position->setCoords(0.5, 0.5);
        hint->setText(m_outcome ? tr("Select a school in the table") : tr("No results yet: run the scenario"));
        hint->setColor(QColor(0x50, 0x50, 0x50));
        p.replot();
        return;
    }
    const SchoolOutcome& s = m_outcome->result.schools[row];
    auto privacy = ScenarioPrivacy::of(m_outcome->result, m_privacyThreshold());
    if (!privacy)
        return;
    const QStringList& groups = m_outcome->result.groups;
    QSharedPointer<QCPAxisTickerText> ticker(new CategoryTicker(*p.xAxis));
    for (qsizetype g = 0; g < groups.size(); ++g)
        ticker->addTick(g + 1, m_outcome->population.groupNames.groupLabelOf(groups[g]));
    auto series = [&](bool open, const std::vector<Band>& shares, ScenarioSituation situation, double offset, const QString& name,
                      const QColor& colour) {
        if (!open)
            return;
        QVector<double> x, mean, lo, hi;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            if (privacy->shareWithheld(static_cast<size_t>(row), g, situation) || !shares[g].isValid())
                continue; // withheld: no bar rather than a figure resting on too few children
            x << g + 1 + offset;
            mean << 100 * shares[g].mean;
            lo << 100 * shares[g].lo;
            hi << 100 * shares[g].hi;
        }
        addBandBars(p, name, colour, 0.35, x, mean, lo, hi);
    };
    series(s.openBefore, s.sharesBefore, ScenarioSituation::Baseline, -0.18, tr("Baseline"), kBefore);
    series(s.openAfter, s.sharesAfter, ScenarioSituation::Scenario, 0.18, tr("Scenario"), kAfter);
    p.xAxis->setTicker(ticker);
    p.xAxis->setRange(0.4, groups.size() + 0.6);
    p.yAxis->setRange(0, 100);
    p.yAxis->setLabel(tr("%1: share (%), 90 % band").arg(s.name));
    p.replot();
}

void ScenarioResultsDock::plotCalibration(const ScenarioCalibration& c)
{
    const QLocale l;
    QStringList lines;
    lines << tr("Choice model: %1.").arg(c.fittedOnFlows ? tr("distance weights fitted on the DUO pupil flows")
                                                          : c.constantsGiven ? tr("parameters and school constants stored in the scenario")
                                                                             : tr("the literature defaults"));
    QStringList betas;
    for (size_t i = 0; i < c.parameters.beta.size(); ++i)
        betas << (c.parameters.groups.isEmpty() ? formatDecimal(c.parameters.beta[i], 2, l)
                                                : QStringLiteral("%1 %2").arg(c.parameters.groups.value(static_cast<qsizetype>(i)),
                                                                              formatDecimal(c.parameters.beta[i], 2, l)));
    lines << tr("Distance weight β: %1; denomination weight γ: %2; list length: %3.")
                 .arg(betas.join(QStringLiteral(", ")), formatDecimal(c.parameters.denominationWeight, 2, l))
                 .arg(c.parameters.listLength);
    if (c.report.fit)
        lines << tr("McFadden pseudo-R²: %1.").arg(formatDecimal(c.report.fit->pseudoR2, 3, l));
    lines << tr("School constants calibrated in %1 + %2 steps; largest gap %3 pupils (%4).")
                 .arg(c.analyticIterations)
                 .arg(c.simulatedIterations)
                 .arg(formatDecimal(c.largestGap, 1, l),
                      c.largestGapSchoolName.isEmpty() ? c.largestGapSchool : QStringLiteral("%1, %2").arg(c.largestGapSchoolName, c.largestGapSchool));
    lines << tr("Pupils at their nearest school: observed %1 %, simulated %2 %.")
                 .arg(formatDecimal(100 * c.report.observedNearestShare, 1, l), formatDecimal(100 * c.report.simulatedNearestShare, 1, l));
    m_calibrationText->setText(lines.join(QLatin1Char('\n')));

    QCustomPlot& p = *m_calibrationChart;
    resetPlot(p);
    auto* points = new QCPGraph(p.xAxis, p.yAxis);
    points->setName(tr("School (observed, simulated)"));
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kAfter, QColor(kAfter.red(), kAfter.green(), kAfter.blue(), 90), 7));
    double top = 10;
    const double threshold = m_privacyThreshold();
    for (const CalibrationReport::SchoolRow& s : c.report.schools) {
        if (s.observed < threshold)
            continue; // a school this small is not shown
        points->addData(s.observed, s.simulated);
        top = std::max({top, s.observed, s.simulated});
    }
    auto* diagonal = new QCPGraph(p.xAxis, p.yAxis);
    diagonal->setName(tr("simulated = observed"));
    diagonal->setPen(QPen(kBefore, 1.2, Qt::DashLine));
    diagonal->setData({0, top * 1.05}, {0, top * 1.05});
    p.xAxis->setLabel(tr("Observed pupils"));
    p.yAxis->setLabel(tr("Simulated pupils"));
    p.xAxis->setRange(0, top * 1.05);
    p.yAxis->setRange(0, top * 1.05);
    p.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    p.replot();
}

void ScenarioResultsDock::fillCompareList()
{
    const QSignalBlocker blocker(m_compare);
    QStringList checked;
    for (int i = 0; i < m_compare->count(); ++i)
        if (m_compare->item(i)->checkState() == Qt::Checked)
            checked << m_compare->item(i)->text();
    m_compare->clear();
    const QList<Scenario>& scenarios = m_controller->document()->project().scenarios;
    for (const Scenario& s : scenarios) {
        auto* item = new QListWidgetItem(s.name, m_compare);
        const bool ran = m_controller->document()->cachedOutcome(s) != nullptr;
        item->setFlags(ran ? (item->flags() | Qt::ItemIsUserCheckable) : (item->flags() & ~Qt::ItemIsEnabled));
        item->setCheckState(ran && checked.contains(s.name) ? Qt::Checked : Qt::Unchecked);
        if (!ran)
            item->setToolTip(tr("Run this scenario to compare it"));
    }
    compareChosen();
}

void ScenarioResultsDock::compareChosen()
{
    std::vector<std::shared_ptr<const ScenarioOutcome>> outcomes;
    const QList<Scenario>& scenarios = m_controller->document()->project().scenarios;
    for (int i = 0; i < m_compare->count() && i < scenarios.size(); ++i) {
        if (m_compare->item(i)->checkState() != Qt::Checked)
            continue;
        if (outcomes.size() == ScenarioIndexModel::kMaxCompared) {
            const QSignalBlocker blocker(m_compare);
            m_compare->item(i)->setCheckState(Qt::Unchecked); // three at most
            continue;
        }
        outcomes.push_back(m_controller->document()->cachedOutcome(scenarios[i]));
    }
    m_comparisonModel->setOutcomes(std::move(outcomes));
}

} // namespace Mk
