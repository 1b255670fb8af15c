// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/feedback.h"
#include "base/result.h"
#include "model/grouptable.h"
#include "model/school.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Mk {

/** The pupils of one vestiging, summed over the rows (soort po, cluster) of a DUO pupil file. */
struct PupilCount {
    QString schoolId;     ///< BRIN + vestigingscode, e.g. "04QC00"
    QString gemeenteCode; ///< GM0308 of the vestiging, when the file names it
    QString location;     ///< "line 12" of its first row, for messages
    double knownPupils = 0.0;
    int suppressedCells = 0; ///< "<5" cells, 1-4 pupils each
    bool hasCells = false;   ///< some cell held a number or "<5"; all-empty rows say nothing

    double estimatedPupils() const { return knownPupils + AttributeValue::kSuppressedCountEstimate * suppressedCells; }
};

/**
 * Loads DUO "01. Leerlingen po per vestiging (soort po, cluster, leeftijd)": one row per vestiging
 * x soort po (Bo, Sbo, So, Vso) x cluster, keyed by INSTELLINGSCODE/BRIN + VESTIGINGSCODE (2 digits)
 * or a 6-character vestigingscode, with pupils per age (LEEFTIJD_*) or a total column (TOTAAL wins
 * when both exist). The rows of one vestiging add up; "<5" cells are kept as suppressed (1-4), never
 * read as numbers. `apply` then gives the schools their count (it replaces the school file's).
 */
class PupilCountLoader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::PupilCountLoader)

public:
    static Result<QList<PupilCount>> load(const QString& path, Diagnostics& diagnostics, Feedback* feedback = nullptr);

    /**
     * Sets School::pupils (source `source`) from `counts`: PupilCountFile replaces any count, PupilFlows
     * only fills schools that have none. Warns about vestigingen of `gemeenteCode` (all, when either
     * side has no gemeente) that are not among the schools, and, for a pupils file, about schools it
     * lacks. `fileName` names the file in those messages. Returns how many schools got a count.
     */
    static int apply(const QList<PupilCount>& counts, PupilSource source, QList<School>& schools, const QString& gemeenteCode,
                     const QString& fileName, Diagnostics& diagnostics);

    /** The refusal of the first school whose total lies beyond PlausibleRange::Kind::PupilsPerSchool, naming `fileName`. */
    static std::optional<Error> implausibleTotal(const QList<PupilCount>& counts, const QString& fileName);

    /** Each school's total in a pupils-by-home-postcode table (foreign and unknown homes included). */
    static QList<PupilCount> fromFlows(const QList<PupilFlow>& flows);
};

} // namespace Mk
