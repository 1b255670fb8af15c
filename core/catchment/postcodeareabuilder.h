// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace Mk {

class Feedback;
class Geometry;
struct AreaLayer;

/** An approximate PC4 polygon inside the gemeente. */
struct PostcodeArea {
    QString pc4;
    std::shared_ptr<const Geometry> geometry;
};

/** Which approximation of PC4 polygons to use. */
enum class PostcodeAreaSource {
    Automatic,             ///< buurten by most common PC4 when the areas carry that field, else centroid Voronoi
    BuurtMostCommonPostcode, ///< union of the buurten whose most common PC4 it is
    CentroidVoronoi,       ///< Voronoi cells of the PC4 centroids, clipped to the gemeente
};

/**
 * Approximate PC4 polygons, because our data hold no PC4 boundaries, only PC4 centroids and, per
 * buurt, CBS's `meest_voorkomende_postcode`. Both approximations are documented to the user:
 *  - buurt union: a buurt goes wholly to its most common PC4. The areas follow buurt lines, so their
 *    populations are exact buurt sums, but a PC4 that is nowhere the most common one gets no area
 *    and its pupils count as unmapped;
 *  - centroid Voronoi: every PC4 with a centroid gets the part of the gemeente nearest to that
 *    centroid; it covers every PC4 but the lines are only as good as "nearest centroid".
 * The result is a partition of the gemeente (up to buurten without the field).
 */
class PostcodeAreaBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Mk::PostcodeAreaBuilder)
public:
    /** CBS Wijk- en Buurtkaart field with the most common PC4 of a buurt (PDOK name; shapefile: POSTCODE). */
    static QStringList mostCommonPostcodeFields();

    /** True when `areas` carry a most-common-PC4 field. */
    static bool hasMostCommonPostcode(const AreaLayer& areas);

    /** Union of the buurten per most common PC4 (sorted by PC4). Buurten without the field are reported. */
    static Result<QList<PostcodeArea>> fromBuurten(const AreaLayer& areas, Diagnostics& diagnostics);

    /** Voronoi cells of the PC4 centroids (points or polygons' centroids) clipped to `boundary`. */
    static Result<QList<PostcodeArea>> fromCentroids(const AreaLayer& postcodes, const Geometry& boundary, Feedback& feedback);
};

} // namespace Mk
