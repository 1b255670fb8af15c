// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/benchmarks.h"
#include "cli/clicommands.h"
#include "cli/commandline.h"

#include "index/indexinput.h"
#include "index/indexreport.h"
#include "index/indexreportjson.h"
#include "index/variancedecomposition.h"
#include "io/csvtable.h"
#include "privacy/smallcellsuppressor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cmath>
#include <optional>

namespace Mk::Cli {

namespace {

struct IndicesOptions {
    QString unitsPath;
    QString idColumn;
    QStringList groups;
    QString byColumn;
    QString comparePath;
    QList<QPair<QString, QString>> where; ///< keep rows with these column values
    QString meanColumn;                    ///< continuous SES: mean score per unit
    QString spreadColumn;
    QString countColumn;
    bool sampleSpread = false;
    bool ordered = false;
    bool json = false;
    int repeat = 0;
    IndexReport::Options report;
};

void printTable(QTextStream& out, const IndexInput& input, const IndexReport& r, const IndicesOptions& options)
{
    const QLocale locale;
    const auto fmt = [&](double v) { return std::isfinite(v) ? locale.toString(v, 'f', 3) : QStringLiteral("-"); };
    out << QCoreApplication::translate("Mk::Cli", "Units: %1 (total %2); groups: %3")
               .arg(locale.toString(input.unitCount()), locale.toString(input.total(), 'f', 0), input.groups().join(QStringLiteral(", ")))
        << '\n';
    if (!input.skippedUnitIds().isEmpty())
        out << QCoreApplication::translate("Mk::Cli", "Left out (no members in any group): %1").arg(input.skippedUnitIds().join(QStringLiteral(", "))) << '\n';

    const QList<SegregationSummary::Key> keys = SegregationSummary::keys(input.groups(), input.isOrdered());
    const std::vector<double> values = r.summary.values();
    QString section;
    for (qsizetype j = 0; j < keys.size(); ++j) {
        const QString heading = keys[j].group.isEmpty() ? QCoreApplication::translate("Mk::Cli", "All groups together") : QCoreApplication::translate("Mk::Cli", "%1 against the rest").arg(keys[j].group);
        if (heading != section) {
            out << '\n' << heading << '\n';
            section = heading;
        }
        out << "  " << IndexCatalogue::label(keys[j].id).leftJustified(42) << fmt(values[static_cast<size_t>(j)]);
        if (r.inference) {
            const InferenceReport::Estimate& e = r.inference->estimates[static_cast<size_t>(j)];
            out << "   " << QCoreApplication::translate("Mk::Cli", "%1% interval %2 to %3; at random %4; bias-corrected %5; p = %6")
                              .arg(locale.toString(r.inference->options.confidence * 100, 'f', 0), fmt(e.ciLow), fmt(e.ciHigh),
                                   fmt(e.expectedRandom), fmt(e.biasCorrected), fmt(e.pValue));
        }
        out << '\n';
    }

    if (r.decomposition) {
        const EntropyDecomposition& d = *r.decomposition;
        out << '\n'
            << QCoreApplication::translate("Mk::Cli", "%1 split by \"%2\": between %3 (%4%), within %5 (%6%)")
                   .arg(IndexCatalogue::label(IndexId::MutualInformation), options.byColumn, fmt(d.between), locale.toString(d.total > 0 ? 100 * d.between / d.total : 0.0, 'f', 1),
                        fmt(d.within), locale.toString(d.total > 0 ? 100 * d.within / d.total : 0.0, 'f', 1))
            << '\n';
    }

    if (r.change) {
        const MutualInformationChange& m = r.change->mutualInformation;
        out << '\n'
            << QCoreApplication::translate("Mk::Cli", "Change of M against %1: %2 to %3 (%4)").arg(QFileInfo(options.comparePath).fileName(), fmt(m.before), fmt(m.after), fmt(m.difference))
            << '\n'
            << "  " << QCoreApplication::translate("Mk::Cli", "new units (%1): %2").arg(m.addedUnits).arg(fmt(m.additions)) << '\n'
            << "  " << QCoreApplication::translate("Mk::Cli", "closed units (%1): %2").arg(m.removedUnits).arg(fmt(m.removals)) << '\n'
            << "  " << QCoreApplication::translate("Mk::Cli", "group composition: %1").arg(fmt(m.groupMarginal)) << '\n'
            << "  " << QCoreApplication::translate("Mk::Cli", "unit sizes: %1").arg(fmt(m.unitMarginal)) << '\n'
            << "  " << QCoreApplication::translate("Mk::Cli", "structure (who goes where): %1").arg(fmt(m.structural)) << '\n';
        if (!m.converged)
            out << "  " << QCoreApplication::translate("Mk::Cli", "(approximate: the tables' empty cells do not allow an exact split between the last three parts)") << '\n';
    }

    out << '\n' << QCoreApplication::translate("Mk::Cli", "Per unit") << '\n';
    out << "  " << QCoreApplication::translate("Mk::Cli", "id").leftJustified(16) << QCoreApplication::translate("Mk::Cli", "local M").rightJustified(10) << QCoreApplication::translate("Mk::Cli", "local D").rightJustified(10);
    if (r.inference)
        out << QCoreApplication::translate("Mk::Cli", "M at random").rightJustified(13) << QCoreApplication::translate("Mk::Cli", "p").rightJustified(8);
    for (const QString& g : input.groups())
        out << QCoreApplication::translate("Mk::Cli", "LQ %1").arg(g).rightJustified(12);
    out << '\n';
    const qsizetype K = input.groupCount();
    const QString withheld = SmallCellSuppressor::create(options.report.privacyThreshold)->suppressedText(locale);
    for (qsizetype i = 0; i < r.local.unitIds.size(); ++i) {
        const auto u = static_cast<size_t>(i);
        // A unit's local indices would give a withheld share away (its other shares and P_k are known).
        const auto unitFigure = [&](double v) { return r.unitIndicesWithheld(i) ? withheld : fmt(v); };
        out << "  " << r.local.unitIds[i].leftJustified(16) << unitFigure(r.local.localM[u]).rightJustified(10)
            << unitFigure(r.local.localDissimilarity[u]).rightJustified(10);
        if (r.inference)
            out << unitFigure(r.inference->localM[u].expectedRandom).rightJustified(13)
                << unitFigure(r.inference->localM[u].pValue).rightJustified(8);
        for (qsizetype k = 0; k < K; ++k)
            out << (r.privacy.isSuppressed(i, k) ? withheld : fmt(r.local.locationQuotient[static_cast<size_t>(i * K + k)])).rightJustified(12);
        out << '\n';
    }
    if (r.privacy.count(CellPrivacy::Primary) > 0)
        out << '\n'
            << QCoreApplication::translate("Mk::Cli", "%1: withheld because it rests on fewer than %2 people, or would give such a figure away.")
                   .arg(withheld, locale.toString(options.report.privacyThreshold))
            << '\n';
}

/** Parses the command line into `options`; returns an exit status when the command must stop here. */
std::optional<int> parseOptions(const QStringList& args, IndicesOptions& options)
{
    QTextStream err(stderr);
    const auto t = [](const char* text) { return QCoreApplication::translate("Mk::Cli", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(t(QT_TRANSLATE_NOOP("Mk::Cli", "Segregation indices of a units x groups table (one CSV line per school or area).")));
    parser.addHelpOption();
    const QCommandLineOption unitsOpt(QStringLiteral("units"), t(QT_TRANSLATE_NOOP("Mk::Cli", "CSV file with one line per unit.")), t(QT_TRANSLATE_NOOP("Mk::Cli", "FILE")));
    const QCommandLineOption idOpt(QStringLiteral("id"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Column with the unit id.")), t(QT_TRANSLATE_NOOP("Mk::Cli", "COLUMN")));
    const QCommandLineOption groupsOpt(QStringLiteral("groups"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Comma-separated count columns, one per group.")),
                                       t(QT_TRANSLATE_NOOP("Mk::Cli", "G1,G2,...")));
    const QCommandLineOption byOpt(QStringLiteral("by"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Column grouping the units into areas: splits M into between and within.")),
                                   t(QT_TRANSLATE_NOOP("Mk::Cli", "COLUMN")));
    const QCommandLineOption compareOpt(QStringLiteral("compare"),
                                        t(QT_TRANSLATE_NOOP("Mk::Cli", "Second CSV (same id and group columns): change of every index and why M changed.")),
                                        t(QT_TRANSLATE_NOOP("Mk::Cli", "FILE2")));
    const QCommandLineOption whereOpt(QStringLiteral("where"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Use only rows whose COLUMN equals VALUE (repeatable), e.g. schooljaar=2023-2024.")),
                                      t(QT_TRANSLATE_NOOP("Mk::Cli", "COLUMN=VALUE")));
    const QCommandLineOption orderedOpt(QStringLiteral("ordered"), t(QT_TRANSLATE_NOOP("Mk::Cli", "The groups are ordered tiers, lowest first (adds the ordinal index).")));
    const QCommandLineOption meanOpt(QStringLiteral("mean"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Column with a mean score per unit (schoolweging, SES): between-unit share of variance.")),
                                     t(QT_TRANSLATE_NOOP("Mk::Cli", "COLUMN")));
    const QCommandLineOption spreadOpt(QStringLiteral("spread"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Column with the standard deviation within each unit (with --mean).")),
                                       t(QT_TRANSLATE_NOOP("Mk::Cli", "COLUMN")));
    const QCommandLineOption countOpt(QStringLiteral("count"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Column with the number of people per unit (with --mean).")),
                                      t(QT_TRANSLATE_NOOP("Mk::Cli", "COLUMN")));
    const QCommandLineOption sampleSpreadOpt(QStringLiteral("sample-spread"),
                                             t(QT_TRANSLATE_NOOP("Mk::Cli", "The spread is a sample standard deviation (divisor n - 1).")));
    const QCommandLineOption bootstrapOpt(QStringLiteral("bootstrap"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Replicates for confidence intervals and random allocation.")),
                                          t(QT_TRANSLATE_NOOP("Mk::Cli", "N")));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Seed of the simulations (default 1).")), t(QT_TRANSLATE_NOOP("Mk::Cli", "S")),
                                     QStringLiteral("1"));
    const QCommandLineOption confidenceOpt(QStringLiteral("confidence"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Confidence level of the intervals (default 0.95).")),
                                           t(QT_TRANSLATE_NOOP("Mk::Cli", "LEVEL")), QStringLiteral("0.95"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Threads for the simulations (default: all cores; results do not change).")),
                                        t(QT_TRANSLATE_NOOP("Mk::Cli", "N")), QStringLiteral("0"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Print one JSON object instead of a table.")));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Compute N times and print the median time on stderr.")),
                                       t(QT_TRANSLATE_NOOP("Mk::Cli", "N")));
    const QCommandLineOption thresholdOpt(QStringLiteral("threshold"),
                                          t(QT_TRANSLATE_NOOP("Mk::Cli", "Privacy threshold: per-unit figures resting on fewer people are withheld (default 5, at least 1).")),
                                          t(QT_TRANSLATE_NOOP("Mk::Cli", "N")), QStringLiteral("5"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), t(QT_TRANSLATE_NOOP("Mk::Cli", "Language of messages (nl or en).")), t(QT_TRANSLATE_NOOP("Mk::Cli", "LANG")));
    parser.addOptions({unitsOpt, idOpt, groupsOpt, byOpt, compareOpt, whereOpt, orderedOpt, meanOpt, spreadOpt, countOpt, sampleSpreadOpt,
                       bootstrapOpt, seedOpt, confidenceOpt, threadsOpt, jsonOpt, repeatOpt, thresholdOpt, langOpt});
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n' << parser.helpText();
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const bool continuous = parser.isSet(meanOpt);
    if (!parser.isSet(unitsOpt) || !parser.isSet(idOpt) || (!parser.isSet(groupsOpt) && !continuous)) {
        err << t(QT_TRANSLATE_NOOP("Mk::Cli", "--units, --id and --groups (or --mean) are required.")) << '\n' << parser.helpText();
        return 2;
    }
    if (continuous && (!parser.isSet(spreadOpt) || !parser.isSet(countOpt))) {
        err << t(QT_TRANSLATE_NOOP("Mk::Cli", "--mean needs --spread and --count as well.")) << '\n';
        return 2;
    }

    options.unitsPath = parser.value(unitsOpt);
    options.idColumn = parser.value(idOpt);
    for (const QString& g : parser.value(groupsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.groups.append(g.trimmed());
    options.byColumn = parser.value(byOpt);
    options.comparePath = parser.value(compareOpt);
    options.meanColumn = parser.value(meanOpt);
    options.spreadColumn = parser.value(spreadOpt);
    options.countColumn = parser.value(countOpt);
    options.sampleSpread = parser.isSet(sampleSpreadOpt);
    options.ordered = parser.isSet(orderedOpt);
    options.json = parser.isSet(jsonOpt);
    bool ok = true;
    for (const QString& condition : parser.values(whereOpt)) {
        const qsizetype eq = condition.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err << t(QT_TRANSLATE_NOOP("Mk::Cli", "--where needs COLUMN=VALUE, not \"%1\".")).arg(condition) << '\n';
            ok = false;
            continue;
        }
        options.where.append({condition.left(eq), condition.mid(eq + 1)});
    }
    const auto intOption = [&](const QCommandLineOption& o, int minimum) {
        if (!parser.isSet(o) && o.defaultValues().isEmpty())
            return 0;
        bool valid = false;
        const int v = parser.value(o).toInt(&valid);
        if (!valid || v < minimum) {
            err << t(QT_TRANSLATE_NOOP("Mk::Cli", "--%1 needs a whole number of at least %2, not \"%3\".")).arg(o.names().first()).arg(minimum).arg(parser.value(o))
                << '\n';
            ok = false;
        }
        return v;
    };
    options.repeat = intOption(repeatOpt, 1);
    options.report.privacyThreshold = intOption(thresholdOpt, 1);
    options.report.withInference = parser.isSet(bootstrapOpt);
    options.report.inference.replicates = intOption(bootstrapOpt, 2);
    options.report.inference.threads = intOption(threadsOpt, 0);
    bool seedOk = false;
    options.report.inference.seed = parser.value(seedOpt).toULongLong(&seedOk);
    if (!seedOk) {
        err << t(QT_TRANSLATE_NOOP("Mk::Cli", "--seed needs a whole number of 0 or more, not \"%1\".")).arg(parser.value(seedOpt)) << '\n';
        ok = false;
    }
    bool confidenceOk = false;
    options.report.inference.confidence = parser.value(confidenceOpt).toDouble(&confidenceOk);
    if (!confidenceOk || !(options.report.inference.confidence > 0 && options.report.inference.confidence < 1)) {
        err << t(QT_TRANSLATE_NOOP("Mk::Cli", "--confidence needs a number between 0 and 1, such as 0.95.")) << '\n';
        ok = false;
    }
    if (!ok)
        return 2;
    return std::nullopt;
}

Error missingColumn(const CsvTable& table, const QString& column)
{
    return fail(ErrorCode::FieldMissing, QCoreApplication::translate("Mk::Cli", "%1 has no column \"%2\". Its columns are: %3.")
                                             .arg(QFileInfo(table.path()).fileName(), column, table.headers().join(QStringLiteral(", "))));
}

/** Reads a CSV and keeps the rows matching every --where. */
Result<CsvTable> readTable(const QString& path, const IndicesOptions& options)
{
    auto table = CsvTable::read(path);
    if (!table)
        return table;
    for (const auto& [column, value] : options.where) {
        const qsizetype c = table->columnIndex(column);
        if (c < 0)
            return missingColumn(*table, column);
        *table = table->withRowsWhere(c, value);
    }
    return table;
}

/** Reads the group counts of a table, reporting left-out units on stderr. */
Result<IndexInput> readInput(const QString& path, const IndicesOptions& options)
{
    auto table = readTable(path, options);
    if (!table)
        return table.error();
    auto input = IndexInput::fromCsvTable(*table, options.idColumn, options.groups);
    if (!input)
        return fail(input.error().code, QFileInfo(path).fileName() + QStringLiteral(": ") + input.error().message, input.error().detail);
    input->setOrdered(options.ordered);
    QTextStream err(stderr);
    for (const Diagnostic& d : input->diagnostics().items())
        err << QFileInfo(path).fileName() << ": " << d.message << '\n';
    return input;
}

/** Between-unit share of a continuous score; units without a number are left out and reported. */
Result<VarianceDecomposition> computeContinuous(const CsvTable& table, const IndicesOptions& options, QStringList& leftOut)
{
    const qsizetype idCol = table.columnIndex(options.idColumn);
    const qsizetype meanCol = table.columnIndex(options.meanColumn);
    const qsizetype spreadCol = table.columnIndex(options.spreadColumn);
    const qsizetype countCol = table.columnIndex(options.countColumn);
    for (const auto& [col, name] : {std::pair(idCol, options.idColumn), std::pair(meanCol, options.meanColumn),
                                    std::pair(spreadCol, options.spreadColumn), std::pair(countCol, options.countColumn)})
        if (col < 0)
            return missingColumn(table, name);
    QStringList ids;
    std::vector<double> counts, means, spreads;
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        const Result<double> mean = table.number(r, meanCol);
        const Result<double> spread = table.number(r, spreadCol);
        const Result<double> count = table.number(r, countCol);
        // A published table leaves the score empty for schools that are too new or too small.
        if (table.text(r, meanCol).isEmpty() || table.text(r, spreadCol).isEmpty() || table.text(r, countCol).isEmpty()) {
            leftOut.append(table.text(r, idCol));
            continue;
        }
        for (const Result<double>* v : {&mean, &spread, &count})
            if (!*v)
                return v->error();
        ids.append(table.text(r, idCol));
        means.push_back(*mean);
        spreads.push_back(*spread);
        counts.push_back(*count);
    }
    return VarianceDecomposition::compute(ids, counts, means, spreads,
                                          options.sampleSpread ? VarianceDecomposition::Spread::Sample : VarianceDecomposition::Spread::Population);
}

QJsonObject continuousJson(const VarianceDecomposition& v, const QStringList& leftOut)
{
    return QJsonObject{{QStringLiteral("units"), v.unitsUsed},
                       {QStringLiteral("mean"), jsonNumber(v.mean)},
                       {QStringLiteral("between"), jsonNumber(v.between)},
                       {QStringLiteral("within"), jsonNumber(v.within)},
                       {QStringLiteral("total"), jsonNumber(v.total)},
                       {QStringLiteral("between_share"), jsonNumber(v.betweenShare)},
                       {QStringLiteral("left_out"), QJsonArray::fromStringList(leftOut)}};
}

void printContinuous(QTextStream& out, const VarianceDecomposition& v, const QStringList& leftOut, const IndicesOptions& options)
{
    const QLocale locale;
    out << QCoreApplication::translate("Mk::Cli", "%1 over %2 units: mean %3; variance between units %4, within units %5; "
                                                  "share between units %6%")
               .arg(options.meanColumn, locale.toString(v.unitsUsed), locale.toString(v.mean, 'f', 2), locale.toString(v.between, 'f', 3),
                    locale.toString(v.within, 'f', 3), locale.toString(100 * v.betweenShare, 'f', 1))
        << '\n';
    constexpr qsizetype kListed = 10;
    // A plain int variable as the count: lupdate skips translate() calls whose count is a cast expression.
    const int leftOutCount = static_cast<int>(leftOut.size());
    if (leftOutCount > 0)
        out << QCoreApplication::translate("Mk::Cli", "Left out (no score): %n unit(s), e.g. %1", nullptr, leftOutCount)
                   .arg(leftOut.mid(0, kListed).join(QStringLiteral(", ")))
            << '\n';
}

} // namespace

int runIndices(const QStringList& args)
{
    IndicesOptions options;
    if (const std::optional<int> status = parseOptions(args, options))
        return *status;
    QTextStream err(stderr);
    QTextStream out(stdout);

    if (options.groups.isEmpty()) {
        auto table = readTable(options.unitsPath, options);
        if (!table) {
            err << table.error().toString() << '\n';
            return 1;
        }
        QStringList leftOut;
        const auto v = computeContinuous(*table, options, leftOut);
        if (!v) {
            err << v.error().toString() << '\n';
            return 1;
        }
        if (options.json)
            out << QJsonDocument(QJsonObject{{QStringLiteral("continuous"), continuousJson(*v, leftOut)}}).toJson(QJsonDocument::Indented);
        else
            printContinuous(out, *v, leftOut, options);
        return 0;
    }

    auto input = readInput(options.unitsPath, options);
    if (!input) {
        err << input.error().toString() << '\n';
        return 1;
    }

    QStringList areaOfUnit;
    std::optional<VarianceDecomposition> continuous;
    QStringList continuousLeftOut;
    if (!options.byColumn.isEmpty() || !options.meanColumn.isEmpty()) {
        auto table = readTable(options.unitsPath, options);
        if (!table) {
            err << table.error().toString() << '\n';
            return 1;
        }
        if (!options.byColumn.isEmpty()) {
            const qsizetype byCol = table->columnIndex(options.byColumn);
            if (byCol < 0) {
                err << missingColumn(*table, options.byColumn).toString() << '\n';
                return 1;
            }
            QHash<QString, QString> areaOfId;
            const qsizetype idCol = table->columnIndex(options.idColumn);
            for (qsizetype row = 0; row < table->rowCount(); ++row)
                areaOfId.insert(table->text(row, idCol), table->text(row, byCol));
            for (const QString& id : input->unitIds())
                areaOfUnit.append(areaOfId.value(id));
        }
        if (!options.meanColumn.isEmpty()) {
            auto v = computeContinuous(*table, options, continuousLeftOut);
            if (!v) {
                err << v.error().toString() << '\n';
                return 1;
            }
            continuous = *v;
        }
    }

    std::optional<IndexInput> compareTo;
    if (!options.comparePath.isEmpty()) {
        auto second = readInput(options.comparePath, options);
        if (!second) {
            err << second.error().toString() << '\n';
            return 1;
        }
        compareTo = std::move(*second);
    }

    const IndexInput* second = compareTo ? &*compareTo : nullptr;
    auto result = IndexReport::compute(*input, areaOfUnit, second, options.report);
    if (!result) {
        err << QFileInfo(options.unitsPath).fileName() << ": " << result.error().toString() << '\n';
        return 1;
    }
    if (options.repeat > 0) {
        const double seconds = medianSeconds(options.repeat, [&] { (void)IndexReport::compute(*input, areaOfUnit, second, options.report); });
        err << "compute seconds: median=" << QString::number(seconds, 'g', 6) << '\n';
    }

    if (options.json) {
        QJsonObject json = IndexReportJson::write(*input, *result, options.byColumn, options.comparePath);
        if (continuous)
            json.insert(QStringLiteral("continuous"), continuousJson(*continuous, continuousLeftOut));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        printTable(out, *input, *result, options);
        if (continuous) {
            out << '\n';
            printContinuous(out, *continuous, continuousLeftOut, options);
        }
    }
    return 0;
}

} // namespace Mk::Cli
