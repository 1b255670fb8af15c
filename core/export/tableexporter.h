// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Mk {

struct ExportTable;

/** The file formats a table or layer can be exported to. */
enum class ExportFormat {
    Csv,       ///< UTF-8, comma-separated, decimal point (RFC 4180 quoting)
    CsvDutch,  ///< "Excel (Nederlands)": UTF-8 with BOM, semicolon-separated, decimal comma
    Xlsx,      ///< Office Open XML workbook through GDAL's XLSX driver
    GeoPackage,
    GeoJson,   ///< RFC 7946: coordinates in WGS 84
    Shapefile,
};

/**
 * Writes an ExportTable to a file: the CSV variants directly, everything else through GDAL (the
 * GeoPackage writer shared with the catchment layers). Layer formats need the table's geometries.
 * The file appears only when it is complete (written beside it, then renamed).
 */
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(Mk::TableExporter)
public:
    /** "csv", "csv-nl", "xlsx", "gpkg", "geojson", "shp" (the CLI's --format), or nullopt. */
    static std::optional<ExportFormat> formatFromKey(const QString& key);
    static QString key(ExportFormat format);
    /** The usual file suffix, without the dot. */
    static QString suffix(ExportFormat format);
    /** Whether the format is a GIS layer (needs geometries). */
    static bool isLayer(ExportFormat format);
    /** The keys of all formats, as formatFromKey() reads them. */
    static QStringList keys();

    static Result<void> write(const ExportTable& table, const QString& path, ExportFormat format);
};

} // namespace Mk
