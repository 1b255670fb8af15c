// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/feedback.h"
#include "base/result.h"
#include "geo/coordinatetransform.h"
#include "geo/geometry.h"
#include "model/attributevalue.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>

class OGRGeometry;

namespace Mk {

namespace detail {
struct TableReaderPrivate;
class GdalDataset;
} // namespace detail

/**
 * Streams the rows of one OGR layer (CSV, GeoPackage, shapefile, GeoJSON, ...) with column
 * look-up across naming styles ("BRIN NUMMER" = "brin_nummer" = "BrinNummer"), typed or text
 * numbers with CBS/DUO sentinels, and geometries transformed to EPSG:28992.
 *
 * Usage: `auto t = TableReader::open(path); while (t->next()) { ... } if (t->failed()) ...`.
 */
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::TableReader)

public:
    TableReader(TableReader&&) noexcept;
    TableReader& operator=(TableReader&&) noexcept;
    ~TableReader();

    /**
     * Opens `layer` of `path` (the first layer when empty). When the layer has geometries, the
     * transformation to EPSG:28992 is prepared; a layer without CRS is taken as RD New only when
     * its extent is plausible for the Netherlands (a warning goes to `diagnostics`).
     */
    static Result<TableReader> open(const QString& path, const QString& layer = {}, Diagnostics* diagnostics = nullptr);
    /** Picks one of a file's layer names. */
    using LayerChoice = std::function<QString(const QStringList& layers)>;
    /**
     * open() with the layer that `choose` picks from the file's layers, the file opened once (opening a GeoPackage
     * costs milliseconds); what `choose` notes comes before the notes of opening.
     */
    static Result<TableReader> openChoosingLayer(const QString& path, const LayerChoice& choose, Diagnostics* diagnostics = nullptr);

    /**
     * The rows a caller wants: those whose `column` holds one of `values`. A hint, not a filter: a CSV with a row index
     * beside it (the embedded national tables, io/csvrowindex_p.h) is read as its header and those rows only; any
     * other file is read whole, so the caller still checks every row it gets.
     */
    struct RowHint {
        QString column;
        QSet<QString> values;
    };
    /** open() for a caller that needs only some rows; see RowHint. */
    static Result<TableReader> openRows(const QString& path, const RowHint& rows, Diagnostics* diagnostics);
    /** The layer names of a file, for choosing one. */
    static Result<QStringList> layerNames(const QString& path);

    QString path() const;
    QString displayName() const;
    QString layerName() const;
    QString driverName() const;
    QString encoding() const;
    const QStringList& columns() const;
    /** The column names for a message ("a, b, c"), shortened when a garbled header makes them very long. */
    QString columnList() const;
    /** The first column matching one of `candidates` (case, spaces, '_' and '-' ignored); -1 if none. */
    int column(const QStringList& candidates) const;
    int column(std::initializer_list<const char*> candidates) const;
    bool isNumericColumn(int column) const;
    /** Whether only the rows of a RowHint were read; else the file's every row comes by. */
    bool isSubset() const;
    /**
     * A hint for a GeoPackage: SQLite reads only the rows where `where` (an SQL condition) holds, without GDAL
     * building the others. False, and every row comes by, for other formats or when SQLite refuses the condition.
     */
    bool filterGeoPackage(const QString& where);
    /** `column` as an SQL identifier, for a filterGeoPackage() condition. */
    static QString sqlIdentifier(const QString& column);
    /** Feature count when the driver knows it cheaply, else -1. */
    qint64 featureCount() const;

    bool hasGeometry() const;
    /** Human-readable source CRS ("Amersfoort / RD New"); empty when the layer has no geometry. */
    QString crsName() const;

    /** Advances to the next row; false at the end or when reading failed (see failed()). */
    bool next();
    /**
     * next() for a loader that reports progress: tells `feedback` (may be null) how far through the
     * layer it is, and stops when `feedback` is canceled (failed() then holds a Canceled error).
     */
    bool next(Feedback* feedback);
    /** Set when reading stopped on a GDAL error (damaged or truncated file). */
    std::optional<Error> failed() const;
    /** "line 12" for CSV (the header is line 1), "feature 12" otherwise; for messages. */
    QString location() const;
    /** Where the current row is, as a number locationAt() names: a loader keeps this per row, not a message. */
    qint64 position() const;
    /** location() of the row at `position` (an earlier position()). */
    QString locationAt(qint64 position) const;
    qint64 rowIndex() const;

    QString text(int column) const;
    bool isNull(int column) const;
    /** The cell as a number; nullopt when it is text that is not a number, or NaN or infinite (also in a typed field). */
    std::optional<AttributeValue> number(int column) const;
    /** The row's geometry in EPSG:28992; null when the row has none or it cannot be transformed. */
    Geometry geometry() const;
    /**
     * The centroid of geometry() (nullopt when that is null or empty); a point is read and transformed as it is,
     * without building a geometry (a national school layer has thousands).
     */
    std::optional<QPointF> centroid() const;

    /** A normalised column name: lower case without spaces, '_', '-' and '.'. */
    static QString normalizedName(const QString& name);

private:
    TableReader();
    /** Sets failed() for a CSV record with fewer values than the header has names; false. */
    bool failFewerValues();
    /** Whether `g` is a Polygon or MultiPolygon (of any dimension), which polygonOf() builds. */
    static bool isPolygonal(const OGRGeometry& g);
    /** `g`, a 2D Polygon or MultiPolygon (isPolygonal()), in GEOS as GEOS would read it from WKB; null when GEOS refuses a ring. */
    Geometry polygonOf(const OGRGeometry& g) const;
    static Result<TableReader> fromDataset(detail::GdalDataset dataset, const QString& layer, Diagnostics* diagnostics);
    std::unique_ptr<detail::TableReaderPrivate> d;
};

} // namespace Mk
