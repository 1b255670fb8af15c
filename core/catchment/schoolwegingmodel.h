// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Mk {

class Pc4Profiles;

/** A school's expected schoolweging and its prediction interval. */
struct SchoolwegingPrediction {
    double mean = 0.0;
    double low = 0.0;
    double high = 0.0;
    double sd = 0.0; ///< standard deviation of a school's schoolweging around the mean
};

/** How well the model predicts schools it was not fitted on (k-fold cross-validation). */
struct SchoolwegingValidation {
    int folds = 0;
    int schools = 0;
    double r2 = 0.0;            ///< 1 - SSE/SST of the held-out predictions (each school counted once)
    double residualSd = 0.0;    ///< sqrt(SSE / schools) of the held-out predictions
    double schoolwegingSd = 0.0; ///< standard deviation of the schoolweging itself
    double coverage = 0.0;      ///< share of held-out schools inside their prediction interval
    QJsonObject toJson() const;
};

/**
 * The expected schoolweging of a school from where its pupils live: a ridge regression of the
 * Inspectie schoolweging on the pupil-weighted mean characteristics of the pupils' home postcodes
 * (Pc4Profiles) and a few squares and products of them (featureNames()). Fitted by SchoolwegingFit
 * on every school of the country; the shipped fit is resources/afspiegeling/schoolweging_model.json,
 * which `mengkaart-cli fit-schoolweging` reproduces from the national files.
 *
 * The schoolweging of school i is modelled as y_i = x_i b + e_i with Var(e_i) = tau^2 + s_i^2 / n_i:
 * tau^2 the spread of schools around what their neighbourhoods predict (within-postcode sorting and
 * what the model misses), s_i the within-school spread ("spreiding") and n_i the pupils the value
 * rests on (the sampling error of a mean). The prediction interval is mean +- z sqrt(tau^2 + s_i^2/n_i)
 * (normal errors; the parameter uncertainty, about p/n = 0.5 % of the variance, is left out).
 * Ridge: Hoerl & Kennard 1970, Technometrics 12:55-67; weighted least squares with these variance
 * weights: e.g. Fox 2016, Applied Regression Analysis, ch. 12.2.
 */
struct SchoolwegingModel {
    Q_DECLARE_TR_FUNCTIONS(Mk::SchoolwegingModel)
public:
    QStringList features;            ///< featureNames() at the time of the fit
    std::vector<double> means;       ///< per feature, the standardisation
    std::vector<double> sds;
    std::vector<double> coefficients; ///< per standardised feature
    double intercept = 0.0;
    double lambda = 0.0;              ///< ridge penalty on the standardised coefficients (chosen by cross-validation)
    double tau2 = 0.0;                ///< between-school variance not explained by the neighbourhoods
    double meanSamplingVariance = 0.0; ///< mean s_i^2/n_i, used for a school without spreiding or pupil count
    double confidence = 0.9;          ///< of the shipped interval and the validation's coverage
    SchoolwegingValidation validation;
    QJsonObject provenance;           ///< target, sources (file, rows, sha256), method

    /** Names of the model's features: the pupil-weighted means of Pc4Profiles::variableNames() and the derived terms. */
    static const QStringList& featureNames();
    /**
     * The features of a school whose pupils live in `pupilsByPc4` (PC4, pupils; foreign and unknown codes are
     * ignored); nullopt when less than half of those pupils live in postcodes with a value for any characteristic.
     */
    static std::optional<std::vector<double>> schoolFeatures(const QList<QPair<QString, double>>& pupilsByPc4,
                                                             const Pc4Profiles& profiles);
    /** The sampling variance s^2/n of a schoolweging, or meanSamplingVariance when either is unknown. */
    double samplingVariance(std::optional<double> spread, std::optional<double> pupils) const;
    /** The prediction for a school with these features, its interval at `confidence` (0-1). */
    SchoolwegingPrediction predict(const std::vector<double>& x, std::optional<double> spread, std::optional<double> pupils,
                                   double confidence) const;

    QJsonObject toJson() const;
    static Result<SchoolwegingModel> fromJson(const QJsonObject& json);
    /** The model that ships with the application (read once, thread-safe). */
    static const Result<SchoolwegingModel>& shipped();
};

} // namespace Mk
