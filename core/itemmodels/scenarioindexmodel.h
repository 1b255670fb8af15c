// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace Mk {

struct IndexOutcome;
struct ScenarioOutcome;

/**
 * The segregation indices of one to three scenario runs side by side: the baseline (of the first run), then
 * per run the scenario's value, the difference and the probability that the index goes down, each mean with
 * its 90 % band. Rows are the indices the text report shows: the dissimilarity per group and every multigroup
 * index (ScenarioReport::toText), so panel and terminal list the same figures.
 */
class ScenarioIndexModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { MeanRole = Qt::UserRole + 1, KeyRole };
    static constexpr int kMaxCompared = 3;
    /** Columns per compared run after the index name and baseline: scenario, difference, P(decrease). */
    static constexpr int kColumnsPerRun = 3;

    explicit ScenarioIndexModel(QObject* parent = nullptr);

    /** The runs compared (at most kMaxCompared; null entries are skipped). */
    void setOutcomes(std::vector<std::shared_ptr<const ScenarioOutcome>> outcomes);
    int comparedCount() const { return static_cast<int>(m_outcomes.size()); }
    /** The row of an index by its flat name (ScenarioReport::indexName), or -1. */
    int rowOf(const QString& indexName) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const IndexOutcome* outcomeOf(int run, int row) const;

    std::vector<std::shared_ptr<const ScenarioOutcome>> m_outcomes;
    std::vector<size_t> m_rows; ///< indexes into the first run's indices
};

} // namespace Mk
