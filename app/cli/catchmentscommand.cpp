// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "cli/clicommands.h"
#include "cli/dataoptions.h"

#include "catchment/catchmentanalysis.h"
#include "catchment/catchmentlayerwriter.h"
#include "catchment/schoolwegingmodel.h"
#include "index/indexcatalogue.h"
#include "privacy/smallcellsuppressor.h"
#include "project/catchmentoptionsjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

/** The most bootstrap replicates a project keeps (CatchmentOptionsJson checks the same range). */
constexpr int kMaxBootstrap = 100000;

double rowTotal(const GroupTable& t, qsizetype row)
{
    double total = 0.0;
    for (qsizetype k = 0; row >= 0 && k < t.groupCount(); ++k)
        total += t.cell(row, k).valueOr(0.0);
    return total;
}

QJsonObject schoolJson(const Dataset& ds, const CatchmentResult& r, const AfspiegelingRow& row)
{
    const qsizetype schoolIndex = ds.schoolIndex(row.schoolId);
    QJsonObject school{{QStringLiteral("id"), row.schoolId},
                       {QStringLiteral("name"), schoolIndex >= 0 ? ds.schools[schoolIndex].name : QString()},
                       {QStringLiteral("pupils"), row.pupilsSuppressed ? QJsonValue(QJsonValue::Null) : jsonNumber(row.pupils)},
                       {QStringLiteral("pupils_source"), r.pupilSourceKeyOf(row, ds)},
                       {QStringLiteral("estimated"), row.estimated},
                       {QStringLiteral("verdict"), row.verdictKey()},
                       {QStringLiteral("verdict_group"), row.verdictGroup},
                       {QStringLiteral("verdict_gap_pp"), row.showsVerdictGap() ? jsonNumber(row.verdictGapPp) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("label"), row.label(r.schoolComposition)}};
    const qsizetype crow = r.catchmentComposition.unitIds.indexOf(row.schoolId);
    QJsonObject catchment{{QStringLiteral("children"), jsonNumber(rowTotal(r.catchmentComposition, crow))}};
    for (const Catchment& c : r.catchments) {
        if (c.schoolId != row.schoolId)
            continue;
        catchment.insert(QStringLiteral("shared_with"), c.sharedWith);
        if (c.method == CatchmentMethod::Buffer)
            catchment.insert(QStringLiteral("distance_m"), c.distance);
        if (c.method == CatchmentMethod::Observed) {
            catchment.insert(QStringLiteral("postcodes"), QJsonArray::fromStringList(c.postcodes));
            catchment.insert(QStringLiteral("supplied_share"), c.suppliedShare);
            catchment.insert(QStringLiteral("unmapped_share"), c.unmappedShare);
        }
    }
    QJsonObject catchmentShares, schoolShares, gaps;
    for (const AfspiegelingGroup& g : row.groups) {
        const bool hide = g.suppressed;
        catchmentShares.insert(g.group, g.catchmentShare);
        schoolShares.insert(g.group, hide ? QJsonValue(QJsonValue::Null) : QJsonValue(g.schoolShare));
        gaps.insert(g.group, hide ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(QJsonObject{{QStringLiteral("gap"), jsonNumber(g.gapPp)},
                                                           {QStringLiteral("ci"), QJsonArray{jsonNumber(g.gapLowPp), jsonNumber(g.gapHighPp)}},
                                                           {QStringLiteral("gemeente_gap"), jsonNumber(g.gemeenteGapPp)}}));
    }
    catchment.insert(QStringLiteral("shares"), catchmentShares);
    school.insert(QStringLiteral("catchment"), catchment);
    const SesComparison* ses = r.sesOf(row);
    school.insert(QStringLiteral("schoolweging"), ses && ses->schoolweging ? jsonNumber(*ses->schoolweging) : QJsonValue(QJsonValue::Null));
    school.insert(QStringLiteral("schoolweging_expected"),
                  ses && ses->expected ? QJsonValue(QJsonObject{{QStringLiteral("mean"), jsonNumber(ses->expected->mean)},
                                                                {QStringLiteral("lo"), jsonNumber(ses->expected->low)},
                                                                {QStringLiteral("hi"), jsonNumber(ses->expected->high)}})
                                       : QJsonValue(QJsonValue::Null));
    school.insert(QStringLiteral("ses_verdict"), ses ? ses->verdictKey() : QStringLiteral("no_prediction"));
    school.insert(QStringLiteral("ses_gap"), ses && ses->hasVerdict()
                                                 ? QJsonValue(QJsonObject{{QStringLiteral("gap"), jsonNumber(ses->gap)},
                                                                          {QStringLiteral("ci"), QJsonArray{jsonNumber(ses->gapLow), jsonNumber(ses->gapHigh)}}})
                                                 : QJsonValue(QJsonValue::Null));
    if (ses)
        school.insert(QStringLiteral("ses_label"), ses->label());
    const bool sesHeadline = r.compositionIsEstimate() && ses && ses->hasVerdict();
    school.insert(QStringLiteral("headline"), QJsonObject{{QStringLiteral("source"), sesHeadline ? QStringLiteral("ses") : QStringLiteral("composition")},
                                                          {QStringLiteral("label"), sesHeadline ? ses->label() : row.label(r.schoolComposition)}});
    school.insert(QStringLiteral("school_shares"), schoolShares);
    school.insert(QStringLiteral("gaps_pp"), gaps);
    return school;
}

QJsonObject sesJson(const CatchmentResult& r)
{
    const SesGapSpread& g = r.sesSpread;
    QJsonObject out{{QStringLiteral("threshold_points"), r.options.ses.thresholdPoints},
                    {QStringLiteral("confidence"), r.options.ses.confidence},
                    {QStringLiteral("available"), !r.ses.isEmpty()},
                    {QStringLiteral("gaps"), QJsonObject{{QStringLiteral("schools"), g.schools},
                                                         {QStringLiteral("mean"), jsonNumber(g.mean)},
                                                         {QStringLiteral("sd"), jsonNumber(g.sd)},
                                                         {QStringLiteral("min"), jsonNumber(g.min)},
                                                         {QStringLiteral("max"), jsonNumber(g.max)},
                                                         {QStringLiteral("differs"), g.differs},
                                                         {QStringLiteral("possibly_differs"), g.possiblyDiffers},
                                                         {QStringLiteral("mirrors"), g.mirrors}}}};
    if (const auto& model = SchoolwegingModel::shipped())
        out.insert(QStringLiteral("model"), model->validation.toJson());
    return out;
}

QJsonObject toJson(const Dataset& ds, const CatchmentResult& r, const QString& out, const QString& layer)
{
    QJsonObject gemeenteShares;
    const QStringList& groups = r.catchmentComposition.groups;
    for (qsizetype k = 0; k < groups.size(); ++k)
        gemeenteShares.insert(groups[k], r.gemeenteShares[static_cast<size_t>(k)]);
    QJsonArray schools;
    for (const AfspiegelingRow& row : r.afspiegeling)
        schools.append(schoolJson(ds, r, row));
    QJsonArray indices;
    for (const ResidentialChoiceRow& row : r.split.rows)
        indices.append(QJsonObject{{QStringLiteral("index"), IndexCatalogue::key(row.index)},
                                   {QStringLiteral("group"), row.group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.group)},
                                   {QStringLiteral("observed"), jsonNumber(row.observed)},
                                   {QStringLiteral("observed_ci"), QJsonArray{jsonNumber(row.observedLow), jsonNumber(row.observedHigh)}},
                                   {QStringLiteral("residential"), jsonNumber(row.residential)},
                                   {QStringLiteral("residential_ci"), QJsonArray{jsonNumber(row.residentialLow), jsonNumber(row.residentialHigh)}},
                                   {QStringLiteral("choice"), jsonNumber(row.choice)},
                                   {QStringLiteral("choice_ci"), QJsonArray{jsonNumber(row.choiceLow), jsonNumber(row.choiceHigh)}},
                                   {QStringLiteral("choice_ci_centred"), QJsonArray{jsonNumber(row.centredChoiceLow()), jsonNumber(row.centredChoiceHigh())}},
                                   {QStringLiteral("choice_bias_corrected"), jsonNumber(row.choiceBiasCorrected)}});
    // The loader's notes first, then the analysis's: everything a reader should know about this output.
    Diagnostics diagnostics = ds.diagnostics;
    diagnostics.append(r.diagnostics);
    const CatchmentOptions& o = r.options;
    QJsonObject method{{QStringLiteral("name"), catchmentMethodKey(o.method)}};
    if (o.method == CatchmentMethod::Buffer)
        method.insert(QStringLiteral("distance_m"), o.distance);
    if (o.method == CatchmentMethod::Observed)
        method.insert(QStringLiteral("share"), o.share);
    return QJsonObject{
        {QStringLiteral("gemeente"), QJsonObject{{QStringLiteral("code"), ds.gemeenteCode},
                                                 {QStringLiteral("name"), ds.gemeenteName},
                                                 {QStringLiteral("children"), r.gemeenteChildren},
                                                 {QStringLiteral("shares"), gemeenteShares}}},
        {QStringLiteral("method"), method},
        {QStringLiteral("out"), out.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(out)},
        {QStringLiteral("layer"), layer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(layer)},
        {QStringLiteral("characteristic"), r.catchmentComposition.characteristic},
        {QStringLiteral("reference_resolution"), r.referenceResolution == AreaLevel::Postcode4 ? QStringLiteral("pc4") : QStringLiteral("areas")},
        {QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
        {QStringLiteral("school_composition"), QJsonObject{{QStringLiteral("source"), schoolCompositionSourceKey(r.schoolCompositionSource)},
                                                           {QStringLiteral("estimated"), r.schoolComposition.estimated},
                                                           {QStringLiteral("description"), r.schoolCompositionDescription()}}},
        {QStringLiteral("privacy_threshold"), o.afspiegeling.privacyThreshold},
        {QStringLiteral("afspiegeling"), QJsonObject{{QStringLiteral("threshold_pp"), o.afspiegeling.thresholdPp},
                                                     {QStringLiteral("confidence"), o.afspiegeling.confidence},
                                                     {QStringLiteral("min_pupils"), o.afspiegeling.minPupils}}},
        {QStringLiteral("schools"), schools},
        {QStringLiteral("ses_afspiegeling"), sesJson(r)},
        {QStringLiteral("residential_choice"), QJsonObject{{QStringLiteral("counterfactual"), QStringLiteral("nearest_school")},
                                                           {QStringLiteral("observed_is_estimate"), r.split.observedIsEstimate},
                                                           {QStringLiteral("replicates"), r.split.replicates},
                                                           {QStringLiteral("seed"), QString::number(r.split.seed)},
                                                           {QStringLiteral("indices"), indices}}},
        {QStringLiteral("diagnostics"), diagnosticsJson(diagnostics)},
    };
}

void printText(QTextStream& out, const Dataset& ds, const CatchmentResult& r, const QString& path, const QString& layer)
{
    const QLocale locale;
    out << tr("Catchments (%1) of %2: layer %3 written to %4").arg(catchmentMethodKey(r.options.method), ds.gemeenteName, layer, path)
        << '\n'
        << tr("School composition: %1").arg(r.schoolCompositionDescription()) << '\n';
    if (r.referenceResolution == AreaLevel::Postcode4)
        out << tr("Catchments and the nearest-school counterfactual use the mix of whole postcode areas, the resolution of "
                  "this estimate.")
            << '\n';
    out << '\n';
    for (const AfspiegelingRow& row : r.afspiegeling) {
        const qsizetype i = ds.schoolIndex(row.schoolId);
        out << row.schoolId.leftJustified(8) << (i >= 0 ? ds.schools[i].name : QString()).left(40).leftJustified(42)
            << (row.pupilsSuppressed ? SmallCellSuppressor::create(r.options.afspiegeling.privacyThreshold)->suppressedText()
                                     : pupilsText(row.pupils, r.pupilSourceOf(row, ds).value_or(PupilSource::SchoolFile)))
                   .rightJustified(15)
            << "  " << row.label(r.schoolComposition);
        if (row.showsVerdictGap())
            out << "  " << tr("(%1 points)").arg(locale.toString(row.verdictGapPp, 'f', 1));
        if (const SesComparison* ses = r.sesOf(row))
            out << "  | " << tr("SES: %1").arg(ses->label());
        out << '\n';
    }
    if (r.sesSpread.schools > 0) {
        const SesGapSpread& g = r.sesSpread;
        out << '\n'
            << tr("SES afspiegeling (schoolweging against what the pupils' home postcodes predict): %1 schools, gap mean %2, SD %3, "
                  "from %4 to %5 points; %6 differ, %7 possibly differ, %8 mirror their neighbourhoods")
                   .arg(locale.toString(g.schools), locale.toString(g.mean, 'f', 1), locale.toString(g.sd, 'f', 1),
                        locale.toString(g.min, 'f', 1), locale.toString(g.max, 'f', 1), locale.toString(g.differs),
                        locale.toString(g.possiblyDiffers), locale.toString(g.mirrors))
            << '\n';
    }
    out << '\n'
        << (r.split.observedIsEstimate ? tr("Residential versus choice (all groups; observed values are estimates):")
                                       : tr("Residential versus choice (all groups):"))
        << '\n';
    for (const ResidentialChoiceRow& row : r.split.rows) {
        if (!row.group.isEmpty())
            continue;
        out << "  " << IndexCatalogue::key(row.index).leftJustified(22)
            << tr("observed %1, nearest school %2, added by choice %3 [%4; %5]")
                   .arg(locale.toString(row.observed, 'f', 3), locale.toString(row.residential, 'f', 3),
                        locale.toString(row.choice, 'f', 3), locale.toString(row.centredChoiceLow(), 'f', 3),
                        locale.toString(row.centredChoiceHigh(), 'f', 3))
            << '\n';
    }
    Diagnostics diagnostics = ds.diagnostics;
    diagnostics.append(r.diagnostics);
    if (diagnostics.count(Diagnostic::Severity::Warning) + diagnostics.count(Diagnostic::Severity::Error) > 0)
        out << '\n';
    printWarnings(out, diagnostics);
}

} // namespace

int runCatchments(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Builds school catchment areas, compares every school with its catchment and the "
                                        "gemeente (afspiegeling), splits segregation into a residential part and a part "
                                        "added by choice, and writes a GeoPackage layer."));
    parser.addHelpOption();
    addDataOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("method"), tr("voronoi (nearest school), buffer (distance band) or observed "
                                                                     "(postcodes the pupils come from); default voronoi, or the project's"),
                                        QStringLiteral("voronoi|buffer|observed")));
    parser.addOption(QCommandLineOption(QStringLiteral("distance"), tr("buffer radius in metres (default 1000, or the project's)"), QStringLiteral("M")));
    parser.addOption(QCommandLineOption(QStringLiteral("share"), tr("observed: share of pupils the catchment must supply (default 0.8, or the project's)"),
                                        QStringLiteral("SHARE")));
    parser.addOption(QCommandLineOption(QStringLiteral("characteristic"), tr("which group table of the areas to use (default: the first)"),
                                        QStringLiteral("NAME")));
    // Here --threshold has always been the afspiegeling gap; the privacy threshold is --privacy-threshold, as everywhere.
    parser.addOption(QCommandLineOption(QStringLiteral("threshold"), tr("afspiegeling: minimum gap in percentage points (default 10, or "
                                                                        "the project's); not the privacy threshold, which is "
                                                                        "--privacy-threshold"),
                                        QStringLiteral("PP")));
    addPrivacyThresholdOption(parser, false);
    parser.addOption(QCommandLineOption(QStringLiteral("ses-threshold"), tr("SES afspiegeling: minimum gap in schoolweging points "
                                                                            "for \"differs\" (default 4)"),
                                        QStringLiteral("POINTS")));
    parser.addOption(QCommandLineOption(QStringLiteral("bootstrap"), tr("bootstrap replicates for the residential/choice intervals (default 500)"),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), tr("random seed of the bootstrap"), QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("GeoPackage to write (created, or a layer added/replaced)"), QStringLiteral("FILE.gpkg")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("print the per-school table and the residential/choice split as JSON")));
    parser.addOption(QCommandLineOption(QStringLiteral("progress"), tr("report progress on stderr")));
    QTextStream err(stderr);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    const auto privacyThreshold = privacyThresholdFrom(parser, false);
    if (!privacyThreshold) {
        err << privacyThreshold.error().toString() << '\n';
        return 2;
    }
    std::optional<CatchmentMethod> method;
    if (parser.isSet(QStringLiteral("method"))) {
        method = catchmentMethodFromKey(parser.value(QStringLiteral("method")));
        if (!method) {
            err << tr("Unknown method \"%1\": use voronoi, buffer or observed.").arg(parser.value(QStringLiteral("method"))) << '\n';
            return 2;
        }
    }
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty() && !parser.isSet(QStringLiteral("json"))) {
        err << tr("Give the GeoPackage to write with --out FILE.gpkg (or print JSON only with --json).") << '\n';
        return 2;
    }
    auto source = dataSourceFrom(parser);
    if (!source) {
        err << source.error().toString() << '\n';
        return 2;
    }
    // Numbers are checked before the (possibly long) load, so a typo fails at once.
    const QLocale c = QLocale::c();
    bool ok = true;
    QHash<QString, double> numbers;
    for (const char* name : {"distance", "share", "threshold", "ses-threshold", "bootstrap"}) {
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            continue;
        bool good = false;
        const double v = c.toDouble(parser.value(key), &good);
        // QLocale::toDouble() takes "nan" and "inf": neither is a distance, share, threshold or replicate count.
        if (!good || !std::isfinite(v)) {
            err << tr("--%1 needs a number (with a dot as decimal separator), got \"%2\".").arg(key, parser.value(key)) << '\n';
            ok = false;
        }
        numbers.insert(key, v);
    }
    bool seedOk = true;
    const quint64 seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toULongLong(&seedOk) : 0;
    const double bootstrap = numbers.value(QStringLiteral("bootstrap"));
    if (!ok || !seedOk || bootstrap < 0 || bootstrap > kMaxBootstrap) {
        if (ok)
            err << tr("--seed needs a whole number of 0 or more, --bootstrap one from 0 to %1.").arg(kMaxBootstrap) << '\n';
        return 2;
    }
    const bool verbose = parser.isSet(QStringLiteral("progress"));
    auto project = loadProject(*source, verbose);
    if (!project) {
        err << project.error().toString() << '\n';
        return 1;
    }
    // The project's saved settings, overridden by what the command line gives.
    CatchmentOptions options = project->catchments;
    options.afspiegeling.privacyThreshold = privacyThreshold->has_value() ? double(**privacyThreshold) : project->privacyThreshold;
    if (method)
        options.method = *method;
    const std::pair<const char*, double*> targets[] = {
        {"distance", &options.distance}, {"share", &options.share}, {"threshold", &options.afspiegeling.thresholdPp},
        {"ses-threshold", &options.ses.thresholdPoints}};
    for (const auto& [name, target] : targets)
        if (numbers.contains(QString::fromLatin1(name)))
            *target = numbers.value(QString::fromLatin1(name));
    if (numbers.contains(QStringLiteral("bootstrap")))
        options.split.replicates = static_cast<int>(bootstrap);
    if (parser.isSet(QStringLiteral("seed")))
        options.split.seed = seed;
    if (parser.isSet(QStringLiteral("characteristic")))
        options.characteristic = parser.value(QStringLiteral("characteristic"));
    const Dataset& ds = *project->dataset;
    Feedback feedback(progressOnStderr(verbose));
    auto result = CatchmentAnalysis::run(ds, options, feedback);
    if (!result) {
        err << result.error().toString() << '\n';
        return 1;
    }
    QString layer;
    if (!path.isEmpty()) {
        auto written = CatchmentLayerWriter::write(path, *result, ds);
        if (!written) {
            err << written.error().toString() << '\n';
            return 1;
        }
        layer = *written;
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(toJson(ds, *result, path, layer)).toJson(QJsonDocument::Indented);
    else
        printText(out, ds, *result, path, layer);
    return 0;
}

} // namespace Mk::Cli
