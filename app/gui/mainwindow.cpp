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
#include "gui/recentprojects.h"
#include "gui/recentanalyses.h"
#include "gui/welcomewidget.h"
#include "gui/zoomtool.h"
#include "io/gemeentedirectory.h"
#include "model/dataset.h"
#include "project/projectfile.h"
#include "render/legendrenderer.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

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

    createActions();
    createMenus();
    createToolBar();
    createDocks();
    createStatusBar();
    setDockNestingEnabled(true);
    resize(1440, 900);

    connect(m_welcome, &WelcomeWidget::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomeWidget::openGemeenteRequested, this, &MainWindow::openGemeente);
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
}

MainWindow::~MainWindow() = default;

namespace {
// Versioned keys: a changed dock layout invalidates old saved states instead of garbling them.
const QString kGeometryKey = QStringLiteral("main-window/geometry-v1");
const QString kStateKey = QStringLiteral("main-window/state-v3");
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

    auto* tools = new QActionGroup(this);
    for (QAction* a : {m_panAction, m_zoomInAction, m_zoomOutAction, m_identifyAction, m_measureAction}) {
        a->setCheckable(true);
        tools->addAction(a);
    }
    connect(m_panAction, &QAction::triggered, this, [this] { m_canvas->setMapTool(m_panTool); });
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_canvas->setMapTool(m_zoomInTool); });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_canvas->setMapTool(m_zoomOutTool); });
    connect(m_identifyAction, &QAction::triggered, this, [this] { m_canvas->setMapTool(m_identifyTool); });
    connect(m_measureAction, &QAction::triggered, this, [this] { m_canvas->setMapTool(m_measureTool); });
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
                       m_saveAction, m_saveAsAction, m_settingsAction, m_goalsAction, m_briefingAction, m_printAction})
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
    m_layersDock->raise();
    QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    view->addSeparator();
    for (QDockWidget* dock : {static_cast<QDockWidget*>(m_layersDock), static_cast<QDockWidget*>(m_filterDock),
                              static_cast<QDockWidget*>(m_legendDock), static_cast<QDockWidget*>(m_identifyPanel),
                              static_cast<QDockWidget*>(m_tableDock), static_cast<QDockWidget*>(m_afspiegelingDock)})
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

void MainWindow::openGemeente(const QString& nameOrCode)
{
    const auto& directory = GemeenteDirectory::embedded();
    auto gemeente = directory ? directory->resolve(nameOrCode) : Result<GemeenteInfo>(directory.error());
    if (!gemeente) {
        QMessageBox::warning(this, tr("Unknown gemeente"), gemeente.error().message);
        return;
    }
    if (m_project->maybeSave([this, nameOrCode] { openGemeente(nameOrCode); }))
        openRequest(DatasetLoader::nationalRequest(gemeente->code), gemeente->name);
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
                                  static_cast<QDockWidget*>(m_filterDock), static_cast<QDockWidget*>(m_afspiegelingDock)})
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
    auto* dialog = new BriefingDialog(std::move(project), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (print)
        dialog->printWhenReady();
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace Mk
