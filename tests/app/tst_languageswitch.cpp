// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Taal / Language: the running window, its docks, menus and table headers switch at once.
#undef QT_NO_FOREACH

#include "gui/afspiegelingdock.h"
#include "gui/briefingdialog.h"
#include "gui/diagnosticsdock.h"
#include "gui/screenfit.h"
#include "gui/attributetabledock.h"
#include "gui/filterdock.h"
#include "gui/identifypanel.h"
#include "gui/languagemenu.h"
#include "gui/layersdock.h"
#include "gui/legenddock.h"
#include "gui/mainwindow.h"
#include "gui/mapworkspace.h"
#include "gui/measuretool.h"
#include "gui/projectcontroller.h"
#include "gui/scenariocontroller.h"
#include "gui/scenariodock.h"
#include "gui/scenarioresultsdock.h"
#include "gui/vodock.h"
#include "model/dataset.h"
#include "itemmodels/afspiegelingtablemodel.h"
#include "itemmodels/areatablemodel.h"
#include "itemmodels/layertreemodel.h"
#include "itemmodels/scenarioindexmodel.h"
#include "itemmodels/scenarioschoolmodel.h"
#include "project/projectdocument.h"
#include "render/layerfactory.h"
#include "render/pointmaplayer.h"
#include "render/vomaplayer.h"
#include "scenario/scenariorunner.h"
#include "shared/appinit.h"
#include "vo/voanalysis.h"
#include "vo/vosummary.h"
#include "guitestutils.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <qcustomplot.h>

#include <algorithm>

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

/**
 * Why `actual` is not `source` (of `context`) in the current language, empty when it is. In Dutch the
 * translation must differ from the English source, so a text left in English cannot pass.
 */
QString wrongText(const QString& actual, const char* context, const char* source)
{
    const QString expected = QCoreApplication::translate(context, source);
    if (AppInit::currentLanguage() == QLatin1String("nl") && expected == QLatin1String(source))
        return QStringLiteral("no Dutch for \"%1\"").arg(QLatin1String(source));
    return actual == expected ? QString() : QStringLiteral("\"%1\" where \"%2\" was expected").arg(actual, expected);
}

#define VERIFY_TR(actual, context, source)                                                                                                 \
    do {                                                                                                                                   \
        const QString why = wrongText((actual), (context), (source));                                                                      \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                                                          \
    } while (false)

/** The texts of the tabs of the window's docks that share a place (QMainWindow's own tab bars). */
QStringList dockTabs(const MainWindow& w)
{
    QStringList texts;
    for (const QTabBar* bar : w.findChildren<QTabBar*>(Qt::FindDirectChildrenOnly))
        if (bar->isVisible())
            for (int i = 0; i < bar->count(); ++i)
                texts << bar->tabText(i);
    return texts;
}

/**
 * With MK_SCREENSHOTS set, the window and the briefing once the layouts the switch asked for are done: a grab
 * straight after it shows the old language's widths (toolbar buttons cut to "schuiv"), which no one sees.
 */
void screenshotsSettled(std::initializer_list<QWidget*> windows, const QString& language)
{
    if (qEnvironmentVariableIsEmpty("MK_SCREENSHOTS"))
        return;
    QTest::qWait(300);
    for (QWidget* window : windows)
        screenshot(window, QStringLiteral("%1-%2").arg(window->objectName(), language)); // MainWindow-en.png, BriefingDialog-en.png
}

/** With MK_SCREENSHOTS set, each tab of the scenario results and the whole legend (its scroll area shows a part). */
void screenshotsOfPanels(MainWindow& w, const QString& language)
{
    if (qEnvironmentVariableIsEmpty("MK_SCREENSHOTS"))
        return;
    QTabWidget* tabs = w.scenarioResults()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(100);
        screenshot(w.scenarioResults(), QStringLiteral("results%1-%2").arg(i).arg(language));
    }
    tabs->setCurrentIndex(0);
    screenshot(w.legendDock()->widget()->findChild<QLabel*>(), QStringLiteral("legend-%1").arg(language));
}

/** The secondary schools of tests/data/vo, as tst_vogui loads them. */
VoRequest voExcerpt()
{
    const QString data = QStringLiteral(MK_TEST_DATA_DIR "/vo/");
    VoRequest request;
    request.pupilFiles = {data + QStringLiteral("duo_01_leerlingen_vo_vestiging_onderwijstype_2017-2018_excerpt.csv"),
                          data + QStringLiteral("duo_01_leerlingen_vo_vestiging_onderwijstype_2019-2020_inferred_excerpt.csv")};
    request.addressFile = data + QStringLiteral("duo_02_alle_vestigingen_vo_2019-2020_inferred_excerpt.csv");
    request.locatedSchoolsFile = data + QStringLiteral("scholen_2024_excerpt.csv");
    request.postcodeCentroidsFile = data + QStringLiteral("pc4_centroids_excerpt.csv");
    return request;
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

        screenshot(&w, QStringLiteral("language-nl"));

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
        screenshot(&w, QStringLiteral("language-en"));

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
        screenshot(briefing, QStringLiteral("briefing"));
        briefing->close();
    }

    // Issue 12 items 1 and 8: with every panel open (a scenario that has run, its results, the secondary schools,
    // the catchment legend, the briefing and a status message) the language goes nl → en → nl and every text follows.
    void scenarioPanelsLegendAndStatusFollow()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        QVERIFY(settle(w));
        const Dataset& dataset = *w.workspace()->dataset();

        // A small scenario: one new school of 200 places, 5 runs.
        ScenarioController* scenarios = w.scenarios();
        const QRect canvas = w.canvas()->rect();
        const ScenarioEdit newSchool{AddSchoolEdit{QString(), QStringLiteral("De Nieuwbouw"),
                                                   w.canvas()->toMap(QPointF(canvas.center() + QPoint(canvas.width() / 10, -canvas.height() / 12))),
                                                   200, QString(), false, std::nullopt}};
        scenarios->addEdit(newSchool);
        Scenario few = *scenarios->currentScenario();
        few.runs = 5;
        w.projects()->document()->setScenario(scenarios->current(), few, [] { return QStringLiteral("runs"); });
        scenarios->run();
        QTRY_VERIFY_WITH_TIMEOUT(scenarios->currentOutcome() && !scenarios->isRunning(), 180000);
        const auto outcome = scenarios->currentOutcome();
        QMap<QString, QString> english; // texts made from the data, as the English check finds them
        // `text` is what the current language makes of it; in Dutch it differs from what English made.
        const auto madeAgain = [&](const QString& what, const QString& text, bool dutch) {
            if (!dutch)
                english.insert(what, text);
            return !dutch || !english.contains(what) || english.value(what) != text;
        };

        w.openVo(voExcerpt(), {QStringLiteral("Baarn")});
        QTRY_VERIFY_WITH_TIMEOUT(w.workspace()->voAnalysis() != nullptr, 60000);
        const QString voYear = w.workspace()->voAnalysis()->latest().schoolYear;
        auto* vo = w.findChild<VoDock*>();
        QVERIFY(vo);
        ScenarioResultsDock* results = w.scenarioResults();
        results->show();
        results->raise();
        w.scenarioDock()->raise();
        // The catchment legend: the schools coloured by the schoolweging against their pupils' neighbourhoods.
        w.workspace()->setSchoolColouring(QStringLiteral("ses_gap"));
        QCOMPARE(w.workspace()->schoolColouring(), QStringLiteral("ses_gap"));
        // A measurement's result stays on the status bar until replaced.
        emit w.findChild<MeasureTool*>()->measured(1500.0, true);
        w.briefingAction()->trigger();
        auto* briefing = w.findChild<BriefingDialog*>();
        QVERIFY(briefing);
        QTRY_VERIFY_WITH_TIMEOUT(!briefing->isComputing(), 120000);

        const auto check = [&](bool dutch) {
            ScenarioDock* dock = w.scenarioDock();
            VERIFY_TR(dock->windowTitle(), "Mk::ScenarioDock", "Scenarios");
            VERIFY_TR(dock->runButton()->text(), "Mk::ScenarioDock", "Run scenario");
            VERIFY_TR(dock->admissionBox()->itemText(0), "Mk::ScenarioDock", "As today (the baseline's rules)");
            VERIFY_TR(results->windowTitle(), "Mk::ScenarioResultsDock", "Scenario results");
            VERIFY_TR(vo->windowTitle(), "Mk::VoDock", "Secondary schools");
            VERIFY_TR(w.notesDock()->windowTitle(), "Mk::DiagnosticsDock", "Notes");
            VERIFY_TR(w.undoDock()->windowTitle(), "Mk::MainWindow", "Undo history");
            // The dock tabs (of the scenario panel among them) show the titles; none keeps the other language's.
            const QStringList tabs = dockTabs(w);
            QVERIFY2(tabs.contains(dock->windowTitle()), qPrintable(tabs.join(QStringLiteral(" | "))));
            for (const QString& other : dutch ? QStringList{QStringLiteral("Scenarios"), QStringLiteral("Scenario results"), QStringLiteral("Secondary schools")}
                                              : QStringList{QStringLiteral("Scenario's"), QStringLiteral("Scenarioresultaten"), QStringLiteral("Voortgezet onderwijs")})
                QVERIFY2(!tabs.contains(other), qPrintable(tabs.join(QStringLiteral(" | "))));
            // The changes in plain words ("Nieuwe school … 200 plaatsen").
            const QString edit = dock->editsView()->model()->index(0, 0).data().toString();
            QCOMPARE(edit, newSchool.describe(&dataset));
            QVERIFY2(madeAgain(QStringLiteral("edit"), edit, dutch), qPrintable(edit));
            // What the vo panel says about the secondary schools.
            const QString findings = vo->findings()->toPlainText();
            QVERIFY2(findings.startsWith(VoSummary::findings(*w.workspace()->voAnalysis()).value(0)), qPrintable(findings));
            QVERIFY2(madeAgain(QStringLiteral("findings"), findings, dutch), qPrintable(findings));
            // The results: a tab, a table header as the view shows it, a chart's axis, the heading's changes.
            VERIFY_TR(results->tabs()->tabText(0), "Mk::ScenarioResultsDock", "Indices");
            VERIFY_TR(results->indexView()->model()->headerData(1, Qt::Horizontal).toString(), "Mk::ScenarioIndexModel", "Baseline [90 %]");
            VERIFY_TR(results->indexChart()->yAxis->label(), "Mk::ScenarioResultsDock", "Index (mean, 90 % band)");
            const QList<QLabel*> labels = results->findChildren<QLabel*>();
            QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel* l) { return l->text().contains(edit.toHtmlEscaped()); }));
            // The change in share per school, on the map though the schools now show another measure.
            QString change;
            for (const SchoolMeasure& m : w.workspace()->schoolMeasures())
                if (m.id == ScenarioResultsDock::kChangeMeasure)
                    change = m.label;
            QCOMPARE(change, QCoreApplication::translate("Mk::ScenarioResultsDock", "Scenario: change in share %1 (points)")
                                 .arg(outcome->population.groupNames.groupLabelOf(
                                     outcome->result.groups.value(results->schoolModel()->group()))));
            QCOMPARE(change.startsWith(QLatin1String("Scenario: change")), !dutch);
            // The legend of the schools: the measure's title and the size ("Leerlingen: 475").
            const auto* schools = dynamic_cast<const PointMapLayer*>(w.workspace()->layers()->layer(LayerFactory::kSchoolsId));
            QVERIFY(schools);
            const LegendGroup legend = schools->legend();
            VERIFY_TR(legend.subtitle, "Mk::CatchmentController", "Schoolweging vs neighbourhoods (points)");
            QVERIFY(!legend.items.isEmpty());
            const QString size = legend.items.last().label;
            VERIFY_TR(size.section(QLatin1Char(':'), 0, 0), "Mk::LayerFactory", "Pupils");
            const MapLayer* voLayer = w.workspace()->layers()->layer(VoMapLayer::kId);
            QVERIFY(voLayer);
            QCOMPARE(voLayer->name(), QCoreApplication::translate("Mk::MapWorkspace", "Secondary schools (vo) %1").arg(voYear));
            QCOMPARE(voLayer->name().startsWith(QLatin1String("Secondary")), !dutch);
            // Numbers in the widgets follow too: a spin box, a chart's ticks (both take the widget's locale).
            const QString decimal = dutch ? QStringLiteral(",") : QStringLiteral(".");
            QCOMPARE(dock->gammaBox()->locale().decimalPoint(), decimal);
            QVERIFY2(dock->gammaBox()->text().contains(decimal), qPrintable(dock->gammaBox()->text()));
            QCOMPARE(results->indexChart()->locale().decimalPoint(), decimal);
            // The status bar's last message, and the briefing dialog's own texts.
            QCOMPARE(w.statusBar()->currentMessage(), dutch ? QStringLiteral("Afstand: 1,50 km") : QStringLiteral("Distance: 1.50 km"));
            VERIFY_TR(briefing->windowTitle(), "Mk::BriefingDialog", "LEA briefing");
            // Its options' column (it scrolls only up and down) is wide enough for its widest text, in English too,
            // once laid out: nothing is cut at its right edge.
            const auto* side = briefing->findChild<QScrollArea*>();
            QVERIFY(side && side->widget());
            QTRY_VERIFY2(side->widget()->width() <= side->viewport()->width(),
                         qPrintable(QStringLiteral("%1 px in %2").arg(side->widget()->width()).arg(side->viewport()->width())));
            QCOMPARE(briefing->thresholdLabel()->text(),
                     QCoreApplication::translate("Mk::BriefingDialog", "Privacy: figures resting on fewer than %1 children are shown as \"<%1\".")
                         .arg(QLocale().toString(w.projects()->project().privacyThreshold)));
        };
        QVERIFY(outcome);
        check(true);
        if (QTest::currentTestFailed())
            return;
        screenshotsSettled({&w, briefing}, QStringLiteral("nl"));

        // Waits for a panel that is known to follow, then checks all of them.
        chooseLanguage(w, QStringLiteral("en"));
        QTRY_COMPARE(w.layersDock()->windowTitle(), QStringLiteral("Layers"));
        check(false);
        if (QTest::currentTestFailed())
            return;
        screenshotsSettled({&w, briefing}, QStringLiteral("en"));
        screenshotsOfPanels(w, QStringLiteral("en"));

        chooseLanguage(w, QStringLiteral("nl"));
        QTRY_COMPARE(w.layersDock()->windowTitle(), QStringLiteral("Lagen"));
        check(true);
        QCOMPARE(english.size(), 2);
        screenshotsSettled({&w, briefing}, QStringLiteral("nl-again"));
        screenshotsOfPanels(w, QStringLiteral("nl-again"));
        briefing->close();
    }
};

QTEST_MAIN(TstLanguageSwitch)
#include "tst_languageswitch.moc"
