// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/project.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTimer;
class QWidget;

namespace Mk {

class BackgroundTask;
class CatchmentController;
class ProjectDocument;
class MapCanvas;
class MapWorkspace;
class RecoveryStore;

/**
 * The file side of the open project of a main window: its file, Save/Save As/Open (off the GUI thread,
 * atomic through ProjectFile), the question before unsaved changes are lost, the project settings and
 * LEA goals dialogs, and autosave to a recovery file (RecoveryStore) with the offer to restore it after
 * a crash. The project itself, its undo stack and the modified marker live in the ProjectDocument;
 * this controller turns what the user changes on the map (layers, choropleth, catchment method) into
 * the document's commands and puts an undone styling back on the map.
 */
class ProjectController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultAutosaveMinutes = 2;

    ProjectController(MapWorkspace* workspace, MapCanvas* canvas, CatchmentController* catchments, QWidget* window);
    ~ProjectController() override;

    /** The owner of the project and its undo stack. */
    ProjectDocument* document() const { return m_document; }
    bool hasProject() const;
    /** The open project's value (its extent as last saved or opened). */
    const Project& project() const;
    /** For the briefing: the goals agreed in the LEA and the privacy threshold of the open project. */
    QList<LeaGoal> goals() const { return project().goals; }
    double privacyThreshold() const { return project().privacyThreshold; }
    /** The catchment options an analysis of this project uses (with the project's privacy threshold). */
    CatchmentOptions catchmentOptions() const;
    /** The groups a goal can name: those of the characteristic the catchment analysis uses (names and labels, no counts). */
    GroupTable goalGroups() const;

    QString filePath() const { return m_path; }
    QString name() const { return project().name; }
    bool isModified() const;
    bool isBusy() const;

    /** Data loaded from its sources (demo, import wizard) becomes a new, unsaved project. */
    void newProject(std::shared_ptr<const Dataset> dataset, const QString& name, bool modified);
    /** Opens a project file in the background (after asking about unsaved changes). */
    void open(const QString& path);
    /** Saves to `path` in the background; the project then lives there. */
    void saveTo(const QString& path);
    /** File → Save; asks for a file name when the project has none. False when the user canceled. */
    bool save();
    /** File → Save As…; false when the user canceled. */
    bool saveAs();
    /** File → Open Project…: asks about unsaved changes, then for a file. */
    void openWithDialog();
    /**
     * Before the project is replaced or the window closes: true when it may go now (saved, not
     * modified, or discarded). When the user chooses Save, the save starts, `then` runs after it
     * succeeded, and false is returned; Cancel returns false.
     */
    bool maybeSave(const std::function<void()>& then);
    /** The window closes normally: no recovery file is needed any more. */
    void closeProject();
    void cancel();

    void setGoals(const QList<LeaGoal>& goals);
    void setPrivacyThreshold(double children);
    void setAfspiegelingThreshold(double points);
    /** Project → Settings… and Project → LEA goals…; an accepted change marks the project modified. */
    void editSettings();
    void editGoals();

    int autosaveMinutes() const;
    void setAutosaveMinutes(int minutes);
    /** Writes the recovery file now when the project changed since the last autosave; autosaved() follows. */
    void autosave();
    QString recoveryFile() const;
    /**
     * On start: offers to restore a project a crashed Mengkaart left, then a complete copy an interrupted
     * save of a recent project left that is newer than the file; true when one is being restored. Every
     * other leftover of an interrupted save of a recent project is removed.
     */
    bool offerRecovery();

signals:
    /** A project was created or opened: show its dataset (the view is restored right after). */
    void projectChanged();
    /** Thresholds changed: the analysis must run again with catchmentOptions(). */
    void settingsChanged();
    void goalsChanged();
    void nameChanged(const QString& name);
    void modifiedChanged(bool modified);
    void busyChanged(bool busy);
    void progressChanged(double fraction, const QString& step);
    void saved(const QString& path);
    void autosaved(const QString& path);
    void failed(const QString& message);

private:
    /** Puts what the user changed on the map into the document (one styling command). */
    void stylingEdited();
    void setBusy(bool busy);
    /** The project as it is now, with the current view and catchment method, for a save. */
    Project snapshot() const;
    /** Loads `file` as the project living at `path`; `afterOpen` runs once it is shown. */
    bool offerAutosaveRecovery();
    bool offerInterruptedSave();
    void startLoad(const QString& file, const QString& path, bool modified, const std::function<void()>& afterOpen = {});
    void opened(Project project, const QString& path, bool modified);
    void present();
    void saveFinished(const QString& path, const QString& name, quint64 revision);
    void showFailure(const QString& title, const QString& message);

    MapWorkspace* m_workspace;
    MapCanvas* m_canvas;
    CatchmentController* m_catchments;
    QWidget* m_window;
    BackgroundTask* m_fileTask;
    BackgroundTask* m_autosaveTask;
    QTimer* m_autosaveTimer;
    std::unique_ptr<RecoveryStore> m_recovery;
    ProjectDocument* m_document;
    QString m_path;
    bool m_busy = false;
    bool m_restoring = false; ///< changes while a project is being shown are not the user's edits
    quint64 m_autosavedRevision = 0;
    std::function<void()> m_afterSave;
    QHash<QString, bool> m_pendingVisibility;
};

} // namespace Mk
