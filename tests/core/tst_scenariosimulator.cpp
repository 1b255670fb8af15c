// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"
#include "geo/georuntime.h"
#include "io/datasetloader.h"
#include "scenario/scenario.h"
#include "scenario/scenariocalibration.h"
#include "scenario/scenarioreport.h"
#include "scenario/scenariorunner.h"
#include "scenario/scenariosimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <span>

using namespace Mk;

namespace {

Scenario scenarioOf(QList<ScenarioEdit> edits, int runs = 60)
{
    Scenario s;
    s.runs = runs;
    s.seed = 11;
    s.edits = std::move(edits);
    return s;
}

/** The JSON of an outcome without the figures that may differ between machines (threads, seconds). */
QJsonObject comparable(const ScenarioOutcome& outcome)
{
    auto json = ScenarioReport::toJson(outcome, 5.0);
    if (!json)
        return {};
    QJsonObject o = *json;
    o.remove(QStringLiteral("threads"));
    o.remove(QStringLiteral("seconds"));
    return o;
}

} // namespace

/** The Monte Carlo of the what-if engine on the embedded Baarn demo: calibration, invariants, reproducibility. */
class TstScenarioSimulator : public QObject
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

    /** Calibrated on the baseline's own runs, every school that is not full gets its observed pupils (mean over runs) within one. */
    void calibratedBaselineReproducesObservedPupils()
    {
        Feedback feedback;
        auto outcome = ScenarioRunner::run(m_dataset, scenarioOf({}, 200), 0, feedback);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        QVERIFY(outcome->calibration.fittedOnFlows);
        QVERIFY(outcome->calibration.parameters.betaOf(0) < 0.0);
        int checked = 0;
        for (const SchoolOutcome& s : outcome->result.schools) {
            if (!s.openBefore || s.fullBefore > 0.5)
                continue;
            ++checked;
            QVERIFY2(std::abs(s.pupilsBefore.mean - s.observedPupils) <= 1.0,
                     qPrintable(QStringLiteral("%1: simulated %2, observed %3").arg(s.id).arg(s.pupilsBefore.mean).arg(s.observedPupils)));
        }
        QCOMPARE(checked, 9);
        // The school with the largest gap is named for people too, by the name the data give it.
        const ScenarioCalibration& c = outcome->calibration;
        QVERIFY(c.largestGap <= 1.0);
        const qsizetype j = m_dataset.schoolIndex(c.largestGapSchool);
        QVERIFY2(j >= 0, qPrintable(c.largestGapSchool));
        QCOMPARE(c.largestGapSchoolName, m_dataset.schools[j].name);
        // Without edits and with the same rules the scenario is the baseline, run by run.
        for (const IndexOutcome& i : outcome->result.indices)
            if (i.difference.isValid())
                QCOMPARE(i.difference.hi, 0.0);
        QVERIFY(outcome->result.verificationBefore.clean());
    }

    /** A school far from every child is never ranked: with common random numbers nothing changes at all. */
    void farSchoolChangesNothing()
    {
        AddSchoolEdit far;
        far.name = QStringLiteral("Far away");
        far.location = QPointF(10000, 600000); // Texel's latitude, 140 km from Baarn
        far.capacity = 400;
        Feedback feedback;
        auto outcome = ScenarioRunner::run(m_dataset, scenarioOf({ScenarioEdit{far}}), 0, feedback);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        for (const IndexOutcome& i : outcome->result.indices) {
            if (!i.difference.isValid())
                continue;
            QCOMPARE(i.difference.lo, 0.0);
            QCOMPARE(i.difference.hi, 0.0);
        }
        for (const SchoolOutcome& s : outcome->result.schools)
            if (s.openBefore)
                QCOMPARE(s.pupilsAfter.mean, s.pupilsBefore.mean);
        QCOMPARE(outcome->result.schools.back().pupilsAfter.mean, 0.0);
    }

    /** With room everywhere, closing a school moves exactly its pupils: every other child keeps her school. */
    void closingMovesExactlyItsPupils()
    {
        Feedback feedback;
        auto population = PopulationBuilder::build(m_dataset, {}, feedback);
        QVERIFY(population);
        auto calibration = ScenarioCalibrator::calibrate(m_dataset, *population, Scenario::statusQuoRules(), std::nullopt, {},
                                                         MonteCarloOptions{20, 5, 0, 0}, feedback);
        QVERIFY2(calibration, qPrintable(calibration ? QString() : calibration.error().toString()));
        auto base = SimulationWorld::baseline(m_dataset, *population, calibration->schoolConstants);
        QVERIFY(base);
        for (SimSchool& s : base->schools)
            s.capacity = static_cast<int>(base->children.size());
        const QString closed = QStringLiteral("06GW00");
        auto after = base->applied({ScenarioEdit{CloseSchoolEdit{closed}}}, *population, 5, QStringLiteral("test"));
        QVERIFY(after);
        const int x = static_cast<int>(base->schoolIndex(closed));
        int moved = 0;
        for (int run : {0, 7, 19}) {
            const MonteCarloOptions options{20, 5, 0, 0};
            auto before = ScenarioSimulator::placements(*base, Scenario::statusQuoRules(), calibration->parameters, options, run);
            auto later = ScenarioSimulator::placements(*after, Scenario::statusQuoRules(), calibration->parameters, options, run);
            QVERIFY(before && later);
            const std::vector<int>& was = before->matching.school;
            const std::vector<int>& is = later->matching.school;
            QCOMPARE(was.size(), is.size());
            for (size_t i = 0; i < was.size(); ++i) {
                if (was[i] == x) {
                    QVERIFY(is[i] != x);
                    ++moved;
                } else {
                    QCOMPARE(is[i], was[i]);
                }
            }
        }
        QVERIFY(moved > 100);
    }

    /** Identical seeds give identical output on 1, 2 and 8 threads; another seed gives other numbers. */
    void sameSeedSameNumbersOnAnyThreadCount()
    {
        const Scenario scenario = scenarioOf({ScenarioEdit{CloseSchoolEdit{QStringLiteral("04QC00")}}}, 40);
        Feedback feedback;
        auto one = ScenarioRunner::run(m_dataset, scenario, 1, feedback);
        auto two = ScenarioRunner::run(m_dataset, scenario, 2, feedback);
        auto eight = ScenarioRunner::run(m_dataset, scenario, 8, feedback);
        QVERIFY(one && two && eight);
        const QJsonObject reference = comparable(*one);
        QVERIFY(!reference.isEmpty());
        QCOMPARE(comparable(*two), reference);
        QCOMPARE(comparable(*eight), reference);
        // The runs kept for the distribution chart are the same too, and are the runs the bands summarise.
        for (size_t k = 0; k < one->result.indices.size(); ++k) {
            const IndexOutcome& i = one->result.indices[k];
            QCOMPARE(eight->result.indices[k].runsAfter, i.runsAfter);
            QCOMPARE(int(i.runsBefore.size()), scenario.runs);
            QCOMPARE(int(i.runsAfter.size()), scenario.runs);
            double sum = 0.0;
            int valid = 0, down = 0, finiteAfter = 0;
            for (size_t run = 0; run < i.runsAfter.size(); ++run) {
                if (std::isfinite(i.runsAfter[run])) {
                    sum += i.runsAfter[run];
                    ++finiteAfter;
                }
                const double d = i.runsAfter[run] - i.runsBefore[run];
                if (std::isfinite(d)) {
                    ++valid;
                    down += d < 0.0 ? 1 : 0;
                }
            }
            if (finiteAfter > 0)
                QVERIFY(std::abs(sum / finiteAfter - i.after.mean) < 1e-12);
            if (valid > 0)
                QCOMPARE(i.probabilityDecrease, double(down) / valid);
        }
        Scenario other = scenario;
        other.seed = 12;
        auto different = ScenarioRunner::run(m_dataset, other, 2, feedback);
        QVERIFY(different);
        QVERIFY(comparable(*different) != reference);
    }

    /** Central admission: every deferred-acceptance matching is checked and none has a blocking pair. */
    void centralAdmissionIsVerified()
    {
        Scenario scenario = scenarioOf({ScenarioEdit{CloseSchoolEdit{QStringLiteral("04QC00")}}}, 30);
        auto rules = AdmissionRules::preset(QStringLiteral("nijmegen"));
        QVERIFY2(rules, qPrintable(rules ? QString() : rules.error().toString()));
        scenario.admission = *rules;
        Feedback feedback;
        auto outcome = ScenarioRunner::run(m_dataset, scenario, 0, feedback);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        const VerificationTally& v = outcome->result.verificationAfter;
        QCOMPARE(v.matchings, 30);
        QCOMPARE(v.blockingPairs, 0);
        QCOMPARE(v.capacityViolations, 0);
        QCOMPARE(v.reserveViolations, 0);
        QCOMPARE(outcome->result.mechanismAfter, QStringLiteral("da"));
        auto json = ScenarioReport::toJson(*outcome, 5.0);
        QVERIFY(json);
        for (const char* key : {"baseline", "scenario", "difference", "p_decrease", "schools", "placement", "calibration", "verification",
                                "runs", "seed"})
            QVERIFY2(json->contains(QLatin1String(key)), key);
        const QJsonObject verification = json->value(QStringLiteral("verification")).toObject();
        for (const char* key : {"runs", "blocking_pairs", "capacity_violations", "reserve_violations"})
            QVERIFY2(verification.contains(QLatin1String(key)), key);
        const QJsonObject school = json->value(QStringLiteral("schools")).toArray().first().toObject();
        for (const char* key : {"id", "name", "pupils_before", "pupils_after", "composition_before", "composition_after"})
            QVERIFY2(school.contains(QLatin1String(key)), key);
    }

    /** A saved scenario (with its calibrated model) reproduces the run exactly. */
    void savedScenarioReproducesTheRun()
    {
        Scenario scenario = scenarioOf({ScenarioEdit{AddSchoolEdit{QString(), QStringLiteral("De Nieuwbouw"), QPointF(146500, 470200), 200,
                                                                   QString(), false, std::nullopt}}},
                                       30);
        Feedback feedback;
        auto first = ScenarioRunner::run(m_dataset, scenario, 0, feedback);
        QVERIFY(first);
        scenario.choiceModel = first->calibration.parameters;
        scenario.schoolConstants = first->calibration.schoolConstants;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(scenario.save(path));
        auto loaded = Scenario::load(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->toJson(), scenario.toJson());
        auto again = ScenarioRunner::run(m_dataset, *loaded, 0, feedback);
        QVERIFY(again);
        QVERIFY(again->calibration.constantsGiven);
        QJsonObject a = comparable(*first), b = comparable(*again);
        // The figures are identical; only how the model was obtained (fit notes, calibration steps) differs.
        for (const char* key : {"calibration", "diagnostics"}) {
            a.remove(QLatin1String(key));
            b.remove(QLatin1String(key));
        }
        for (auto it = a.begin(); it != a.end(); ++it)
            QVERIFY2(b.value(it.key()) == it.value(), qPrintable(it.key()));
    }

    /** The denomination term: with a weight, more children attend a school of the denomination they prefer. */
    void denominationTermSortsByDenomination()
    {
        Feedback feedback;
        auto population = PopulationBuilder::build(m_dataset, {}, feedback);
        QVERIFY(population);
        QVERIFY(population->denominations.size() >= 3);
        auto world = SimulationWorld::baseline(m_dataset, *population, {});
        QVERIFY(world);
        for (SimSchool& s : world->schools)
            s.capacity = static_cast<int>(world->children.size());
        const MonteCarloOptions options{10, 3, 0, 0};
        auto matchShare = [&](double weight) {
            ChoiceModelParameters parameters = ChoiceModelParameters::literatureDefault();
            parameters.denominationWeight = weight;
            double matched = 0.0, placed = 0.0;
            for (int run = 0; run < options.runs; ++run) {
                auto placement = ScenarioSimulator::placements(*world, Scenario::statusQuoRules(), parameters, options, run);
                if (!placement)
                    return -1.0;
                for (size_t i = 0; i < placement->matching.school.size(); ++i) {
                    const int j = placement->matching.school[i];
                    if (j < 0)
                        continue;
                    placed += 1.0;
                    matched += world->children[i].denomination == world->schools[static_cast<size_t>(j)].denominationIndex ? 1.0 : 0.0;
                }
            }
            return matched / placed;
        };
        const double without = matchShare(0.0);
        const double with = matchShare(2.0);
        QVERIFY(without > 0.0);
        QVERIFY2(with > without + 0.1, qPrintable(QStringLiteral("%1 -> %2").arg(without).arg(with)));
    }

    /** The feedback variant settles to a fixed point: the perceived shares are the shares the choices give. */
    void compositionFeedbackSettles()
    {
        Feedback feedback;
        auto population = PopulationBuilder::build(m_dataset, {}, feedback);
        QVERIFY(population);
        auto world = SimulationWorld::baseline(m_dataset, *population, {});
        QVERIFY(world);
        ChoiceModelParameters parameters = ChoiceModelParameters::literatureDefault();
        parameters.compositionWeight = 1.5;
        const MonteCarloOptions options{20, 3, 0, 0};
        auto passes = ScenarioSimulator::settleComposition(*world, Scenario::statusQuoRules(), parameters, options, feedback);
        QVERIFY2(passes, qPrintable(passes ? QString() : passes.error().toString()));
        QVERIFY(*passes >= 1 && *passes <= ScenarioSimulator::kFeedbackIterations);
        auto summary = ScenarioSimulator::summarise(*world, Scenario::statusQuoRules(), parameters, options, false, feedback);
        QVERIFY(summary);
        const size_t groups = static_cast<size_t>(world->groups.size());
        for (size_t j = 0; j < world->schools.size(); ++j)
            for (size_t g = 0; g < groups; ++g) {
                const double simulated = summary->meanCounts[j * groups + g] / summary->meanPupils[j];
                // Damping halves each step, so the last change bounds the distance to the fixed point by about twice it.
                QVERIFY2(std::abs(simulated - world->perceivedShares[j * groups + g]) < 4 * ScenarioSimulator::kFeedbackTolerance,
                         qPrintable(QStringLiteral("%1/%2: %3 vs %4").arg(world->schools[j].id).arg(g).arg(simulated).arg(world->perceivedShares[j * groups + g])));
            }
    }

    void badScenarioFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << "plan.json is not valid JSON";
        QTest::newRow("format") << QByteArray(R"({"format": "mengkaart-project", "version": 1})") << "key \"format\"";
        QTest::newRow("newer") << QByteArray(R"({"format": "mengkaart-scenario", "version": 7})") << "version 7";
        QTest::newRow("unknown key") << QByteArray(R"({"format": "mengkaart-scenario", "version": 1, "rnus": 20})") << "unknown key \"rnus\"";
        QTest::newRow("runs") << QByteArray(R"({"format": "mengkaart-scenario", "version": 1, "runs": 0})") << "key \"runs\"";
        QTest::newRow("edit") << QByteArray(R"({"format": "mengkaart-scenario", "version": 1, "edits": [{"type": "close_school"}]})")
                              << "plan.json, edits[0]: the key \"school\" is missing";
        QTest::newRow("preset") << QByteArray(R"({"format": "mengkaart-scenario", "version": 1, "admission": "atlantis"})") << "atlantis";
    }
    void badScenarioFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto loaded = Scenario::load(path);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(message), qPrintable(loaded.error().message));
    }

    /**
     * Pairing the scenario with the baseline changes none of its figures: a child whose common candidates have the same
     * weights in both has the scenario's ranking derived from her baseline race (drawn deeper by the candidates the
     * scenario lacks) and the scenario's new candidates, which must give exactly what the scenario draws alone. Status
     * quo (lists of 3) before, the Nijmegen rules (lists of 6, or 3), a new school and a closure after, so derived races with
     * new and with lost candidates occur, and own races; the baseline must equal its own unpaired runs too.
     */
    void pairedRunsEqualEachSituationAlone_data()
    {
        QTest::addColumn<double>("beta");
        QTest::addColumn<int>("listLength");
        QTest::newRow("steep, lists of six") << ChoiceModelParameters::literatureDefault().beta.front() << 6;
        QTest::newRow("flat, lists of three") << -0.3 << 3;
    }

    void pairedRunsEqualEachSituationAlone()
    {
        PairedCase c;
        pairedCase(c);
        if (QTest::currentTestFailed())
            return;
        Feedback feedback;
        const MonteCarloOptions options{20, 9, 2, 0};
        auto paired = ScenarioSimulator::compare(c.base, Scenario::statusQuoRules(), c.after, c.rules, c.parameters, options, feedback);
        auto baseAlone = ScenarioSimulator::summarise(c.base, Scenario::statusQuoRules(), c.parameters, options, false, feedback);
        auto afterAlone = ScenarioSimulator::summarise(c.after, c.rules, c.parameters, options, false, feedback);
        QVERIFY(paired && baseAlone && afterAlone);
        QCOMPARE(paired->schools.size(), c.after.schools.size());
        for (size_t j = 0; j < c.after.schools.size(); ++j) {
            const SchoolOutcome& s = paired->schools[j];
            QVERIFY2(!c.after.schools[j].open || std::abs(s.pupilsAfter.mean - afterAlone->meanPupils[j]) < 1e-9,
                     qPrintable(QStringLiteral("%1 after: %2 paired, %3 alone").arg(s.id).arg(s.pupilsAfter.mean).arg(afterAlone->meanPupils[j])));
            if (j < c.base.schools.size())
                QVERIFY2(std::abs(s.pupilsBefore.mean - baseAlone->meanPupils[j]) < 1e-9,
                         qPrintable(QStringLiteral("%1 before: %2 paired, %3 alone").arg(s.id).arg(s.pupilsBefore.mean).arg(baseAlone->meanPupils[j])));
        }
        QVERIFY(paired->schools.back().pupilsAfter.mean > 10.0); // the new school takes pupils: the scenario differs
        if (c.rules.listLength > 3)
            QVERIFY(paired->placementAfter.back().topThree.mean < 0.97); // and lists beyond the third school matter
    }

    /**
     * The same child by child: in single runs, pairing gives every child of the scenario exactly the list (schools,
     * priority classes, lottery) and the placement she gets when the scenario is computed alone from scratch, and every
     * child of the baseline those of the baseline alone. Means over runs can hide a wrong list, e.g. a derived ranking
     * whose last places are wrong because the baseline race was not drawn deep enough past a closed school.
     */
    void pairedListsEqualEachSituationAloneChildByChild_data() { pairedRunsEqualEachSituationAlone_data(); }

    void pairedListsEqualEachSituationAloneChildByChild()
    {
        PairedCase c;
        pairedCase(c);
        if (QTest::currentTestFailed())
            return;
        const auto closed = static_cast<int>(c.base.schoolIndex(QStringLiteral("06GW00")));
        QVERIFY(closed >= 0);
        const MonteCarloOptions options{20, 9, 2, 0};
        for (int run : {0, 6, 19}) {
            auto paired = ScenarioSimulator::pairedPlacements(c.base, Scenario::statusQuoRules(), c.after, c.rules, c.parameters, options, run);
            auto baseAlone = ScenarioSimulator::placements(c.base, Scenario::statusQuoRules(), c.parameters, options, run);
            auto afterAlone = ScenarioSimulator::placements(c.after, c.rules, c.parameters, options, run);
            QVERIFY(paired && baseAlone && afterAlone);
            sameRecord(paired->first, *baseAlone, QStringLiteral("baseline, run %1").arg(run));
            sameRecord(paired->second, *afterAlone, QStringLiteral("scenario, run %1").arg(run));
            if (QTest::currentTestFailed())
                return;
            // The scenario's rankings are mostly derived (some of them past the closed school, which a derived ranking must
            // replace by the next one of her baseline race); the baseline's are drawn anew.
            const int children = afterAlone->problem.studentCount();
            QVERIFY2(paired->second.derivedRankings > children / 4,
                     qPrintable(QStringLiteral("%1 of %2 derived").arg(paired->second.derivedRankings).arg(children)));
            int listedClosed = 0;
            for (int i = 0; i < baseAlone->problem.studentCount(); ++i) {
                const std::span<const int> list = baseAlone->problem.preferences(i);
                listedClosed += std::find(list.begin(), list.end(), closed) != list.end() ? 1 : 0;
            }
            QVERIFY(listedClosed > 20);
        }
    }

    /**
     * Lists drawn lazily (each race drawn only to its first places, the rest when deferred acceptance has turned the
     * child away from all of them) give every child the school and rank of the whole lists, run by run, alone and
     * paired, and compare() the same figures and verification. Scarce places so that many children go down their
     * lists; the presets with several priority classes, lists of 6 and 10, back-ups (which follow the whole list), multiple
     * tie-breaking, and initiatives (an initiative's school heads the list); the scenario opens a school, so siblings
     * (who attend the first existing school of the ranking) meet a new first choice.
     */
    void lazyListsGiveTheMatchingsOfWholeLists_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("capacityTimes"); // every capacity times capacityTimes / capacityPer
        QTest::addColumn<int>("capacityPer");
        QTest::addColumn<bool>("multiple");
        QTest::addColumn<bool>("initiatives");
        QTest::newRow("nijmegen, scarce") << QStringLiteral("nijmegen") << 2 << 3 << false << false;
        QTest::newRow("nijmegen, very scarce, initiatives") << QStringLiteral("nijmegen") << 2 << 5 << false << true;
        QTest::newRow("utrecht, scarce") << QStringLiteral("utrecht") << 2 << 3 << false << false;
        QTest::newRow("amsterdam-po, very scarce, multiple tie-breaking") << QStringLiteral("amsterdam-po") << 2 << 5 << true << false;
        QTest::newRow("amstelveen (back-ups), very scarce") << QStringLiteral("amstelveen") << 2 << 5 << false << true;
    }

    void lazyListsGiveTheMatchingsOfWholeLists()
    {
        QFETCH(QString, preset);
        QFETCH(int, capacityTimes);
        QFETCH(int, capacityPer);
        QFETCH(bool, multiple);
        QFETCH(bool, initiatives);
        auto rules = AdmissionRules::preset(preset);
        QVERIFY(rules);
        PairedCase c;
        buildCase(c, ChoiceModelParameters::literatureDefault().beta.front(), rules->listLength, preset, capacityTimes, capacityPer);
        if (QTest::currentTestFailed())
            return;
        if (multiple)
            c.rules.tieBreaking = TieBreaking::Multiple;
        if (initiatives) {
            // Every fifth child's parents register her at a school first (the same school in both worlds).
            const auto school = static_cast<int>(c.base.schoolIndex(QStringLiteral("04QC00")));
            QVERIFY(school >= 0 && c.after.schoolIndex(QStringLiteral("04QC00")) == school);
            for (size_t i = 0; i < c.base.children.size(); i += 5)
                c.base.initiativeSchool[i] = c.after.initiativeSchool[i] = school;
        }
        LazyCounts counts;
        for (const quint64 seed : {3ull, 17ull, 2026ull}) {
            MonteCarloOptions lazy{12, seed, 2, 0};
            MonteCarloOptions whole = lazy;
            whole.lazyLists = false;
            for (const int run : {0, 7}) {
                for (const SimulationWorld* world : {&c.base, &c.after}) {
                    auto got = ScenarioSimulator::placements(*world, c.rules, c.parameters, lazy, run);
                    auto expected = ScenarioSimulator::placements(*world, c.rules, c.parameters, whole, run);
                    QVERIFY(got && expected);
                    sameMatching(*got, *expected, QStringLiteral("seed %1, run %2, alone").arg(seed).arg(run), counts);
                }
                auto got = ScenarioSimulator::pairedPlacements(c.base, c.rules, c.after, c.rules, c.parameters, lazy, run);
                auto expected = ScenarioSimulator::pairedPlacements(c.base, c.rules, c.after, c.rules, c.parameters, whole, run);
                QVERIFY(got && expected);
                sameMatching(got->first, expected->first, QStringLiteral("seed %1, run %2, paired baseline").arg(seed).arg(run), counts);
                sameMatching(got->second, expected->second, QStringLiteral("seed %1, run %2, paired scenario").arg(seed).arg(run), counts);
                if (QTest::currentTestFailed())
                    return;
            }
            Feedback feedback;
            auto got = ScenarioSimulator::compare(c.base, c.rules, c.after, c.rules, c.parameters, lazy, feedback);
            auto expected = ScenarioSimulator::compare(c.base, c.rules, c.after, c.rules, c.parameters, whole, feedback);
            QVERIFY(got && expected);
            QCOMPARE(got->verificationAfter.matchings, 12);
            for (const SimulationResult* r : {&*got, &*expected}) {
                QVERIFY(r->verificationBefore.clean() && r->verificationAfter.clean());
                QCOMPARE(r->verificationBefore.wastefulPairs + r->verificationAfter.wastefulPairs, 0);
            }
            for (size_t j = 0; j < got->schools.size(); ++j) {
                QCOMPARE(got->schools[j].pupilsBefore.mean, expected->schools[j].pupilsBefore.mean);
                QCOMPARE(got->schools[j].pupilsAfter.mean, expected->schools[j].pupilsAfter.mean);
            }
            for (size_t k = 0; k < got->indices.size(); ++k) {
                QCOMPARE(got->indices[k].runsBefore, expected->indices[k].runsBefore);
                QCOMPARE(got->indices[k].runsAfter, expected->indices[k].runsAfter);
            }
            for (size_t g = 0; g < got->placementAfter.size(); ++g) {
                QCOMPARE(got->placementAfter[g].topThree.mean, expected->placementAfter[g].topThree.mean);
                QCOMPARE(got->placementAfter[g].unplaced.mean, expected->placementAfter[g].unplaced.mean);
                QCOMPARE(got->placementAfter[g].distanceP90.mean, expected->placementAfter[g].distanceP90.mean);
            }
        }
        // The lazy lists were drawn short for many children, and long where children went far down them.
        QVERIFY2(counts.shorter > counts.children / 5, qPrintable(QStringLiteral("%1 of %2 lists short").arg(counts.shorter).arg(counts.children)));
        QVERIFY2(counts.deep > counts.children / 50, qPrintable(QStringLiteral("%1 of %2 placed below their second school or not at all")
                                                                     .arg(counts.deep).arg(counts.children)));
    }

private:
    /** The worlds, rules and parameters of the paired-equals-alone tests for one row of their data. */
    struct PairedCase {
        SimulationWorld base, after;
        AdmissionRules rules;
        ChoiceModelParameters parameters;
    };

    /** The case of the current row of pairedRunsEqualEachSituationAlone_data(). */
    void pairedCase(PairedCase& out)
    {
        QFETCH(double, beta);
        QFETCH(int, listLength);
        buildCase(out, beta, listLength, QStringLiteral("nijmegen"), 2, 3);
    }

    /**
     * The calibrated Baarn demo with every capacity times `times` / `per` (scarce places, so that children go down their
     * lists), and after it a new school and a closure; `preset`'s rules with lists of `listLength`.
     */
    void buildCase(PairedCase& out, double beta, int listLength, const QString& preset, int times, int per)
    {
        Feedback feedback;
        auto population = PopulationBuilder::build(m_dataset, {}, feedback);
        QVERIFY(population);
        auto calibration = ScenarioCalibrator::calibrate(m_dataset, *population, Scenario::statusQuoRules(), std::nullopt, {},
                                                         MonteCarloOptions{10, 5, 0, 0}, feedback);
        QVERIFY2(calibration, qPrintable(calibration ? QString() : calibration.error().toString()));
        auto base = SimulationWorld::baseline(m_dataset, *population, calibration->schoolConstants);
        QVERIFY(base);
        for (SimSchool& s : base->schools)
            s.capacity = s.capacity * times / per;
        AddSchoolEdit added;
        added.name = QStringLiteral("De Nieuwbouw");
        added.location = QPointF(146500, 470200);
        added.capacity = 200;
        // A closure too, so that the scenario lacks a candidate of many children's baseline races (drawn deeper for it).
        auto after = base->applied({ScenarioEdit{added}, ScenarioEdit{CloseSchoolEdit{QStringLiteral("06GW00")}}}, *population, 5,
                                   QStringLiteral("test"));
        QVERIFY(after);
        auto rules = AdmissionRules::preset(preset);
        QVERIFY(rules);
        rules->listLength = listLength;
        // The literature's steep distance decay (-4/km) keeps far schools out of a child's candidates, so the new school
        // is a candidate of some children (their races differ) and not of others (their races are shared). A flat decay
        // makes every school a candidate of every child, so her baseline race must be drawn past the closed school.
        out.parameters = ChoiceModelParameters::literatureDefault();
        out.parameters.beta = {beta};
        out.base = std::move(*base);
        out.after = std::move(*after);
        out.rules = std::move(*rules);
    }

    /** What lazyListsGiveTheMatchingsOfWholeLists saw of the lists drawn lazily. */
    struct LazyCounts {
        int children = 0;
        int shorter = 0; ///< lists shorter than the whole list (their tails were never needed)
        int deep = 0;    ///< children placed below their second school or not at all (tails were needed)
    };

    /**
     * Child by child, the same school and rank in `got` (lists drawn lazily) as in `expected` (whole lists), and her list
     * in `got` the head of that in `expected` (schools and priority classes), with the same lottery.
     */
    static void sameMatching(const RunRecord& got, const RunRecord& expected, const QString& what, LazyCounts& counts)
    {
        QCOMPARE(got.problem.studentCount(), expected.problem.studentCount());
        for (int i = 0; i < got.problem.studentCount(); ++i) {
            const auto s = static_cast<size_t>(i);
            const std::span<const int> head = got.problem.preferences(i), whole = expected.problem.preferences(i);
            const std::span<const int> headClasses = got.problem.classes(i), wholeClasses = expected.problem.classes(i);
            const bool same = got.matching.school[s] == expected.matching.school[s] && got.matching.rank[s] == expected.matching.rank[s]
                              && head.size() <= whole.size() && std::equal(head.begin(), head.end(), whole.begin())
                              && std::equal(headClasses.begin(), headClasses.end(), wholeClasses.begin())
                              && got.problem.lottery(i) == expected.problem.lottery(i);
            QVERIFY2(same, qPrintable(QStringLiteral("%1, child %2: school %3 rank %4 from a list of %5 drawn lazily, school %6 rank %7 from "
                                                     "a list of %8")
                                          .arg(what)
                                          .arg(i)
                                          .arg(got.matching.school[s])
                                          .arg(got.matching.rank[s])
                                          .arg(head.size())
                                          .arg(expected.matching.school[s])
                                          .arg(expected.matching.rank[s])
                                          .arg(whole.size())));
            ++counts.children;
            counts.shorter += head.size() < whole.size() ? 1 : 0;
            counts.deep += !whole.empty() && (expected.matching.rank[s] == 0 || expected.matching.rank[s] > 2) ? 1 : 0;
        }
    }

    /** Child by child, the same list, classes, lottery and placement in `got` as in `expected`. */
    static void sameRecord(const RunRecord& got, const RunRecord& expected, const QString& what)
    {
        QCOMPARE(got.problem.studentCount(), expected.problem.studentCount());
        for (int i = 0; i < got.problem.studentCount(); ++i) {
            const auto list = [](const RunRecord& r, int s) {
                QStringList parts;
                const std::span<const int> schools = r.problem.preferences(s);
                const std::span<const int> classes = r.problem.classes(s);
                for (size_t k = 0; k < schools.size(); ++k)
                    parts << QStringLiteral("%1/%2").arg(schools[k]).arg(classes[k]);
                return QStringLiteral("[%1] lottery %2 -> school %3 rank %4")
                    .arg(parts.join(QLatin1Char(' ')))
                    .arg(r.problem.lottery(s), 0, 'g', 17)
                    .arg(r.matching.school[static_cast<size_t>(s)])
                    .arg(r.matching.rank[static_cast<size_t>(s)]);
            };
            const QString g = list(got, i), e = list(expected, i);
            QVERIFY2(g == e, qPrintable(QStringLiteral("%1, child %2: paired %3, alone %4").arg(what).arg(i).arg(g, e)));
        }
    }

    Dataset m_dataset;
};

QTEST_GUILESS_MAIN(TstScenarioSimulator)
#include "tst_scenariosimulator.moc"
