// SPDX-License-Identifier: GPL-3.0-or-later
// `bench render`: full redraws of the map at screen size, for the demo gemeente and a national layer.
#include "base/diagnostics.h"
#include "cli/commandline.h"
#include "cli/benchmarks.h"
#include "geo/geometry.h"
#include "io/arealoader.h"
#include "io/datasetloader.h"
#include "model/dataset.h"
#include "render/areamaplayer.h"
#include "render/layerfactory.h"
#include "render/layerrenderer.h"
#include "render/maplayer.h"
#include "render/maprenderjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Mk::Cli {

namespace {

struct Timing {
    double wallMs = 0; ///< MapRenderJob on the thread pool, as the canvas runs it
    double cpuMs = 0;  ///< the same render synchronously on this thread, process CPU time
};

/** The settings of a full view of `layers` (their joint extent). */
MapSettings fullView(const std::vector<std::unique_ptr<MapLayer>>& layers, const QSize& size, double dpr)
{
    QRectF extent;
    for (const auto& l : layers)
        extent = extent.isNull() ? l->extent() : extent.united(l->extent());
    MapSettings settings;
    settings.setExtent(extent);
    settings.setOutputSize(size);
    settings.setDevicePixelRatio(dpr);
    return settings;
}

/** Which render caches a timed render starts with. */
enum class Cache {
    Warm, ///< a redraw of the view drawn before: geometry in pixels and label images at hand
    Cold, ///< the first render of a view: every layer's cache cleared before each run
};

/** Median times of one complete render (snapshots + painting) of `layers` at their joint extent. */
Timing timeRender(const std::vector<std::unique_ptr<MapLayer>>& layers, const QSize& size, double dpr, int repeat, Cache cache,
                  const QString& savePath)
{
    const MapSettings settings = fullView(layers, size, dpr);
    const auto prepare = [&] {
        if (cache == Cache::Cold)
            for (const auto& l : layers)
                l->clearRenderCache();
    };
    QImage last;
    const double seconds = medianSeconds(repeat, [&] {
        prepare();
        std::vector<std::unique_ptr<LayerRenderer>> renderers;
        for (const auto& l : layers)
            renderers.push_back(l->createRenderer(settings));
        MapRenderJob job(settings, std::move(renderers));
        job.start();
        job.waitForFinished();
        last = job.image();
    });
    if (!savePath.isEmpty())
        last.save(savePath);
    // CPU time is what the render costs on a busy machine, where wall time also counts waiting.
    std::vector<double> cpu;
    for (int i = 0; i <= repeat; ++i) {
        prepare();
        std::vector<std::unique_ptr<LayerRenderer>> renderers;
        for (const auto& l : layers)
            renderers.push_back(l->createRenderer(settings));
        const std::clock_t start = std::clock();
        MapRenderJob::renderImage(settings, std::move(renderers));
        if (i > 0)
            cpu.push_back(1e3 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
    }
    std::sort(cpu.begin(), cpu.end());
    return {seconds * 1e3, cpu[cpu.size() / 2]};
}

/**
 * Median times of reading the data and rendering it, as a QGIS render job reads its layer's file each time:
 * `read` loads the data and makes its layers, which are then rendered once, synchronously.
 */
Timing timeReadAndRender(int repeat, const QSize& size, double dpr, const std::function<std::vector<std::unique_ptr<MapLayer>>()>& read)
{
    std::vector<RunTiming> runs;
    for (int i = 0; i <= repeat; ++i) {
        const RunTiming t = timeOnce([&] {
            const auto layers = read();
            std::vector<std::unique_ptr<LayerRenderer>> renderers;
            const MapSettings settings = fullView(layers, size, dpr);
            for (const auto& l : layers)
                renderers.push_back(l->createRenderer(settings));
            MapRenderJob::renderImage(settings, std::move(renderers));
        });
        if (i > 0) // the first run warms the file cache and the fonts
            runs.push_back(t);
    }
    return {medianOf(runs, &RunTiming::wall) * 1e3, medianOf(runs, &RunTiming::cpu) * 1e3};
}

/**
 * Prints a map's figures and adds them to `figures`: NAME (a redraw of a view drawn before), NAME cold
 * (its first render) and, when timed, NAME reading (reading its data first).
 */
void report(QTextStream& out, BenchFigures& figures, const QString& name, const QString& what, const Timing& warm, const Timing& cold,
            const std::optional<Timing>& reading, int n)
{
    const auto line = [&](const QString& label, const Timing& t) {
        out << QStringLiteral("render %1: median wall %2 ms, CPU %3 ms over %4 runs\n").arg(label).arg(t.wallMs, 0, 'f', 2).arg(t.cpuMs, 0, 'f', 2).arg(n);
    };
    line(name + QLatin1Char(' ') + what, warm);
    line(name + QStringLiteral(", first render of the view (render caches cleared)"), cold);
    figures.append({name, warm.wallMs * 1e-3, warm.cpuMs * 1e-3});
    figures.append({name + QStringLiteral(" cold"), cold.wallMs * 1e-3, cold.cpuMs * 1e-3});
    if (reading) {
        line(name + QStringLiteral(", reading the data each time (load, layers, one render on this thread; as a QGIS job reads its file)"), *reading);
        figures.append({name + QStringLiteral(" reading"), reading->wallMs * 1e-3, reading->cpuMs * 1e-3});
    }
}

/**
 * Cuts every area into the cells of a square grid (GEOS intersection), multiplying the polygon
 * count with realistic, irregular shapes: a stand-in for a national buurt layer (about 14,500).
 */
AreaLayer splitByGrid(const AreaLayer& source, double cellMetres)
{
    AreaLayer out;
    out.level = source.level;
    out.fields = source.fields;
    for (const AreaUnit& u : source.units) {
        if (!u.geometry)
            continue;
        const QRectF b = u.geometry->boundingBox();
        for (double x = std::floor(b.left() / cellMetres) * cellMetres; x < b.right(); x += cellMetres) {
            for (double y = std::floor(b.top() / cellMetres) * cellMetres; y < b.bottom(); y += cellMetres) {
                const Geometry cell = Geometry::polygon({{x, y}, {x + cellMetres, y}, {x + cellMetres, y + cellMetres}, {x, y + cellMetres}});
                Geometry piece = u.geometry->intersection(cell);
                if (piece.isNull() || piece.isEmpty() || piece.area() <= 0.0)
                    continue;
                AreaUnit part = u;
                part.code = u.code + QLatin1Char('_') + QString::number(out.units.size());
                part.geometry = std::make_shared<const Geometry>(std::move(piece));
                out.units.append(std::move(part));
            }
        }
    }
    return out;
}

} // namespace

int benchRender(const QStringList& args, BenchFigures& figures)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Mk::Cli", "Times full map redraws (median of --repeat runs), three figures per map: a redraw of a view drawn before (geometry "
                   "in pixels and labels from the render caches), the first render of a view (caches cleared), and reading the data "
                   "first, then rendering it (as a QGIS render job reads its layer's file)."));
    parser.addHelpOption();
    const QCommandLineOption national(QStringLiteral("national"),
                                      QCoreApplication::translate("Mk::Cli", "A national area file (e.g. cbs_wijken_2022.gpkg) to time as well."),
                                      QStringLiteral("file"));
    const QCommandLineOption layer(QStringLiteral("layer"), QCoreApplication::translate("Mk::Cli", "Layer of the national file."),
                                   QStringLiteral("name"));
    const QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("Mk::Cli", "Output size in pixels (default 1920x1080)."),
                                  QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption dpr(QStringLiteral("dpr"), QCoreApplication::translate("Mk::Cli", "Device pixel ratio (default 1)."),
                                 QStringLiteral("ratio"), QStringLiteral("1"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QCoreApplication::translate("Mk::Cli", "Runs per figure (default 20)."),
                                    QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption grid(QStringLiteral("grid-km"),
                                  QCoreApplication::translate("Mk::Cli", "Also time the national layer cut into grid cells of this size (km)."),
                                  QStringLiteral("km"));
    const QCommandLineOption save(QStringLiteral("save"), QCoreApplication::translate("Mk::Cli", "Save the last images with this path prefix."),
                                  QStringLiteral("prefix"));
    parser.addOptions({national, layer, size, dpr, repeat, grid, save});
    if (const auto exit = parseArguments(parser, args, Positional::Allowed))
        return *exit;
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    const QSize outSize(wh.value(0).toInt(), wh.value(1).toInt());
    const int n = parser.value(repeat).toInt();
    const double ratio = parser.value(dpr).toDouble();
    if (outSize.isEmpty() || n < 1 || ratio <= 0) {
        QTextStream(stderr) << QCoreApplication::translate("Mk::Cli", "Invalid --size, --repeat or --dpr.") << '\n';
        return 2;
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString prefix = parser.value(save);
    const QString sizeText = QStringLiteral("%1x%2@%3").arg(outSize.width()).arg(outSize.height()).arg(ratio);

    const auto loadDemo = [] {
        Feedback feedback;
        return DatasetLoader::loadDemo(feedback);
    };
    auto demo = loadDemo();
    if (!demo) {
        err << demo.error().toString() << '\n';
        return 1;
    }
    const auto ds = std::make_shared<const Dataset>(std::move(demo.value()));
    const auto layers = LayerFactory::standardLayers(ds);
    const auto savePath = [&](const QString& file) { return prefix.isEmpty() ? QString() : prefix + file; };
    const Timing demoCold = timeRender(layers, outSize, ratio, n, Cache::Cold, savePath(QStringLiteral("_demo_cold.png")));
    const Timing demoWarm = timeRender(layers, outSize, ratio, n, Cache::Warm, savePath(QStringLiteral("_demo.png")));
    const Timing demoReading = timeReadAndRender(n, outSize, ratio, [&] {
        return LayerFactory::standardLayers(std::make_shared<const Dataset>(std::move(loadDemo().value())));
    });
    report(out, figures, QStringLiteral("demo"),
           QStringLiteral("(%1 buurten, %2 schools, all layers) %3").arg(ds->areas.units.size()).arg(ds->schools.size()).arg(sizeText), demoWarm,
           demoCold, demoReading, n);

    if (parser.isSet(national)) {
        const auto loadNational = [&](Diagnostics& diagnostics) {
            return AreaLoader::load(parser.value(national), parser.value(layer), QString(), diagnostics);
        };
        Diagnostics diagnostics;
        auto areas = loadNational(diagnostics);
        if (!areas) {
            err << areas.error().toString() << '\n';
            return 1;
        }
        const auto choropleth = [](AreaLayer layerData) {
            auto nds = std::make_shared<Dataset>();
            nds->areas = std::move(layerData);
            std::shared_ptr<const Dataset> nconst = nds;
            std::vector<std::unique_ptr<MapLayer>> nlayers;
            nlayers.push_back(LayerFactory::areas(nconst, LayerFactory::defaultAreaValue(*nconst)));
            return nlayers;
        };
        const auto runNational = [&](AreaLayer layerData, const QString& what, const QString& file, bool reading) {
            const qsizetype count = layerData.units.size();
            const auto nlayers = choropleth(std::move(layerData));
            const Timing cold = timeRender(nlayers, outSize, ratio, n, Cache::Cold, QString());
            const Timing warm = timeRender(nlayers, outSize, ratio, n, Cache::Warm, savePath(file));
            std::optional<Timing> read;
            if (reading)
                read = timeReadAndRender(n, outSize, ratio, [&] {
                    Diagnostics d;
                    return choropleth(std::move(loadNational(d).value()));
                });
            report(out, figures, what,
                   QStringLiteral("(%1 polygons, choropleth of %2) %3")
                       .arg(count)
                       .arg(static_cast<const AreaMapLayer*>(nlayers.front().get())->valueLabel(), sizeText),
                   warm, cold, read, n);
        };
        const double cellKm = parser.value(grid).toDouble();
        const AreaLayer split = cellKm > 0 ? splitByGrid(areas.value(), cellKm * 1000.0) : AreaLayer();
        runNational(std::move(areas.value()), QStringLiteral("national"), QStringLiteral("_national.png"), true);
        if (cellKm > 0)
            runNational(split, QStringLiteral("national split by a %1 km grid").arg(cellKm), QStringLiteral("_grid.png"), false);
    }
    return 0;
}

} // namespace Mk::Cli
