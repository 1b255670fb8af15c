// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/statusmessage.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <utility>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QScrollArea;
class QStackedWidget;
class QToolBar;
class QToolButton;
class QUndoView;

namespace Mk {

class AfspiegelingDock;
class AttributeTableDock;
class BackgroundTask;
class CatchmentController;
class FilterDock;
class IdentifyPanel;
class IdentifyTool;
class ExportActions;
class HelpWindow;
class LanguageMenu;
class LayersDock;
class LegendDock;
class MapCanvas;
class MapWorkspace;
class MeasureTool;
class PanTool;
class ProjectController;
class HousingTool;
class NewSchoolTool;
class ScenarioController;
class ScenarioDock;
class ScenarioResultsDock;
class VoDock;
class DiagnosticsDock;
class WelcomeWidget;
class ZoomTool;
struct Dataset;
struct GuideShortcut;
struct Error;
struct LoadRequest;
struct VoRequest;

/** The main window: layout, docks and action wiring only; behaviour lives in docks and controllers. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    MapWorkspace* workspace() const { return m_workspace; }
    MapCanvas* canvas() const { return m_canvas; }
    WelcomeWidget* welcome() const { return m_welcome; }
    LayersDock* layersDock() const { return m_layersDock; }
    LegendDock* legendDock() const { return m_legendDock; }
    AttributeTableDock* tableDock() const { return m_tableDock; }
    IdentifyPanel* identifyPanel() const { return m_identifyPanel; }
    FilterDock* filterDock() const { return m_filterDock; }
    AfspiegelingDock* afspiegelingDock() const { return m_afspiegelingDock; }
    CatchmentController* catchments() const { return m_catchments; }
    /** The open project: file, modified marker, settings and goals (the briefing reads them here). */
    ProjectController* projects() const { return m_project; }
    /** Exports of tables, layers, charts and the map (File → Export and the context menus). */
    ExportActions* exports() const { return m_exports; }
    QAction* identifyAction() const { return m_identifyAction; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* newSchoolAction() const { return m_newSchoolAction; }
    QAction* housingAction() const { return m_housingAction; }
    ScenarioController* scenarios() const { return m_scenarios; }
    ScenarioDock* scenarioDock() const { return m_scenarioDock; }
    ScenarioResultsDock* scenarioResults() const { return m_scenarioResults; }
    /** The context menu of a school (map, identify panel, schools table): its scenario edits. */
    void showSchoolMenu(const QString& schoolId, const QPoint& globalPos);
    QAction* redoAction() const { return m_redoAction; }
    QDockWidget* undoDock() const { return m_undoDock; }
    /** Meldingen: every note of the data, the analyses and the libraries. */
    DiagnosticsDock* notesDock() const { return m_notesDock; }
    /** The status bar's "n notes about the data", which opens the notes. */
    QToolButton* notesButton() const { return m_notesButton; }
    QAction* briefingAction() const { return m_briefingAction; }
    QAction* printAction() const { return m_printAction; }
    /** Help → User guide (F1): opens the guide at the part about the panel that has the focus. */
    QAction* guideAction() const { return m_guideAction; }
    QAction* zoomInStepAction() const { return m_zoomInStepAction; }
    QAction* zoomOutStepAction() const { return m_zoomOutStepAction; }
    /** The guide's window, once it has been opened; null before. */
    HelpWindow* helpWindow() const { return m_help; }
    /** Every keyboard shortcut of this window's actions, with the action's name, as the guide lists them. */
    QList<GuideShortcut> guideShortcuts() const;
    bool isLoading() const;
    /** Restores the size and position saved at the last close; false on a first start. */
    bool restoreWindowGeometry();

public slots:
    /** Loads the embedded demo gemeente in the background. */
    void openDemo();
    /** Loads a gemeente of the embedded national data, by name or code; a name that is not one is refused with the nearest. */
    void openGemeente(const QString& nameOrCode);
    /** Loads any request in the background; `name` goes into the title and the recent list. */
    void openRequest(const LoadRequest& request, const QString& name);
    /** Shows an already loaded dataset as a new, unsaved project (tests, other modules). */
    void showDataset(std::shared_ptr<const Dataset> dataset, const QString& name);
    void newAnalysis();
    /** Opens a project file (the command line, Open Recent); asks about unsaved changes first. */
    void openProject(const QString& path);
    /** Loads secondary-school (vo) files for `gemeenten` in the background and draws them over the open analysis. */
    void openVo(const VoRequest& request, const QStringList& gemeenten);
    /** Asks for the vo files and the gemeente(n), then openVo(). */
    void chooseVo();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

signals:
    void datasetShown();
    void loadFailed(const QString& message);

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    /** Export menus on the tables and charts, and File → Export. */
    void createExports();
    /** Settings → Taal / Language. */
    void createSettingsMenu();
    /** A menu of the menu bar whose title (QT_TR_NOOP) follows the language. */
    QMenu* addTranslatedMenu(const char* title);
    /** Every text of the window in the current language (at start and at QEvent::LanguageChange). */
    void retranslateUi();
    void retranslateActions();
    void setLoading(bool loading);
    /** Shows the project the ProjectController just created or opened. */
    void presentProject();
    void updateNotesButton();
    /** Undo and Redo name the command they would undo or redo, in the current language. */
    void updateUndoTexts();
    void updateTitle();
    void refreshRecentProjects();
    void setMapActionsEnabled(bool enabled);
    void loadingFailed(const Error& error);
    void refreshRecent();
    void updateScale();
    void about();
    /** Opens the guide at `anchor`, or where it was when empty. */
    void openGuide(const QString& anchor);
    /** File → Briefing… (and File → Print…, which opens the print dialog once the briefing is computed). */
    void openBriefing(bool print);
    /** Wires the scenario tools, panels, overlay and school context menus. */
    void connectScenarios();

    MapWorkspace* m_workspace;
    QStackedWidget* m_stack;
    QScrollArea* m_welcomeScroll;
    WelcomeWidget* m_welcome;
    MapCanvas* m_canvas;
    LayersDock* m_layersDock = nullptr;
    LegendDock* m_legendDock = nullptr;
    AttributeTableDock* m_tableDock = nullptr;
    IdentifyPanel* m_identifyPanel = nullptr;
    FilterDock* m_filterDock = nullptr;
    VoDock* m_voDock = nullptr;
    DiagnosticsDock* m_notesDock = nullptr;
    BackgroundTask* m_voTask = nullptr;
    QAction* m_openVoAction = nullptr;
    CatchmentController* m_catchments;
    ProjectController* m_project;
    AfspiegelingDock* m_afspiegelingDock = nullptr;
    QDockWidget* m_undoDock = nullptr;
    QUndoView* m_undoView = nullptr;
    ScenarioController* m_scenarios;
    ScenarioDock* m_scenarioDock = nullptr;
    ScenarioResultsDock* m_scenarioResults = nullptr;
    NewSchoolTool* m_newSchoolTool;
    HousingTool* m_housingTool;
    QAction* m_newSchoolAction = nullptr;
    QAction* m_housingAction = nullptr;
    PanTool* m_panTool;
    ZoomTool* m_zoomInTool;
    ZoomTool* m_zoomOutTool;
    IdentifyTool* m_identifyTool;
    MeasureTool* m_measureTool;

    QAction* m_openDemoAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openProjectAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_goalsAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_briefingAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_panAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomFullAction = nullptr;
    QAction* m_zoomSelectionAction = nullptr;
    QAction* m_identifyAction = nullptr;
    QAction* m_measureAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_guideAction = nullptr;
    QAction* m_zoomInStepAction = nullptr;
    QAction* m_zoomOutStepAction = nullptr;
    HelpWindow* m_help = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;

    /** An action's text and tip, untranslated (QT_TR_NOOP in Mk::MainWindow), for retranslateActions(). */
    struct ActionText {
        QAction* action;
        const char* text;
        const char* tip;
    };
    std::vector<ActionText> m_actionTexts;
    std::vector<std::pair<QMenu*, const char*>> m_menuTitles;
    QToolBar* m_mapToolBar = nullptr;
    LanguageMenu* m_languageMenu = nullptr;
    QMenu* m_exportMenu = nullptr;
    ExportActions* m_exports = nullptr;

    StatusMessage m_statusMessage{statusBar()};
    QLabel* m_coordinates;
    QLabel* m_scale;
    QLabel* m_renderTime;
    QProgressBar* m_progress;
    QToolButton* m_cancelLoad;
    QToolButton* m_notesButton = nullptr;
    BackgroundTask* m_loadTask = nullptr;
    bool m_loadingDataset = false; ///< a data set is being read (the task may still be finishing a cancelled run)
    bool m_pendingModified = false; ///< an import the user set up is unsaved work; the demo is not
};

} // namespace Mk
