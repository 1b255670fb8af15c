// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicommands.h"
#include "cli/commandline.h"
#include "cli/dataoptions.h"

#include "base/feedback.h"
#include "scenario/scenario.h"
#include "scenario/scenariolayerwriter.h"
#include "scenario/scenarioreport.h"
#include "scenario/scenariorunner.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace Mk::Cli {

namespace {

/** Numbers on the command line use a dot, whatever the locale. */
std::optional<double> numberOf(const QString& text)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

Error usageError(const QString& option, const QString& value, const QString& form)
{
    return fail(ErrorCode::InvalidArgument, tr("--%1 \"%2\": write %3.").arg(option, value, form));
}

/** The edits the flags describe, in the order: new schools, closures, mergers, capacities, housing, initiatives. */
Result<QList<ScenarioEdit>> editsFrom(const QCommandLineParser& parser)
{
    QList<ScenarioEdit> edits;
    for (const QString& v : parser.values(QStringLiteral("add-school"))) {
        const QStringList parts = v.split(QLatin1Char(','));
        const auto x = numberOf(parts.value(0)), y = numberOf(parts.value(1)), capacity = numberOf(parts.value(2));
        if (parts.size() < 3 || !x || !y || !capacity || *capacity < 1 || *capacity != std::floor(*capacity))
            return usageError(QStringLiteral("add-school"), v, tr("X,Y,CAPACITY[,NAME] with X and Y in RD New metres, e.g. 146500,470200,200,De Nieuwbouw"));
        AddSchoolEdit e;
        e.location = QPointF(*x, *y);
        e.capacity = static_cast<int>(*capacity);
        e.name = parts.mid(3).join(QLatin1Char(',')).trimmed();
        edits.append(ScenarioEdit{e});
    }
    for (const QString& v : parser.values(QStringLiteral("close")))
        edits.append(ScenarioEdit{CloseSchoolEdit{v.trimmed()}});
    for (const QString& v : parser.values(QStringLiteral("merge"))) {
        MergeSchoolsEdit e;
        for (const QString& id : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            e.schoolIds << id.trimmed();
        if (e.schoolIds.size() < 2)
            return usageError(QStringLiteral("merge"), v, tr("two or more school ids separated by commas, e.g. 04QC00,06GW00"));
        edits.append(ScenarioEdit{e});
    }
    for (const QString& v : parser.values(QStringLiteral("capacity"))) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        const auto n = numberOf(v.mid(eq + 1));
        if (eq <= 0 || !n || *n < 0 || *n != std::floor(*n))
            return usageError(QStringLiteral("capacity"), v, tr("ID=N, e.g. 04QC00=250"));
        edits.append(ScenarioEdit{ChangeCapacityEdit{v.left(eq).trimmed(), static_cast<int>(*n)}});
    }
    for (const QString& v : parser.values(QStringLiteral("housing"))) {
        const QStringList parts = v.split(QLatin1Char(','));
        const auto x = numberOf(parts.value(0)), y = numberOf(parts.value(1)), children = numberOf(parts.value(2));
        const QString form = tr("X,Y,CHILDREN[,GROUP=SHARE...], e.g. 146500,470200,120,outside Europe=0.3,Dutch origin=0.7");
        if (parts.size() < 3 || !x || !y || !children || *children < 1)
            return usageError(QStringLiteral("housing"), v, form);
        HousingEdit e;
        e.center = QPointF(*x, *y);
        e.children = static_cast<int>(std::lround(*children));
        double sum = 0.0;
        for (const QString& part : parts.mid(3)) {
            const qsizetype eq = part.lastIndexOf(QLatin1Char('='));
            const auto share = numberOf(part.mid(eq + 1));
            if (eq <= 0 || !share || *share < 0 || *share > 1)
                return usageError(QStringLiteral("housing"), v, form);
            e.groupShares.insert(part.left(eq).trimmed(), *share);
            sum += *share;
        }
        if (!e.groupShares.isEmpty() && std::abs(sum - 1.0) > 0.01)
            return usageError(QStringLiteral("housing"), v, tr("group shares that add up to 1"));
        edits.append(ScenarioEdit{e});
    }
    for (const QString& v : parser.values(QStringLiteral("initiative"))) {
        const QStringList parts = v.split(QLatin1Char(','));
        const auto n = numberOf(parts.value(2));
        if (parts.size() != 4 || !n || *n < 1 || *n != std::floor(*n))
            return usageError(QStringLiteral("initiative"), v, tr("AREA,GROUP,N,SCHOOL, e.g. 3741,outside Europe,12,04QC00"));
        edits.append(ScenarioEdit{ParentInitiativeEdit{parts[0].trimmed(), parts[1].trimmed(), static_cast<int>(*n), parts[3].trimmed()}});
    }
    return edits;
}

/** A preset name or a rules file. */
Result<AdmissionRules> rulesFrom(const QString& value)
{
    if (AdmissionRules::presetNames().contains(value))
        return AdmissionRules::preset(value);
    if (!QFileInfo::exists(value))
        return fail(ErrorCode::FileNotFound, tr("\"%1\" is neither an admission-rules preset (%2) nor a file that exists.")
                                                 .arg(value, AdmissionRules::presetNames().join(QStringLiteral(", "))));
    return AdmissionRules::load(value);
}

} // namespace

int runScenario(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("What if: simulates where children go to school today (baseline) and after the changes given (a new school, a "
           "closure, a merger, a capacity, new housing, a parent initiative, other admission rules), with a choice model fitted "
           "on the pupil flows and calibrated to today's pupils, and reports every segregation index before and after with "
           "90 % bands over the Monte-Carlo runs. Edits given as options are applied after those of --scenario, in the order "
           "new schools, closures, mergers, capacities, housing, initiatives."));
    parser.addHelpOption();
    addDataOptions(parser);
    const auto option = [&](const char* name, const QString& help, const char* value = nullptr) {
        parser.addOption(value ? QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value))
                               : QCommandLineOption(QString::fromLatin1(name), help));
    };
    option("scenario", tr("a scenario file (format mengkaart-scenario, see the README)"), "FILE.json");
    option("name", tr("the scenario's name (for the output and the saved file)"), "NAME");
    option("add-school", tr("a new school at X,Y (RD New metres) with CAPACITY places; repeatable"), "X,Y,CAPACITY[,NAME]");
    option("close", tr("close a school (BRIN + vestiging); repeatable"), "ID");
    option("merge", tr("merge schools at the first one's site; repeatable"), "ID1,ID2");
    option("capacity", tr("a school's new capacity; repeatable"), "ID=N");
    option("housing", tr("new housing: CHILDREN primary pupils within 250 m of X,Y, with a group mix (default the gemeente's); repeatable"),
           "X,Y,CHILDREN[,GROUP=SHARE...]");
    option("initiative", tr("a parent initiative: N children of GROUP from AREA register together at SCHOOL; repeatable"),
           "AREA,GROUP,N,SCHOOL");
    option("admission", tr("the scenario's admission rules: a preset (%1) or a rules file")
                            .arg(AdmissionRules::presetNames().join(QStringLiteral(", "))),
           "FILE.json|PRESET");
    option("baseline-admission", tr("the baseline's admission rules (default status-quo: decentral, siblings then lottery)"), "FILE.json|PRESET");
    option("population", tr("pupils (all primary pupils, default) or cohort (one intake year)"), "pupils|cohort");
    option("runs", tr("Monte-Carlo runs (default 200)"), "N");
    option("seed", tr("random seed (default 1); the same seed gives the same numbers"), "S");
    option("threads", tr("threads (default: every core); the numbers do not depend on it"), "N");
    addPrivacyThresholdOption(parser, false);
    option("save-scenario", tr("write the scenario (edits, rules, calibrated model, seed) to a file that reproduces this run"), "FILE.json");
    option("out", tr("write the schools before and after as a GeoPackage layer"), "FILE.gpkg");
    option("json", tr("print the result as JSON"));
    option("progress", tr("report progress on stderr"));
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    QTextStream err(stderr);

    // Everything the command line says is checked before the data are loaded.
    Scenario scenario;
    if (parser.isSet(QStringLiteral("scenario"))) {
        auto loaded = Scenario::load(parser.value(QStringLiteral("scenario")));
        if (!loaded) {
            err << loaded.error().toString() << '\n';
            return 1;
        }
        scenario = std::move(*loaded);
    }
    if (parser.isSet(QStringLiteral("name")))
        scenario.name = parser.value(QStringLiteral("name"));
    auto edits = editsFrom(parser);
    if (!edits) {
        err << edits.error().toString() << '\n';
        return 2;
    }
    scenario.edits.append(*edits);
    for (const char* name : {"baseline-admission", "admission"}) {
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            continue;
        auto rules = rulesFrom(parser.value(key));
        if (!rules) {
            err << rules.error().toString() << '\n';
            return 1;
        }
        if (key == QLatin1String("admission"))
            scenario.admission = *rules;
        else
            scenario.baselineAdmission = *rules;
    }
    if (parser.isSet(QStringLiteral("population"))) {
        const QString p = parser.value(QStringLiteral("population"));
        if (p != QLatin1String("pupils") && p != QLatin1String("cohort")) {
            err << tr("--population takes pupils or cohort, not \"%1\".").arg(p) << '\n';
            return 2;
        }
        scenario.population.scope = p == QLatin1String("cohort") ? PopulationScope::Cohort : PopulationScope::Pupils;
    }
    const auto integerOption = [&](const char* name, qint64 low, qint64 high) -> std::optional<qint64> {
        const QString key = QString::fromLatin1(name);
        bool ok = false;
        const qint64 v = parser.value(key).toLongLong(&ok);
        if (!ok || v < low || v > high) {
            err << tr("--%1 needs a whole number from %2 to %3, got \"%4\".").arg(key).arg(low).arg(high).arg(parser.value(key)) << '\n';
            return std::nullopt;
        }
        return v;
    };
    int threads = 0;
    if (parser.isSet(QStringLiteral("runs"))) {
        const auto v = integerOption("runs", 1, Scenario::kMaxRuns);
        if (!v)
            return 2;
        scenario.runs = static_cast<int>(*v);
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        scenario.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err << tr("--seed needs a whole number of 0 or more, got \"%1\".").arg(parser.value(QStringLiteral("seed"))) << '\n';
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("threads"))) {
        const auto v = integerOption("threads", 1, 256);
        if (!v)
            return 2;
        threads = static_cast<int>(*v);
    }
    auto privacy = privacyThresholdFrom(parser, false);
    if (!privacy) {
        err << privacy.error().toString() << '\n';
        return 2;
    }
    auto source = dataSourceFrom(parser);
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
    const double threshold = *privacy ? **privacy : project->privacyThreshold;

    Feedback feedback(progressOnStderr(verbose));
    auto outcome = ScenarioRunner::run(*project->dataset, scenario, threads, feedback);
    if (!outcome) {
        err << outcome.error().toString() << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("save-scenario"))) {
        // The saved file carries the calibrated model, so it reproduces this run without calibrating again.
        Scenario saved = scenario;
        saved.choiceModel = outcome->calibration.parameters;
        saved.schoolConstants = outcome->calibration.schoolConstants;
        if (auto ok = saved.save(parser.value(QStringLiteral("save-scenario"))); !ok) {
            err << ok.error().toString() << '\n';
            return 1;
        }
    }
    if (parser.isSet(QStringLiteral("out"))) {
        auto layer = ScenarioLayerWriter::write(parser.value(QStringLiteral("out")), *outcome, threshold);
        if (!layer) {
            err << layer.error().toString() << '\n';
            return 1;
        }
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        auto json = ScenarioReport::toJson(*outcome, threshold);
        if (!json) {
            err << json.error().toString() << '\n';
            return 1;
        }
        out << QJsonDocument(*json).toJson(QJsonDocument::Indented);
    } else {
        auto text = ScenarioReport::toText(*outcome, threshold);
        if (!text) {
            err << text.error().toString() << '\n';
            return 1;
        }
        for (const QString& line : *text)
            out << line << '\n';
        printWarnings(out, outcome->diagnostics);
    }
    return 0;
}

} // namespace Mk::Cli
