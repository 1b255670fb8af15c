// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/projectcontroller.h"

#include "gui/backgroundtask.h"
#include "gui/catchmentcontroller.h"
#include "gui/goalsdialog.h"
#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "gui/projectsettingsdialog.h"
#include "gui/projectviewstate.h"
#include "gui/recentprojects.h"
#include "gui/recoverystore.h"
#include "itemmodels/layertreemodel.h"
#include "project/catchmentoptionsjson.h"
#include "project/projectdocument.h"
#include "project/projectfile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace Mk {

namespace {

const QString kAutosaveKey = QStringLiteral("project/autosave-minutes");
const QString kLastFolderKey = QStringLiteral("project/last-folder");

/** Sets a flag for the lifetime of a scope. */
class FlagGuard
{
public:
    explicit FlagGuard(bool& flag) : m_flag(flag), m_old(flag) { m_flag = true; }
    ~FlagGuard() { m_flag = m_old; }
    FlagGuard(const FlagGuard&) = delete;
    FlagGuard& operator=(const FlagGuard&) = delete;

private:
    bool& m_flag;
    bool m_old;
};

QString lastFolder()
{
    return QSettings().value(kLastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
}

} // namespace

ProjectController::ProjectController(MapWorkspace* workspace, MapCanvas* canvas, CatchmentController* catchments, QWidget* window)
    : QObject(window), m_workspace(workspace), m_canvas(canvas), m_catchments(catchments), m_window(window),
      m_fileTask(new BackgroundTask(this)), m_autosaveTask(new BackgroundTask(this)), m_autosaveTimer(new QTimer(this)),
      m_recovery(std::make_unique<RecoveryStore>()), m_document(new ProjectDocument(this))
{
    connect(m_document, &ProjectDocument::modifiedChanged, this, &ProjectController::modifiedChanged);
    connect(m_document, &ProjectDocument::changed, this, [this](ProjectDocument::Part part) {
        switch (part) {
        case ProjectDocument::Part::Goals:
            emit goalsChanged();
            break;
        case ProjectDocument::Part::Settings:
            emit settingsChanged();
            break;
        case ProjectDocument::Part::Catchments:
            if (m_catchments->options().method != m_document->project().catchments.method
                || m_catchments->options().distance != m_document->project().catchments.distance
                || m_catchments->options().share != m_document->project().catchments.share)
                emit settingsChanged(); // an undo: show and run what the project now says
            break;
        case ProjectDocument::Part::Styling: {
            if (m_restoring)
                break;
            // An undo or redo of the styling: put it on the map without pushing another command.
            FlagGuard restoring(m_restoring);
            m_pendingVisibility = ProjectViewState::apply(ProjectDocument::stylingOf(m_document->project().view), *m_workspace, *m_canvas);
            break;
        }
        default:
            break;
        }
    });
    connect(m_fileTask, &BackgroundTask::progressChanged, this, &ProjectController::progressChanged);
    connect(m_fileTask, &BackgroundTask::finished, this, [this] { setBusy(false); });
    connect(m_fileTask, &BackgroundTask::failed, this, [this](const Error& e) {
        setBusy(false);
        m_afterSave = {};
        showFailure(tr("Mengkaart project"), e.message + (e.detail.isEmpty() ? QString() : QStringLiteral("\n\n") + e.detail));
    });
    connect(m_autosaveTask, &BackgroundTask::failed, this, [this](const Error& e) {
        emit failed(tr("Autosave failed: %1").arg(e.message));
    });

    // What the user changes on the map is part of the project.
    connect(workspace->layers(), &LayerTreeModel::dataChanged, this,
            [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                if (!m_restoring && roles.contains(Qt::CheckStateRole))
                    stylingEdited();
            });
    connect(workspace->layers(), &LayerTreeModel::rowsInserted, this, [this] {
        // The catchment layer arrives after its analysis: give it the visibility the project saved.
        if (m_pendingVisibility.isEmpty())
            return;
        FlagGuard restoring(m_restoring);
        ProjectViewState::applyVisibility(m_pendingVisibility, *m_workspace);
        m_document->adoptStyling(ProjectViewState::capture(*m_workspace, *m_canvas));
    });
    for (auto changed : {&MapWorkspace::areaValueChanged, &MapWorkspace::areaStyleChanged})
        connect(workspace, changed, this, [this] {
            if (!m_restoring)
                stylingEdited();
        });
    connect(catchments, &CatchmentController::started, this, [this] {
        if (m_restoring || !hasProject())
            return;
        FlagGuard restoring(m_restoring); // the command's own change notice must not run the analysis again
        m_document->setCatchmentOptions(m_catchments->options());
    });

    connect(m_autosaveTimer, &QTimer::timeout, this, &ProjectController::autosave);
    setAutosaveMinutes(autosaveMinutes());
}

ProjectController::~ProjectController() = default;

bool ProjectController::hasProject() const
{
    return m_document->hasProject();
}

const Project& ProjectController::project() const
{
    return m_document->project();
}

bool ProjectController::isModified() const
{
    return m_document->isModified();
}

void ProjectController::stylingEdited()
{
    if (!hasProject())
        return;
    FlagGuard restoring(m_restoring);
    m_document->setStyling(ProjectViewState::capture(*m_workspace, *m_canvas));
}

CatchmentOptions ProjectController::catchmentOptions() const
{
    CatchmentOptions options = project().catchments;
    options.afspiegeling.privacyThreshold = project().privacyThreshold;
    return options;
}

GroupTable ProjectController::goalGroups() const
{
    const GroupTable* t = project().goalGroupTable();
    return t ? GroupTable::emptyLike(*t) : GroupTable();
}

bool ProjectController::isBusy() const
{
    return m_busy;
}

void ProjectController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void ProjectController::newProject(std::shared_ptr<const Dataset> dataset, const QString& name, bool modified)
{
    Project project;
    project.name = name;
    project.dataset = std::move(dataset);
    opened(std::move(project), QString(), modified);
}

void ProjectController::opened(Project project, const QString& path, bool modified)
{
    m_recovery->clear();
    m_path = path;
    m_autosavedRevision = 0;
    {
        FlagGuard restoring(m_restoring);
        m_document->reset(std::move(project), modified);
    }
    emit nameChanged(this->project().name); // the title first: it holds the modified marker's place
    emit modifiedChanged(m_document->isModified());
    present();
}

void ProjectController::present()
{
    FlagGuard restoring(m_restoring);
    emit projectChanged();
    m_pendingVisibility = ProjectViewState::apply(project().view, *m_workspace, *m_canvas);
    m_document->adoptStyling(ProjectViewState::capture(*m_workspace, *m_canvas));
}

void ProjectController::open(const QString& path)
{
    if (!maybeSave([this, path] { open(path); }))
        return;
    startLoad(path, path, false);
}

void ProjectController::startLoad(const QString& file, const QString& path, bool modified, const std::function<void()>& afterOpen)
{
    QPointer<ProjectController> self(this);
    m_fileTask->start([file, path, modified, afterOpen, self](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
        auto project = ProjectFile::load(file, feedback);
        if (!project)
            return project.error();
        auto shared = std::make_shared<Project>(std::move(*project));
        return BackgroundTask::Continuation([self, shared, path, modified, afterOpen] {
            if (!self)
                return;
            if (!path.isEmpty() && !modified)
                RecentProjects::add(path);
            self->opened(std::move(*shared), path, modified);
            if (afterOpen)
                afterOpen();
        });
    });
    setBusy(true);
}

void ProjectController::openWithDialog()
{
    if (!maybeSave([this] { openWithDialog(); }))
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open project"), lastFolder(),
                                                      tr("Mengkaart projects (*.%1);;All files (*)").arg(ProjectFile::suffix()));
    if (path.isEmpty())
        return;
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    startLoad(path, path, false);
}

Project ProjectController::snapshot() const
{
    Project p = project();
    p.view = ProjectViewState::capture(*m_workspace, *m_canvas);
    return p;
}

void ProjectController::saveTo(const QString& path)
{
    if (!hasProject())
        return;
    Project project = snapshot();
    if (QFileInfo(path).absoluteFilePath() != QFileInfo(m_path).absoluteFilePath())
        project.name = QFileInfo(path).completeBaseName(); // the user just named it
    const quint64 revision = m_document->revision();
    QPointer<ProjectController> self(this);
    m_fileTask->start([project, path, revision, self](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
        if (auto saved = ProjectFile::save(path, project, feedback); !saved)
            return saved.error();
        return BackgroundTask::Continuation([self, path, name = project.name, revision] {
            if (!self)
                return;
            self->saveFinished(path, name, revision);
        });
    });
    setBusy(true);
}

void ProjectController::saveFinished(const QString& path, const QString& name, quint64 revision)
{
    m_path = path;
    RecentProjects::add(path);
    if (project().name != name) {
        m_document->setName(name);
        emit nameChanged(name);
    }
    // Edits made while the file was written keep the project modified.
    m_document->markSaved(revision);
    if (!m_document->isModified())
        m_recovery->clear();
    emit saved(path);
    if (auto then = std::exchange(m_afterSave, {}))
        then();
}

bool ProjectController::save()
{
    if (!hasProject())
        return false;
    if (m_path.isEmpty())
        return saveAs();
    saveTo(m_path);
    return true;
}

bool ProjectController::saveAs()
{
    if (!hasProject())
        return false;
    const QString suggested = m_path.isEmpty() ? QDir(lastFolder()).filePath(project().name + QLatin1Char('.') + ProjectFile::suffix()) : m_path;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save project as"), suggested,
                                                tr("Mengkaart projects (*.%1)").arg(ProjectFile::suffix()));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ProjectFile::suffix();
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    saveTo(path);
    return true;
}

bool ProjectController::maybeSave(const std::function<void()>& then)
{
    if (isBusy())
        return false; // a save or open is under way; its end decides
    if (!hasProject() || !isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"), tr("Do you want to save the changes to \"%1\"?").arg(project().name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("If you don't save, your changes are lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        m_afterSave = then;
        if (!save())
            m_afterSave = {};
        return false;
    case QMessageBox::Discard:
        m_document->discardModified();
        return true;
    default:
        return false;
    }
}

void ProjectController::closeProject()
{
    m_autosaveTask->cancel();
    m_recovery->clear();
}

void ProjectController::cancel()
{
    m_fileTask->cancel();
    m_afterSave = {};
    setBusy(false);
}

void ProjectController::setGoals(const QList<LeaGoal>& goals)
{
    m_document->setGoals(goals);
}

void ProjectController::setPrivacyThreshold(double children)
{
    m_document->setPrivacyThreshold(children);
}

void ProjectController::setAfspiegelingThreshold(double points)
{
    m_document->setAfspiegelingThreshold(points);
}

void ProjectController::editSettings()
{
    if (!hasProject())
        return;
    ProjectSettingsDialog dialog(project().privacyThreshold, project().catchments.afspiegeling.thresholdPp, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // One command (and one settingsChanged per threshold changed).
    m_document->setThresholds(dialog.privacyThreshold(), dialog.afspiegelingThresholdPp());
}

void ProjectController::editGoals()
{
    if (!hasProject())
        return;
    GoalsDialog dialog(project().goals, goalGroups(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        setGoals(dialog.goals());
}

int ProjectController::autosaveMinutes() const
{
    return std::max(1, QSettings().value(kAutosaveKey, kDefaultAutosaveMinutes).toInt());
}

void ProjectController::setAutosaveMinutes(int minutes)
{
    QSettings().setValue(kAutosaveKey, std::max(1, minutes));
    m_autosaveTimer->start(std::max(1, minutes) * 60 * 1000);
}

QString ProjectController::recoveryFile() const
{
    return m_recovery->projectFile();
}

void ProjectController::autosave()
{
    if (!hasProject() || !isModified() || m_document->revision() == m_autosavedRevision || m_autosaveTask->isRunning())
        return;
    const Project project = snapshot();
    const QString file = m_recovery->projectFile();
    const quint64 revision = m_document->revision();
    QPointer<ProjectController> self(this);
    m_autosaveTask->start([project, file, revision, self](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
        if (auto saved = ProjectFile::save(file, project, feedback); !saved)
            return saved.error();
        return BackgroundTask::Continuation([self, file, revision] {
            if (!self)
                return;
            if (!self->isModified()) { // saved normally while the autosave ran: the copy is not needed
                self->m_recovery->clear();
                return;
            }
            self->m_recovery->writeInfo(self->m_path, self->name());
            self->m_autosavedRevision = revision;
            emit self->autosaved(file);
        });
    });
}

bool ProjectController::offerRecovery()
{
    return offerAutosaveRecovery() || offerInterruptedSave();
}

bool ProjectController::offerInterruptedSave()
{
    for (const QString& path : RecentProjects::paths()) {
        const QList<ProjectFile::Leftover> left = ProjectFile::leftovers(path);
        const auto newer = std::find_if(left.cbegin(), left.cend(), [](const ProjectFile::Leftover& l) { return l.newer; });
        Feedback feedback;
        // Only a copy that was written to the end holds something; a save killed halfway left a torn file.
        if (newer != left.cend() && ProjectFile::load(newer->file, feedback)) {
            QMessageBox box(QMessageBox::Question, tr("Restore an interrupted save?"),
                            tr("Saving %1 was interrupted at %2. The copy it was writing is complete and newer than the file.")
                                .arg(QFileInfo(path).fileName(), QLocale().toString(newer->modified, QLocale::ShortFormat)),
                            QMessageBox::NoButton, m_window);
            box.setObjectName(QStringLiteral("InterruptedSaveQuestion"));
            box.setInformativeText(tr("Restore it to go on with those changes, or discard it."));
            QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Discard);
            box.setDefaultButton(restore);
            box.exec();
            if (box.clickedButton() == restore) {
                startLoad(newer->file, path, true, [path] { ProjectFile::removeLeftovers(path); });
                return true;
            }
        }
        ProjectFile::removeLeftovers(path);
    }
    return false;
}

bool ProjectController::offerAutosaveRecovery()
{
    const QList<RecoveryStore::Entry> entries = RecoveryStore::leftOver();
    if (entries.isEmpty())
        return false;
    const RecoveryStore::Entry& e = entries.first();
    const QString name = e.name.isEmpty() ? tr("an unsaved project") : QStringLiteral("\"%1\"").arg(e.name);
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved work?"),
                    tr("Mengkaart was not closed properly. A copy of %1 with your changes, saved automatically at %2, is "
                       "available.")
                        .arg(name, QLocale().toString(e.saved.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("RecoveryQuestion"));
    box.setInformativeText(tr("Restore it to go on where you were, or discard it."));
    QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Discard);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore) {
        for (const RecoveryStore::Entry& left : entries)
            RecoveryStore::remove(left);
        return false;
    }
    // Loaded into memory, the copy is this session's again: its own autosave keeps it safe from here.
    startLoad(e.projectFile, e.originalPath, true, [e] { RecoveryStore::remove(e); });
    return true;
}

void ProjectController::showFailure(const QString& title, const QString& message)
{
    emit failed(message);
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Mk
