// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/welcomewidget.h"

#include "io/gemeentedirectory.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Mk {

WelcomeWidget::WelcomeWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("WelcomeWidget"));
    setAutoFillBackground(true);
    auto* outer = new QVBoxLayout(this);
    auto* column = new QWidget(this);
    column->setMinimumWidth(460);
    column->setMaximumWidth(560);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(12);

    auto* title = new QLabel(column);
    m_title = title;
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 2.2);
    tf.setBold(true);
    title->setFont(tf);
    auto* intro = new QLabel(column);
    m_intro = intro;
    intro->setWordWrap(true);

    m_search = new QLineEdit(column);
    m_search->setClearButtonEnabled(true);
    m_gemeenten = new QListWidget(column);
    m_gemeenten->setMaximumHeight(96);
    m_gemeenten->setMinimumHeight(40); // with the rest of the page, no taller than a 768-line laptop allows
    if (const auto& directory = GemeenteDirectory::embedded()) {
        for (const GemeenteInfo& g : directory->gemeenten()) {
            auto* item = new QListWidgetItem(g.displayName(), m_gemeenten);
            item->setData(Qt::UserRole, g.code);
            item->setData(Qt::UserRole + 1, GemeenteDirectory::normalized(g.name + g.code));
        }
    }
    m_openGemeente = new QPushButton(column);
    m_openGemeente->setMinimumHeight(32);
    m_openGemeente->setEnabled(false);
    auto* gemeenteRow = new QHBoxLayout;
    gemeenteRow->addWidget(m_search, 1);
    gemeenteRow->addWidget(m_openGemeente);

    m_demo = new QPushButton(column);
    m_demo->setDefault(true);
    m_demo->setMinimumHeight(40);
    m_new = new QPushButton(column);
    m_new->setMinimumHeight(40);
    m_open = new QPushButton(column);
    m_open->setMinimumHeight(40);

    auto* recentTitle = new QLabel(column);
    m_recentTitle = recentTitle;
    QFont rf = recentTitle->font();
    rf.setBold(true);
    recentTitle->setFont(rf);
    m_recent = new QListWidget(column);
    m_recent->setMaximumHeight(100);
    m_projectsTitle = new QLabel(column);
    m_projectsTitle->setFont(rf);
    m_projects = new QListWidget(column);
    m_projects->setObjectName(QStringLiteral("recentProjects"));
    m_projects->setMaximumHeight(100);
    // Projects beside analyses: one more list below would push the page past a 768-line laptop.
    auto* recentRow = new QGridLayout;
    recentRow->addWidget(m_projectsTitle, 0, 0);
    recentRow->addWidget(recentTitle, 0, 1);
    recentRow->addWidget(m_projects, 1, 0);
    recentRow->addWidget(m_recent, 1, 1);

    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(gemeenteRow);
    layout->addWidget(m_gemeenten);
    layout->addWidget(m_demo);
    layout->addWidget(m_new);
    layout->addWidget(m_open);
    layout->addSpacing(8);
    layout->addLayout(recentRow);
    outer->addStretch(1);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_demo, &QPushButton::clicked, this, &WelcomeWidget::openDemoRequested);
    connect(m_search, &QLineEdit::textChanged, this, &WelcomeWidget::filterGemeenten);
    connect(m_search, &QLineEdit::returnPressed, this, &WelcomeWidget::openSelectedGemeente);
    connect(m_openGemeente, &QPushButton::clicked, this, &WelcomeWidget::openSelectedGemeente);
    connect(m_gemeenten, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openGemeenteRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_gemeenten, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* current) { m_openGemeente->setEnabled(current && !current->isHidden()); });
    connect(m_new, &QPushButton::clicked, this, &WelcomeWidget::newAnalysisRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomeWidget::openProjectRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { emit recentRequested(m_recent->row(item)); });
    connect(m_projects, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const QString path = item->data(Qt::UserRole).toString(); !path.isEmpty())
            emit recentProjectRequested(path);
    });
    retranslateUi();
}

void WelcomeWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        setRecent(m_recentNames);
        setRecentProjects(m_projectPaths);
    }
    QWidget::changeEvent(event);
}

void WelcomeWidget::retranslateUi()
{
    m_title->setText(tr("Mengkaart"));
    m_intro->setText(tr("See how mixed the schools in your gemeente are, compare each school with its "
                        "neighbourhood, and prepare the segregation item of the LEA meeting."));
    m_search->setPlaceholderText(tr("Every gemeente: type a name or code, e.g. Nijmegen"));
    m_gemeenten->setToolTip(tr("CBS wijken 2022, DUO schools and pupils by home postcode 2024, CBS PC4 figures and SES-WOA, "
                               "Inspectie schoolweging; all shipped with the program, nothing is downloaded."));
    m_openGemeente->setText(tr("Open gemeente"));
    m_demo->setText(tr("Open demo gemeente (Baarn)"));
    m_demo->setToolTip(tr("Real CBS 2024 buurten and DUO 2024 schools of Baarn, shipped with the program."));
    m_new->setText(tr("New analysis…"));
    m_new->setToolTip(tr("Choose the buurt file, your gemeente and the school file; map the columns."));
    m_open->setText(tr("Open project…"));
    m_open->setToolTip(tr("Open a project you saved earlier (.mengkaart)."));
    m_recentTitle->setText(tr("Recent analyses"));
    m_projectsTitle->setText(tr("Recent projects"));
}

void WelcomeWidget::filterGemeenten(const QString& text)
{
    const QString key = GemeenteDirectory::normalized(text);
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < m_gemeenten->count(); ++i) {
        QListWidgetItem* item = m_gemeenten->item(i);
        const QString name = item->data(Qt::UserRole + 1).toString();
        const bool shown = key.isEmpty() || name.contains(key);
        item->setHidden(!shown);
        // Names that start with the text come first in the choice of the current item.
        if (shown && (!first || (name.startsWith(key) && !first->data(Qt::UserRole + 1).toString().startsWith(key))))
            first = item;
    }
    m_gemeenten->setCurrentItem(key.isEmpty() ? nullptr : first);
    if (first && !key.isEmpty())
        m_gemeenten->scrollToItem(first);
    m_openGemeente->setEnabled(!key.isEmpty() && first);
}

void WelcomeWidget::openSelectedGemeente()
{
    if (QListWidgetItem* item = m_gemeenten->currentItem(); item && !item->isHidden())
        emit openGemeenteRequested(item->data(Qt::UserRole).toString());
}

void WelcomeWidget::setRecent(const QStringList& names)
{
    m_recentNames = names;
    m_recent->clear();
    if (names.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No recent analyses yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    m_recent->addItems(names);
}

void WelcomeWidget::setRecentProjects(const QStringList& paths)
{
    m_projectPaths = paths;
    m_projects->clear();
    if (paths.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No saved projects yet."), m_projects);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QFileInfo(path).completeBaseName(), m_projects);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
}

} // namespace Mk
