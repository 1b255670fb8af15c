// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/dataoptions.h"

#include "io/gemeentedirectory.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <utility>

namespace Mk::Cli {

namespace {

struct FileOption {
    const char* name;
    QString LoadRequest::*field;
    const char* description;
    const char* valueName;
};

const FileOption kFileOptions[] = {
    {"areas", &LoadRequest::areasFile, QT_TRANSLATE_NOOP("Mk::Cli", "area polygons: CBS Wijk- en Buurtkaart (GeoPackage, shapefile, GeoJSON)"), "FILE"},
    {"layer", &LoadRequest::areasLayer, QT_TRANSLATE_NOOP("Mk::Cli", "layer of the area file (default: the buurt layer)"), "NAME"},
    {"gemeente", &LoadRequest::gemeente, QT_TRANSLATE_NOOP("Mk::Cli", "gemeente to load, by code (GM0268) or name (Nijmegen)"), "CODE|NAME"},
    {"wijken", &LoadRequest::wijkenFile, QT_TRANSLATE_NOOP("Mk::Cli", "wijk polygons for decompositions"), "FILE"},
    {"wijken-layer", &LoadRequest::wijkenLayer, QT_TRANSLATE_NOOP("Mk::Cli", "layer of the wijk file"), "NAME"},
    {"schools", &LoadRequest::schoolsFile, QT_TRANSLATE_NOOP("Mk::Cli", "DUO school vestigingen (CSV) or a school point layer"), "FILE"},
    {"schools-layer", &LoadRequest::schoolsLayer, QT_TRANSLATE_NOOP("Mk::Cli", "layer of the school file"), "NAME"},
    {"vve", &LoadRequest::vveFile, QT_TRANSLATE_NOOP("Mk::Cli", "VVE / kinderopvang locations (CSV with a vve column)"), "FILE"},
    {"pupils", &LoadRequest::pupilsFile, QT_TRANSLATE_NOOP("Mk::Cli", "DUO pupils per vestiging (soort po, cluster, leeftijd); replaces the school file's counts"), "FILE"},
    {"pupils-by-postcode", &LoadRequest::pupilsByPostcodeFile, QT_TRANSLATE_NOOP("Mk::Cli", "DUO pupils per vestiging by home postcode"), "FILE"},
    {"composition", &LoadRequest::compositionFile, QT_TRANSLATE_NOOP("Mk::Cli", "school composition table (school id + counts per group)"), "FILE"},
    {"mapping", &LoadRequest::mappingFile, QT_TRANSLATE_NOOP("Mk::Cli", "column mapping (JSON) saying which columns are which groups"), "FILE.json"},
    {"postcode-stats", &LoadRequest::postcodeStatsFile, QT_TRANSLATE_NOOP("Mk::Cli", "CBS statistics per PC4"), "FILE"},
    {"postcode-centroids", &LoadRequest::postcodeCentroidsFile, QT_TRANSLATE_NOOP("Mk::Cli", "PC4 centroids (POSTCODE;LAT;LON), also places schools without coordinates"), "FILE"},
    {"schoolweging", &LoadRequest::schoolwegingFile, QT_TRANSLATE_NOOP("Mk::Cli", "Inspectie schoolweging (per year or three-year mean)"), "FILE"},
};

} // namespace

void addDataOptions(QCommandLineParser& parser)
{
    for (const FileOption& o : kFileOptions)
        parser.addOption(QCommandLineOption(QString::fromLatin1(o.name), QCoreApplication::translate("Mk::Cli", o.description),
                                            QString::fromLatin1(o.valueName)));
    parser.addOption(QCommandLineOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("Mk::Cli", "use the embedded demo gemeente Baarn (file options replace its files)")));
    parser.addOption(QCommandLineOption(QStringLiteral("project"),
                                        QCoreApplication::translate("Mk::Cli", "a saved Mengkaart project: its data, settings and goals"),
                                        QStringLiteral("FILE.mengkaart")));
}

Result<DataSource> dataSourceFrom(const QCommandLineParser& parser)
{
    DataSource source;
    if (parser.isSet(QStringLiteral("project"))) {
        bool other = parser.isSet(QStringLiteral("demo"));
        for (const FileOption& o : kFileOptions)
            other = other || parser.isSet(QString::fromLatin1(o.name));
        if (other)
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate("Mk::Cli", "--project already holds the data: leave out --demo and the file options."));
        source.projectFile = parser.value(QStringLiteral("project"));
        return source;
    }
    auto request = loadRequestFrom(parser);
    if (!request)
        return request.error();
    source.request = std::move(*request);
    return source;
}

Result<Project> loadProject(const DataSource& source, bool verbose)
{
    Feedback feedback(progressOnStderr(verbose));
    if (!source.projectFile.isEmpty())
        return ProjectFile::load(source.projectFile, feedback);
    auto ds = DatasetLoader::load(source.request, feedback);
    if (!ds)
        return ds.error();
    Project project;
    project.name = ds->gemeenteName;
    project.dataset = std::make_shared<const Dataset>(std::move(*ds));
    return project;
}

Result<LoadRequest> loadRequestFrom(const QCommandLineParser& parser)
{
    LoadRequest request = parser.isSet(QStringLiteral("demo")) ? DatasetLoader::demoRequest() : LoadRequest{};
    // --gemeente without an area file: the national data that ship with Mengkaart, the gemeente picked by name or code.
    if (!parser.isSet(QStringLiteral("demo")) && !parser.isSet(QStringLiteral("areas")) && parser.isSet(QStringLiteral("gemeente"))) {
        const auto& directory = GemeenteDirectory::embedded();
        if (!directory)
            return directory.error();
        auto gemeente = directory->resolve(parser.value(QStringLiteral("gemeente")));
        if (!gemeente)
            return fail(ErrorCode::InvalidArgument, gemeente.error().message);
        request = DatasetLoader::nationalRequest(gemeente->code);
    }
    // A file that replaces a demo file does not inherit the demo's layer name.
    const std::pair<const char*, QString LoadRequest::*> layerOf[] = {
        {"areas", &LoadRequest::areasLayer}, {"wijken", &LoadRequest::wijkenLayer}, {"schools", &LoadRequest::schoolsLayer}};
    for (const auto& [file, layer] : layerOf)
        if (parser.isSet(QString::fromLatin1(file)))
            request.*layer = QString();
    const QString gemeente = request.gemeente;
    for (const FileOption& o : kFileOptions)
        if (parser.isSet(QString::fromLatin1(o.name)))
            request.*(o.field) = parser.value(QString::fromLatin1(o.name));
    if (request.areasFile.startsWith(QLatin1String(":/national/")) && !gemeente.isEmpty())
        request.gemeente = gemeente; // the resolved code, not the typed name
    if (request.areasFile.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("Mk::Cli", "Give a gemeente with --gemeente NAME (the national data that ship "
                                                           "with Mengkaart), the area file with --areas FILE, a project with "
                                                           "--project FILE, or use --demo for the embedded demo gemeente."));
    return request;
}

Feedback::ProgressCallback progressOnStderr(bool verbose)
{
    return [verbose](double fraction, const QString& step) {
        if (verbose)
            QTextStream(stderr) << QStringLiteral("%1% %2\n").arg(qRound(fraction * 100), 3).arg(step);
    };
}

Result<Dataset> loadDataset(const LoadRequest& request, bool verbose)
{
    Feedback feedback(progressOnStderr(verbose));
    return DatasetLoader::load(request, feedback);
}

QStringList groupTableLines(const Dataset& dataset)
{
    const QLocale locale;
    QStringList lines;
    for (const GroupTable& t : dataset.areaComposition + dataset.schoolComposition) {
        lines << QCoreApplication::translate("Mk::Cli", "Group table \"%1\": %2 groups (%3) for %4 units%5")
                     .arg(t.characteristicLabel(), locale.toString(t.groupCount()), t.groupLabelList().join(QStringLiteral(", ")),
                          locale.toString(t.unitCount()), t.estimated ? QCoreApplication::translate("Mk::Cli", ", estimated") : QString());
        if (t.characteristicLabel() != t.characteristic || t.groupLabelList() != t.groups)
            //: the canonical names of a characteristic and its groups, which --characteristic, LEA goals and JSON use
            lines << QStringLiteral("  ")
                    + QCoreApplication::translate("Mk::Cli", "names for options, goals and JSON: \"%1\": %2").arg(t.characteristic, t.groups.join(QStringLiteral(", ")));
    }
    return lines;
}

} // namespace Mk::Cli
