// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mk {

/**
 * One-time set-up of GDAL, PROJ and GEOS; both mains call init() before any I/O. It makes GDAL and
 * PROJ offline: GDAL's network file systems (/vsicurl/, /vsis3/, ...) are replaced by ones that open
 * nothing, every HTTP fetch a driver attempts (a remote GML schema, a URL inside a file) is refused
 * without a request, and PROJ's grid downloads are off.
 */
class GeoRuntime
{
public:
    static void init();
    /** "GDAL 3.6.2, PROJ 9.1.1, GEOS 3.11.1" for the About dialog and `--version`. */
    static QString versions();
};

} // namespace Mk
