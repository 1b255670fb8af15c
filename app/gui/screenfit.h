// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QWidget;

namespace Mk {

/**
 * Resizes a window to `wanted`, but never larger than the screen's available area minus room for the
 * window frame and title bar, so that on a 1366×768 laptop every button stays in reach.
 */
void resizeWithinScreen(QWidget* window, const QSize& wanted);
/** The largest size a window's contents may take on its screen (available area minus the frame). */
QSize availableWindowSize(const QWidget* window);

} // namespace Mk
