// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "base/feedback.h"
#include "gui/briefingdialog.h"
#include "gui/afspiegelingdock.h"
#include "gui/catchmentcontroller.h"
#include "gui/mainwindow.h"
#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "gui/projectcontroller.h"
#include "gui/scenariocontroller.h"
#include "gui/scenariodock.h"
#include "gui/scenarioeditdialogs.h"
#include "gui/scenarioresultsdock.h"
#include "itemmodels/layertreemodel.h"
#include "itemmodels/scenarioeditmodel.h"
#include "itemmodels/scenarioindexmodel.h"
#include "itemmodels/scenariolistmodel.h"
#include "itemmodels/scenarioschoolmodel.h"
#include "project/projectdocument.h"
#include "render/layerfactory.h"
#include "render/maplayer.h"
#include "scenario/scenariorunner.h"
#include "clitestutils.h"
#include "guitestutils.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <qcustomplot.h>

#include <cmath>

using namespace Mk;

namespace {

/** Fills in and accepts the new-school dialog as soon as it shows (the click opens it modally). */
void acceptNewSchoolDialog(const QString& name, int capacity)
{
    QTimer::singleShot(0, [name, capacity] {
        auto* dialog = qobject_cast<NewSchoolDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            acceptNewSchoolDialog(name, capacity); // not shown yet: try again on the next turn
            return;
        }
        dialog->nameEdit()->setText(name);
        dialog->capacityBox()->setValue(capacity);
        dialog->accept();
    });
}

/** A point of the canvas between schools, near the middle of the gemeente. */
QPoint freeSite(MainWindow& w)
{
    const QRect r = w.canvas()->rect();
    return r.center() + QPoint(r.width() / 10, -r.height() / 12);
}

} // namespace

/** Issue 15, item 7: the scenario workspace as an officer uses it. */
class TstScenarioWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        initGuiTest(QStringLiteral("tst_scenarioworkspace"), QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }

    void clickANewSchoolRunUndoRedoAndMatchTheCli()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        QVERIFY(settle(w));
        ScenarioDock* dock = w.scenarioDock();
        ScenarioResultsDock* results = w.scenarioResults();
        QAbstractItemModelTester listTester(dock->scenarioBox()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester editTester(dock->editsView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester schoolTester(results->schoolModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester indexTester(results->indexModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester compareTester(results->comparisonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The new-school tool: a click on a site, the dialog, one edit in plain words.
        w.newSchoolAction()->trigger();
        const QPoint at = freeSite(w);
        const QPointF site = w.canvas()->toMap(QPointF(at));
        acceptNewSchoolDialog(QStringLiteral("De Nieuwbouw"), 200);
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(dock->editsView()->model()->rowCount(), 1);
        const Project& project = w.projects()->project();
        QCOMPARE(project.scenarios.size(), 1);
        const QString described = dock->editsView()->model()->index(0, 0).data().toString();
        QVERIFY2(described.contains(QStringLiteral("De Nieuwbouw")) && described.contains(QStringLiteral("200")), qPrintable(described));
        QVERIFY(w.isWindowModified());

        // Ctrl+Z removes it, Ctrl+Shift+Z restores it.
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.canvas()->setFocus();
        QTest::keyClick(w.canvas(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(dock->editsView()->model()->rowCount(), 0);
        QTest::keyClick(w.canvas(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(dock->editsView()->model()->rowCount(), 1);
        QCOMPARE(w.projects()->project().scenarios[0].edits.size(), 1);

        // Runs and seed: each spin box's steps are one command.
        const int commands = w.projects()->document()->undoStack()->count();
        dock->runsBox()->setValue(21);
        dock->runsBox()->setValue(20);
        dock->seedBox()->setValue(3);
        QCOMPARE(w.projects()->document()->undoStack()->count(), commands + 2);
        QCOMPARE(w.projects()->project().scenarios[0].runs, 20);

        // Run off the GUI thread; the results name the school.
        QSignalSpy started(w.scenarios(), &ScenarioController::started);
        QTest::mouseClick(dock->runButton(), Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QVERIFY(dock->progressBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(w.scenarios()->currentOutcome() != nullptr, 180000);
        ScenarioSchoolModel* schools = results->schoolModel();
        int newRow = -1;
        for (int r = 0; r < schools->rowCount(); ++r)
            if (schools->index(r, ScenarioSchoolModel::NameColumn).data().toString() == QLatin1String("De Nieuwbouw"))
                newRow = r;
        QVERIFY(newRow >= 0);
        QCOMPARE(schools->index(newRow, 0).data(ScenarioSchoolModel::StatusRole).toString(), QStringLiteral("new"));
        QVERIFY(results->verificationLabel()->text().contains(QStringLiteral("matchings verified")));
        QVERIFY(!results->placementLabel()->text().isEmpty());
        QCOMPARE(w.workspace()->schoolColouring(), ScenarioResultsDock::kChangeMeasure);
        screenshot(&w, QStringLiteral("scenario-results"));

        // The composition chart shows the most affected school without a click: the table's first (sorted by change)
        // that has a change, so not the new school sorted above it; its bars and its name, not empty axes.
        QCustomPlot* composition = results->compositionChart();
        const auto* proxy = qobject_cast<const QAbstractProxyModel*>(results->schoolView()->model());
        QVERIFY(proxy);
        const auto changeAt = [&](int row) { return results->schoolModel()->shareChange(proxy->mapToSource(proxy->index(row, 0)).row()); };
        const int shown = results->schoolView()->currentIndex().row();
        QVERIFY(shown > 0); // the new school sorts first and has no change
        QVERIFY(changeAt(shown).has_value());
        for (int row = 0; row < shown; ++row)
            QVERIFY(!changeAt(row).has_value());
        QVERIFY(composition->plottableCount() > 0);
        QVERIFY(composition->xAxis->visible() && composition->yAxis->visible());
        const QString firstSchool = proxy->index(shown, ScenarioSchoolModel::NameColumn).data().toString();
        QVERIFY2(composition->yAxis->label().startsWith(firstSchool), qPrintable(composition->yAxis->label()));
        results->tabs()->setCurrentWidget(composition->parentWidget());
        screenshot(&w, QStringLiteral("scenario-results-schools"));

        // The distribution tab: every run of the chosen index in a bar of each situation, the baseline mean marked;
        // choosing an index in the table chooses it there too.
        QCOMPARE(results->distributionIndex()->count(), results->indexModel()->rowCount());
        QCustomPlot* distribution = results->distributionChart();
        for (int row : {0, results->indexModel()->rowCount() - 1}) {
            results->indexView()->selectRow(row);
            QCOMPARE(results->distributionIndex()->currentIndex(), row);
            QCOMPARE(distribution->plottableCount(), 2);
            for (int plottable = 0; plottable < 2; ++plottable) {
                auto* bars = qobject_cast<QCPBars*>(distribution->plottable(plottable));
                QVERIFY(bars);
                double runs = 0;
                for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                    runs += it->value;
                QCOMPARE(runs, 20.0); // the demo's indices are defined in every run
            }
            auto* line = qobject_cast<QCPItemStraightLine*>(distribution->item(0));
            QVERIFY(line);
            QCOMPARE(line->point1->coords().x(), results->indexModel()->index(row, 1).data(ScenarioIndexModel::MeanRole).toDouble());
            // The count axis: whole runs only, at every tick and in every tick label.
            const QVector<double> ticks = distribution->yAxis->tickVector();
            const QVector<QString> labels = distribution->yAxis->tickVectorLabels();
            QVERIFY(ticks.size() >= 2);
            for (qsizetype t = 0; t < ticks.size(); ++t) {
                QCOMPARE(ticks[t], std::round(ticks[t]));
                bool integer = false;
                QLocale().toInt(labels[t], &integer);
                QVERIFY2(integer, qPrintable(labels[t]));
            }
        }
        results->tabs()->setCurrentWidget(distribution->parentWidget());
        screenshot(&w, QStringLiteral("scenario-results-distribution"));
        // A short panel: the chart, its axis title at the bottom included, lies inside the visible part of the panel.
        w.resizeDocks({results}, {240}, Qt::Vertical);
        QTRY_VERIFY(results->height() <= 260);
        const QWidget* visible = qobject_cast<QAbstractScrollArea*>(results->widget())->viewport();
        QVERIFY2(distribution->mapTo(visible, QPoint(0, distribution->height())).y() <= visible->height(),
                 qPrintable(QStringLiteral("chart bottom %1, visible %2")
                                .arg(distribution->mapTo(visible, QPoint(0, distribution->height())).y())
                                .arg(visible->height())));
        screenshot(&w, QStringLiteral("scenario-results-distribution-short"));

        // Parity: the panel shows the numbers of mengkaart-cli scenario for the same seed.
        const auto cli = CliTest::runCli({QStringLiteral("scenario"), QStringLiteral("--demo"), QStringLiteral("--add-school"),
                                          QStringLiteral("%1,%2,200,De Nieuwbouw").arg(QString::number(site.x(), 'g', 17), QString::number(site.y(), 'g', 17)),
                                          QStringLiteral("--runs"), QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("3"),
                                          QStringLiteral("--json")});
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        const QJsonObject json = cli.json();
        const QJsonObject after = json.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("indices")).toObject();
        const QJsonObject before = json.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("indices")).toObject();
        const QJsonObject pDecrease = json.value(QStringLiteral("p_decrease")).toObject();
        ScenarioIndexModel* indices = results->indexModel();
        QVERIFY(indices->rowCount() > 0);
        for (int r = 0; r < indices->rowCount(); ++r) {
            const QString name = indices->index(r, 0).data(ScenarioIndexModel::KeyRole).toString();
            QVERIFY2(after.contains(name), qPrintable(name));
            QCOMPARE(indices->index(r, 1).data(ScenarioIndexModel::MeanRole).toDouble(),
                     before.value(name).toObject().value(QStringLiteral("mean")).toDouble());
            QCOMPARE(indices->index(r, 2).data(ScenarioIndexModel::MeanRole).toDouble(),
                     after.value(name).toObject().value(QStringLiteral("mean")).toDouble());
            QCOMPARE(indices->index(r, 4).data(ScenarioIndexModel::MeanRole).toDouble(), pDecrease.value(name).toDouble());
        }
        bool foundInCli = false;
        for (const QJsonValue& v : json.value(QStringLiteral("schools")).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("name")).toString() != QLatin1String("De Nieuwbouw"))
                continue;
            foundInCli = true;
            QCOMPARE(schools->index(newRow, ScenarioSchoolModel::PupilsAfterColumn).data(ScenarioSchoolModel::MeanRole).toDouble(),
                     s.value(QStringLiteral("pupils_after")).toObject().value(QStringLiteral("mean")).toDouble());
        }
        QVERIFY(foundInCli);

        // More runs is another state without a result; undoing back finds the result at once (no run).
        dock->runsBox()->setValue(25);
        QVERIFY(!w.scenarios()->currentOutcome());
        // Without a result the composition chart says so instead of drawing empty axes.
        QCOMPARE(composition->plottableCount(), 0);
        QVERIFY(!composition->xAxis->visible() && !composition->yAxis->visible());
        QCOMPARE(composition->itemCount(), 1);
        auto* hint = qobject_cast<QCPItemText*>(composition->item(0));
        QVERIFY(hint && hint->visible());
        QCOMPARE(hint->text(), QStringLiteral("No results yet: run the scenario"));
        w.projects()->document()->undoStack()->undo();
        QVERIFY(w.scenarios()->currentOutcome() != nullptr);
        QCOMPARE(started.count(), 1);
    }

    void mapAndCatchmentChangesUndoToTheCleanState()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        QVERIFY(settle(w));
        QVERIFY(!w.isWindowModified());
        QUndoStack* stack = w.projects()->document()->undoStack();
        QComboBox* method = w.afspiegelingDock()->methodBox();
        const int before = method->currentIndex();
        method->setCurrentIndex(method->findData(int(CatchmentMethod::Observed)));
        QVERIFY(settle(w));
        QVERIFY(w.isWindowModified());
        QCOMPARE(stack->count(), 1);
        w.workspace()->layers()->setLayerVisible(LayerFactory::kWijkenId, false);
        QCOMPARE(stack->count(), 2);
        QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Map styling"));
        w.undoAction()->trigger();
        QVERIFY(w.workspace()->layers()->layer(LayerFactory::kWijkenId)->isVisible());
        w.undoAction()->trigger();
        QVERIFY(settle(w));
        QCOMPARE(method->currentIndex(), before);
        QCOMPARE(w.catchments()->options().method, w.projects()->project().catchments.method);
        QVERIFY(!w.isWindowModified()); // back where the project opened
        QCOMPARE(stack->count(), 2);    // and both can be redone
        w.redoAction()->trigger();
        QVERIFY(settle(w));
        QCOMPARE(method->currentData().toInt(), int(CatchmentMethod::Observed));
        QVERIFY(w.isWindowModified());
    }

    void twoScenariosRoundTripThroughTheProjectFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("scenarios.mengkaart"));
        QStringList described;
        {
            MainWindow w;
            QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
            QVERIFY(settle(w));
            ProjectDocument* doc = w.projects()->document();
            const QString school = w.workspace()->dataset()->schools.first().id;
            Scenario first;
            first.name = QStringLiteral("Sluiting");
            doc->addScenario(first);
            doc->addEdit(0, ScenarioEdit{CloseSchoolEdit{school}});
            Scenario second;
            second.name = QStringLiteral("Uitbreiding");
            second.seed = 7;
            doc->addScenario(second);
            doc->addEdit(1, ScenarioEdit{ChangeCapacityEdit{school, 400}});
            doc->renameScenario(1, QStringLiteral("Meer plaatsen"));
            QCOMPARE(w.scenarioDock()->scenarioBox()->count(), 2);
            // Working on the second, an edit (which resets the list) keeps it current.
            w.scenarioDock()->scenarioBox()->setCurrentIndex(1);
            QCOMPARE(w.scenarios()->current(), 1);
            doc->addEdit(1, ScenarioEdit{CloseSchoolEdit{w.workspace()->dataset()->schools.last().id}});
            QCOMPARE(w.scenarios()->current(), 1);
            QCOMPARE(w.scenarioDock()->scenarioBox()->currentIndex(), 1);
            QCOMPARE(w.scenarioDock()->editsView()->model()->rowCount(), 2);
            for (const Scenario& s : doc->project().scenarios)
                described << s.name << s.edits.first().describe(w.workspace()->dataset().get());
            QSignalSpy saved(w.projects(), &ProjectController::saved);
            w.projects()->saveTo(path);
            QVERIFY(saved.wait(30000));
            QVERIFY(!w.isWindowModified());
        }
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy shown(&w, &MainWindow::datasetShown);
        w.openProject(path);
        QVERIFY(shown.wait(30000));
        QComboBox* box = w.scenarioDock()->scenarioBox();
        QCOMPARE(box->count(), 2);
        QStringList reopened;
        for (int i = 0; i < 2; ++i) {
            box->setCurrentIndex(i);
            QCOMPARE(w.scenarios()->current(), i);
            reopened << box->itemText(i) << w.scenarioDock()->editsView()->model()->index(0, 0).data().toString();
        }
        QCOMPARE(reopened, described);
        QCOMPARE(w.projects()->project().scenarios[1].seed, quint64(7));
        QVERIFY(!w.isWindowModified());
        QVERIFY(!w.projects()->document()->undoStack()->canUndo()); // a freshly opened project has nothing to undo
    }

    /**
     * Testing as a person would (issue 15 item 8), on demand: MK_WALKTHROUGH=WIDTHxHEIGHT and MK_SCREENSHOTS=DIR;
     * MK_WALKTHROUGH_PROJECT names a project file (default the demo). Adds a school, runs, shows each results tab
     * and writes the briefing PDF, with a screenshot of every step.
     */
    /**
     * Item 3, live preview: dragging a placed new school with the new-school tool previews it (a few runs, the kept
     * calibration) while the mouse moves, shows only the newest site's preview, and moves the edit and runs in
     * full when the mouse is released.
     */
    void dragANewSchoolPreviewsThenRunsOnRelease()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        QVERIFY(settle(w));
        ScenarioController* scenarios = w.scenarios();
        MapCanvas* canvas = w.canvas();
        const QPoint start = freeSite(w);
        const QPointF startSite = canvas->toMap(QPointF(start));
        scenarios->addEdit(ScenarioEdit{AddSchoolEdit{QString(), QStringLiteral("De Nieuwbouw"), startSite, 200,
                                                      QString(), false, std::nullopt}});
        Scenario few = *scenarios->currentScenario();
        few.runs = 20;
        w.projects()->document()->setScenario(scenarios->current(), few, [] { return QStringLiteral("runs"); });
        const int commands = w.projects()->document()->undoStack()->count();
        w.newSchoolAction()->trigger();
        QSignalSpy previews(scenarios, &ScenarioController::previewChanged);

        // Press on the school's star (a little off its centre: it grabs), and drag it in steps.
        QTest::mousePress(canvas, Qt::LeftButton, {}, start + QPoint(3, -2));
        QVERIFY(!scenarios->isPreviewing()); // a press alone edits nothing and opens no dialog
        QPoint at = start;
        for (int step = 1; step <= 6; ++step) {
            at = start + QPoint(8 * step, 5 * step);
            QTest::mouseMove(canvas, at);
        }
        QVERIFY(scenarios->isPreviewing());
        const QPointF last = canvas->toMap(QPointF(at));
        QCOMPARE(scenarios->previewSite(), last);
        const auto newSchoolOf = [](const ScenarioOutcome& o) { return o.result.schools.back(); };
        // The first preview prepares the calibration; it shows the newest site only (older requests are dropped).
        QTRY_VERIFY_WITH_TIMEOUT(scenarios->currentOutcome() != nullptr, 120000);
        QTRY_COMPARE_WITH_TIMEOUT(newSchoolOf(*scenarios->currentOutcome()).location, last, 20000);
        QCOMPARE(scenarios->currentOutcome()->result.runs, ScenarioRunner::kPreviewRuns);
        QCOMPARE(newSchoolOf(*scenarios->currentOutcome()).origin, SimSchoolOrigin::Added);
        QVERIFY(w.scenarioResults()->schoolModel()->rowCount() > 0);
        QVERIFY(previews.count() >= 7); // every move, and the preview's result
        // Still nothing edited while dragging.
        QCOMPARE(w.projects()->document()->undoStack()->count(), commands);
        QCOMPARE(std::get<AddSchoolEdit>(scenarios->currentScenario()->edits[0].change).location, startSite);
        screenshot(&w, QStringLiteral("scenario-preview"));

        // A further move previews on the kept calibration; the release moves the edit there and runs in full.
        const QPoint end = at + QPoint(30, -20);
        QTest::mouseMove(canvas, end);
        const QPointF endSite = canvas->toMap(QPointF(end));
        QTRY_COMPARE_WITH_TIMEOUT(newSchoolOf(*scenarios->currentOutcome()).location, endSite, 20000);
        QSignalSpy started(scenarios, &ScenarioController::started);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, end);
        QVERIFY(!scenarios->isPreviewing());
        QCOMPARE(std::get<AddSchoolEdit>(scenarios->currentScenario()->edits[0].change).location, endSite);
        QCOMPARE(w.projects()->document()->undoStack()->count(), commands + 1);
        QCOMPARE(started.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(scenarios->currentOutcome() != nullptr, 120000);
        QCOMPARE(scenarios->currentOutcome()->result.runs, 20);
        QCOMPARE(newSchoolOf(*scenarios->currentOutcome()).location, endSite);
        // The full run on the kept calibration is the run that calibrates again (the CLI's numbers).
        Feedback feedback;
        auto reference = ScenarioRunner::run(*w.projects()->project().dataset, *scenarios->currentScenario(), 0, feedback);
        QVERIFY(reference);
        for (size_t i = 0; i < reference->result.indices.size(); ++i)
            QCOMPARE(scenarios->currentOutcome()->result.indices[i].after.mean, reference->result.indices[i].after.mean);
        screenshot(&w, QStringLiteral("scenario-preview-released"));
    }

    void walkthroughOnDemand()
    {
        const QStringList size = qEnvironmentVariable("MK_WALKTHROUGH").split(QLatin1Char('x'));
        const QString dir = qEnvironmentVariable("MK_SCREENSHOTS");
        if (size.size() != 2 || dir.isEmpty())
            QSKIP("set MK_WALKTHROUGH=1920x1080 and MK_SCREENSHOTS=DIR to walk through the scenario workspace");
        const QString tag = qEnvironmentVariable("MK_WALKTHROUGH") + (qEnvironmentVariableIsSet("MK_WALKTHROUGH_PROJECT") ? QStringLiteral("-project") : QStringLiteral("-demo"));
        MainWindow w;
        const QSize windowSize(size[0].toInt(), size[1].toInt());
        if (qEnvironmentVariableIsSet("MK_WALKTHROUGH_PROJECT")) {
            w.resize(windowSize);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QSignalSpy shown(&w, &MainWindow::datasetShown);
            w.openProject(qEnvironmentVariable("MK_WALKTHROUGH_PROJECT"));
            QVERIFY(shown.wait(120000));
        } else {
            QVERIFY(openDemoLikeAUser(w, windowSize));
        }
        QVERIFY(settle(w));
        w.scenarioDock()->raise();
        w.newSchoolAction()->trigger();
        acceptNewSchoolDialog(QStringLiteral("De Nieuwbouw"), 300);
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, freeSite(w));
        QTRY_COMPARE(w.scenarioDock()->editsView()->model()->rowCount(), 1);
        w.scenarioDock()->runsBox()->setValue(50);
        QTest::qWait(200);
        screenshot(&w, tag + QStringLiteral("-1-edit"));
        QTest::mouseClick(w.scenarioDock()->runButton(), Qt::LeftButton);
        QTest::qWait(300);
        screenshot(&w, tag + QStringLiteral("-2-running"));
        QTRY_VERIFY_WITH_TIMEOUT(w.scenarios()->currentOutcome() != nullptr, 600000);
        QVERIFY(settle(w));
        QTest::qWait(300);
        screenshot(&w, tag + QStringLiteral("-3-indices"));
        w.scenarioResults()->tabs()->setCurrentIndex(2); // after the Distribution tab
        w.scenarioResults()->schoolView()->selectRow(0);
        QTest::qWait(300);
        screenshot(&w, tag + QStringLiteral("-4-schools"));
        w.scenarioResults()->tabs()->setCurrentIndex(3);
        QTest::qWait(200);
        screenshot(&w, tag + QStringLiteral("-5-model"));
        w.briefingAction()->trigger();
        BriefingDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<BriefingDialog*>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->content() != nullptr, 600000);
        QTest::qWait(500);
        screenshot(dialog, tag + QStringLiteral("-6-briefing-dialog"));
        QVERIFY(dialog->savePdf(QDir(dir).filePath(tag + QStringLiteral("-briefing.pdf"))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstScenarioWorkspace)
#include "tst_scenarioworkspace.moc"
