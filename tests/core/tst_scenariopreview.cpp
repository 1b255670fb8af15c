// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"
#include "geo/georuntime.h"
#include "io/datasetloader.h"
#include "scenario/scenario.h"
#include "scenario/scenarioreport.h"
#include "scenario/scenariorunner.h"

#include <QTest>

using namespace Mk;

namespace {

Scenario scenarioOf(QList<ScenarioEdit> edits, int runs)
{
    Scenario s;
    s.runs = runs;
    s.seed = 11;
    s.edits = std::move(edits);
    return s;
}

ScenarioEdit newSchoolAt(const QPointF& site)
{
    return ScenarioEdit{AddSchoolEdit{QString(), QStringLiteral("De Nieuwbouw"), site, 200, QString(), false, std::nullopt}};
}

/** The report's JSON without what may differ between machines (threads, seconds) and, with `withModel` false, how the model was found. */
QJsonObject comparable(const ScenarioOutcome& outcome, bool withModel = true)
{
    auto json = ScenarioReport::toJson(outcome, 5.0);
    if (!json)
        return {};
    QJsonObject o = *json;
    for (const char* key : {"threads", "seconds"})
        o.remove(QLatin1String(key));
    if (!withModel)
        for (const char* key : {"calibration", "diagnostics"})
            o.remove(QLatin1String(key));
    return o;
}

} // namespace

/** The live preview's core: a baseline prepared (calibrated) once and reused by other scenarios gives the full run's numbers. */
class TstScenarioPreview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        GeoRuntime::init();
        Feedback feedback;
        auto loaded = DatasetLoader::loadDemo(feedback);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        m_dataset = std::move(*loaded);
    }

    /** One baseline, prepared for a closure, serves two other scenarios: each equals its own full run (which calibrates again). */
    void keptBaselineGivesTheFullRunsNumbers()
    {
        Feedback feedback;
        const Scenario closure = scenarioOf({ScenarioEdit{CloseSchoolEdit{QStringLiteral("04QC00")}}}, 20);
        auto baseline = ScenarioRunner::prepare(m_dataset, closure, 0, feedback);
        QVERIFY2(baseline, qPrintable(baseline ? QString() : baseline.error().toString()));
        QVERIFY(!baseline->calibration.constantsGiven);
        for (const QPointF& site : {QPointF(146500, 470200), QPointF(145200, 471400)}) {
            Scenario moved = closure;
            moved.name = QStringLiteral("moved");
            moved.edits = {newSchoolAt(site)};
            QVERIFY(baseline->fits(moved));
            auto preview = ScenarioRunner::run(m_dataset, *baseline, moved, 2, feedback);
            auto full = ScenarioRunner::run(m_dataset, moved, 1, feedback);
            QVERIFY2(preview && full, qPrintable(preview ? (full ? QString() : full.error().toString()) : preview.error().toString()));
            const QJsonObject reference = comparable(*full);
            QVERIFY(!reference.isEmpty());
            QCOMPARE(comparable(*preview), reference);
            // The new school is simulated at the site asked for.
            QCOMPARE(preview->result.schools.back().location, site);
        }
    }

    /** What the calibration depends on decides whether a baseline fits; the edits, name and scenario rules do not. */
    void fitsFollowsTheCalibrationInputs()
    {
        ScenarioBaseline baseline;
        baseline.basis = scenarioOf({}, 20);
        Scenario s = baseline.basis;
        s.edits = {newSchoolAt(QPointF(146500, 470200))};
        s.name = QStringLiteral("other");
        s.admission = Scenario::statusQuoRules();
        QVERIFY(baseline.fits(s));
        Scenario seed = s;
        seed.seed = 12;
        QVERIFY(!baseline.fits(seed));
        Scenario runs = s;
        runs.runs = 21;
        QVERIFY(!baseline.fits(runs));
        Scenario model = s;
        model.choiceModel = ChoiceModelParameters::literatureDefault();
        QVERIFY(!baseline.fits(model));
    }

    /**
     * A preview (a few runs on a baseline calibrated with more) is the run of the same scenario with the kept model
     * stored in it and the preview's runs: the calibration is reused, nothing else changes.
     */
    void fewerRunsOnAKeptBaselineAreTheStoredModelsRun()
    {
        Feedback feedback;
        const Scenario full = scenarioOf({newSchoolAt(QPointF(146500, 470200))}, 30);
        auto baseline = ScenarioRunner::prepare(m_dataset, full, 0, feedback);
        QVERIFY(baseline);
        Scenario quick = full;
        quick.runs = ScenarioRunner::kPreviewRuns;
        QVERIFY(!baseline->fits(quick));
        auto preview = ScenarioRunner::run(m_dataset, *baseline, quick, 0, feedback);
        QVERIFY(preview);
        QCOMPARE(preview->result.runs, ScenarioRunner::kPreviewRuns);
        Scenario stored = quick;
        stored.choiceModel = baseline->calibration.parameters;
        stored.schoolConstants = baseline->calibration.schoolConstants;
        auto reference = ScenarioRunner::run(m_dataset, stored, 0, feedback);
        QVERIFY(reference);
        const QJsonObject a = comparable(*preview, false), b = comparable(*reference, false);
        QVERIFY(!a.isEmpty());
        for (auto it = b.begin(); it != b.end(); ++it)
            QVERIFY2(a.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(a.keys(), b.keys());
    }

private:
    Dataset m_dataset;
};

QTEST_GUILESS_MAIN(TstScenarioPreview)
#include "tst_scenariopreview.moc"
