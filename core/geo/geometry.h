// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <span>
#include <vector>

namespace Mk {

namespace detail {
struct GeometryPrivate;
struct GeometryAccess;
} // namespace detail

/**
 * A move-only owner of one GEOS geometry in EPSG:28992 metres (RAII over GEOSGeometry*).
 * Any thread may use a Geometry; GEOS calls run on the calling thread's context.
 */
class Geometry
{
public:
    Geometry();
    ~Geometry();
    Geometry(Geometry&&) noexcept;
    Geometry& operator=(Geometry&&) noexcept;
    Geometry(const Geometry&) = delete;
    Geometry& operator=(const Geometry&) = delete;

    static Geometry fromWkb(const QByteArray& wkb);
    /**
     * A Polygon (`multi` false, one part) or MultiPolygon from flat coordinates, built as fromWkb() builds the same
     * polygons from WKB, without the WKB between a reader and GEOS: `xy` holds every ring's x, y pairs one ring after
     * another, `ringPoints` each ring's number of points, `partRings` each part's number of rings (its shell first; none
     * for an empty part). Null when GEOS refuses a ring (not closed, too few points), with GEOS's error heard.
     */
    static Geometry fromRings(std::span<const double> xy, std::span<const unsigned> ringPoints, std::span<const unsigned> partRings,
                              bool multi);
    static Geometry fromWkt(const QString& wkt);
    static Geometry point(double x, double y);
    /** A polygon from one closed or open ring (closed automatically). */
    static Geometry polygon(const QList<QPointF>& ring);
    /** The union of several geometries (cascaded union). */
    static Geometry unionOf(const std::vector<const Geometry*>& parts);

    bool isNull() const;
    bool isEmpty() const;
    bool isValid() const;
    /**
     * The fast path of isValid() alone (geo/quickvalidity_p.h): true only for a polygon that is certainly valid, false
     * for one it cannot show to be (isValid() then asks GEOS). It tells GEOS nothing, so it can run where no one
     * listens to GEOS's notes.
     */
    bool isProvablyValid() const;
    Geometry clone() const;

    QByteArray toWkb() const;
    QString toWkt(int precision = 3) const;

    double area() const;
    QRectF boundingBox() const;
    QPointF centroid() const;
    /** A point guaranteed to lie on the surface (for labels). */
    QPointF pointOnSurface() const;

    bool intersects(const Geometry& other) const;
    bool contains(const Geometry& other) const;
    bool covers(const Geometry& other) const;
    double distance(const Geometry& other) const;
    Geometry intersection(const Geometry& other) const;
    Geometry buffer(double distance, int quadrantSegments = 16) const;
    /** Repairs self-intersections (GEOSMakeValid). */
    Geometry makeValid() const;

    /** Polygon rings as point lists (outer ring first per polygon); for drawing. */
    std::vector<std::vector<QPointF>> rings() const;

    /** The last GEOS error message on the calling thread (empty when none), cleared by the call. */
    static QString takeLastError();

private:
    // The GEOS handle is reached only through detail::GeometryAccess (geo/geometry_p.h), inside core/geo.
    friend struct detail::GeometryAccess;
    std::unique_ptr<detail::GeometryPrivate> d;
};

} // namespace Mk
