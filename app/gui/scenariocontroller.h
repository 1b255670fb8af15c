// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace Mk {

class BackgroundTask;
class ProjectDocument;
struct Scenario;
struct ScenarioEdit;
struct ScenarioOutcome;

/**
 * The scenario the officer works on (the current one of the project's scenarios) and its runs: a run goes
 * off the GUI thread (BackgroundTask) through the same ScenarioRunner the CLI calls, so the numbers are the
 * CLI's for the same seed; its result is cached on the document by the scenario's content, so switching
 * back to a scenario (or undoing back to a state) that ran shows its result at once.
 */
class ScenarioController : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioController(ProjectDocument* document, QObject* parent = nullptr);
    ~ScenarioController() override;

    ProjectDocument* document() const { return m_document; }
    /** The current scenario's index in the project, -1 = none. */
    int current() const { return m_current; }
    void setCurrent(int index);
    /** The current scenario, or null. */
    const Scenario* currentScenario() const;
    /** The current scenario's index, creating a first scenario when the project has none (an edit needs one). */
    int ensureCurrent();
    /** Adds an edit to the current scenario (creating one first when there is none). */
    void addEdit(const ScenarioEdit& edit);

    /** The cached result of the current scenario as it stands, or null (it has not run in this state). */
    std::shared_ptr<const ScenarioOutcome> currentOutcome() const;
    /** Runs the current scenario; a running one is cancelled. The cache answers at once when it can. */
    void run();
    void cancel();
    bool isRunning() const;

signals:
    void currentChanged(int index);
    /** The current scenario's result changed: a run finished, or another scenario (or state) became current. */
    void outcomeChanged();
    void started();
    void progressChanged(double fraction, const QString& step);
    void failed(const QString& message);
    void canceled();

private:
    ProjectDocument* m_document;
    BackgroundTask* m_task;
    int m_current = -1;
};

} // namespace Mk
