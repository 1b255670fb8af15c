// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/school.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace Mk {

/**
 * Loads the Inspectie's schoolweging: the per-year file (OVT, INSTELLINGSCODE, schooljaar,
 * schoolweging, aantal_leerlingen, spreiding; the latest year per OVT is kept) or the
 * three-year mean (a column named "schoolweging 2021-2022, 2022-2023, 2023-2024").
 * load() keeps every school year of the file (the history LEA goals trend on); apply() uses the latest.
 * The OVT suffix (C1, C2) is not DUO's vestigingscode, so values join on the instellingscode.
 */
class SchoolwegingLoader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::SchoolwegingLoader)

public:
    /**
     * `instellingen` (BRIN codes), when given, is a hint that only their records are needed: the embedded national file
     * is then read through its row index (TableReader::openRows) and may hold none of them; any other file is read whole.
     */
    static Result<QList<SchoolwegingRecord>> load(const QString& path, Diagnostics& diagnostics, const QSet<QString>& instellingen = {});

    /** The latest school year of each OVT. */
    static QList<SchoolwegingRecord> latestPerOvt(const QList<SchoolwegingRecord>& records);

    /**
     * Sets School::schoolweging (and spread/period) from the latest year of every OVT of the school's BRIN;
     * several OVTs of one instelling are averaged weighted by their pupils. Returns how many
     * schools received a value.
     */
    static int apply(const QList<SchoolwegingRecord>& records, QList<School>& schools, Diagnostics& diagnostics);
};

} // namespace Mk
