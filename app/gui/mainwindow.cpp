// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include "gui/aboutdialog.h"
#include "gui/afspiegelingdock.h"
#include "gui/attributetabledock.h"
#include "gui/briefingdialog.h"
#include "gui/catchmentcontroller.h"
#include "gui/datasetloadjob.h"
#include "gui/filterdock.h"
#include "gui/identifypanel.h"
#include "gui/identifytool.h"
#include "gui/importwizard.h"
#include "gui/layersdock.h"
#include "gui/legenddock.h"
#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "gui/measuretool.h"
#include "gui/pantool.h"
#include "gui/projectcontroller.h"
#include "models/schooltablemodel.h"
#include "gui/housingtool.h"
#include "gui/newschooltool.h"
#include "gui/recentprojects.h"
#include "gui/scenariocontroller.h"
#include "gui/scenariodock.h"
#include "gui/scenarioeditdialogs.h"
#include "gui/scenariomapoverlay.h"
#include "gui/scenarioresultsdock.h"
#include "gui/recentanalyses.h"
#include "gui/welcomewidget.h"
#include "gui/zoomtool.h"
#include "model/dataset.h"
#include "project/projectdocument.h"
#include "project/projectfile.h"
#include "scenario/scenariorunner.h"
#include "render/layerfactory.h"
#include "render/legendrenderer.h"
#include "render/maplayer.h"
#include "models/layertreemodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
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
#include <QStackedWidget>
#include <QStatusBar>
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
    m_welcome = new WelcomeWidget(m_stack);
    m_canvas = new MapCanvas(m_workspace, m_stack);
    m_stack->addWidget(m_welcome);
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
    setDockNestingEnabled(true);
    resize(1440, 900);

    connect(m_welcome, &WelcomeWidget::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomeWidget::newAnalysisRequested, this, &MainWindow::newAnalysis);
    connect(m_welcome, &WelcomeWidget::openProjectRequested, m_project, &ProjectController::openWithDialog);
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
        statusBar()->showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), 6000);
    });
    connect(m_project, &ProjectController::autosaved, this, [this] { statusBar()->showMessage(tr("Changes saved for recovery."), 3000); });
    connect(m_project, &ProjectController::failed, this, [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    refreshRecent();
    updateTitle();
    m_stack->setCurrentWidget(m_welcome);
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        dock->setVisible(false);
    // A minimum size the layout worked out while every panel was still shown would outlive them: work it out again.
    layout()->activate();
}

MainWindow::~MainWindow()
{
    // A render the canvas finishes while it is destroyed must not reach the status bar, which goes first.
    disconnect(m_canvas, nullptr, this, nullptr);
}

namespace {
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
    return !m_loadJob.isNull();
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const char* icon, const QKeySequence& shortcut, const QString& tip) {
        // Freedesktop names; GNOME's Adwaita only ships the "-symbolic" variants of many.
        const QString name = QLatin1String(icon);
        auto* a = new QAction(QIcon::fromTheme(name, QIcon::fromTheme(name + QStringLiteral("-symbolic"))), text, this);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        a->setToolTip(shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        return a;
    };
    m_newAction = make(tr("&New analysis…"), "document-new", QKeySequence::New, tr("Start a new analysis from your own files"));
    m_openProjectAction = make(tr("&Open project…"), "document-open", QKeySequence::Open, tr("Open a saved Mengkaart project"));
    m_saveAction = make(tr("&Save project"), "document-save", QKeySequence::Save, tr("Save the project (data, settings, goals, view)"));
    m_saveAsAction = make(tr("Save project &as…"), "document-save-as", QKeySequence::SaveAs, tr("Save the project under another name"));
    m_settingsAction = make(tr("Project &settings…"), "document-properties", {}, tr("Privacy threshold and afspiegeling threshold"));
    m_goalsAction = make(tr("LEA &goals…"), "view-task", {}, tr("The goals the gemeente agreed in the LEA"));
    m_openDemoAction = make(tr("Open &demo gemeente"), "folder-open", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                            tr("Open the embedded demo gemeente (Baarn)"));
    m_quitAction = make(tr("&Quit"), "application-exit", QKeySequence::Quit, tr("Close Mengkaart"));
    m_briefingAction = make(tr("&Briefing…"), "x-office-document", QKeySequence(Qt::CTRL | Qt::Key_B),
                            tr("The LEA briefing: preview, save as PDF or print, in Dutch or English"));
    m_printAction = make(tr("&Print…"), "document-print", QKeySequence::Print, tr("Print the LEA briefing"));
    // Map navigation shortcuts follow QGIS.
    m_panAction = make(tr("Pan"), "transform-move", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Drag the map"));
    m_zoomInAction = make(tr("Zoom in"), "zoom-in", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Plus), tr("Click or drag a rectangle to zoom in"));
    m_zoomOutAction = make(tr("Zoom out"), "zoom-out", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Minus), tr("Click to zoom out"));
    m_zoomFullAction = make(tr("Zoom to gemeente"), "zoom-fit-best", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                            tr("Show the whole gemeente"));
    m_zoomSelectionAction = make(tr("Zoom to selection"), "zoom-original", QKeySequence(Qt::CTRL | Qt::Key_J),
                                 tr("Zoom to the selected buurt or school"));
    m_identifyAction = make(tr("Identify"), "dialog-information", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                            tr("Click a buurt or school to see its figures"));
    m_measureAction = make(tr("Measure distance"), "measure", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                           tr("Click points to measure a distance; right-click to finish"));
    m_refreshAction = make(tr("Refresh"), "view-refresh", QKeySequence::Refresh, tr("Redraw the map"));
    m_aboutAction = make(tr("&About Mengkaart"), "help-about", {}, tr("Version, licence and data sources"));
    m_zoomSelectionAction->setEnabled(false);
    m_newSchoolAction = make(tr("New school"), "list-add", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                             tr("Click a site on the map for a new school in the current scenario"));
    m_housingAction = make(tr("New housing"), "go-home", {},
                           tr("Click the corners of a housing area (double-click to finish), or click once for a circle"));
    // Undo and Redo follow the document's stack (their texts name the command, "Undo New school ...").
    QUndoStack* stack = m_project->document()->undoStack();
    m_undoAction = stack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = stack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
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
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_briefingAction, &QAction::triggered, this, [this] { openBriefing(false); });
    connect(m_printAction, &QAction::triggered, this, [this] { openBriefing(true); });
    connect(m_measureTool, &MeasureTool::measured, this, [this](double metres, bool finished) {
        const QString d = metres >= 1000 ? tr("%1 km").arg(QLocale().toString(metres / 1000.0, 'f', 2))
                                         : tr("%1 m").arg(QLocale().toString(metres, 'f', 0));
        statusBar()->showMessage(finished ? tr("Distance: %1").arg(d) : tr("Distance so far: %1").arg(d), finished ? 0 : 2000);
    });
    m_identifyAction->setChecked(true);
    m_canvas->setMapTool(m_identifyTool);
    // Map actions mean nothing on the welcome screen.
    setMapActionsEnabled(false);
}

void MainWindow::setMapActionsEnabled(bool enabled)
{
    for (QAction* a : {m_panAction, m_zoomInAction, m_zoomOutAction, m_zoomFullAction, m_identifyAction, m_measureAction, m_refreshAction,
                       m_newSchoolAction, m_housingAction, m_saveAction, m_saveAsAction, m_settingsAction, m_goalsAction, m_briefingAction, m_printAction})
        a->setEnabled(enabled);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openProjectAction);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::refreshRecentProjects);
    refreshRecentProjects();
    file->addAction(m_openDemoAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_briefingAction);
    file->addAction(m_printAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    QMenu* project = menuBar()->addMenu(tr("&Project"));
    project->addAction(m_settingsAction);
    project->addAction(m_goalsAction);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QAction* a : {m_panAction, m_zoomInAction, m_zoomOutAction, m_zoomFullAction, m_zoomSelectionAction})
        view->addAction(a);
    view->addSeparator();
    view->addAction(m_identifyAction);
    view->addAction(m_measureAction);
    view->addSeparator();
    view->addAction(m_refreshAction);
    view->setObjectName(QStringLiteral("viewMenu"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Map navigation"));
    bar->setObjectName(QStringLiteral("MapToolBar"));
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
    addDockWidget(Qt::LeftDockWidgetArea, m_layersDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_legendDock, Qt::Vertical);
    tabifyDockWidget(m_layersDock, m_filterDock);
    // Stacked, the two right-hand panels were too low on a laptop to show a table or a chart: each gets the whole column.
    addDockWidget(Qt::RightDockWidgetArea, m_identifyPanel);
    tabifyDockWidget(m_identifyPanel, m_afspiegelingDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_tableDock);
    m_undoDock = new QDockWidget(tr("Undo history"), this);
    m_undoDock->setObjectName(QStringLiteral("UndoDock"));
    auto* undoView = new QUndoView(m_project->document()->undoStack(), m_undoDock);
    undoView->setEmptyLabel(tr("<opened>"));
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::LeftDockWidgetArea, m_undoDock);
    tabifyDockWidget(m_legendDock, m_undoDock);
    m_scenarioDock = new ScenarioDock(m_scenarios, m_newSchoolAction, m_housingAction, this);
    tabifyDockWidget(m_identifyPanel, m_scenarioDock);
    m_scenarioResults = new ScenarioResultsDock(m_scenarios, m_workspace, [this] { return m_project->privacyThreshold(); }, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_scenarioResults);
    tabifyDockWidget(m_tableDock, m_scenarioResults);
    m_layersDock->raise();
    QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    view->addSeparator();
    for (QDockWidget* dock : {static_cast<QDockWidget*>(m_layersDock), static_cast<QDockWidget*>(m_filterDock),
                              static_cast<QDockWidget*>(m_legendDock), static_cast<QDockWidget*>(m_identifyPanel),
                              static_cast<QDockWidget*>(m_tableDock), static_cast<QDockWidget*>(m_afspiegelingDock), m_undoDock,
                              static_cast<QDockWidget*>(m_scenarioDock), static_cast<QDockWidget*>(m_scenarioResults)})
        view->addAction(dock->toggleViewAction());
}

void MainWindow::createStatusBar()
{
    m_coordinates = new QLabel(this);
    m_coordinates->setMinimumWidth(190);
    m_coordinates->setToolTip(tr("Cursor position in Rijksdriehoeksstelsel (RD New, EPSG:28992), metres"));
    m_scale = new QLabel(this);
    m_scale->setMinimumWidth(100);
    m_scale->setToolTip(tr("Map scale"));
    m_renderTime = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoad);
    statusBar()->addPermanentWidget(m_renderTime);
    statusBar()->addPermanentWidget(m_coordinates);
    statusBar()->addPermanentWidget(m_scale);
    connect(m_canvas, &MapCanvas::mouseMapPositionChanged, this, [this](const QPointF& p) {
        m_coordinates->setText(tr("RD %1, %2").arg(QLocale().toString(p.x(), 'f', 0), QLocale().toString(p.y(), 'f', 0)));
    });
    connect(m_canvas, &MapCanvas::extentChanged, this, &MainWindow::updateScale);
    connect(m_canvas, &MapCanvas::renderFinished, this, [this] {
        updateScale();
        m_renderTime->setText(tr("%1 ms").arg(QLocale().toString(m_canvas->lastRenderTimeMs())));
    });
    connect(m_cancelLoad, &QToolButton::clicked, this, [this] {
        if (m_loadJob) {
            m_loadJob->cancel();
            m_loadJob->deleteLater();
        }
        m_project->cancel();
        setLoading(false);
        statusBar()->showMessage(tr("Canceled."), 4000);
    });
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

void MainWindow::openProject(const QString& path)
{
    m_project->open(path);
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
    if (m_loadJob) {
        m_loadJob->cancel();
        m_loadJob->deleteLater();
    }
    auto* job = new DatasetLoadJob(request, this);
    m_loadJob = job;
    m_pendingName = name;
    m_pendingModified = false;
    connect(job, &DatasetLoadJob::progressChanged, this, [this](double f, const QString& step) {
        m_progress->setValue(qRound(f * 100));
        if (!step.isEmpty())
            statusBar()->showMessage(step);
    });
    connect(job, &DatasetLoadJob::loaded, this, [this, job](std::shared_ptr<const Dataset> ds) {
        RecentAnalyses::add(m_pendingName, job->request());
        job->deleteLater();
        setLoading(false);
        m_project->newProject(std::move(ds), m_pendingName, m_pendingModified);
    });
    connect(job, &DatasetLoadJob::failed, this, [this, job](const Error& e) {
        job->deleteLater();
        setLoading(false);
        loadingFailed(e);
    });
    setLoading(true);
    statusBar()->showMessage(tr("Loading %1…").arg(name));
    job->start();
}

void MainWindow::setLoading(bool loading)
{
    if (!loading)
        m_loadJob = nullptr;
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
            // In proportion, so a 1366x768 laptop keeps a usable map between the panels.
            const int w = width(), h = height();
            resizeDocks({m_layersDock, m_identifyPanel}, {std::clamp(w / 5, 240, 320), std::clamp(w / 3, 400, 660)}, Qt::Horizontal);
            resizeDocks({m_layersDock, m_legendDock}, {h * 2 / 5, h * 3 / 5}, Qt::Vertical);
            resizeDocks({m_tableDock}, {std::clamp(h / 5, 150, 220)}, Qt::Vertical);
        }
        m_afspiegelingDock->raise();
    }
    m_layersDock->raise();
    m_legendDock->raise();
    m_tableDock->raise();
    m_afspiegelingDock->setOptions(m_project->catchmentOptions());
    m_afspiegelingDock->runAnalysis();
    m_canvas->setFocus();
    statusBar()->showMessage(warnings > 0 ? tr("%1 opened; %n note(s) about the data.", nullptr, warnings).arg(name)
                                          : tr("%1 opened.").arg(name),
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
    auto* dialog = new BriefingDialog(std::move(project), std::move(runs), this);
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
    connect(m_canvas, &MapCanvas::contextMenuRequested, this, [this](const QPointF& map, const QPoint& global) {
        const MapLayer* schools = m_workspace->layers()->layer(LayerFactory::kSchoolsId);
        if (!schools || !schools->isVisible())
            return;
        const qsizetype i = schools->featureAt(map, m_canvas->mapSettings().mapUnitsPerPixel());
        if (i >= 0)
            showSchoolMenu(schools->featureId(i), global);
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
        m_scenarioResults->raise();
        if (m_scenarios->isPreviewing())
            return; // a school is being dragged: the map keeps its size under the mouse
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

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace Mk
