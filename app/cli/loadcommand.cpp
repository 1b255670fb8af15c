// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "cli/benchmarks.h"
#include "cli/clicommands.h"
#include "cli/dataoptions.h"

#include "base/phaseclock.h"
#include "geo/geometry.h"
#include "privacy/smallcellsuppressor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace Mk::Cli {

namespace {

QString levelName(AreaLevel level)
{
    switch (level) {
    case AreaLevel::Gemeente: return QStringLiteral("gemeente");
    case AreaLevel::Wijk: return QStringLiteral("wijk");
    case AreaLevel::Buurt: return QStringLiteral("buurt");
    case AreaLevel::Postcode4: return QStringLiteral("pc4");
    case AreaLevel::Other: break;
    }
    return QStringLiteral("other");
}

/** The figures both outputs report. */
struct Summary {
    double inhabitants = 0.0;
    int placed = 0;
    int geocoded = 0;
    int outside = 0;
    QStringList unplaced;
    QList<FieldSummary> mapped;
    std::map<PupilSource, int> pupilSources; ///< schools per source of their pupil count
    double knownPupils = 0.0;                ///< in the known cells of the pupils-by-postcode table
    int suppressedCells = 0;                 ///< its "<5" cells
    bool knownPupilsWithheld = false;        ///< knownPupils rests on fewer children than the privacy threshold
};

Summary summarize(const Dataset& ds, double privacyThreshold)
{
    Summary s;
    for (const PupilFlow& f : ds.pupilFlows) {
        s.knownPupils += f.knownPupils;
        s.suppressedCells += f.suppressedCells;
    }
    s.knownPupilsWithheld = s.knownPupils > 0.0 && s.knownPupils < privacyThreshold;
    for (const AreaUnit& u : ds.areas.units)
        s.inhabitants += u.number(ds.areas.populationField).valueOr(0.0);
    for (const School& school : ds.schools) {
        if (!school.location)
            s.unplaced.append(school.id);
        else
            ++s.placed;
        s.geocoded += school.placement == Placement::GeocodedPc4 || school.placement == Placement::GeocodedPc6;
        s.outside += school.outsideGemeente;
        ++s.pupilSources[school.pupilsSource];
    }
    for (const QString& column : ds.mappedAreaColumns)
        if (const FieldSummary* f = ds.areas.field(column))
            s.mapped.append(*f);
    return s;
}

QJsonObject toJson(const Dataset& ds, const Summary& s, double seconds)
{
    QJsonArray tables;
    for (const GroupTable& t : ds.areaComposition + ds.schoolComposition)
        tables.append(QJsonObject{{QStringLiteral("characteristic"), t.characteristic},
                                  {QStringLiteral("groups"), QJsonArray::fromStringList(t.groups)},
                                  {QStringLiteral("units"), t.unitCount()},
                                  {QStringLiteral("estimated"), t.estimated}});
    QJsonArray mapped;
    for (const FieldSummary& f : s.mapped)
        mapped.append(QJsonObject{{QStringLiteral("column"), f.name}, {QStringLiteral("valid"), f.valid},
                                  {QStringLiteral("missing"), f.missing}, {QStringLiteral("suppressed"), f.suppressed}});
    QJsonObject pupilCounts;
    for (PupilSource source : {PupilSource::SchoolFile, PupilSource::PupilCountFile, PupilSource::PupilFlows, PupilSource::None})
        pupilCounts.insert(pupilSourceKey(source), s.pupilSources.count(source) ? s.pupilSources.at(source) : 0);
    return QJsonObject{
        {QStringLiteral("gemeente"), QJsonObject{{QStringLiteral("code"), ds.gemeenteCode}, {QStringLiteral("name"), ds.gemeenteName},
                                                 {QStringLiteral("year"), ds.dataYear},
                                                 {QStringLiteral("areaKm2"), ds.boundary ? ds.boundary->area() / 1e6 : 0.0}}},
        {QStringLiteral("areas"), QJsonObject{{QStringLiteral("count"), ds.areas.units.size()},
                                              {QStringLiteral("level"), levelName(ds.areas.level)},
                                              {QStringLiteral("layer"), ds.areas.layerName},
                                              {QStringLiteral("crs"), ds.areas.crsName},
                                              {QStringLiteral("populationField"), ds.areas.populationField},
                                              {QStringLiteral("inhabitants"), s.inhabitants}}},
        {QStringLiteral("wijken"), ds.wijken.units.size()},
        {QStringLiteral("postcodes"), ds.postcodes.units.size()},
        {QStringLiteral("schools"), QJsonObject{{QStringLiteral("loaded"), ds.schools.size()},
                                                {QStringLiteral("placed"), s.placed},
                                                {QStringLiteral("geocodedFromPostcode"), s.geocoded},
                                                {QStringLiteral("outsideGemeente"), s.outside},
                                                {QStringLiteral("unplaced"), QJsonArray::fromStringList(s.unplaced)},
                                                {QStringLiteral("pupilCounts"), pupilCounts}}},
        {QStringLiteral("vveLocations"), ds.vveLocations.size()},
        {QStringLiteral("pupilFlows"), QJsonObject{{QStringLiteral("rows"), ds.pupilFlows.size()},
                                                   {QStringLiteral("knownPupils"), s.knownPupilsWithheld ? QJsonValue(QJsonValue::Null) : QJsonValue(s.knownPupils)},
                                                   {QStringLiteral("suppressedCells"), s.suppressedCells}}},
        {QStringLiteral("groupTables"), tables},
        {QStringLiteral("mappedColumns"), mapped},
        {QStringLiteral("sources"), QJsonArray::fromStringList(ds.sources)},
        {QStringLiteral("diagnostics"), diagnosticsJson(ds.diagnostics)},
        {QStringLiteral("seconds"), seconds}};
}

void printText(QTextStream& out, const Dataset& ds, const Summary& s, double seconds, double privacyThreshold)
{
    const QLocale locale;
    const QString km2 = locale.toString(ds.boundary ? ds.boundary->area() / 1e6 : 0.0, 'f', 1);
    // A national file loaded whole has no one gemeente, and not every file names its year.
    const QString where = ds.gemeenteCode.isEmpty() ? QCoreApplication::translate("Mk::Cli", "Gemeente: all units of the file (%1 km²)").arg(km2)
                                                    : QCoreApplication::translate("Mk::Cli", "Gemeente: %1 %2 (%3 km²)")
                                                          .arg(ds.gemeenteCode, ds.gemeenteName, km2).simplified();
    out << where;
    if (!ds.dataYear.isEmpty())
        out << QCoreApplication::translate("Mk::Cli", ", data year %1").arg(ds.dataYear);
    out << '\n';
    out << QCoreApplication::translate("Mk::Cli", "Areas: %1 %2 units from layer \"%3\" (%4), %5 inhabitants")
               .arg(locale.toString(ds.areas.units.size()), levelName(ds.areas.level), ds.areas.layerName, ds.areas.crsName,
                    locale.toString(s.inhabitants, 'f', 0))
        << '\n';
    if (!ds.wijken.units.isEmpty())
        out << QCoreApplication::translate("Mk::Cli", "Wijken: %1").arg(locale.toString(ds.wijken.units.size())) << '\n';
    if (!ds.postcodes.units.isEmpty())
        out << QCoreApplication::translate("Mk::Cli", "Postcodes (PC4): %1").arg(locale.toString(ds.postcodes.units.size())) << '\n';
    out << QCoreApplication::translate("Mk::Cli", "Schools: %1 loaded, %2 placed (%3 from their postcode), %4 not placed, %5 outside the gemeente")
               .arg(locale.toString(ds.schools.size()), locale.toString(s.placed), locale.toString(s.geocoded),
                    locale.toString(s.unplaced.size()), locale.toString(s.outside))
        << '\n';
    if (!s.unplaced.isEmpty())
        out << "  " << QCoreApplication::translate("Mk::Cli", "Not placed: %1").arg(s.unplaced.join(QStringLiteral(", "))) << '\n';
    if (!ds.schools.isEmpty()) {
        static const std::pair<PupilSource, const char*> phrases[] = {
            {PupilSource::SchoolFile, QT_TRANSLATE_N_NOOP("Mk::Cli", "%Ln from the school file")},
            {PupilSource::PupilCountFile, QT_TRANSLATE_N_NOOP("Mk::Cli", "%Ln from the pupils file")},
            {PupilSource::PupilFlows, QT_TRANSLATE_N_NOOP("Mk::Cli", "%Ln estimated from pupils by home postcode")},
            {PupilSource::None, QT_TRANSLATE_N_NOOP("Mk::Cli", "%Ln without a count")}};
        QStringList parts;
        for (const auto& [source, phrase] : phrases)
            if (const auto it = s.pupilSources.find(source); it != s.pupilSources.end())
                parts.append(QCoreApplication::translate("Mk::Cli", phrase, nullptr, it->second));
        out << "  " << QCoreApplication::translate("Mk::Cli", "Pupil counts: %1").arg(parts.join(QStringLiteral(", "))) << '\n';
    }
    if (!ds.vveLocations.isEmpty())
        out << QCoreApplication::translate("Mk::Cli", "VVE locations: %1").arg(locale.toString(ds.vveLocations.size())) << '\n';
    if (!ds.pupilFlows.isEmpty())
        out << QCoreApplication::translate("Mk::Cli", "Pupils by home postcode: %1 rows, %2 pupils in known cells, %3 cells suppressed (<5)")
                   .arg(locale.toString(ds.pupilFlows.size()),
                        s.knownPupilsWithheld ? SmallCellSuppressor::create(privacyThreshold)->suppressedText() : locale.toString(s.knownPupils, 'f', 0),
                        locale.toString(s.suppressedCells))
            << '\n';
    for (const QString& line : groupTableLines(ds))
        out << line << '\n';
    if (!s.mapped.isEmpty()) {
        out << QCoreApplication::translate("Mk::Cli", "Missing values per mapped column:") << '\n';
        for (const FieldSummary& f : s.mapped)
            out << "  " << QCoreApplication::translate("Mk::Cli", "%1: %2 valid, %3 missing, %4 suppressed")
                               .arg(f.name, locale.toString(f.valid), locale.toString(f.missing), locale.toString(f.suppressed))
                << '\n';
    }
    printWarnings(out, ds.diagnostics);
    out << QCoreApplication::translate("Mk::Cli", "Loaded in %1 s").arg(locale.toString(seconds, 'f', 2)) << '\n';
}

} // namespace

int runLoad(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Mk::Cli", "Loads the data of a gemeente and prints what was loaded: areas, schools placed and outside, missing values."));
    parser.addHelpOption();
    addDataOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("Mk::Cli", "print the summary as JSON")));
    parser.addOption(QCommandLineOption(QStringLiteral("progress"), QCoreApplication::translate("Mk::Cli", "report progress on stderr")));
    addPrivacyThresholdOption(parser, false);
    QTextStream err(stderr);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    const auto threshold = privacyThresholdFrom(parser, false);
    if (!threshold) {
        err << threshold.error().toString() << '\n';
        return 2;
    }
    auto source = dataSourceFrom(parser);
    if (!source) {
        err << source.error().toString() << '\n';
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto project = loadProject(*source, parser.isSet(QStringLiteral("progress")));
    const double seconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    if (!project) {
        err << project.error().toString() << '\n';
        return 1;
    }
    const Dataset& ds = *project->dataset;
    const double privacyThreshold = threshold->has_value() ? double(**threshold) : project->privacyThreshold;
    const Summary summary = summarize(ds, privacyThreshold);
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(toJson(ds, summary, seconds)).toJson(QJsonDocument::Indented);
    else
        printText(out, ds, summary, seconds, privacyThreshold);
    return 0;
}

int benchLoad(const QStringList& args, BenchFigures& figures)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addDataOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("repeat"), QCoreApplication::translate("Mk::Cli", "timed runs after one warm-up (default 3)"),
                                        QStringLiteral("N"), QStringLiteral("3")));
    QTextStream err(stderr);
    if (const auto exit = parseArguments(parser, args, Positional::Allowed))
        return *exit;
    auto request = loadRequestFrom(parser);
    if (!request) {
        err << request.error().toString() << '\n';
        return 2;
    }
    std::optional<Error> failure;
    Summary summary;
    qsizetype areas = 0, flows = 0;
    std::map<QString, std::vector<RunTiming>> phaseRuns; // per phase, one timing per run
    QStringList phaseOrder;
    RunTiming firstUse; ///< of the last run: the boundary's first use, which the run's timing leaves out
    RunTiming freeing;  ///< of the last run: freeing the data set, which the run's timing leaves out too
    const auto once = [&] {
        PhaseClock::setEnabled(true);
        {
            auto ds = loadDataset(request.value(), false);
            if (!ds) {
                failure = ds.error();
                return;
            }
            summary = summarize(ds.value(), SmallCellSuppressor::kDefaultThreshold);
            areas = ds->areas.units.size();
            flows = ds->pupilFlows.size();
            // A national set merges its outline when it is first used (LazyGeometry): that is timed apart, not as loading.
            firstUse = timeOnce([&] { (void)ds->boundary.get(); });
            // Freeing is not loading either: the app frees a data set when the next one has replaced it, the command
            // line when it exits. It is timed apart and printed as its own phase, so what it costs stays in sight.
            freeing = timeOnce([&] {
                const PhaseClock::Scope timed("freeing the data set (after use)");
                const Dataset gone = std::move(ds.value());
            });
        }
        for (const PhaseClock::Phase& p : PhaseClock::phases()) {
            if (!phaseOrder.contains(p.name))
                phaseOrder.append(p.name);
            phaseRuns[p.name].push_back({p.wall, p.cpu});
        }
        PhaseClock::setEnabled(false);
    };
    // The first load pays what a process reads once (the gemeente list, GDAL's drivers): what `mengkaart-cli
    // catchments --gemeente X` waits for. The later ones are what opening another gemeente in the app costs.
    const auto timedLoad = [&] {
        const RunTiming all = timeOnce(once);
        return RunTiming{all.wall - firstUse.wall - freeing.wall, all.cpu - firstUse.cpu - freeing.cpu};
    };
    const RunTiming first = timedLoad();
    if (failure) {
        err << failure->toString() << '\n';
        return 1;
    }
    std::vector<RunTiming> runs;
    phaseRuns.clear();
    for (int i = 0; i < std::max(1, parser.value(QStringLiteral("repeat")).toInt()); ++i)
        runs.push_back(timedLoad());
    QTextStream(stdout) << QStringLiteral("load: first %1 s (CPU %2 s), then median %3 s (CPU %4 s) over %5 runs (%6 areas, %7 schools, %8 flow rows)\n")
                               .arg(first.wall, 0, 'f', 3)
                               .arg(first.cpu, 0, 'f', 3)
                               .arg(medianOf(runs, &RunTiming::wall), 0, 'f', 3)
                               .arg(medianOf(runs, &RunTiming::cpu), 0, 'f', 3)
                               .arg(runs.size())
                               .arg(areas)
                               .arg(summary.placed + summary.unplaced.size())
                               .arg(flows);
    figures.append({QStringLiteral("load"), medianOf(runs, &RunTiming::wall), medianOf(runs, &RunTiming::cpu)});
    // The phases (base/phaseclock.h): "read ..." is the work a plain GDAL read does too (read, transform, build the
    // geometries and attributes); the others are Mengkaart's own (validity, boundary, placement, estimates). A phase on
    // the second thread overlaps the main thread's, so the phases' wall times can add up to more than the load's; the
    // "on first use" and "after use" phases come after the load and are not part of its figure.
    QTextStream out(stdout);
    RunTiming read;
    for (const QString& name : phaseOrder) {
        std::vector<RunTiming>& timed = phaseRuns[name];
        timed.resize(runs.size()); // a phase missing from a run took no time there
        const RunTiming median{medianOf(timed, &RunTiming::wall), medianOf(timed, &RunTiming::cpu)};
        if (name.startsWith(QLatin1String("read "))) {
            read.wall += median.wall;
            read.cpu += median.cpu;
        }
        out << QStringLiteral("  phase %1: median %2 ms (CPU %3 ms)\n").arg(name).arg(median.wall * 1e3, 0, 'f', 2).arg(median.cpu * 1e3, 0, 'f', 2);
        figures.append({QStringLiteral("phase: ") + name, median.wall, median.cpu});
    }
    out << QStringLiteral("  the reading phases together (the work a plain GDAL read does too): %1 ms (CPU %2 ms)\n")
               .arg(read.wall * 1e3, 0, 'f', 2)
               .arg(read.cpu * 1e3, 0, 'f', 2);
    figures.append({QStringLiteral("read"), read.wall, read.cpu});
    return 0;
}

} // namespace Mk::Cli
