// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Taal / Language: the running window, its docks, menus and table headers switch at once.
#undef QT_NO_FOREACH

#include "gui/afspiegelingdock.h"
#include "gui/briefingdialog.h"
#include "gui/screenfit.h"
#include "gui/attributetabledock.h"
#include "gui/filterdock.h"
#include "gui/identifypanel.h"
#include "gui/languagemenu.h"
#include "gui/layersdock.h"
#include "gui/legenddock.h"
#include "gui/mainwindow.h"
#include "gui/mapworkspace.h"
#include "itemmodels/afspiegelingtablemodel.h"
#include "itemmodels/areatablemodel.h"
#include "shared/appinit.h"
#include "guitestutils.h"

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Mk;

namespace {

QStringList menuTitles(const MainWindow& w)
{
    QStringList titles;
    for (QAction* a : w.menuBar()->actions())
        titles.append(a->text());
    return titles;
}

QString header(const QTableView* view, int column)
{
    return view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

} // namespace

class TstLanguageSwitch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { initGuiTest(QStringLiteral("tst_languageswitch"), QStringLiteral("nl")); }

    void switchesEveryPanelBackAndForth()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        QTRY_VERIFY_WITH_TIMEOUT(w.afspiegelingDock()->view()->model()->rowCount() > 0, 60000);
        const QTableView* areas = w.tableDock()->areaView();
        const QTableView* verdicts = w.afspiegelingDock()->view();

        // Dutch, as the application starts.
        QVERIFY(menuTitles(w).contains(QStringLiteral("&Bestand")));
        QVERIFY(menuTitles(w).contains(QStringLiteral("Beel&d")));
        QCOMPARE(w.layersDock()->windowTitle(), QStringLiteral("Lagen"));
        QCOMPARE(w.legendDock()->windowTitle(), QStringLiteral("Legenda"));
        QCOMPARE(w.tableDock()->windowTitle(), QStringLiteral("Attributentabel"));
        QCOMPARE(w.filterDock()->windowTitle(), QStringLiteral("Scholen filteren"));
        QCOMPARE(w.identifyPanel()->windowTitle(), QStringLiteral("Identificeren"));
        QCOMPARE(header(areas, AreaTableModel::NameColumn), QStringLiteral("Naam"));
        QVERIFY(header(verdicts, AfspiegelingTableModel::VerdictColumn).startsWith(QStringLiteral("Oordeel")));
        QCOMPARE(QLocale().toString(0.34), QStringLiteral("0,34"));

        saveScreenshot(w, QStringLiteral("language-nl"));

        // English, without a restart; the views are told that the headers changed.
        QSignalSpy areaHeaders(w.workspace()->areaTable(), &QAbstractItemModel::headerDataChanged);
        chooseLanguage(w, QStringLiteral("en"));
        QTRY_COMPARE(w.layersDock()->windowTitle(), QStringLiteral("Layers"));
        QVERIFY(menuTitles(w).contains(QStringLiteral("&File")));
        QVERIFY(menuTitles(w).contains(QStringLiteral("&View")));
        QVERIFY(!menuTitles(w).contains(QStringLiteral("&Bestand")));
        QCOMPARE(w.legendDock()->windowTitle(), QStringLiteral("Legend"));
        QCOMPARE(w.tableDock()->windowTitle(), QStringLiteral("Attribute table"));
        QCOMPARE(w.filterDock()->windowTitle(), QStringLiteral("Filter schools"));
        QCOMPARE(w.identifyPanel()->windowTitle(), QStringLiteral("Identify"));
        QCOMPARE(header(areas, AreaTableModel::NameColumn), QStringLiteral("Name"));
        QVERIFY(header(verdicts, AfspiegelingTableModel::VerdictColumn).startsWith(QStringLiteral("Verdict")));
        QVERIFY(areaHeaders.count() > 0);
        // The map's value keeps its place in the list, now worded in English.
        QVERIFY(w.layersDock()->areaValueBox()->currentIndex() >= 0);
        QVERIFY(!w.layersDock()->areaValueBox()->currentText().isEmpty());
        QCOMPARE(QLocale().toString(0.34), QStringLiteral("0.34"));
        QCOMPARE(AppInit::currentLanguage(), QStringLiteral("en"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        QCOMPARE(LanguageMenu::savedChoice(), QStringLiteral("en"));
        saveScreenshot(w, QStringLiteral("language-en"));

        // And back to Dutch.
        chooseLanguage(w, QStringLiteral("nl"));
        QTRY_COMPARE(w.layersDock()->windowTitle(), QStringLiteral("Lagen"));
        QVERIFY(menuTitles(w).contains(QStringLiteral("&Bestand")));
        QCOMPARE(header(areas, AreaTableModel::NameColumn), QStringLiteral("Naam"));
        QVERIFY(header(verdicts, AfspiegelingTableModel::VerdictColumn).startsWith(QStringLiteral("Oordeel")));
        QCOMPARE(QLocale().toString(0.34), QStringLiteral("0,34"));
        QCOMPARE(LanguageMenu::savedChoice(), QStringLiteral("nl"));

        // "System": the environment decides (LC_ALL first), and nothing is remembered.
        qputenv("LC_ALL", "en_GB.UTF-8");
        chooseLanguage(w, QString());
        QTRY_COMPARE(w.layersDock()->windowTitle(), QStringLiteral("Layers"));
        QCOMPARE(LanguageMenu::savedChoice(), QString());
        chooseLanguage(w, QStringLiteral("nl"));
        QTRY_COMPARE(w.layersDock()->windowTitle(), QStringLiteral("Lagen"));
    }

    // Issue 12 item 5: the briefing dialog opens no larger than the screen's available area (the offscreen screen is small).
    void windowsFitTheScreen()
    {
        MainWindow w;
        const QSize limit = availableWindowSize(&w);
        QVERIFY(limit.isValid());
        QVERIFY(openDemoLikeAUser(w, limit));
        w.briefingAction()->trigger();
        auto* briefing = w.findChild<BriefingDialog*>();
        QVERIFY(briefing);
        const QSize briefingFit = QSize(1100, 820).boundedTo(limit).expandedTo(briefing->minimumSizeHint());
        QVERIFY2(briefing->width() <= briefingFit.width() && briefing->height() <= briefingFit.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(briefing->width()).arg(briefing->height()).arg(limit.width()).arg(limit.height())));
        QTRY_VERIFY_WITH_TIMEOUT(!briefing->isComputing(), 60000);
        saveScreenshot(*briefing, QStringLiteral("briefing"));
        briefing->close();
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

QTEST_MAIN(TstLanguageSwitch)
#include "tst_languageswitch.moc"
