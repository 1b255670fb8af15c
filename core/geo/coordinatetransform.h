// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "geo/geometry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPointF>
#include <QString>

#include <optional>

namespace Mk {

/**
 * A PROJ transformation from any CRS to another (by default to EPSG:28992, RD New).
 * Coordinates are always in GIS order (x = easting/longitude, y = northing/latitude):
 * the PROJ operation is passed through proj_normalize_for_visualization, because
 * EPSG:4326 is officially lat/lon. The object is a cheap value; every thread gets its own
 * PJ_CONTEXT and PJ on first use (PROJ objects must not be shared between threads).
 */
class CoordinateTransform
{
    Q_DECLARE_TR_FUNCTIONS(Mk::CoordinateTransform)

public:
    /** The Dutch national grid everything in Mengkaart is computed in. */
    static QString rdNew() { return QStringLiteral("EPSG:28992"); }

    /**
     * Builds the transformation. `sourceCrs`/`targetCrs` are anything proj_create accepts:
     * "EPSG:4326", WKT1/WKT2, PROJJSON or a PROJ string. Fails with CrsUnknown when PROJ
     * cannot interpret either side or no operation between them exists.
     */
    static Result<CoordinateTransform> create(const QString& sourceCrs, const QString& targetCrs = rdNew());

    /** True when source and target are the same CRS; transform() then copies coordinates. */
    bool isIdentity() const { return m_identity; }
    /** The source CRS name as PROJ reports it ("WGS 84", "Amersfoort / RD New"). */
    QString sourceName() const { return m_sourceName; }

    /** One point; nullopt when PROJ cannot transform it (e.g. far outside the CRS's area). */
    std::optional<QPointF> transform(const QPointF& point) const;
    /** Every vertex of a geometry (GEOSGeom_transformXY); a null geometry when a vertex fails. */
    Geometry transform(const Geometry& geometry) const;

    /** True when the point lies in the RD New validity box (with a margin); used to guess a missing CRS. */
    static bool isPlausibleRd(const QPointF& point);
    /** True when the point is a plausible lon/lat position in or near the Netherlands. */
    static bool isPlausibleLonLatNl(const QPointF& point);

private:
    CoordinateTransform() = default;

    QByteArray m_source;
    QByteArray m_target;
    QString m_sourceName;
    bool m_identity = false;
};

} // namespace Mk
