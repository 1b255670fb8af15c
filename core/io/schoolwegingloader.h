// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/school.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Mk {

/** One schoolweging of an Inspectie "object van toezicht" (OVT, e.g. "04QC|C1"). */
struct SchoolwegingRecord {
    QString ovt;
    QString instelling; ///< the 4-character instellingscode (BRIN): the part of the OVT before '|'
    QString period;     ///< "2023-2024", or the years of a three-year mean
    double schoolweging = 0.0;
    std::optional<double> spread; ///< "spreiding": within-school standard deviation
    std::optional<double> pupils; ///< pupils the value rests on
};

/**
 * Loads the Inspectie's schoolweging: the per-year file (OVT, INSTELLINGSCODE, schooljaar,
 * schoolweging, aantal_leerlingen, spreiding; the latest year per OVT is kept) or the
 * three-year mean (a column named "schoolweging 2021-2022, 2022-2023, 2023-2024").
 * The OVT suffix (C1, C2) is not DUO's vestigingscode, so values join on the instellingscode.
 */
class SchoolwegingLoader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::SchoolwegingLoader)

public:
    static Result<QList<SchoolwegingRecord>> load(const QString& path, Diagnostics& diagnostics);

    /**
     * Sets School::schoolweging (and spread/period) on every school whose BRIN has a record;
     * several OVTs of one instelling are averaged weighted by their pupils. Returns how many
     * schools received a value.
     */
    static int apply(const QList<SchoolwegingRecord>& records, QList<School>& schools, Diagnostics& diagnostics);
};

} // namespace Mk
