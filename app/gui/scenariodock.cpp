// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/scenariodock.h"
#include "render/valueformat.h"

#include "admission/admissionrulesdescription.h"
#include "gui/scenariocontroller.h"
#include "gui/scenarioeditdialogs.h"
#include "itemmodels/languagechange.h"
#include "itemmodels/scenarioeditmodel.h"
#include "itemmodels/scenariolistmodel.h"
#include "project/projectdocument.h"
#include "scenario/scenariorunner.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
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
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Mk {

namespace {

constexpr int kSliderPlaces = 1000; ///< the slider's end unless the change has more than half of it already
constexpr int kMaxPlaces = 5000;    ///< as the scenario file accepts

/** The label of `field`'s row in `form`. */
void setRowLabel(QFormLayout& form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form.labelForField(field)))
        label->setText(text);
}

QToolButton* toolButton(QAction* action, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return b;
}

} // namespace

ScenarioDock::ScenarioDock(ScenarioController* controller, QAction* newSchoolAction, QAction* housingAction, QWidget* parent)
    : QDockWidget(parent), m_controller(controller),
      m_listModel(new ScenarioListModel(controller->document(), this)), m_editModel(new ScenarioEditModel(controller->document(), this))
{
    setObjectName(QStringLiteral("ScenarioDock"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);

    // The scenarios of the project.
    auto* top = new QHBoxLayout;
    m_scenarios = new QComboBox(body);
    m_scenarios->setModel(m_listModel);
    m_scenarios->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarios->setMinimumContentsLength(12);
    top->addWidget(m_scenarios, 1);
    m_manage = new QToolButton(body);
    m_manage->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_manage);
    m_newAction = menu->addAction(QString(), this, &ScenarioDock::newScenario);
    m_duplicateAction = menu->addAction(QString(), this, [this] {
        m_controller->setCurrent(m_controller->document()->duplicateScenario(m_controller->current()));
    });
    m_renameAction = menu->addAction(QString(), this, &ScenarioDock::renameScenario);
    m_deleteAction = menu->addAction(QString(), this, [this] { m_controller->document()->removeScenario(m_controller->current()); });
    m_newAction->setObjectName(QStringLiteral("newScenario"));
    m_duplicateAction->setObjectName(QStringLiteral("duplicateScenario"));
    m_renameAction->setObjectName(QStringLiteral("renameScenario"));
    m_deleteAction->setObjectName(QStringLiteral("deleteScenario"));
    m_manage->setMenu(menu);
    top->addWidget(m_manage);
    layout->addLayout(top);

    // Run, at the top so a laptop shows it without scrolling.
    auto* runRow = new QHBoxLayout;
    m_run = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), QString(), body);
    m_progress = new QProgressBar(body);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_cancel = new QToolButton(body);
    m_cancel->setVisible(false);
    runRow->addWidget(m_run);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    layout->addLayout(runRow);
    m_status = new QLabel(body);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // Its changes, in plain words.
    m_changesLabel = new QLabel(body);
    layout->addWidget(m_changesLabel);
    m_edits = new QListView(body);
    m_edits->setModel(m_editModel);
    m_edits->setWordWrap(true);
    m_edits->setMinimumHeight(70);
    layout->addWidget(m_edits, 1);
    // Two rows of two: one row of four is wider than the panel on a laptop, where the panel would scroll sideways.
    auto* editButtons = new QHBoxLayout;
    auto* moreEditButtons = new QHBoxLayout;
    editButtons->addWidget(toolButton(newSchoolAction, body));
    QToolButton* housing = toolButton(housingAction, body);
    auto* housingMenu = new QMenu(housing);
    housingMenu->addAction(housingAction);
    m_housingInArea = housingMenu->addAction(QString(), this, [this] { addHousingInArea(QString()); });
    m_housingInArea->setObjectName(QStringLiteral("housingInArea"));
    housing->setMenu(housingMenu);
    housing->setPopupMode(QToolButton::MenuButtonPopup);
    editButtons->addWidget(housing);
    m_initiative = new QToolButton(body);
    connect(m_initiative, &QToolButton::clicked, this, &ScenarioDock::addParentInitiative);
    moreEditButtons->addWidget(m_initiative);
    m_removeEdit = new QToolButton(body);
    connect(m_removeEdit, &QToolButton::clicked, this, [this] {
        const QModelIndex i = m_edits->currentIndex();
        if (i.isValid())
            m_controller->document()->removeEdit(m_controller->current(), i.row());
    });
    moreEditButtons->addWidget(m_removeEdit);
    editButtons->addStretch();
    moreEditButtons->addStretch();
    layout->addLayout(editButtons);
    layout->addLayout(moreEditButtons);

    // The places of the selected new school or capacity change: a slider with the live preview.
    auto* capacityRow = new QHBoxLayout;
    m_capacityLabel = new QLabel(body);
    m_capacitySlider = new QSlider(Qt::Horizontal, body);
    m_capacitySlider->setRange(0, kSliderPlaces);
    m_capacitySlider->setSingleStep(10);
    m_capacitySlider->setPageStep(50);
    m_capacityBox = new QSpinBox(body);
    m_capacityBox->setRange(0, kMaxPlaces);
    m_capacityBox->setSingleStep(10);
    capacityRow->addWidget(m_capacityLabel);
    capacityRow->addWidget(m_capacitySlider, 1);
    capacityRow->addWidget(m_capacityBox);
    layout->addLayout(capacityRow);

    // Rules, runs and seed.
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow panel puts a field under its label rather than clip it
    m_admission = new QComboBox(body);
    // The presets' long names would make the panel as wide as the longest; the open list shows them whole.
    m_admission->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_admission->setMinimumContentsLength(12);
    m_admission->addItem(QString(), QString()); // "as today", worded in retranslateUi
    for (const QString& name : AdmissionRules::presetNames())
        m_admission->addItem(QString(), name); // titled in retranslateUi
    form->addRow(QString(), m_admission);
    m_admissionText = new QLabel(body);
    m_admissionText->setWordWrap(true);
    m_admissionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_admissionText);
    m_runs = new QSpinBox(body);
    m_runs->setRange(1, Scenario::kMaxRuns);
    m_seed = new QSpinBox(body);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_runsLabel = new QLabel(body);
    m_seedLabel = new QLabel(body);
    // A row each: side by side they are wider than the panel on a laptop.
    form->addRow(m_runsLabel, m_runs);
    form->addRow(m_seedLabel, m_seed);
    m_model = new QLabel(body);
    m_model->setWordWrap(true);
    form->addRow(QString(), m_model);
    m_form = form;
    auto* modelButtons = new QHBoxLayout;
    m_keepModel = new QPushButton(body);
    m_recalibrate = new QPushButton(body);
    modelButtons->addWidget(m_keepModel);
    modelButtons->addWidget(m_recalibrate);
    modelButtons->addStretch();
    form->addRow(modelButtons);
    layout->addLayout(form);

    // The choice model's parameters, to set by hand (undoable, stored in the scenario).
    m_parameters = new QGroupBox(body);
    m_parameterForm = new QFormLayout(m_parameters);
    m_parameterForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_parameterSource = new QLabel(m_parameters);
    m_parameterSource->setWordWrap(true);
    m_parameterForm->addRow(m_parameterSource);
    m_gamma = new QDoubleSpinBox(m_parameters);
    m_gamma->setObjectName(QStringLiteral("gamma"));
    m_gamma->setRange(-5.0, 5.0);
    m_gamma->setDecimals(2);
    m_gamma->setSingleStep(0.1);
    m_parameterForm->addRow(QString(), m_gamma);
    m_calibrate = new QPushButton(m_parameters);
    m_parameterForm->addRow(m_calibrate);
    layout->addWidget(m_parameters);

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
    connect(m_calibrate, &QPushButton::clicked, m_controller, &ScenarioController::calibrate);
    connect(m_gamma, &QDoubleSpinBox::valueChanged, this, [this] { parameterChanged(-1); });
    connect(m_edits->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScenarioDock::showCapacity);
    // The list resets at every edit (a slider's too): the selected change stays selected.
    connect(m_editModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection = {m_listedScenario, selectedEdit()};
    });
    connect(m_editModel, &QAbstractItemModel::modelReset, this, [this] {
        const auto [scenario, row] = std::exchange(m_keptSelection, {-1, -1});
        if (row >= 0 && scenario == m_controller->current() && row < m_editModel->rowCount())
            m_edits->setCurrentIndex(m_editModel->index(row, 0));
        showCapacity();
    });
    connect(m_capacitySlider, &QSlider::sliderPressed, m_controller, &ScenarioController::calibrate);
    connect(m_capacitySlider, &QSlider::valueChanged, this, [this](int places) { placesChanged(places, m_capacitySlider->isSliderDown()); });
    connect(m_capacitySlider, &QSlider::sliderReleased, this, [this] { commitPlaces(m_capacitySlider->value(), true); });
    connect(m_capacityBox, &QSpinBox::valueChanged, this, [this](int places) { placesChanged(places, false); });
    connect(m_recalibrate, &QPushButton::clicked, this, [this] { keepModel(false); });
    connect(m_cancel, &QToolButton::clicked, m_controller, &ScenarioController::cancel);
    connect(m_controller, &ScenarioController::currentChanged, this, &ScenarioDock::showCurrent);
    connect(m_controller->document(), &ProjectDocument::changed, this, [this](ProjectDocument::Part part) {
        if (part == ProjectDocument::Part::Scenarios || part == ProjectDocument::Part::Everything)
            showCurrent();
    });
    connect(m_controller, &ScenarioController::started, this, [this] {
        setStatus([] { return tr("Running…"); });
        showRunning(true);
    });
    connect(m_controller, &ScenarioController::calibrationStarted, this, [this] {
        setStatus([] { return tr("Calibrating the choice model (once for these data and settings)…"); });
        showRunning(true);
    });
    connect(m_controller, &ScenarioController::calibrated, this, [this] {
        m_progress->setValue(100);
        if (!m_controller->isRunning()) {
            showRunning(false);
            setStatus([] { return tr("The choice model is calibrated: previews are quick now."); });
        }
        showParameters();
    });
    connect(m_controller, &ScenarioController::progressChanged, this, [this](double f, const QString& step) {
        m_progress->setValue(qRound(100 * f));
        if (!step.isEmpty())
            setStatus([step] { return step; }); // worded by the run, in the language it started in
    });
    connect(m_controller, &ScenarioController::outcomeChanged, this, [this] {
        if (m_controller->isRunning() || m_controller->isPreviewing())
            return; // a preview leaves the panel as it is: the slider under the mouse, the list and its selection
        showRunning(m_controller->isCalibrating());
        showCurrent();
        if (!m_controller->isCalibrating())
            setStatus([outcome = m_controller->currentOutcome() != nullptr, scenario = m_controller->currentScenario() != nullptr] {
                return outcome ? tr("Results shown in the Scenario results panel.") : scenario ? tr("Not run in this state yet.") : QString();
            });
    });
    connect(m_controller, &ScenarioController::canceled, this, [this] {
        showRunning(false);
        setStatus([] { return tr("Canceled."); });
    });
    connect(m_controller, &ScenarioController::failed, this, [this](const QString& message) {
        showRunning(false);
        setStatus([message] { return message; });
    });
    retranslateUi();
}

void ScenarioDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        announceLanguageChange(*m_listModel); // the scenarios' tooltips
    }
    QDockWidget::changeEvent(event);
}

void ScenarioDock::retranslateUi()
{
    setWindowTitle(tr("Scenarios"));
    m_scenarios->setPlaceholderText(tr("No scenario yet"));
    m_manage->setText(tr("Scenario"));
    m_newAction->setText(tr("&New scenario"));
    m_duplicateAction->setText(tr("&Duplicate"));
    m_renameAction->setText(tr("&Rename…"));
    m_deleteAction->setText(tr("De&lete"));
    m_run->setText(tr("Run scenario"));
    m_run->setToolTip(tr("Simulate where children go today and with the changes, with 90 % bands over the runs"));
    m_cancel->setText(tr("Cancel"));
    m_changesLabel->setText(tr("Changes:"));
    m_housingInArea->setText(tr("In an existing buurt…"));
    m_initiative->setText(tr("Parent initiative…"));
    m_initiative->setToolTip(tr("Children of one group from one area register together at one school"));
    m_removeEdit->setText(tr("Remove"));
    m_removeEdit->setToolTip(tr("Remove the selected change from the scenario"));
    m_capacityLabel->setText(tr("Places:"));
    m_admission->setItemText(0, tr("As today (the baseline's rules)"));
    for (int i = 1; i < m_admission->count(); ++i)
        m_admission->setItemText(i, AdmissionRulesDescription::presetTitle(m_admission->itemData(i).toString()));
    setRowLabel(*m_form, m_admission, tr("Admission rules:"));
    m_runs->setToolTip(tr("Monte-Carlo runs: more runs give narrower bands and take longer"));
    m_seed->setToolTip(tr("The same seed gives the same numbers, here and in mengkaart-cli scenario"));
    m_runsLabel->setText(tr("Runs:"));
    m_seedLabel->setText(tr("Seed:"));
    setRowLabel(*m_form, m_model, tr("Choice model:"));
    m_keepModel->setText(tr("Keep the calibrated model"));
    m_keepModel->setToolTip(tr("Store the distance weights and school constants of the last run in the scenario: later runs "
                               "skip the calibration and the saved scenario reproduces these numbers"));
    m_recalibrate->setText(tr("Calibrate again"));
    m_recalibrate->setToolTip(tr("Forget the stored model: the next run fits and calibrates it on the data again"));
    m_parameters->setTitle(tr("Choice-model parameters"));
    m_gamma->setToolTip(tr("Utility of a school of the child's preferred denomination; 0 = no preference (the pupil flows cannot tell it)"));
    setRowLabel(*m_parameterForm, m_gamma, tr("Denomination weight γ:"));
    m_calibrate->setText(tr("Calibrate now"));
    m_calibrate->setToolTip(tr("Fit and calibrate the choice model now, with progress: it is done once for these data and settings, "
                               "and the live preview waits for it"));
    if (m_statusText)
        m_status->setText(m_statusText());
    // The texts made from the scenario (rules, model, places, parameters) and the list of its changes, worded again.
    showCurrent();
}

void ScenarioDock::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void ScenarioDock::showRunning(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    // While only the calibration runs, Run stays: the run follows the calibration.
    m_run->setEnabled(!m_controller->isRunning() && m_controller->currentScenario());
    m_calibrate->setEnabled(!busy);
    if (!busy)
        m_progress->setValue(0);
}

void ScenarioDock::showCurrent()
{
    m_syncing = true;
    const int current = m_controller->current();
    m_scenarios->setCurrentIndex(current);
    m_editModel->setScenario(current);
    m_listedScenario = current;
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
                         : s->choiceModel ? tr("your parameters (below); the school constants are calibrated to them at every run")
                                          : tr("fitted on the pupil flows and calibrated to today's pupils at every run"));
        m_keepModel->setEnabled(!stored && m_controller->currentOutcome());
        m_recalibrate->setEnabled(s->choiceModel.has_value());
        m_seed->setValue(static_cast<int>(std::min<quint64>(s->seed, std::numeric_limits<int>::max())));
    } else {
        m_admissionText->clear();
        m_model->clear();
        m_keepModel->setEnabled(false);
        m_recalibrate->setEnabled(false);
    }
    m_syncing = false;
    showCapacity();
    showParameters();
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
    m_controller->document()->setScenario(m_controller->current(), changed, [preset, label = m_admission->currentText()] {
        return tr("Admission rules: %1").arg(preset.isEmpty() ? tr("As today (the baseline's rules)") : label);
    });
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
    ProjectDocument::Text text = runs ? ProjectDocument::Text([n = changed.runs] { return tr("Runs: %1").arg(n); })
                                      : ProjectDocument::Text([n = changed.seed] { return tr("Seed: %1").arg(n); });
    m_controller->document()->setScenario(m_controller->current(), changed, std::move(text),
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
        m_controller->document()->setScenario(m_controller->current(), changed, [] { return tr("Keep the calibrated choice model"); });
    } else {
        changed.choiceModel.reset();
        changed.schoolConstants.clear();
        m_controller->document()->setScenario(m_controller->current(), changed, [] { return tr("Calibrate the choice model again"); });
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

void ScenarioDock::addHousingInArea(const QString& areaCode)
{
    const auto dataset = m_controller->document()->project().dataset;
    if (!dataset)
        return;
    HousingDialog dialog(*dataset, areaCode, this);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->addEdit(dialog.edit());
}

int ScenarioDock::selectedEdit() const
{
    const QModelIndex i = m_edits->currentIndex();
    return i.isValid() ? i.row() : -1;
}

std::optional<ScenarioEdit> ScenarioDock::withPlaces(int places) const
{
    const Scenario* s = m_controller->currentScenario();
    const int row = selectedEdit();
    if (!s || row < 0 || row >= s->edits.size())
        return std::nullopt;
    ScenarioEdit e = s->edits[row];
    if (auto* add = std::get_if<AddSchoolEdit>(&e.change))
        add->capacity = places;
    else if (auto* change = std::get_if<ChangeCapacityEdit>(&e.change))
        change->capacity = places;
    else
        return std::nullopt;
    return e;
}

void ScenarioDock::showCapacity()
{
    const Scenario* s = m_controller->currentScenario();
    const int row = selectedEdit();
    std::optional<int> places;
    if (s && row >= 0 && row < s->edits.size()) {
        if (const auto* add = std::get_if<AddSchoolEdit>(&s->edits[row].change))
            places = add->capacity;
        else if (const auto* change = std::get_if<ChangeCapacityEdit>(&s->edits[row].change))
            places = change->capacity;
    }
    if (m_capacitySlider->isSliderDown())
        return; // the officer holds it: the preview shows that value, not the stored one
    const QString tip = places ? tr("The places of the selected new school or capacity change: while you drag, a quick preview "
                                    "shows what changes; the full run follows when you let go")
                               : tr("Select a new school or a capacity change in the list above");
    for (QWidget* w : std::initializer_list<QWidget*>{m_capacityLabel, m_capacitySlider, m_capacityBox}) {
        w->setEnabled(places.has_value());
        w->setToolTip(tip);
    }
    // Blocked, not m_syncing: this runs inside showCurrent's own synchronisation (a reset of the list).
    const QSignalBlocker sliderBlocker(m_capacitySlider);
    const QSignalBlocker boxBlocker(m_capacityBox);
    m_capacitySlider->setMaximum(std::clamp(2 * places.value_or(0), kSliderPlaces, kMaxPlaces));
    m_capacitySlider->setValue(places.value_or(0));
    m_capacityBox->setValue(places.value_or(0));
}

void ScenarioDock::placesChanged(int places, bool held)
{
    if (held) {
        const QSignalBlocker blocker(m_capacityBox);
        m_capacityBox->setValue(places);
    } else {
        const QSignalBlocker blocker(m_capacitySlider);
        m_capacitySlider->setMaximum(std::max(m_capacitySlider->maximum(), places));
        m_capacitySlider->setValue(places);
    }
    if (!held) {
        commitPlaces(places, false);
    } else if (const auto e = withPlaces(places)) {
        m_controller->preview(selectedEdit(), *e);
    }
}

void ScenarioDock::commitPlaces(int places, bool run)
{
    const auto e = withPlaces(places);
    if (!e) {
        m_controller->cancelPreview();
        return;
    }
    const int row = selectedEdit();
    ProjectDocument::Text text = [edit = *e, dataset = m_controller->document()->project().dataset] {
        return tr("Places: %1").arg(edit.describe(dataset.get()));
    };
    // One command for every step of the slider (and its spin box) on this change.
    const QString key = QStringLiteral("places/%1").arg(row);
    if (run)
        m_controller->finishPreview(row, *e, std::move(text), key);
    else
        m_controller->setEdit(row, *e, std::move(text), key);
}

std::optional<ChoiceModelParameters> ScenarioDock::shownParameters() const
{
    const Scenario* s = m_controller->currentScenario();
    if (!s)
        return std::nullopt;
    if (s->choiceModel)
        return s->choiceModel;
    if (const auto baseline = m_controller->currentBaseline())
        return baseline->calibration.parameters;
    if (const auto outcome = m_controller->currentOutcome())
        return outcome->calibration.parameters;
    return std::nullopt;
}

void ScenarioDock::showParameters()
{
    const Scenario* s = m_controller->currentScenario();
    const auto p = shownParameters();
    const QStringList groups = !p ? QStringList() : p->sharedBeta() ? QStringList{QString()} : p->groups;
    if (groups != m_betaGroups) {
        for (QDoubleSpinBox* box : std::exchange(m_betaBoxes, {}))
            m_parameterForm->removeRow(box);
        m_betaGroups = groups;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            auto* box = new QDoubleSpinBox(m_parameters);
            box->setObjectName(QStringLiteral("beta%1").arg(g));
            box->setRange(-50.0, 5.0);
            box->setDecimals(2);
            box->setSingleStep(0.05);
            connect(box, &QDoubleSpinBox::valueChanged, this, [this, g] { parameterChanged(static_cast<int>(g)); });
            m_parameterForm->insertRow(static_cast<int>(1 + g), QString(), box);
            m_betaBoxes.append(box);
        }
    }
    // Worded here, not at creation, so a language change words them again.
    for (qsizetype g = 0; g < m_betaBoxes.size(); ++g) {
        m_betaBoxes[g]->setToolTip(tr("Utility per km (or per ln km) of the distance to a school: the more negative, the nearer children choose"));
        setRowLabel(*m_parameterForm, m_betaBoxes[g], m_betaGroups[g].isEmpty() ? tr("Distance weight β:") : tr("β %1:").arg(m_betaGroups[g]));
    }
    m_gamma->setEnabled(p.has_value());
    for (qsizetype g = 0; p && g < m_betaBoxes.size(); ++g) {
        const QSignalBlocker blocker(m_betaBoxes[g]);
        m_betaBoxes[g]->setValue(p->betaOf(g));
    }
    const QSignalBlocker blocker(m_gamma);
    m_gamma->setValue(p ? p->denominationWeight : 0.0);
    if (!s)
        m_parameterSource->clear();
    else if (!p)
        m_parameterSource->setText(tr("Shown once the choice model is calibrated: press Calibrate now, or run the scenario."));
    else if (s->choiceModel && !s->schoolConstants.isEmpty())
        m_parameterSource->setText(tr("Stored in the scenario with its school constants; a change here calibrates the constants again."));
    else if (s->choiceModel)
        m_parameterSource->setText(tr("Your values, stored in the scenario: the school constants are calibrated to them at the next run."));
    else if (p->source == ParameterSource::Fitted)
        m_parameterSource->setText(tr("Fitted on the DUO pupil flows. Change a value to use your own in this scenario."));
    else
        m_parameterSource->setText(tr("The literature defaults (no pupil flows loaded). Change a value to use your own in this scenario."));
}

void ScenarioDock::parameterChanged(int group)
{
    const Scenario* s = m_controller->currentScenario();
    auto p = shownParameters();
    if (!s || !p || group >= static_cast<int>(p->beta.size()))
        return;
    const double value = group < 0 ? m_gamma->value() : m_betaBoxes[group]->value();
    if (group < 0)
        p->denominationWeight = value;
    else
        p->beta[static_cast<size_t>(group)] = value;
    p->source = ParameterSource::User;
    p->betaStandardErrors.clear();
    p->fit.reset();
    Scenario changed = *s;
    changed.choiceModel = *p;
    changed.schoolConstants.clear(); // calibrated to today's pupils again, with these weights
    ProjectDocument::Text text;
    if (group < 0)
        text = [value] { return tr("Denomination weight γ: %1").arg(formatDecimal(value, 2)); };
    else
        text = [value, label = m_betaGroups.value(group)] {
            return label.isEmpty() ? tr("Distance weight β: %1").arg(formatDecimal(value, 2))
                                   : tr("Distance weight β (%1): %2").arg(label, formatDecimal(value, 2));
        };
    m_controller->document()->setScenario(m_controller->current(), changed, std::move(text),
                                          group < 0 ? QStringLiteral("gamma") : QStringLiteral("beta/%1").arg(group));
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
