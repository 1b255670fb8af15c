// SPDX-License-Identifier: GPL-3.0-or-later
// mengkaart-cli batch: one row of figures per gemeente, over the whole country or given files.
#include "cli/benchmarks.h"
#include "cli/clicommands.h"
#include "cli/commandline.h"
#include "cli/dataoptions.h"

#include "batch/gemeentebatch.h"
#include "batch/gemeentebatchoutput.h"
#include "batch/gemeentepartition.h"
#include "io/sourceschema.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

#include <cmath>
#include <optional>

namespace Mk::Cli {

namespace {

/** The column contract of the output, for --help (GemeenteBatchOutput says the same). */
QString columnsHelp()
{
    return tr("Columns: gemeente_code, gemeente_name, status (ok, withheld, no_schools, error), reason, schools, pupils, "
              "children, composition_source, then per index INDEX (e.g. mutual_information, dissimilarity_low_income): "
              "INDEX; with --indices INDEX_ci_low, INDEX_ci_high, INDEX_expected_random, INDEX_p; with --catchments "
              "INDEX_residential, INDEX_choice, INDEX_choice_ci_low, INDEX_choice_ci_high. Withheld figures are \"<N\" in "
              "CSV, empty in a GeoPackage and null in JSON.");
}

/** The gemeenten --gemeenten names among `directory` ("all" or a comma-separated list); an error names the nearest. */
Result<QList<GemeenteInfo>> chosenGemeenten(const QString& value, const GemeenteDirectory& directory)
{
    if (value.trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return directory.gemeenten();
    QList<GemeenteInfo> out;
    QStringList unknown;
    for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto g = directory.resolve(name.trimmed());
        if (!g) {
            unknown.append(g.error().message);
            continue;
        }
        bool seen = false;
        for (const GemeenteInfo& o : out)
            seen = seen || o.code == g->code;
        if (!seen)
            out.append(*g);
    }
    if (!unknown.isEmpty())
        return fail(ErrorCode::InvalidArgument, unknown.join(QLatin1Char('\n')));
    if (out.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("--gemeenten needs \"all\" or gemeente names or codes separated by commas."));
    return out;
}

/**
 * Reads the data of `request` once, resolves `gemeenten` among them and computes the batch; the loader's warnings
 * go to `err`. An InvalidArgument error is a wrong gemeente name.
 */
Result<GemeenteBatchResult> computeBatch(const LoadRequest& request, const QString& gemeenten, const GemeenteBatchOptions& options,
                                         const GemeenteBatch::RowDone& rowDone, QTextStream& err)
{
    Feedback loading;
    auto partition = GemeentePartition::load(request, loading);
    if (!partition)
        return partition.error();
    printWarnings(err, partition->diagnostics());
    auto chosen = chosenGemeenten(gemeenten, partition->directory());
    if (!chosen)
        return chosen.error();
    Feedback feedback;
    return GemeenteBatch::run(*chosen, [&](const QString& code) { return partition->dataset(code); }, options, feedback, rowDone);
}

} // namespace

int benchBatch(const QStringList& args, BenchFigures& figures)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Times the batch over the national data that ship with Mengkaart: read once, split by "
                                        "gemeente, every index with its interval per gemeente (one run, no warm-up)."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("gemeenten"), tr("all (default), or gemeente names or codes separated by commas"),
                                        QStringLiteral("all|NAME,..."), QStringLiteral("all")));
    parser.addOption(QCommandLineOption(QStringLiteral("bootstrap"), tr("replicates of the intervals (default 200; 0: values only)"),
                                        QStringLiteral("N"), QStringLiteral("200")));
    parser.addOption(QCommandLineOption(QStringLiteral("catchments"), tr("the residential/choice split over nearest-school areas")));
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    QTextStream err(stderr);
    GemeenteBatchOptions options;
    options.replicates = std::max(0, parser.value(QStringLiteral("bootstrap")).toInt());
    options.catchments = parser.isSet(QStringLiteral("catchments"));
    std::optional<Result<GemeenteBatchResult>> result;
    const RunTiming t = timeOnce([&] {
        result = computeBatch(DatasetLoader::nationalRequest({}), parser.value(QStringLiteral("gemeenten")), options, {}, err);
    });
    if (!*result) {
        err << result->error().toString() << '\n';
        return 1;
    }
    QTextStream(stdout) << QStringLiteral("batch: %1 gemeenten (%2 failed), indices with %3 replicates%4, read and computed: %5 s wall, %6 s CPU\n")
                               .arg((*result)->rows.size())
                               .arg((*result)->errors())
                               .arg(options.replicates)
                               .arg(options.catchments ? QStringLiteral(" and the residential/choice split") : QString())
                               .arg(t.wall, 0, 'f', 2)
                               .arg(t.cpu, 0, 'f', 2);
    figures.append({QStringLiteral("batch"), t.wall, t.cpu});
    return 0;
}

int runBatch(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("One row per gemeente: every segregation index of the school composition with its interval and value at random "
           "(as the indices command computes them), and with --catchments the residential/choice split. Reads the national "
           "data that ship with Mengkaart once (or the files of the data options) and computes the gemeenten in parallel; "
           "progress on stderr. A gemeente that fails gets status error and its reason, and the batch goes on (exit status 1 "
           "at the end). Figures resting on fewer pupils or children than the privacy threshold are withheld.")
        + QStringLiteral("\n\n") + columnsHelp());
    parser.addHelpOption();
    addDataOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("indices"), tr("every global index with its bootstrap interval and value at random")));
    parser.addOption(QCommandLineOption(QStringLiteral("catchments"), tr("the residential/choice split over nearest-school areas")));
    parser.addOption(QCommandLineOption(QStringLiteral("gemeenten"), tr("all (default), or gemeente names or codes separated by commas"),
                                        QStringLiteral("all|NAME,...")));
    parser.addOption(QCommandLineOption(QStringLiteral("data"), tr("national (default: the national data that ship with Mengkaart), or "
                                                                   "files: the files of the data options (--areas FILE ...)"),
                                        QStringLiteral("national|files")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("the file to write: .csv (UTF-8), .gpkg (with the gemeente outlines) or .json"),
                                        QStringLiteral("FILE.csv|.gpkg|.json")));
    parser.addOption(QCommandLineOption(QStringLiteral("bootstrap"), tr("replicates of the intervals (default 200; 0: values only)"),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), tr("seed of the simulations (default 1)"), QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("confidence"), tr("confidence level of the intervals (default 0.95)"), QStringLiteral("LEVEL")));
    parser.addOption(QCommandLineOption(QStringLiteral("threads"), tr("gemeenten computed at once (default: all cores; figures do not change)"),
                                        QStringLiteral("N")));
    addPrivacyThresholdOption(parser, false);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    QTextStream err(stderr);

    GemeenteBatchOptions options;
    options.indices = parser.isSet(QStringLiteral("indices"));
    options.catchments = parser.isSet(QStringLiteral("catchments"));
    if (!options.indices && !options.catchments) {
        err << tr("Say what to compute: --indices, --catchments or both.") << '\n';
        return 2;
    }
    const QString out = parser.value(QStringLiteral("out"));
    const auto format = GemeenteBatchOutput::formatOf(out);
    if (!format) {
        err << tr("Give the file to write with --out FILE.csv, FILE.gpkg or FILE.json.") << '\n';
        return 2;
    }
    const auto threshold = privacyThresholdFrom(parser, false);
    if (!threshold) {
        err << threshold.error().toString() << '\n';
        return 2;
    }
    if (threshold->has_value())
        options.privacyThreshold = **threshold;
    const QLocale c = QLocale::c();
    bool ok = true;
    const auto wholeNumber = [&](const char* name, int minimum, int fallback) {
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            return fallback;
        bool good = false;
        const int v = parser.value(key).toInt(&good);
        if (!good || v < minimum) {
            err << tr("--%1 needs a whole number of at least %2, not \"%3\".").arg(key).arg(minimum).arg(parser.value(key)) << '\n';
            ok = false;
        }
        return v;
    };
    options.replicates = wholeNumber("bootstrap", 0, options.replicates);
    options.threads = wholeNumber("threads", 1, 0);
    if (parser.isSet(QStringLiteral("seed"))) {
        bool good = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&good);
        if (!good) {
            err << tr("--seed needs a whole number of 0 or more, not \"%1\".").arg(parser.value(QStringLiteral("seed"))) << '\n';
            ok = false;
        }
    }
    if (parser.isSet(QStringLiteral("confidence"))) {
        bool good = false;
        options.confidence = c.toDouble(parser.value(QStringLiteral("confidence")), &good);
        if (!good || !(options.confidence > 0 && options.confidence < 1)) {
            err << tr("--confidence needs a number between 0 and 1, such as 0.95.") << '\n';
            ok = false;
        }
    }
    if (!ok)
        return 2;

    // The data: the national files that ship with Mengkaart, or the files of the data options.
    bool files = false;
    for (const LoadRequestSlot& o : SourceSchema::loadRequestSlots())
        files = files || (parser.isSet(QString::fromLatin1(o.option)) && QLatin1String(o.option) != QLatin1String("gemeente"));
    files = files || parser.isSet(QStringLiteral("demo"));
    const QString data = parser.value(QStringLiteral("data"));
    if (!data.isEmpty() && data != QLatin1String("national") && data != QLatin1String("files")) {
        err << tr("--data needs national or files, not \"%1\".").arg(data) << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("project")) || parser.isSet(QStringLiteral("gemeente"))) {
        err << tr("A batch reads data files, not a project, and chooses gemeenten with --gemeenten NAME,... (not --gemeente).") << '\n';
        return 2;
    }
    if ((data == QLatin1String("national") && files) || (data == QLatin1String("files") && !files)) {
        err << tr("--data national reads the national data that ship with Mengkaart; --data files needs the files (--areas FILE ...).") << '\n';
        return 2;
    }
    LoadRequest request = DatasetLoader::nationalRequest({});
    const QString gemeenten = parser.isSet(QStringLiteral("gemeenten")) ? parser.value(QStringLiteral("gemeenten")) : QStringLiteral("all");
    if (files) {
        auto r = loadRequestFrom(parser);
        if (!r) {
            err << r.error().toString() << '\n';
            return 2;
        }
        request = std::move(*r);
    } else {
        // A typo fails before the national files are read.
        const auto& directory = GemeenteDirectory::embedded();
        if (!directory) {
            err << directory.error().toString() << '\n';
            return 1;
        }
        if (auto g = chosenGemeenten(gemeenten, *directory); !g) {
            err << g.error().message << '\n';
            return 2;
        }
    }

    QElapsedTimer clock;
    clock.start();
    err << tr("Reading the data of every gemeente once…") << '\n';
    const QLocale locale;
    auto result = computeBatch(request, gemeenten, options, [&](int done, int total, const GemeenteBatchRow& row) {
        err << QStringLiteral("[%1/%2] ").arg(done, static_cast<int>(QString::number(total).size())).arg(total) << row.gemeente.displayName()
            << ": " << GemeenteBatch::statusKey(row.status);
        if (row.status == BatchStatus::Error)
            err << " - " << row.reason;
        err << '\n';
        err.flush();
    }, err);
    if (!result) {
        err << (result.error().code == ErrorCode::InvalidArgument ? result.error().message : result.error().toString()) << '\n';
        return result.error().code == ErrorCode::InvalidArgument ? 2 : 1;
    }
    if (auto written = GemeenteBatchOutput::write(*result, out, *format); !written) {
        err << written.error().toString() << '\n';
        return 1;
    }
    int withheld = 0;
    for (const GemeenteBatchRow& r : result->rows)
        withheld += r.status == BatchStatus::Withheld ? 1 : 0;
    QTextStream(stdout) << tr("%1 gemeenten written to %2 in %3 s: %4 withheld for privacy, %5 failed.")
                               .arg(locale.toString(result->rows.size()), QDir::toNativeSeparators(out),
                                    locale.toString(static_cast<double>(clock.elapsed()) / 1000.0, 'f', 1), locale.toString(withheld),
                                    locale.toString(result->errors()))
                        << '\n';
    return result->errors() > 0 ? 1 : 0;
}

} // namespace Mk::Cli
