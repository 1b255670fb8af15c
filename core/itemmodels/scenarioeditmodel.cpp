// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/scenarioeditmodel.h"

#include "project/projectdocument.h"

namespace Mk {

ScenarioEditModel::ScenarioEditModel(ProjectDocument* document, QObject* parent) : QAbstractListModel(parent), m_document(document)
{
    connect(document, &ProjectDocument::changed, this, [this](ProjectDocument::Part part) {
        if (part != ProjectDocument::Part::Scenarios && part != ProjectDocument::Part::Everything)
            return;
        beginResetModel();
        if (!valid())
            m_scenario = -1;
        endResetModel();
    });
}

bool ScenarioEditModel::valid() const
{
    return m_scenario >= 0 && m_scenario < m_document->project().scenarios.size();
}

void ScenarioEditModel::setScenario(int index)
{
    beginResetModel();
    m_scenario = index;
    if (!valid())
        m_scenario = -1;
    endResetModel();
}

int ScenarioEditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !valid() ? 0 : static_cast<int>(m_document->project().scenarios[m_scenario].edits.size());
}

QVariant ScenarioEditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !valid())
        return {};
    const ScenarioEdit& e = m_document->project().scenarios[m_scenario].edits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return e.describe(m_document->project().dataset.get());
    case TypeRole:
        return e.typeKey();
    default:
        return {};
    }
}

} // namespace Mk
