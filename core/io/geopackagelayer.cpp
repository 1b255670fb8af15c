// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/geopackagelayer_p.h"

#include "geo/georuntime.h"
#include "io/gdalerrorcapture_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cpl_error.h>

#include <utility>

namespace Mk::detail {

namespace {

QString gdalMessage()
{
    return GdalErrorCapture::lastMessage();
}

} // namespace

GeoPackageLayer::GeoPackageLayer(GeoPackageLayer&& other) noexcept
    : m_path(std::move(other.m_path)), m_writePath(std::exchange(other.m_writePath, QString())),
      m_transaction(other.m_transaction), m_dataset(std::move(other.m_dataset)), m_crs(std::move(other.m_crs)),
      m_layer(std::exchange(other.m_layer, nullptr))
{
}

GeoPackageLayer::~GeoPackageLayer()
{
    if (m_writePath.isEmpty())
        return;
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    m_layer = nullptr;
    m_dataset.reset();
    removeWrittenSet();
}

void GeoPackageLayer::removeWrittenSet() const
{
    const QFileInfo written(m_writePath);
    const QString base = written.completeBaseName();
    for (const QFileInfo& part : written.dir().entryInfoList({base + QStringLiteral(".*")}, QDir::Files | QDir::Hidden))
        if (part.completeBaseName() == base)
            QFile::remove(part.filePath());
}

Result<GeoPackageLayer> GeoPackageLayer::create(const QString& path, const QString& layerName, OGRwkbGeometryType type,
                                                const char* driverName)
{
    GeoRuntime::init();
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    CPLErrorReset();
    GeoPackageLayer out;
    out.m_path = path;
    const bool geoPackage = qstrcmp(driverName, "GPKG") == 0;
    if (geoPackage && QFileInfo::exists(path)) {
        // Only a GeoPackage is updated: any other driver could follow references in the file (a VRT named .gpkg).
        const char* const drivers[] = {"GPKG", nullptr};
        out.m_dataset.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr));
    } else if (GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName)) {
        // Other formats are written whole beside the target and renamed over it at commit(), so a
        // failed export leaves the old file (or none) instead of half a new one.
        if (!geoPackage) {
            const QFileInfo target(path);
            // No dot in the partial name's base: GDAL's zip file system splits "a.xlsx.xlsx" at the first ".xlsx".
            QString base = target.completeBaseName();
            base.replace(QLatin1Char('.'), QLatin1Char('_'));
            out.m_writePath = target.dir().filePath(QStringLiteral("~partial-%1.%2").arg(base, target.suffix()));
            out.removeWrittenSet();
        }
        const QString created = geoPackage ? path : out.m_writePath;
        out.m_dataset.reset(driver->Create(created.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    }
    if (!out.m_dataset)
        return fail(ErrorCode::WriteFailed,
                    geoPackage ? tr("Cannot open or create the GeoPackage \"%1\". Check that the folder exists, that you may write "
                                    "there and that the file is a GeoPackage.")
                                     .arg(path)
                               : tr("Cannot create \"%1\". Check that the folder exists and that you may write there.").arg(path),
                    gdalMessage());
    const QByteArray nativeName = layerName.toUtf8();
    for (int i = 0; i < out.m_dataset->GetLayerCount(); ++i) {
        if (QString::fromUtf8(out.m_dataset->GetLayer(i)->GetName()) == layerName) {
            if (out.m_dataset->DeleteLayer(i) != OGRERR_NONE)
                return fail(ErrorCode::WriteFailed, tr("Cannot replace the layer %1 in \"%2\".").arg(layerName, path), gdalMessage());
            break;
        }
    }
    out.m_crs = std::make_unique<OGRSpatialReference>();
    out.m_crs->importFromEPSG(28992);
    out.m_crs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    char** layerOptions = nullptr;
    if (geoPackage)
        layerOptions = CSLSetNameValue(layerOptions, "IDENTIFIER", nativeName.constData());
    if (qstrcmp(driverName, "GeoJSON") == 0)
        layerOptions = CSLSetNameValue(layerOptions, "RFC7946", "YES"); // WGS 84 coordinates, as the standard asks
    if (qstrcmp(driverName, "ESRI Shapefile") == 0)
        layerOptions = CSLSetNameValue(layerOptions, "ENCODING", "UTF-8");
    out.m_layer = out.m_dataset->CreateLayer(nativeName.constData(), type == wkbNone ? nullptr : out.m_crs.get(), type, layerOptions);
    CSLDestroy(layerOptions);
    if (!out.m_layer)
        return fail(ErrorCode::WriteFailed, tr("Cannot create the layer %1 in \"%2\".").arg(layerName, path), gdalMessage());
    out.m_transaction = out.m_dataset->TestCapability(ODsCTransactions);
    if (out.m_transaction && out.m_dataset->StartTransaction() != OGRERR_NONE)
        return fail(ErrorCode::WriteFailed, tr("Cannot write to \"%1\".").arg(path), gdalMessage());
    return out;
}

void GeoPackageLayer::addTextFields(const QList<QByteArray>& names)
{
    for (const QByteArray& f : names) {
        OGRFieldDefn def(f.constData(), OFTString);
        m_layer->CreateField(&def);
    }
}

void GeoPackageLayer::addRealFields(const QList<QByteArray>& names)
{
    for (const QByteArray& f : names) {
        OGRFieldDefn def(f.constData(), OFTReal);
        m_layer->CreateField(&def);
    }
}

void GeoPackageLayer::addIntegerFields(const QList<QByteArray>& names)
{
    for (const QByteArray& f : names) {
        OGRFieldDefn def(f.constData(), OFTInteger);
        m_layer->CreateField(&def);
    }
}

Result<void> GeoPackageLayer::write(OGRFeature& feature, const QString& what)
{
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    if (m_layer->CreateFeature(&feature) != OGRERR_NONE) {
        if (m_transaction)
            m_dataset->RollbackTransaction();
        return fail(ErrorCode::WriteFailed, tr("Cannot write %1 to \"%2\".").arg(what, m_path), gdalMessage());
    }
    return {};
}

Result<void> GeoPackageLayer::commit()
{
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    if (m_transaction && m_dataset->CommitTransaction() != OGRERR_NONE)
        return fail(ErrorCode::WriteFailed, tr("Cannot write to \"%1\".").arg(m_path), gdalMessage());
    if (m_writePath.isEmpty())
        return {};
    // Closing writes the file (XLSX, GeoJSON); then every file of the written set (a Shapefile's .shp, .shx,
    // .dbf, .prj, .cpg) takes the target's name.
    CPLErrorReset();
    m_dataset.reset();
    m_layer = nullptr;
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        return fail(ErrorCode::WriteFailed, tr("Cannot write to \"%1\".").arg(m_path), gdalMessage());
    const QFileInfo written(m_writePath);
    const QFileInfo target(m_path);
    const QString writtenBase = written.completeBaseName();
    for (const QFileInfo& part : written.dir().entryInfoList({writtenBase + QStringLiteral(".*")}, QDir::Files | QDir::Hidden)) {
        if (part.completeBaseName() != writtenBase)
            continue;
        const QString destination = target.dir().filePath(target.completeBaseName() + QLatin1Char('.') + part.suffix());
        QFile::remove(destination);
        if (!QFile::rename(part.filePath(), destination))
            return fail(ErrorCode::WriteFailed, tr("Cannot write to \"%1\".").arg(destination));
    }
    m_writePath.clear();
    return {};
}

void GeoPackageLayer::setReal(OGRFeature& feature, const QByteArray& field, double value)
{
    if (std::isfinite(value))
        feature.SetField(field.constData(), value);
    else
        feature.SetFieldNull(feature.GetFieldIndex(field.constData()));
}

} // namespace Mk::detail
