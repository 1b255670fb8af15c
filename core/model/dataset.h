// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "geo/lazygeometry.h"
#include "model/arealayer.h"
#include "model/grouptable.h"
#include "model/school.h"

#include <QList>
#include <QString>

#include <memory>

namespace Mk {


/**
 * Everything loaded for one gemeente: the immutable snapshot that workers read
 * (shared as std::shared_ptr<const Dataset>).
 */
struct Dataset {
    QString gemeenteCode; ///< GM0308
    QString gemeenteName; ///< Baarn
    QString dataYear;     ///< e.g. "2024"
    LazyGeometry boundary; ///< gemeente outline (union of its areas when no gemeente layer); a national set merges it on first use

    AreaLayer areas;  ///< the analysis areas (buurten, or wijken where no buurten exist)
    AreaLayer wijken; ///< optional coarser level for boundaries and decomposition
    AreaLayer postcodes; ///< PC4 points/areas with CBS statistics (point geometry when no polygons)
    QList<School> schools;
    QList<VveLocation> vveLocations;
    QList<PupilFlow> pupilFlows;
    /** Every school year of schoolweging loaded for the dataset's schools (the trend of LEA goals). */
    QList<SchoolwegingRecord> schoolwegingHistory;
    QList<GroupTable> areaComposition;   ///< per area unit
    QList<GroupTable> schoolComposition; ///< per school
    QStringList sources;  ///< human-readable source descriptions (file, year, licence)
    QStringList mappedAreaColumns; ///< area fields the column mapping uses (population, age band, groups)
    Diagnostics diagnostics;

    qsizetype schoolIndex(const QString& id) const
    {
        for (qsizetype i = 0; i < schools.size(); ++i)
            if (schools[i].id == id)
                return i;
        return -1;
    }
};

} // namespace Mk
