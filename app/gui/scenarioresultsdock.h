// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

#include <functional>
#include <memory>

class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace Mk {

class MapWorkspace;
class ScenarioController;
class ScenarioIndexModel;
class ScenarioSchoolModel;
struct ScenarioCalibration;
struct ScenarioOutcome;

/**
 * What a scenario run says, to look at: the indices before and after with 90 % bands and the chance of a
 * decrease (table and chart), placement and the verification line; the distribution of each index over the runs
 * against the baseline's; the schools before and after (table,
 * and the composition of the selected school with its bands); the calibration of the choice model
 * (observed against simulated pupils per school); and up to three scenarios side by side. The map shows
 * the change of the chosen group's share per school (a diverging school colouring with its legend).
 */
class ScenarioResultsDock : public QDockWidget
{
    Q_OBJECT
public:
    static inline const QString kChangeMeasure = QStringLiteral("scenario:share-change");

    /** `privacyThreshold` gives the open project's threshold (no figure resting on fewer children is shown). */
    ScenarioResultsDock(ScenarioController* controller, MapWorkspace* workspace, std::function<double()> privacyThreshold,
                        QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    ScenarioIndexModel* indexModel() const { return m_indexModel; }
    ScenarioSchoolModel* schoolModel() const { return m_schoolModel; }
    ScenarioIndexModel* comparisonModel() const { return m_comparisonModel; }
    QTableView* indexView() const { return m_indexView; }
    QTableView* schoolView() const { return m_schoolView; }
    QLabel* verificationLabel() const { return m_verification; }
    QLabel* placementLabel() const { return m_placement; }
    QListWidget* compareList() const { return m_compare; }
    QCustomPlot* indexChart() const { return m_indexChart; }
    QCustomPlot* compositionChart() const { return m_compositionChart; }
    QCustomPlot* calibrationChart() const { return m_calibrationChart; }
    QComboBox* distributionIndex() const { return m_distributionIndex; }
    QCustomPlot* distributionChart() const { return m_distributionChart; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /** The fixed texts (title, tabs, tips) in the current language. */
    void retranslateUi();
    void showOutcome();
    /** The heading, placement and verification lines and the charts of the outcome shown, in the current language. */
    void describeOutcome();
    /** The legend title of the change in share on the map (an outcome is shown). */
    QString changeMeasureLabel() const;
    void showGroup(int group);
    void plotIndices(const ScenarioOutcome& outcome);
    void plotComposition(int row);
    void fillDistributionIndices();
    void plotDistribution();
    void plotCalibration(const ScenarioCalibration& calibration);
    void fillCompareList();
    void compareChosen();
    void putOnMap();

    ScenarioController* m_controller;
    MapWorkspace* m_workspace;
    std::function<double()> m_privacyThreshold;
    std::shared_ptr<const ScenarioOutcome> m_outcome;
    ScenarioIndexModel* m_indexModel;
    ScenarioSchoolModel* m_schoolModel;
    ScenarioIndexModel* m_comparisonModel;
    QSortFilterProxyModel* m_schoolProxy;
    QTabWidget* m_tabs;
    QLabel* m_heading;
    QLabel* m_placement;
    QLabel* m_verification;
    QTableView* m_indexView;
    QCustomPlot* m_indexChart;
    QComboBox* m_group;
    QTableView* m_schoolView;
    QCustomPlot* m_compositionChart;
    QComboBox* m_distributionIndex;
    QCustomPlot* m_distributionChart;
    QLabel* m_calibrationText;
    QCustomPlot* m_calibrationChart;
    QListWidget* m_compare;
    QTableView* m_comparisonView;
    /** Set while the dock itself picks the school shown after a run (not the officer's choice). */
    bool m_choosingDefaultSchool = false;
};

} // namespace Mk
