// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/areatablemodel.h"

#include "export/exporttable.h"
#include "model/dataset.h"
#include "privacy/smallcellsuppressor.h"
#include "render/fieldlabels.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace Mk {

namespace {
// Missing sorts before suppressed, both before every number, so they gather at one end.
QVariant sortKey(const AttributeValue& v)
{
    if (v.isMissing())
        return -std::numeric_limits<double>::max();
    if (v.isSuppressed())
        return -std::numeric_limits<double>::max() / 2;
    return v.number;
}
} // namespace

AreaTableModel::AreaTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

const AreaLayer* AreaTableModel::areas() const
{
    return m_dataset ? &m_dataset->areas : nullptr;
}

void AreaTableModel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_fields.clear();
    m_mapped.clear();
    if (m_dataset) {
        for (const FieldSummary& f : m_dataset->areas.fields)
            if (f.numeric && f.valid > 0)
                m_fields.append(f.name);
        if (m_fields.isEmpty() && !m_dataset->areas.units.isEmpty()) {
            m_fields = m_dataset->areas.units.front().numbers.keys();
            std::sort(m_fields.begin(), m_fields.end());
        }
    }
    endResetModel();
}

void AreaTableModel::setMappedValues(std::vector<AttributeValue> values, const QString& label, const ValueFormat& format)
{
    m_mapped = std::move(values);
    m_mappedLabel = label;
    m_mappedFormat = format;
    emit headerDataChanged(Qt::Horizontal, MappedColumn, MappedColumn);
    if (rowCount() > 0)
        emit dataChanged(index(0, MappedColumn), index(rowCount() - 1, MappedColumn));
}

int AreaTableModel::rowOf(const QString& code) const
{
    return areas() ? static_cast<int>(areas()->indexOf(code)) : -1;
}

QString AreaTableModel::codeAt(int row) const
{
    return areas() && row >= 0 && row < rowCount() ? areas()->units[row].code : QString();
}

int AreaTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !areas() ? 0 : static_cast<int>(areas()->units.size());
}

int AreaTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstFieldColumn + static_cast<int>(m_fields.size());
}

QVariant AreaTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AreaUnit& u = areas()->units[index.row()];
    if (role == CodeRole)
        return u.code;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= MappedColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == ExportRole) {
        const auto exported = [](const AttributeValue& v) {
            return v.hasValue() ? QVariant(v.number) : v.isSuppressed() ? QVariant::fromValue(CellPrivacy::Primary) : QVariant();
        };
        switch (index.column()) {
        case CodeColumn: return u.code;
        case NameColumn: return u.name;
        case WijkColumn: return u.wijkCode;
        case MappedColumn:
            return exported(static_cast<size_t>(index.row()) < m_mapped.size() ? m_mapped[static_cast<size_t>(index.row())]
                                                                               : AttributeValue::missing());
        default: return exported(u.number(m_fields[index.column() - FirstFieldColumn]));
        }
    }
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == SortRole;
    if (!display && !sort && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return u.code;
    case NameColumn:
        return u.name;
    case WijkColumn:
        return u.wijkCode;
    case MappedColumn: {
        const AttributeValue v = static_cast<size_t>(index.row()) < m_mapped.size() ? m_mapped[static_cast<size_t>(index.row())]
                                                                                    : AttributeValue::missing();
        return sort ? sortKey(v) : QVariant(m_mappedFormat.toString(v));
    }
    default: {
        const AttributeValue v = u.number(m_fields[index.column() - FirstFieldColumn]);
        if (sort)
            return sortKey(v);
        return FieldLabels::valueText(m_fields[index.column() - FirstFieldColumn], v);
    }
    }
}

QVariant AreaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ExportRole)
        return false; // every column answers ExportRole; none is a count of children
    // The column's CBS name, for whoever looks it up in the source table.
    if (orientation == Qt::Horizontal && (role == Qt::ToolTipRole || role == ExportNameRole) && section >= FirstFieldColumn && section < columnCount())
        return m_fields[section - FirstFieldColumn];
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case WijkColumn:
        //: column header: the wijk (district) a buurt belongs to
        return tr("Wijk");
    case MappedColumn:
        return m_mappedLabel.isEmpty() ? tr("Map value") : m_mappedLabel;
    default:
        return FieldLabels::label(m_fields[section - FirstFieldColumn]);
    }
}

} // namespace Mk
