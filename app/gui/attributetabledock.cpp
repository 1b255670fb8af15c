// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/attributetabledock.h"

#include "gui/mapworkspace.h"
#include "model/dataset.h"
#include "itemmodels/areatablemodel.h"
#include "itemmodels/schooltablemodel.h"
#include "render/layerfactory.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Mk {

namespace {

/** Text filter over all columns plus, for schools, the map's school filter (AcceptedRole). */
class TableFilterProxy : public QSortFilterProxyModel
{
public:
    TableFilterProxy(int acceptedRole, QObject* parent) : QSortFilterProxyModel(parent), m_acceptedRole(acceptedRole)
    {
        setFilterKeyColumn(-1);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setSortCaseSensitivity(Qt::CaseInsensitive);
        setSortRole(Qt::UserRole + 1); // both table models use UserRole + 1 as SortRole
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_acceptedRole >= 0 && !sourceModel()->index(row, 0, parent).data(m_acceptedRole).toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    int m_acceptedRole;
};

QTableView* makeView(QSortFilterProxyModel* proxy, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(false);
    view->sortByColumn(-1, Qt::AscendingOrder);
    return view;
}

} // namespace

AttributeTableDock::AttributeTableDock(MapWorkspace* workspace, QWidget* parent)
    : QDockWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("AttributeTableDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit(content);
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_areaProxy = new TableFilterProxy(-1, this);
    m_areaProxy->setSourceModel(workspace->areaTable());
    m_schoolProxy = new TableFilterProxy(SchoolTableModel::AcceptedRole, this);
    m_schoolProxy->setSourceModel(workspace->schoolTable());
    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);
    m_areaView = makeView(m_areaProxy, m_tabs);
    m_schoolView = makeView(m_schoolProxy, m_tabs);
    m_tabs->addTab(m_schoolView, QString());
    m_tabs->addTab(m_areaView, QString());
    layout->addWidget(m_tabs);
    setWidget(content);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_areaProxy->setFilterFixedString(text);
        m_schoolProxy->setFilterFixedString(text);
    });
    connect(workspace->schoolTable(), &QAbstractItemModel::dataChanged, m_schoolProxy, &QSortFilterProxyModel::invalidate);
    connect(m_areaView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { rowActivated(m_areaView); });
    connect(m_schoolView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { rowActivated(m_schoolView); });
    connect(workspace, &MapWorkspace::selectionChanged, this, &AttributeTableDock::showSelection);
    connect(workspace, &MapWorkspace::schoolColouringChanged, this, [this](const QString& id) {
        m_schoolView->setColumnHidden(SchoolTableModel::MeasureColumn,
                                      id == MapWorkspace::kDenominationMeasure || id == QLatin1String("pupils") || id == QLatin1String("schoolweging"));
    });
    // The map's measure and value arrive after the data, with headers of their own: wide enough for them.
    connect(workspace->schoolTable(), &QAbstractItemModel::headerDataChanged, this,
            [this] { m_schoolView->resizeColumnToContents(SchoolTableModel::MeasureColumn); });
    connect(workspace->areaTable(), &QAbstractItemModel::headerDataChanged, this,
            [this] { m_areaView->resizeColumnToContents(AreaTableModel::MappedColumn); });
    connect(workspace, &MapWorkspace::datasetChanged, this, [this] {
        for (QTableView* v : {m_areaView, m_schoolView})
            v->resizeColumnsToContents();
        retranslateUi(); // the area tab says buurten or wijken
    });
    retranslateUi();
}

void AttributeTableDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void AttributeTableDock::retranslateUi()
{
    setWindowTitle(tr("Attribute table"));
    m_filter->setPlaceholderText(tr("Filter rows (name, code, value)…"));
    m_tabs->setTabText(m_tabs->indexOf(m_schoolView), tr("Schools"));
    const auto dataset = m_workspace->dataset();
    m_tabs->setTabText(m_tabs->indexOf(m_areaView), dataset && dataset->areas.level == AreaLevel::Wijk ? tr("Wijken") : tr("Buurten"));
}

void AttributeTableDock::rowActivated(QTableView* view)
{
    if (m_syncing)
        return;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const bool areas = view == m_areaView;
    const QModelIndex source = (areas ? m_areaProxy : m_schoolProxy)->mapToSource(rows.front());
    const QString id = areas ? m_workspace->areaTable()->codeAt(source.row()) : m_workspace->schoolTable()->idAt(source.row());
    m_syncing = true;
    m_workspace->select(areas ? LayerFactory::kAreasId : LayerFactory::kSchoolsId, id);
    m_syncing = false;
}

void AttributeTableDock::showSelection(const QString& layerId, const QString& featureId)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_areaView->clearSelection();
    m_schoolView->clearSelection();
    if (layerId == LayerFactory::kAreasId || layerId == LayerFactory::kSchoolsId) {
        const bool areas = layerId == LayerFactory::kAreasId;
        QTableView* view = areas ? m_areaView : m_schoolView;
        const int row = areas ? m_workspace->areaTable()->rowOf(featureId) : m_workspace->schoolTable()->rowOf(featureId);
        QAbstractItemModel* source = areas ? static_cast<QAbstractItemModel*>(m_workspace->areaTable()) : m_workspace->schoolTable();
        const QModelIndex proxyIndex = (areas ? m_areaProxy : m_schoolProxy)->mapFromSource(source->index(row, 0));
        if (proxyIndex.isValid()) {
            m_tabs->setCurrentWidget(view);
            view->selectRow(proxyIndex.row());
            view->scrollTo(proxyIndex);
        }
    }
    m_syncing = false;
}

} // namespace Mk
