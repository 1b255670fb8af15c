// SPDX-License-Identifier: GPL-3.0-or-later
// mengkaart-cli export: a table or layer of the analysis to CSV, Excel or a GIS file.
#include "catchment/catchmentanalysis.h"
#include "cli/clicommands.h"
#include "cli/commandline.h"
#include "cli/dataoptions.h"
#include "export/exporttables.h"
#include "export/tableexporter.h"
#include "model/dataset.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace Mk::Cli {

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports a table of the analysis: the areas, the schools, the afspiegeling per school or the "
                                        "gemeente's segregation indices, as CSV (UTF-8), Excel CSV (Dutch: semicolons, decimal "
                                        "comma), .xlsx, GeoPackage or GeoJSON. Figures resting on fewer children than the privacy "
                                        "threshold are withheld."));
    parser.addHelpOption();
    addDataOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("what"), tr("the table: areas, schools, afspiegeling or indices"),
                                        QStringLiteral("areas|schools|afspiegeling|indices")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"), tr("the file format: csv, csv-nl (Excel, Dutch), xlsx, gpkg or geojson"),
                                        QStringLiteral("csv|csv-nl|xlsx|gpkg|geojson")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("the file to write"), QStringLiteral("FILE")));
    addPrivacyThresholdOption(parser, false);
    parser.addOption(QCommandLineOption(QStringLiteral("progress"), tr("report progress on stderr")));
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    QTextStream err(stderr);
    const QString what = parser.value(QStringLiteral("what"));
    const QStringList tables = {QStringLiteral("areas"), QStringLiteral("schools"), QStringLiteral("afspiegeling"), QStringLiteral("indices")};
    if (!tables.contains(what)) {
        err << tr("--what needs one of %1, not \"%2\".").arg(tables.join(QStringLiteral(", ")), what) << '\n';
        return 2;
    }
    // The command line offers the formats the issue names; Shapefile is in the program's File menu.
    const QStringList formats = {QStringLiteral("csv"), QStringLiteral("csv-nl"), QStringLiteral("xlsx"), QStringLiteral("gpkg"),
                                 QStringLiteral("geojson")};
    const auto format = TableExporter::formatFromKey(parser.value(QStringLiteral("format")));
    if (!format || !formats.contains(parser.value(QStringLiteral("format")))) {
        err << tr("--format needs one of %1, not \"%2\".").arg(formats.join(QStringLiteral(", ")), parser.value(QStringLiteral("format")))
            << '\n';
        return 2;
    }
    if (TableExporter::isLayer(*format) && what == QLatin1String("indices")) {
        err << tr("The indices are one table for the whole gemeente, without a map: use --format csv, csv-nl or xlsx.") << '\n';
        return 2;
    }
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        err << tr("Give the file to write with --out FILE.") << '\n';
        return 2;
    }
    const auto threshold = privacyThresholdFrom(parser, false);
    if (!threshold) {
        err << threshold.error().toString() << '\n';
        return 2;
    }
    const auto source = dataSourceFrom(parser);
    if (!source) {
        err << source.error().toString() << '\n';
        return 2;
    }
    const bool verbose = parser.isSet(QStringLiteral("progress"));
    auto project = loadProject(*source, verbose);
    if (!project) {
        err << project.error().toString() << '\n';
        return 1;
    }
    const int privacy = threshold->has_value() ? **threshold : qRound(project->privacyThreshold);
    ExportTable table;
    if (what == QLatin1String("areas")) {
        table = ExportTables::areas(project->dataset, privacy);
    } else if (what == QLatin1String("schools")) {
        table = ExportTables::schools(project->dataset, privacy);
    } else {
        CatchmentOptions options = project->catchments;
        options.afspiegeling.privacyThreshold = privacy;
        Feedback feedback(progressOnStderr(verbose));
        auto result = CatchmentAnalysis::run(*project->dataset, options, feedback);
        if (!result) {
            err << result.error().toString() << '\n';
            return 1;
        }
        if (what == QLatin1String("indices")) {
            auto indices = ExportTables::indices(*result, privacy);
            if (!indices) {
                err << indices.error().toString() << '\n';
                return 1;
            }
            table = std::move(*indices);
        } else {
            table = ExportTables::afspiegeling(project->dataset, std::make_shared<const CatchmentResult>(std::move(*result)), privacy);
        }
    }
    if (auto written = TableExporter::write(table, path, *format); !written) {
        err << written.error().toString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << tr("%1 rows of %2 written to %3.").arg(table.rows.size()).arg(what, QDir::toNativeSeparators(path)) << '\n';
    printWarnings(out, project->dataset->diagnostics);
    return 0;
}

} // namespace Mk::Cli
