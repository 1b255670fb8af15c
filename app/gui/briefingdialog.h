// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/project.h"

#include <QDialog>
#include <QList>
#include <QMap>

#include <memory>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QProgressBar;
class QScrollArea;
class QPushButton;
class QToolButton;

namespace Mk {

struct VoAnalysis;

class BackgroundTask;
class BriefingRenderer;
struct BriefingContent;
struct ScenarioOutcome;
struct Error;

/**
 * File → Briefing…: choose the language and the sections of the LEA briefing, see it in a live print
 * preview, save it as PDF or print it. The content is computed off the GUI thread (BriefingBuilder in a
 * BackgroundTask, with progress and cancel) and painted by the same BriefingRenderer as the CLI's, so
 * the document is the same. The data, goals, privacy threshold and catchment settings come from the
 * caller's Project.
 */
class BriefingDialog : public QDialog
{
    Q_OBJECT
public:
    /**
     * `runs` (parallel to the project's scenarios; a null entry has not run) are reused for the scenario pages;
     * the scenarios that ran are chosen at first, the others run here when the officer ticks them. With `vo` (the
     * secondary schools on the map) the briefing gets their section.
     */
    explicit BriefingDialog(Project project, QList<std::shared_ptr<const ScenarioOutcome>> runs = {}, QWidget* parent = nullptr,
                            std::shared_ptr<const VoAnalysis> vo = nullptr);
    ~BriefingDialog() override;

    /** The content shown, or null while it is computed. */
    std::shared_ptr<const BriefingContent> content() const { return m_content; }
    bool isComputing() const;
    QPrintPreviewWidget* preview() const { return m_preview; }
    QComboBox* languageBox() const { return m_language; }
    QLabel* thresholdLabel() const { return m_threshold; }
    /** The section check boxes by section key. */
    const QMap<QString, QCheckBox*>& sectionBoxes() const { return m_sections; }
    /** One check box per scenario of the project, in its order. */
    const QList<QCheckBox*>& scenarioBoxes() const { return m_scenarioBoxes; }
    /** The number of pages of the last preview. */
    int pageCount() const;
    /** Writes the shown briefing as PDF; false (with a message box) when it cannot. */
    bool savePdf(const QString& path);
    /** Opens the system print dialog as soon as the content is ready (File → Print…). */
    void printWhenReady();

signals:
    /** The content for the chosen language is ready and the preview shows it. */
    void contentReady();

protected:
    void changeEvent(QEvent* event) override;

private:
    /** The dialog's own texts in the program's language (at start and at QEvent::LanguageChange); the briefing keeps its language. */
    void retranslateUi();
    /** The status line after a preview: its pages, or that no section is chosen. */
    void showPageCount();
    void compute();
    void showContent(std::shared_ptr<const BriefingContent> content);
    void failed(const Error& error);
    void updatePreview();
    void paint(QPrinter* printer);
    void saveAs();
    void print();
    void setComputing(bool computing);

    Project m_project;
    QList<std::shared_ptr<const ScenarioOutcome>> m_runs;
    std::shared_ptr<const VoAnalysis> m_vo;
    std::unique_ptr<BriefingRenderer> m_renderer;
    std::unique_ptr<QPrinter> m_printer;
    BackgroundTask* m_task;
    std::shared_ptr<const BriefingContent> m_content;
    QWidget* m_side;
    QScrollArea* m_sideScroll;
    QComboBox* m_language;
    QLabel* m_languageLabel;
    QGroupBox* m_sectionsBox;
    QGroupBox* m_scenariosBox = nullptr;
    QMap<QString, QCheckBox*> m_sections;
    QList<QCheckBox*> m_scenarioBoxes;
    QLabel* m_threshold;
    QLabel* m_status;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QPushButton* m_save;
    QPushButton* m_print;
    QPrintPreviewWidget* m_preview;
    bool m_printWhenReady = false;
};

} // namespace Mk
