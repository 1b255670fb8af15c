// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/vodock.h"

#include "gui/mapworkspace.h"
#include "vo/voanalysis.h"
#include "help/userguide.h"
#include "index/indexcatalogue.h"
#include "vo/vosummary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Mk {

VoDock::VoDock(MapWorkspace* workspace, QWidget* parent) : QDockWidget(tr("Secondary schools"), parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("VoDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    m_empty = new QLabel(tr("No secondary school data loaded. Use File > Open secondary schools (vo)…"), content);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    auto* form = new QFormLayout;
    auto* levelRow = new QHBoxLayout;
    for (VoLevel level : kVoLevels) {
        auto* box = new QCheckBox(VoProgrammes::label(level), content);
        box->setToolTip(tr("Show only vestigingen that offer one of the ticked levels (none ticked: all)"));
        connect(box, &QCheckBox::toggled, this, &VoDock::applyFilter);
        levelRow->addWidget(box);
        m_levels[static_cast<int>(level)] = box;
    }
    form->addRow(tr("Levels"), levelRow);
    m_breadth = new QComboBox(content);
    m_breadth->addItem(tr("All vestigingen"), static_cast<int>(VoFilter::Breadth::Any));
    m_breadth->addItem(tr("With a heterogeneous first-year class"), static_cast<int>(VoFilter::Breadth::Heterogeneous));
    m_breadth->addItem(tr("Only first-year classes of one school type"), static_cast<int>(VoFilter::Breadth::NoHeterogeneous));
    m_breadth->addItem(tr("Categorical (one level only)"), static_cast<int>(VoFilter::Breadth::Categorical));
    connect(m_breadth, &QComboBox::currentIndexChanged, this, &VoDock::applyFilter);
    form->addRow(tr("First year"), m_breadth);
    layout->addLayout(form);
    m_findings = new QTextBrowser(content);
    layout->addWidget(m_findings, 1);
    setWidget(content);
    connect(workspace, &MapWorkspace::voAnalysisChanged, this, &VoDock::refresh);
    refresh();
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
