// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/preparedgeometry.h"

#include "geo/geoscontext_p.h"

namespace Mk {

namespace detail {
struct PreparedGeometryPrivate {
    std::unique_ptr<const GEOSPreparedGeometry, GeosPreparedDeleter> prepared;
};
} // namespace detail

using detail::GeosContext;

PreparedGeometry::PreparedGeometry(const Geometry& geometry) : d(std::make_unique<detail::PreparedGeometryPrivate>())
{
    if (!geometry.isNull())
        d->prepared.reset(GEOSPrepare_r(GeosContext::handle(), static_cast<const GEOSGeometry*>(geometry.handle())));
}

PreparedGeometry::~PreparedGeometry() = default;
PreparedGeometry::PreparedGeometry(PreparedGeometry&&) noexcept = default;
PreparedGeometry& PreparedGeometry::operator=(PreparedGeometry&&) noexcept = default;

bool PreparedGeometry::isNull() const { return !d->prepared; }

bool PreparedGeometry::covers(const QPointF& point) const
{
    return covers(Geometry::point(point.x(), point.y()));
}

bool PreparedGeometry::covers(const Geometry& other) const
{
    return d->prepared && !other.isNull()
           && GEOSPreparedCovers_r(GeosContext::handle(), d->prepared.get(), static_cast<const GEOSGeometry*>(other.handle())) == 1;
}

bool PreparedGeometry::intersects(const Geometry& other) const
{
    return d->prepared && !other.isNull()
           && GEOSPreparedIntersects_r(GeosContext::handle(), d->prepared.get(), static_cast<const GEOSGeometry*>(other.handle())) == 1;
}

} // namespace Mk
