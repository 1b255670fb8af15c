// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "catchment/pc4profiles.h"
#include "catchment/schoolwegingmodel.h"
#include "model/grouptable.h"
#include "model/school.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Mk {

class Feedback;

/** One instelling (BRIN) the schoolweging model is fitted on. */
struct SchoolwegingObservation {
    QString id; ///< instellingscode
    std::vector<double> features;
    double schoolweging = 0.0;
    std::optional<double> spread;
    std::optional<double> pupils;
};

/** The national files the model is fitted on (Qt resource paths allowed). */
struct SchoolwegingFitFiles {
    QString pupilsByPostcode; ///< DUO pupils per vestiging by home PC4, the whole country
    QString schoolweging;     ///< Inspectie schoolweging per year
    Pc4ProfileFiles profiles;
    /** The copies in resources/national, which the shipped model was fitted on. */
    static SchoolwegingFitFiles embedded();
};

/** How the model is fitted. */
struct SchoolwegingFitOptions {
    int folds = 10;
    /** Ridge penalties tried; the one with the smallest cross-validated squared error is kept. */
    std::vector<double> lambdas = {0.1, 1.0, 10.0, 100.0};
    double confidence = 0.9; ///< of the interval whose held-out coverage is reported
};

/**
 * Fits SchoolwegingModel on the national files. observations(): per instelling, the DUO pupils by home PC4
 * of all its vestigingen (a "<5" cell counts 2.5, PupilFlow::estimatedPupils) and the Inspectie schoolweging
 * of its latest year, pupil-weighted over its OVTs as SchoolwegingLoader::apply does for a gemeente.
 * fit(): features standardised (unweighted mean and SD), then two passes of weighted ridge least squares
 * (the intercept unpenalised; normal equations solved by Cholesky): pass 1 with equal weights gives
 * tau^2 = SSE/(n - p - 1) - mean(s_i^2/n_i) (at least 0.01), pass 2 uses w_i = 1/(tau^2 + s_i^2/n_i) and
 * re-estimates tau^2 the same way. The penalty is lambda x mean(w) so that lambda is on the scale of one
 * school. Cross-validation: schools are split into `folds` folds by a hash of the instellingscode (FNV-1a,
 * reproducible); every fold is predicted by the fit on the other folds, including its own tau^2, so the
 * reported R2, residual SD and interval coverage are out-of-sample.
 */
class SchoolwegingFit
{
    Q_DECLARE_TR_FUNCTIONS(Mk::SchoolwegingFit)
public:
    static QList<SchoolwegingObservation> observations(const QList<PupilFlow>& flows, const QList<SchoolwegingRecord>& records,
                                                       const Pc4Profiles& profiles);
    /**
     * Reads the files, fits, and records the provenance (each file's name, rows and SHA-256, the target, the method).
     * Progress and cancel through `feedback` (may be null).
     */
    static Result<SchoolwegingModel> fitFiles(const SchoolwegingFitFiles& files, const SchoolwegingFitOptions& options,
                                              Diagnostics& diagnostics, Feedback* feedback = nullptr);
    /** Fails when there are fewer schools than a few per feature, or the equations are singular. */
    static Result<SchoolwegingModel> fit(const QList<SchoolwegingObservation>& schools, const SchoolwegingFitOptions& options);
};

} // namespace Mk
