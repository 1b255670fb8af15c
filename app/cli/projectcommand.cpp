// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/benchmarks.h"
#include "cli/clicommands.h"
#include "cli/commandline.h"
#include "cli/dataoptions.h"

#include "project/catchmentoptionsjson.h"
#include "project/projectfile.h"
#include "scenario/scenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace Mk::Cli {

namespace {

int runProjectSave(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Saves a gemeente's data (or --demo, or another project) with settings and LEA goals "
                                        "as one Mengkaart project file, a GeoPackage that QGIS also opens."));
    parser.addHelpOption();
    addDataOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("project file to write (replaced atomically)"), QStringLiteral("FILE.mengkaart")));
    parser.addOption(QCommandLineOption(QStringLiteral("goals"), tr("LEA goals to store (JSON list of goals)"), QStringLiteral("FILE.json")));
    addPrivacyThresholdOption(parser, true);
    parser.addOption(QCommandLineOption(QStringLiteral("name"), tr("name of the project (default: the gemeente)"), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), tr("a what-if scenario file to store in the project, replacing one of "
                                                                       "the same name (repeatable; unnamed: named after the file)"),
                                        QStringLiteral("FILE.json")));
    parser.addOption(QCommandLineOption(QStringLiteral("progress"), tr("report progress on stderr")));
    QTextStream err(stderr);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        err << tr("Give the project file to write with --out FILE.mengkaart.") << '\n';
        return 2;
    }
    const auto threshold = privacyThresholdFrom(parser, true);
    if (!threshold) {
        err << threshold.error().toString() << '\n';
        return 2;
    }
    auto source = dataSourceFrom(parser);
    if (!source) {
        err << source.error().toString() << '\n';
        return 2;
    }
    std::optional<QList<LeaGoal>> goals;
    if (parser.isSet(QStringLiteral("goals"))) {
        auto read = LeaGoal::listFromFile(parser.value(QStringLiteral("goals")));
        if (!read) {
            err << read.error().toString() << '\n';
            return 1;
        }
        goals = *read;
    }
    QList<Scenario> scenarios;
    for (const QString& file : parser.values(QStringLiteral("scenario"))) {
        auto scenario = Scenario::load(file);
        if (!scenario) {
            err << scenario.error().toString() << '\n';
            return 1;
        }
        // A project names its scenarios: the briefing finds them by name.
        if (scenario->name.isEmpty())
            scenario->name = QFileInfo(file).completeBaseName();
        scenarios.append(std::move(*scenario));
    }
    const bool verbose = parser.isSet(QStringLiteral("progress"));
    auto project = loadProject(*source, verbose);
    if (!project) {
        err << project.error().toString() << '\n';
        return 1;
    }
    for (const Scenario& scenario : std::as_const(scenarios)) {
        const auto same = std::find_if(project->scenarios.begin(), project->scenarios.end(),
                                       [&scenario](const Scenario& s) { return s.name == scenario.name; });
        if (same != project->scenarios.end())
            *same = scenario;
        else
            project->scenarios.append(scenario);
    }
    if (*threshold)
        project->privacyThreshold = **threshold;
    if (goals)
        project->goals = *goals;
    if (parser.isSet(QStringLiteral("name")))
        project->name = parser.value(QStringLiteral("name"));
    Feedback feedback(progressOnStderr(verbose));
    if (auto saved = ProjectFile::save(out, *project, feedback); !saved) {
        err << saved.error().toString() << '\n';
        return 1;
    }
    const int goalCount = static_cast<int>(project->goals.size());
    const int scenarioCount = static_cast<int>(project->scenarios.size());
    QTextStream stdOut(stdout);
    stdOut << QCoreApplication::translate("Mk::Cli", "Project \"%1\" (%2) saved to %3 with %n goal(s).", nullptr, goalCount)
                  .arg(project->name, project->dataset->gemeenteName, out)
           << ' ' << QCoreApplication::translate("Mk::Cli", "It holds %n scenario(s).", nullptr, scenarioCount) << '\n';
    printWarnings(stdOut, project->dataset->diagnostics); // the project keeps them too

    return 0;
}

/** A goal in one line, its group named by its label in `groups` (may be null). */
QString goalText(const LeaGoal& g, const GroupTable* groups)
{
    const QLocale locale;
    const QString target = LeaGoal::isPercentage(g.indicator) ? tr("%1 %").arg(locale.toString(100.0 * g.target, 'f', 0))
                                                              : locale.toString(g.target, 'g', 4);
    QString text = tr("%1 %2 %3 by %4")
                       .arg(LeaGoal::indicatorName(g.indicator) + (g.group.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(groups ? groups->groupLabelOf(g.group) : g.group)),
                            g.comparison == GoalComparison::AtLeast ? QStringLiteral("≥") : QStringLiteral("≤"), target)
                       .arg(g.deadline);
    if (!g.description.isEmpty())
        text += QStringLiteral(" — ") + g.description;
    return text;
}

QJsonObject infoJson(const QString& path, const Project& p)
{
    const Dataset& ds = *p.dataset;
    int placed = 0;
    for (const School& s : ds.schools)
        placed += s.location.has_value();
    QJsonArray tables;
    for (const auto& [list, role] : {std::pair{&ds.areaComposition, QStringLiteral("areas")}, {&ds.schoolComposition, QStringLiteral("schools")}})
        for (const GroupTable& t : *list)
            tables.append(QJsonObject{{QStringLiteral("role"), role},
                                      {QStringLiteral("characteristic"), t.characteristic},
                                      {QStringLiteral("groups"), QJsonArray::fromStringList(t.groups)},
                                      {QStringLiteral("units"), t.unitCount()},
                                      {QStringLiteral("estimated"), t.estimated}});
    QJsonArray scenarios;
    for (const Scenario& s : p.scenarios)
        scenarios.append(s.toJson());
    return QJsonObject{
        {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
        {QStringLiteral("bytes"), QFileInfo(path).size()},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("gemeente"), QJsonObject{{QStringLiteral("code"), ds.gemeenteCode},
                                                 {QStringLiteral("name"), ds.gemeenteName},
                                                 {QStringLiteral("year"), ds.dataYear}}},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("areas"), ds.areas.units.size()},
                                               {QStringLiteral("wijken"), ds.wijken.units.size()},
                                               {QStringLiteral("postcodes"), ds.postcodes.units.size()},
                                               {QStringLiteral("schools"), ds.schools.size()},
                                               {QStringLiteral("schoolsPlaced"), placed},
                                               {QStringLiteral("vveLocations"), ds.vveLocations.size()},
                                               {QStringLiteral("pupilFlows"), ds.pupilFlows.size()},
                                               {QStringLiteral("schoolwegingRecords"), ds.schoolwegingHistory.size()}}},
        {QStringLiteral("groupTables"), tables},
        {QStringLiteral("privacyThreshold"), p.privacyThreshold},
        {QStringLiteral("catchmentOptions"), CatchmentOptionsJson::toJson(p.catchments)},
        {QStringLiteral("goals"), LeaGoal::toJson(p.goals)},
        {QStringLiteral("scenarios"), scenarios},
        {QStringLiteral("sources"), QJsonArray::fromStringList(ds.sources)},
        {QStringLiteral("diagnostics"), diagnosticsJson(ds.diagnostics)},
    };
}

void printInfo(QTextStream& out, const QString& path, const Project& p)
{
    const QLocale locale;
    const Dataset& ds = *p.dataset;
    int placed = 0;
    for (const School& s : ds.schools)
        placed += s.location.has_value();
    out << tr("Project: %1 (%2, %3)").arg(p.name, QFileInfo(path).fileName(), locale.formattedDataSize(QFileInfo(path).size())) << '\n'
        << tr("Gemeente: %1 %2, data year %3").arg(ds.gemeenteCode, ds.gemeenteName, ds.dataYear) << '\n'
        << tr("Areas: %1; wijken: %2; postcodes (PC4): %3")
               .arg(locale.toString(ds.areas.units.size()), locale.toString(ds.wijken.units.size()), locale.toString(ds.postcodes.units.size()))
        << '\n'
        << tr("Schools: %1 (%2 placed); VVE locations: %3")
               .arg(locale.toString(ds.schools.size()), locale.toString(placed), locale.toString(ds.vveLocations.size()))
        << '\n'
        << tr("Pupil flows: %1 rows; schoolweging: %2 records")
               .arg(locale.toString(ds.pupilFlows.size()), locale.toString(ds.schoolwegingHistory.size()))
        << '\n';
    for (const QString& line : groupTableLines(ds))
        out << line << '\n';
    out << tr("Privacy threshold: %1 children").arg(locale.toString(p.privacyThreshold)) << '\n'
        << tr("Catchments: %1, afspiegeling threshold %2 points")
               .arg(catchmentMethodKey(p.catchments.method), locale.toString(p.catchments.afspiegeling.thresholdPp))
        << '\n';
    if (p.goals.isEmpty())
        out << tr("LEA goals: none") << '\n';
    else
        out << tr("LEA goals:") << '\n';
    for (qsizetype i = 0; i < p.goals.size(); ++i)
        out << QStringLiteral("  %1. ").arg(i + 1) << goalText(p.goals[i], p.goalGroupTable()) << '\n';
    if (p.scenarios.isEmpty())
        out << tr("Scenarios: none") << '\n';
    else
        out << tr("Scenarios:") << '\n';
    for (qsizetype i = 0; i < p.scenarios.size(); ++i) {
        const Scenario& s = p.scenarios[i];
        const QString preset = Scenario::presetNameOf(s.scenarioAdmission());
        out << QStringLiteral("  %1. ").arg(i + 1)
            << tr("\"%1\": %2 runs, seed %3, admission %4")
                   .arg(s.name, locale.toString(s.runs))
                   .arg(s.seed)
                   .arg(preset.isEmpty() ? s.scenarioAdmission().name : preset)
            << '\n';
        for (const ScenarioEdit& e : s.edits)
            out << QStringLiteral("     - ") << e.describe(&ds) << '\n';
    }
    printWarnings(out, ds.diagnostics);
}

int runProjectInfo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Describes a Mengkaart project file: gemeente, what it holds, settings and LEA goals."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the project file (.mengkaart)"));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("print the description as JSON")));
    QTextStream err(stderr);
    if (const auto exit = parseArguments(parser, args, Positional::Allowed))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        err << tr("Give one project file: mengkaart-cli project info FILE.mengkaart") << '\n';
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    Feedback feedback;
    auto project = ProjectFile::load(path, feedback);
    if (!project) {
        err << project.error().toString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(infoJson(path, *project)).toJson(QJsonDocument::Indented);
    else
        printInfo(out, path, *project);
    return 0;
}

/** The demo repeated `copies` times under new codes: a national-size project without national files. */
Project replicated(const Dataset& demo, int copies)
{
    Dataset big = demo;
    auto suffix = [](const QString& id, int copy) { return copy == 0 ? id : id + QStringLiteral("_%1").arg(copy); };
    for (int copy = 1; copy < copies; ++copy) {
        for (AreaUnit u : demo.areas.units) {
            u.code = suffix(u.code, copy);
            big.areas.units.append(std::move(u));
        }
        for (School s : demo.schools) {
            s.id = suffix(s.id, copy);
            big.schools.append(std::move(s));
        }
        for (PupilFlow f : demo.pupilFlows) {
            f.schoolId = suffix(f.schoolId, copy);
            big.pupilFlows.append(std::move(f));
        }
        for (qsizetype t = 0; t < demo.areaComposition.size(); ++t) {
            const GroupTable& from = demo.areaComposition[t];
            GroupTable& to = big.areaComposition[t];
            for (const QString& id : from.unitIds)
                to.unitIds.append(suffix(id, copy));
            to.cells.insert(to.cells.end(), from.cells.begin(), from.cells.end());
        }
    }
    Project p;
    p.name = QStringLiteral("bench");
    p.dataset = std::make_shared<const Dataset>(std::move(big));
    return p;
}

} // namespace

int runProject(const QStringList& args)
{
    const QString sub = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1) {
        rest.removeAt(1);
        rest[0] += QLatin1Char(' ') + sub;
    }
    if (sub == QLatin1String("save"))
        return runProjectSave(rest);
    if (sub == QLatin1String("info"))
        return runProjectInfo(rest);
    QTextStream(stderr) << tr("Usage: mengkaart-cli project save (--demo | --project FILE | data options) --out FILE.mengkaart "
                              "[--goals FILE.json] [--privacy-threshold N] [--scenario FILE.json]...")
                        << '\n'
                        << tr("       mengkaart-cli project info FILE.mengkaart [--json]") << '\n';
    return 2;
}

int benchProject(const QStringList& args, BenchFigures& figures)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("copies"), tr("copies of the demo in the large project (default 700: ~14,700 buurten)"),
                                        QStringLiteral("N"), QStringLiteral("700")));
    parser.addOption(QCommandLineOption(QStringLiteral("repeat"), tr("timed runs after one warm-up (default 3)"), QStringLiteral("N"),
                                        QStringLiteral("3")));
    QTextStream err(stderr);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    Feedback feedback;
    auto demo = DatasetLoader::loadDemo(feedback);
    if (!demo) {
        err << demo.error().toString() << '\n';
        return 1;
    }
    QTemporaryDir dir;
    const int repeat = parser.value(QStringLiteral("repeat")).toInt();
    Project small;
    small.name = QStringLiteral("demo");
    small.dataset = std::make_shared<const Dataset>(*demo);
    const std::pair<const char*, Project> cases[] = {
        {"demo", small}, {"large", replicated(*demo, std::max(1, parser.value(QStringLiteral("copies")).toInt()))}};
    QTextStream out(stdout);
    for (const auto& [name, aCase] : cases) {
        const Project& project = aCase; // a reference, not a binding: clang before 16 cannot capture a binding
        const QString path = dir.filePath(QString::fromLatin1(name) + QStringLiteral(".mengkaart"));
        std::optional<Error> failure;
        const MedianTiming save = timed(repeat, [&] {
            if (auto r = ProjectFile::save(path, project, feedback); !r)
                failure = r.error();
        });
        const MedianTiming load = timed(repeat, [&] {
            if (auto r = ProjectFile::load(path, feedback); !r)
                failure = r.error();
        });
        if (failure) {
            err << failure->toString() << '\n';
            return 1;
        }
        out << QStringLiteral("project %1: save %2 s, load %3 s median (%4 areas, %5 schools, %6 flow rows, %7 MB)\n")
                   .arg(QString::fromLatin1(name))
                   .arg(save.wall, 0, 'f', 3)
                   .arg(load.wall, 0, 'f', 3)
                   .arg(project.dataset->areas.units.size())
                   .arg(project.dataset->schools.size())
                   .arg(project.dataset->pupilFlows.size())
                   .arg(static_cast<double>(QFileInfo(path).size()) / 1e6, 0, 'f', 1);
        figures.append({QString::fromLatin1(name) + QStringLiteral(" save"), save.wall, save.cpu});
        figures.append({QString::fromLatin1(name) + QStringLiteral(" load"), load.wall, load.cpu});
    }
    return 0;
}

} // namespace Mk::Cli
