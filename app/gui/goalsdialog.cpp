// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/goalsdialog.h"
#include "gui/screenfit.h"

#include "model/grouptable.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Mk {

namespace {

const GoalIndicator kIndicators[] = {GoalIndicator::SchoolsMirroringShare, GoalIndicator::Dissimilarity, GoalIndicator::MutualInformation,
                                     GoalIndicator::ChoiceShare, GoalIndicator::SchoolwegingSpread};

bool hasGroup(GoalIndicator indicator)
{
    return indicator == GoalIndicator::Dissimilarity || indicator == GoalIndicator::ChoiceShare;
}

} // namespace

GoalsDialog::GoalsDialog(const QList<LeaGoal>& goals, const GroupTable& groups, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_groups(groups.groups), m_groupLabels(groups.groupLabelList())
{
    setWindowTitle(tr("LEA goals"));
    setObjectName(QStringLiteral("GoalsDialog"));
    auto* intro = new QLabel(tr("The goals your gemeente agreed in the LEA, each with a measurable target and a deadline. "
                                "The briefing shows every goal against its current value."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Group"), tr("Comparison"), tr("Target"), tr("Deadline"), tr("Description")});
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeaderItem(GroupColumn)->setToolTip(tr("For a dissimilarity goal: the group compared with the rest."));
    m_table->horizontalHeaderItem(TargetColumn)->setToolTip(tr("Shares as a percentage; other indicators in their own unit."));

    auto* add = new QPushButton(tr("Add goal"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        LeaGoal goal;
        goal.target = 0.6;
        goal.deadline = QDate::currentDate().year() + 2;
        addGoal(goal);
        m_table->selectRow(m_table->rowCount() - 1);
    });
    connect(m_remove, &QPushButton::clicked, this, &GoalsDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });
    m_remove->setEnabled(false);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(buttons);

    for (const LeaGoal& g : goals)
        addGoal(g);
    fitToScreen(this, QSize(1100, 420), DialogContent::ScrollsOwn);
}

void GoalsDialog::addGoal(const LeaGoal& goal)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);

    auto* indicator = new QComboBox(m_table);
    for (GoalIndicator i : kIndicators)
        indicator->addItem(LeaGoal::indicatorName(i), static_cast<int>(i));
    indicator->setCurrentIndex(indicator->findData(static_cast<int>(goal.indicator)));

    auto* group = new QComboBox(m_table);
    //: the goal's group is empty: the index uses the first group of the characteristic
    group->addItem(tr("(first group)"), QString());
    for (qsizetype g = 0; g < m_groups.size(); ++g)
        group->addItem(m_groupLabels.value(g), m_groups[g]);
    if (!goal.group.isEmpty() && group->findData(goal.group) < 0)
        group->addItem(goal.group, goal.group); // a group of another dataset is kept, not dropped
    group->setCurrentIndex(std::max(0, group->findData(goal.group)));

    auto* comparison = new QComboBox(m_table);
    //: a goal's comparison: the indicator must reach at least the target
    comparison->addItem(tr("at least"), static_cast<int>(GoalComparison::AtLeast));
    //: a goal's comparison: the indicator must stay at most the target
    comparison->addItem(tr("at most"), static_cast<int>(GoalComparison::AtMost));
    comparison->setCurrentIndex(goal.comparison == GoalComparison::AtLeast ? 0 : 1);

    auto* target = new QDoubleSpinBox(m_table);
    target->setProperty("goalTarget", goal.target);
    auto* deadline = new QSpinBox(m_table);
    deadline->setRange(2000, 2100);
    deadline->setValue(goal.deadline >= 2000 ? goal.deadline : QDate::currentDate().year() + 2);
    auto* description = new QLineEdit(goal.description, m_table);
    description->setPlaceholderText(tr("The agreement in the LEA's own words"));

    m_table->setCellWidget(row, IndicatorColumn, indicator);
    m_table->setCellWidget(row, GroupColumn, group);
    m_table->setCellWidget(row, ComparisonColumn, comparison);
    m_table->setCellWidget(row, TargetColumn, target);
    m_table->setCellWidget(row, DeadlineColumn, deadline);
    m_table->setCellWidget(row, DescriptionColumn, description);
    indicatorChanged(row);
    // Every choice readable in full ("Share of schools that mirror their catchment"); the description takes the rest.
    for (int column = IndicatorColumn; column < DescriptionColumn; ++column)
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column), m_table->cellWidget(row, column)->sizeHint().width()));
    connect(indicator, &QComboBox::currentIndexChanged, this, [this, indicator] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->cellWidget(r, IndicatorColumn) == indicator)
                indicatorChanged(r);
    });
    connect(target, &QDoubleSpinBox::valueChanged, target, [target](double v) {
        target->setProperty("goalTarget", target->suffix().isEmpty() ? v : v / 100.0);
    });
}

void GoalsDialog::indicatorChanged(int row)
{
    const auto indicator = static_cast<GoalIndicator>(qobject_cast<QComboBox*>(m_table->cellWidget(row, IndicatorColumn))->currentData().toInt());
    auto* target = qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(row, TargetColumn));
    const double value = target->property("goalTarget").toDouble();
    const QSignalBlocker blocker(target);
    if (LeaGoal::isPercentage(indicator)) {
        target->setRange(0.0, 100.0);
        target->setDecimals(1);
        target->setSuffix(tr(" %"));
        target->setValue(100.0 * value);
    } else {
        target->setRange(-100.0, 100.0);
        target->setDecimals(3);
        target->setSingleStep(0.01);
        target->setSuffix(QString());
        target->setValue(value);
    }
    m_table->cellWidget(row, GroupColumn)->setEnabled(hasGroup(indicator));
}

void GoalsDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
}

QList<LeaGoal> GoalsDialog::goals() const
{
    QList<LeaGoal> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        LeaGoal g;
        g.indicator = static_cast<GoalIndicator>(qobject_cast<QComboBox*>(m_table->cellWidget(row, IndicatorColumn))->currentData().toInt());
        g.group = hasGroup(g.indicator) ? qobject_cast<QComboBox*>(m_table->cellWidget(row, GroupColumn))->currentData().toString() : QString();
        g.comparison = static_cast<GoalComparison>(qobject_cast<QComboBox*>(m_table->cellWidget(row, ComparisonColumn))->currentData().toInt());
        g.target = m_table->cellWidget(row, TargetColumn)->property("goalTarget").toDouble();
        g.deadline = qobject_cast<QSpinBox*>(m_table->cellWidget(row, DeadlineColumn))->value();
        g.description = qobject_cast<QLineEdit*>(m_table->cellWidget(row, DescriptionColumn))->text();
        out.append(g);
    }
    return out;
}

} // namespace Mk
