// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: only core/*.cpp include this header (it exposes geos_c.h).

#include <geos_c.h>

#include <QString>

namespace Mk::detail {

/** The calling thread's GEOS handle (reentrant API); GEOS errors are stored, never thrown. */
class GeosContext
{
public:
    static GEOSContextHandle_t handle();
    /** The last GEOS error message on this thread, cleared by the call. */
    static QString takeLastError();
};

/** Deleter so GEOS objects live in std::unique_ptr. */
struct GeosGeometryDeleter {
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(GeosContext::handle(), g); }
};
struct GeosPreparedDeleter {
    void operator()(const GEOSPreparedGeometry* g) const { GEOSPreparedGeom_destroy_r(GeosContext::handle(), g); }
};
struct GeosBufferDeleter {
    void operator()(void* p) const { GEOSFree_r(GeosContext::handle(), p); }
};

} // namespace Mk::detail
