// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 item 5: on a 1366×768 laptop no window opens past the screen, every button is in reach and the map
// keeps at least half the main window. Offscreen, the screen is that laptop's (tests/data/screen).
#undef QT_NO_FOREACH

#include "geo/geometry.h"
#include "gui/aboutdialog.h"
#include "gui/briefingdialog.h"
#include "gui/exportactions.h"
#include "gui/goalsdialog.h"
#include "gui/importwizard.h"
#include "gui/mainwindow.h"
#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "gui/projectcontroller.h"
#include "gui/projectsettingsdialog.h"
#include "gui/scenarioeditdialogs.h"
#include "gui/screenfit.h"
#include "model/dataset.h"
#include "guitestutils.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QDir>
#include <QScreen>
#include <QTimer>

#include <functional>

using namespace Mk;

namespace {

/** Saves what `window` shows when MK_SCREENSHOT_DIR names a folder (a person looking, e.g. under Xvfb). */
void screenshot(QWidget& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("MK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

/** Empty when `window` fits `limit` and each of its visible buttons lies wholly inside it; else what does not. */
QString misfit(QWidget& window, const QSize& limit)
{
    if (window.width() > limit.width() || window.height() > limit.height())
        return QStringLiteral("%1 is %2x%3 on %4x%5").arg(QString::fromLatin1(window.metaObject()->className())).arg(window.width()).arg(window.height())
            .arg(limit.width()).arg(limit.height());
    const QRect inside = window.rect();
    for (QAbstractButton* b : window.findChildren<QAbstractButton*>()) {
        if (!b->isVisibleTo(&window) || b->window() != &window)
            continue;
        // A dock that is not the current tab of its group is parked outside the window by QMainWindow's layout.
        bool parked = false;
        for (QWidget* p = b->parentWidget(); p && p != &window; p = p->parentWidget())
            parked = parked || (qobject_cast<QDockWidget*>(p) && !p->geometry().intersects(inside));
        if (parked)
            continue;
        const QRect r(b->mapTo(&window, QPoint(0, 0)), b->size());
        // A button inside a scroll area is in reach when the area is: only its own viewport may clip it.
        bool scrolled = false;
        for (QWidget* p = b->parentWidget(); p && p != &window; p = p->parentWidget())
            scrolled = scrolled || p->objectName() == QLatin1String("qt_scrollarea_viewport");
        if (!scrolled && !inside.contains(r))
            return QStringLiteral("%1: button \"%2\" at %3,%4 %5x%6 outside %7x%8").arg(QString::fromLatin1(window.metaObject()->className()), b->text())
                .arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()).arg(inside.width()).arg(inside.height());
    }
    return {};
}

} // namespace

class TstScreenFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        initGuiTest(QStringLiteral("tst_screenfit"), QStringLiteral("nl"));
        QScreen* screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        // Not vacuous: the screen is the laptop's (offscreen from the config file, or Xvfb at 1366x768).
        QCOMPARE(screen->geometry().size(), QSize(1366, 768));
        m_window = std::make_unique<MainWindow>();
        m_limit = availableWindowSize(m_window.get());
        QVERIFY(m_limit.isValid());
        QVERIFY(openDemoLikeAUser(*m_window, m_window->size()));
    }

    void mainWindowFitsAndMapKeepsHalf()
    {
        MainWindow& w = *m_window;
        QVERIFY2(misfit(w, m_limit).isEmpty(), qPrintable(misfit(w, m_limit)));
        QVERIFY2(w.minimumSizeHint().height() <= m_limit.height(), qPrintable(QString::number(w.minimumSizeHint().height())));
        const QSize map = w.canvas()->size();
        const double share = double(map.width()) * map.height() / (double(w.width()) * w.height());
        QVERIFY2(share >= 0.5, qPrintable(QStringLiteral("the map has %1 % of the window (%2x%3 of %4x%5)")
                                              .arg(100 * share, 0, 'f', 0).arg(map.width()).arg(map.height()).arg(w.width()).arg(w.height())));
        QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRendering(), 10000);
        QTest::qWait(100);
        screenshot(w, QStringLiteral("mainwindow"));
    }

    void everyDialogFits_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* n : {"about", "settings", "goals", "import", "briefing", "newschool", "housing", "parentinitiative", "merge", "mapexport"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }

    void everyDialogFits()
    {
        QFETCH(QString, name);
        MainWindow& w = *m_window;
        const Dataset& ds = *w.workspace()->dataset();
        QWidget* parent = &w;
        std::unique_ptr<QWidget> dialog;
        if (name == QLatin1String("about"))
            dialog = std::make_unique<AboutDialog>(parent);
        else if (name == QLatin1String("settings"))
            dialog = std::make_unique<ProjectSettingsDialog>(5.0, 10.0, parent);
        else if (name == QLatin1String("goals"))
            dialog = std::make_unique<GoalsDialog>(QList<LeaGoal>{}, ds.areaComposition.first(), parent);
        else if (name == QLatin1String("import"))
            dialog = std::make_unique<ImportWizard>(parent);
        else if (name == QLatin1String("briefing")) {
            w.briefingAction()->trigger();
            auto* briefing = w.findChild<BriefingDialog*>();
            QVERIFY(briefing);
            QTRY_VERIFY_WITH_TIMEOUT(!briefing->isComputing(), 60000);
            QVERIFY2(misfit(*briefing, m_limit).isEmpty(), qPrintable(misfit(*briefing, m_limit)));
            screenshot(*briefing, name);
            briefing->close();
            return;
        } else if (name == QLatin1String("newschool"))
            dialog = std::make_unique<NewSchoolDialog>(ds, ds.areas.units.front().geometry->boundingBox().center(), parent);
        else if (name == QLatin1String("housing")) {
            const QRectF e = ds.areas.units.front().geometry->boundingBox();
            dialog = std::make_unique<HousingDialog>(&ds.areaComposition.first(), QList<QPointF>{e.topLeft(), e.topRight(), e.bottomRight()},
                                                     e.center(), parent);
        } else if (name == QLatin1String("parentinitiative"))
            dialog = std::make_unique<ParentInitiativeDialog>(ds, parent);
        else if (name == QLatin1String("merge"))
            dialog = std::make_unique<MergeSchoolsDialog>(ds, ds.schools.front().id, parent);
        if (name == QLatin1String("mapexport")) {
            // A modal dialog of its own: looked at while it is open, then closed.
            QString problem = QStringLiteral("no dialog opened");
            QTimer::singleShot(200, this, [&] {
                if (auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                    problem = misfit(*modal, m_limit);
                    screenshot(*modal, name);
                    modal->reject();
                }
            });
            w.exports()->chooseAndExportMap();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            return;
        }
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QTest::qWait(50);
        QVERIFY2(misfit(*dialog, m_limit).isEmpty(), qPrintable(misfit(*dialog, m_limit)));
        screenshot(*dialog, name);
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    std::unique_ptr<MainWindow> m_window;
    QSize m_limit;
};

int main(int argc, char** argv)
{
    // The offscreen platform's screen is 800x600 unless a configuration file says otherwise.
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" MK_TEST_DATA_DIR "/screen/laptop1366x768.json");
    QApplication app(argc, argv);
    TstScreenFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenfit.moc"
