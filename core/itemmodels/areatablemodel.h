// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/attributevalue.h"
#include "render/valueformat.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace Mk {

struct AreaLayer;
struct Dataset;

/**
 * The attribute table of the analysis areas: code, name, wijk, the value on the map, then every
 * numeric field that has data. Read-only; does not own the Dataset (holds a shared snapshot).
 * Missing and suppressed cells are shown as words and sort before all numbers (SortRole).
 */
class AreaTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, CodeRole };
    enum Column { CodeColumn, NameColumn, WijkColumn, MappedColumn, FirstFieldColumn };

    explicit AreaTableModel(QObject* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    /** The choropleth's values (one per area, in area order) for the "mapped value" column. */
    void setMappedValues(std::vector<AttributeValue> values, const QString& label, const ValueFormat& format);
    /** Row of an area code, or -1. */
    int rowOf(const QString& code) const;
    QString codeAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const AreaLayer* areas() const;

    std::shared_ptr<const Dataset> m_dataset;
    QStringList m_fields;
    std::vector<AttributeValue> m_mapped;
    QString m_mappedLabel;
    ValueFormat m_mappedFormat;
};

} // namespace Mk
