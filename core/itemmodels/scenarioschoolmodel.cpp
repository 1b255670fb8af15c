// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/scenarioschoolmodel.h"
#include "render/valueformat.h"

#include "scenario/scenariorunner.h"

#include <QLocale>

#include <cmath>

namespace Mk {

namespace {

QString bandText(const Band& b, double scale, int decimals)
{
    const QLocale l;
    return QStringLiteral("%1 [%2–%3]").arg(formatDecimal(b.mean * scale, decimals, l), formatDecimal(b.lo * scale, decimals, l),
                                            formatDecimal(b.hi * scale, decimals, l));
}

} // namespace

ScenarioSchoolModel::ScenarioSchoolModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScenarioSchoolModel::setOutcome(std::shared_ptr<const ScenarioOutcome> outcome, double privacyThreshold)
{
    beginResetModel();
    m_outcome = std::move(outcome);
    m_privacy.reset();
    if (m_outcome) {
        auto privacy = ScenarioPrivacy::of(m_outcome->result, privacyThreshold);
        if (privacy)
            m_privacy = std::move(*privacy);
        else
            m_outcome.reset(); // no threshold, nothing shown: never a figure that should have been withheld
    }
    if (!m_outcome || m_group >= m_outcome->result.groups.size())
        m_group = 0;
    endResetModel();
}

void ScenarioSchoolModel::setGroup(int group)
{
    if (group == m_group || group < 0 || !m_outcome || group >= m_outcome->result.groups.size())
        return;
    m_group = group;
    emit dataChanged(index(0, ShareBeforeColumn), index(rowCount() - 1, ShareChangeColumn));
    emit headerDataChanged(Qt::Horizontal, ShareBeforeColumn, ShareChangeColumn);
}

int ScenarioSchoolModel::rowOf(const QString& schoolId) const
{
    if (!m_outcome)
        return -1;
    const auto& schools = m_outcome->result.schools;
    for (size_t i = 0; i < schools.size(); ++i)
        if (schools[i].id == schoolId)
            return static_cast<int>(i);
    return -1;
}

int ScenarioSchoolModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_outcome ? 0 : static_cast<int>(m_outcome->result.schools.size());
}

int ScenarioSchoolModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> ScenarioSchoolModel::shareChange(int row) const
{
    if (!m_outcome || row < 0 || row >= rowCount())
        return std::nullopt;
    const SchoolOutcome& s = m_outcome->result.schools[row];
    const size_t j = static_cast<size_t>(row);
    if (!s.openBefore || !s.openAfter || m_privacy->shareWithheld(j, m_group, ScenarioSituation::Baseline)
        || m_privacy->shareWithheld(j, m_group, ScenarioSituation::Scenario))
        return std::nullopt;
    const double d = 100.0 * (s.sharesAfter[m_group].mean - s.sharesBefore[m_group].mean);
    return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

QVariant ScenarioSchoolModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SchoolOutcome& s = m_outcome->result.schools[index.row()];
    const size_t j = static_cast<size_t>(index.row());
    if (role == IdRole)
        return s.id;
    if (role == StatusRole)
        return s.statusKey();
    const QString suppressed = m_privacy->suppressor().suppressedText(QLocale());
    // A figure: its mean (MeanRole, SortRole) and its text; nullopt text = not open there.
    auto figure = [&](bool open, bool withheld, const Band& b, double scale, int decimals) -> QVariant {
        if (role == Qt::DisplayRole) {
            if (!open)
                return s.origin == SimSchoolOrigin::Existing && !s.openAfter ? tr("closed") : QStringLiteral("–");
            return withheld ? suppressed : bandText(b, scale, decimals);
        }
        if (role == MeanRole || role == SortRole)
            return open && !withheld && std::isfinite(b.mean) ? QVariant(b.mean * scale) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    const auto before = ScenarioSituation::Baseline, after = ScenarioSituation::Scenario;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return s.name;
        if (role == Qt::ToolTipRole)
            return s.id;
        return {};
    case StatusColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            const QString key = s.statusKey();
            if (key == QLatin1String("new"))
                return tr("new");
            if (key == QLatin1String("merged"))
                return tr("merged");
            if (key == QLatin1String("closed"))
                return tr("closed");
            return s.capacityAfter != s.capacityBefore ? tr("capacity %1 → %2").arg(s.capacityBefore).arg(s.capacityAfter) : QString();
        }
        return {};
    case PupilsBeforeColumn:
        return figure(s.openBefore, m_privacy->pupilsWithheld(j, before), s.pupilsBefore, 1.0, 0);
    case PupilsAfterColumn:
        return figure(s.openAfter, m_privacy->pupilsWithheld(j, after), s.pupilsAfter, 1.0, 0);
    case ShareBeforeColumn:
        return figure(s.openBefore, m_privacy->shareWithheld(j, m_group, before), s.sharesBefore[m_group], 100.0, 1);
    case ShareAfterColumn:
        return figure(s.openAfter, m_privacy->shareWithheld(j, m_group, after), s.sharesAfter[m_group], 100.0, 1);
    case ShareChangeColumn: {
        const auto d = shareChange(index.row());
        if (role == Qt::DisplayRole)
            return d ? formatDecimal(*d, 1) : QStringLiteral("–");
        if (role == MeanRole || role == SortRole)
            return d ? QVariant(*d) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        return {};
    }
}

QVariant ScenarioSchoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString group = m_outcome && m_group < m_outcome->result.groups.size()
                              ? m_outcome->population.groupNames.groupLabelOf(m_outcome->result.groups[m_group])
                              : QString();
    switch (section) {
    case NameColumn:
        return tr("School");
    case StatusColumn:
        return tr("Change");
    case PupilsBeforeColumn:
        return tr("Pupils before [90 %]");
    case PupilsAfterColumn:
        return tr("Pupils after [90 %]");
    case ShareBeforeColumn:
        return tr("%1 before (%)").arg(group);
    case ShareAfterColumn:
        return tr("%1 after (%)").arg(group);
    case ShareChangeColumn:
        return tr("Change (points)");
    default:
        return {};
    }
}

} // namespace Mk
