// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/maptool.h"

#include <QPointF>

namespace Mk {

/** Map tool "Nieuwe school": a click chooses the site of a new school (siteChosen, in EPSG:28992). */
class NewSchoolTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    QCursor cursor() const override { return Qt::CrossCursor; }
    void pressEvent(QMouseEvent* event) override;

signals:
    void siteChosen(const QPointF& site);
};

} // namespace Mk
