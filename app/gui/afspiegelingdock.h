// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catchment/catchmentanalysis.h"

#include <QDockWidget>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QToolButton;

namespace Mk {

class AfspiegelingTableModel;
class CatchmentController;
class MapWorkspace;

/**
 * The afspiegeling panel: which catchment method, the per-school table (school, catchment and
 * gemeente shares, gap with interval, verdict; sortable, selection synced with the map), the
 * comparison chart of the selected school, and in plain words how much of the segregation the
 * neighbourhoods explain and how much school choice and admission add. Shows progress and a
 * cancel button while the analysis runs.
 */
class AfspiegelingDock : public QDockWidget
{
    Q_OBJECT
public:
    AfspiegelingDock(MapWorkspace* workspace, CatchmentController* controller, QWidget* parent = nullptr);

    AfspiegelingTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QCustomPlot* chart() const { return m_chart; }
    QComboBox* methodBox() const { return m_method; }
    QComboBox* groupBox() const { return m_group; }
    QLabel* splitLabel() const { return m_split; }
    QToolButton* cancelButton() const { return m_cancel; }

    /** Runs the analysis with the method and parameters shown in the panel. */
    void runAnalysis();
    /**
     * Shows a project's catchment settings (method, distance, share) without running; thresholds and
     * the rest of `options` are kept for the next runAnalysis().
     */
    void setOptions(const CatchmentOptions& options);

private:
    void resultChanged();
    void rowSelected();
    void showSelection(const QString& layerId, const QString& featureId);
    void showChart(const QString& schoolId);
    void showSplit();
    void setRunning(bool running);
    /** Shows the distance or share row of the chosen method only. */
    void updateRows();

    MapWorkspace* m_workspace;
    CatchmentController* m_controller;
    CatchmentOptions m_options; ///< what the panel does not show (thresholds, bootstrap) comes from here
    AfspiegelingTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QFormLayout* m_form = nullptr;
    QComboBox* m_method;
    QSpinBox* m_distance;
    QDoubleSpinBox* m_share;
    QComboBox* m_group;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_status;
    QLabel* m_source;
    QTableView* m_view;
    QCustomPlot* m_chart;
    QLabel* m_split;
    bool m_syncing = false;
};

} // namespace Mk
