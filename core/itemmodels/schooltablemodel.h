// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/schoolfilter.h"
#include "render/schoolmeasure.h"

#include <QAbstractTableModel>

#include <memory>

namespace Mk {

struct Dataset;
struct School;

/**
 * The attribute table of the schools (vestigingen): name, id, type, denomination, profile,
 * pupils, schoolweging, place and the measure the map colours them by. AcceptedRole says whether a
 * school passes the current SchoolFilter, so a proxy can hide the rest. Read-only snapshot view.
 */
class SchoolTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, IdRole, AcceptedRole };
    enum Column { NameColumn, IdColumn, TypeColumn, DenominationColumn, ProfileColumn, PupilsColumn,
                  SchoolwegingColumn, PlaceColumn, MeasureColumn, ColumnCount };

    explicit SchoolTableModel(QObject* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    void setFilter(const SchoolFilter& filter);
    void setMeasure(const SchoolMeasure& measure);
    int rowOf(const QString& schoolId) const;
    QString idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const Dataset> m_dataset;
    SchoolFilter m_filter;
    SchoolMeasure m_measure;
};

} // namespace Mk
