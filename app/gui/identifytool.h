// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/maptool.h"

namespace Mk {

/** Click a school or buurt to select it and show its attributes (QGIS "Identify Features"). */
class IdentifyTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    QCursor cursor() const override { return Qt::WhatsThisCursor; }
    void pressEvent(QMouseEvent* event) override;
};

} // namespace Mk
