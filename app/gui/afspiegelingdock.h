// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catchment/catchmentanalysis.h"

#include <QDockWidget>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTableView;
class QTabWidget;
class QToolButton;

namespace Mk {

class AfspiegelingTableModel;
class CatchmentController;
class MapWorkspace;

/**
 * The afspiegeling panel: which catchment method, and three tabs: the per-school table (school,
 * catchment and gemeente shares, gap with interval, verdict; sortable, selection synced with the
 * map), the comparison chart of the selected school, and in plain words how much of the segregation
 * the neighbourhoods explain and how much school choice and admission add. When the panel is tall
 * enough (a 1080-line screen) the chart sits under the table instead of in its own tab, so both are
 * in view; on a 768-line laptop each gets the whole height. Shows progress and a cancel button
 * while the analysis runs.
 */
class AfspiegelingDock : public QDockWidget
{
    Q_OBJECT
public:
    enum Tab { SchoolsTab, ChartTab, SplitTab };

    AfspiegelingDock(MapWorkspace* workspace, CatchmentController* controller, QWidget* parent = nullptr);

    AfspiegelingTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QCustomPlot* chart() const { return m_chart; }
    QComboBox* methodBox() const { return m_method; }
    QComboBox* groupBox() const { return m_group; }
    QLabel* splitLabel() const { return m_split; }
    QToolButton* cancelButton() const { return m_cancel; }
    QTabWidget* tabs() const { return m_tabs; }
    /** Whether the chart shares the schools tab with the table (a tall panel) instead of having its own. */
    bool chartBesideTable() const { return m_chartBesideTable; }
    /** Whether the panel is in front and lists this feature (a school of the table), so it can show it. */
    bool shows(const QString& layerId, const QString& featureId) const;

    /** Runs the analysis with the method and parameters shown in the panel. */
    void runAnalysis();
    /**
     * Shows a project's catchment settings (method, distance, share) without running; thresholds and
     * the rest of `options` are kept for the next runAnalysis().
     */
    void setOptions(const CatchmentOptions& options);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void resultChanged();
    void rowSelected();
    void showSelection(const QString& layerId, const QString& featureId);
    void showChart(const QString& schoolId);
    void showSplit();
    void setRunning(bool running);
    /** Shows the distance or share box of the chosen method only. */
    void updateRows();
    /** Puts the chart under the table when the panel is tall enough, else in its own tab. */
    void placeChart();
    /** Narrows the name column so that the verdict and the gap stay in view in a narrow panel. */
    /** The columns after the name: the SES verdict first when it is the headline (`sesHeadline`). */
    void orderHeadlineColumns(bool sesHeadline);
    void fitNameColumn();

    MapWorkspace* m_workspace;
    CatchmentController* m_controller;
    CatchmentOptions m_options; ///< what the panel does not show (thresholds, bootstrap) comes from here
    AfspiegelingTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_method;
    QSpinBox* m_distance;
    QDoubleSpinBox* m_share;
    QComboBox* m_group;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_status;
    QLabel* m_source;
    QTabWidget* m_tabs;
    QSplitter* m_schoolsSplitter;
    QTableView* m_view;
    QFormLayout* m_form;
    QHBoxLayout* m_methodRow;
    QWidget* m_chartPage;
    QLabel* m_chartHint;
    QCustomPlot* m_chart;
    QLabel* m_split;
    bool m_chartBesideTable = false;
    int m_nameContentWidth = 0; ///< the name column's width for its longest name, before fitting
    int m_headlineColumns = 2;  ///< the columns after the name that fitNameColumn() keeps in view
    bool m_syncing = false;
};

} // namespace Mk
