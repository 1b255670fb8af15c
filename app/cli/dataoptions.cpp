// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/dataoptions.h"

#include "io/gemeentedirectory.h"
#include "io/sourceschema.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <utility>

namespace Mk::Cli {

void addDataOptions(QCommandLineParser& parser)
{
    for (const LoadRequestSlot& o : SourceSchema::loadRequestSlots())
        parser.addOption(QCommandLineOption(QString::fromLatin1(o.option), QCoreApplication::translate("Mk::Cli", o.description),
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
        for (const LoadRequestSlot& o : SourceSchema::loadRequestSlots())
            other = other || parser.isSet(QString::fromLatin1(o.option));
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
    for (const LoadRequestSlot& o : SourceSchema::loadRequestSlots())
        if (parser.isSet(QString::fromLatin1(o.option)))
            request.*(o.member) = parser.value(QString::fromLatin1(o.option));
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
