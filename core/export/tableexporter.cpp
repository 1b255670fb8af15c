// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/tableexporter.h"

#include "export/exporttable.h"
#include "io/geopackagelayer_p.h"
#include "privacy/smallcellsuppressor.h"

#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>
#include <QtEndian>

#include <cstring>

namespace Mk {

namespace {

struct FormatInfo {
    ExportFormat format;
    const char* key;
    const char* suffix;
    const char* driver; ///< GDAL driver, null for the CSV variants
};

constexpr FormatInfo kFormats[] = {
    {ExportFormat::Csv, "csv", "csv", nullptr},          {ExportFormat::CsvDutch, "csv-nl", "csv", nullptr},
    {ExportFormat::Xlsx, "xlsx", "xlsx", "XLSX"},        {ExportFormat::GeoPackage, "gpkg", "gpkg", "GPKG"},
    {ExportFormat::GeoJson, "geojson", "geojson", "GeoJSON"}, {ExportFormat::Shapefile, "shp", "shp", "ESRI Shapefile"},
};

const FormatInfo& info(ExportFormat format)
{
    for (const FormatInfo& f : kFormats)
        if (f.format == format)
            return f;
    return kFormats[0];
}

/** A number as a machine reads it: no thousands separator, up to 12 significant digits. */
QString numberText(double value, bool decimalComma)
{
    QString text = QString::number(value, 'g', 12);
    if (decimalComma)
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

QString csvField(const QString& text, QChar separator)
{
    if (!text.contains(separator) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Result<void> writeCsv(const ExportTable& table, const QString& path, bool dutch)
{
    const QChar separator = dutch ? QLatin1Char(';') : QLatin1Char(',');
    const QString withheld = SmallCellSuppressor::create(table.privacyThreshold)->suppressedText(QLocale::c());
    QString text;
    if (dutch)
        text += QChar(0xFEFF); // the BOM tells Excel the file is UTF-8
    QStringList line;
    for (const ExportColumn& c : table.columns)
        line.append(csvField(c.name, separator));
    text += line.join(separator) + QLatin1String("\r\n");
    for (const auto& row : table.rows) {
        line.clear();
        for (const ExportCell& cell : row) {
            switch (cell.kind) {
            case ExportCell::Kind::Empty: line.append(QString()); break;
            case ExportCell::Kind::Number: line.append(numberText(cell.number, dutch)); break;
            case ExportCell::Kind::Text: line.append(csvField(cell.text, separator)); break;
            case ExportCell::Kind::Withheld: line.append(csvField(withheld, separator)); break;
            }
        }
        text += line.join(separator) + QLatin1String("\r\n");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return fail(ErrorCode::WriteFailed,
                    ExportTable::tr("Cannot write \"%1\": %2. Check that the folder exists and that you may write there.")
                        .arg(path, file.errorString()));
    return {};
}

/** A field name GDAL accepts everywhere: the heading itself, made unique (Shapefile cuts names at 10 characters). */
QList<QByteArray> fieldNames(const ExportTable& table)
{
    QList<QByteArray> names;
    for (const ExportColumn& c : table.columns) {
        QByteArray name = c.name.toUtf8();
        if (name.isEmpty())
            name = "field";
        QByteArray unique = name;
        for (int n = 2; names.contains(unique); ++n)
            unique = name + '_' + QByteArray::number(n);
        names.append(unique);
    }
    return names;
}

/**
 * The layer's geometry type from the rows' WKB headers (byte order, then the type): one type for all, a polygon
 * counted as a multipolygon (a gemeente or buurt may have several parts), so that QGIS and Shapefile readers see
 * a declared type; mixed types stay Unknown.
 */
OGRwkbGeometryType layerGeometryType(const ExportTable& table)
{
    OGRwkbGeometryType common = wkbNone;
    for (const QByteArray& wkb : table.geometries) {
        if (wkb.size() < 5)
            continue;
        quint32 code = 0;
        std::memcpy(&code, wkb.constData() + 1, sizeof code);
        if ((wkb.at(0) == 1) != (QSysInfo::ByteOrder == QSysInfo::LittleEndian))
            code = qbswap(code);
        OGRwkbGeometryType type = OGR_GT_Flatten(static_cast<OGRwkbGeometryType>(code));
        if (type == wkbPolygon)
            type = wkbMultiPolygon;
        if (common == wkbNone)
            common = type;
        else if (common != type)
            return wkbUnknown;
    }
    return common == wkbNone ? wkbUnknown : common;
}

Result<void> writeWithGdal(const ExportTable& table, const QString& path, ExportFormat format)
{
    const bool layer = TableExporter::isLayer(format);
    if (layer && !table.hasGeometry())
        return fail(ErrorCode::InvalidArgument, ExportTable::tr("The table \"%1\" has no geometry: export it as CSV or Excel instead.").arg(table.name));
    const OGRwkbGeometryType type = layer ? layerGeometryType(table) : wkbNone;
    auto output = detail::GeoPackageLayer::create(path, table.name, type, info(format).driver);
    if (!output)
        return output.error();
    const QList<QByteArray> names = fieldNames(table);
    for (size_t c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].numeric)
            output->addRealFields({names[static_cast<qsizetype>(c)]});
        else
            output->addTextFields({names[static_cast<qsizetype>(c)]});
    }
    OGRFeatureDefn* definition = output->layer()->GetLayerDefn();
    for (size_t r = 0; r < table.rows.size(); ++r) {
        OGRFeature feature(definition);
        const auto& row = table.rows[r];
        for (size_t c = 0; c < row.size() && static_cast<int>(c) < definition->GetFieldCount(); ++c) {
            const ExportCell& cell = row[c];
            const int field = static_cast<int>(c);
            if (cell.kind == ExportCell::Kind::Number && table.columns[c].numeric)
                feature.SetField(field, cell.number);
            else if (cell.kind == ExportCell::Kind::Number)
                feature.SetField(field, numberText(cell.number, false).toUtf8().constData());
            else if (cell.kind == ExportCell::Kind::Text)
                feature.SetField(field, cell.text.toUtf8().constData());
            else
                feature.SetFieldNull(field); // withheld: no number rather than a misleading one
        }
        if (layer && r < table.geometries.size() && !table.geometries[r].isEmpty()) {
            const QByteArray& wkb = table.geometries[r];
            OGRGeometry* geometry = nullptr;
            if (OGRGeometryFactory::createFromWkb(wkb.constData(), output->crs(), &geometry, wkb.size()) == OGRERR_NONE && geometry)
                feature.SetGeometryDirectly(type == wkbMultiPolygon ? OGRGeometryFactory::forceToMultiPolygon(geometry) : geometry);
        }
        if (auto ok = output->write(feature, ExportTable::tr("row %1").arg(r + 1)); !ok)
            return ok.error();
    }
    return output->commit();
}

} // namespace

std::optional<ExportFormat> TableExporter::formatFromKey(const QString& key)
{
    for (const FormatInfo& f : kFormats)
        if (key == QLatin1String(f.key))
            return f.format;
    return std::nullopt;
}

QString TableExporter::key(ExportFormat format)
{
    return QLatin1String(info(format).key);
}

QString TableExporter::suffix(ExportFormat format)
{
    return QLatin1String(info(format).suffix);
}

bool TableExporter::isLayer(ExportFormat format)
{
    return format == ExportFormat::GeoPackage || format == ExportFormat::GeoJson || format == ExportFormat::Shapefile;
}

QStringList TableExporter::keys()
{
    QStringList out;
    for (const FormatInfo& f : kFormats)
        out.append(QLatin1String(f.key));
    return out;
}

Result<void> TableExporter::write(const ExportTable& table, const QString& path, ExportFormat format)
{
    if (format == ExportFormat::Csv || format == ExportFormat::CsvDutch)
        return writeCsv(table, path, format == ExportFormat::CsvDutch);
    return writeWithGdal(table, path, format);
}

} // namespace Mk
