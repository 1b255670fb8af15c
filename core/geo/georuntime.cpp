// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/georuntime.h"

#include "base/librarymessages.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_http.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <geos_c.h>
#include <proj.h>

#include <mutex>

namespace Mk {

namespace {

/** GDAL's file systems that reach servers; each is replaced by one that opens nothing. */
const char* const kNetworkFileSystems[] = {
    "/vsicurl/", "/vsicurl?", "/vsicurl_streaming/", "/vsicurl_streaming?", "/vsis3/", "/vsis3_streaming/",
    "/vsigs/", "/vsigs_streaming/", "/vsiaz/", "/vsiaz_streaming/", "/vsiadls/", "/vsioss/", "/vsioss_streaming/",
    "/vsiswift/", "/vsiswift_streaming/", "/vsiwebhdfs/", "/vsihdfs/",
};

constexpr const char* kRefusal = "Mengkaart works offline and does not contact servers";

int refuseStat(void*, const char*, VSIStatBufL*, int)
{
    return -1;
}

void* refuseOpen(void*, const char* name, const char*)
{
    CPLError(CE_Failure, CPLE_NotSupported, "%s: %s", kRefusal, name);
    return nullptr;
}

vsi_l_offset noTell(void*) { return 0; }
int noSeek(void*, vsi_l_offset, int) { return -1; }
size_t noRead(void*, void*, size_t, size_t) { return 0; }
int noEof(void*) { return 1; }
int noClose(void*) { return 0; }

/** Answers every CPLHTTPFetch() (GML schemas, GeoJSON or WFS URLs a driver meets in a file) without a request. */
CPLHTTPResult* refuseFetch(const char* url, CSLConstList options, GDALProgressFunc, void*, CPLHTTPFetchWriteFunc, void*, void*)
{
    auto* result = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    if (CSLFetchNameValue(options, "CLOSE_PERSISTENT"))
        return result; // closing a connection that was never opened
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup(kRefusal);
    CPLError(CE_Failure, CPLE_HttpResponse, "%s: %s", kRefusal, url);
    return result;
}

/**
 * GDAL's messages outside a loader's GdalErrorCapture: heard by the thread's LibraryMessages when one
 * listens (a load in the GUI), printed as GDAL does otherwise (the CLI).
 */
void CPL_STDCALL routeGdalMessage(CPLErr level, CPLErrorNum number, const char* message)
{
    if (level == CE_Warning || level == CE_Failure) {
        const auto severity = level == CE_Warning ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error;
        if (LibraryMessages::report(severity, QStringLiteral("GDAL"), QString::fromUtf8(message)))
            return;
    }
    CPLDefaultErrorHandler(level, number, message);
}

void disableNetworkFileSystems()
{
    VSIFilesystemPluginCallbacksStruct* callbacks = VSIAllocFilesystemPluginCallbacksStruct();
    callbacks->stat = refuseStat;
    callbacks->open = refuseOpen;
    callbacks->tell = noTell;
    callbacks->seek = noSeek;
    callbacks->read = noRead;
    callbacks->eof = noEof;
    callbacks->close = noClose;
    for (const char* prefix : kNetworkFileSystems)
        VSIInstallPluginHandler(prefix, callbacks);
    VSIFreeFilesystemPluginCallbacksStruct(callbacks);
}

} // namespace

void GeoRuntime::init()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Offline by construction: a file that arrives by e-mail must never make GDAL or PROJ contact a server.
        // Three layers: the network file systems open nothing, every HTTP fetch is answered without a request,
        // and the options that would start one are off (VRT and other referring formats are not opened at all:
        // GdalDataset's allow-list of drivers).
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
        CPLSetConfigOption("GML_DOWNLOAD_WFS_SCHEMA", "NO");
        CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "ALL");
        CPLSetConfigOption("GDAL_VRT_ENABLE_PYTHON", "NO");
        CPLSetConfigOption("PROJ_NETWORK", "OFF");
        CPLSetConfigOption("OGR_GPKG_FOREIGN_KEY_CHECK", "NO");
        CPLSetErrorHandler(routeGdalMessage);
        GDALAllRegister();
        disableNetworkFileSystems();
        CPLHTTPSetFetchCallback(refuseFetch, nullptr);
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
