// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/benchmarks.h"
#include "cli/commandline.h"
#include "cli/dataoptions.h"

#include "base/feedback.h"
#include "choice/calibrationreport.h"
#include "choice/choicemodelfit.h"
#include "choice/flowfitdata.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

#include <optional>

namespace Mk::Cli {

namespace {

/** One pass of the work a scenario run starts with: flow table, fit, logit prediction and calibration report. */
struct ChoicePass {
    std::optional<FlowFitData> data;
    std::optional<ChoiceModelFit::Result> fit;
    std::optional<CalibrationReport> report;
    std::optional<Error> failure;
};

ChoicePass runPass(const Dataset& dataset, const FlowFitOptions& flowOptions, const ChoiceModelFit::Options& fitOptions,
                   const QString& group)
{
    ChoicePass pass;
    Feedback feedback;
    auto data = FlowFitData::fromDataset(dataset, flowOptions, feedback);
    if (!data) {
        pass.failure = data.error();
        return pass;
    }
    auto fit = ChoiceModelFit::fit(*data, fitOptions);
    if (!fit) {
        pass.failure = fit.error();
        return pass;
    }
    auto predicted = ChoiceModelFit::predict(*data, fit->parameters, fit->schoolConstants);
    if (!predicted) {
        pass.failure = predicted.error();
        return pass;
    }
    auto report = CalibrationReportBuilder::build(*data, SimulatedChoices::fromPredictedFlows(*data, *predicted, group),
                                                  fit->parameters.fit);
    if (!report) {
        pass.failure = report.error();
        return pass;
    }
    pass.data = std::move(*data);
    pass.fit = std::move(*fit);
    pass.report = std::move(*report);
    return pass;
}

/** Share below the `n`-th upper bin edge (250 m, 500 m, 1 km, ...) as three digits. */
QString shareBelowEdge(const CalibrationReport::DistanceSummary& d, size_t n)
{
    double share = 0.0;
    for (size_t b = 0; b < n && b < d.shares.size(); ++b)
        share += d.shares[b];
    return QString::number(share, 'f', 3);
}

QString metres(double m)
{
    return QString::number(m, 'f', 0) + QStringLiteral(" m");
}

} // namespace

int benchChoice(const QStringList& args, BenchFigures& figures)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Times the choice model fit on the DUO pupils-by-postcode flows and its calibration report."));
    parser.addHelpOption();
    addDataOptions(parser);
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), tr("timed runs after one warm-up (default 5)"), QStringLiteral("N"),
                                       QStringLiteral("5"));
    const QCommandLineOption formOpt(QStringLiteral("distance-form"), tr("km or ln_km (default km)"), QStringLiteral("FORM"),
                                     QStringLiteral("km"));
    const QCommandLineOption radiusOpt(QStringLiteral("radius"), tr("choice radius in metres (default 0: every school)"),
                                       QStringLiteral("M"), QStringLiteral("0"));
    const QCommandLineOption characteristicOpt(QStringLiteral("characteristic"),
                                               tr("group characteristic for a fit per group and the schoolweging comparison"),
                                               QStringLiteral("NAME"));
    const QCommandLineOption groupOpt(QStringLiteral("group"), tr("group whose simulated share is compared with the schoolweging"),
                                      QStringLiteral("NAME"));
    parser.addOptions({repeatOpt, formOpt, radiusOpt, characteristicOpt, groupOpt});
    QTextStream err(stderr);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    auto request = loadRequestFrom(parser);
    if (!request) {
        err << request.error().toString() << '\n';
        return 2;
    }
    const auto form = distanceFormFromKey(parser.value(formOpt));
    if (!form) {
        err << tr("--distance-form must be km or ln_km.") << '\n';
        return 2;
    }
    QElapsedTimer loadTimer;
    loadTimer.start();
    auto dataset = loadDataset(*request, false);
    if (!dataset) {
        err << dataset.error().toString() << '\n';
        return 1;
    }
    const double loadSeconds = static_cast<double>(loadTimer.nsecsElapsed()) * 1e-9;

    FlowFitOptions flowOptions;
    flowOptions.characteristic = parser.value(characteristicOpt);
    ChoiceModelFit::Options fitOptions;
    fitOptions.model.distanceForm = *form;
    fitOptions.model.choiceRadiusMetres = parser.value(radiusOpt).toDouble();
    ChoicePass pass;
    const MedianTiming t = timed(std::max(1, parser.value(repeatOpt).toInt()), [&] {
        pass = runPass(*dataset, flowOptions, fitOptions, parser.value(groupOpt));
    });
    if (pass.failure) {
        err << pass.failure->toString() << '\n';
        return 1;
    }
    const FlowFitData& data = *pass.data;
    const ChoiceModelFit::Result& fit = *pass.fit;
    const CalibrationReport& report = *pass.report;
    QTextStream out(stdout);
    figures.append({QStringLiteral("choice"), t.wall, t.cpu});
    out << "choice: flow table + fit + prediction + calibration report: median " << QString::number(t.wall * 1e3, 'f', 1)
        << " ms (data loaded once in " << QString::number(loadSeconds, 'f', 2) << " s)\n";
    out << "  fit: n = " << QString::number(fit.pupils, 'f', 1) << " pupils, " << data.originCount() << " home PC4s x "
        << data.schoolCount() << " schools; " << fit.iterations << " Newton iterations, " << fit.contractionIterations
        << " contraction iterations, converged " << (fit.converged ? "yes" : "no") << '\n';
    out << "  left out: " << QString::number(data.excluded.total() + fit.pupilsOutsideChoiceSet, 'f', 1) << " pupils (abroad/unknown "
        << QString::number(data.excluded.foreignOrUnknownHome, 'f', 1) << ", home PC4 without location "
        << QString::number(data.excluded.homeWithoutLocation, 'f', 1) << " in " << data.excluded.postcodesWithoutLocation
        << " PC4s, schools not modelled " << QString::number(data.excluded.schoolNotModelled, 'f', 1) << " at "
        << data.excluded.schoolsNotModelled << " schools, beyond the choice radius "
        << QString::number(fit.pupilsOutsideChoiceSet, 'f', 1) << ")\n";
    for (size_t b = 0; b < fit.parameters.beta.size(); ++b)
        out << "  beta" << (fit.parameters.sharedBeta() ? QString() : QStringLiteral(" [") + fit.parameters.groups[static_cast<qsizetype>(b)] + QLatin1Char(']'))
            << " = " << QString::number(fit.parameters.beta[b], 'f', 4) << " per " << distanceFormKey(*form) << " (SE "
            << QString::number(fit.parameters.betaStandardErrors[b], 'f', 4) << ")\n";
    out << "  " << fit.betaScope << '\n';
    out << "  log L = " << QString::number(fit.logLikelihood, 'f', 1) << ", null log L = " << QString::number(fit.nullLogLikelihood, 'f', 1)
        << ", McFadden pseudo-R2 = " << QString::number(fit.pseudoR2, 'f', 4) << '\n';
    out << "  distance observed: mean " << metres(report.observedDistance.mean) << ", median " << metres(report.observedDistance.median)
        << ", p90 " << metres(report.observedDistance.percentile90) << "; simulated: mean " << metres(report.simulatedDistance.mean)
        << ", median " << metres(report.simulatedDistance.median) << ", p90 " << metres(report.simulatedDistance.percentile90) << '\n';
    out << "  share < 250 m / < 1 km observed " << shareBelowEdge(report.observedDistance, 1) << " / "
        << shareBelowEdge(report.observedDistance, 3) << ", simulated " << shareBelowEdge(report.simulatedDistance, 1) << " / "
        << shareBelowEdge(report.simulatedDistance, 3)
        << "; at the nearest school observed " << QString::number(report.observedNearestShare, 'f', 3) << ", simulated "
        << QString::number(report.simulatedNearestShare, 'f', 3) << '\n';
    if (report.schoolweging)
        out << "  schoolweging vs simulated share of " << report.schoolweging->group << ": r = "
            << QString::number(report.schoolweging->pearsonR, 'f', 3) << " over " << report.schoolweging->schools << " schools, slope "
            << QString::number(report.schoolweging->slope, 'f', 2) << '\n';
    return 0;
}

} // namespace Mk::Cli
