// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: only core .cpp files that write GeoPackage layers include this header (it exposes gdal_priv.h).

#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>

namespace Mk::detail {

/**
 * One layer being written to a GeoPackage in EPSG:28992: the file is created when absent, otherwise opened for
 * update and a layer of the same name replaced, so that one file can hold several result layers side by side.
 * Features go in one transaction (commit()). GDAL messages go into the Error's detail, not to stderr.
 * With another GDAL driver (XLSX, GeoJSON, ESRI Shapefile: TableExporter) the file is written whole beside
 * the target and renamed over it by commit(); a GeoJSON file gets WGS 84 coordinates (RFC 7946).
 */
class GeoPackageLayer
{
    Q_DECLARE_TR_FUNCTIONS(Mk::GeoPackageLayer)
public:
    static Result<GeoPackageLayer> create(const QString& path, const QString& layerName, OGRwkbGeometryType type,
                                          const char* driverName = "GPKG");
    GeoPackageLayer(GeoPackageLayer&& other) noexcept;
    GeoPackageLayer& operator=(GeoPackageLayer&&) = delete;
    /** A file written beside the target and never committed (a failed export) is removed, not left behind. */
    ~GeoPackageLayer();

    OGRLayer* layer() const { return m_layer; }
    OGRSpatialReference* crs() const { return m_crs.get(); }
    void addTextFields(const QList<QByteArray>& names);
    void addRealFields(const QList<QByteArray>& names);
    void addIntegerFields(const QList<QByteArray>& names);
    /** Writes one feature (inside the transaction); the error names `what`. */
    Result<void> write(OGRFeature& feature, const QString& what);
    Result<void> commit();

    /** Sets a real field, or NULL for NaN/infinite values (no number rather than a wrong one). */
    static void setReal(OGRFeature& feature, const QByteArray& field, double value);

private:
    GeoPackageLayer() = default;
    /** Removes every file of the set written at m_writePath (a Shapefile has several). */
    void removeWrittenSet() const;

    QString m_path;
    QString m_writePath; ///< where a non-GeoPackage file is written before commit() renames it to m_path
    bool m_transaction = false;
    GDALDatasetUniquePtr m_dataset;
    std::unique_ptr<OGRSpatialReference> m_crs;
    OGRLayer* m_layer = nullptr;
};

} // namespace Mk::detail
