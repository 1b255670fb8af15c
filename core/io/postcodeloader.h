// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/arealayer.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>

#include <optional>

namespace Mk {

/**
 * Loads PC4 areas as points: CBS "statistieken per viercijferige postcode" (kerncijfers;
 * -99997 = suppressed 0-4, -99995 = missing) joined with a PC4 centroid table (POSTCODE;LAT;LON
 * in WGS84, decimal comma allowed, or RD x/y). The result is an AreaLayer of level Postcode4
 * whose units carry a point geometry in EPSG:28992, usable where no PC4 polygons exist.
 */
class PostcodeLoader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::PostcodeLoader)

public:
    /** Either file may be empty (statistics without points, or points without statistics). */
    static Result<AreaLayer> load(const QString& statisticsFile, const QString& centroidsFile, Diagnostics& diagnostics);
    /**
     * The statistics of `statisticsFile` placed at the points of `centroids` (a load() of a centroid table alone, or an
     * empty layer), as load() gives them. With `only`, a hint: a table with a row index beside it (the embedded national
     * one, io/csvrowindex_p.h) is read for those postcodes alone, any other whole.
     */
    static Result<AreaLayer> addStatistics(const QString& statisticsFile, const AreaLayer& centroids, Diagnostics& diagnostics,
                                           const std::optional<QSet<QString>>& only = std::nullopt);
    /** The point (EPSG:28992) of every PC4 of `postcodes` that has a geometry, by its four digits: where schools are placed. */
    static QHash<QString, QPointF> centroidsByCode(const AreaLayer& postcodes);
};

} // namespace Mk
