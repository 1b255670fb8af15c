// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/vodock.h"

#include "gui/mapworkspace.h"
#include "vo/voanalysis.h"
#include "help/userguide.h"
#include "index/indexcatalogue.h"
#include "vo/vosummary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Mk {

VoDock::VoDock(MapWorkspace* workspace, QWidget* parent) : QDockWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("VoDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    m_empty = new QLabel(content);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    auto* form = new QFormLayout;
    auto* levelRow = new QHBoxLayout;
    for (VoLevel level : kVoLevels) {
        auto* box = new QCheckBox(content);
        connect(box, &QCheckBox::toggled, this, &VoDock::applyFilter);
        levelRow->addWidget(box);
        m_levels[static_cast<int>(level)] = box;
    }
    m_levelsLabel = new QLabel(content);
    form->addRow(m_levelsLabel, levelRow);
    m_breadth = new QComboBox(content);
    for (VoFilter::Breadth breadth : {VoFilter::Breadth::Any, VoFilter::Breadth::Heterogeneous, VoFilter::Breadth::NoHeterogeneous,
                                      VoFilter::Breadth::Categorical})
        m_breadth->addItem(QString(), static_cast<int>(breadth)); // worded in retranslateUi
    connect(m_breadth, &QComboBox::currentIndexChanged, this, &VoDock::applyFilter);
    m_breadthLabel = new QLabel(content);
    form->addRow(m_breadthLabel, m_breadth);
    layout->addLayout(form);
    m_findings = new QTextBrowser(content);
    layout->addWidget(m_findings, 1);
    setWidget(content);
    connect(workspace, &MapWorkspace::voAnalysisChanged, this, &VoDock::refresh);
    retranslateUi();
    refresh();
}

void VoDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showFindings(); // the ticked levels and the filter stay
    }
    QDockWidget::changeEvent(event);
}

void VoDock::retranslateUi()
{
    setWindowTitle(tr("Secondary schools"));
    m_empty->setText(tr("No secondary school data loaded. Use File > Open secondary schools (vo)…"));
    for (VoLevel level : kVoLevels) {
        QCheckBox* box = m_levels[static_cast<int>(level)];
        box->setText(VoProgrammes::label(level));
        box->setToolTip(tr("Show only vestigingen that offer one of the ticked levels (none ticked: all)"));
    }
    m_levelsLabel->setText(tr("Levels"));
    m_breadth->setItemText(0, tr("All vestigingen"));
    m_breadth->setItemText(1, tr("With a heterogeneous first-year class"));
    m_breadth->setItemText(2, tr("Only first-year classes of one school type"));
    m_breadth->setItemText(3, tr("Categorical (one level only)"));
    m_breadthLabel->setText(tr("First year"));
}

void VoDock::refresh()
{
    const auto vo = m_workspace->voAnalysis();
    m_empty->setVisible(!vo);
    for (QCheckBox* box : m_levels) {
        box->setEnabled(vo != nullptr);
        box->setChecked(false);
    }
    m_breadth->setEnabled(vo != nullptr);
    m_breadth->setCurrentIndex(0);
    showFindings();
}

void VoDock::showFindings()
{
    const auto vo = m_workspace->voAnalysis();
    m_findings->clear();
    if (!vo)
        return;
    QString html;
    for (const QString& line : VoSummary::findings(*vo))
        html += QStringLiteral("<p>") + line.toHtmlEscaped() + QStringLiteral("</p>");
    m_findings->setHtml(html);
    // The findings name these indices: their explanation is a hover away.
    m_findings->setToolTip(UserGuide::indexToolTip(IndexId::MutualInformation) + UserGuide::indexToolTip(IndexId::MultigroupTheilH)
                           + UserGuide::indexToolTip(IndexId::MultigroupDissimilarity));
}

void VoDock::applyFilter()
{
    VoFilter filter;
    for (VoLevel level : kVoLevels)
        if (m_levels[static_cast<int>(level)]->isChecked())
            filter.levels |= VoProgrammes::bit(level);
    filter.breadth = static_cast<VoFilter::Breadth>(m_breadth->currentData().toInt());
    m_workspace->setVoFilter(filter);
}

} // namespace Mk
