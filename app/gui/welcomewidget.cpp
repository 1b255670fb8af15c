// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/welcomewidget.h"

#include <QEvent>
#include <QLabel>
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
    m_recent->setMaximumHeight(160);

    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_demo);
    layout->addWidget(m_new);
    layout->addWidget(m_open);
    layout->addSpacing(8);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recent);
    outer->addStretch(1);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_demo, &QPushButton::clicked, this, &WelcomeWidget::openDemoRequested);
    connect(m_new, &QPushButton::clicked, this, &WelcomeWidget::newAnalysisRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomeWidget::openProjectRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { emit recentRequested(m_recent->row(item)); });
    retranslateUi();
}

void WelcomeWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        setRecent(m_recentNames);
    }
    QWidget::changeEvent(event);
}

void WelcomeWidget::retranslateUi()
{
    m_title->setText(tr("Mengkaart"));
    m_intro->setText(tr("See how mixed the schools in your gemeente are, compare each school with its "
                        "neighbourhood, and prepare the segregation item of the LEA meeting."));
    m_demo->setText(tr("Open demo gemeente (Baarn)"));
    m_demo->setToolTip(tr("Real CBS 2024 buurten and DUO 2024 schools of Baarn, shipped with the program."));
    m_new->setText(tr("New analysis…"));
    m_new->setToolTip(tr("Choose the buurt file, your gemeente and the school file; map the columns."));
    m_open->setText(tr("Open project…"));
    m_open->setToolTip(tr("Open a project you saved earlier (.mengkaart)."));
    m_recentTitle->setText(tr("Recent analyses"));
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

} // namespace Mk
