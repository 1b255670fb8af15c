// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "cli/benchmarks.h"

#include "base/feedback.h"
#include "catchment/areainterpolator.h"
#include "catchment/voronoicatchmentbuilder.h"
#include "geo/geometry.h"
#include "io/arealoader.h"
#include "io/schoolloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace Mk::Cli {

int runCatchmentsBench(const QStringList& args, BenchFigures& figures)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Mk::Cli", "Times nearest-school areas (Voronoi clipped to the outline of all areas) plus "
                                                                            "area-weighted interpolation of the areas' inhabitants into them."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("areas"), QCoreApplication::translate("Mk::Cli", "area polygons"), QStringLiteral("FILE"),
                                        QStringLiteral("/work/shared/data/national/cbs_wijken_2022.gpkg")));
    parser.addOption(QCommandLineOption(QStringLiteral("schools"), QCoreApplication::translate("Mk::Cli", "school points"), QStringLiteral("FILE"),
                                        QStringLiteral("/work/shared/data/national/scholen_nl_2024.gpkg")));
    parser.addOption(QCommandLineOption(QStringLiteral("type"), QCoreApplication::translate("Mk::Cli", "DUO school type to keep (empty: all)"), QStringLiteral("TYPE"),
                                        QStringLiteral("basisschool")));
    parser.addOption(QCommandLineOption(QStringLiteral("repeat"), QCoreApplication::translate("Mk::Cli", "timed runs after one warm-up (default 5)"), QStringLiteral("N"),
                                        QStringLiteral("5")));
    QTextStream err(stderr), out(stdout);
    if (const auto exit = parseArguments(parser, args, Positional::Allowed))
        return *exit;
    Diagnostics diagnostics;
    auto areas = AreaLoader::load(parser.value(QStringLiteral("areas")), {}, {}, diagnostics);
    if (!areas) {
        err << areas.error().toString() << '\n';
        return 1;
    }
    auto schools = SchoolLoader::load(parser.value(QStringLiteral("schools")), {}, diagnostics);
    if (!schools) {
        err << schools.error().toString() << '\n';
        return 1;
    }
    const QString type = parser.value(QStringLiteral("type"));
    std::vector<QPointF> sites;
    for (const School& s : std::as_const(schools->schools))
        if (s.location && (type.isEmpty() || s.type.compare(type, Qt::CaseInsensitive) == 0))
            sites.push_back(*s.location);
    std::vector<std::shared_ptr<const Geometry>> sources;
    std::vector<const Geometry*> parts;
    std::vector<double> counts;
    for (const AreaUnit& u : std::as_const(areas->units)) {
        sources.push_back(u.geometry);
        parts.push_back(u.geometry.get());
        counts.push_back(u.number(areas->populationField).valueOr(0.0));
    }
    QElapsedTimer timer;
    timer.start();
    const Geometry outline = Geometry::unionOf(parts);
    const double unionSeconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;

    double preserved = 0.0;
    std::size_t cells = 0;
    bool ok = true;
    // CPU time next to wall time: the machine is shared, and CPU time shows the cost without the waiting.
    std::vector<double> cpuSeconds;
    auto work = [&] {
        const std::clock_t cpuStart = std::clock();
        Feedback feedback;
        auto partition = VoronoiCatchmentBuilder::partition(sites, outline, feedback);
        if (!partition) {
            ok = false;
            return;
        }
        std::vector<const Geometry*> targets;
        for (const auto& c : partition->cells)
            targets.push_back(c.get());
        AreaInterpolator interpolator(sources);
        auto weights = interpolator.weights(targets, InterpolationMode::Partition, feedback);
        if (!weights) {
            ok = false;
            return;
        }
        double total = 0.0;
        for (double v : AreaInterpolator::apply(*weights, counts, 1))
            total += v;
        preserved = total;
        cells = targets.size();
        cpuSeconds.push_back(static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    };
    const double median = medianSeconds(parser.value(QStringLiteral("repeat")).toInt(), work);
    if (!ok) {
        err << QCoreApplication::translate("Mk::Cli", "The benchmark computation failed.") << '\n';
        return 1;
    }
    cpuSeconds.erase(cpuSeconds.begin()); // the warm-up run
    std::sort(cpuSeconds.begin(), cpuSeconds.end());
    double expected = 0.0;
    for (double v : counts)
        expected += v;
    out << QStringLiteral("areas: %1, schools: %2 (%3 distinct locations)\n").arg(sources.size()).arg(sites.size()).arg(cells)
        << QStringLiteral("outline union (not timed below): %1 s\n").arg(unionSeconds, 0, 'f', 3)
        << QStringLiteral("voronoi + clip + interpolation: median=%1 s (CPU median=%2 s)\n")
               .arg(median, 0, 'f', 3)
               .arg(cpuSeconds[cpuSeconds.size() / 2], 0, 'f', 3)
        << QStringLiteral("mass preserved: %1 of %2 (relative difference %3)\n")
               .arg(preserved, 0, 'f', 1)
               .arg(expected, 0, 'f', 1)
               .arg(expected > 0 ? std::abs(preserved - expected) / expected : 0.0, 0, 'g', 3);
    figures.append({QStringLiteral("catchments"), median, cpuSeconds[cpuSeconds.size() / 2]});
    return 0;
}

} // namespace Mk::Cli
