// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/diagnosticsdock.h"

#include "itemmodels/diagnosticstablemodel.h"
#include "itemmodels/languagechange.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Mk {

/** Shows the notes at or above a severity that contain the filter text in any column, with the severity's icon. */
class DiagnosticsFilterProxy : public QSortFilterProxyModel
{
public:
    explicit DiagnosticsFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
    {
        setFilterKeyColumn(-1);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
    }

    void setMinimumSeverity(Diagnostic::Severity severity)
    {
        m_minimum = severity;
        invalidateFilter();
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == DiagnosticsTableModel::SeverityColumn) {
            const auto severity = static_cast<Diagnostic::Severity>(index.data(DiagnosticsTableModel::SeverityRole).toInt());
            const QStyle::StandardPixmap pixmap = severity == Diagnostic::Severity::Error     ? QStyle::SP_MessageBoxCritical
                                                  : severity == Diagnostic::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                              : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(pixmap);
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const int severity = sourceModel()->index(row, 0, parent).data(DiagnosticsTableModel::SeverityRole).toInt();
        if (severity < static_cast<int>(m_minimum))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    Diagnostic::Severity m_minimum = Diagnostic::Severity::Info;
};

DiagnosticsDock::DiagnosticsDock(QWidget* parent)
    : QDockWidget(parent), m_model(new DiagnosticsTableModel(this)), m_proxy(new DiagnosticsFilterProxy(this))
{
    setObjectName(QStringLiteral("DiagnosticsDock"));
    m_proxy->setSourceModel(m_model);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    m_severity = new QComboBox(content);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    for (int i = 0; i < 3; ++i)
        m_severity->addItem(QString(), i); // texts in retranslateUi; data = the lowest Diagnostic::Severity shown
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("notesFilter"));
    m_filter->setClearButtonEnabled(true);
    m_summary = new QLabel(content);
    bar->addWidget(m_severity);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("notesView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the order the notes arose in, until a header is clicked
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    setWidget(content);

    m_copy = new QAction(this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copy);
    connect(m_copy, &QAction::triggered, this, &DiagnosticsDock::copySelection);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateSummary();
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMinimumSeverity(static_cast<Diagnostic::Severity>(m_severity->currentData().toInt()));
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        // A long message would push "What to do" out of sight: at most a third of the panel each.
        const int cap = std::max(200, m_view->viewport()->width() / 3);
        for (int c = 0; c < DiagnosticsTableModel::ColumnCount; ++c)
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), cap));
        updateSummary();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_copy->setEnabled(m_view->selectionModel()->hasSelection()); });
    m_copy->setEnabled(false);
    retranslateUi();
}

void DiagnosticsDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        announceLanguageChange(*m_model);
    }
    QDockWidget::changeEvent(event);
}

void DiagnosticsDock::retranslateUi()
{
    setWindowTitle(tr("Notes"));
    m_severity->setItemText(0, tr("All notes"));
    m_severity->setItemText(1, tr("Warnings and errors"));
    m_severity->setItemText(2, tr("Errors only"));
    m_filter->setPlaceholderText(tr("Filter notes (file, message, code)…"));
    m_copy->setText(tr("&Copy selected notes"));
    m_view->setToolTip(tr("Select notes and press %1 to copy them as text, or right-click to export them.")
                           .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    updateSummary();
}

void DiagnosticsDock::updateSummary()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_summary->setText(shown == all ? tr("%n note(s)", nullptr, all) : tr("%1 of %n note(s) shown", nullptr, all).arg(shown));
}

QString DiagnosticsDock::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end()); // in the order shown, not the order clicked
    for (int& row : rows)
        row = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    return m_model->text(rows);
}

void DiagnosticsDock::copySelection()
{
    if (m_view->selectionModel()->hasSelection())
        QApplication::clipboard()->setText(selectedText());
}

} // namespace Mk
