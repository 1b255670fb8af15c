// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectdocument.h"

#include "project/catchmentoptionsjson.h"
#include "scenario/scenariorunner.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonDocument>
#include <QUndoCommand>

#include <algorithm>
#include <concepts>
#include <functional>
#include <utility>

namespace Mk {

namespace {

/** Command ids for merging (QUndoCommand::id); -1 never merges. */
enum CommandId { kPrivacyId = 1, kAfspiegelingId, kCatchmentsId, kScenarioId };

/**
 * A command whose text is made by a function: retranslate() makes it again (with its children's) after a
 * language change. Also the parent of the commands that one edit groups (a macro whose text follows the language).
 */
class TranslatedCommand : public QUndoCommand
{
public:
    explicit TranslatedCommand(ProjectDocument::Text text, QUndoCommand* parent = nullptr)
        : QUndoCommand(parent), m_text(std::move(text))
    {
        setText(m_text());
    }

    void retranslate()
    {
        setText(m_text());
        for (int i = 0; i < childCount(); ++i)
            if (const auto* c = dynamic_cast<const TranslatedCommand*>(child(i)))
                const_cast<TranslatedCommand*>(c)->retranslate(); // QUndoCommand hands out its children as const only
    }

protected:
    void takeText(const TranslatedCommand& other)
    {
        m_text = other.m_text;
        setText(m_text());
    }

private:
    ProjectDocument::Text m_text;
};

/**
 * Tiled's ChangeValue: sets one part of the project to a value and back. Consecutive commands with the same
 * id and merge key become one (the first old value, the last new value); one that ends where it began is obsolete.
 */
template <typename T>
class ChangeValue : public TranslatedCommand
{
public:
    using Access = std::function<T&(Project&)>;
    ChangeValue(ProjectDocument* document, ProjectDocument::Part part, Access access, T value, ProjectDocument::Text text,
                int mergeId = -1, QString mergeKey = {}, QUndoCommand* parent = nullptr)
        : TranslatedCommand(std::move(text), parent), m_document(document), m_part(part), m_access(std::move(access)),
          m_after(std::move(value)), m_before(m_access(const_cast<Project&>(document->project()))), m_id(mergeId),
          m_key(std::move(mergeKey))
    {
    }

    void redo() override { set(m_after); }
    void undo() override { set(m_before); }
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = dynamic_cast<const ChangeValue*>(other);
        if (!o || o->m_key != m_key)
            return false;
        m_after = o->m_after;
        takeText(*o);
        if constexpr (std::equality_comparable<T>)
            setObsolete(m_after == m_before);
        return true;
    }

private:
    void set(const T& value)
    {
        m_document->apply(m_part, [&](Project& p) { m_access(p) = value; });
    }

    ProjectDocument* m_document;
    ProjectDocument::Part m_part;
    Access m_access;
    T m_after;
    T m_before;
    int m_id;
    QString m_key;
};

ChangeValue<double>* privacyCommand(ProjectDocument* document, double children, QUndoCommand* parent = nullptr)
{
    return new ChangeValue<double>(document, ProjectDocument::Part::Settings, [](Project& p) -> double& { return p.privacyThreshold; },
                                   children, [children] { return ProjectDocument::tr("Privacy threshold %1").arg(children); },
                                   kPrivacyId, {}, parent);
}

ChangeValue<double>* afspiegelingCommand(ProjectDocument* document, double points, QUndoCommand* parent = nullptr)
{
    return new ChangeValue<double>(document, ProjectDocument::Part::Settings,
                                   [](Project& p) -> double& { return p.catchments.afspiegeling.thresholdPp; }, points,
                                   [points] { return ProjectDocument::tr("Afspiegeling threshold %1 points").arg(points); },
                                   kAfspiegelingId, {}, parent);
}

} // namespace

ProjectDocument::ProjectDocument(QObject* parent) : QObject(parent), m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::cleanChanged, this, &ProjectDocument::updateModified);
    // A translator installed or removed sends LanguageChange to the application object (widgets get theirs later).
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool ProjectDocument::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ProjectDocument::retranslate()
{
    for (int i = 0; i < m_stack->count(); ++i)
        if (const auto* c = dynamic_cast<const TranslatedCommand*>(m_stack->command(i)))
            const_cast<TranslatedCommand*>(c)->retranslate(); // the stack hands out its commands as const only
    emit retranslated();
}

ProjectDocument::~ProjectDocument() = default;

bool ProjectDocument::isModified() const
{
    return m_newWork || !m_stack->isClean();
}

void ProjectDocument::updateModified()
{
    const bool modified = isModified();
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ProjectDocument::reset(Project project, bool modified)
{
    m_stack->clear();
    m_outcomes.clear();
    m_outcomeOrder.clear();
    m_project = std::move(project);
    m_newWork = modified;
    ++m_revision;
    updateModified();
    emit changed(Part::Everything);
}

void ProjectDocument::markSaved(quint64 revision)
{
    if (revision != m_revision)
        return; // edits made while the file was written keep the project modified
    m_newWork = false;
    m_stack->setClean();
    updateModified();
}

void ProjectDocument::discardModified()
{
    m_newWork = false;
    m_stack->setClean();
    updateModified();
}

void ProjectDocument::setName(const QString& name)
{
    m_project.name = name;
}

void ProjectDocument::setGoals(const QList<LeaGoal>& goals)
{
    if (goals == m_project.goals)
        return;
    m_stack->push(new ChangeValue<QList<LeaGoal>>(this, Part::Goals, [](Project& p) -> QList<LeaGoal>& { return p.goals; }, goals,
                                                  [] { return tr("Change the LEA goals"); }));
}

void ProjectDocument::setPrivacyThreshold(double children)
{
    if (children < 1.0 || children == m_project.privacyThreshold)
        return;
    m_stack->push(privacyCommand(this, children));
}

void ProjectDocument::setAfspiegelingThreshold(double points)
{
    if (points == m_project.catchments.afspiegeling.thresholdPp)
        return;
    m_stack->push(afspiegelingCommand(this, points));
}

void ProjectDocument::setThresholds(double privacyChildren, double afspiegelingPoints)
{
    if (privacyChildren < 1.0)
        return;
    if (afspiegelingPoints == m_project.catchments.afspiegeling.thresholdPp) {
        setPrivacyThreshold(privacyChildren);
        return;
    }
    if (privacyChildren == m_project.privacyThreshold) {
        setAfspiegelingThreshold(afspiegelingPoints);
        return;
    }
    auto* both = new TranslatedCommand([] { return tr("Change the project settings"); });
    privacyCommand(this, privacyChildren, both);
    afspiegelingCommand(this, afspiegelingPoints, both);
    m_stack->push(both);
}

void ProjectDocument::setCatchmentOptions(const CatchmentOptions& options)
{
    if (CatchmentOptionsJson::toJson(options) == CatchmentOptionsJson::toJson(m_project.catchments))
        return;
    // Only the method, distance and share are the user's choice here; the thresholds are the settings' commands.
    CatchmentOptions value = m_project.catchments;
    value.method = options.method;
    value.distance = options.distance;
    value.share = options.share;
    value.characteristic = options.characteristic;
    if (CatchmentOptionsJson::toJson(value) == CatchmentOptionsJson::toJson(m_project.catchments))
        return;
    m_stack->push(new ChangeValue<CatchmentOptions>(this, Part::Catchments, [](Project& p) -> CatchmentOptions& { return p.catchments; },
                                                    value, [] { return tr("Catchment method"); }, kCatchmentsId,
                                                    QString::number(static_cast<int>(value.method))));
}

QJsonObject ProjectDocument::stylingOf(const QJsonObject& view)
{
    QJsonObject styling = view;
    styling.remove(QStringLiteral("extent"));
    return styling;
}

void ProjectDocument::setStyling(const QJsonObject& styling)
{
    const QJsonObject now = stylingOf(m_project.view);
    if (stylingOf(styling) == now)
        return;
    QJsonObject view = m_project.view;
    for (auto it = styling.begin(); it != styling.end(); ++it)
        if (it.key() != QLatin1String("extent"))
            view.insert(it.key(), it.value());
    m_stack->push(new ChangeValue<QJsonObject>(this, Part::Styling, [](Project& p) -> QJsonObject& { return p.view; }, view,
                                               [] { return tr("Map styling"); }));
}

void ProjectDocument::adoptStyling(const QJsonObject& styling)
{
    for (auto it = styling.begin(); it != styling.end(); ++it)
        if (it.key() != QLatin1String("extent"))
            m_project.view.insert(it.key(), it.value());
}

void ProjectDocument::setScenarios(QList<Scenario> scenarios, Text text, const QString& mergeKey)
{
    m_stack->push(new ChangeValue<QList<Scenario>>(this, Part::Scenarios, [](Project& p) -> QList<Scenario>& { return p.scenarios; },
                                                   std::move(scenarios), std::move(text), mergeKey.isEmpty() ? -1 : kScenarioId, mergeKey));
}

QString ProjectDocument::uniqueScenarioName(const QString& base) const
{
    const auto taken = [this](const QString& name) {
        return std::any_of(m_project.scenarios.cbegin(), m_project.scenarios.cend(), [&](const Scenario& s) { return s.name == name; });
    };
    if (!base.isEmpty() && !taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

int ProjectDocument::addScenario(Scenario scenario)
{
    scenario.name = uniqueScenarioName(scenario.name.trimmed().isEmpty() ? tr("Scenario") : scenario.name.trimmed());
    QList<Scenario> list = m_project.scenarios;
    const QString name = scenario.name;
    list.append(std::move(scenario));
    setScenarios(std::move(list), [name] { return tr("New scenario \"%1\"").arg(name); });
    return static_cast<int>(m_project.scenarios.size()) - 1;
}

int ProjectDocument::duplicateScenario(int index)
{
    if (index < 0 || index >= m_project.scenarios.size())
        return -1;
    Scenario copy = m_project.scenarios[index];
    copy.name = uniqueScenarioName(tr("%1 (copy)").arg(copy.name));
    QList<Scenario> list = m_project.scenarios;
    const QString name = m_project.scenarios[index].name;
    list.insert(index + 1, std::move(copy));
    setScenarios(std::move(list), [name] { return tr("Duplicate scenario \"%1\"").arg(name); });
    return index + 1;
}

void ProjectDocument::renameScenario(int index, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (index < 0 || index >= m_project.scenarios.size() || trimmed.isEmpty() || trimmed == m_project.scenarios[index].name)
        return;
    QList<Scenario> list = m_project.scenarios;
    const QString before = list[index].name;
    list[index].name = uniqueScenarioName(trimmed);
    setScenarios(std::move(list), [before, trimmed] { return tr("Rename scenario \"%1\" to \"%2\"").arg(before, trimmed); });
}

void ProjectDocument::removeScenario(int index)
{
    if (index < 0 || index >= m_project.scenarios.size())
        return;
    QList<Scenario> list = m_project.scenarios;
    const QString name = list[index].name;
    list.removeAt(index);
    setScenarios(std::move(list), [name] { return tr("Delete scenario \"%1\"").arg(name); });
}

void ProjectDocument::addEdit(int scenario, const ScenarioEdit& edit)
{
    if (scenario < 0 || scenario >= m_project.scenarios.size())
        return;
    QList<Scenario> list = m_project.scenarios;
    list[scenario].edits.append(edit);
    // The text names schools of this data: the dataset is kept with it (shared and immutable).
    setScenarios(std::move(list), [edit, dataset = m_project.dataset] { return edit.describe(dataset.get()); });
}

void ProjectDocument::removeEdit(int scenario, int edit)
{
    if (scenario < 0 || scenario >= m_project.scenarios.size() || edit < 0 || edit >= m_project.scenarios[scenario].edits.size())
        return;
    QList<Scenario> list = m_project.scenarios;
    const ScenarioEdit removed = list[scenario].edits[edit];
    list[scenario].edits.removeAt(edit);
    setScenarios(std::move(list), [removed, dataset = m_project.dataset] { return tr("Remove: %1").arg(removed.describe(dataset.get())); });
}

void ProjectDocument::setScenario(int index, const Scenario& scenario, Text text, const QString& mergeKey)
{
    if (index < 0 || index >= m_project.scenarios.size() || resultKey(scenario) == resultKey(m_project.scenarios[index]))
        return;
    QList<Scenario> list = m_project.scenarios;
    list[index] = scenario;
    setScenarios(std::move(list), std::move(text), mergeKey.isEmpty() ? QString() : QStringLiteral("%1/%2").arg(index).arg(mergeKey));
}

QByteArray ProjectDocument::resultKey(const Scenario& scenario)
{
    return QJsonDocument(scenario.toJson()).toJson(QJsonDocument::Compact);
}

std::shared_ptr<const ScenarioOutcome> ProjectDocument::cachedOutcome(const Scenario& scenario) const
{
    return m_outcomes.value(resultKey(scenario));
}

void ProjectDocument::cacheOutcome(const Scenario& scenario, std::shared_ptr<const ScenarioOutcome> outcome)
{
    const QByteArray key = resultKey(scenario);
    if (!m_outcomes.contains(key))
        m_outcomeOrder.append(key);
    m_outcomes.insert(key, std::move(outcome));
    while (m_outcomeOrder.size() > kCachedOutcomes)
        m_outcomes.remove(m_outcomeOrder.takeFirst());
}

} // namespace Mk
