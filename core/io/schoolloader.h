// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/feedback.h"
#include "base/result.h"
#include "model/school.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Mk {

/** The rows of a school file and what the file offered. */
struct SchoolTable {
    QList<School> schools;
    bool hasGemeenteColumn = false; ///< schools can be selected by gemeente name
    bool hasLocations = false;      ///< geometry, RD x/y or lon/lat columns exist
};

/**
 * Loads DUO school vestigingen from CSV (';' or ',', UTF-8 or Windows-1252; the 2017
 * "03. Alle vestigingen basisonderwijs" layout with BRIN NUMMER/VESTIGINGSNUMMER and the 2024
 * layout with brin_nummer/vestigingscode, x_rd/y_rd, lon/lat) or a point layer (GeoPackage).
 * Column names are matched ignoring case, spaces, '_' and '-'.
 */
class SchoolLoader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::SchoolLoader)

public:
    /**
     * With `gemeente` (a name), a hint: from a GeoPackage with a gemeente column only the schools whose gemeente is that
     * name (letters and digits compared, as GemeenteSelection does) are read, and every school when none is; other
     * files are read whole.
     */
    static Result<SchoolTable> load(const QString& path, const QString& layer, Diagnostics& diagnostics,
                                    Feedback* feedback = nullptr, const QString& gemeente = {});

    /** "3743 hz" -> "3743HZ"; a PC4 stays four digits. */
    static QString normalizePostcode(const QString& postcode);
    /** The sector a DUO type or SOORT_PO denotes (basisschool/Bo, SBAO/Sbo, SO/VSO, VMBO/HAVO/VWO/PRO). */
    static SchoolSector sectorOfType(const QString& type);
};

} // namespace Mk
