// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/benchmarks.h"
#include "cli/clicommands.h"

#include "index/entropydecomposition.h"
#include "index/indexinput.h"
#include "index/inferencereport.h"
#include "index/localindices.h"
#include "index/segregationsummary.h"
#include "io/csvtable.h"

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

QString tr(const char* text)
{
    return QCoreApplication::translate("Mk::Cli", text);
}

/** JSON has no NaN: an undefined index (e.g. a group that fills every unit) is null. */
QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

struct IndicesOptions {
    QString unitsPath;
    QString idColumn;
    QStringList groups;
    QString byColumn;
    bool ordered = false;
    bool json = false;
    int repeat = 0;
    InferenceReport::Options inference;
    bool withInference = false;
};

/** Everything the command computes for one table. */
struct IndicesResult {
    SegregationSummary summary;
    LocalIndices local;
    std::optional<EntropyDecomposition> decomposition;
    std::optional<InferenceReport> inference;
};

Result<IndicesResult> computeAll(const IndexInput& input, const QStringList& areaOfUnit, const IndicesOptions& options)
{
    IndicesResult r;
    r.summary = SegregationSummary::compute(input);
    r.local = LocalIndices::compute(input);
    if (!areaOfUnit.isEmpty()) {
        auto d = EntropyDecomposition::compute(input, areaOfUnit);
        if (!d)
            return d.error();
        r.decomposition = std::move(*d);
    }
    if (options.withInference) {
        auto inference = InferenceReport::compute(input, options.inference);
        if (!inference)
            return inference.error();
        r.inference = std::move(*inference);
    }
    return r;
}

/** {"two_group": {G: {name: value}}, "multigroup": {name: value}} from keyed values. */
template<typename ToJson>
QJsonObject byKey(const QList<SegregationSummary::Key>& keys, ToJson toJson)
{
    QJsonObject twoGroup, multigroup;
    for (qsizetype j = 0; j < keys.size(); ++j) {
        const SegregationSummary::Key& key = keys[j];
        if (key.group.isEmpty()) {
            multigroup.insert(key.name, toJson(j));
        } else {
            QJsonObject g = twoGroup.value(key.group).toObject();
            g.insert(key.name, toJson(j));
            twoGroup.insert(key.group, g);
        }
    }
    return QJsonObject{{QStringLiteral("two_group"), twoGroup}, {QStringLiteral("multigroup"), multigroup}};
}

QJsonObject toJson(const IndexInput& input, const IndicesResult& r, const IndicesOptions& options)
{
    const QList<SegregationSummary::Key> keys = SegregationSummary::keys(input.groups(), input.isOrdered());
    const std::vector<double> values = r.summary.values();
    QJsonObject out = byKey(keys, [&](qsizetype j) { return number(values[static_cast<size_t>(j)]); });
    QJsonObject multigroup = out.value(QStringLiteral("multigroup")).toObject();
    multigroup.insert(QStringLiteral("entropy"), number(r.summary.multigroup.entropy));
    out.insert(QStringLiteral("multigroup"), multigroup);
    out.insert(QStringLiteral("units"), input.unitCount());
    out.insert(QStringLiteral("total"), input.total());
    out.insert(QStringLiteral("groups"), QJsonArray::fromStringList(input.groups()));
    out.insert(QStringLiteral("skipped_units"), QJsonArray::fromStringList(input.skippedUnitIds()));

    QJsonArray local;
    const qsizetype K = input.groupCount();
    for (qsizetype i = 0; i < r.local.unitIds.size(); ++i) {
        QJsonObject lq, share;
        for (qsizetype k = 0; k < K; ++k) {
            lq.insert(input.groups()[k], number(r.local.locationQuotient[static_cast<size_t>(i * K + k)]));
            share.insert(input.groups()[k], number(r.local.shares[static_cast<size_t>(i * K + k)]));
        }
        const auto u = static_cast<size_t>(i);
        local.append(QJsonObject{{QStringLiteral("id"), r.local.unitIds[i]},
                                 {QStringLiteral("weight"), number(r.local.weight[u])},
                                 {QStringLiteral("local_m"), number(r.local.localM[u])},
                                 {QStringLiteral("local_dissimilarity"), number(r.local.localDissimilarity[u])},
                                 {QStringLiteral("entropy"), number(r.local.entropy[u])},
                                 {QStringLiteral("location_quotient"), lq},
                                 {QStringLiteral("share"), share}});
    }
    out.insert(QStringLiteral("local"), local);

    if (r.decomposition) {
        const EntropyDecomposition& d = *r.decomposition;
        QJsonArray areas;
        for (const auto& a : d.areas)
            areas.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("units"), a.unitCount},
                                     {QStringLiteral("weight"), number(a.weight)},
                                     {QStringLiteral("entropy"), number(a.entropy)},
                                     {QStringLiteral("mutual_information"), number(a.mutualInformation)},
                                     {QStringLiteral("theil_h"), number(a.theilH)}});
        out.insert(QStringLiteral("decomposition"),
                   QJsonObject{{QStringLiteral("by"), options.byColumn},
                               {QStringLiteral("index"), QStringLiteral("mutual_information")},
                               {QStringLiteral("total"), number(d.total)},
                               {QStringLiteral("between"), number(d.between)},
                               {QStringLiteral("within"), number(d.within)},
                               {QStringLiteral("total_h"), number(d.totalH)},
                               {QStringLiteral("between_h"), number(d.betweenH)},
                               {QStringLiteral("within_h"), number(d.withinH)},
                               {QStringLiteral("areas"), areas}});
    }

    if (r.inference) {
        const InferenceReport& inf = *r.inference;
        QJsonObject inference = byKey(inf.keys, [&](qsizetype j) {
            const InferenceReport::Estimate& e = inf.estimates[static_cast<size_t>(j)];
            return QJsonObject{{QStringLiteral("ci"), QJsonArray{number(e.ciLow), number(e.ciHigh)}},
                               {QStringLiteral("standard_error"), number(e.standardError)},
                               {QStringLiteral("bias"), number(e.bias)},
                               {QStringLiteral("bias_corrected"), number(e.biasCorrected)},
                               {QStringLiteral("expected_random"), number(e.expectedRandom)},
                               {QStringLiteral("p_value"), number(e.pValue)}};
        });
        inference.insert(QStringLiteral("replicates"), inf.options.replicates);
        inference.insert(QStringLiteral("seed"), QString::number(inf.options.seed));
        inference.insert(QStringLiteral("confidence"), inf.options.confidence);
        inference.insert(QStringLiteral("bootstrap"), QStringLiteral("multinomial resampling of individuals"));
        inference.insert(QStringLiteral("random_allocation"), QStringLiteral("fixed margins"));
        out.insert(QStringLiteral("inference"), inference);
    }
    return out;
}

void printTable(QTextStream& out, const IndexInput& input, const IndicesResult& r, const IndicesOptions& options)
{
    const QLocale locale;
    const auto fmt = [&](double v) { return std::isfinite(v) ? locale.toString(v, 'f', 3) : QStringLiteral("-"); };
    out << tr("Units: %1 (total %2); groups: %3")
               .arg(locale.toString(input.unitCount()), locale.toString(input.total(), 'f', 0), input.groups().join(QStringLiteral(", ")))
        << '\n';
    if (!input.skippedUnitIds().isEmpty())
        out << tr("Left out (no members in any group): %1").arg(input.skippedUnitIds().join(QStringLiteral(", "))) << '\n';

    const QList<SegregationSummary::Key> keys = SegregationSummary::keys(input.groups(), input.isOrdered());
    const std::vector<double> values = r.summary.values();
    const QHash<QString, QString> labels = {
        {QStringLiteral("dissimilarity"), tr("dissimilarity D")},
        {QStringLiteral("gini"), tr("Gini")},
        {QStringLiteral("theil_h"), tr("Theil H")},
        {QStringLiteral("isolation"), tr("isolation")},
        {QStringLiteral("exposure"), tr("exposure (chance of meeting the others)")},
        {QStringLiteral("correlation_ratio"), tr("correlation ratio")},
        {QStringLiteral("atkinson_0.1"), tr("Atkinson (b = 0.1)")},
        {QStringLiteral("atkinson_0.5"), tr("Atkinson (b = 0.5)")},
        {QStringLiteral("atkinson_0.9"), tr("Atkinson (b = 0.9)")},
        {QStringLiteral("mutual_information"), tr("mutual information M")},
        {QStringLiteral("normalized_exposure"), tr("normalised exposure")},
        {QStringLiteral("ordinal_variation"), tr("ordinal variation (ordered groups)")},
    };
    QString section;
    for (qsizetype j = 0; j < keys.size(); ++j) {
        const QString heading = keys[j].group.isEmpty() ? tr("All groups together") : tr("%1 against the rest").arg(keys[j].group);
        if (heading != section) {
            out << '\n' << heading << '\n';
            section = heading;
        }
        out << "  " << labels.value(keys[j].name, keys[j].name).leftJustified(42) << fmt(values[static_cast<size_t>(j)]);
        if (r.inference) {
            const InferenceReport::Estimate& e = r.inference->estimates[static_cast<size_t>(j)];
            out << "   " << tr("%1% interval %2 to %3; at random %4; bias-corrected %5; p = %6")
                              .arg(locale.toString(r.inference->options.confidence * 100, 'f', 0), fmt(e.ciLow), fmt(e.ciHigh),
                                   fmt(e.expectedRandom), fmt(e.biasCorrected), fmt(e.pValue));
        }
        out << '\n';
    }

    if (r.decomposition) {
        const EntropyDecomposition& d = *r.decomposition;
        out << '\n'
            << tr("Mutual information M split by \"%1\": between %2 (%3%), within %4 (%5%)")
                   .arg(options.byColumn, fmt(d.between), locale.toString(d.total > 0 ? 100 * d.between / d.total : 0.0, 'f', 1),
                        fmt(d.within), locale.toString(d.total > 0 ? 100 * d.within / d.total : 0.0, 'f', 1))
            << '\n';
    }

    out << '\n' << tr("Per unit") << '\n';
    out << "  " << tr("id").leftJustified(16) << tr("local M").rightJustified(10) << tr("local D").rightJustified(10);
    for (const QString& g : input.groups())
        out << tr("LQ %1").arg(g).rightJustified(12);
    out << '\n';
    const qsizetype K = input.groupCount();
    for (qsizetype i = 0; i < r.local.unitIds.size(); ++i) {
        const auto u = static_cast<size_t>(i);
        out << "  " << r.local.unitIds[i].leftJustified(16) << fmt(r.local.localM[u]).rightJustified(10)
            << fmt(r.local.localDissimilarity[u]).rightJustified(10);
        for (qsizetype k = 0; k < K; ++k)
            out << fmt(r.local.locationQuotient[static_cast<size_t>(i * K + k)]).rightJustified(12);
        out << '\n';
    }
}

} // namespace

int runIndices(const QStringList& args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Segregation indices of a units x groups table (one CSV line per school or area)."));
    parser.addHelpOption();
    const QCommandLineOption unitsOpt(QStringLiteral("units"), tr("CSV file with one line per unit."), tr("FILE"));
    const QCommandLineOption idOpt(QStringLiteral("id"), tr("Column with the unit id."), tr("COLUMN"));
    const QCommandLineOption groupsOpt(QStringLiteral("groups"), tr("Comma-separated count columns, one per group."), tr("G1,G2,..."));
    const QCommandLineOption byOpt(QStringLiteral("by"), tr("Column grouping the units into areas: splits M into between and within."), tr("COLUMN"));
    const QCommandLineOption orderedOpt(QStringLiteral("ordered"), tr("The groups are ordered tiers, lowest first (adds the ordinal index)."));
    const QCommandLineOption bootstrapOpt(QStringLiteral("bootstrap"), tr("Replicates for confidence intervals and random allocation."), tr("N"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), tr("Seed of the simulations (default 1)."), tr("S"), QStringLiteral("1"));
    const QCommandLineOption confidenceOpt(QStringLiteral("confidence"), tr("Confidence level of the intervals (default 0.95)."), tr("LEVEL"),
                                           QStringLiteral("0.95"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), tr("Threads for the simulations (default: all cores; results do not change)."),
                                        tr("N"), QStringLiteral("0"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object instead of a table."));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), tr("Compute N times and print the median time on stderr."), tr("N"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), tr("Language of messages (nl or en)."), tr("LANG"));
    parser.addOptions({unitsOpt, idOpt, groupsOpt, byOpt, orderedOpt, bootstrapOpt, seedOpt, confidenceOpt, threadsOpt, jsonOpt, repeatOpt, langOpt});
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n' << parser.helpText();
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet(unitsOpt) || !parser.isSet(idOpt) || !parser.isSet(groupsOpt)) {
        err << tr("--units, --id and --groups are required.") << '\n' << parser.helpText();
        return 2;
    }

    IndicesOptions options;
    options.unitsPath = parser.value(unitsOpt);
    options.idColumn = parser.value(idOpt);
    for (const QString& g : parser.value(groupsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.groups.append(g.trimmed());
    options.byColumn = parser.value(byOpt);
    options.ordered = parser.isSet(orderedOpt);
    options.json = parser.isSet(jsonOpt);
    bool ok = true;
    const auto intOption = [&](const QCommandLineOption& o, int minimum, int fallback) {
        if (!parser.isSet(o) && o.defaultValues().isEmpty())
            return fallback;
        bool valid = false;
        const int v = parser.value(o).toInt(&valid);
        if (!valid || v < minimum) {
            err << tr("--%1 needs a whole number of at least %2, not \"%3\".").arg(o.names().first()).arg(minimum).arg(parser.value(o)) << '\n';
            ok = false;
        }
        return v;
    };
    options.repeat = intOption(repeatOpt, 1, 0);
    options.withInference = parser.isSet(bootstrapOpt);
    options.inference.replicates = intOption(bootstrapOpt, 2, 0);
    options.inference.threads = intOption(threadsOpt, 0, 0);
    options.inference.seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok)
        err << tr("--seed needs a whole number of 0 or more, not \"%1\".").arg(parser.value(seedOpt)) << '\n';
    bool confidenceOk = false;
    options.inference.confidence = parser.value(confidenceOpt).toDouble(&confidenceOk);
    if (!confidenceOk || !(options.inference.confidence > 0 && options.inference.confidence < 1)) {
        err << tr("--confidence needs a number between 0 and 1, such as 0.95.") << '\n';
        ok = false;
    }
    if (!ok)
        return 2;

    auto table = CsvTable::read(options.unitsPath);
    if (!table) {
        err << table.error().toString() << '\n';
        return 1;
    }
    auto input = IndexInput::fromCsvTable(*table, options.idColumn, options.groups);
    if (!input) {
        err << QFileInfo(options.unitsPath).fileName() << ": " << input.error().toString() << '\n';
        return 1;
    }
    input->setOrdered(options.ordered);
    for (const Diagnostic& d : input->diagnostics().items())
        err << QFileInfo(options.unitsPath).fileName() << ": " << d.message << '\n';

    QStringList areaOfUnit;
    if (!options.byColumn.isEmpty()) {
        const qsizetype byCol = table->columnIndex(options.byColumn);
        if (byCol < 0) {
            err << tr("%1 has no column \"%2\". Its columns are: %3.")
                       .arg(QFileInfo(options.unitsPath).fileName(), options.byColumn, table->headers().join(QStringLiteral(", ")))
                << '\n';
            return 1;
        }
        QHash<QString, QString> areaOfId;
        const qsizetype idCol = table->columnIndex(options.idColumn);
        for (qsizetype row = 0; row < table->rowCount(); ++row)
            areaOfId.insert(table->text(row, idCol), table->text(row, byCol));
        for (const QString& id : input->unitIds())
            areaOfUnit.append(areaOfId.value(id));
    }

    auto result = computeAll(*input, areaOfUnit, options);
    if (!result) {
        err << QFileInfo(options.unitsPath).fileName() << ": " << result.error().toString() << '\n';
        return 1;
    }
    if (options.repeat > 0) {
        const double seconds = medianSeconds(options.repeat, [&] { (void)computeAll(*input, areaOfUnit, options); });
        err << "compute seconds: median=" << QString::number(seconds, 'g', 6) << '\n';
    }

    QTextStream out(stdout);
    if (options.json)
        out << QJsonDocument(toJson(*input, *result, options)).toJson(QJsonDocument::Indented);
    else
        printTable(out, *input, *result, options);
    return 0;
}

} // namespace Mk::Cli
