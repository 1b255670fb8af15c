// SPDX-License-Identifier: GPL-3.0-or-later
// Help → User guide: F1 opens the part about the panel in focus, the shortcut list is the actions' own, the language follows.
#include "gui/afspiegelingdock.h"
#include "gui/attributetabledock.h"
#include "gui/briefingdialog.h"
#include "gui/filterdock.h"
#include "gui/helpwindow.h"
#include "gui/identifypanel.h"
#include "gui/languagemenu.h"
#include "gui/layersdock.h"
#include "gui/legenddock.h"
#include "gui/mainwindow.h"
#include "gui/mapcanvas.h"
#include "gui/scenariodock.h"
#include "gui/scenarioresultsdock.h"
#include "help/userguide.h"
#include "guitestutils.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>

#include <algorithm>
#include <cstdlib>

using namespace Mk;

namespace {

/** The top of the block that carries `anchor` in the browser's document, in document coordinates; -1 if none. */
int anchorTop(const QTextBrowser* browser, const QString& anchor)
{
    const QTextDocument* doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        // An empty <a name> before a heading leaves its name on the block's own character format.
        if (block.charFormat().anchorNames().contains(anchor))
            return qRound(doc->documentLayout()->blockBoundingRect(block).top());
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorNames().contains(anchor))
                return qRound(doc->documentLayout()->blockBoundingRect(block).top());
    }
    return -1;
}

/** Whether the browser shows `anchor` at the top of its view (or is scrolled as far as it goes). */
bool showsAnchor(const QTextBrowser* browser, const QString& anchor)
{
    const int top = anchorTop(browser, anchor);
    const QScrollBar* bar = browser->verticalScrollBar();
    return top >= 0 && (std::abs(bar->value() - top) <= 30 || (bar->value() == bar->maximum() && top >= bar->maximum()));
}

/** The first visible widget inside `panel` that takes the keyboard focus. */
QWidget* focusableIn(QWidget* panel)
{
    if (panel->focusPolicy() & Qt::TabFocus)
        return panel;
    for (QWidget* w : panel->findChildren<QWidget*>())
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            return w;
    return nullptr;
}

void menuActions(const QMenu* menu, QList<QAction*>& out)
{
    for (QAction* a : menu->actions()) {
        if (a->menu())
            menuActions(a->menu(), out);
        else
            out.append(a);
    }
}

} // namespace

class TstHelpWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { initGuiTest(QStringLiteral("tst_helpwindow"), QStringLiteral("nl")); }

    void f1OpensThePartAboutThePanelInFocus()
    {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.guideAction()->shortcuts(), QKeySequence::keyBindings(QKeySequence::HelpContents));
        QVERIFY(!w.guideAction()->shortcuts().isEmpty());
        const QKeySequence f1 = w.guideAction()->shortcut();

        auto pressHelpIn = [&](QWidget* widget) {
            widget->window()->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(widget->window()));
            widget->setFocus(Qt::OtherFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), widget);
            QTest::keySequence(widget, f1);
        };

        // The welcome screen, before any data.
        pressHelpIn(w.welcome()->demoButton());
        QVERIFY(w.helpWindow());
        QTRY_VERIFY(w.helpWindow()->isVisible());
        QCOMPARE(w.helpWindow()->currentAnchor(), QString::fromLatin1(GuideAnchor::Start));
        QTRY_VERIFY(showsAnchor(w.helpWindow()->browser(), QString::fromLatin1(GuideAnchor::Start)));

        QSignalSpy shown(&w, &MainWindow::datasetShown);
        QTest::mouseClick(w.welcome()->demoButton(), Qt::LeftButton);
        QVERIFY(shown.wait(60000));

        const QList<std::pair<QWidget*, const char*>> panels{
            {w.canvas(), GuideAnchor::Map},
            {w.layersDock(), GuideAnchor::Layers},
            {w.legendDock(), GuideAnchor::Legend},
            {w.filterDock(), GuideAnchor::Filter},
            {w.identifyPanel(), GuideAnchor::Identify},
            {w.tableDock(), GuideAnchor::Table},
            {w.afspiegelingDock(), GuideAnchor::Afspiegeling},
            {w.scenarioDock(), GuideAnchor::Scenario},
            {w.scenarioResults(), GuideAnchor::ScenarioResults},
            {w.undoDock(), GuideAnchor::Undo},
        };
        for (const auto& [panel, anchor] : panels) {
            if (auto* dock = qobject_cast<QDockWidget*>(panel)) {
                dock->show();
                dock->raise();
            }
            QWidget* target = focusableIn(panel);
            QVERIFY2(target, anchor);
            pressHelpIn(target);
            QCOMPARE(w.helpWindow()->currentAnchor(), QString::fromLatin1(anchor));
            QTRY_VERIFY2(showsAnchor(w.helpWindow()->browser(), QString::fromLatin1(anchor)), anchor);
        }

        // The briefing is a window of its own.
        w.briefingAction()->trigger();
        auto* briefing = w.findChild<BriefingDialog*>();
        QVERIFY(briefing);
        QWidget* inBriefing = focusableIn(briefing);
        QVERIFY(inBriefing);
        pressHelpIn(inBriefing);
        QCOMPARE(w.helpWindow()->currentAnchor(), QString::fromLatin1(GuideAnchor::Briefing));
        QTRY_VERIFY(showsAnchor(w.helpWindow()->browser(), QString::fromLatin1(GuideAnchor::Briefing)));
        QTRY_VERIFY_WITH_TIMEOUT(!briefing->isComputing(), 60000);
        briefing->close();
        saveScreenshot(*w.helpWindow(), QStringLiteral("help-nl"));

        // The language follows while the guide is open, at the same part.
        chooseLanguage(w, QStringLiteral("en"));
        QTRY_VERIFY(w.helpWindow()->browser()->toPlainText().contains(QStringLiteral("Mengkaart user guide")));
        QVERIFY(!w.helpWindow()->browser()->toPlainText().contains(QStringLiteral("Handleiding Mengkaart")));
        QCOMPARE(w.helpWindow()->windowTitle(), QStringLiteral("Mengkaart — User guide"));
        QTRY_VERIFY(showsAnchor(w.helpWindow()->browser(), QString::fromLatin1(GuideAnchor::Briefing)));
        saveScreenshot(*w.helpWindow(), QStringLiteral("help-en"));
        chooseLanguage(w, QStringLiteral("nl"));
        QTRY_VERIFY(w.helpWindow()->browser()->toPlainText().contains(QStringLiteral("Handleiding Mengkaart")));
        QTRY_VERIFY(showsAnchor(w.helpWindow()->browser(), QString::fromLatin1(GuideAnchor::Briefing)));
    }

    void shortcutListIsTheActionsOwn()
    {
        MainWindow w;
        // What the guide lists: every row's keys belong to one action of the window, with the action's name.
        const auto html = UserGuide::html(TextLanguage::application(), w.guideShortcuts());
        QVERIFY(html);
        const QList<QStringList> listed = UserGuide::listedShortcuts(*html);
        QVERIFY(listed.size() >= 15);
        QSet<QString> listedKeys;
        const QList<QAction*> actions = w.findChildren<QAction*>();
        for (const QStringList& row : listed) {
            QList<QKeySequence> keys;
            for (const QString& k : row) {
                keys.append(QKeySequence::fromString(k, QKeySequence::NativeText));
                QVERIFY2(!listedKeys.contains(k), qPrintable(k + QStringLiteral(" listed twice")));
                listedKeys.insert(k);
            }
            const bool exists = std::any_of(actions.begin(), actions.end(), [&](const QAction* a) { return a->shortcuts() == keys; });
            QVERIFY2(exists, qPrintable(row.join(QLatin1Char(','))));
        }
        // ... and every shortcut of the menus, the toolbar and the window is listed.
        QList<QAction*> reachable = w.actions();
        for (QAction* top : w.menuBar()->actions())
            if (top->menu())
                menuActions(top->menu(), reachable);
        for (const QAction* a : std::as_const(reachable))
            for (const QKeySequence& k : a->shortcuts())
                QVERIFY2(listedKeys.contains(k.toString(QKeySequence::NativeText)), qPrintable(a->text()));
        // The standard keys of the platform are the ones used.
        for (const auto key : {QKeySequence::ZoomIn, QKeySequence::ZoomOut, QKeySequence::SaveAs, QKeySequence::Undo, QKeySequence::Redo,
                               QKeySequence::HelpContents, QKeySequence::Save, QKeySequence::Open})
            for (const QKeySequence& k : QKeySequence::keyBindings(key))
                QVERIFY2(listedKeys.contains(k.toString(QKeySequence::NativeText)), qPrintable(k.toString()));
        QCOMPARE(w.zoomInStepAction()->shortcuts(), QKeySequence::keyBindings(QKeySequence::ZoomIn));
        QCOMPARE(w.zoomOutStepAction()->shortcuts(), QKeySequence::keyBindings(QKeySequence::ZoomOut));
        QVERIFY(!w.zoomInStepAction()->shortcuts().isEmpty());
        // The guide as shown names them too.
        w.guideAction()->trigger();
        QVERIFY(w.helpWindow());
        const QString shownText = w.helpWindow()->browser()->toPlainText();
        for (const QString& k : std::as_const(listedKeys))
            QVERIFY2(shownText.contains(k), qPrintable(k));
        QVERIFY(shownText.contains(w.zoomInStepAction()->text().remove(QLatin1Char('&'))));
    }

    void zoomStepsZoomTheMap()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        const double before = w.canvas()->mapSettings().scaleDenominator();
        w.zoomInStepAction()->trigger();
        QVERIFY(w.canvas()->mapSettings().scaleDenominator() < before * 0.99);
        w.zoomOutStepAction()->trigger();
        w.zoomOutStepAction()->trigger();
        QVERIFY(w.canvas()->mapSettings().scaleDenominator() > before * 1.01);
    }

private:
    /** With MK_SCREENSHOT_DIR set (a person looking, e.g. under Xvfb at 1366x768), saves what the window shows. */
    static void saveScreenshot(QWidget& window, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(500);
        window.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
};

QTEST_MAIN(TstHelpWindow)
#include "tst_helpwindow.moc"
