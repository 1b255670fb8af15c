// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QPainter;

namespace Mk {

/** Something drawn on top of the rendered map on the GUI thread (after the selection, before the active tool). */
class MapOverlay : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /** Paints in widget coordinates of the canvas. */
    virtual void paint(QPainter& painter) = 0;
};

} // namespace Mk
