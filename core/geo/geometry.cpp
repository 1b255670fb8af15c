// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geometry.h"

#include "geo/geometry_p.h"
#include "geo/quickvalidity_p.h"

namespace Mk {

namespace detail {
struct GeometryPrivate {
    std::unique_ptr<GEOSGeometry, GeosGeometryDeleter> geom;
};

const GEOSGeometry* GeometryAccess::raw(const Geometry& g) { return g.d ? g.d->geom.get() : nullptr; }

Geometry GeometryAccess::adopt(GEOSGeometry* geometry)
{
    Geometry g;
    g.d->geom.reset(geometry);
    return g;
}
} // namespace detail

using detail::GeosContext;

namespace {

GEOSContextHandle_t ctx() { return GeosContext::handle(); }

const GEOSGeometry* raw(const Geometry& g) { return detail::GeometryAccess::raw(g); }
Geometry adopt(GEOSGeometry* g) { return detail::GeometryAccess::adopt(g); }

void appendRings(const GEOSGeometry* g, std::vector<std::vector<QPointF>>& out)
{
    const int type = GEOSGeomTypeId_r(ctx(), g);
    auto appendRing = [&](const GEOSGeometry* ring) {
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx(), ring);
        unsigned int n = 0;
        GEOSCoordSeq_getSize_r(ctx(), seq, &n);
        std::vector<QPointF> pts(n);
        for (unsigned int i = 0; i < n; ++i) {
            double x = 0, y = 0;
            GEOSCoordSeq_getXY_r(ctx(), seq, i, &x, &y);
            pts[i] = QPointF(x, y);
        }
        out.push_back(std::move(pts));
    };
    if (type == GEOS_POLYGON) {
        appendRing(GEOSGetExteriorRing_r(ctx(), g));
        const int holes = GEOSGetNumInteriorRings_r(ctx(), g);
        for (int i = 0; i < holes; ++i)
            appendRing(GEOSGetInteriorRingN_r(ctx(), g, i));
    } else if (type == GEOS_LINESTRING || type == GEOS_LINEARRING) {
        appendRing(g);
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION || type == GEOS_MULTILINESTRING) {
        const int n = GEOSGetNumGeometries_r(ctx(), g);
        for (int i = 0; i < n; ++i)
            appendRings(GEOSGetGeometryN_r(ctx(), g, i), out);
    }
}

} // namespace

Geometry::Geometry() : d(std::make_unique<detail::GeometryPrivate>()) {}
Geometry::~Geometry() = default;
Geometry::Geometry(Geometry&&) noexcept = default;
Geometry& Geometry::operator=(Geometry&&) noexcept = default;

QString Geometry::takeLastError() { return GeosContext::takeLastError(); }

Geometry Geometry::fromWkb(const QByteArray& wkb)
{
    return adopt(GEOSGeomFromWKB_buf_r(ctx(), reinterpret_cast<const unsigned char*>(wkb.constData()),
                                       static_cast<size_t>(wkb.size())));
}

Geometry Geometry::fromRings(std::span<const double> xy, std::span<const unsigned> ringPoints, std::span<const unsigned> partRings,
                             bool multi)
{
    using Owned = std::unique_ptr<GEOSGeometry, detail::GeosGeometryDeleter>;
    // Stops at the first ring GEOS refuses, as its WKB reader does, so that GEOS says the same once.
    std::vector<GEOSGeometry*> parts; // owned by `owner` until the collection takes them
    std::vector<Owned> owner;
    std::vector<GEOSGeometry*> holes;
    parts.reserve(partRings.size());
    owner.reserve(partRings.size());
    size_t ring = 0, at = 0;
    for (const unsigned rings : partRings) {
        GEOSGeometry* polygon = nullptr;
        if (rings == 0) {
            polygon = GEOSGeom_createEmptyPolygon_r(ctx());
        } else {
            std::vector<Owned> built;
            built.reserve(rings);
            for (unsigned r = 0; r < rings; ++r, ++ring) {
                const unsigned n = ringPoints[ring];
                GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(ctx(), xy.data() + at, n, 0, 0);
                at += 2 * size_t(n);
                GEOSGeometry* linear = seq ? GEOSGeom_createLinearRing_r(ctx(), seq) : nullptr; // takes the sequence
                if (!linear)
                    return {};
                built.emplace_back(linear);
            }
            holes.clear();
            for (size_t h = 1; h < built.size(); ++h)
                holes.push_back(built[h].release());
            // GEOSGeom_createPolygon_r takes the shell and the holes, also when it fails.
            polygon = GEOSGeom_createPolygon_r(ctx(), built[0].release(), holes.data(), static_cast<unsigned>(holes.size()));
        }
        if (!polygon)
            return {};
        owner.emplace_back(polygon);
        parts.push_back(polygon);
    }
    if (!multi)
        return parts.size() == 1 ? adopt(owner[0].release()) : Geometry();
    for (Owned& o : owner)
        (void)o.release(); // the collection takes them, also when it fails
    return adopt(GEOSGeom_createCollection_r(ctx(), GEOS_MULTIPOLYGON, parts.data(), static_cast<unsigned>(parts.size())));
}

Geometry Geometry::fromWkt(const QString& wkt)
{
    GEOSWKTReader* reader = GEOSWKTReader_create_r(ctx());
    GEOSGeometry* g = GEOSWKTReader_read_r(ctx(), reader, wkt.toUtf8().constData());
    GEOSWKTReader_destroy_r(ctx(), reader);
    return adopt(g);
}

Geometry Geometry::point(double x, double y)
{
    return adopt(GEOSGeom_createPointFromXY_r(ctx(), x, y));
}

Geometry Geometry::polygon(const QList<QPointF>& ring)
{
    QList<QPointF> pts = ring;
    if (!pts.isEmpty() && pts.first() != pts.last())
        pts.append(pts.first());
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx(), static_cast<unsigned>(pts.size()), 2);
    for (qsizetype i = 0; i < pts.size(); ++i)
        GEOSCoordSeq_setXY_r(ctx(), seq, static_cast<unsigned>(i), pts[i].x(), pts[i].y());
    GEOSGeometry* shell = GEOSGeom_createLinearRing_r(ctx(), seq);
    return adopt(shell ? GEOSGeom_createPolygon_r(ctx(), shell, nullptr, 0) : nullptr);
}

Geometry Geometry::unionOf(const std::vector<const Geometry*>& parts)
{
    std::vector<GEOSGeometry*> clones;
    clones.reserve(parts.size());
    for (const Geometry* p : parts)
        if (p && !p->isNull())
            clones.push_back(GEOSGeom_clone_r(ctx(), raw(*p)));
    GEOSGeometry* collection = GEOSGeom_createCollection_r(ctx(), GEOS_GEOMETRYCOLLECTION, clones.data(),
                                                           static_cast<unsigned>(clones.size()));
    std::unique_ptr<GEOSGeometry, detail::GeosGeometryDeleter> owner(collection);
    return adopt(GEOSUnaryUnion_r(ctx(), collection));
}

bool Geometry::isNull() const { return !d || !d->geom; }
bool Geometry::isEmpty() const { return isNull() || GEOSisEmpty_r(ctx(), raw(*this)) == 1; }
bool Geometry::isValid() const
{
    // The fast path decides the common case, simple rings that meet nowhere; GEOS the rest (and why it is invalid).
    return isProvablyValid() || (!isNull() && GEOSisValid_r(ctx(), raw(*this)) == 1);
}

bool Geometry::isProvablyValid() const { return !isNull() && detail::isProvablyValidPolygon(ctx(), raw(*this)); }

Geometry Geometry::clone() const
{
    return isNull() ? Geometry() : adopt(GEOSGeom_clone_r(ctx(), raw(*this)));
}

QByteArray Geometry::toWkb() const
{
    if (isNull())
        return {};
    GEOSWKBWriter* writer = GEOSWKBWriter_create_r(ctx());
    size_t size = 0;
    std::unique_ptr<unsigned char, detail::GeosBufferDeleter> buf(GEOSWKBWriter_write_r(ctx(), writer, raw(*this), &size));
    GEOSWKBWriter_destroy_r(ctx(), writer);
    return QByteArray(reinterpret_cast<const char*>(buf.get()), static_cast<qsizetype>(size));
}

QString Geometry::toWkt(int precision) const
{
    if (isNull())
        return {};
    GEOSWKTWriter* writer = GEOSWKTWriter_create_r(ctx());
    GEOSWKTWriter_setRoundingPrecision_r(ctx(), writer, precision);
    std::unique_ptr<char, detail::GeosBufferDeleter> text(GEOSWKTWriter_write_r(ctx(), writer, raw(*this)));
    GEOSWKTWriter_destroy_r(ctx(), writer);
    return QString::fromUtf8(text.get());
}

double Geometry::area() const
{
    double a = 0.0;
    if (!isNull())
        GEOSArea_r(ctx(), raw(*this), &a);
    return a;
}

QRectF Geometry::boundingBox() const
{
    if (isEmpty())
        return {};
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    GEOSGeom_getExtent_r(ctx(), raw(*this), &minX, &minY, &maxX, &maxY);
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

namespace {
QPointF pointOf(const GEOSGeometry* p)
{
    double x = 0, y = 0;
    if (p) {
        GEOSGeomGetX_r(ctx(), p, &x);
        GEOSGeomGetY_r(ctx(), p, &y);
    }
    return QPointF(x, y);
}
} // namespace

QPointF Geometry::centroid() const
{
    if (isEmpty())
        return {};
    std::unique_ptr<GEOSGeometry, detail::GeosGeometryDeleter> c(GEOSGetCentroid_r(ctx(), raw(*this)));
    return pointOf(c.get());
}

QPointF Geometry::pointOnSurface() const
{
    if (isEmpty())
        return {};
    std::unique_ptr<GEOSGeometry, detail::GeosGeometryDeleter> c(GEOSPointOnSurface_r(ctx(), raw(*this)));
    return pointOf(c.get());
}

bool Geometry::intersects(const Geometry& other) const
{
    return !isNull() && !other.isNull() && GEOSIntersects_r(ctx(), raw(*this), raw(other)) == 1;
}

bool Geometry::contains(const Geometry& other) const
{
    return !isNull() && !other.isNull() && GEOSContains_r(ctx(), raw(*this), raw(other)) == 1;
}

bool Geometry::covers(const Geometry& other) const
{
    return !isNull() && !other.isNull() && GEOSCovers_r(ctx(), raw(*this), raw(other)) == 1;
}

double Geometry::distance(const Geometry& other) const
{
    double dist = 0.0;
    if (!isNull() && !other.isNull())
        GEOSDistance_r(ctx(), raw(*this), raw(other), &dist);
    return dist;
}

Geometry Geometry::intersection(const Geometry& other) const
{
    if (isNull() || other.isNull())
        return {};
    return adopt(GEOSIntersection_r(ctx(), raw(*this), raw(other)));
}

Geometry Geometry::buffer(double distance, int quadrantSegments) const
{
    return isNull() ? Geometry() : adopt(GEOSBuffer_r(ctx(), raw(*this), distance, quadrantSegments));
}

Geometry Geometry::makeValid() const
{
    return isNull() ? Geometry() : adopt(GEOSMakeValid_r(ctx(), raw(*this)));
}

std::vector<std::vector<QPointF>> Geometry::rings() const
{
    std::vector<std::vector<QPointF>> out;
    if (!isNull())
        appendRings(raw(*this), out);
    return out;
}

} // namespace Mk
