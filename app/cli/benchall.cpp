// SPDX-License-Identifier: GPL-3.0-or-later
// mengkaart-cli bench all: the national benchmark table of issue 13, every benchmark in a child process.
#include "cli/benchmarks.h"
#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <optional>
#include <vector>

extern char** environ;

namespace Mk::Cli {

namespace {

constexpr double kMemoryTargetKb = 1024.0 * 1024.0; ///< under 1 GB for the national data set (issue 13 item 5)
constexpr double kTolerance = 2.0;                  ///< a figure past twice its target fails the table
constexpr int kNameWidth = 56;

/** The target of one figure of a benchmark, and where it is set. */
struct Target {
    const char* figure;
    double seconds; ///< 0: none set
    const char* source;
};

/** One row group of the table: a benchmark with its arguments, run in its own process. */
struct Phase {
    const char* label;
    const char* bench;
    QStringList args;
    QList<Target> targets;
};

QList<Phase> phases()
{
    const QString dir = QStringLiteral(":/national/");
    const QStringList wijken = {QStringLiteral("--areas"), dir + QStringLiteral("cbs_wijken_2022.gpkg"), QStringLiteral("--layer"), QStringLiteral("wijken")};
    const QStringList schools = {QStringLiteral("--schools"), dir + QStringLiteral("scholen_nl_2024.gpkg"), QStringLiteral("--schools-layer"),
                                 QStringLiteral("scholen")};
    const QStringList flows = {QStringLiteral("--pupils-by-postcode"), dir + QStringLiteral("duo_leerlingen_po_vestiging_postcode_leerling_2024.csv")};
    const QStringList repeat3 = {QStringLiteral("--repeat"), QStringLiteral("3")};
    return {
        {"load: national wijken", "load", wijken + repeat3, {{"load", 0.025, "issue 13.1"}}},
        {"load: national wijken + schools", "load", wijken + schools + repeat3, {{"load", 0.080, "issue 13.1"}}},
        {"load: national wijken + schools + flows", "load", wijken + schools + flows + repeat3, {{"load", 0.5, "issue 13.1"}}},
        {"render", "render", {QStringLiteral("--national"), dir + QStringLiteral("cbs_wijken_2022.gpkg"), QStringLiteral("--layer"), QStringLiteral("wijken"),
                              QStringLiteral("--repeat"), QStringLiteral("10")},
         {{"demo", 0.005, "issue 13.3"}, {"demo cold", 0.005, "issue 13.3"}, {"demo reading", 0.0, ""},
          {"national", 0.020, "issue 13.3"}, {"national cold", 0.020, "issue 13.3"}, {"national reading", 0.0, ""}}},
        {"indices: 15,000 units x 3 groups", "indices", {}, {{"all indices", 0.0015, "issue 13.2"}}},
        {"bootstrap: 300 x 3, 1,000 + 1,000 replicates", "bootstrap", {}, {{"bootstrap", 0.3, "issue 13.2"}}},
        {"catchments: national wijken, basisscholen", "catchments",
         {QStringLiteral("--areas"), dir + QStringLiteral("cbs_wijken_2022.gpkg"), QStringLiteral("--schools"), dir + QStringLiteral("scholen_nl_2024.gpkg"),
          QStringLiteral("--repeat"), QStringLiteral("3")},
         {{"catchments", 0.0, ""}}},
        {"scenario: 200 runs, 25,000 x 80", "scenario", {},
         {{"free choice", 1.0, "issue 10.9"}, {"deferred acceptance", 1.0, "issue 10.9"}}},
        {"scenario preview: Nijmegen, a new school at 9 sites", "scenario", {QStringLiteral("--preview"), QStringLiteral("--gemeente"), QStringLiteral("GM0268")},
         {{"preview", 0.2, "issue 15.3"}}},
        {"briefing: demo, content + PDF", "briefing", repeat3, {{"briefing", 2.0, "bench briefing"}}},
        {"batch: every gemeente, indices + intervals", "batch", {}, {{"batch", 60.0, "issue 13.4"}}},
    };
}

/** A child's exit status, its figures and its peak resident memory (ru_maxrss, kB). */
struct ChildRun {
    int status = -1;
    BenchFigures figures;
    double maxRssKb = 0.0;
};

/** Runs `mengkaart-cli bench NAME ARGS --figures FILE` with its printed lines thrown away, waiting for its resource usage. */
ChildRun runChild(const Phase& phase, const QString& figuresFile)
{
    QStringList argv = {QCoreApplication::applicationFilePath(), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("bench"),
                        QLatin1String(phase.bench)};
    argv += phase.args;
    argv += {QStringLiteral("--figures"), figuresFile};
    std::vector<QByteArray> bytes;
    for (const QString& a : argv)
        bytes.push_back(a.toLocal8Bit());
    std::vector<char*> raw;
    for (QByteArray& b : bytes)
        raw.push_back(b.data());
    raw.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    ChildRun run;
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, raw.front(), &actions, nullptr, raw.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.maxRssKb = static_cast<double>(usage.ru_maxrss);
    run.figures = readFigures(figuresFile);
    return run;
}

QString seconds(double s)
{
    if (s <= 0)
        return QStringLiteral("-");
    return s < 0.1 ? QStringLiteral("%1 ms").arg(s * 1e3, 0, 'f', 2) : QStringLiteral("%1 s").arg(s, 0, 'f', 3);
}

} // namespace

int benchAll(const QStringList& args, BenchFigures& figures)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Mk::Cli", "Runs every benchmark of the national table, each in a child process, and prints one table: median wall "
                                               "and CPU time, the peak memory of the child (ru_maxrss: start-up, data and work), the target and its "
                                               "source. A figure is judged by the smaller of wall and CPU time (wall on an idle machine, CPU when "
                                               "other work slows the clock). Exit status 1 when one exceeds its target, or memory 1 GB, by more than 2x."));
    parser.addHelpOption();
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    QTemporaryDir dir;
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool failed = false;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
               .arg(QStringLiteral("figure"), -kNameWidth)
               .arg(QStringLiteral("wall"), 10)
               .arg(QStringLiteral("CPU"), 10)
               .arg(QStringLiteral("peak mem"), 9)
               .arg(QStringLiteral("target"), 10)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("verdict (target source)"));
    int index = 0;
    for (const Phase& phase : phases()) {
        err << QCoreApplication::translate("Mk::Cli", "bench %1 ...").arg(QLatin1String(phase.label)) << '\n';
        err.flush();
        const ChildRun run = runChild(phase, dir.filePath(QStringLiteral("figures%1.json").arg(index++)));
        const QString memory = QStringLiteral("%1 MB").arg(run.maxRssKb / 1024.0, 0, 'f', 0);
        const bool memoryFails = run.maxRssKb > kTolerance * kMemoryTargetKb;
        if (run.status != 0 || run.figures.isEmpty()) {
            out << QStringLiteral("%1 %2\n").arg(QLatin1String(phase.label), -kNameWidth).arg(QStringLiteral("FAILED (exit status %1)").arg(run.status));
            failed = true;
            continue;
        }
        for (const BenchFigure& f : run.figures) {
            const Target* target = nullptr;
            for (const Target& t : phase.targets)
                if (f.name == QLatin1String(t.figure))
                    target = &t;
            if (!target)
                continue; // a figure the table does not list (e.g. a grid variant)
            figures.append({QString(QLatin1String(phase.label) + QStringLiteral(": ") + f.name), f.wall, f.cpu});
            const double judged = std::min(f.wall, f.cpu > 0 ? f.cpu : f.wall);
            const double ratio = target->seconds > 0 ? judged / target->seconds : 0.0;
            const bool fails = ratio > kTolerance || memoryFails;
            failed = failed || fails;
            QString name = QLatin1String(phase.label);
            if (phase.targets.size() > 1)
                name += QStringLiteral(" [") + f.name + QLatin1Char(']');
            QString verdict = QStringLiteral("no target");
            if (target->seconds > 0)
                verdict = ratio <= 1.0 ? QStringLiteral("ok") : ratio <= kTolerance ? QStringLiteral("over target") : QStringLiteral("FAIL: over 2x target");
            if (memoryFails)
                verdict += QStringLiteral("; FAIL: memory over 2 GB");
            if (target->seconds > 0)
                verdict += QStringLiteral(" (") + QLatin1String(target->source) + QLatin1Char(')');
            out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
                       .arg(name, -kNameWidth)
                       .arg(seconds(f.wall), 10)
                       .arg(seconds(f.cpu), 10)
                       .arg(memory, 9)
                       .arg(seconds(target->seconds), 10)
                       .arg(target->seconds > 0 ? QStringLiteral("%1x").arg(ratio, 0, 'f', 2) : QStringLiteral("-"), 7)
                       .arg(verdict);
        }
        out.flush();
    }
    out << QStringLiteral("\nwall: median of the runs after a warm-up (batch: one run); CPU: user + system of the process per run (all threads); "
                          "peak mem: ru_maxrss of the child process that ran the benchmark (target 1 GB); ratio: min(wall, CPU) / target.\n");
    return failed ? 1 : 0;
}

} // namespace Mk::Cli
