// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/schooltablemodel.h"
#include "render/valueformat.h"

#include "export/exporttable.h"
#include "model/dataset.h"
#include "privacy/smallcellsuppressor.h"

#include <QLocale>

#include <limits>

namespace Mk {

namespace {
QVariant optionalNumber(const std::optional<double>& v, int decimals, bool sort)
{
    if (!v)
        return sort ? QVariant(-std::numeric_limits<double>::max()) : QVariant(ValueFormat::missingText());
    return sort ? QVariant(*v) : QVariant(formatDecimal(*v, decimals));
}
} // namespace

SchoolTableModel::SchoolTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SchoolTableModel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    endResetModel();
}

void SchoolTableModel::setFilter(const SchoolFilter& filter)
{
    m_filter = filter;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {AcceptedRole});
}

void SchoolTableModel::setMeasure(const SchoolMeasure& measure)
{
    m_measure = measure;
    emit headerDataChanged(Qt::Horizontal, MeasureColumn, MeasureColumn);
    if (rowCount() > 0)
        emit dataChanged(index(0, MeasureColumn), index(rowCount() - 1, MeasureColumn));
}

int SchoolTableModel::rowOf(const QString& schoolId) const
{
    return m_dataset ? static_cast<int>(m_dataset->schoolIndex(schoolId)) : -1;
}

QString SchoolTableModel::idAt(int row) const
{
    return m_dataset && row >= 0 && row < rowCount() ? m_dataset->schools[row].id : QString();
}

int SchoolTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_dataset ? 0 : static_cast<int>(m_dataset->schools.size());
}

int SchoolTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchoolTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const School& s = m_dataset->schools[index.row()];
    if (role == IdRole)
        return s.id;
    if (role == AcceptedRole)
        return m_filter.accepts(s);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= PupilsColumn && index.column() != PlaceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                              : QVariant();
    if (role == Qt::ToolTipRole)
        return index.column() == PupilsColumn && s.pupils ? QVariant(s.pupilsExplanation()) : QVariant();
    if (role == ExportRole) {
        switch (index.column()) {
        case PupilsColumn:
            return s.pupils ? QVariant(*s.pupils) : QVariant();
        case SchoolwegingColumn:
            return s.schoolweging ? QVariant(*s.schoolweging) : QVariant();
        case MeasureColumn: {
            const AttributeValue v = m_measure.value(s.id);
            return v.hasValue() ? QVariant(v.number) : v.isSuppressed() ? QVariant::fromValue(CellPrivacy::Primary) : QVariant();
        }
        default:
            break; // the text columns export as shown
        }
    }
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort && role != ExportRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case IdColumn:
        return s.id;
    case TypeColumn:
        return s.type;
    case DenominationColumn:
        return s.denomination;
    case ProfileColumn:
        return s.profile;
    case PupilsColumn:
        return sort || !s.pupils ? optionalNumber(s.pupils, 0, sort) : QVariant(s.pupilsText());
    case SchoolwegingColumn:
        return optionalNumber(s.schoolweging, 1, sort);
    case PlaceColumn:
        return s.place;
    case MeasureColumn: {
        const AttributeValue v = m_measure.value(s.id);
        if (sort)
            return v.hasValue() ? v.number : -std::numeric_limits<double>::max();
        if (v.hasValue() && m_measure.withinChance.contains(s.id))
            //: a school's gap whose interval includes zero: the map shows it as no difference
            return tr("%1 (within chance)").arg(m_measure.format.toString(v));
        return m_measure.format.toString(v);
    }
    default:
        return {};
    }
}

QVariant SchoolTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The measure's label ("Afspiegelingsverschil Europa (exclusief Nederland) (punten)") may be wider than its column.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == MeasureColumn)
        return m_measure.label;
    if (orientation == Qt::Horizontal && role == ExportRole)
        return section == PupilsColumn; // a count of children: withheld below the privacy threshold on export
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("School");
    case IdColumn:
        return tr("BRIN + vestiging");
    case TypeColumn:
        return tr("Type");
    case DenominationColumn:
        return tr("Denomination");
    case ProfileColumn:
        return tr("Profile");
    case PupilsColumn:
        return tr("Pupils");
    case SchoolwegingColumn:
        return tr("Schoolweging");
    case PlaceColumn:
        return tr("Place");
    case MeasureColumn:
        return m_measure.label.isEmpty() ? tr("Map measure") : m_measure.label;
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace Mk
