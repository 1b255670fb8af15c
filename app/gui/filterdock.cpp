// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/filterdock.h"

#include "gui/mapworkspace.h"
#include "model/dataset.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Mk {

namespace {

QListWidget* makeList(QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMaximumHeight(140);
    return list;
}

void fill(QListWidget* list, QStringList values)
{
    values.removeAll(QString());
    values.removeDuplicates();
    std::sort(values.begin(), values.end(), [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    list->clear();
    for (const QString& v : values) {
        auto* item = new QListWidgetItem(v, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

/** Checked entries; none checked means "all" (no restriction). */
QStringList checked(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->text());
    return out;
}

} // namespace

FilterDock::FilterDock(MapWorkspace* workspace, QWidget* parent)
    : QDockWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("FilterDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    auto* sector = new QGroupBox(content);
    m_sectorBox = sector;
    auto* sectorLayout = new QVBoxLayout(sector);
    m_primary = new QCheckBox(sector);
    m_secondary = new QCheckBox(sector);
    m_primary->setChecked(true);
    m_secondary->setChecked(true);
    sectorLayout->addWidget(m_primary);
    sectorLayout->addWidget(m_secondary);
    layout->addWidget(sector);

    for (QListWidget** list : {&m_denominations, &m_profiles, &m_levels}) {
        auto* box = new QGroupBox(content);
        auto* l = new QVBoxLayout(box);
        *list = makeList(box);
        l->addWidget(*list);
        layout->addWidget(box);
    }

    m_summary = new QLabel(content);
    m_summary->setWordWrap(true);
    auto* reset = new QPushButton(content);
    m_reset = reset;
    layout->addWidget(m_summary);
    layout->addWidget(reset);
    layout->addStretch(1);
    setWidget(content);

    for (QCheckBox* box : {m_primary, m_secondary})
        connect(box, &QCheckBox::toggled, this, &FilterDock::apply);
    for (QListWidget* list : {m_denominations, m_profiles, m_levels})
        connect(list, &QListWidget::itemChanged, this, &FilterDock::apply);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_updating = true;
        m_primary->setChecked(true);
        m_secondary->setChecked(true);
        for (QListWidget* list : {m_denominations, m_profiles, m_levels})
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(Qt::Unchecked);
        m_updating = false;
        apply();
    });
    connect(workspace, &MapWorkspace::datasetChanged, this, &FilterDock::populate);
    retranslateUi();
}

void FilterDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateSummary();
    }
    QDockWidget::changeEvent(event);
}

void FilterDock::retranslateUi()
{
    setWindowTitle(tr("Filter schools"));
    m_sectorBox->setTitle(tr("Sector"));
    m_primary->setText(tr("Primary (po, incl. special education)"));
    m_secondary->setText(tr("Secondary (vo)"));
    const auto setBox = [](QListWidget* list, const QString& title, const QString& hint) {
        static_cast<QGroupBox*>(list->parentWidget())->setTitle(title);
        list->setToolTip(hint);
    };
    setBox(m_denominations, tr("Denomination"), tr("Tick denominations to show only those schools; none ticked shows all."));
    setBox(m_profiles, tr("Profile"), tr("Concept or profile, e.g. montessori, dalton, vrije school; none ticked shows all."));
    setBox(m_levels, tr("Levels (vo)"), tr("Secondary schools offering at least one ticked level; none ticked shows all."));
    m_reset->setText(tr("Show all schools"));
}

void FilterDock::populate()
{
    m_updating = true;
    QStringList denominations, profiles, levels;
    if (const auto ds = m_workspace->dataset()) {
        for (const School& s : ds->schools) {
            denominations.append(s.denomination);
            profiles.append(s.profile);
            levels.append(s.levels);
        }
    }
    fill(m_denominations, denominations);
    fill(m_profiles, profiles);
    fill(m_levels, levels);
    m_profiles->parentWidget()->setVisible(m_profiles->count() > 0);
    m_levels->parentWidget()->setVisible(m_levels->count() > 0);
    m_primary->setChecked(true);
    m_secondary->setChecked(true);
    m_updating = false;
    apply();
}

void FilterDock::apply()
{
    if (m_updating)
        return;
    SchoolFilter f;
    f.primary = m_primary->isChecked();
    f.secondary = m_secondary->isChecked();
    f.denominations = checked(m_denominations);
    f.profiles = checked(m_profiles);
    f.levels = checked(m_levels);
    m_workspace->setSchoolFilter(f);
    updateSummary();
}

void FilterDock::updateSummary()
{
    const SchoolFilter f = m_workspace->schoolFilter();
    int shown = 0, total = 0;
    if (const auto ds = m_workspace->dataset()) {
        for (const School& s : ds->schools) {
            ++total;
            shown += f.accepts(s) ? 1 : 0;
        }
    }
    m_summary->setText(tr("%1 of %2 schools shown").arg(QLocale().toString(shown), QLocale().toString(total)));
}

} // namespace Mk
