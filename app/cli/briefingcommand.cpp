// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/benchmarks.h"
#include "cli/clicommands.h"
#include "cli/commandline.h"

#include "vo/voanalysis.h"
#include "cli/dataoptions.h"

#include "base/feedback.h"
#include "goals/leagoal.h"
#include "i18n/translationcatalog.h"
#include "index/indexcatalogue.h"
#include "model/dataset.h"
#include "project/project.h"
#include "report/briefingbuilder.h"
#include "scenario/scenario.h"
#include "scenario/scenarioreport.h"
#include "shared/appinit.h"
#include "shared/briefing/briefingrenderer.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QTextStream>

#include <algorithm>
#include <memory>

namespace Mk::Cli {

namespace {

/**
 * The one place a briefing's data, LEA goals and settings come from: a Project, saved (--project) or
 * loaded from the data options (or --demo) with default settings. --goals replaces the project's
 * goals; --privacy-threshold (or its older name --threshold) and --method override its settings (runBriefing).
 */
Result<Project> briefingProjectFrom(const DataSource& source, const QCommandLineParser& parser, bool verbose)
{
    auto project = loadProject(source, verbose);
    if (!project)
        return project.error();
    if (parser.isSet(QStringLiteral("goals"))) {
        auto goals = LeaGoal::listFromFile(parser.value(QStringLiteral("goals")));
        if (!goals)
            return goals.error();
        project->goals = std::move(*goals);
    }
    return project;
}

/**
 * The scenarios --scenario names, in order: a scenario saved in the project by its name, else a scenario file.
 * An unknown name that is no file either, or a file that is no valid scenario, fails naming it.
 */
Result<QList<Scenario>> scenariosFrom(const QStringList& values, const Project& project)
{
    QList<Scenario> scenarios;
    for (const QString& value : values) {
        const auto saved = std::find_if(project.scenarios.cbegin(), project.scenarios.cend(),
                                        [&value](const Scenario& s) { return s.name == value; });
        if (saved != project.scenarios.cend()) {
            scenarios.append(*saved);
            continue;
        }
        if (!QFileInfo::exists(value)) {
            QStringList names;
            for (const Scenario& s : project.scenarios)
                names << QStringLiteral("\"%1\"").arg(s.name);
            return fail(ErrorCode::FileNotFound,
                        tr("--scenario \"%1\": there is no scenario of that name in the project and no such file. %2")
                            .arg(value, names.isEmpty() ? tr("The data hold no saved scenarios: give a scenario file (mengkaart-cli "
                                                             "scenario --save-scenario FILE.json writes one).")
                                                        : tr("The project's scenarios are: %1.").arg(names.join(QStringLiteral(", ")))));
        }
        auto loaded = Scenario::load(value);
        if (!loaded)
            return loaded.error();
        scenarios.append(std::move(*loaded));
    }
    return scenarios;
}

QJsonObject scenarioJson(const BriefingScenario& s)
{
    QJsonObject indices, pDecrease;
    for (const BriefingScenarioIndex& i : s.indices) {
        const QString name = ScenarioReport::indexName(i.index, i.group);
        const auto band = [](const BriefingCell& c) {
            return QJsonObject{{QStringLiteral("mean"), jsonNumber(c.value)}, {QStringLiteral("lo"), jsonNumber(c.low)},
                               {QStringLiteral("hi"), jsonNumber(c.high)}};
        };
        indices.insert(name, QJsonObject{{QStringLiteral("baseline"), band(i.before)},
                                         {QStringLiteral("scenario"), band(i.after)},
                                         {QStringLiteral("difference"), band(i.difference)}});
        pDecrease.insert(name, jsonNumber(i.probabilityDecrease));
    }
    return QJsonObject{{QStringLiteral("title"), s.title},
                       {QStringLiteral("changes"), QJsonArray::fromStringList(s.changes)},
                       {QStringLiteral("indices"), indices},
                       {QStringLiteral("p_decrease"), pDecrease},
                       {QStringLiteral("verification"), s.verification}};
}

QJsonObject summaryJson(const BriefingContent& c, const QString& path, int pages)
{
    QJsonArray figures;
    for (const BriefingFigure& f : c.figures)
        figures.append(QJsonObject{{QStringLiteral("index"), IndexCatalogue::key(f.index)},
                                   {QStringLiteral("group"), f.group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.group)},
                                   {QStringLiteral("value"), jsonNumber(f.value)},
                                   {QStringLiteral("ci"), QJsonArray{jsonNumber(f.low), jsonNumber(f.high)}},
                                   {QStringLiteral("expected_random"), jsonNumber(f.expectedRandom)},
                                   {QStringLiteral("bias_corrected"), jsonNumber(f.biasCorrected)},
                                   {QStringLiteral("p_value"), jsonNumber(f.pValue)},
                                   {QStringLiteral("nearest_school"), jsonNumber(f.residential)},
                                   {QStringLiteral("choice"), jsonNumber(f.choice)},
                                   {QStringLiteral("choice_ci"), QJsonArray{jsonNumber(f.choiceLow), jsonNumber(f.choiceHigh)}}});
    QJsonArray goals;
    for (const GoalEvaluation& g : c.goals) {
        QJsonObject o{{QStringLiteral("goal"), g.goal.toJson()}, {QStringLiteral("met"), g.isMet()}, {QStringLiteral("note"), g.note}};
        if (g.current) {
            o.insert(QStringLiteral("value"), jsonNumber(g.current->value));
            o.insert(QStringLiteral("ci"), QJsonArray{jsonNumber(g.current->low), jsonNumber(g.current->high)});
            o.insert(QStringLiteral("period"), g.current->period);
        }
        QJsonArray trend;
        for (const GoalMeasurement& m : g.trend)
            trend.append(QJsonObject{{QStringLiteral("period"), m.period},
                                     {QStringLiteral("value"), jsonNumber(m.value)},
                                     {QStringLiteral("ci"), QJsonArray{jsonNumber(m.low), jsonNumber(m.high)}}});
        o.insert(QStringLiteral("trend"), trend);
        goals.append(o);
    }
    QJsonArray scenarios;
    for (const BriefingScenario& sc : c.scenarios)
        scenarios.append(scenarioJson(sc));
    return QJsonObject{{QStringLiteral("out"), path},
                       {QStringLiteral("pages"), pages},
                       {QStringLiteral("language"), c.spec.language},
                       {QStringLiteral("sections"), QJsonArray::fromStringList(c.spec.sections)},
                       {QStringLiteral("gemeente"), c.dataset->gemeenteName},
                       {QStringLiteral("characteristic"), c.characteristic},
                       {QStringLiteral("focus_group"), c.focusGroup},
                       {QStringLiteral("privacy_threshold"), c.spec.privacyThreshold},
                       {QStringLiteral("suppressed_cells"), c.suppressedCount},
                       {QStringLiteral("schools"), static_cast<int>(c.schools.size())},
                       {QStringLiteral("schools_mirroring"), c.schoolsMirroring},
                       {QStringLiteral("figures"), figures},
                       {QStringLiteral("goals"), goals},
                       {QStringLiteral("scenarios"), scenarios},
                       {QStringLiteral("summary"), QJsonArray::fromStringList(c.summary)},
                       {QStringLiteral("diagnostics"), diagnosticsJson(c.diagnostics)}};
}

/** Reads the briefing options into `spec`; returns the exit status when the command must stop. */
std::optional<int> specFrom(const QCommandLineParser& parser, BriefingSpec& spec, QTextStream& err)
{
    spec.language = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : AppInit::currentLanguage();
    if (!TranslationCatalog::languages().contains(spec.language)) {
        err << tr("Unknown language \"%1\": use --lang nl or --lang en.").arg(spec.language) << '\n';
        return 2;
    }
    const auto threshold = privacyThresholdFrom(parser, true);
    if (!threshold) {
        err << threshold.error().toString() << '\n';
        return 2;
    }
    if (*threshold)
        spec.privacyThreshold = **threshold;
    if (parser.isSet(QStringLiteral("sections"))) {
        spec.sections.clear();
        for (const QString& s : parser.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!BriefingSection::all().contains(s.trimmed())) {
                err << tr("Unknown section \"%1\": use a comma-separated list of %2.").arg(s, BriefingSection::all().join(QStringLiteral(", ")))
                    << '\n';
                return 2;
            }
            spec.sections.append(s.trimmed());
        }
    }
    if (parser.isSet(QStringLiteral("method"))) {
        const auto method = catchmentMethodFromKey(parser.value(QStringLiteral("method")));
        if (!method) {
            err << tr("Unknown method \"%1\": use voronoi, buffer or observed.").arg(parser.value(QStringLiteral("method"))) << '\n';
            return 2;
        }
        spec.catchments.method = *method;
    }
    spec.characteristic = parser.value(QStringLiteral("characteristic"));
    return std::nullopt;
}

} // namespace

int runBriefing(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the LEA briefing as a PDF (A4): key figures with intervals and a plain-language "
                                        "summary, a map, the per-school table, charts, the LEA goals, what-if scenarios (--scenario) "
                                        "and a methods page, in Dutch or English, with small numbers suppressed."));
    parser.addHelpOption();
    addDataOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), tr("a what-if scenario to add as pages: a scenario file, or the name "
                                                                       "of a scenario saved in the project (repeatable)"),
                                        QStringLiteral("FILE.json|NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("the PDF to write"), QStringLiteral("FILE.pdf")));
    parser.addOption(QCommandLineOption(QStringLiteral("goals"), tr("LEA goals: a JSON array of goals (indicator, comparison, target, "
                                                                    "deadline, group, description)"),
                                        QStringLiteral("FILE.json")));
    addPrivacyThresholdOption(parser, true);
    parser.addOption(QCommandLineOption(QStringLiteral("sections"), tr("comma-separated sections to include (default all): %1")
                                                                        .arg(BriefingSection::all().join(QStringLiteral(","))),
                                        QStringLiteral("LIST")));
    parser.addOption(QCommandLineOption(QStringLiteral("method"), tr("catchment areas: voronoi (nearest school, default), buffer or observed"),
                                        QStringLiteral("voronoi|buffer|observed")));
    parser.addOption(QCommandLineOption(QStringLiteral("characteristic"), tr("which group table of the areas to use (default: the first)"),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("vo-pupils"), tr("secondary schools: DUO vo pupils per vestiging by onderwijstype (repeatable, one per year)"),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("vo-addresses"), tr("secondary schools: DUO addresses of all vo vestigingen"), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("vo-gemeente"), tr("secondary schools: gemeente name or code (repeatable, a vo region)"),
                                        QStringLiteral("NAME|CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("vo-schools"), tr("secondary schools: school file with positions"), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("vo-postcode-centroids"), tr("secondary schools: PC4 centroids"), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("print a summary of the briefing as JSON")));
    parser.addOption(QCommandLineOption(QStringLiteral("progress"), tr("report progress on stderr")));
    QTextStream err(stderr);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        err << tr("Give the PDF to write with --out FILE.pdf.") << '\n';
        return 2;
    }
    BriefingSpec spec;
    if (const auto exit = specFrom(parser, spec, err))
        return *exit;
    auto source = dataSourceFrom(parser);
    if (!source) {
        err << source.error().toString() << '\n';
        return 2;
    }
    const bool verbose = parser.isSet(QStringLiteral("progress"));
    auto project = briefingProjectFrom(*source, parser, verbose);
    if (!project) {
        err << project.error().toString() << '\n';
        return 1;
    }
    const CatchmentMethod method = spec.catchments.method;
    spec.catchments = project->catchments;
    if (parser.isSet(QStringLiteral("method")))
        spec.catchments.method = method;
    if (!parser.isSet(QStringLiteral("privacy-threshold")) && !parser.isSet(QStringLiteral("threshold")))
        spec.privacyThreshold = project->privacyThreshold;
    if (!parser.isSet(QStringLiteral("characteristic")))
        spec.characteristic = project->catchments.characteristic;
    spec.goals = project->goals;
    auto scenarios = scenariosFrom(parser.values(QStringLiteral("scenario")), *project);
    if (!scenarios) {
        err << scenarios.error().toString() << '\n';
        return 1;
    }
    spec.scenarios = std::move(*scenarios);
    if (!spec.scenarios.isEmpty() && !spec.hasSection(BriefingSection::kScenarios))
        err << tr("--sections leaves out \"%1\": the scenarios given are not run.").arg(BriefingSection::kScenarios) << '\n';
    if (parser.isSet(QStringLiteral("vo-pupils"))) {
        VoRequest vo;
        vo.pupilFiles = parser.values(QStringLiteral("vo-pupils"));
        vo.addressFile = parser.value(QStringLiteral("vo-addresses"));
        vo.locatedSchoolsFile = parser.value(QStringLiteral("vo-schools"));
        vo.postcodeCentroidsFile = parser.value(QStringLiteral("vo-postcode-centroids"));
        auto data = VoDataLoader::load(vo);
        if (!data) {
            err << data.error().toString() << '\n';
            return 1;
        }
        auto area = VoArea::select(data->addresses, parser.values(QStringLiteral("vo-gemeente")), data->addressFileName);
        if (!area) {
            err << area.error().toString() << '\n';
            return 1;
        }
        VoAnalysis::Options voOptions;
        voOptions.report.privacyThreshold = spec.privacyThreshold;
        voOptions.report.inference.seed = spec.seed;
        auto analysis = VoAnalysis::compute(*data, *area, voOptions);
        if (!analysis) {
            err << analysis.error().toString() << '\n';
            return 1;
        }
        spec.vo = std::make_shared<const VoAnalysis>(std::move(*analysis));
    }
    Feedback feedback(progressOnStderr(verbose));
    auto content = BriefingBuilder::build(project->dataset, spec, feedback);
    if (!content) {
        err << content.error().toString() << '\n';
        return 1;
    }
    const BriefingRenderer renderer;
    if (const auto written = renderer.writePdf(*content, path); !written) {
        err << written.error().toString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(summaryJson(*content, path, renderer.lastPageCount())).toJson(QJsonDocument::Indented);
    } else {
        // A plain int variable as the count: lupdate skips translate() calls whose count is a cast expression.
        const int pages = renderer.lastPageCount();
        out << QCoreApplication::translate("Mk::Cli", "Briefing for %1 written to %2 (%n page(s)).", nullptr, pages)
                   .arg(content->dataset->gemeenteName, path)
            << '\n';
        for (const QString& sentence : std::as_const(content->summary))
            out << "  " << sentence << '\n';
        printWarnings(out, content->diagnostics);
    }
    return 0;
}

int benchBriefing(const QStringList& args, BenchFigures& figures)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("repeat"), tr("timed runs after one warm-up (default 5)"), QStringLiteral("N"),
                                        QStringLiteral("5")));
    QTextStream err(stderr);
    if (const auto exit = parseArguments(parser, args, Positional::Allowed))
        return *exit;
    auto ds = loadDataset(DatasetLoader::demoRequest(), false);
    if (!ds) {
        err << ds.error().toString() << '\n';
        return 1;
    }
    const auto dataset = std::make_shared<const Dataset>(std::move(*ds));
    BriefingSpec spec;
    // The briefing in Dutch unless --lang says otherwise, whatever the messages' language.
    spec.language = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : QStringLiteral("nl");
    const BriefingRenderer renderer;
    std::optional<Error> failure;
    std::vector<double> build, render;
    qint64 bytes = 0;
    const MedianTiming t = timed(parser.value(QStringLiteral("repeat")).toInt(), [&] {
        QElapsedTimer timer;
        timer.start();
        Feedback feedback;
        auto content = BriefingBuilder::build(dataset, spec, feedback);
        if (!content) {
            failure = content.error();
            return;
        }
        build.push_back(static_cast<double>(timer.nsecsElapsed()) * 1e-9);
        timer.restart();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            renderer.render(*content, writer);
        }
        bytes = buffer.size();
        render.push_back(static_cast<double>(timer.nsecsElapsed()) * 1e-9);
    });
    if (failure) {
        err << failure->toString() << '\n';
        return 1;
    }
    const auto median = [](std::vector<double> v) {
        v.erase(v.begin()); // the warm-up
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    QTextStream(stdout) << QStringLiteral("briefing (demo, %1): %2 s median (content %3 s, PDF %4 s; %5 pages, %6 kB)\n")
                               .arg(spec.language)
                               .arg(t.wall, 0, 'f', 3)
                               .arg(median(build), 0, 'f', 3)
                               .arg(median(render), 0, 'f', 3)
                               .arg(renderer.lastPageCount())
                               .arg(bytes / 1024);
    figures.append({QStringLiteral("briefing"), t.wall, t.cpu});
    return 0;
}

} // namespace Mk::Cli
