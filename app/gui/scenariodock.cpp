// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/scenariodock.h"
#include "render/valueformat.h"

#include "admission/admissionrulesdescription.h"
#include "gui/scenariocontroller.h"
#include "gui/scenarioeditdialogs.h"
#include "models/scenarioeditmodel.h"
#include "models/scenariolistmodel.h"
#include "project/projectdocument.h"
#include "scenario/scenariorunner.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Mk {

namespace {

QToolButton* toolButton(QAction* action, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return b;
}

} // namespace

ScenarioDock::ScenarioDock(ScenarioController* controller, QAction* newSchoolAction, QAction* housingAction, QWidget* parent)
    : QDockWidget(tr("Scenarios"), parent), m_controller(controller),
      m_listModel(new ScenarioListModel(controller->document(), this)), m_editModel(new ScenarioEditModel(controller->document(), this))
{
    setObjectName(QStringLiteral("ScenarioDock"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);

    // The scenarios of the project.
    auto* top = new QHBoxLayout;
    m_scenarios = new QComboBox(body);
    m_scenarios->setModel(m_listModel);
    m_scenarios->setPlaceholderText(tr("No scenario yet"));
    m_scenarios->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarios->setMinimumContentsLength(12);
    top->addWidget(m_scenarios, 1);
    auto* manage = new QToolButton(body);
    manage->setText(tr("Scenario"));
    manage->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(manage);
    QAction* newAction = menu->addAction(tr("&New scenario"), this, &ScenarioDock::newScenario);
    QAction* duplicate = menu->addAction(tr("&Duplicate"), this, [this] {
        m_controller->setCurrent(m_controller->document()->duplicateScenario(m_controller->current()));
    });
    QAction* rename = menu->addAction(tr("&Rename…"), this, &ScenarioDock::renameScenario);
    QAction* remove = menu->addAction(tr("De&lete"), this, [this] { m_controller->document()->removeScenario(m_controller->current()); });
    newAction->setObjectName(QStringLiteral("newScenario"));
    duplicate->setObjectName(QStringLiteral("duplicateScenario"));
    rename->setObjectName(QStringLiteral("renameScenario"));
    remove->setObjectName(QStringLiteral("deleteScenario"));
    manage->setMenu(menu);
    top->addWidget(manage);
    layout->addLayout(top);

    // Run, at the top so a laptop shows it without scrolling.
    auto* runRow = new QHBoxLayout;
    m_run = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Run scenario"), body);
    m_run->setToolTip(tr("Simulate where children go today and with the changes, with 90 % bands over the runs"));
    m_progress = new QProgressBar(body);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_cancel = new QToolButton(body);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setVisible(false);
    runRow->addWidget(m_run);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    layout->addLayout(runRow);
    m_status = new QLabel(body);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // Its changes, in plain words.
    layout->addWidget(new QLabel(tr("Changes:"), body));
    m_edits = new QListView(body);
    m_edits->setModel(m_editModel);
    m_edits->setWordWrap(true);
    m_edits->setMinimumHeight(70);
    layout->addWidget(m_edits, 1);
    auto* editButtons = new QHBoxLayout;
    editButtons->addWidget(toolButton(newSchoolAction, body));
    editButtons->addWidget(toolButton(housingAction, body));
    auto* initiative = new QToolButton(body);
    initiative->setText(tr("Parent initiative…"));
    initiative->setToolTip(tr("Children of one group from one area register together at one school"));
    connect(initiative, &QToolButton::clicked, this, &ScenarioDock::addParentInitiative);
    editButtons->addWidget(initiative);
    auto* removeEdit = new QToolButton(body);
    removeEdit->setText(tr("Remove"));
    removeEdit->setToolTip(tr("Remove the selected change from the scenario"));
    connect(removeEdit, &QToolButton::clicked, this, [this] {
        const QModelIndex i = m_edits->currentIndex();
        if (i.isValid())
            m_controller->document()->removeEdit(m_controller->current(), i.row());
    });
    editButtons->addWidget(removeEdit);
    editButtons->addStretch();
    layout->addLayout(editButtons);

    // Rules, runs and seed.
    auto* form = new QFormLayout;
    m_admission = new QComboBox(body);
    m_admission->addItem(tr("As today (the baseline's rules)"), QString());
    for (const QString& name : AdmissionRules::presetNames())
        if (auto rules = AdmissionRules::preset(name))
            m_admission->addItem(rules->name.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(rules->name, name), name);
    form->addRow(tr("Admission rules:"), m_admission);
    m_admissionText = new QLabel(body);
    m_admissionText->setWordWrap(true);
    m_admissionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_admissionText);
    auto* numbers = new QHBoxLayout;
    m_runs = new QSpinBox(body);
    m_runs->setRange(1, Scenario::kMaxRuns);
    m_runs->setToolTip(tr("Monte-Carlo runs: more runs give narrower bands and take longer"));
    m_seed = new QSpinBox(body);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("The same seed gives the same numbers, here and in mengkaart-cli scenario"));
    numbers->addWidget(new QLabel(tr("Runs:"), body));
    numbers->addWidget(m_runs);
    numbers->addWidget(new QLabel(tr("Seed:"), body));
    numbers->addWidget(m_seed);
    numbers->addStretch();
    form->addRow(numbers);
    m_model = new QLabel(body);
    m_model->setWordWrap(true);
    form->addRow(tr("Choice model:"), m_model);
    auto* modelButtons = new QHBoxLayout;
    m_keepModel = new QPushButton(tr("Keep the calibrated model"), body);
    m_keepModel->setToolTip(tr("Store the distance weights and school constants of the last run in the scenario: later runs "
                               "skip the calibration and the saved scenario reproduces these numbers"));
    m_recalibrate = new QPushButton(tr("Calibrate again"), body);
    m_recalibrate->setToolTip(tr("Forget the stored model: the next run fits and calibrates it on the data again"));
    modelButtons->addWidget(m_keepModel);
    modelButtons->addWidget(m_recalibrate);
    modelButtons->addStretch();
    form->addRow(modelButtons);
    layout->addLayout(form);

    // Scrolls rather than demanding a laptop's height of the column it shares with Identify and Afspiegeling.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    setWidget(scroll);

    connect(m_scenarios, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (!m_syncing)
            m_controller->setCurrent(row);
    });
    // A reset of the list (any scenario edit, an undo) moves the combo box's row: that is not the officer's choice.
    connect(m_listModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_syncing = true; });
    connect(m_listModel, &QAbstractItemModel::modelReset, this, [this] {
        m_scenarios->setCurrentIndex(m_controller->current());
        m_syncing = false;
    });
    connect(m_admission, &QComboBox::currentIndexChanged, this, &ScenarioDock::admissionChosen);
    connect(m_runs, &QSpinBox::valueChanged, this, &ScenarioDock::runsOrSeedChanged);
    connect(m_seed, &QSpinBox::valueChanged, this, &ScenarioDock::runsOrSeedChanged);
    connect(m_run, &QPushButton::clicked, m_controller, &ScenarioController::run);
    connect(m_keepModel, &QPushButton::clicked, this, [this] { keepModel(true); });
    connect(m_recalibrate, &QPushButton::clicked, this, [this] { keepModel(false); });
    connect(m_cancel, &QToolButton::clicked, m_controller, &ScenarioController::cancel);
    connect(m_controller, &ScenarioController::currentChanged, this, &ScenarioDock::showCurrent);
    connect(m_controller->document(), &ProjectDocument::changed, this, [this](ProjectDocument::Part part) {
        if (part == ProjectDocument::Part::Scenarios || part == ProjectDocument::Part::Everything)
            showCurrent();
    });
    connect(m_controller, &ScenarioController::started, this, [this] {
        m_status->setText(tr("Running…"));
        showRunning(true);
    });
    connect(m_controller, &ScenarioController::progressChanged, this, [this](double f, const QString& step) {
        m_progress->setValue(qRound(100 * f));
        if (!step.isEmpty())
            m_status->setText(step);
    });
    connect(m_controller, &ScenarioController::outcomeChanged, this, [this] {
        if (m_controller->isRunning())
            return;
        showRunning(false);
        showCurrent();
        m_status->setText(m_controller->currentOutcome() ? tr("Results shown in the Scenario results panel.")
                          : m_controller->currentScenario() ? tr("Not run in this state yet.") : QString());
    });
    connect(m_controller, &ScenarioController::canceled, this, [this] {
        showRunning(false);
        m_status->setText(tr("Canceled."));
    });
    connect(m_controller, &ScenarioController::failed, this, [this](const QString& message) {
        showRunning(false);
        m_status->setText(message);
    });
    showCurrent();
}

void ScenarioDock::showRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_run->setEnabled(!running && m_controller->currentScenario());
    if (!running)
        m_progress->setValue(0);
}

void ScenarioDock::showCurrent()
{
    m_syncing = true;
    const int current = m_controller->current();
    m_scenarios->setCurrentIndex(current);
    m_editModel->setScenario(current);
    const Scenario* s = m_controller->currentScenario();
    const Dataset* dataset = m_controller->document()->project().dataset.get();
    for (QWidget* w : std::initializer_list<QWidget*>{m_admission, m_runs, m_seed, m_edits})
        w->setEnabled(s);
    m_run->setEnabled(s && !m_controller->isRunning());
    if (s) {
        const QString preset = s->admission ? Scenario::presetNameOf(*s->admission) : QString();
        m_admission->setCurrentIndex(std::max(0, m_admission->findData(preset)));
        const AdmissionRules& rules = s->scenarioAdmission();
        m_admissionText->setText(rules.source.isEmpty() ? AdmissionRulesDescription::describe(rules, dataset)
                                                        : tr("%1. Source: %2").arg(AdmissionRulesDescription::describe(rules, dataset), rules.source));
        m_runs->setValue(s->runs);
        const bool stored = s->choiceModel.has_value() && !s->schoolConstants.isEmpty();
        m_model->setText(stored ? tr("stored in the scenario (distance weight %1; %n school constant(s))", nullptr,
                                     static_cast<int>(s->schoolConstants.size()))
                                      .arg(formatDecimal(s->choiceModel->beta.empty() ? 0.0 : s->choiceModel->beta.front(), 2))
                                : tr("fitted on the pupil flows and calibrated to today's pupils at every run"));
        m_keepModel->setEnabled(!stored && m_controller->currentOutcome());
        m_recalibrate->setEnabled(stored);
        m_seed->setValue(static_cast<int>(std::min<quint64>(s->seed, std::numeric_limits<int>::max())));
    } else {
        m_admissionText->clear();
        m_model->clear();
        m_keepModel->setEnabled(false);
        m_recalibrate->setEnabled(false);
    }
    m_syncing = false;
}

void ScenarioDock::newScenario()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New scenario"), tr("Name:"), QLineEdit::Normal,
                                               m_controller->document()->uniqueScenarioName(tr("Scenario")), &ok);
    if (ok)
        {
        Scenario s;
        s.name = name;
        m_controller->setCurrent(m_controller->document()->addScenario(std::move(s)));
    }
}

void ScenarioDock::renameScenario()
{
    const Scenario* s = m_controller->currentScenario();
    if (!s)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename scenario"), tr("Name:"), QLineEdit::Normal, s->name, &ok);
    if (ok)
        m_controller->document()->renameScenario(m_controller->current(), name);
}

void ScenarioDock::admissionChosen()
{
    const Scenario* s = m_controller->currentScenario();
    if (m_syncing || !s)
        return;
    Scenario changed = *s;
    const QString preset = m_admission->currentData().toString();
    if (preset.isEmpty()) {
        changed.admission.reset();
    } else if (auto rules = AdmissionRules::preset(preset)) {
        changed.admission = *rules;
    }
    m_controller->document()->setScenario(m_controller->current(), changed, tr("Admission rules: %1").arg(m_admission->currentText()));
}

void ScenarioDock::runsOrSeedChanged()
{
    const Scenario* s = m_controller->currentScenario();
    if (m_syncing || !s)
        return;
    Scenario changed = *s;
    const bool runs = changed.runs != m_runs->value();
    changed.runs = m_runs->value();
    changed.seed = static_cast<quint64>(m_seed->value());
    // Each step of a spin box merges into one command (Tiled's ChangeValue).
    m_controller->document()->setScenario(m_controller->current(), changed,
                                          runs ? tr("Runs: %1").arg(changed.runs) : tr("Seed: %1").arg(changed.seed),
                                          runs ? QStringLiteral("runs") : QStringLiteral("seed"));
}

void ScenarioDock::keepModel(bool keep)
{
    const Scenario* s = m_controller->currentScenario();
    if (!s)
        return;
    Scenario changed = *s;
    if (keep) {
        const auto outcome = m_controller->currentOutcome();
        if (!outcome)
            return;
        changed.choiceModel = outcome->calibration.parameters;
        changed.schoolConstants = outcome->calibration.schoolConstants;
        m_controller->document()->setScenario(m_controller->current(), changed, tr("Keep the calibrated choice model"));
    } else {
        changed.choiceModel.reset();
        changed.schoolConstants.clear();
        m_controller->document()->setScenario(m_controller->current(), changed, tr("Calibrate the choice model again"));
    }
    showCurrent();
}

void ScenarioDock::changeCapacity(const QString& schoolId)
{
    const Dataset* dataset = m_controller->document()->project().dataset.get();
    const qsizetype i = dataset ? dataset->schoolIndex(schoolId) : -1;
    if (i < 0)
        return;
    const School& school = dataset->schools[i];
    bool ok = false;
    const int pupils = qRound(school.pupils.value_or(0.0));
    const int capacity = QInputDialog::getInt(this, tr("Change capacity"), tr("Places at %1 (today %2 pupils):").arg(school.name).arg(pupils),
                                              std::max(pupils, 1), 0, 100000, 10, &ok);
    if (ok)
        m_controller->addEdit(ScenarioEdit{ChangeCapacityEdit{schoolId, capacity}});
}

void ScenarioDock::addSchoolActions(QMenu* menu, const QString& schoolId)
{
    const Dataset* dataset = m_controller->document()->project().dataset.get();
    const qsizetype i = dataset ? dataset->schoolIndex(schoolId) : -1;
    if (i < 0)
        return;
    const QString name = dataset->schools[i].name;
    QMenu* sub = menu->addMenu(tr("Scenario"));
    sub->setObjectName(QStringLiteral("scenarioSchoolMenu"));
    sub->addAction(tr("Close %1").arg(name), this, [this, schoolId] { m_controller->addEdit(ScenarioEdit{CloseSchoolEdit{schoolId}}); })
        ->setObjectName(QStringLiteral("closeSchool"));
    sub->addAction(tr("Change capacity…"), this, [this, schoolId] { changeCapacity(schoolId); })
        ->setObjectName(QStringLiteral("changeCapacity"));
    sub->addAction(tr("Merge with…"), this, [this, schoolId] {
        MergeSchoolsDialog dialog(*m_controller->document()->project().dataset, schoolId, this);
        if (dialog.exec() == QDialog::Accepted)
            m_controller->addEdit(dialog.edit());
    })->setObjectName(QStringLiteral("mergeSchool"));
}

void ScenarioDock::addParentInitiative()
{
    const auto dataset = m_controller->document()->project().dataset;
    if (!dataset)
        return;
    ParentInitiativeDialog dialog(*dataset, this);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->addEdit(dialog.edit());
}

} // namespace Mk
