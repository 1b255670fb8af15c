// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "base/feedback.h"
#include "geo/geometry.h"
#include "gui/catchmentcontroller.h"
#include "gui/mainwindow.h"
#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "gui/projectcontroller.h"
#include "gui/scenariocontroller.h"
#include "gui/scenariodock.h"
#include "gui/scenarioeditdialogs.h"
#include "gui/scenarioresultsdock.h"
#include "model/dataset.h"
#include "itemmodels/scenarioschoolmodel.h"
#include "itemmodels/layertreemodel.h"
#include "project/projectdocument.h"
#include "render/areamaplayer.h"
#include "render/catchmentmaplayer.h"
#include "render/layerfactory.h"
#include "scenario/scenariorunner.h"
#include "guitestutils.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <qcustomplot.h>

using namespace Mk;

namespace {

QPoint freeSite(MainWindow& w)
{
    const QRect r = w.canvas()->rect();
    return r.center() + QPoint(r.width() / 10, -r.height() / 12);
}

const SchoolOutcome& lastSchool(const ScenarioOutcome& o)
{
    return o.result.schools.back();
}

/** A scenario of the demo with one new school at the canvas's free site and `runs` runs; returns the window's controller. */
ScenarioController* withNewSchool(MainWindow& w, int runs)
{
    w.scenarioDock()->raise(); // its tab in front, as the scenario tools bring it
    ScenarioController* scenarios = w.scenarios();
    scenarios->addEdit(ScenarioEdit{AddSchoolEdit{QString(), QStringLiteral("De Nieuwbouw"), w.canvas()->toMap(QPointF(freeSite(w))), 200,
                                                  QString(), false, std::nullopt}});
    Scenario few = *scenarios->currentScenario();
    few.runs = runs;
    w.projects()->document()->setScenario(scenarios->current(), few, [] { return QStringLiteral("runs"); });
    return scenarios;
}

} // namespace

/** Issue 15, the rest of items 1-3: live preview of the capacity, calibration progress, housing in a buurt, β/γ, undo texts. */
class TstScenarioLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { initGuiTest(QStringLiteral("tst_scenariolive"), QStringLiteral("en")); }

    /**
     * Item 3: the capacity slider previews while it is held (a few runs on the kept calibration, the newest value
     * only) and runs in full when it is let go; its steps, and a second drag, are one undo command.
     */
    void capacitySliderPreviewsThenRunsOnRelease()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        QVERIFY(settle(w));
        ScenarioController* scenarios = withNewSchool(w, 20);
        ScenarioDock* dock = w.scenarioDock();
        QAbstractItemModelTester editTester(dock->editsView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack* stack = w.projects()->document()->undoStack();
        const int commands = stack->count();
        QSlider* slider = dock->capacitySlider();
        QVERIFY(!slider->isEnabled()); // nothing selected yet
        dock->editsView()->setCurrentIndex(dock->editsView()->model()->index(0, 0));
        QVERIFY(slider->isEnabled());
        QCOMPARE(slider->value(), 200);
        QCOMPARE(dock->capacityBox()->value(), 200);

        // Pressing the slider calibrates ahead (with progress); moving it previews, newest value only.
        QSignalSpy calibrated(scenarios, &ScenarioController::calibrated);
        slider->setSliderDown(true);
        QVERIFY(scenarios->isCalibrating());
        QVERIFY(dock->progressBar()->isVisible());
        for (int places : {240, 280, 320, 360})
            slider->setValue(places);
        QVERIFY(scenarios->isPreviewing());
        QCOMPARE(dock->capacityBox()->value(), 360);
        QTRY_VERIFY_WITH_TIMEOUT(calibrated.count() == 1, 180000);
        QTRY_VERIFY_WITH_TIMEOUT(scenarios->currentOutcome() && lastSchool(*scenarios->currentOutcome()).capacityAfter == 360, 60000);
        const auto preview = scenarios->currentOutcome();
        QCOMPARE(preview->result.runs, ScenarioRunner::kPreviewRuns);
        QCOMPARE(stack->count(), commands); // nothing edited while it is held
        QCOMPARE(std::get<AddSchoolEdit>(scenarios->currentScenario()->edits[0].change).capacity, 200);
        QVERIFY(w.scenarioResults()->schoolModel()->rowCount() > 0);
        screenshot(&w, QStringLiteral("live-capacity-preview"));

        // The preview is the first runs of the full run's calibration, same seed: the numbers of a direct run.
        Scenario at360 = *scenarios->currentScenario();
        std::get<AddSchoolEdit>(at360.edits[0].change).capacity = 360;
        const Dataset& dataset = *w.projects()->project().dataset;
        Feedback feedback;
        auto baseline = ScenarioRunner::prepare(dataset, at360, 0, feedback);
        QVERIFY(baseline);
        Scenario previewed = at360;
        previewed.runs = ScenarioRunner::kPreviewRuns;
        auto reference = ScenarioRunner::run(dataset, *baseline, previewed, 0, feedback);
        QVERIFY(reference);
        QCOMPARE(preview->result.indices.size(), reference->result.indices.size());
        for (size_t i = 0; i < reference->result.indices.size(); ++i)
            QCOMPARE(preview->result.indices[i].after.mean, reference->result.indices[i].after.mean);

        // Let go: one edit, and the full run on the kept calibration.
        QSignalSpy started(scenarios, &ScenarioController::started);
        slider->setSliderDown(false);
        QVERIFY(!scenarios->isPreviewing());
        QCOMPARE(started.count(), 1);
        QCOMPARE(stack->count(), commands + 1);
        QCOMPARE(std::get<AddSchoolEdit>(scenarios->currentScenario()->edits[0].change).capacity, 360);
        QVERIFY(stack->undoText().contains(QStringLiteral("360")));
        QTRY_VERIFY_WITH_TIMEOUT(scenarios->currentOutcome() && !scenarios->isRunning(), 120000);
        QCOMPARE(scenarios->currentOutcome()->result.runs, 20);
        QCOMPARE(lastSchool(*scenarios->currentOutcome()).capacityAfter, 360);
        QCOMPARE(dock->editsView()->currentIndex().row(), 0); // the change stays selected through the edit

        // A second drag merges into the same command; undo goes back to where the slider started.
        slider->setSliderDown(true);
        slider->setValue(420);
        slider->setSliderDown(false);
        QCOMPARE(stack->count(), commands + 1);
        QCOMPARE(std::get<AddSchoolEdit>(scenarios->currentScenario()->edits[0].change).capacity, 420);
        stack->undo();
        QCOMPARE(std::get<AddSchoolEdit>(scenarios->currentScenario()->edits[0].change).capacity, 200);
        QCOMPARE(slider->value(), 200);
        QCOMPARE(dock->capacityBox()->value(), 200);
    }

    /**
     * Item 3, before the first release: a press on the map with the new-school tool and a drag preview a school of
     * the default capacity under the mouse; the release opens the dialog at that site.
     */
    void aFirstSiteIsPreviewedBeforeItIsPlaced()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        QVERIFY(settle(w));
        ScenarioController* scenarios = w.scenarios();
        QSignalSpy calibrated(scenarios, &ScenarioController::calibrated);
        w.newSchoolAction()->trigger(); // choosing the tool calibrates ahead
        QVERIFY(scenarios->isCalibrating());
        QTRY_VERIFY_WITH_TIMEOUT(calibrated.count() == 1, 180000);
        QVERIFY(w.projects()->project().scenarios.isEmpty()); // a calibration is no edit
        MapCanvas* canvas = w.canvas();
        const QPoint start = freeSite(w);
        QTest::mousePress(canvas, Qt::LeftButton, {}, start);
        const QPoint end = start + QPoint(25, 15);
        QTest::mouseMove(canvas, start + QPoint(10, 5));
        QTest::mouseMove(canvas, end);
        QVERIFY(scenarios->isPreviewing());
        const QPointF site = canvas->toMap(QPointF(end));
        QCOMPARE(scenarios->previewSite(), site);
        QTRY_VERIFY_WITH_TIMEOUT(scenarios->currentOutcome() && lastSchool(*scenarios->currentOutcome()).location == site, 60000);
        QCOMPARE(lastSchool(*scenarios->currentOutcome()).origin, SimSchoolOrigin::Added);
        QCOMPARE(lastSchool(*scenarios->currentOutcome()).capacityAfter, NewSchoolDialog::kDefaultCapacity);
        QVERIFY(w.projects()->project().scenarios.isEmpty()); // still nothing edited
        screenshot(&w, QStringLiteral("live-first-site"));
        acceptDialog<NewSchoolDialog>([](NewSchoolDialog& d) { d.nameEdit()->setText(QStringLiteral("Op de plek")); });
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, end);
        QTRY_COMPARE(w.projects()->project().scenarios.size(), 1);
        QVERIFY(!scenarios->isPreviewing());
        const auto& added = std::get<AddSchoolEdit>(w.projects()->project().scenarios[0].edits.at(0).change);
        QCOMPARE(added.location, site);
        QCOMPARE(added.name, QStringLiteral("Op de plek"));
    }

    /** Item 2: the first calibration shows its progress up to 100 % and can be cancelled. */
    void calibrationShowsProgressAndCancels()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        QVERIFY(settle(w));
        ScenarioController* scenarios = withNewSchool(w, 20);
        ScenarioDock* dock = w.scenarioDock();
        QSignalSpy progress(scenarios, &ScenarioController::progressChanged);
        QSignalSpy calibrated(scenarios, &ScenarioController::calibrated);
        QTest::mouseClick(dock->calibrateButton(), Qt::LeftButton);
        QVERIFY(scenarios->isCalibrating());
        QVERIFY(dock->progressBar()->isVisible());
        QVERIFY(dock->cancelButton()->isVisible());
        QVERIFY(dock->runButton()->isEnabled()); // a run would follow the calibration
        QTRY_VERIFY_WITH_TIMEOUT(calibrated.count() == 1, 180000);
        QVERIFY(progress.count() >= 2);
        double last = 0.0;
        for (const QList<QVariant>& p : progress) {
            const double f = p.at(0).toDouble();
            QVERIFY2(f >= 0.0 && f <= 1.0, qPrintable(QString::number(f)));
            last = f;
        }
        QCOMPARE(last, 1.0);
        QVERIFY(!scenarios->isCalibrating());
        QVERIFY(!dock->progressBar()->isVisible());
        QVERIFY(scenarios->currentBaseline() != nullptr);
        // The parameters are known now, before any run: one β box per β of the fitted model.
        QCOMPARE(dock->betaBoxes().size(), static_cast<qsizetype>(scenarios->currentBaseline()->calibration.parameters.beta.size()));
        QCOMPARE(dock->betaBoxes().first()->value(), std::round(100 * scenarios->currentBaseline()->calibration.parameters.beta[0]) / 100);
        QVERIFY(w.scenarioResults()->calibrationChart()->plottableCount() > 0);

        // Another seed needs another calibration: cancelled, it leaves no model and no progress behind.
        dock->seedBox()->setValue(5);
        QVERIFY(!scenarios->currentBaseline());
        QSignalSpy canceled(scenarios, &ScenarioController::canceled);
        QTest::mouseClick(dock->calibrateButton(), Qt::LeftButton);
        QVERIFY(scenarios->isCalibrating());
        QTest::mouseClick(dock->cancelButton(), Qt::LeftButton);
        QCOMPARE(canceled.count(), 1);
        QVERIFY(!scenarios->isCalibrating());
        QVERIFY(!dock->progressBar()->isVisible());
        QTest::qWait(500);
        QCOMPARE(calibrated.count(), 1); // the cancelled one never reports
        QVERIFY(!scenarios->currentBaseline());
    }

    /** Item 2 (the panel's list of edits): housing in an existing buurt, with children and group mix, undoable. */
    void housingInABuurtIsAnEditThatUndoes()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        QVERIFY(settle(w));
        const Dataset& dataset = *w.projects()->project().dataset;
        ScenarioDock* dock = w.scenarioDock();
        dock->raise();
        QString code;
        acceptDialog<HousingDialog>([&](HousingDialog& d) {
            QVERIFY(d.areaBox());
            d.areaBox()->setCurrentIndex(1);
            code = d.areaBox()->currentData().toString();
            d.childrenBox()->setValue(150);
            d.gemeenteMixBox()->setChecked(false);
            const QList<QDoubleSpinBox*> shares = d.shareBoxes();
            QVERIFY(shares.size() >= 2);
            for (QDoubleSpinBox* s : shares)
                s->setValue(0);
            shares[0]->setValue(70);
            shares[1]->setValue(30);
            screenshot(&d, QStringLiteral("live-housing-buurt-dialog"));
        });
        dock->housingInAreaAction()->trigger();
        QTRY_COMPARE(dock->editsView()->model()->rowCount(), 1);
        const qsizetype unit = dataset.areas.indexOf(code);
        QVERIFY(unit >= 0);
        const AreaUnit& area = dataset.areas.units[unit];
        const QString text = dock->editsView()->model()->index(0, 0).data().toString();
        QVERIFY2(text.contains(area.name) && text.contains(code) && text.contains(QStringLiteral("150")), qPrintable(text));
        QCOMPARE(w.projects()->document()->undoStack()->undoText(), text);
        const auto& housing = std::get<HousingEdit>(w.projects()->project().scenarios[0].edits[0].change);
        QCOMPARE(housing.areaCode, code);
        QCOMPARE(housing.children, 150);
        const GroupTable& groups = dataset.areaComposition.first();
        QCOMPARE(housing.groupShares.size(), groups.groups.size());
        QCOMPARE(housing.groupShares.value(groups.groups[0]), 0.7);
        QCOMPARE(housing.groupShares.value(groups.groups[1]), 0.3);
        for (qsizetype g = 2; g < groups.groups.size(); ++g)
            QCOMPARE(housing.groupShares.value(groups.groups[g], -1.0), 0.0);
        // The outline is the buurt's: inside it, and most of its area for these compact buurten.
        const Geometry outline = Geometry::polygon(housing.polygon);
        QVERIFY(outline.area() > 0.5 * area.geometry->area());
        QVERIFY(outline.area() <= area.geometry->area() * 1.000001);
        QVERIFY(area.geometry->covers(Geometry::point(outline.pointOnSurface().x(), outline.pointOnSurface().y())));
        // It survives the scenario file.
        auto reread = ScenarioEdit::fromJson(w.projects()->project().scenarios[0].edits[0].toJson(), QStringLiteral("test"));
        QVERIFY(reread);
        QCOMPARE(std::get<HousingEdit>(reread->change).areaCode, code);
        QCOMPARE(std::get<HousingEdit>(reread->change).polygon, housing.polygon);
        screenshot(&w, QStringLiteral("live-housing-buurt"));
        w.undoAction()->trigger();
        QCOMPARE(dock->editsView()->model()->rowCount(), 0);
        w.redoAction()->trigger();
        QCOMPARE(dock->editsView()->model()->rowCount(), 1);
    }

    /** Item 2 (the choice-model parameters): a β edit is one command, changes the result and the calibration report, and undoes. */
    void betaEditChangesTheResultAndUndoes()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        QVERIFY(settle(w));
        ScenarioController* scenarios = withNewSchool(w, 10);
        ScenarioDock* dock = w.scenarioDock();
        QVERIFY(dock->betaBoxes().isEmpty()); // not calibrated yet
        scenarios->run();
        QTRY_VERIFY_WITH_TIMEOUT(scenarios->currentOutcome() && !scenarios->isRunning(), 180000);
        const auto fitted = scenarios->currentOutcome();
        QVERIFY(!dock->betaBoxes().isEmpty());
        QDoubleSpinBox* beta = dock->betaBoxes().first();
        const double before = beta->value();
        QUndoStack* stack = w.projects()->document()->undoStack();
        const int commands = stack->count();
        beta->setValue(before - 0.5);
        beta->setValue(before - 1.0); // two steps, one command
        QCOMPARE(stack->count(), commands + 1);
        QVERIFY2(stack->undoText().contains(QStringLiteral("β")), qPrintable(stack->undoText()));
        const Scenario& edited = *scenarios->currentScenario();
        QVERIFY(edited.choiceModel);
        QCOMPARE(edited.choiceModel->beta[0], before - 1.0);
        QCOMPARE(edited.choiceModel->source, ParameterSource::User);
        QVERIFY(edited.schoolConstants.isEmpty());
        QVERIFY(!scenarios->currentOutcome());
        // A γ edit is its own command.
        dock->gammaBox()->setValue(0.5);
        QCOMPARE(stack->count(), commands + 2);
        stack->undo();
        QCOMPARE(scenarios->currentScenario()->choiceModel->denominationWeight, 0.0);

        scenarios->run();
        QTRY_VERIFY_WITH_TIMEOUT(scenarios->currentOutcome() && !scenarios->isRunning(), 180000);
        const auto weaker = scenarios->currentOutcome();
        QCOMPARE(weaker->calibration.parameters.beta[0], before - 1.0);
        bool differs = false;
        for (size_t i = 0; i < weaker->result.indices.size(); ++i)
            differs = differs || weaker->result.indices[i].after.mean != fitted->result.indices[i].after.mean;
        QVERIFY(differs);
        // The calibration chart shows this model's report: its points are the report's schools.
        QCustomPlot* chart = w.scenarioResults()->calibrationChart();
        const auto pointsOf = [chart] {
            auto* graph = qobject_cast<QCPGraph*>(chart->plottable(0));
            QList<double> ys;
            for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
                ys << it->value;
            std::sort(ys.begin(), ys.end());
            return ys;
        };
        const auto simulatedOf = [&](const ScenarioOutcome& o) {
            QList<double> ys;
            for (const CalibrationReport::SchoolRow& s : o.calibration.report.schools)
                if (s.observed >= w.projects()->project().privacyThreshold)
                    ys << s.simulated;
            std::sort(ys.begin(), ys.end());
            return ys;
        };
        QCOMPARE(pointsOf(), simulatedOf(*weaker));
        screenshot(&w, QStringLiteral("live-beta"));
        if (auto* scroll = qobject_cast<QScrollArea*>(dock->widget())) {
            scroll->ensureWidgetVisible(dock->gammaBox());
            QCoreApplication::processEvents();
            screenshot(dock, QStringLiteral("live-beta-panel"));
        }

        stack->undo();
        QVERIFY(!scenarios->currentScenario()->choiceModel);
        QCOMPARE(scenarios->currentOutcome(), fitted); // back to the cached result at once
        QCOMPARE(dock->betaBoxes().first()->value(), before);
        QCOMPARE(pointsOf(), simulatedOf(*fitted));
    }

    /** Item 1: the undo texts speak the language chosen after the edits were made. */
    void undoTextsFollowTheLanguage()
    {
        MainWindow w;
        QVERIFY(openDemoLikeAUser(w, QSize(1366, 768)));
        QVERIFY(settle(w));
        const Dataset& dataset = *w.projects()->project().dataset;
        const ScenarioEdit close{CloseSchoolEdit{dataset.schools.first().id}};
        w.scenarios()->addEdit(close);
        const QString english = close.describe(&dataset);
        QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo %1").arg(english));
        auto* view = qobject_cast<QUndoView*>(w.undoDock()->widget());
        QVERIFY(view);
        const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
        QCOMPARE(last.data().toString(), english);

        QUndoStack* stack = w.projects()->document()->undoStack();
        QCOMPARE(stack->count(), 2); // the scenario the edit needed, and the edit: the panel's own updates push nothing
        const int closeIndex = stack->count() - 1;
        QCOMPARE(stack->text(closeIndex), english);

        chooseLanguage(w, QStringLiteral("nl"));
        QCoreApplication::processEvents();
        QCOMPARE(stack->count(), 2); // a language switch edits nothing (it once recorded a map styling edit)
        // The layer list and the legend follow: the catchment layer's name and the areas' value (its title was
        // worded once, in English).
        const MapLayer* catchmentLayer = w.workspace()->layers()->layer(CatchmentMapLayer::kId);
        QVERIFY(catchmentLayer);
        QVERIFY2(catchmentLayer->name().startsWith(QStringLiteral("Voedingsgebieden")), qPrintable(catchmentLayer->name()));
        const auto* areaLayer = dynamic_cast<const AreaMapLayer*>(w.workspace()->layers()->layer(LayerFactory::kAreasId));
        QVERIFY(areaLayer);
        QVERIFY2(areaLayer->valueLabel().startsWith(QStringLiteral("Aandeel")), qPrintable(areaLayer->valueLabel()));
        const QString dutch = close.describe(&dataset);
        QVERIFY2(dutch != english, qPrintable(dutch)); // the Dutch catalogue is loaded
        QCOMPARE(stack->text(closeIndex), dutch);
        QCOMPARE(stack->text(0), QCoreApplication::translate("Mk::ProjectDocument", "New scenario \"%1\"").arg(w.scenarios()->currentScenario()->name));
        QVERIFY(stack->text(0).startsWith(QStringLiteral("Nieuw scenario")));
        QCOMPARE(view->model()->index(closeIndex + 1, 0).data().toString(), dutch); // row 0 is the opened state
        const QString undoVerb = QCoreApplication::translate("Mk::MainWindow", "&Undo");
        const QString redoVerb = QCoreApplication::translate("Mk::MainWindow", "&Redo");
        QVERIFY(undoVerb != QLatin1String("&Undo"));
        QCOMPARE(w.undoAction()->text(), QStringLiteral("%1 %2").arg(undoVerb, stack->undoText()));
        stack->setIndex(closeIndex); // the close is the next to redo
        QCOMPARE(w.redoAction()->text(), QStringLiteral("%1 %2").arg(redoVerb, dutch));
        screenshot(&w, QStringLiteral("live-undo-dutch"));
        stack->redo();
        chooseLanguage(w, QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(stack->text(closeIndex), english);
        QCOMPARE(view->model()->index(closeIndex + 1, 0).data().toString(), english);
        QCOMPARE(stack->count(), 2);
        QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo %1").arg(stack->undoText()));
    }
};

QTEST_MAIN(TstScenarioLive)
#include "tst_scenariolive.moc"
