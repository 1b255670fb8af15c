// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace Mk {

/** Start-up shared by `mengkaart` and `mengkaart-cli`: names, GDAL/PROJ/GEOS, translators. */
class AppInit
{
public:
    /** Sets organisation/application names; call before constructing the QApplication. */
    static void setApplicationNames();
    /** Batch runs often have no XDG_RUNTIME_DIR; give Qt a private one instead of a warning on stderr. */
    static void ensureRuntimeDirectory();
    /** Initialises GeoRuntime and installs the translators for `language` ("nl"/"en"; empty = system, Dutch fallback). */
    static void initialise(QCoreApplication& app, const QString& language = {});
    /** The language installed by initialise(). */
    static QString currentLanguage();
};

} // namespace Mk
