// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the GUI tests share: their start-up, and opening the demo as a user does.

#include "gui/catchmentcontroller.h"
#include "gui/languagemenu.h"
#include "gui/mapcanvas.h"
#include "gui/mainwindow.h"
#include "gui/welcomewidget.h"
#include "shared/appinit.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

/**
 * Settings in test mode under the test's own name, emptied so no window state of an earlier run leaks
 * in, and the user interface in `language` as the application sets it.
 */
inline void initGuiTest(const QString& name, const QString& language)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MengkaartTest"));
    QCoreApplication::setApplicationName(name);
    QSettings().clear();
    Mk::AppInit::initialise(*qApp, language);
}

/** Shows `window` at `size`, clicks the welcome screen's demo button and waits until the map shows Baarn. */
inline bool openDemoLikeAUser(Mk::MainWindow& window, const QSize& size)
{
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QSignalSpy shown(&window, &Mk::MainWindow::datasetShown);
    QTest::mouseClick(window.welcome()->demoButton(), Qt::LeftButton);
    return shown.wait(60000);
}

/** Picks a language in Settings → Taal / Language as the user would (`code` "nl", "en" or "" for the system's). */
inline void chooseLanguage(const Mk::MainWindow& window, const QString& code)
{
    auto* menu = window.findChild<Mk::LanguageMenu*>();
    QVERIFY(menu);
    for (QAction* a : menu->actions())
        if (a->isCheckable() && a->data().toString() == code) {
            a->trigger();
            return;
        }
    QFAIL("no such language in the menu");
}

/** Waits until the catchment analysis finished and the map is drawn (including a redraw the last change scheduled). */
inline bool settle(Mk::MainWindow& w)
{
    if (!QTest::qWaitFor([&] { return w.catchments()->result() && !w.catchments()->isRunning(); }, 60000))
        return false;
    auto drawn = [&] { return !w.canvas()->isRendering() && !w.canvas()->renderedImage().isNull(); };
    if (!QTest::qWaitFor(drawn, 20000))
        return false;
    QTest::qWait(50);
    return QTest::qWaitFor(drawn, 20000);
}

/** Saves a screenshot when MK_SCREENSHOTS names a folder (for looking at the GUI as a person would). */
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MK_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

/** Runs `fill` on the modal dialog of type D as soon as it shows, then accepts it. */
template <typename D, typename Fn> void acceptDialog(Fn fill)
{
    QTimer::singleShot(0, [fill] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog) {
            acceptDialog<D>(fill);
            return;
        }
        fill(*dialog);
        dialog->accept();
    });
}
