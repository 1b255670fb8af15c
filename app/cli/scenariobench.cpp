// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/benchmarks.h"
#include "cli/commandline.h"
#include "cli/dataoptions.h"

#include "base/feedback.h"
#include "model/dataset.h"
#include "scenario/counterrandom.h"
#include "scenario/scenario.h"
#include "scenario/scenariorunner.h"
#include "scenario/scenariosimulator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <memory>
#include <numbers>
#include <vector>

namespace Mk::Cli {

namespace {

/**
 * A generated city: `children` homes in a 10 x 10 km square, denser towards the centre, two groups with the
 * minority concentrated in the west, and `schools` schools on a jittered grid with room for everyone.
 */
SimulationWorld generatedCity(int children, int schools, double slack)
{
    SimulationWorld w;
    w.groups = QStringList{QStringLiteral("majority"), QStringLiteral("minority")};
    w.areaCodes = QStringList{QStringLiteral("city")};
    const int side = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(schools))));
    for (int j = 0; j < schools; ++j) {
        SimSchool s;
        s.id = QStringLiteral("S%1").arg(j);
        s.key = CounterRandom::keyOf(s.id);
        s.name = s.id;
        const double jx = CounterRandom::uniform(CounterRandom::key(7, j, 1)) - 0.5;
        const double jy = CounterRandom::uniform(CounterRandom::key(7, j, 2)) - 0.5;
        s.location = QPointF((j % side + 0.5 + 0.4 * jx) * 10000.0 / side, (j / side + 0.5 + 0.4 * jy) * 10000.0 / side);
        s.capacity = static_cast<int>(std::ceil(children / static_cast<double>(schools) * slack));
        s.delta = 0.3 * (CounterRandom::uniform(CounterRandom::key(7, j, 3)) - 0.5);
        w.schools.push_back(s);
    }
    for (int i = 0; i < children; ++i) {
        SyntheticChild c;
        c.id = static_cast<quint64>(i) + 1;
        const double x = 10000.0 * CounterRandom::uniform(CounterRandom::key(8, i, 1));
        const double y = 10000.0 * CounterRandom::uniform(CounterRandom::key(8, i, 2));
        c.home = QPointF(x, y);
        const double minorityShare = 0.6 - 0.5 * x / 10000.0;
        c.group = CounterRandom::uniform(CounterRandom::key(8, i, 3)) < minorityShare ? 1 : 0;
        c.area = 0;
        w.children.push_back(c);
    }
    w.initiativeSchool.assign(w.children.size(), -1);
    return w;
}

/** The Monte Carlo's thread time per stage, largest share first: where the time goes. */
void printStageTimes(QTextStream& out, const StageTimes& t)
{
    const double total = t.total();
    if (!(total > 0.0))
        return;
    std::vector<std::pair<double, QString>> stages{{t.setup, tr("setup (choice sets, rules)")},
                                                   {t.draws, tr("preference draws and rankings")},
                                                   {t.compile, tr("admission rules applied")},
                                                   {t.matching, tr("matching")},
                                                   {t.verification, tr("verification")},
                                                   {t.tallies, tr("tallies and indices")}};
    std::stable_sort(stages.begin(), stages.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList parts;
    for (const auto& [seconds, label] : stages)
        parts << tr("%1 %2 s (%3 %)").arg(label, QLocale::c().toString(seconds, 'f', 3), QLocale::c().toString(100.0 * seconds / total, 'f', 0));
    out << "  " << tr("where the time goes (thread seconds): %1").arg(parts.join(QStringLiteral(", "))) << '\n';
}

double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

/**
 * The live preview on real data: the baseline prepared (calibrated) once with `options.runs`, then a new school
 * with the mean capacity at `repeat` sites on a ring around the schools' centre, each ScenarioRunner::kPreviewRuns
 * runs on the kept baseline, as the GUI does while a school is dragged (ScenarioController runs the same
 * ScenarioRunner::run on its kept baseline). Wall and process CPU are medians over the sites: on a shared machine the
 * wall time waits for the CPU where other work takes it, which the CPU time does not count.
 */
int benchPreview(const QCommandLineParser& parser, const MonteCarloOptions& options, int repeat, BenchFigures& figures)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto source = dataSourceFrom(parser);
    if (!source) {
        err << source.error().toString() << '\n';
        return 2;
    }
    auto project = loadProject(*source, false);
    if (!project) {
        err << project.error().toString() << '\n';
        return 1;
    }
    const Dataset& dataset = *project->dataset;
    QPointF centre;
    double capacity = 0.0;
    int located = 0;
    for (const School& s : dataset.schools)
        if (s.location) {
            centre += *s.location;
            capacity += s.pupils.value_or(0);
            ++located;
        }
    if (located == 0) {
        err << tr("The data have no school with a location to put a new school near.") << '\n';
        return 1;
    }
    centre /= located;
    Scenario scenario;
    scenario.runs = options.runs;
    scenario.seed = options.seed;
    Feedback feedback;
    QElapsedTimer timer;
    timer.start();
    std::shared_ptr<const ScenarioBaseline> baseline;
    {
        auto prepared = ScenarioRunner::prepare(dataset, scenario, options.threads, feedback);
        if (!prepared) {
            err << prepared.error().toString() << '\n';
            return 1;
        }
        baseline = std::make_shared<const ScenarioBaseline>(std::move(*prepared));
    }
    const double calibration = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    std::vector<double> seconds;
    std::vector<double> cpu;
    StageTimes stages;
    for (int k = 0; k < repeat; ++k) {
        const double angle = 2.0 * std::numbers::pi * k / repeat;
        AddSchoolEdit add;
        add.name = QStringLiteral("preview");
        add.location = centre + QPointF(1500.0 * std::cos(angle), 1500.0 * std::sin(angle));
        add.capacity = static_cast<int>(std::lround(capacity / located));
        Scenario moved = scenario;
        moved.edits = {ScenarioEdit{add}};
        timer.restart();
        const double cpu0 = cpuSeconds();
        auto outcome = ScenarioRunner::run(dataset, moved, baseline, ScenarioRunner::kPreviewRuns, options.threads, feedback);
        seconds.push_back(static_cast<double>(timer.nsecsElapsed()) * 1e-9);
        cpu.push_back(cpuSeconds() - cpu0);
        if (!outcome) {
            err << outcome.error().toString() << '\n';
            return 1;
        }
        stages.add(outcome->result.stageTimes);
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpu.begin(), cpu.end());
    const double wall = seconds[seconds.size() / 2];
    const double cpuMedian = cpu[cpu.size() / 2];
    figures.append({QStringLiteral("preview"), wall, cpuMedian});
    out << tr("%1: %2 children, %3 schools; baseline prepared once (population, calibration with %4 runs) in %5 s; preview of a new "
              "school (%6 runs, baseline + scenario) at %7 sites: median %8 s, slowest %9 s wall, median %10 s CPU (every thread)")
               .arg(dataset.gemeenteName.isEmpty() ? dataset.gemeenteCode : dataset.gemeenteName)
               .arg(baseline->population.children.size())
               .arg(baseline->world.schools.size())
               .arg(options.runs)
               .arg(QLocale::c().toString(calibration, 'f', 2))
               .arg(ScenarioRunner::kPreviewRuns)
               .arg(repeat)
               .arg(QLocale::c().toString(wall, 'f', 3), QLocale::c().toString(seconds.back(), 'f', 3),
                    QLocale::c().toString(cpuMedian, 'f', 3))
        << '\n';
    printStageTimes(out, stages);
    return 0;
}

} // namespace

int benchScenario(const QStringList& args, BenchFigures& figures)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Times the scenario Monte Carlo: a generated city (free choice, and deferred acceptance with "
                                        "the Nijmegen rules), and with data options a whole scenario run on real data (population, "
                                        "fit, calibration, Monte Carlo) closing the first school."));
    parser.addHelpOption();
    addDataOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("city-children"), tr("children of the generated city (default 25000)"), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("city-schools"), tr("schools of the generated city (default 80)"), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("runs"), tr("Monte-Carlo runs (default 200)"), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("threads"), tr("threads (default: every core)"), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("preview"),
                                        tr("with data options: only the live preview, a new school dragged over the gemeente (the "
                                           "baseline calibrated once, then %1 runs per site)").arg(ScenarioRunner::kPreviewRuns)));
    parser.addOption(QCommandLineOption(QStringLiteral("repeat"), tr("preview sites to time (default 9)"), QStringLiteral("N")));
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int children = parser.isSet(QStringLiteral("city-children")) ? parser.value(QStringLiteral("city-children")).toInt() : 25000;
    const int schools = parser.isSet(QStringLiteral("city-schools")) ? parser.value(QStringLiteral("city-schools")).toInt() : 80;
    MonteCarloOptions options;
    options.runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 200;
    options.threads = parser.value(QStringLiteral("threads")).toInt();
    if (children < 10 || schools < 2 || options.runs < 1) {
        err << tr("--city-children needs at least 10, --city-schools at least 2 and --runs at least 1.") << '\n';
        return 2;
    }
    // --gemeente alone is the national data that ship with Mengkaart (loadRequestFrom).
    const bool haveData = parser.isSet(QStringLiteral("areas")) || parser.isSet(QStringLiteral("demo")) || parser.isSet(QStringLiteral("project"))
                          || parser.isSet(QStringLiteral("gemeente"));
    if (parser.isSet(QStringLiteral("preview"))) {
        if (!haveData) {
            err << tr("--preview needs data: --demo, --gemeente NAME, --project FILE or the data file options.") << '\n';
            return 2;
        }
        const int repeat = parser.isSet(QStringLiteral("repeat")) ? parser.value(QStringLiteral("repeat")).toInt() : 9;
        if (repeat < 1) {
            err << tr("--repeat needs at least 1.") << '\n';
            return 2;
        }
        return benchPreview(parser, options, repeat, figures);
    }
    const ChoiceModelParameters parameters = ChoiceModelParameters::literatureDefault();

    const auto time = [&](const char* key, const QString& label, const SimulationWorld& world, const AdmissionRules& rules) -> bool {
        // The scenario: one extra school in the middle of the city, so the paired comparison does real work.
        QList<ScenarioEdit> edits{ScenarioEdit{AddSchoolEdit{QString(), QStringLiteral("new"), QPointF(5000, 5000),
                                                             world.schools.front().capacity, QString(), false, 0.0}}};
        SyntheticPopulation population;
        population.gemeenteShares = {0.5, 0.5};
        auto changed = world.applied(edits, population, 1, QStringLiteral("bench"));
        if (!changed) {
            err << changed.error().toString() << '\n';
            return false;
        }
        Feedback feedback;
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds();
        auto result = ScenarioSimulator::compare(world, rules, *changed, rules, parameters, options, feedback);
        const double wall = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
        const double cpu = cpuSeconds() - cpu0;
        if (!result) {
            err << result.error().toString() << '\n';
            return false;
        }
        figures.append({QLatin1String(key), wall, cpu});
        const VerificationTally& v = result->verificationAfter;
        out << tr("%1: %2 runs x (baseline + scenario), %3 children x %4 schools: %5 s wall, %6 s CPU, %7 matchings verified, "
                  "%8 blocking pairs")
                   .arg(label)
                   .arg(options.runs)
                   .arg(children)
                   .arg(schools)
                   .arg(QLocale::c().toString(wall, 'f', 3), QLocale::c().toString(cpu, 'f', 3))
                   .arg(v.matchings + result->verificationBefore.matchings)
                   .arg(v.blockingPairs + result->verificationBefore.blockingPairs)
            << '\n';
        printStageTimes(out, result->stageTimes);
        return true;
    };
    // Free choice: room for every child at every school, so everyone gets her first choice.
    const SimulationWorld free = generatedCity(children, schools, static_cast<double>(schools));
    if (!time("free choice", tr("free choice"), free, Scenario::statusQuoRules()))
        return 1;
    const SimulationWorld tight = generatedCity(children, schools, 1.05);
    auto nijmegen = AdmissionRules::preset(QStringLiteral("nijmegen"));
    if (!nijmegen || !time("deferred acceptance", tr("deferred acceptance (nijmegen)"), tight, *nijmegen))
        return 1;

    if (haveData) {
        auto source = dataSourceFrom(parser);
        if (!source) {
            err << source.error().toString() << '\n';
            return 2;
        }
        auto project = loadProject(*source, false);
        if (!project) {
            err << project.error().toString() << '\n';
            return 1;
        }
        Scenario scenario;
        scenario.runs = options.runs;
        scenario.edits.append(ScenarioEdit{CloseSchoolEdit{project->dataset->schools.front().id}});
        Feedback feedback;
        QElapsedTimer timer;
        timer.start();
        auto outcome = ScenarioRunner::run(*project->dataset, scenario, options.threads, feedback);
        if (!outcome) {
            err << outcome.error().toString() << '\n';
            return 1;
        }
        const double total = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
        out << tr("%1: %2 children, %3 schools; whole run %4 s, of which Monte Carlo (baseline + scenario) %5 s; calibration %6 "
                  "simulated iterations, largest gap %7 pupils")
                   .arg(project->dataset->gemeenteName.isEmpty() ? project->dataset->gemeenteCode : project->dataset->gemeenteName)
                   .arg(outcome->population.children.size())
                   .arg(outcome->result.schools.size())
                   .arg(QLocale::c().toString(total, 'f', 3), QLocale::c().toString(outcome->result.simulatedSeconds, 'f', 3))
                   .arg(outcome->calibration.simulatedIterations)
                   .arg(QLocale::c().toString(outcome->calibration.largestGap, 'f', 2))
            << '\n';
    }
    return 0;
}

} // namespace Mk::Cli
