// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace Mk {

class ScenarioController;
class ScenarioEditModel;
class ScenarioListModel;

/**
 * The scenario panel: the project's named scenarios (new, duplicate, rename, delete), the changes of the
 * current one in plain words, the admission rules (the presets, described with their sources), runs and
 * seed, and Run with progress and cancel. Every change is a command on the ProjectDocument (undoable);
 * the map tools "New school" and "New housing" are the main window's actions, shown here as buttons.
 */
class ScenarioDock : public QDockWidget
{
    Q_OBJECT
public:
    ScenarioDock(ScenarioController* controller, QAction* newSchoolAction, QAction* housingAction, QWidget* parent = nullptr);

    QComboBox* scenarioBox() const { return m_scenarios; }
    QListView* editsView() const { return m_edits; }
    QComboBox* admissionBox() const { return m_admission; }
    QSpinBox* runsBox() const { return m_runs; }
    QSpinBox* seedBox() const { return m_seed; }
    QPushButton* runButton() const { return m_run; }
    QToolButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }

    /** Adds "Close", "Change capacity…" and "Merge with…" for school `schoolId` to a context menu (map, identify, table). */
    void addSchoolActions(QMenu* menu, const QString& schoolId);
    /** Opens the parent-initiative dialog. */
    void addParentInitiative();
    /** Asks for a new capacity of `schoolId` and adds the edit. */
    void changeCapacity(const QString& schoolId);

private:
    void showCurrent();
    void showRunning(bool running);
    void newScenario();
    void renameScenario();
    void admissionChosen();
    void runsOrSeedChanged();

    ScenarioController* m_controller;
    ScenarioListModel* m_listModel;
    ScenarioEditModel* m_editModel;
    QComboBox* m_scenarios;
    QListView* m_edits;
    QComboBox* m_admission;
    QLabel* m_admissionText;
    QSpinBox* m_runs;
    QSpinBox* m_seed;
    QPushButton* m_run;
    QToolButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    bool m_syncing = false;
};

} // namespace Mk
