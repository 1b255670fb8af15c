// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/scenariolistmodel.h"

#include "project/projectdocument.h"

namespace Mk {

ScenarioListModel::ScenarioListModel(ProjectDocument* document, QObject* parent) : QAbstractListModel(parent), m_document(document)
{
    connect(document, &ProjectDocument::changed, this, [this](ProjectDocument::Part part) {
        if (part != ProjectDocument::Part::Scenarios && part != ProjectDocument::Part::Everything)
            return;
        beginResetModel();
        endResetModel();
    });
}

int ScenarioListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_document->project().scenarios.size());
}

QVariant ScenarioListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scenario& s = m_document->project().scenarios[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return s.name;
    case Qt::ToolTipRole:
        return tr("%n change(s), %1 runs, seed %2", nullptr, static_cast<int>(s.edits.size())).arg(s.runs).arg(s.seed);
    case EditCountRole:
        return static_cast<int>(s.edits.size());
    default:
        return {};
    }
}

bool ScenarioListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    m_document->renameScenario(index.row(), name);
    return true;
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? QAbstractListModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

} // namespace Mk
