// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "index/indexcatalogue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Mk {

class Feedback;
struct GroupTable;

/** Bootstrap settings of the residential/choice split. */
struct ResidentialChoiceOptions {
    int replicates = 500;         ///< 0 = no intervals
    quint64 seed = 20241001;      ///< same seed, same intervals
    double confidence = 0.95;
};

/** One index: its observed value, its nearest-school (residential) value and the difference. */
struct ResidentialChoiceRow {
    IndexId index = IndexId::Dissimilarity;
    QString group; ///< the group of a two-group index (against the rest); empty for multigroup indices
    bool lowerIsMoreSegregated = false; ///< exposure: a negative `choice` means more segregation
    double observed = 0.0;
    double residential = 0.0;   ///< nearest-school counterfactual
    double choice = 0.0;        ///< observed - residential: the part added by choice and admission
    double choiceLow = 0.0;     ///< percentile bootstrap interval of `choice`
    double choiceHigh = 0.0;
    double observedLow = 0.0, observedHigh = 0.0;
    double residentialLow = 0.0, residentialHigh = 0.0;
    /**
     * choice with each side's bootstrap bias removed (e - (mean of replicates - e)): small schools
     * inflate D and H by chance more than large nearest-school areas do.
     */
    double choiceBiasCorrected = 0.0;

    /**
     * The interval of `choice` moved by its bootstrap bias (choice - choiceBiasCorrected), so it lies around
     * `choice` as the replicates lie around their mean: with small schools the plain percentile interval can
     * miss the estimate (as InferenceReport::Estimate::centredLow).
     */
    double centredChoiceLow() const { return choiceLow - (choice - choiceBiasCorrected); }
    double centredChoiceHigh() const { return choiceHigh - (choice - choiceBiasCorrected); }
};

/** The split for every index. */
struct ResidentialChoiceResult {
    QList<ResidentialChoiceRow> rows;
    bool observedIsEstimate = false; ///< the observed table is itself an estimate (label it so)
    int replicates = 0;
    quint64 seed = 0;
    Diagnostics diagnostics; ///< schools left out (no pupils, missing cells)
};

/**
 * Residential versus choice: every index computed for the schools as they are and for the
 * counterfactual in which each child attends its nearest school. The Inspectie reads the
 * counterfactual as woonsegregatie and the difference as the part added by school choice and
 * admission ("Als elke leerling naar de dichtstbijzijnde school zou gaan, zou de schoolsegregatie
 * volledig veroorzaakt worden door de woonsegregatie", Staat van het Onderwijs 2018; Boterman 2019).
 *
 * Uncertainty: each table is resampled as a multinomial draw of its (rounded) number of pupils over
 * its cells (RandomTables::bootstrap, the individual bootstrap of Elbers' R package segregation,
 * mutual_total with se = TRUE); the two tables are drawn independently (streams 0 and 1 of the
 * seed) and the interval of the difference is the percentile interval (R's quantile type 7) of the
 * replicate differences. It covers chance in who enrols and lives where, not the modelling error of
 * an estimated school composition.
 */
class ResidentialChoiceSplit
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ResidentialChoiceSplit)
public:
    /** Both tables must have the same groups; their units (schools) may differ. */
    static Result<ResidentialChoiceResult> compute(const GroupTable& observed, const GroupTable& residential,
                                                   const ResidentialChoiceOptions& options, Feedback& feedback);
};

} // namespace Mk
