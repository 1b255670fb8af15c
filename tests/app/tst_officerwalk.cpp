// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "gui/briefingdialog.h"
#include "gui/mainwindow.h"
#include "gui/mapcanvas.h"
#include "gui/projectcontroller.h"
#include "gui/scenariocontroller.h"
#include "gui/scenariodock.h"
#include "gui/scenarioeditdialogs.h"
#include "gui/scenarioresultsdock.h"
#include "project/projectdocument.h"
#include "scenario/scenariorunner.h"
#include "guitestutils.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>

#include <algorithm>

using namespace Mk;

namespace {

/** One row per window size, named "1366x768". */
void screenSizes(const QList<QSize>& sizes)
{
    QTest::addColumn<QSize>("size");
    for (const QSize& size : sizes)
        QTest::newRow(qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height()))) << size;
}

} // namespace

/**
 * Issue 15, item 8 as an officer does it, in Dutch: open a gemeente, choose the new-school tool, drag a site (the live
 * preview), place it, run, read the results and put the scenario in the briefing. MK_SCREENSHOTS=DIR keeps a screenshot
 * of each step and the briefing PDF there to look at; MK_WALK_GEMEENTE picks the gemeente (default the demo, Baarn).
 */
class TstOfficerWalk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { initGuiTest(QStringLiteral("tst_officerwalk"), QStringLiteral("nl")); }

    /**
     * Item 2: on a laptop (1366x768) with a scenario that ran, every label of the scenario panel has the height its
     * wrapped text needs at its width and lies inside the panel's width: scrolling shows it whole, nothing is cut.
     */
    void scenarioPanelCutsNoLabel_data() { screenSizes({QSize(1366, 768), QSize(1024, 600)}); }

    void scenarioPanelCutsNoLabel()
    {
        QFETCH(QSize, size);
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, size));
        QVERIFY(settle(w));
        ScenarioController* scenarios = w.scenarios();
        w.scenarioDock()->raise();
        scenarios->addEdit(ScenarioEdit{AddSchoolEdit{QString(), QStringLiteral("De Nieuwbouw"), w.canvas()->toMap(QPointF(w.canvas()->rect().center())),
                                                      200, QString(), false, std::nullopt}});
        Scenario few = *scenarios->currentScenario();
        few.runs = 10;
        w.projects()->document()->setScenario(scenarios->current(), few, [] { return QStringLiteral("runs"); });
        scenarios->run();
        QTRY_VERIFY_WITH_TIMEOUT(!scenarios->isRunning() && scenarios->currentOutcome(), 120000);
        QTest::qWait(100);
        auto* scroll = qobject_cast<QScrollArea*>(w.scenarioDock()->widget());
        QVERIFY(scroll);
        const int viewport = scroll->viewport()->width();
        screenshot(w.scenarioDock(), QStringLiteral("scenariodock-%1x%2").arg(size.width()).arg(size.height()));
        screenshot(scroll->widget(), QStringLiteral("scenariodock-%1x%2-whole").arg(size.width()).arg(size.height()));
        int checked = 0;
        for (QLabel* label : scroll->widget()->findChildren<QLabel*>()) {
            if (!label->isVisibleTo(scroll->widget()) || label->text().isEmpty())
                continue;
            ++checked;
            const QRect r(label->mapTo(scroll->widget(), QPoint(0, 0)), label->size());
            QVERIFY2(r.right() < viewport, qPrintable(QStringLiteral("\"%1\" reaches x = %2 of a panel %3 wide").arg(label->text()).arg(r.right()).arg(viewport)));
            if (label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("\"%1\" is %2 px high, its text needs %3").arg(label->text()).arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
        }
        QVERIFY(checked >= 5);
    }

    void walk_data() { screenSizes({QSize(1366, 768), QSize(1920, 1080)}); }

    void walk()
    {
        QFETCH(QSize, size);
        const QString gemeente = qEnvironmentVariable("MK_WALK_GEMEENTE");
        const QString tag = QStringLiteral("%1-%2x%3").arg(gemeente.isEmpty() ? QStringLiteral("baarn") : gemeente.toLower())
                                .arg(size.width()).arg(size.height());
        MainWindow w;
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        screenshot(&w, tag + QStringLiteral("-0-welcome"));
        QSignalSpy shown(&w, &MainWindow::datasetShown);
        if (gemeente.isEmpty())
            QTest::mouseClick(w.welcome()->demoButton(), Qt::LeftButton);
        else
            w.openGemeente(gemeente); // what the welcome screen's gemeente list does
        QVERIFY(shown.wait(120000));
        QVERIFY(settle(w));
        screenshot(&w, tag + QStringLiteral("-1-loaded"));

        ScenarioController* scenarios = w.scenarios();
        QSignalSpy calibrated(scenarios, &ScenarioController::calibrated);
        w.newSchoolAction()->trigger();
        QTest::qWait(300);
        screenshot(&w, tag + QStringLiteral("-2-calibrating"));
        QTRY_VERIFY_WITH_TIMEOUT(calibrated.count() == 1, 300000);
        screenshot(&w, tag + QStringLiteral("-3-calibrated"));

        MapCanvas* canvas = w.canvas();
        const QRect r = canvas->rect();
        const QPoint start = r.center() + QPoint(r.width() / 10, -r.height() / 12);
        QTest::mousePress(canvas, Qt::LeftButton, {}, start);
        QPoint at = start;
        // From a move to the preview of the new site, panels and map handled: the slot connected last runs after theirs.
        QList<double> waits;
        QElapsedTimer t;
        QPointF site;
        bool shownHere = false;
        const auto connection = connect(scenarios, &ScenarioController::outcomeChanged, this, [&] {
            if (!shownHere && scenarios->currentOutcome() && scenarios->currentOutcome()->result.schools.back().location == site) {
                shownHere = true;
                waits << t.nsecsElapsed() * 1e-9;
            }
        });
        for (int k = 1; k <= 9; ++k) {
            at = start + QPoint(6 * k, 4 * k);
            site = canvas->toMap(QPointF(at));
            shownHere = false;
            t.start();
            QTest::mouseMove(canvas, at);
            QTRY_VERIFY_WITH_TIMEOUT(shownHere, 60000);
        }
        disconnect(connection);
        std::sort(waits.begin(), waits.end());
        qInfo("%s: preview shown after a move: median %.3f s, slowest %.3f s", qPrintable(tag), waits[waits.size() / 2], waits.back());
        screenshot(&w, tag + QStringLiteral("-4-preview"));
        bool dialogScrolls = true;
        acceptDialog<NewSchoolDialog>([tag, &dialogScrolls](NewSchoolDialog& d) {
            d.nameEdit()->setText(QStringLiteral("De Nieuwbouw"));
            QTest::qWait(200); // the dialog as it settles on the screen
            screenshot(&d, tag + QStringLiteral("-5-dialog"));
            // It fits the screen, so nothing of it scrolls (a scroll bar half hid the VVE box).
            const auto* scroll = d.findChild<QScrollArea*>(QStringLiteral("screenFitScroll"));
            dialogScrolls = !scroll || scroll->horizontalScrollBar()->isVisible() || scroll->verticalScrollBar()->isVisible();
        });
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, at);
        QTRY_COMPARE(w.projects()->project().scenarios.size(), 1);
        QVERIFY(!dialogScrolls);
        QTest::mouseClick(w.scenarioDock()->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!scenarios->isRunning() && scenarios->currentOutcome(), 300000);
        QVERIFY(settle(w));
        screenshot(&w, tag + QStringLiteral("-6-results"));
        ScenarioResultsDock* results = w.scenarioResults();
        QVERIFY(!results->verificationLabel()->text().isEmpty());
        for (int tab = 0; tab < results->tabs()->count(); ++tab) {
            results->tabs()->setCurrentIndex(tab);
            QTest::qWait(100);
            screenshot(&w, tag + QStringLiteral("-7-tab%1").arg(tab));
        }
        screenshot(w.scenarioDock(), tag + QStringLiteral("-8-scenariodock"));

        w.briefingAction()->trigger();
        auto* dialog = w.findChild<BriefingDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->content() != nullptr && !dialog->isComputing(), 120000);
        QCOMPARE(dialog->scenarioBoxes().size(), 1);
        QVERIFY(dialog->scenarioBoxes().front()->isChecked()); // it ran, so it is chosen
        screenshot(dialog, tag + QStringLiteral("-9-briefing"));
        const QString dir = qEnvironmentVariable("MK_SCREENSHOTS");
        if (!dir.isEmpty())
            QVERIFY(dialog->savePdf(QDir(dir).filePath(tag + QStringLiteral("-briefing.pdf"))));
        dialog->close();
    }
};

QTEST_MAIN(TstOfficerWalk)
#include "tst_officerwalk.moc"
