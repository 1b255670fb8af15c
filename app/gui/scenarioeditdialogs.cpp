// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/scenarioeditdialogs.h"

#include "gui/screenfit.h"
#include "render/valueformat.h"

#include "model/dataset.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Mk {

namespace {

QDialogButtonBox* okCancel(QDialog* dialog)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

/** The schools of the dataset with a site, by name, for a combo box (data = id). */
void addSchools(QComboBox* box, const Dataset& dataset, const QString& except = {})
{
    QList<const School*> schools;
    for (const School& s : dataset.schools)
        if (s.location && s.id != except)
            schools.append(&s);
    std::sort(schools.begin(), schools.end(), [](const School* a, const School* b) { return a->name.localeAwareCompare(b->name) < 0; });
    for (const School* s : schools)
        box->addItem(QStringLiteral("%1 (%2)").arg(s->name, s->id), s->id);
}

} // namespace

NewSchoolDialog::NewSchoolDialog(const Dataset& dataset, const QPointF& site, QWidget* parent) : QDialog(parent), m_site(site)
{
    setWindowTitle(tr("New school"));
    setObjectName(QStringLiteral("NewSchoolDialog"));
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("A new school at RD %1, %2.").arg(formatDecimal(site.x(), 0), formatDecimal(site.y(), 0)), this));
    m_name = new QLineEdit(tr("New school"), this);
    m_name->selectAll();
    form->addRow(tr("&Name:"), m_name);
    m_capacity = new QSpinBox(this);
    m_capacity->setRange(1, 5000);
    m_capacity->setSingleStep(10);
    m_capacity->setValue(kDefaultCapacity);
    m_capacity->setSuffix(tr(" places"));
    form->addRow(tr("&Capacity:"), m_capacity);
    m_denomination = new QComboBox(this);
    m_denomination->addItem(tr("None stated"), QString());
    QStringList denominations;
    for (const School& s : dataset.schools)
        if (!s.denomination.isEmpty() && !denominations.contains(s.denomination))
            denominations.append(s.denomination);
    denominations.sort(Qt::CaseInsensitive);
    for (const QString& d : denominations)
        m_denomination->addItem(d, d);
    m_denomination->setToolTip(tr("The denomination as DUO writes it; the choice model weighs it as for the existing schools"));
    form->addRow(tr("&Denomination:"), m_denomination);
    m_vve = new QCheckBox(tr("A partner voorschool (VVE) on site"), this);
    form->addRow(QString(), m_vve);
    form->addRow(okCancel(this));
    fitToScreen(this);
}

ScenarioEdit NewSchoolDialog::edit() const
{
    AddSchoolEdit e;
    e.name = m_name->text().trimmed();
    e.location = m_site;
    e.capacity = m_capacity->value();
    e.denomination = m_denomination->currentData().toString();
    e.vve = m_vve->isChecked();
    return ScenarioEdit{e};
}

HousingDialog::HousingDialog(const GroupTable* groups, QList<QPointF> polygon, const QPointF& center, QWidget* parent)
    : QDialog(parent), m_polygon(std::move(polygon)), m_center(center)
{
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(m_polygon.isEmpty() ? tr("Housing within a circle around the point clicked.")
                                                : tr("Housing in the area drawn (%n corner(s)).", nullptr, static_cast<int>(m_polygon.size())),
                            this));
    m_name = new QLineEdit(tr("New housing"), this);
    form->addRow(tr("&Name:"), m_name);
    build(groups, form);
}

HousingDialog::HousingDialog(const Dataset& dataset, const QString& areaCode, QWidget* parent) : QDialog(parent), m_dataset(&dataset)
{
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("Housing in an existing buurt: the new children live spread over its area."), this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_area = new QComboBox(this);
    QList<qsizetype> order;
    for (qsizetype i = 0; i < dataset.areas.units.size(); ++i)
        if (dataset.areas.units[i].geometry)
            order.append(i);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return dataset.areas.units[a].name.localeAwareCompare(dataset.areas.units[b].name) < 0;
    });
    for (qsizetype i : order)
        m_area->addItem(QStringLiteral("%1 (%2)").arg(dataset.areas.units[i].name, dataset.areas.units[i].code), dataset.areas.units[i].code);
    m_area->setCurrentIndex(std::max(0, m_area->findData(areaCode)));
    form->addRow(tr("&Buurt:"), m_area);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("optional: the buurt names it"));
    form->addRow(tr("&Name:"), m_name);
    build(dataset.areaComposition.isEmpty() ? nullptr : &dataset.areaComposition.first(), form);
}

void HousingDialog::build(const GroupTable* groups, QFormLayout* form)
{
    setWindowTitle(tr("New housing"));
    setObjectName(QStringLiteral("HousingDialog"));
    m_children = new QSpinBox(this);
    m_children->setRange(1, 20000);
    m_children->setValue(100);
    m_children->setSuffix(tr(" primary pupils"));
    form->addRow(tr("&Children:"), m_children);
    m_radius = new QDoubleSpinBox(this);
    m_radius->setRange(25, 5000);
    m_radius->setValue(250);
    m_radius->setSuffix(tr(" m"));
    const bool circle = m_polygon.isEmpty() && !m_area;
    m_radius->setVisible(circle);
    if (circle)
        form->addRow(tr("&Radius:"), m_radius);
    m_gemeenteMix = new QCheckBox(tr("The gemeente's group mix"), this);
    m_gemeenteMix->setChecked(true);
    form->addRow(QString(), m_gemeenteMix);
    if (groups) {
        m_groups = groups->groups;
        for (qsizetype g = 0; g < groups->groups.size(); ++g) {
            auto* share = new QDoubleSpinBox(this);
            share->setRange(0, 100);
            share->setDecimals(0);
            share->setSuffix(tr(" %"));
            share->setValue(std::round(100.0 / groups->groups.size()));
            share->setEnabled(false);
            m_shares.append(share);
            form->addRow(groups->groupLabel(g) + QLatin1Char(':'), share);
        }
    }
    auto* buttons = okCancel(this);
    auto check = [this, buttons] {
        double sum = 0;
        for (QDoubleSpinBox* s : m_shares) {
            s->setEnabled(!m_gemeenteMix->isChecked());
            sum += s->value();
        }
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_gemeenteMix->isChecked() || std::abs(sum - 100.0) < 1.0);
        buttons->button(QDialogButtonBox::Ok)->setToolTip(buttons->button(QDialogButtonBox::Ok)->isEnabled() ? QString()
                                                                                                          : tr("The shares must add up to 100 %."));
    };
    connect(m_gemeenteMix, &QCheckBox::toggled, this, check);
    for (QDoubleSpinBox* s : m_shares)
        connect(s, &QDoubleSpinBox::valueChanged, this, check);
    form->addRow(buttons);
    check();
    fitToScreen(this);
}

ScenarioEdit HousingDialog::edit() const
{
    HousingEdit e;
    if (m_area) {
        const qsizetype i = m_dataset->areas.indexOf(m_area->currentData().toString());
        if (i >= 0)
            e = HousingEdit::inArea(m_dataset->areas.units[i]);
    } else {
        e.polygon = m_polygon;
    }
    e.name = m_name->text().trimmed();
    e.center = m_center;
    e.radius = m_radius->value();
    e.children = m_children->value();
    if (!m_gemeenteMix->isChecked()) {
        double sum = 0;
        for (QDoubleSpinBox* s : m_shares)
            sum += s->value();
        for (qsizetype g = 0; g < m_shares.size() && sum > 0; ++g)
            e.groupShares.insert(m_groups[g], m_shares[g]->value() / sum);
    }
    return ScenarioEdit{e};
}

ParentInitiativeDialog::ParentInitiativeDialog(const Dataset& dataset, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Parent initiative"));
    setObjectName(QStringLiteral("ParentInitiativeDialog"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("Parents of one group in one area agree to register their children together at one school."), this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_area = new QComboBox(this);
    QStringList pc4;
    for (const PupilFlow& f : dataset.pupilFlows)
        if (!f.isForeignOrUnknown() && !pc4.contains(f.homePostcode))
            pc4.append(f.homePostcode);
    pc4.sort();
    for (const QString& code : pc4)
        m_area->addItem(tr("Postcode %1").arg(code), code);
    if (pc4.isEmpty())
        for (qsizetype i = 0; i < dataset.areas.units.size(); ++i)
            m_area->addItem(QStringLiteral("%1 (%2)").arg(dataset.areas.units[i].name, dataset.areas.units[i].code), dataset.areas.units[i].code);
    form->addRow(tr("&Area:"), m_area);
    m_group = new QComboBox(this);
    if (!dataset.areaComposition.isEmpty()) {
        const GroupTable& t = dataset.areaComposition.first();
        for (qsizetype g = 0; g < t.groups.size(); ++g)
            m_group->addItem(t.groupLabel(g), t.groups[g]);
    }
    form->addRow(tr("&Group:"), m_group);
    m_children = new QSpinBox(this);
    m_children->setRange(1, 500);
    m_children->setValue(10);
    form->addRow(tr("&Children:"), m_children);
    m_school = new QComboBox(this);
    addSchools(m_school, dataset);
    form->addRow(tr("&School:"), m_school);
    auto* buttons = okCancel(this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_area->count() > 0 && m_group->count() > 0 && m_school->count() > 0);
    form->addRow(buttons);
    fitToScreen(this);
}

ScenarioEdit ParentInitiativeDialog::edit() const
{
    return ScenarioEdit{ParentInitiativeEdit{m_area->currentData().toString(), m_group->currentData().toString(), m_children->value(),
                                             m_school->currentData().toString()}};
}

MergeSchoolsDialog::MergeSchoolsDialog(const Dataset& dataset, const QString& schoolId, QWidget* parent) : QDialog(parent), m_first(schoolId)
{
    setWindowTitle(tr("Merge schools"));
    setObjectName(QStringLiteral("MergeSchoolsDialog"));
    auto* layout = new QVBoxLayout(this);
    const qsizetype first = dataset.schoolIndex(schoolId);
    layout->addWidget(new QLabel(tr("Merge %1 with (the merged school is at its site, with the places of all):")
                                     .arg(first >= 0 ? dataset.schools[first].name : schoolId),
                                 this));
    m_others = new QListWidget(this);
    QComboBox names; // sorted by name, as everywhere
    addSchools(&names, dataset, schoolId);
    for (int i = 0; i < names.count(); ++i) {
        auto* item = new QListWidgetItem(names.itemText(i), m_others);
        item->setData(Qt::UserRole, names.itemData(i));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_others);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(first >= 0 ? dataset.schools[first].name : QString());
    form->addRow(tr("Name of the merged school:"), m_name);
    layout->addLayout(form);
    auto* buttons = okCancel(this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_others, &QListWidget::itemChanged, this, [this, buttons] {
        bool any = false;
        for (int i = 0; i < m_others->count(); ++i)
            any = any || m_others->item(i)->checkState() == Qt::Checked;
        buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
    });
    layout->addWidget(buttons);
    fitToScreen(this);
}

ScenarioEdit MergeSchoolsDialog::edit() const
{
    MergeSchoolsEdit e;
    e.schoolIds << m_first;
    for (int i = 0; i < m_others->count(); ++i)
        if (m_others->item(i)->checkState() == Qt::Checked)
            e.schoolIds << m_others->item(i)->data(Qt::UserRole).toString();
    e.name = m_name->text().trimmed();
    return ScenarioEdit{e};
}

} // namespace Mk
