// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioprivacy.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace Mk {

struct ScenarioOutcome;

/**
 * The schools of a scenario run before and after: status, pupils and the share of one group, each as the
 * mean with its 90 % band over the runs, and the change of the share in percentage points. Figures that
 * ScenarioPrivacy withholds show as suppressed, in every role (the report's rule, decided once).
 */
class ScenarioSchoolModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, IdRole, StatusRole, MeanRole };
    enum Column { NameColumn, StatusColumn, PupilsBeforeColumn, PupilsAfterColumn, ShareBeforeColumn, ShareAfterColumn,
                  ShareChangeColumn, ColumnCount };

    explicit ScenarioSchoolModel(QObject* parent = nullptr);

    /** Shows `outcome` (may be null) with the project's privacy threshold. */
    void setOutcome(std::shared_ptr<const ScenarioOutcome> outcome, double privacyThreshold);
    std::shared_ptr<const ScenarioOutcome> outcome() const { return m_outcome; }
    /** The group whose share the share columns show (an index into the result's groups). */
    void setGroup(int group);
    int group() const { return m_group; }
    int rowOf(const QString& schoolId) const;
    /** The change of the group's share in percentage points (after − before); nullopt when withheld or not open in both. */
    std::optional<double> shareChange(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const ScenarioOutcome> m_outcome;
    std::optional<ScenarioPrivacy> m_privacy;
    int m_group = 0;
};

} // namespace Mk
