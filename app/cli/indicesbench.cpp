// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/benchmarks.h"
#include "cli/commandline.h"

#include "index/indexinput.h"
#include "index/inferencereport.h"
#include "index/localindices.h"
#include "index/randomtables.h"
#include "index/segregationsummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace Mk::Cli {

namespace {

/**
 * A deterministic units x 3 groups table: sizes 20-600, group shares drifting along the units
 * so that segregation is substantial (as in a city with segregated neighbourhoods).
 */
IndexInput generatedTable(int units)
{
    auto engine = RandomTables::engine(2026, 0, 0);
    QStringList ids;
    std::vector<double> counts;
    counts.reserve(static_cast<size_t>(units) * 3);
    for (int i = 0; i < units; ++i) {
        ids.append(QStringLiteral("U%1").arg(i));
        const qint64 size = 20 + static_cast<qint64>(RandomTables::uniform(engine) * 580);
        const double position = static_cast<double>(i) / units;
        const double shareA = 0.1 + 0.7 * position, shareB = 0.6 * (1 - position);
        const qint64 a = RandomTables::binomial(engine, size, shareA);
        const qint64 b = RandomTables::binomial(engine, size - a, std::min(1.0, shareB / (1 - shareA)));
        counts.insert(counts.end(), {static_cast<double>(a), static_cast<double>(b), static_cast<double>(size - a - b)});
    }
    return *IndexInput::create(ids, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, counts);
}

struct BenchOptions {
    int units = 0;
    int repeat = 0;
    int replicates = 0;
    int threads = 0;
};

/** Parses the options of `bench indices` and `bench bootstrap`; the exit status when the command must stop. */
std::optional<int> parseBench(const QStringList& args, const QString& description, BenchOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption unitsOpt(QStringLiteral("units"), QCoreApplication::translate("Mk::Cli", "Number of generated units."),
                                      QStringLiteral("N"), QString::number(options.units));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QCoreApplication::translate("Mk::Cli", "Timed runs (the median is printed)."),
                                       QStringLiteral("N"), QString::number(options.repeat));
    const QCommandLineOption replicatesOpt(QStringLiteral("replicates"), QCoreApplication::translate("Mk::Cli", "Bootstrap replicates."),
                                           QStringLiteral("N"), QString::number(options.replicates));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QCoreApplication::translate("Mk::Cli", "Threads (0 = all cores)."),
                                        QStringLiteral("N"), QString::number(options.threads));
    parser.addOptions({unitsOpt, repeatOpt, replicatesOpt, threadsOpt});
    if (const auto exit = parseArguments(parser, args))
        return exit;
    options.units = std::max(2, parser.value(unitsOpt).toInt());
    options.repeat = std::max(1, parser.value(repeatOpt).toInt());
    options.replicates = std::max(2, parser.value(replicatesOpt).toInt());
    options.threads = std::max(0, parser.value(threadsOpt).toInt());
    return std::nullopt;
}

} // namespace

int benchIndices(const QStringList& args, BenchFigures& figures)
{
    BenchOptions options{15000, 50, 2, 0};
    if (const auto exit = parseBench(args, QCoreApplication::translate("Mk::Cli", "Times all global and local segregation indices of a generated units x 3 groups table."),
                                     options))
        return *exit;
    const IndexInput input = generatedTable(options.units);
    double m = 0.0, lastLocalM = 0.0;
    const MedianTiming global = timed(options.repeat, [&] { m = SegregationSummary::compute(input).multigroup.mutualInformation; });
    const MedianTiming local = timed(options.repeat, [&] { lastLocalM = LocalIndices::compute(input).localM.back(); });
    const auto ms = [](double seconds) { return QString::number(seconds * 1e3, 'f', 3); };
    QTextStream(stdout) << "indices: " << options.units << " units x 3 groups, all global indices: median " << ms(global.wall)
                        << " ms wall, mean " << ms(global.cpu) << " ms CPU (M = " << QString::number(m, 'g', 6) << ")\n"
                        << "indices: " << options.units << " units x 3 groups, local indices: median " << ms(local.wall)
                        << " ms wall, mean " << ms(local.cpu) << " ms CPU (last unit's ls = " << QString::number(lastLocalM, 'g', 6) << ")\n";
    figures.append({QStringLiteral("all indices"), global.wall, global.cpu});
    figures.append({QStringLiteral("local indices"), local.wall, local.cpu});
    return 0;
}

int benchBootstrap(const QStringList& args, BenchFigures& figures)
{
    BenchOptions options{300, 5, 1000, 0};
    if (const auto exit = parseBench(args, QCoreApplication::translate("Mk::Cli", "Times the bootstrap and random-allocation replicates of all indices of a generated table."),
                                     options))
        return *exit;
    const IndexInput input = generatedTable(options.units);
    InferenceReport::Options inference;
    inference.replicates = options.replicates;
    inference.threads = options.threads;
    double ciHigh = 0.0;
    const MedianTiming t = timed(options.repeat, [&] {
        const auto report = InferenceReport::compute(input, inference);
        ciHigh = report->estimates.front().ciHigh;
    });
    QTextStream(stdout) << "bootstrap: " << options.units << " units x 3 groups, " << options.replicates
                        << " bootstrap + " << options.replicates << " random-allocation replicates of all indices: median "
                        << QString::number(t.wall, 'f', 3) << " s wall, mean " << QString::number(t.cpu, 'f', 3) << " s CPU over all threads (first CI upper bound " << QString::number(ciHigh, 'g', 6) << ")\n";
    figures.append({QStringLiteral("bootstrap"), t.wall, t.cpu});
    return 0;
}

} // namespace Mk::Cli
