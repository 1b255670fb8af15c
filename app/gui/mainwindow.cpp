// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

namespace Mk {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Mengkaart"));
    resize(1280, 800);
}

} // namespace Mk
