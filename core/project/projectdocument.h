// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/project.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace Mk {

struct ScenarioOutcome;

/**
 * The one owner of an open project (STYLE 8.1.3, after Tiled's MapDocument): the Project value, its
 * QUndoStack and the scenario results computed for it. Every change is an undoable command pushed
 * here; views observe changed() instead of holding copies. Modified = the stack is not clean (or the
 * project was never saved and holds the user's work). Value edits of spin boxes and sliders merge into
 * one command per edit (Tiled's ChangeValue: a command id plus a merge key, the first old value kept).
 * A command's text is made by a function, called again when the application's language changes, so the
 * undo history and the Undo action speak the language chosen after the edits were made.
 */
class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    /** What a command changed, so an observer redraws only what it shows. */
    enum class Part { Everything, Goals, Settings, Catchments, Styling, Scenarios };
    Q_ENUM(Part)
    /** Makes a command's text in the current language (called at the edit and at every language change). */
    using Text = std::function<QString()>;

    explicit ProjectDocument(QObject* parent = nullptr);
    ~ProjectDocument() override;

    const Project& project() const { return m_project; }
    QUndoStack* undoStack() const { return m_stack; }
    bool hasProject() const { return m_project.dataset != nullptr; }
    /** The stack is not clean, or the project is new work never saved. */
    bool isModified() const;
    /** Bumps with every change, undo and redo included (autosave and saves know which state they wrote). */
    quint64 revision() const { return m_revision; }

    /** A project was created or opened: the stack and the results are emptied. `modified`: unsaved work. */
    void reset(Project project, bool modified);
    /** A save of the state at `revision` finished: clean if nothing changed since. */
    void markSaved(quint64 revision);
    /** The user chose not to keep the changes: nothing is modified any more (the stack stays for undo). */
    void discardModified();
    /** The project's name (a save under another file name renames it; not an undoable edit). */
    void setName(const QString& name);

    // Undoable edits. Each pushes one command when the value differs.
    void setGoals(const QList<LeaGoal>& goals);
    void setPrivacyThreshold(double children);
    void setAfspiegelingThreshold(double points);
    /** Both thresholds of the settings dialog as one command. */
    void setThresholds(double privacyChildren, double afspiegelingPoints);
    void setCatchmentOptions(const CatchmentOptions& options);
    /** The saved map styling (Project::view's area_value and layers; the extent is not an edit). */
    void setStyling(const QJsonObject& styling);
    /** Takes the styling shown after a project opened as the baseline, without a command. */
    void adoptStyling(const QJsonObject& styling);
    /** The styling part of a view (area_value and layers, no extent). */
    static QJsonObject stylingOf(const QJsonObject& view);

    // Scenarios (indexes into project().scenarios).
    /** Adds a scenario; its name is made unique ("Scenario 2"). Returns its index. */
    int addScenario(Scenario scenario);
    int duplicateScenario(int index);
    void renameScenario(int index, const QString& name);
    void removeScenario(int index);
    void addEdit(int scenario, const ScenarioEdit& edit);
    void removeEdit(int scenario, int edit);
    /**
     * Replaces a scenario's settings (rules, model, runs, seed) with `text` as the undo text; `mergeKey`
     * non-empty merges consecutive changes with the same key into one command (a spin box's steps).
     */
    void setScenario(int index, const Scenario& scenario, Text text, const QString& mergeKey = {});
    /** A name no scenario of the project has: `base`, else "base 2", "base 3", ... */
    QString uniqueScenarioName(const QString& base) const;

    // Results, cached by the content of the scenario they were computed for (switching back is instant).
    /** The key of a scenario's results: its content, so an undo back to an earlier state finds its results again. */
    static QByteArray resultKey(const Scenario& scenario);
    std::shared_ptr<const ScenarioOutcome> cachedOutcome(const Scenario& scenario) const;
    void cacheOutcome(const Scenario& scenario, std::shared_ptr<const ScenarioOutcome> outcome);
    static constexpr int kCachedOutcomes = 16;

    /** Used by the commands: replaces a part of the project and tells the observers. */
    template <typename Fn> void apply(Part part, Fn&& change)
    {
        change(m_project);
        ++m_revision;
        emit changed(part);
    }

    /** Makes every command's text again in the current language (done at QEvent::LanguageChange). */
    void retranslate();

signals:
    void changed(Mk::ProjectDocument::Part part);
    void modifiedChanged(bool modified);
    /** The commands' texts were made again in another language (undo actions and views show them anew). */
    void retranslated();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setScenarios(QList<Scenario> scenarios, Text text, const QString& mergeKey = {});
    void updateModified();

    Project m_project;
    QUndoStack* m_stack;
    quint64 m_revision = 0;
    bool m_newWork = false; ///< created from sources and never saved: modified even with a clean stack
    bool m_modified = false;
    QHash<QByteArray, std::shared_ptr<const ScenarioOutcome>> m_outcomes;
    QList<QByteArray> m_outcomeOrder; ///< oldest first, for dropping beyond kCachedOutcomes
};

} // namespace Mk
