// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/briefingdialog.h"

#include "gui/helpwindow.h"
#include "gui/screenfit.h"

#include "gui/backgroundtask.h"
#include "model/dataset.h"
#include "report/briefingbuilder.h"
#include "shared/appinit.h"
#include "shared/briefing/briefingrenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPointer>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Mk {

BriefingDialog::BriefingDialog(Project project, QList<std::shared_ptr<const ScenarioOutcome>> runs, QWidget* parent,
                               std::shared_ptr<const VoAnalysis> vo)
    : QDialog(parent), m_project(std::move(project)), m_runs(std::move(runs)), m_vo(std::move(vo)), m_renderer(std::make_unique<BriefingRenderer>()),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution)), m_task(new BackgroundTask(this))
{
    HelpWindow::setAnchor(this, GuideAnchor::Briefing);
    setObjectName(QStringLiteral("BriefingDialog"));

    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppInit::currentLanguage())));

    m_sectionsBox = new QGroupBox(this);
    auto* sectionLayout = new QVBoxLayout(m_sectionsBox);
    for (const QString& key : m_renderer->sectionKeys()) {
        auto* box = new QCheckBox(m_sectionsBox);
        box->setChecked(true);
        sectionLayout->addWidget(box);
        m_sections.insert(key, box);
        connect(box, &QCheckBox::toggled, this, &BriefingDialog::updatePreview);
    }

    if (!m_project.scenarios.isEmpty()) {
        m_scenariosBox = new QGroupBox(this);
        auto* scenarioLayout = new QVBoxLayout(m_scenariosBox);
        for (qsizetype i = 0; i < m_project.scenarios.size(); ++i) {
            auto* box = new QCheckBox(m_project.scenarios[i].name, m_scenariosBox);
            box->setChecked(m_runs.value(i) != nullptr);
            scenarioLayout->addWidget(box);
            m_scenarioBoxes.append(box);
            connect(box, &QCheckBox::toggled, this, &BriefingDialog::compute);
        }
    }

    m_threshold = new QLabel(this);
    m_threshold->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_cancel = new QToolButton(this);
    m_save = new QPushButton(this);
    m_print = new QPushButton(this);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* form = new QFormLayout;
    m_languageLabel = new QLabel(this);
    form->addRow(m_languageLabel, m_language);
    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(m_sectionsBox);
    if (m_scenariosBox)
        side->addWidget(m_scenariosBox);
    side->addWidget(m_threshold);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_cancel);
    side->addLayout(progressRow);
    side->addWidget(m_status);
    side->addStretch();
    side->addWidget(m_save);
    side->addWidget(m_print);
    side->addWidget(close);
    m_side = new QWidget(this);
    m_side->setLayout(side);

    BriefingRenderer::preparePrinter(*m_printer);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    // On a low screen the options scroll instead of pushing the dialog past the screen's bottom.
    m_sideScroll = new QScrollArea(this);
    m_sideScroll->setWidget(m_side);
    m_sideScroll->setWidgetResizable(true);
    m_sideScroll->setFrameShape(QFrame::NoFrame);
    m_sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_sideScroll);
    layout->addWidget(m_preview, 1);
    retranslateUi();
    fitToScreen(this, QSize(1100, 820), DialogContent::ScrollsOwn);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &BriefingDialog::paint);
    connect(m_language, &QComboBox::currentIndexChanged, this, &BriefingDialog::compute);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_task->cancel();
        setComputing(false);
        m_status->setText(tr("Canceled."));
    });
    connect(m_save, &QPushButton::clicked, this, &BriefingDialog::saveAs);
    connect(m_print, &QPushButton::clicked, this, &BriefingDialog::print);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_task, &BackgroundTask::progressChanged, this, [this](double fraction, const QString& step) {
        m_progress->setValue(qRound(fraction * 100));
        if (!step.isEmpty())
            m_status->setText(step);
    });
    connect(m_task, &BackgroundTask::failed, this, &BriefingDialog::failed);
    compute();
}

BriefingDialog::~BriefingDialog() = default;

void BriefingDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_content && !isComputing())
            showPageCount();
    }
    QDialog::changeEvent(event);
}

void BriefingDialog::retranslateUi()
{
    setWindowTitle(tr("LEA briefing"));
    m_languageLabel->setText(tr("Language:"));
    m_language->setToolTip(tr("The language of the briefing; the program itself keeps its own language."));
    m_sectionsBox->setTitle(tr("Sections"));
    // Section names in the program's language; the document uses the briefing's.
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setText(m_renderer->sectionTitle(it.key(), TextLanguage::application()));
    if (m_scenariosBox)
        m_scenariosBox->setTitle(tr("Scenarios"));
    for (qsizetype i = 0; i < m_scenarioBoxes.size(); ++i)
        m_scenarioBoxes[i]->setToolTip(m_runs.value(i) ? QString() : tr("Not run yet: the briefing runs it"));
    //: %1 = number of children
    m_threshold->setText(tr("Privacy: figures resting on fewer than %1 children are shown as \"<%1\".")
                             .arg(QLocale().toString(m_project.privacyThreshold)));
    m_cancel->setText(tr("Cancel"));
    m_save->setText(tr("Save as PDF…"));
    m_print->setText(tr("Print…"));
    // The options' column scrolls only up and down: at least as wide as its widest text needs ("Schools and their
    // catchment areas"), at most 300 px unless that needs more. The boxes tell the column now that their texts
    // changed (a layout otherwise learns it at its next LayoutRequest).
    for (QGroupBox* box : {m_sectionsBox, m_scenariosBox})
        if (box)
            box->updateGeometry();
    const int needed = m_side->minimumSizeHint().width();
    const int scrollBar = m_sideScroll->verticalScrollBar()->sizeHint().width();
    m_side->setMaximumWidth(std::max(300, needed));
    m_sideScroll->setMinimumWidth(needed + scrollBar);
    m_sideScroll->setMaximumWidth(std::max(300, needed) + scrollBar);
}

bool BriefingDialog::isComputing() const
{
    return m_task->isRunning();
}

int BriefingDialog::pageCount() const
{
    return m_preview->pageCount();
}

void BriefingDialog::compute()
{
    BriefingSpec spec;
    spec.language = m_language->currentData().toString();
    spec.privacyThreshold = m_project.privacyThreshold;
    spec.catchments = m_project.catchments;
    spec.characteristic = m_project.catchments.characteristic;
    spec.goals = m_project.goals;
    QList<std::shared_ptr<const ScenarioOutcome>> runs;
    for (qsizetype i = 0; i < m_scenarioBoxes.size(); ++i)
        if (m_scenarioBoxes[i]->isChecked()) {
            spec.scenarios.append(m_project.scenarios[i]);
            runs.append(m_runs.value(i));
        }
    spec.vo = m_vo;
    m_content.reset();
    setComputing(true);
    const std::shared_ptr<const Dataset> dataset = m_project.dataset;
    QPointer<BriefingDialog> self(this);
    m_task->start([dataset, spec, runs, self](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
        auto content = BriefingBuilder::build(dataset, spec, runs, feedback);
        if (!content)
            return content.error();
        auto shared = std::make_shared<const BriefingContent>(std::move(*content));
        return BackgroundTask::Continuation([self, shared] {
            if (self)
                self->showContent(shared);
        });
    });
}

void BriefingDialog::setComputing(bool computing)
{
    m_progress->setVisible(computing);
    m_cancel->setVisible(computing);
    m_progress->setValue(0);
    m_save->setEnabled(!computing && m_content);
    m_print->setEnabled(!computing && m_content);
}

void BriefingDialog::showContent(std::shared_ptr<const BriefingContent> content)
{
    m_content = std::move(content);
    setComputing(false);
    updatePreview();
    emit contentReady();
    if (m_printWhenReady) {
        m_printWhenReady = false;
        print();
    }
}

void BriefingDialog::failed(const Error& error)
{
    setComputing(false);
    m_status->setText(error.message);
}

void BriefingDialog::updatePreview()
{
    if (!m_content)
        return;
    m_preview->updatePreview();
    showPageCount();
}

void BriefingDialog::showPageCount()
{
    const bool any = std::any_of(m_sections.cbegin(), m_sections.cend(), [](const QCheckBox* b) { return b->isChecked(); });
    m_status->setText(any ? tr("%n page(s), A4.", nullptr, m_preview->pageCount()) : tr("Choose at least one section."));
}

void BriefingDialog::paint(QPrinter* printer)
{
    if (!m_content)
        return;
    // The chosen sections only; the rest of the content is the same, so no recomputation is needed.
    BriefingContent shown = *m_content;
    shown.spec.sections.clear();
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        if (it.value()->isChecked())
            shown.spec.sections.append(it.key());
    m_renderer->render(shown, *printer);
}

bool BriefingDialog::savePdf(const QString& path)
{
    if (!m_content)
        return false;
    BriefingContent shown = *m_content;
    shown.spec.sections.clear();
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        if (it.value()->isChecked())
            shown.spec.sections.append(it.key());
    const auto written = m_renderer->writePdf(shown, path);
    if (!written) {
        QMessageBox::warning(this, tr("Could not save the briefing"), written.error().message);
        return false;
    }
    m_status->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void BriefingDialog::saveAs()
{
    const QString suggested = tr("LEA briefing %1.pdf").arg(m_project.dataset->gemeenteName);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the briefing as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void BriefingDialog::print()
{
    if (!m_content)
        return;
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print the briefing"));
    if (dialog.exec() == QDialog::Accepted)
        paint(m_printer.get());
}

void BriefingDialog::printWhenReady()
{
    if (m_content)
        print();
    else
        m_printWhenReady = true;
}

} // namespace Mk
