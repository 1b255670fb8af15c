// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "catchment/catchment.h"

#include <QCoreApplication>
#include <QList>

namespace Mk {

class Feedback;
class Geometry;
struct School;

/**
 * Distance-band catchments: every point of the gemeente within `distance` metres (straight line) of
 * the school. Bands overlap where schools are closer than twice the distance, so unlike nearest-school
 * areas they are not a partition. Typical radii are 500 m, 1 km and 2 km: CBS reports a mean distance
 * to the nearest primary school of about 600 m and DUO data show three quarters of pupils within 1 km
 * (CBS Nabijheidsstatistiek 2019; BD 2017, see DOMAIN.md A6).
 */
class BufferCatchmentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Mk::BufferCatchmentBuilder)
public:
    /** Segments per quarter circle: the disc area is within 0.1 % of pi r^2. */
    static constexpr int kQuadrantSegments = 32;

    /** One catchment per placed school; fails when `distance` is not positive or the boundary is empty. */
    static Result<QList<Catchment>> build(const QList<School>& schools, const Geometry& boundary, double distance,
                                          Feedback& feedback, Diagnostics& diagnostics);
};

} // namespace Mk
