// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

#include <functional>
#include <optional>
#include <utility>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace Mk {

struct ChoiceModelParameters;
struct ScenarioEdit;
class ScenarioController;
class ScenarioEditModel;
class ScenarioListModel;

/**
 * The scenario panel: the project's named scenarios (new, duplicate, rename, delete), the changes of the
 * current one in plain words, the admission rules (the presets, described with their sources), runs and
 * seed, and Run with progress and cancel. Every change is a command on the ProjectDocument (undoable);
 * the map tools "New school" and "New housing" are the main window's actions, shown here as buttons.
 * The places of a selected new school or capacity change have a slider with the live preview while it
 * moves (the full run when it is let go), and the choice model's distance weights β (per group) and
 * denomination weight γ have spin boxes; the steps of each merge into one command (Tiled's ChangeValue).
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
    QPushButton* keepModelButton() const { return m_keepModel; }
    QPushButton* calibrateButton() const { return m_calibrate; }
    QSlider* capacitySlider() const { return m_capacitySlider; }
    QSpinBox* capacityBox() const { return m_capacityBox; }
    /** β per group (one when the model has one shared β), in the order of the model's groups. */
    QList<QDoubleSpinBox*> betaBoxes() const { return m_betaBoxes; }
    QDoubleSpinBox* gammaBox() const { return m_gamma; }
    QAction* housingInAreaAction() const { return m_housingInArea; }

    /** Adds "Close", "Change capacity…" and "Merge with…" for school `schoolId` to a context menu (map, identify, table). */
    void addSchoolActions(QMenu* menu, const QString& schoolId);
    /** Opens the parent-initiative dialog. */
    void addParentInitiative();
    /** Asks for a new capacity of `schoolId` and adds the edit. */
    void changeCapacity(const QString& schoolId);
    /** The housing dialog for an existing buurt, `areaCode` chosen first (empty: the first of the list). */
    void addHousingInArea(const QString& areaCode);

protected:
    void changeEvent(QEvent* event) override;

private:
    /** Every fixed text in the current language, then the texts made from the scenario (at start and at QEvent::LanguageChange). */
    void retranslateUi();
    /** The status line; `text` words it again after a language change. */
    void setStatus(std::function<QString()> text);
    void showCurrent();
    void showRunning(bool running);
    void newScenario();
    void renameScenario();
    void admissionChosen();
    void runsOrSeedChanged();
    /** Stores the calibrated choice model of the last run in the scenario (as --save-scenario does), or drops it. */
    void keepModel(bool keep);

    /** The row of the selected edit, -1 = none. */
    int selectedEdit() const;
    /** The selected edit with `places` places, when it is a new school or a capacity change. */
    std::optional<ScenarioEdit> withPlaces(int places) const;
    void showCapacity();
    /** The slider or its spin box moved: a preview while the slider is held, else an edit (`run`: the full run follows). */
    void placesChanged(int places, bool held);
    void commitPlaces(int places, bool run);

    /** The parameters the spin boxes show: the scenario's own, else the calibrated ones (null before any calibration). */
    std::optional<ChoiceModelParameters> shownParameters() const;
    void showParameters();
    /** β of group `group` (-1: γ) was changed in its spin box. */
    void parameterChanged(int group);

    ScenarioController* m_controller;
    ScenarioListModel* m_listModel;
    ScenarioEditModel* m_editModel;
    QComboBox* m_scenarios;
    QToolButton* m_manage;
    QAction* m_newAction;
    QAction* m_duplicateAction;
    QAction* m_renameAction;
    QAction* m_deleteAction;
    QLabel* m_changesLabel;
    QToolButton* m_initiative;
    QToolButton* m_removeEdit;
    QFormLayout* m_form;
    QLabel* m_runsLabel;
    QLabel* m_seedLabel;
    QListView* m_edits;
    QComboBox* m_admission;
    QLabel* m_admissionText;
    QSpinBox* m_runs;
    QSpinBox* m_seed;
    QPushButton* m_run;
    QToolButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    std::function<QString()> m_statusText;
    QLabel* m_model;
    QPushButton* m_keepModel;
    QPushButton* m_recalibrate;
    QPushButton* m_calibrate;
    QAction* m_housingInArea;
    QSlider* m_capacitySlider;
    QSpinBox* m_capacityBox;
    QLabel* m_capacityLabel;
    QGroupBox* m_parameters;
    QFormLayout* m_parameterForm;
    QLabel* m_parameterSource;
    QList<QDoubleSpinBox*> m_betaBoxes;
    QStringList m_betaGroups; ///< the groups the β boxes were made for ("" = one shared β)
    QDoubleSpinBox* m_gamma;
    int m_listedScenario = -1; ///< the scenario whose edits the list shows
    std::pair<int, int> m_keptSelection{-1, -1}; ///< scenario and selected edit across a reset of the list
    bool m_syncing = false;
};

} // namespace Mk
