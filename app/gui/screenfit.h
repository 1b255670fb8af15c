// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QDockWidget;
class QWidget;

namespace Mk {

/**
 * Every window of the application opens within its screen, so that on a 1366×768 laptop every button
 * stays in reach: the main window, each dialog and the import wizard call fitToScreen() once their layout
 * is complete.
 */
enum class DialogContent {
    Scrolls,   ///< the content moves into a QScrollArea, the dialog's button box stays below it in reach
    ScrollsOwn ///< the dialog scrolls what may grow itself (a table, a preview): only its size is clamped
};

/**
 * Opens `window` at `wanted` (its size hint when invalid), never larger than its screen's available area
 * minus the window frame; with DialogContent::Scrolls a dialog's content scrolls instead of growing past it.
 */
void fitToScreen(QWidget* window, const QSize& wanted = {}, DialogContent content = DialogContent::Scrolls);
/**
 * Puts a dock's form into a scroll area, so that the dock can shrink to a few lines and a laptop's main window
 * still fits its screen with every panel open; the form scrolls instead.
 */
void scrollDockContent(QDockWidget* dock);
/** The largest size a window's contents may take on its screen (available area minus the frame). */
QSize availableWindowSize(const QWidget* window);

} // namespace Mk
