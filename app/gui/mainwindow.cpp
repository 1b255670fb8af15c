// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"
#include "render/valueformat.h"

#include "gui/aboutdialog.h"
#include "gui/afspiegelingdock.h"
#include "gui/attributetabledock.h"
#include "gui/briefingdialog.h"
#include "gui/catchmentcontroller.h"
#include "gui/diagnosticsdock.h"
#include "gui/exportactions.h"
#include "gui/filterdock.h"
#include "gui/helpwindow.h"
#include "gui/identifypanel.h"
#include "gui/identifytool.h"
#include "gui/importwizard.h"
#include "gui/languagemenu.h"
#include "gui/layersdock.h"
#include "gui/legenddock.h"
#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "gui/measuretool.h"
#include "gui/pantool.h"
#include "gui/projectcontroller.h"
#include "itemmodels/diagnosticstablemodel.h"
#include "itemmodels/schooltablemodel.h"
#include "gui/housingtool.h"
#include "gui/newschooltool.h"
#include "gui/recentprojects.h"
#include "gui/scenariocontroller.h"
#include "gui/scenariodock.h"
#include "gui/scenarioeditdialogs.h"
#include "gui/scenariomapoverlay.h"
#include "gui/scenarioresultsdock.h"
#include "gui/screenfit.h"
#include "gui/recentanalyses.h"
#include "gui/vodock.h"
#include "gui/welcomewidget.h"
#include "gui/backgroundtask.h"
#include "vo/voanalysis.h"
#include "gui/zoomtool.h"
#include "io/gemeentedirectory.h"
#include "catchment/catchmentanalysis.h"
#include "model/dataset.h"
#include "project/projectdocument.h"
#include "project/projectfile.h"
#include "scenario/scenariorunner.h"
#include "render/layerfactory.h"
#include "render/legendrenderer.h"
#include "render/maplayer.h"
#include "itemmodels/layertreemodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>

namespace Mk {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_workspace(new MapWorkspace(this))
{
    setWindowTitle(tr("Mengkaart"));
    setObjectName(QStringLiteral("MainWindow"));
    m_stack = new QStackedWidget(this);
    // A stack is as tall as its tallest page: the welcome page scrolls, so it cannot hold the map's window past a
    // laptop's height.
    m_welcomeScroll = new QScrollArea(m_stack);
    m_welcomeScroll->setWidgetResizable(true);
    m_welcomeScroll->setFrameShape(QFrame::NoFrame);
    m_welcome = new WelcomeWidget(m_welcomeScroll);
    m_welcomeScroll->setWidget(m_welcome);
    m_canvas = new MapCanvas(m_workspace, m_stack);
    m_stack->addWidget(m_welcomeScroll);
    m_stack->addWidget(m_canvas);
    setCentralWidget(m_stack);

    m_panTool = new PanTool(m_canvas);
    m_zoomInTool = new ZoomTool(m_canvas, false);
    m_zoomOutTool = new ZoomTool(m_canvas, true);
    m_identifyTool = new IdentifyTool(m_canvas);
    m_measureTool = new MeasureTool(m_canvas);
    m_catchments = new CatchmentController(m_workspace, this);
    m_project = new ProjectController(m_workspace, m_canvas, m_catchments, this);
    m_scenarios = new ScenarioController(m_project->document(), this);
    m_newSchoolTool = new NewSchoolTool(m_canvas, m_scenarios);
    m_housingTool = new HousingTool(m_canvas);

    createActions();
    createMenus();
    createToolBar();
    createDocks();
    createStatusBar();
    connectScenarios();
    createExports();
    retranslateUi();
    setDockNestingEnabled(true);

    connect(m_welcome, &WelcomeWidget::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomeWidget::openGemeenteRequested, this, &MainWindow::openGemeente);
    connect(m_welcome, &WelcomeWidget::newAnalysisRequested, this, &MainWindow::newAnalysis);
    connect(m_welcome, &WelcomeWidget::openProjectRequested, m_project, &ProjectController::openWithDialog);
    connect(m_welcome, &WelcomeWidget::recentProjectRequested, this, &MainWindow::openProject);
    connect(m_welcome, &WelcomeWidget::recentRequested, this, [this](int index) {
        const auto entries = RecentAnalyses::entries();
        if (index >= 0 && index < entries.size() && m_project->maybeSave({}))
            openRequest(entries[index].request, entries[index].name);
    });
    connect(m_workspace, &MapWorkspace::selectionChanged, this, [this](const QString& layer, const QString& feature) {
        m_zoomSelectionAction->setEnabled(!layer.isEmpty());
        if (layer.isEmpty())
            return;
        m_identifyPanel->show();
        // Identify and Afspiegeling share a tab: the afspiegeling stays in front for the schools it lists.
        if (!m_afspiegelingDock->shows(layer, feature))
            m_identifyPanel->raise();
    });
    connect(m_project, &ProjectController::projectChanged, this, &MainWindow::presentProject);
    connect(m_project, &ProjectController::nameChanged, this, &MainWindow::updateTitle);
    connect(m_project, &ProjectController::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_project, &ProjectController::settingsChanged, this, [this] {
        m_afspiegelingDock->setOptions(m_project->catchmentOptions());
        m_afspiegelingDock->runAnalysis();
    });
    connect(m_project, &ProjectController::busyChanged, this, &MainWindow::setLoading);
    connect(m_project, &ProjectController::progressChanged, this, [this](double f, const QString& step) {
        m_progress->setValue(qRound(f * 100));
        if (!step.isEmpty())
            statusBar()->showMessage(step);
    });
    connect(m_project, &ProjectController::saved, this, [this](const QString& path) {
        m_statusMessage.show([path] { return tr("Saved to %1.").arg(QDir::toNativeSeparators(path)); }, 6000);
    });
    connect(m_project, &ProjectController::autosaved, this, [this] { m_statusMessage.show([] { return tr("Changes saved for recovery."); }, 3000); });
    connect(m_project, &ProjectController::failed, this, [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    refreshRecent();
    updateTitle();
    m_stack->setCurrentWidget(m_welcomeScroll);
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        dock->setVisible(false);
    // A minimum size the layout worked out while every panel was still shown would outlive them: work it out again,
    // and only then fit the window, which the minimum of all panels at once would make taller than a laptop.
    layout()->activate();
    fitToScreen(this, QSize(1440, 900));
}

MainWindow::~MainWindow()
{
    // A render still running is canceled when the canvas goes, and reports to this half-destroyed window.
    disconnect(m_canvas, nullptr, this, nullptr);
}

namespace {
/** As QUndoStack's own actions say it: the verb, a space, the command's text. */
QString commandText(const QString& verb, const QString& command)
{
    return command.isEmpty() ? verb : QStringLiteral("%1 %2").arg(verb, command);
}

// Versioned keys: a changed dock layout invalidates old saved states instead of garbling them.
const QString kGeometryKey = QStringLiteral("main-window/geometry-v1");
const QString kStateKey = QStringLiteral("main-window/state-v4");
} // namespace

bool MainWindow::restoreWindowGeometry()
{
    return restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_project->maybeSave([this] { close(); })) {
        event->ignore();
        return;
    }
    m_project->closeProject();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    if (m_workspace->hasDataset())
        settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::isLoading() const
{
    return m_loadingDataset;
}

void MainWindow::createActions()
{
    // Texts are kept untranslated (QT_TR_NOOP) and translated in retranslateActions(), again at every language change.
    auto make = [this](const char* text, const char* icon, const QKeySequence& shortcut, const char* tip) {
        // Freedesktop names; GNOME's Adwaita only ships the "-symbolic" variants of many.
        const QString name = QLatin1String(icon);
        auto* a = new QAction(QIcon::fromTheme(name, QIcon::fromTheme(name + QStringLiteral("-symbolic"))), QString(), this);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        m_actionTexts.push_back({a, text, tip});
        return a;
    };
    m_newAction = make(QT_TR_NOOP("&New analysis…"), "document-new", QKeySequence::New, QT_TR_NOOP("Start a new analysis from your own files"));
    m_openProjectAction = make(QT_TR_NOOP("&Open project…"), "document-open", QKeySequence::Open, QT_TR_NOOP("Open a saved Mengkaart project"));
    m_saveAction = make(QT_TR_NOOP("&Save project"), "document-save", QKeySequence::Save, QT_TR_NOOP("Save the project (data, settings, goals, view)"));
    m_saveAsAction = make(QT_TR_NOOP("Save project &as…"), "document-save-as", QKeySequence::SaveAs, QT_TR_NOOP("Save the project under another name"));
    m_settingsAction = make(QT_TR_NOOP("Project &settings…"), "document-properties", {}, QT_TR_NOOP("Privacy threshold and afspiegeling threshold"));
    m_goalsAction = make(QT_TR_NOOP("LEA &goals…"), "view-task", {}, QT_TR_NOOP("The goals the gemeente agreed in the LEA"));
    m_openDemoAction = make(QT_TR_NOOP("Open &demo gemeente"), "folder-open", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                            QT_TR_NOOP("Open the embedded demo gemeente (Baarn)"));
    m_openVoAction = make(QT_TR_NOOP("Open &secondary schools (vo)…"), "document-open", {},
                          QT_TR_NOOP("DUO pupils per vo vestiging by onderwijstype and the vo addresses, for a gemeente or region"));
    m_quitAction = make(QT_TR_NOOP("&Quit"), "application-exit", QKeySequence::Quit, QT_TR_NOOP("Close Mengkaart"));
    m_briefingAction = make(QT_TR_NOOP("&Briefing…"), "x-office-document", QKeySequence(Qt::CTRL | Qt::Key_B),
                            QT_TR_NOOP("The LEA briefing: preview, save as PDF or print, in Dutch or English"));
    m_printAction = make(QT_TR_NOOP("&Print…"), "document-print", QKeySequence::Print, QT_TR_NOOP("Print the LEA briefing"));
    // Map navigation shortcuts follow QGIS.
    m_panAction = make(QT_TR_NOOP("Pan"), "transform-move", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QT_TR_NOOP("Drag the map"));
    m_zoomInAction = make(QT_TR_NOOP("Zoom in"), "zoom-in", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Plus), QT_TR_NOOP("Click or drag a rectangle to zoom in"));
    m_zoomOutAction = make(QT_TR_NOOP("Zoom out"), "zoom-out", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Minus), QT_TR_NOOP("Click to zoom out"));
    m_zoomFullAction = make(QT_TR_NOOP("Zoom to gemeente"), "zoom-fit-best", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                            QT_TR_NOOP("Show the whole gemeente"));
    m_zoomSelectionAction = make(QT_TR_NOOP("Zoom to selection"), "zoom-original", QKeySequence(Qt::CTRL | Qt::Key_J),
                                 QT_TR_NOOP("Zoom to the selected buurt or school"));
    m_identifyAction = make(QT_TR_NOOP("Identify"), "dialog-information", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                            QT_TR_NOOP("Click a buurt or school to see its figures"));
    m_measureAction = make(QT_TR_NOOP("Measure distance"), "measure", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                           QT_TR_NOOP("Click points to measure a distance; right-click to finish"));
    m_refreshAction = make(QT_TR_NOOP("Refresh"), "view-refresh", QKeySequence::Refresh, QT_TR_NOOP("Redraw the map"));
    m_aboutAction = make(QT_TR_NOOP("&About Mengkaart"), "help-about", {}, QT_TR_NOOP("Version, licence and data sources"));
    m_guideAction = make(QT_TR_NOOP("&User guide"), "help-contents", QKeySequence::HelpContents,
                         QT_TR_NOOP("The user guide, opened at the part about the panel you are working in"));
    // F1 must also work in the briefing dialog and the guide itself, which are windows of their own.
    m_guideAction->setShortcutContext(Qt::ApplicationShortcut);
    m_zoomInStepAction = make(QT_TR_NOOP("Zoom in one step"), "zoom-in", QKeySequence::ZoomIn,
                              QT_TR_NOOP("Zoom in around the middle of the map, whatever the tool"));
    m_zoomOutStepAction = make(QT_TR_NOOP("Zoom out one step"), "zoom-out", QKeySequence::ZoomOut,
                               QT_TR_NOOP("Zoom out around the middle of the map, whatever the tool"));
    m_zoomSelectionAction->setEnabled(false);
    m_newSchoolAction = make(QT_TR_NOOP("New school"), "list-add", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                             QT_TR_NOOP("Click a site on the map for a new school in the current scenario"));
    m_housingAction = make(QT_TR_NOOP("New housing"), "go-home", {},
                           QT_TR_NOOP("Click the corners of a housing area (double-click to finish), or click once for a circle"));
    // Undo and Redo follow the document's stack (their texts name the command, "Undo New school ..."). Not
    // QUndoStack::createUndoAction: its prefix is fixed when it is made, and these speak the language chosen later.
    QUndoStack* stack = m_project->document()->undoStack();
    m_undoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), QString(), this);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setEnabled(stack->canUndo());
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), QString(), this);
    m_redoAction->setEnabled(stack->canRedo());
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    // The actions are the context (and the text comes with the signal): the stack, emptied as the window closes,
    // outlives neither them nor needs the window. The lambdas hold the actions, not `this`: the stack still signals
    // while ~QWidget runs, when the MainWindow part is gone (UBSan: member access on a destroyed MainWindow).
    connect(stack, &QUndoStack::undoTextChanged, m_undoAction,
            [undo = m_undoAction](const QString& text) { undo->setText(commandText(tr("&Undo"), text)); });
    connect(stack, &QUndoStack::redoTextChanged, m_redoAction,
            [redo = m_redoAction](const QString& text) { redo->setText(commandText(tr("&Redo"), text)); });
    connect(m_project->document(), &ProjectDocument::retranslated, this, &MainWindow::updateUndoTexts);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    m_redoAction->setShortcuts(redoKeys);

    auto* tools = new QActionGroup(this);
    for (QAction* a : {m_panAction, m_zoomInAction, m_zoomOutAction, m_identifyAction, m_measureAction, m_newSchoolAction, m_housingAction}) {
        a->setCheckable(true);
        tools->addAction(a);
    }
    connect(m_panAction, &QAction::triggered, this, [this] { m_canvas->setMapTool(m_panTool); });
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_canvas->setMapTool(m_zoomInTool); });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_canvas->setMapTool(m_zoomOutTool); });
    connect(m_identifyAction, &QAction::triggered, this, [this] { m_canvas->setMapTool(m_identifyTool); });
    connect(m_measureAction, &QAction::triggered, this, [this] { m_canvas->setMapTool(m_measureTool); });
    // The scenario tools bring the scenario panel to the front, where their edits appear.
    connect(m_newSchoolAction, &QAction::triggered, this, [this] {
        m_canvas->setMapTool(m_newSchoolTool);
        m_scenarioDock->raise();
        m_scenarios->calibrate(); // before the first site is dragged: its preview then comes at once
    });
    connect(m_housingAction, &QAction::triggered, this, [this] {
        m_canvas->setMapTool(m_housingTool);
        m_scenarioDock->raise();
    });
    connect(m_zoomFullAction, &QAction::triggered, m_canvas, &MapCanvas::zoomToFullExtent);
    connect(m_zoomSelectionAction, &QAction::triggered, m_canvas, &MapCanvas::zoomToSelection);
    connect(m_refreshAction, &QAction::triggered, m_canvas, &MapCanvas::refresh);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newAnalysis);
    connect(m_openProjectAction, &QAction::triggered, m_project, &ProjectController::openWithDialog);
    connect(m_saveAction, &QAction::triggered, m_project, &ProjectController::save);
    connect(m_saveAsAction, &QAction::triggered, m_project, &ProjectController::saveAs);
    connect(m_settingsAction, &QAction::triggered, m_project, &ProjectController::editSettings);
    connect(m_goalsAction, &QAction::triggered, m_project, &ProjectController::editGoals);
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_openVoAction, &QAction::triggered, this, &MainWindow::chooseVo);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_guideAction, &QAction::triggered, this, [this] {
        const QWidget* focus = QApplication::focusWidget();
        openGuide(HelpWindow::anchorFor(focus ? focus : QApplication::activeWindow()));
    });
    connect(m_zoomInStepAction, &QAction::triggered, m_canvas, &MapCanvas::zoomIn);
    connect(m_zoomOutStepAction, &QAction::triggered, m_canvas, &MapCanvas::zoomOut);
    connect(m_briefingAction, &QAction::triggered, this, [this] { openBriefing(false); });
    connect(m_printAction, &QAction::triggered, this, [this] { openBriefing(true); });
    connect(m_measureTool, &MeasureTool::measured, this, [this](double metres, bool finished) {
        m_statusMessage.show(
            [metres, finished] {
                const QString d = metres >= 1000 ? tr("%1 km").arg(formatDecimal(metres / 1000.0, 2)) : tr("%1 m").arg(formatDecimal(metres, 0));
                return finished ? tr("Distance: %1").arg(d) : tr("Distance so far: %1").arg(d);
            },
            finished ? 0 : 2000);
    });
    connect(m_measureTool, &MeasureTool::cleared, statusBar(), &QStatusBar::clearMessage);
    m_identifyAction->setChecked(true);
    m_canvas->setMapTool(m_identifyTool);
    // Map actions mean nothing on the welcome screen.
    setMapActionsEnabled(false);
}

void MainWindow::setMapActionsEnabled(bool enabled)
{
    for (QAction* a : {m_panAction, m_zoomInAction, m_zoomOutAction, m_zoomInStepAction, m_zoomOutStepAction, m_zoomFullAction,
                       m_identifyAction, m_measureAction, m_refreshAction, m_newSchoolAction, m_housingAction, m_saveAction, m_saveAsAction, m_settingsAction, m_goalsAction, m_briefingAction, m_printAction})
        a->setEnabled(enabled);
}

void MainWindow::createMenus()
{
    QMenu* file = addTranslatedMenu(QT_TR_NOOP("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openProjectAction);
    m_recentMenu = file->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::refreshRecentProjects);
    refreshRecentProjects();
    file->addAction(m_openDemoAction);
    file->addAction(m_openVoAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    m_exportMenu = file->addMenu(QString());
    file->addSeparator();
    file->addAction(m_briefingAction);
    file->addAction(m_printAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu* edit = addTranslatedMenu(QT_TR_NOOP("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    QMenu* project = addTranslatedMenu(QT_TR_NOOP("&Project"));
    project->addAction(m_settingsAction);
    project->addAction(m_goalsAction);
    QMenu* view = addTranslatedMenu(QT_TR_NOOP("&View"));
    for (QAction* a : {m_panAction, m_zoomInAction, m_zoomOutAction, m_zoomInStepAction, m_zoomOutStepAction, m_zoomFullAction,
                       m_zoomSelectionAction})
        view->addAction(a);
    view->addSeparator();
    view->addAction(m_identifyAction);
    view->addAction(m_measureAction);
    view->addSeparator();
    view->addAction(m_refreshAction);
    view->setObjectName(QStringLiteral("viewMenu"));
    createSettingsMenu();
    QMenu* help = addTranslatedMenu(QT_TR_NOOP("&Help"));
    help->addAction(m_guideAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("MapToolBar"));
    m_mapToolBar = bar;
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    for (QAction* a : {m_panAction, m_zoomInAction, m_zoomOutAction, m_zoomFullAction, m_zoomSelectionAction})
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(m_identifyAction);
    bar->addAction(m_measureAction);
    bar->addSeparator();
    bar->addAction(m_newSchoolAction);
}

void MainWindow::createDocks()
{
    m_layersDock = new LayersDock(m_workspace, this);
    m_filterDock = new FilterDock(m_workspace, this);
    m_legendDock = new LegendDock(m_workspace, this);
    m_identifyPanel = new IdentifyPanel(m_workspace, this);
    m_tableDock = new AttributeTableDock(m_workspace, this);
    m_afspiegelingDock = new AfspiegelingDock(m_workspace, m_catchments, this);
    m_voDock = new VoDock(m_workspace, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_layersDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_legendDock, Qt::Vertical);
    tabifyDockWidget(m_layersDock, m_filterDock);
    scrollDockContent(m_layersDock);
    scrollDockContent(m_filterDock);
    // Stacked, the two right-hand panels were too low on a laptop to show a table or a chart: each gets the whole column.
    addDockWidget(Qt::RightDockWidgetArea, m_identifyPanel);
    tabifyDockWidget(m_identifyPanel, m_afspiegelingDock);
    tabifyDockWidget(m_identifyPanel, m_voDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_tableDock);
    m_undoDock = new QDockWidget(tr("Undo history"), this);
    m_undoDock->setObjectName(QStringLiteral("UndoDock"));
    m_undoView = new QUndoView(m_project->document()->undoStack(), m_undoDock);
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::LeftDockWidgetArea, m_undoDock);
    tabifyDockWidget(m_legendDock, m_undoDock);
    m_scenarioDock = new ScenarioDock(m_scenarios, m_newSchoolAction, m_housingAction, this);
    tabifyDockWidget(m_identifyPanel, m_scenarioDock);
    m_scenarioResults = new ScenarioResultsDock(m_scenarios, m_workspace, [this] { return m_project->privacyThreshold(); }, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_scenarioResults);
    tabifyDockWidget(m_tableDock, m_scenarioResults);
    m_notesDock = new DiagnosticsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_notesDock);
    tabifyDockWidget(m_tableDock, m_notesDock);
    connect(m_notesDock->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateNotesButton);
    // The analyses' notes join the data's as they are computed.
    connect(m_catchments, &CatchmentController::resultChanged, this, [this] {
        const auto result = m_catchments->result();
        m_notesDock->model()->setSection(QStringLiteral("afspiegeling"), result ? result->diagnostics : Diagnostics());
    });
    connect(m_workspace, &MapWorkspace::voAnalysisChanged, this, [this] {
        const auto vo = m_workspace->voAnalysis();
        m_notesDock->model()->setSection(QStringLiteral("vo"), vo ? vo->diagnostics : Diagnostics());
    });
    m_layersDock->raise();
    HelpWindow::setAnchor(m_welcome, GuideAnchor::Start);
    HelpWindow::setAnchor(m_canvas, GuideAnchor::Map);
    HelpWindow::setAnchor(m_layersDock, GuideAnchor::Layers);
    HelpWindow::setAnchor(m_legendDock, GuideAnchor::Legend);
    HelpWindow::setAnchor(m_filterDock, GuideAnchor::Filter);
    HelpWindow::setAnchor(m_identifyPanel, GuideAnchor::Identify);
    HelpWindow::setAnchor(m_tableDock, GuideAnchor::Table);
    HelpWindow::setAnchor(m_afspiegelingDock, GuideAnchor::Afspiegeling);
    HelpWindow::setAnchor(m_voDock, GuideAnchor::Vo);
    HelpWindow::setAnchor(m_undoDock, GuideAnchor::Undo);
    HelpWindow::setAnchor(m_scenarioDock, GuideAnchor::Scenario);
    HelpWindow::setAnchor(m_scenarioResults, GuideAnchor::ScenarioResults);
    QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    view->addSeparator();
    for (QDockWidget* dock : {static_cast<QDockWidget*>(m_layersDock), static_cast<QDockWidget*>(m_filterDock),
                              static_cast<QDockWidget*>(m_legendDock), static_cast<QDockWidget*>(m_identifyPanel),
                              static_cast<QDockWidget*>(m_tableDock), static_cast<QDockWidget*>(m_afspiegelingDock), m_undoDock,
                              static_cast<QDockWidget*>(m_scenarioDock), static_cast<QDockWidget*>(m_scenarioResults),
                              static_cast<QDockWidget*>(m_voDock), static_cast<QDockWidget*>(m_notesDock)})
        view->addAction(dock->toggleViewAction());
}

void MainWindow::createStatusBar()
{
    m_coordinates = new QLabel(this);
    m_coordinates->setMinimumWidth(190);
    m_scale = new QLabel(this);
    m_scale->setMinimumWidth(100);
    m_renderTime = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setVisible(false);
    m_loadTask = new BackgroundTask(this);
    connect(m_loadTask, &BackgroundTask::progressChanged, this, [this](double f, const QString& step) {
        m_progress->setValue(qRound(f * 100));
        if (!step.isEmpty())
            statusBar()->showMessage(step);
    });
    connect(m_loadTask, &BackgroundTask::failed, this, [this](const Error& e) {
        setLoading(false);
        loadingFailed(e);
    });
    m_notesButton = new QToolButton(this);
    m_notesButton->setObjectName(QStringLiteral("notesButton"));
    m_notesButton->setAutoRaise(true);
    m_notesButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_notesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_notesButton->setVisible(false);
    connect(m_notesButton, &QToolButton::clicked, this, [this] {
        m_notesDock->show();
        m_notesDock->raise();
    });
    statusBar()->addPermanentWidget(m_notesButton);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoad);
    statusBar()->addPermanentWidget(m_renderTime);
    statusBar()->addPermanentWidget(m_coordinates);
    statusBar()->addPermanentWidget(m_scale);
    connect(m_canvas, &MapCanvas::mouseMapPositionChanged, this, [this](const QPointF& p) {
        m_coordinates->setText(tr("RD %1, %2").arg(formatDecimal(p.x(), 0), formatDecimal(p.y(), 0)));
    });
    connect(m_canvas, &MapCanvas::extentChanged, this, &MainWindow::updateScale);
    connect(m_canvas, &MapCanvas::renderFinished, this, [this] {
        updateScale();
        m_renderTime->setText(tr("%1 ms").arg(QLocale().toString(m_canvas->lastRenderTimeMs())));
    });
    connect(m_cancelLoad, &QToolButton::clicked, this, [this] {
        m_loadTask->cancel();
        m_project->cancel();
        setLoading(false);
        m_statusMessage.show([] { return tr("Canceled."); }, 4000);
    });
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

QMenu* MainWindow::addTranslatedMenu(const char* title)
{
    QMenu* menu = menuBar()->addMenu(QString());
    m_menuTitles.push_back({menu, title});
    return menu;
}

void MainWindow::createExports()
{
    m_exports = new ExportActions(m_workspace, m_canvas, [this] { return qRound(m_project->project().privacyThreshold); }, this);
    m_exports->addTableMenu(m_tableDock->areaView(), QStringLiteral("areas"));
    m_exports->addTableMenu(m_tableDock->schoolView(), QStringLiteral("schools"));
    m_exports->addTableMenu(m_afspiegelingDock->view(), QStringLiteral("afspiegeling"));
    m_exports->addTableMenu(m_notesDock->view(), QStringLiteral("notes"), {m_notesDock->copyAction()});
    m_exports->addChartMenu(m_afspiegelingDock->chart(), QStringLiteral("afspiegeling"));
    m_exports->addChartMenu(m_identifyPanel->chart(), QStringLiteral("composition"));
    connect(m_exportMenu, &QMenu::aboutToShow, this, [this] { m_exports->fillExportMenu(m_exportMenu); });
}

void MainWindow::createSettingsMenu()
{
    QMenu* settings = addTranslatedMenu(QT_TR_NOOP("Se&ttings"));
    m_languageMenu = new LanguageMenu(settings);
    settings->addMenu(m_languageMenu);
}

void MainWindow::retranslateActions()
{
    for (const ActionText& t : m_actionTexts) {
        const QString tip = tr(t.tip);
        const QKeySequence shortcut = t.action->shortcut();
        t.action->setText(tr(t.text));
        t.action->setToolTip(shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        t.action->setStatusTip(tip);
    }
}

void MainWindow::retranslateUi()
{
    retranslateActions();
    for (const auto& [menu, title] : m_menuTitles)
        menu->setTitle(tr(title));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_exportMenu->setTitle(tr("&Export"));
    m_mapToolBar->setWindowTitle(tr("Map navigation"));
    m_coordinates->setToolTip(tr("Cursor position in Rijksdriehoeksstelsel (RD New, EPSG:28992), metres"));
    m_scale->setToolTip(tr("Map scale"));
    m_cancelLoad->setText(tr("Cancel"));
    m_undoDock->setWindowTitle(tr("Undo history"));
    updateUndoTexts();
    updateNotesButton();
    updateTitle();
    updateScale();
    m_statusMessage.retranslate();
}

void MainWindow::updateUndoTexts()
{
    const QUndoStack* stack = m_project->document()->undoStack();
    m_undoAction->setText(commandText(tr("&Undo"), stack->undoText()));
    m_redoAction->setText(commandText(tr("&Redo"), stack->redoText()));
    if (!m_undoView)
        return; // the actions are made before the docks
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_undoView->viewport()->update(); // the commands' texts were made again; the view asks for them as it paints
}

void MainWindow::updateNotesButton()
{
    const int notes = m_notesDock->model()->rowCount();
    m_notesButton->setText(tr("%n note(s) about the data", nullptr, notes));
    m_notesButton->setToolTip(tr("Show the notes: what the files and the analyses said, and what to do"));
    m_notesButton->setVisible(notes > 0);
}

void MainWindow::updateScale()
{
    m_scale->setText(LegendRenderer::scaleText(m_canvas->mapSettings().scaleDenominator()));
}

void MainWindow::openDemo()
{
    if (m_project->maybeSave([this] { openDemo(); }))
        openRequest(DatasetLoader::demoRequest(), tr("Demo gemeente Baarn"));
}

void MainWindow::openGemeente(const QString& nameOrCode)
{
    const auto& directory = GemeenteDirectory::embedded();
    auto gemeente = directory ? directory->resolve(nameOrCode) : Result<GemeenteInfo>(directory.error());
    if (!gemeente) {
        loadingFailed(gemeente.error()); // the nearest names are in the message
        return;
    }
    if (m_project->maybeSave([this, nameOrCode] { openGemeente(nameOrCode); }))
        openRequest(DatasetLoader::nationalRequest(gemeente->code), gemeente->name);
}

void MainWindow::openProject(const QString& path)
{
    m_project->open(path);
}

void MainWindow::chooseVo()
{
    VoRequest request;
    request.pupilFiles = QFileDialog::getOpenFileNames(this, tr("DUO pupils per vo vestiging by onderwijstype (one file per school year)"), {},
                                                       tr("CSV files (*.csv *.txt);;All files (*)"));
    if (request.pupilFiles.isEmpty())
        return;
    request.addressFile = QFileDialog::getOpenFileName(this, tr("DUO addresses of all vo vestigingen"), QFileInfo(request.pupilFiles.first()).path(),
                                                       tr("CSV files (*.csv *.txt);;All files (*)"));
    if (request.addressFile.isEmpty())
        return;
    request.locatedSchoolsFile = QFileDialog::getOpenFileName(this, tr("Optional: a school file with positions (e.g. scholen_nl_2024.gpkg); cancel for none"),
                                                              {}, tr("School files (*.gpkg *.csv);;All files (*)"));
    request.postcodeCentroidsFile = QFileDialog::getOpenFileName(this, tr("Optional: PC4 centroids to place the others; cancel for none"), {},
                                                                 tr("CSV files (*.csv);;All files (*)"));
    bool ok = false;
    const QString wanted = QInputDialog::getText(this, tr("Gemeente or region"),
                                                 tr("Gemeente name or code; several separated by commas for a vo region:"), QLineEdit::Normal, {}, &ok);
    if (!ok || wanted.trimmed().isEmpty())
        return;
    QStringList gemeenten;
    for (const QString& g : wanted.split(QLatin1Char(','), Qt::SkipEmptyParts))
        gemeenten.append(g.trimmed());
    openVo(request, gemeenten);
}

void MainWindow::openVo(const VoRequest& request, const QStringList& gemeenten)
{
    if (!m_voTask) {
        m_voTask = new BackgroundTask(this);
        connect(m_voTask, &BackgroundTask::failed, this, [this](const Error& error) {
            QMessageBox::warning(this, tr("Secondary schools"), error.toString());
        });
        connect(m_voTask, &BackgroundTask::progressChanged, this, [this](double fraction, const QString&) {
            m_statusMessage.show([percent = qRound(100 * fraction)] { return tr("Loading secondary schools… %1%").arg(percent); });
        });
    }
    VoAnalysis::Options options;
    options.report.privacyThreshold = m_project->project().privacyThreshold;
    m_voTask->start([this, request, gemeenten, options](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
        auto data = VoDataLoader::load(request, &feedback);
        if (!data)
            return data.error();
        auto area = VoArea::select(data->addresses, gemeenten, data->addressFileName);
        if (!area)
            return area.error();
        auto analysis = VoAnalysis::compute(*data, *area, options, &feedback);
        if (!analysis)
            return analysis.error();
        analysis->diagnostics.append(data->diagnostics);
        auto shared = std::make_shared<const VoAnalysis>(std::move(*analysis));
        return BackgroundTask::Continuation([this, shared] {
            m_workspace->setVoAnalysis(shared);
            m_voDock->show();
            m_voDock->raise();
            m_statusMessage.show(
                [count = static_cast<int>(shared->latest().locations.size()), area = shared->area.name()] {
                    return tr("Secondary schools of %1 loaded: %n vestiging(en).", nullptr, count).arg(area);
                },
                6000);
        });
    });
}

void MainWindow::refreshRecentProjects()
{
    m_recentMenu->clear();
    const QStringList paths = RecentProjects::paths();
    for (const QString& path : paths)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void MainWindow::updateTitle()
{
    // [*] is where Qt shows the modified marker (setWindowModified).
    setWindowTitle(m_project->hasProject() ? tr("%1[*] — Mengkaart").arg(m_project->name()) : tr("Mengkaart"));
}

void MainWindow::openRequest(const LoadRequest& request, const QString& name)
{
    // A load still running is cancelled by start(); its data set never arrives.
    m_pendingModified = false;
    setLoading(true);
    m_loadingDataset = true;
    m_statusMessage.show([name] { return tr("Loading %1…").arg(name); });
    m_loadTask->start([this, request, name](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
        auto loaded = DatasetLoader::load(request, feedback);
        if (!loaded)
            return loaded.error();
        auto dataset = std::make_shared<const Dataset>(std::move(*loaded));
        return BackgroundTask::Continuation([this, request, name, dataset] {
            RecentAnalyses::add(name, request);
            setLoading(false);
            m_project->newProject(dataset, name, m_pendingModified);
        });
    });
}

void MainWindow::setLoading(bool loading)
{
    if (!loading)
        m_loadingDataset = false;
    m_progress->setValue(0);
    m_progress->setVisible(loading);
    m_cancelLoad->setVisible(loading);
    for (QAction* a : {m_openDemoAction, m_newAction, m_openProjectAction})
        a->setEnabled(!loading);
    m_recentMenu->setEnabled(!loading && !RecentProjects::paths().isEmpty());
    m_welcome->setEnabled(!loading);
}

void MainWindow::loadingFailed(const Error& error)
{
    statusBar()->clearMessage();
    emit loadFailed(error.toString());
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Could not open the data"), error.message, QMessageBox::Ok, this);
    box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showDataset(std::shared_ptr<const Dataset> dataset, const QString& name)
{
    m_project->newProject(std::move(dataset), name, false);
}

void MainWindow::presentProject()
{
    const bool first = !m_workspace->hasDataset();
    const Project& project = m_project->project();
    const QString name = project.name;
    const int warnings = static_cast<int>(project.dataset->diagnostics.size());
    m_workspace->setDataset(project.dataset);
    m_notesDock->model()->clear();
    m_notesDock->model()->setSection(QStringLiteral("data"), project.dataset->diagnostics);
    updateTitle();
    m_stack->setCurrentWidget(m_canvas);
    setMapActionsEnabled(true);
    if (first) {
        // Panels that appear take their preferred size and would push the window past a laptop screen: keep its size.
        const QSize before = size();
        for (QDockWidget* dock : {static_cast<QDockWidget*>(m_layersDock), static_cast<QDockWidget*>(m_legendDock),
                                  static_cast<QDockWidget*>(m_identifyPanel), static_cast<QDockWidget*>(m_tableDock),
                                  static_cast<QDockWidget*>(m_filterDock), static_cast<QDockWidget*>(m_afspiegelingDock), m_undoDock,
                                  static_cast<QDockWidget*>(m_scenarioDock), static_cast<QDockWidget*>(m_scenarioResults)})
            dock->setVisible(true);
        if (!isMaximized() && !isFullScreen())
            resize(before);
        // Sizes only stick once the docks are visible; a layout the user arranged wins.
        if (!restoreState(QSettings().value(kStateKey).toByteArray())) {
            // In proportion, so that the map keeps half the window. A laptop (768 lines) has no height to spare for the
            // table strip: it starts closed there, one click away in View, and scenario results open it when they come.
            const int w = width(), h = height();
            const bool laptop = h < 800;
            resizeDocks({m_layersDock, m_identifyPanel},
                        {laptop ? 200 : std::clamp(w / 5, 240, 320), laptop ? 370 : std::clamp(w / 3, 400, 660)},
                        Qt::Horizontal);
            resizeDocks({m_layersDock, m_legendDock}, {h * 2 / 5, h * 3 / 5}, Qt::Vertical);
            if (laptop) {
                m_tableDock->hide();
                m_scenarioResults->hide();
            } else {
                resizeDocks({m_tableDock}, {std::clamp(h / 5, 150, 220)}, Qt::Vertical);
            }
        }
        m_afspiegelingDock->raise();
    }
    m_layersDock->raise();
    m_legendDock->raise();
    m_tableDock->raise();
    m_afspiegelingDock->setOptions(m_project->catchmentOptions());
    m_afspiegelingDock->runAnalysis();
    m_canvas->setFocus();
    m_statusMessage.show(
        [warnings, name] { return warnings > 0 ? tr("%1 opened; %n note(s) about the data.", nullptr, warnings).arg(name) : tr("%1 opened.").arg(name); },
        6000);
    refreshRecent();
    emit datasetShown();
}

void MainWindow::newAnalysis()
{
    if (!m_project->maybeSave([this] { newAnalysis(); }))
        return;
    ImportWizard wizard(this);
    if (wizard.exec() == QDialog::Accepted) {
        openRequest(wizard.request(), wizard.analysisName());
        m_pendingModified = true;
    }
}

void MainWindow::refreshRecent()
{
    QStringList names;
    for (const auto& e : RecentAnalyses::entries())
        names.append(e.name);
    m_welcome->setRecent(names);
    m_welcome->setRecentProjects(RecentProjects::paths());
}

void MainWindow::openBriefing(bool print)
{
    if (!m_workspace->hasDataset())
        return;
    // The open project's goals and privacy threshold, with the data and catchment settings on screen.
    Project project = m_project->project();
    project.dataset = m_workspace->dataset();
    project.catchments = m_catchments->options();
    QList<std::shared_ptr<const ScenarioOutcome>> runs;
    for (const Scenario& s : project.scenarios)
        runs.append(m_project->document()->cachedOutcome(s));
    auto* dialog = new BriefingDialog(std::move(project), std::move(runs), this, m_workspace->voAnalysis());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (print)
        dialog->printWhenReady();
}

void MainWindow::connectScenarios()
{
    m_canvas->addOverlay(new ScenarioMapOverlay(m_scenarios, m_canvas));
    connect(m_newSchoolTool, &NewSchoolTool::siteChosen, this, [this](const QPointF& site) {
        if (!m_workspace->hasDataset())
            return;
        NewSchoolDialog dialog(*m_workspace->dataset(), site, this);
        if (dialog.exec() == QDialog::Accepted)
            m_scenarios->addEdit(dialog.edit());
    });
    connect(m_housingTool, &HousingTool::drawn, this, [this](const QList<QPointF>& polygon, const QPointF& center) {
        if (!m_workspace->hasDataset())
            return;
        const auto& tables = m_workspace->dataset()->areaComposition;
        HousingDialog dialog(tables.isEmpty() ? nullptr : &tables.first(), polygon, center, this);
        if (dialog.exec() == QDialog::Accepted)
            m_scenarios->addEdit(dialog.edit());
    });
    // A school's context menu wherever the officer sees it: the map, the identify panel, the schools table.
    // On a buurt (no school under the mouse): new housing in it.
    connect(m_canvas, &MapCanvas::contextMenuRequested, this, [this](const QPointF& map, const QPoint& global) {
        const double upp = m_canvas->mapSettings().mapUnitsPerPixel();
        const MapLayer* schools = m_workspace->layers()->layer(LayerFactory::kSchoolsId);
        const qsizetype school = schools && schools->isVisible() ? schools->featureAt(map, upp) : -1;
        if (school >= 0) {
            showSchoolMenu(schools->featureId(school), global);
            return;
        }
        const MapLayer* areas = m_workspace->layers()->layer(LayerFactory::kAreasId);
        const qsizetype area = areas && areas->isVisible() ? areas->featureAt(map, upp) : -1;
        const qsizetype unit = area >= 0 && m_workspace->hasDataset() ? m_workspace->dataset()->areas.indexOf(areas->featureId(area)) : -1;
        if (unit < 0)
            return;
        const QString code = m_workspace->dataset()->areas.units[unit].code;
        QMenu menu(this);
        menu.addAction(tr("New housing in %1…").arg(m_workspace->dataset()->areas.units[unit].name), this,
                       [this, code] { m_scenarioDock->addHousingInArea(code); })
            ->setObjectName(QStringLiteral("housingInArea"));
        menu.exec(global);
    });
    QTableView* table = m_tableDock->schoolView();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint& pos) {
        const QModelIndex index = table->indexAt(pos);
        if (index.isValid())
            showSchoolMenu(index.siblingAtColumn(SchoolTableModel::IdColumn).data().toString(), table->viewport()->mapToGlobal(pos));
    });
    QWidget* identify = m_identifyPanel->widget();
    identify->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(identify, &QWidget::customContextMenuRequested, this, [this, identify](const QPoint& pos) {
        if (m_workspace->selectedLayer() == LayerFactory::kSchoolsId)
            showSchoolMenu(m_workspace->selectedFeature(), identify->mapToGlobal(pos));
    });
    connect(m_scenarios, &ScenarioController::outcomeChanged, this, [this] {
        if (!m_scenarios->currentOutcome())
            return;
        if (m_scenarios->isPreviewing()) {
            m_scenarioResults->raise();
            return; // a school is being dragged: the map keeps its size under the mouse (a closed strip stays closed)
        }
        m_scenarioResults->show();
        m_scenarioResults->raise();
        // Results need more than the attribute table's strip: a third of the window, the map keeps the rest.
        const int wanted = std::clamp(height() / 3, 220, 420);
        if (m_scenarioResults->height() < wanted)
            resizeDocks({m_scenarioResults}, {wanted}, Qt::Vertical);
    });
}

void MainWindow::showSchoolMenu(const QString& schoolId, const QPoint& globalPos)
{
    QMenu menu(this);
    m_scenarioDock->addSchoolActions(&menu, schoolId);
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

QList<GuideShortcut> MainWindow::guideShortcuts() const
{
    QList<GuideShortcut> out;
    for (const QAction* a : findChildren<QAction*>()) {
        const QList<QKeySequence> keys = a->shortcuts();
        if (keys.isEmpty())
            continue;
        // Only this window's actions: an open dialog's own ones come and go with it.
        const QObject* owner = a->parent();
        while (owner && !owner->isWidgetType())
            owner = owner->parent();
        if (!owner || static_cast<const QWidget*>(owner)->window() != this)
            continue;
        // Undo and Redo carry the name of the command they would undo: the guide names the action itself.
        QString name = a == m_undoAction ? tr("&Undo") : a == m_redoAction ? tr("&Redo") : a->text();
        GuideShortcut shortcut{name.remove(QLatin1Char('&')), {}};
        for (const QKeySequence& k : keys)
            shortcut.keys.append(k.toString(QKeySequence::NativeText));
        out.append(shortcut);
    }
    return out;
}

void MainWindow::openGuide(const QString& anchor)
{
    if (!m_help)
        m_help = new HelpWindow([this] { return guideShortcuts(); }, this);
    m_help->showAnchor(anchor);
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace Mk
