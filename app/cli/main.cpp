// SPDX-License-Identifier: GPL-3.0-or-later
// mengkaart-cli: the batch front-end on the same core as the GUI.
#include "cli/clicommands.h"
#include "shared/appinit.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace {

struct Command {
    const char* name;
    int (*run)(const QStringList&);
    const char* summary;
};

// QT_TRANSLATE_NOOP so lupdate sees the summaries; they are translated when printed.
const Command kCommands[] = {
    {"version", Mk::Cli::runVersion, QT_TRANSLATE_NOOP("Mk::Cli", "print the version of Mengkaart and its libraries")},
    {"indices", Mk::Cli::runIndices, QT_TRANSLATE_NOOP("Mk::Cli", "segregation indices of a units x groups CSV table (JSON with --json)")},
    {"info", Mk::Cli::runInfo, QT_TRANSLATE_NOOP("Mk::Cli", "describe a data file: layers, CRS, features, fields, missing values")},
    {"load", Mk::Cli::runLoad, QT_TRANSLATE_NOOP("Mk::Cli", "load a gemeente's data (or --demo) and summarise what was loaded")},
    {"catchments", Mk::Cli::runCatchments, QT_TRANSLATE_NOOP("Mk::Cli", "catchment areas, afspiegeling per school and the residential/choice split (GeoPackage, JSON)")},
    {"fit-schoolweging", Mk::Cli::runFitSchoolweging, QT_TRANSLATE_NOOP("Mk::Cli", "fit the schoolweging model on the national files (reproduces the shipped one)")},
    {"project", Mk::Cli::runProject, QT_TRANSLATE_NOOP("Mk::Cli", "save a project file (data, settings, LEA goals) or describe one")},
    {"scenario", Mk::Cli::runScenario, QT_TRANSLATE_NOOP("Mk::Cli", "what if: a new school, closure, merger, capacity, housing or admission rules, before/after with bands")},
    {"briefing", Mk::Cli::runBriefing, QT_TRANSLATE_NOOP("Mk::Cli", "the LEA briefing as a PDF in Dutch or English (--lang nl|en --out FILE.pdf)")},
    {"export", Mk::Cli::runExport, QT_TRANSLATE_NOOP("Mk::Cli", "a table of the analysis as CSV, Excel CSV, .xlsx, GeoPackage or GeoJSON (privacy-safe)")},
    {"match", Mk::Cli::runMatch, QT_TRANSLATE_NOOP("Mk::Cli", "one school-choice matching (deferred acceptance or Boston) of students, schools and priorities CSVs")},
    {"batch", Mk::Cli::runBatch, QT_TRANSLATE_NOOP("Mk::Cli", "one row per gemeente over the country: every index with its interval, the residential/choice split (CSV, GeoPackage, JSON)")},
    {"vo", Mk::Cli::runVo, QT_TRANSLATE_NOOP("Mk::Cli", "secondary schools of a gemeente or region: levels, first-year breadth, segregation by level, change over years")},
    {"bench", Mk::Cli::runBench, QT_TRANSLATE_NOOP("Mk::Cli", "time a computation on real or generated data (for performance work)")},
};

/**
 * `--lang nl|en` (or `--lang=en`) anywhere on the command line chooses the language of messages and
 * numbers; without it the environment does (TranslationCatalog::systemLanguage). An unknown value is
 * refused by the subcommand's parser (parseArguments).
 */
QString languageFromArguments(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (qstrncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

int usage(QTextStream& stream)
{
    stream << QCoreApplication::translate("Mk::Cli", "Usage: mengkaart-cli COMMAND [OPTIONS]  (COMMAND --help for its options)")
           << "\n\n"
           << QCoreApplication::translate("Mk::Cli", "Commands:") << '\n';
    // Two spaces after the longest name, so every name stays a word of its own (the man page test reads them).
    qsizetype width = 0;
    for (const Command& c : kCommands)
        width = std::max(width, static_cast<qsizetype>(qstrlen(c.name)) + 2);
    for (const Command& c : kCommands)
        stream << "  " << QString::fromLatin1(c.name).leftJustified(width) << QCoreApplication::translate("Mk::Cli", c.summary) << '\n';
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    // The CLI draws charts and PDFs with the same widget code as the GUI, so it needs a
    // QApplication; the offscreen platform keeps it runnable without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Mk::AppInit::ensureRuntimeDirectory();
    Mk::AppInit::setApplicationNames();
    QApplication app(argc, argv);
    Mk::AppInit::initialise(app, languageFromArguments(argc, argv), Mk::TranslationCatalog::Front::CommandLine);

    QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 2)
        return usage(err);
    if (args.size() > 2 && args[1] == QLatin1String("--lang"))
        args.remove(1, 2);
    else if (args.size() > 1 && args[1].startsWith(QLatin1String("--lang=")))
        args.remove(1);
    if (args.size() < 2)
        return usage(err);
    const QString name = args.takeAt(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        QTextStream out(stdout);
        usage(out);
        return 0;
    }
    if (name == QLatin1String("--version"))
        return Mk::Cli::runVersion(args);
    for (const Command& c : kCommands) {
        if (name == QLatin1String(c.name)) {
            args[0] = args[0] + QLatin1Char(' ') + name;
            return c.run(args);
        }
    }
    err << QCoreApplication::translate("Mk::Cli", "Unknown command \"%1\".").arg(name) << '\n';
    return usage(err);
}
