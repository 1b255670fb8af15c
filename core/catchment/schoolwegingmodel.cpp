// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/schoolwegingmodel.h"

#include "catchment/afspiegeling.h"
#include "catchment/pc4profiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Mk {

namespace {

/** A derived term: a function of the pupil-weighted means (in the order of Pc4Profiles::variableNames()). */
struct DerivedTerm {
    const char* name;
    double (*value)(const std::vector<double>& m);
};

// Indices into the profile vector (Pc4Profiles::variableNames()).
constexpr size_t kNlBornOutsideEurope = 2, kAbroadOutsideEurope = 4, kLogWoz = 6, kBenefits = 7, kChildren = 15, kSesTotal = 18;

double outsideEurope(const std::vector<double>& m) { return m[kNlBornOutsideEurope] + m[kAbroadOutsideEurope]; }

// The schoolweging is a mean of a non-linear per-pupil score, so its relation to neighbourhood means bends:
// squares, one cube and two products where the national data show curvature.
const DerivedTerm kDerived[] = {
    {"ses_total_squared", [](const std::vector<double>& m) { return m[kSesTotal] * m[kSesTotal]; }},
    {"ses_total_cubed", [](const std::vector<double>& m) { return m[kSesTotal] * m[kSesTotal] * m[kSesTotal]; }},
    {"log_woz_squared", [](const std::vector<double>& m) { return m[kLogWoz] * m[kLogWoz]; }},
    {"origin_outside_europe_squared", [](const std::vector<double>& m) { return outsideEurope(m) * outsideEurope(m) / 100.0; }},
    {"origin_abroad_outside_europe_squared",
     [](const std::vector<double>& m) { return m[kAbroadOutsideEurope] * m[kAbroadOutsideEurope] / 100.0; }},
    {"benefits_share_squared", [](const std::vector<double>& m) { return m[kBenefits] * m[kBenefits]; }},
    {"origin_outside_europe_x_ses_total", [](const std::vector<double>& m) { return outsideEurope(m) * m[kSesTotal]; }},
    {"children_share_x_origin_outside_europe", [](const std::vector<double>& m) { return m[kChildren] * outsideEurope(m); }},
};

} // namespace

QJsonObject SchoolwegingValidation::toJson() const
{
    return {{QStringLiteral("folds"), folds},
            {QStringLiteral("schools"), schools},
            {QStringLiteral("r2"), r2},
            {QStringLiteral("residual_sd"), residualSd},
            {QStringLiteral("schoolweging_sd"), schoolwegingSd},
            {QStringLiteral("coverage"), coverage}};
}

const QStringList& SchoolwegingModel::featureNames()
{
    static const QStringList names = [] {
        QStringList n = Pc4Profiles::variableNames();
        for (const DerivedTerm& d : kDerived)
            n.append(QString::fromLatin1(d.name));
        return n;
    }();
    return names;
}

std::optional<std::vector<double>> SchoolwegingModel::schoolFeatures(const QList<QPair<QString, double>>& pupilsByPc4,
                                                                     const Pc4Profiles& profiles)
{
    const size_t nVars = static_cast<size_t>(Pc4Profiles::variableNames().size());
    std::vector<double> sum(nVars, 0.0), weight(nVars, 0.0);
    double total = 0.0;
    for (const auto& [pc4, pupils] : pupilsByPc4) {
        if (pc4.size() != 4 || !(pupils > 0.0))
            continue; // 10/20/30/40: abroad or unknown
        total += pupils;
        const std::vector<double>* p = profiles.find(pc4);
        if (!p)
            continue;
        for (size_t k = 0; k < nVars; ++k)
            if (!std::isnan((*p)[k])) {
                sum[k] += pupils * (*p)[k];
                weight[k] += pupils;
            }
    }
    if (!(total > 0.0))
        return std::nullopt;
    std::vector<double> means(nVars);
    for (size_t k = 0; k < nVars; ++k) {
        if (weight[k] < 0.5 * total)
            return std::nullopt;
        means[k] = sum[k] / weight[k];
    }
    std::vector<double> x = means;
    for (const DerivedTerm& d : kDerived)
        x.push_back(d.value(means));
    return x;
}

double SchoolwegingModel::samplingVariance(std::optional<double> spread, std::optional<double> pupils) const
{
    if (spread && pupils && *pupils > 0.0)
        return *spread * *spread / *pupils;
    return meanSamplingVariance;
}

SchoolwegingPrediction SchoolwegingModel::predict(const std::vector<double>& x, std::optional<double> spread,
                                                  std::optional<double> pupils, double confidenceLevel) const
{
    SchoolwegingPrediction p;
    p.mean = intercept;
    for (size_t j = 0; j < coefficients.size() && j < x.size(); ++j)
        p.mean += coefficients[j] * (x[j] - means[j]) / sds[j];
    p.sd = std::sqrt(tau2 + samplingVariance(spread, pupils));
    const double z = Afspiegeling::normalQuantile(confidenceLevel);
    p.low = p.mean - z * p.sd;
    p.high = p.mean + z * p.sd;
    return p;
}

QJsonObject SchoolwegingModel::toJson() const
{
    QJsonArray fs;
    for (qsizetype j = 0; j < features.size(); ++j)
        fs.append(QJsonObject{{QStringLiteral("name"), features[j]},
                              {QStringLiteral("mean"), means[static_cast<size_t>(j)]},
                              {QStringLiteral("sd"), sds[static_cast<size_t>(j)]},
                              {QStringLiteral("coefficient"), coefficients[static_cast<size_t>(j)]}});
    return {{QStringLiteral("format"), QStringLiteral("mengkaart-schoolweging-model")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("provenance"), provenance},
            {QStringLiteral("intercept"), intercept},
            {QStringLiteral("features"), fs},
            {QStringLiteral("ridge_lambda"), lambda},
            {QStringLiteral("tau2"), tau2},
            {QStringLiteral("mean_sampling_variance"), meanSamplingVariance},
            {QStringLiteral("interval_confidence"), confidence},
            {QStringLiteral("cross_validation"), validation.toJson()}};
}

Result<SchoolwegingModel> SchoolwegingModel::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("mengkaart-schoolweging-model")
        || json.value(QStringLiteral("version")).toInt() != 1)
        return fail(ErrorCode::UnknownFormat, tr("This is not a Mengkaart schoolweging model (format version 1)."));
    SchoolwegingModel m;
    m.provenance = json.value(QStringLiteral("provenance")).toObject();
    m.intercept = json.value(QStringLiteral("intercept")).toDouble();
    for (const QJsonValue& f : json.value(QStringLiteral("features")).toArray()) {
        const QJsonObject o = f.toObject();
        m.features.append(o.value(QStringLiteral("name")).toString());
        m.means.push_back(o.value(QStringLiteral("mean")).toDouble());
        m.sds.push_back(o.value(QStringLiteral("sd")).toDouble(1.0));
        m.coefficients.push_back(o.value(QStringLiteral("coefficient")).toDouble());
    }
    if (m.features != featureNames())
        return fail(ErrorCode::InvalidValue, tr("The schoolweging model was fitted on other characteristics than this version "
                                                "computes. Refit it with mengkaart-cli fit-schoolweging."));
    m.lambda = json.value(QStringLiteral("ridge_lambda")).toDouble();
    m.tau2 = json.value(QStringLiteral("tau2")).toDouble();
    m.meanSamplingVariance = json.value(QStringLiteral("mean_sampling_variance")).toDouble();
    m.confidence = json.value(QStringLiteral("interval_confidence")).toDouble(0.9);
    const QJsonObject cv = json.value(QStringLiteral("cross_validation")).toObject();
    m.validation = {cv.value(QStringLiteral("folds")).toInt(),
                    cv.value(QStringLiteral("schools")).toInt(),
                    cv.value(QStringLiteral("r2")).toDouble(),
                    cv.value(QStringLiteral("residual_sd")).toDouble(),
                    cv.value(QStringLiteral("schoolweging_sd")).toDouble(),
                    cv.value(QStringLiteral("coverage")).toDouble()};
    return m;
}

const Result<SchoolwegingModel>& SchoolwegingModel::shipped()
{
    static const Result<SchoolwegingModel> model = []() -> Result<SchoolwegingModel> {
        QFile f(QStringLiteral(":/afspiegeling/schoolweging_model.json"));
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::FileNotFound, tr("The shipped schoolweging model is missing from this build."));
        return fromJson(QJsonDocument::fromJson(f.readAll()).object());
    }();
    return model;
}

} // namespace Mk
