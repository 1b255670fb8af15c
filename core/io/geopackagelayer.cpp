// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/geopackagelayer_p.h"

#include "geo/georuntime.h"
#include "io/gdalerrorcapture_p.h"

#include <QFileInfo>

#include <cpl_error.h>

namespace Mk::detail {

namespace {

QString gdalMessage()
{
    return GdalErrorCapture::lastMessage();
}

} // namespace

Result<GeoPackageLayer> GeoPackageLayer::create(const QString& path, const QString& layerName, OGRwkbGeometryType type)
{
    GeoRuntime::init();
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    CPLErrorReset();
    GeoPackageLayer out;
    out.m_path = path;
    const QByteArray nativePath = path.toUtf8();
    if (QFileInfo::exists(path)) {
        // Only a GeoPackage is updated: any other driver could follow references in the file (a VRT named .gpkg).
        const char* const drivers[] = {"GPKG", nullptr};
        out.m_dataset.reset(GDALDataset::Open(nativePath.constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr));
    } else if (GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG")) {
        out.m_dataset.reset(driver->Create(nativePath.constData(), 0, 0, 0, GDT_Unknown, nullptr));
    }
    if (!out.m_dataset)
        return fail(ErrorCode::WriteFailed,
                    tr("Cannot open or create the GeoPackage \"%1\". Check that the folder exists, that you may write "
                       "there and that the file is a GeoPackage.")
                        .arg(path),
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
    char** layerOptions = CSLSetNameValue(nullptr, "IDENTIFIER", nativeName.constData());
    out.m_layer = out.m_dataset->CreateLayer(nativeName.constData(), out.m_crs.get(), type, layerOptions);
    CSLDestroy(layerOptions);
    if (!out.m_layer)
        return fail(ErrorCode::WriteFailed, tr("Cannot create the layer %1 in \"%2\".").arg(layerName, path), gdalMessage());
    if (out.m_dataset->StartTransaction() != OGRERR_NONE)
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
        m_dataset->RollbackTransaction();
        return fail(ErrorCode::WriteFailed, tr("Cannot write %1 to \"%2\".").arg(what, m_path), gdalMessage());
    }
    return {};
}

Result<void> GeoPackageLayer::commit()
{
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    if (m_dataset->CommitTransaction() != OGRERR_NONE)
        return fail(ErrorCode::WriteFailed, tr("Cannot write to \"%1\".").arg(m_path), gdalMessage());
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
