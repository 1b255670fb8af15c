// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/feedback.h"
#include "base/result.h"
#include "model/arealayer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Mk {

/**
 * Loads area units (gemeente, wijk, buurt) from the CBS Wijk- en Buurtkaart (shapefile or
 * GeoPackage, national or clipped; classic BU_CODE/AANT_INW or PDOK buurtcode/aantal_inwoners
 * names) or any polygon layer with a code column (tmap-style code/name/population/GM_CODE).
 * Geometry ends up in EPSG:28992; CBS sentinels become Missing/Suppressed and are counted per
 * field in AreaLayer::fields. Water-only units (WATER = 'JA') are skipped.
 */
class AreaLoader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::AreaLoader)

public:
    /** Column names that override detection (from a ColumnMapping); empty members are detected. */
    struct Columns {
        QString code;
        QString name;
        QString population;
    };

    /** When load() checks the polygons' plausibility and validity (and repairs the invalid ones). */
    enum class Validity {
        CheckNow,      ///< as each feature is read, each repair noted in feature order among the other notes
        CheckAlongside ///< on a second thread while the next features are read; the repairs and their notes at the end, in unit order, a failure the same
    };

    /**
     * `layer` empty: the only layer, or the one whose name mentions "buurt", then "wijk".
     * `gemeente`: a code ("GM0308", "0308", "308") or a name ("Baarn", case-insensitive);
     * empty keeps every unit (national analysis).
     */
    static Result<AreaLayer> load(const QString& path, const QString& layer, const QString& gemeente, Diagnostics& diagnostics,
                                  Feedback* feedback = nullptr, const Columns& columns = {}, Validity validity = Validity::CheckNow);

    /** One gemeente present in an area file, for a chooser. */
    struct GemeenteEntry {
        QString code; ///< GM0308
        QString name; ///< empty when the file has no gemeente-name column
        int units = 0;
    };
    /** The gemeenten an area file covers, sorted by code (for picking one from a national file). */
    static Result<QList<GemeenteEntry>> listGemeenten(const QString& path, const QString& layer = {});

    /** "GM0308" for "GM0308", "gm308", "0308" or "308"; empty when `text` is not a gemeente code. */
    static QString normalizeGemeenteCode(const QString& text);
    /** The gemeente code a CBS unit code belongs to (BU03080101 / WK030801 / GM0308 -> GM0308). */
    static QString gemeenteOfCode(const QString& unitCode);
    /** The level a CBS code denotes (BU.., WK.., GM.., four digits = PC4). */
    static AreaLevel levelOfCode(const QString& code);
};

} // namespace Mk
