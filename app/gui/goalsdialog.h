// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "goals/leagoal.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QPushButton;
class QTableWidget;

namespace Mk {

struct GroupTable;

/**
 * Project → LEA goals…: a table editor of the goals the gemeente agreed in its LEA (indicator, group
 * of the characteristic, at least/at most, target, deadline year, description). Shares are entered
 * and shown as percentages and stored as 0-1 (LeaGoal's contract).
 */
class GoalsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { IndicatorColumn, GroupColumn, ComparisonColumn, TargetColumn, DeadlineColumn, DescriptionColumn, ColumnCount };

    /**
     * `groups`: the groups of the dataset's characteristic, offered for the two-group indicators by their
     * labels; a goal keeps the group's name.
     */
    GoalsDialog(const QList<LeaGoal>& goals, const GroupTable& groups, QWidget* parent = nullptr);

    QList<LeaGoal> goals() const;
    QTableWidget* table() const { return m_table; }
    /** Appends a row with a new goal (the "Add goal" button). */
    void addGoal(const LeaGoal& goal);
    /** Removes the selected rows (the "Remove" button). */
    void removeSelected();

private:
    /** Shows the target of `row` in its indicator's unit and enables the group where it applies. */
    void indicatorChanged(int row);

    QTableWidget* m_table;
    QPushButton* m_remove;
    QStringList m_groups;      ///< names, stored in the goals
    QStringList m_groupLabels; ///< what the group box shows
};

} // namespace Mk
