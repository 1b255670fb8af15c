// SPDX-License-Identifier: GPL-3.0-or-later
#include "choice/calibrationreport.h"

#include "choice/flowfitdata.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Mk {

namespace {

constexpr double kNearestToleranceMetres = 1.0;

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonArray numbers(const std::vector<double>& values)
{
    QJsonArray out;
    for (double v : values)
        out.append(number(v));
    return out;
}

CalibrationReport::DistanceSummary summarise(const DistanceDistribution& d, const std::vector<double>& edges)
{
    return {d.binShares(edges), d.mean(), d.quantile(0.5), d.quantile(0.9), d.total()};
}

QJsonObject distanceJson(const CalibrationReport::DistanceSummary& d)
{
    return {{QStringLiteral("shares"), numbers(d.shares)},
            {QStringLiteral("mean_m"), number(d.mean)},
            {QStringLiteral("median_m"), number(d.median)},
            {QStringLiteral("p90_m"), number(d.percentile90)},
            {QStringLiteral("pupils"), number(d.pupils)}};
}

} // namespace

SimulatedChoices SimulatedChoices::fromPredictedFlows(const FlowFitData& data, const PredictedFlows& predicted, const QString& group)
{
    const auto I = static_cast<size_t>(data.originCount());
    const auto J = static_cast<size_t>(data.schoolCount());
    const auto G = static_cast<size_t>(data.groupCount());
    SimulatedChoices out;
    out.pupils.assign(J, 0.0);
    for (size_t i = 0; i < I; ++i)
        for (size_t j = 0; j < J; ++j) {
            const double n = predicted.counts[i * J + j];
            out.pupils[j] += n;
            out.distances.add(data.distance(static_cast<qsizetype>(i), static_cast<qsizetype>(j)), n);
        }
    out.nearestShare = CalibrationReportBuilder::nearestShare(data, predicted.counts);
    const qsizetype g = data.groups.indexOf(group);
    if (g >= 0 && predicted.groupCounts.size() == I * J * G) {
        out.group = group;
        out.groupShares.assign(J, std::numeric_limits<double>::quiet_NaN());
        for (size_t j = 0; j < J; ++j) {
            double inGroup = 0.0;
            for (size_t i = 0; i < I; ++i)
                inGroup += predicted.groupCounts[(i * J + j) * G + static_cast<size_t>(g)];
            if (out.pupils[j] > 0.0)
                out.groupShares[j] = inGroup / out.pupils[j];
        }
    }
    out.description = CalibrationReport::tr("expected choices of the fitted logit at the postcode centroids");
    return out;
}

QJsonObject CalibrationReport::toJson() const
{
    QJsonArray rows;
    for (const SchoolRow& s : schools)
        rows.append(QJsonObject{{QStringLiteral("id"), s.id},
                                {QStringLiteral("name"), s.name},
                                {QStringLiteral("observed"), number(s.observed)},
                                {QStringLiteral("simulated"), number(s.simulated)},
                                {QStringLiteral("full"), s.full}});
    QJsonObject o{
        {QStringLiteral("simulated_from"), simulatedFrom},
        {QStringLiteral("observed_pupils"), number(observedPupils)},
        {QStringLiteral("simulated_pupils"), number(simulatedPupils)},
        {QStringLiteral("schools"), rows},
        {QStringLiteral("distance"), QJsonObject{{QStringLiteral("bin_upper_edges_m"), numbers(binUpperEdges)},
                                                 {QStringLiteral("observed"), distanceJson(observedDistance)},
                                                 {QStringLiteral("simulated"), distanceJson(simulatedDistance)}}},
        {QStringLiteral("nearest_school_share"), QJsonObject{{QStringLiteral("observed"), number(observedNearestShare)},
                                                             {QStringLiteral("simulated"), number(simulatedNearestShare)}}},
        {QStringLiteral("fit"), QJsonValue::Null},
        {QStringLiteral("schoolweging"), QJsonValue::Null},
    };
    if (fit)
        o.insert(QStringLiteral("fit"), QJsonObject{{QStringLiteral("pupils"), number(fit->pupils)},
                                                    {QStringLiteral("log_likelihood"), number(fit->logLikelihood)},
                                                    {QStringLiteral("null_log_likelihood"), number(fit->nullLogLikelihood)},
                                                    {QStringLiteral("pseudo_r2"), number(fit->pseudoR2)}});
    if (schoolweging)
        o.insert(QStringLiteral("schoolweging"), QJsonObject{{QStringLiteral("group"), schoolweging->group},
                                                             {QStringLiteral("schools"), schoolweging->schools},
                                                             {QStringLiteral("pearson_r"), number(schoolweging->pearsonR)},
                                                             {QStringLiteral("slope"), number(schoolweging->slope)},
                                                             {QStringLiteral("intercept"), number(schoolweging->intercept)}});
    return o;
}

DistanceDistribution CalibrationReportBuilder::observedDistances(const FlowFitData& data)
{
    DistanceDistribution d;
    for (qsizetype i = 0; i < data.originCount(); ++i)
        for (qsizetype j = 0; j < data.schoolCount(); ++j)
            d.add(data.distance(i, j), data.count(i, j));
    return d;
}

std::vector<bool> CalibrationReportBuilder::nearestSchools(const FlowFitData& data)
{
    const auto J = static_cast<size_t>(data.schoolCount());
    std::vector<bool> out(static_cast<size_t>(data.originCount()) * J, false);
    for (qsizetype i = 0; i < data.originCount(); ++i) {
        double nearest = std::numeric_limits<double>::infinity();
        for (qsizetype j = 0; j < data.schoolCount(); ++j)
            nearest = std::min(nearest, data.distance(i, j));
        for (qsizetype j = 0; j < data.schoolCount(); ++j)
            out[static_cast<size_t>(i) * J + static_cast<size_t>(j)] = data.distance(i, j) <= nearest + kNearestToleranceMetres;
    }
    return out;
}

double CalibrationReportBuilder::nearestShare(const FlowFitData& data, const std::vector<double>& flows)
{
    const std::vector<bool> nearest = nearestSchools(data);
    double atNearest = 0.0, all = 0.0;
    for (size_t c = 0; c < flows.size() && c < nearest.size(); ++c) {
        all += flows[c];
        atNearest += nearest[c] ? flows[c] : 0.0;
    }
    return all > 0.0 ? atNearest / all : std::numeric_limits<double>::quiet_NaN();
}

std::optional<CalibrationReport::SchoolwegingComparison> CalibrationReportBuilder::compare(const std::vector<double>& share,
                                                                                           const std::vector<double>& schoolweging)
{
    double n = 0.0, sx = 0.0, sy = 0.0;
    for (size_t k = 0; k < share.size() && k < schoolweging.size(); ++k)
        if (std::isfinite(share[k]) && std::isfinite(schoolweging[k])) {
            n += 1.0;
            sx += share[k];
            sy += schoolweging[k];
        }
    if (n < 3.0)
        return std::nullopt;
    const double mx = sx / n, my = sy / n;
    double sxx = 0.0, syy = 0.0, sxy = 0.0;
    for (size_t k = 0; k < share.size() && k < schoolweging.size(); ++k)
        if (std::isfinite(share[k]) && std::isfinite(schoolweging[k])) {
            sxx += (share[k] - mx) * (share[k] - mx);
            syy += (schoolweging[k] - my) * (schoolweging[k] - my);
            sxy += (share[k] - mx) * (schoolweging[k] - my);
        }
    // Spread below rounding (a constant share computed in floating point) is no spread.
    if (!(sxx > 1e-12 * n * std::max(1.0, mx * mx)) || !(syy > 1e-12 * n * std::max(1.0, my * my)))
        return std::nullopt;
    CalibrationReport::SchoolwegingComparison out;
    out.schools = static_cast<int>(n);
    out.pearsonR = sxy / std::sqrt(sxx * syy);
    out.slope = sxy / sxx;
    out.intercept = my - out.slope * mx;
    return out;
}

Mk::Result<CalibrationReport> CalibrationReportBuilder::build(const FlowFitData& observed, const SimulatedChoices& simulated,
                                                              const std::optional<ChoiceModelFitSummary>& fit)
{
    const auto J = static_cast<size_t>(observed.schoolCount());
    if (simulated.pupils.size() != J || (!simulated.full.empty() && simulated.full.size() != J)
        || (!simulated.groupShares.empty() && simulated.groupShares.size() != J))
        return fail(ErrorCode::InvalidArgument, tr("The simulated figures do not hold one value per school of the flows (%1 schools).").arg(J));
    CalibrationReport r;
    r.simulatedFrom = simulated.description;
    r.binUpperEdges = DistanceDistribution::reportBinEdges();
    for (size_t j = 0; j < J; ++j) {
        const FlowSchool& s = observed.schools[static_cast<qsizetype>(j)];
        CalibrationReport::SchoolRow row{s.id, s.name, observed.schoolTotal(static_cast<qsizetype>(j)), simulated.pupils[j],
                                         !simulated.full.empty() && simulated.full[j]};
        r.observedPupils += row.observed;
        r.simulatedPupils += row.simulated;
        r.schools.append(row);
    }
    r.observedDistance = summarise(observedDistances(observed), r.binUpperEdges);
    r.simulatedDistance = summarise(simulated.distances, r.binUpperEdges);
    r.fit = fit;
    r.observedNearestShare = nearestShare(observed, observed.counts);
    r.simulatedNearestShare = simulated.nearestShare;
    if (!simulated.group.isEmpty() && !simulated.groupShares.empty()) {
        std::vector<double> weging(J, std::numeric_limits<double>::quiet_NaN());
        for (size_t j = 0; j < J; ++j)
            if (const auto& w = observed.schools[static_cast<qsizetype>(j)].schoolweging; w && simulated.pupils[j] > 0.0)
                weging[j] = *w;
        r.schoolweging = compare(simulated.groupShares, weging);
        if (r.schoolweging)
            r.schoolweging->group = simulated.group;
    }
    return r;
}

} // namespace Mk
