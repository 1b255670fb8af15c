// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/scenarioindexmodel.h"
#include "render/valueformat.h"

#include "help/userguide.h"
#include "index/indexcatalogue.h"
#include "scenario/scenarioreport.h"
#include "scenario/scenariorunner.h"

#include <QLocale>

#include <cmath>

namespace Mk {

ScenarioIndexModel::ScenarioIndexModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScenarioIndexModel::setOutcomes(std::vector<std::shared_ptr<const ScenarioOutcome>> outcomes)
{
    beginResetModel();
    m_outcomes.clear();
    for (auto& o : outcomes)
        if (o && m_outcomes.size() < kMaxCompared)
            m_outcomes.push_back(std::move(o));
    m_rows.clear();
    if (!m_outcomes.empty()) {
        const auto& indices = m_outcomes.front()->result.indices;
        for (size_t i = 0; i < indices.size(); ++i)
            if (indices[i].key.group.isEmpty() || indices[i].key.name == QLatin1String("dissimilarity"))
                m_rows.push_back(i);
    }
    endResetModel();
}

const IndexOutcome* ScenarioIndexModel::outcomeOf(int run, int row) const
{
    const IndexOutcome& first = m_outcomes.front()->result.indices[m_rows[row]];
    // Runs of one project share its groups; match by key all the same, so a differing run shows blanks, not wrong rows.
    for (const IndexOutcome& o : m_outcomes[run]->result.indices)
        if (o.key.name == first.key.name && o.key.group == first.key.group)
            return &o;
    return nullptr;
}

int ScenarioIndexModel::rowOf(const QString& indexName) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (data(index(r, 0), KeyRole).toString() == indexName)
            return r;
    return -1;
}

int ScenarioIndexModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScenarioIndexModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_outcomes.empty() ? 0 : 2 + kColumnsPerRun * comparedCount();
}

QVariant ScenarioIndexModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndexOutcome& first = m_outcomes.front()->result.indices[m_rows[index.row()]];
    if (role == KeyRole)
        return ScenarioReport::indexName(first.key.name, first.key.group);
    const QLocale l;
    auto band = [&](const Band& b) -> QVariant {
        if (role == MeanRole)
            return std::isfinite(b.mean) ? QVariant(b.mean) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        if (!std::isfinite(b.mean))
            return QStringLiteral("–");
        return QStringLiteral("%1 [%2; %3]").arg(formatDecimal(b.mean, 3, l), formatDecimal(b.lo, 3, l), formatDecimal(b.hi, 3, l));
    };
    if (index.column() == 0) {
        if (role == Qt::ToolTipRole)
            return UserGuide::indexToolTip(first.key.id);
        if (role != Qt::DisplayRole)
            return {};
        const QString label = IndexCatalogue::label(first.key.id);
        // The group as people read it in the application's language ("laag inkomen"), not its canonical name.
        return first.key.group.isEmpty() ? label
                                         : tr("%1, %2").arg(label, m_outcomes.front()->population.groupNames.groupLabelOf(first.key.group));
    }
    if (index.column() == 1)
        return band(first.before);
    const int run = (index.column() - 2) / kColumnsPerRun;
    const IndexOutcome* o = outcomeOf(run, index.row());
    if (!o)
        return {};
    switch ((index.column() - 2) % kColumnsPerRun) {
    case 0:
        return band(o->after);
    case 1:
        return band(o->difference);
    default:
        if (role == MeanRole)
            return o->probabilityDecrease;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return role == Qt::DisplayRole ? QVariant(formatDecimal(o->probabilityDecrease, 2, l)) : QVariant();
    }
}

QVariant ScenarioIndexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Index");
    if (section == 1)
        return tr("Baseline [90 %]");
    const int run = (section - 2) / kColumnsPerRun;
    const QString name = m_outcomes[run]->scenario.name;
    switch ((section - 2) % kColumnsPerRun) {
    case 0:
        return comparedCount() == 1 ? tr("Scenario [90 %]") : name;
    case 1:
        return comparedCount() == 1 ? tr("Difference [90 %]") : tr("%1: difference").arg(name);
    default:
        return comparedCount() == 1 ? tr("P(decrease)") : tr("%1: P(decrease)").arg(name);
    }
}

} // namespace Mk
