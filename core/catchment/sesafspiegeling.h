// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catchment/schoolwegingmodel.h"
#include "i18n/textlanguage.h"
#include "model/school.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Mk {

class Pc4Profiles;
struct PupilFlow;

/**
 * Thresholds of the SES verdict. The policy threshold is our convention: 4 schoolweging points, about one
 * national standard deviation of the schoolweging (3.6 over 5 900 instellingen, 2023-2024) and four of the
 * Inspectie's one-point schoolweging categories (inspectie_leerresultaten_po: "[31,32)"). No Dutch norm
 * for "differs from its neighbourhoods" was found (DOMAIN.md A5).
 */
struct SesVerdictOptions {
    double thresholdPoints = 4.0; ///< |schoolweging - expected| at least this much to "differ"
    double confidence = 0.9;      ///< of the prediction interval
};

/** differs (interval excludes zero and |gap| >= threshold), possibly differs (interval excludes zero), mirrors, or no verdict. */
enum class SesVerdict { Differs, PossiblyDiffers, Mirrors, NoSchoolweging, NoPrediction };

/** One school's schoolweging against what the neighbourhoods its pupils live in predict. */
struct SesComparison {
    QString schoolId;
    std::optional<double> schoolweging;
    std::optional<SchoolwegingPrediction> expected;
    double gap = 0.0;     ///< schoolweging - expected mean; > 0: pupils more disadvantaged than their neighbourhoods
    double gapLow = 0.0;  ///< schoolweging - expected high
    double gapHigh = 0.0; ///< schoolweging - expected low
    SesVerdict verdict = SesVerdict::NoPrediction;

    bool hasVerdict() const { return verdict == SesVerdict::Differs || verdict == SesVerdict::PossiblyDiffers || verdict == SesVerdict::Mirrors; }
    /** differs, possibly_differs, mirrors, no_schoolweging, no_prediction. */
    QString verdictKey() const;
    /** e.g. "differs: more disadvantaged pupils than its neighbourhoods (+5.1 points)". */
    QString label(const TextLanguage& language = TextLanguage::application()) const;
    /** A few words for a table cell: "differs (+5.1)". */
    QString shortLabel() const;
};

/** The spread of the gaps over a gemeente's schools, reported next to the segregation indices. */
struct SesGapSpread {
    int schools = 0; ///< with a verdict
    double mean = 0.0;
    double sd = 0.0;
    double min = 0.0;
    double max = 0.0;
    int differs = 0;
    int possiblyDiffers = 0;
    int mirrors = 0;
};

/**
 * The SES afspiegeling: a school's Inspectie schoolweging against the schoolweging SchoolwegingModel expects
 * from the home postcodes of its pupils. The gap says how much more (positive) or less (negative) disadvantaged
 * its pupils are than their own neighbourhoods predict: the within-neighbourhood sorting that choice and
 * admission add (the Inspectie's "gecorrigeerd voor woonsegregatie"), plus what the model misses. Gap
 * interval = schoolweging - [prediction interval]; it excludes zero exactly when the schoolweging lies outside
 * the prediction interval. Schools of one instelling share its schoolweging, so their flows are pooled.
 */
class SesAfspiegeling
{
    Q_DECLARE_TR_FUNCTIONS(Mk::SesAfspiegeling)
public:
    static SesVerdict classify(double gap, double gapLow, double gapHigh, const SesVerdictOptions& options);
    /** One comparison per school of `schools`, in that order. */
    static QList<SesComparison> compare(const QList<School>& schools, const QList<PupilFlow>& flows, const SchoolwegingModel& model,
                                        const Pc4Profiles& profiles, const SesVerdictOptions& options);
    static SesGapSpread spread(const QList<SesComparison>& rows);
};

} // namespace Mk
