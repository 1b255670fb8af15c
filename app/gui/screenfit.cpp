// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace Mk {

namespace {
// Title bar and borders of a typical desktop's window frame, which the available area does not include.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;
} // namespace

QSize availableWindowSize(const QWidget* window)
{
    const QWidget* top = window->parentWidget() ? window->parentWidget()->window() : window;
    QScreen* screen = top->screen() ? top->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return {};
    const QSize available = screen->availableGeometry().size();
    return {std::max(320, available.width() - kFrameWidth), std::max(240, available.height() - kFrameHeight)};
}

void resizeWithinScreen(QWidget* window, const QSize& wanted)
{
    const QSize limit = availableWindowSize(window);
    window->resize(limit.isValid() ? wanted.boundedTo(limit) : wanted);
}

} // namespace Mk
