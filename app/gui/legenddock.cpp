// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/legenddock.h"

#include "gui/mapworkspace.h"
#include "itemmodels/layertreemodel.h"
#include "render/legendrenderer.h"
#include "render/maplayer.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>

namespace Mk {

LegendDock::LegendDock(MapWorkspace* workspace, QWidget* parent)
    : QDockWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("LegendDock"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_label = new QLabel(scroll);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->setContentsMargins(8, 8, 8, 8);
    m_label->setBackgroundRole(QPalette::Base);
    m_label->setAutoFillBackground(true);
    scroll->setWidget(m_label);
    setWidget(scroll);
    connect(workspace->layers(), &LayerTreeModel::layersChanged, this, &LegendDock::rebuild);
    retranslateUi();
}

void LegendDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild();
    }
    QDockWidget::changeEvent(event);
}

void LegendDock::retranslateUi()
{
    setWindowTitle(tr("Legend"));
}

void LegendDock::rebuild()
{
    QList<LegendGroup> groups;
    const auto order = m_workspace->layers()->renderOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it)
        groups.append((*it)->legend());
    m_groupCount = static_cast<int>(groups.size());
    if (groups.isEmpty()) {
        m_label->setPixmap({});
        return;
    }
    const QFont font = this->font();
    const QSizeF size = LegendRenderer::legendSize(groups, font);
    const double dpr = devicePixelRatioF();
    QPixmap pixmap((size * dpr).toSize() + QSize(2, 2));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    LegendRenderer::drawLegend(painter, groups, QPointF(0, 0), font);
    painter.end();
    m_label->setPixmap(pixmap);
}

} // namespace Mk
