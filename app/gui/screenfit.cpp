// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/screenfit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace Mk {

namespace {
// Title bar and borders of a typical desktop's window frame, which the available area does not include.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;

/** Moves the dialog's layout into a scroll area, which it returns; its button box, if the layout holds one, stays below. */
QScrollArea* scrollContent(QDialog* dialog)
{
    QLayout* inner = dialog->layout();
    if (!inner)
        return nullptr;
    QDialogButtonBox* buttons = nullptr;
    for (int i = 0; i < inner->count() && !buttons; ++i)
        buttons = qobject_cast<QDialogButtonBox*>(inner->itemAt(i)->widget());
    if (buttons)
        inner->removeWidget(buttons);
    const QMargins margins = inner->contentsMargins();
    auto* content = new QWidget;
    content->setLayout(inner); // takes the layout and its widgets over from the dialog (QWidget::setLayout)
    auto* scroll = new QScrollArea(dialog);
    scroll->setObjectName(QStringLiteral("screenFitScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(dialog);
    outer->setContentsMargins(0, 0, 0, buttons ? margins.bottom() : 0);
    outer->addWidget(scroll, 1);
    if (buttons) {
        auto* row = new QVBoxLayout;
        row->setContentsMargins(margins.left(), 0, margins.right(), 0);
        row->addWidget(buttons);
        outer->addLayout(row);
    }
    return scroll;
}
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

void scrollDockContent(QDockWidget* dock)
{
    QWidget* content = dock->widget();
    if (!content)
        return;
    auto* scroll = new QScrollArea(dock);
    scroll->setObjectName(QStringLiteral("dockScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content); // reparents the form into the scroll area's viewport
    dock->setWidget(scroll);
}

void fitToScreen(QWidget* window, const QSize& wanted, DialogContent content)
{
    // What the window would take at its full height, before its content learns to scroll.
    QSize size = wanted.isValid() ? wanted : window->sizeHint();
    auto* dialog = qobject_cast<QDialog*>(window);
    const QSize limit = availableWindowSize(window);
    if (dialog && !qobject_cast<QWizard*>(dialog) && content == DialogContent::Scrolls) {
        QScrollArea* scroll = scrollContent(dialog);
        if (!wanted.isValid()) // room for a scroll bar, should the screen be too low after all
            size.rwidth() += dialog->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        // The content whole where the screen has room for it: left to the layout, the scroll area got a few pixels
        // less than its content when the dialog showed, and a scroll bar came up in a dialog that fits (NewSchoolDialog).
        if (scroll && limit.isValid()) {
            const QSize around = dialog->layout()->sizeHint() - scroll->sizeHint(); // the buttons below and the margins
            scroll->setMinimumSize(scroll->widget()->sizeHint().boundedTo(limit - around));
        }
    }
    window->resize(limit.isValid() ? size.boundedTo(limit) : size);
}

} // namespace Mk
