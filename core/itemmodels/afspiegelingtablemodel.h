// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/school.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace Mk {

struct CatchmentResult;
struct Dataset;
struct AfspiegelingRow;

/**
 * The afspiegeling table: per school, for one group, the school's share (its column marked *estimate*
 * when the composition is estimated, as it is then for every school), its catchment's share, the gemeente's share, the gap in percentage points with its
 * interval, and the verdict. The pupil count is the school's own (marked *estimate* when it comes from
 * the pupils by home postcode, with its source as tooltip), as in the attribute table. The SES column holds the
 * school's schoolweging against what its pupils' home postcodes predict (SesAfspiegeling), the headline where the
 * composition is an estimate. SortRole gives raw numbers; IdRole the school id. Shares resting on
 * fewer children than the privacy threshold are shown as suppressed, as in every other output.
 */
class AfspiegelingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, IdRole, GapRole };
    enum Column { NameColumn, PupilsColumn, SchoolShareColumn, CatchmentShareColumn, GemeenteShareColumn, GapColumn,
                  VerdictColumn, SesColumn, ColumnCount };

    explicit AfspiegelingTableModel(QObject* parent = nullptr);

    void setResult(std::shared_ptr<const Dataset> dataset, std::shared_ptr<const CatchmentResult> result);
    /** The group whose shares and gap the table shows (index into the result's groups). */
    void setGroup(int group);
    int group() const { return m_group; }
    int rowOf(const QString& schoolId) const;
    QString idAt(int row) const;
    const AfspiegelingRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const School* schoolOf(const AfspiegelingRow& row) const;
    std::optional<PupilSource> pupilSourceOf(const AfspiegelingRow& row) const;
    /** The row's pupil count as the rest of the application shows it, "(estimate)" when it comes from the flows. */
    QString pupilsText(const AfspiegelingRow& row) const;
    QString pupilsToolTip(const AfspiegelingRow& row) const;

    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const CatchmentResult> m_result;
    int m_group = 0;
};

} // namespace Mk
