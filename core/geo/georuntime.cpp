// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/georuntime.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <geos_c.h>
#include <proj.h>

#include <mutex>

namespace Mk {

void GeoRuntime::init()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Offline by construction: never let GDAL or PROJ reach for the network.
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
        CPLSetConfigOption("PROJ_NETWORK", "OFF");
        CPLSetConfigOption("OGR_GPKG_FOREIGN_KEY_CHECK", "NO");
        GDALAllRegister();
        proj_context_set_enable_network(PJ_DEFAULT_CTX, 0);
    });
}

QString GeoRuntime::versions()
{
    const PJ_INFO info = proj_info();
    return QStringLiteral("GDAL %1, PROJ %2, GEOS %3")
        .arg(QString::fromUtf8(GDALVersionInfo("RELEASE_NAME")), QString::fromUtf8(info.version),
             QString::fromUtf8(GEOSversion()));
}

} // namespace Mk
