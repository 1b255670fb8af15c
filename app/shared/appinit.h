// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/translationcatalog.h"

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
    /**
     * Initialises GeoRuntime and installs the translators for `language` ("nl"/"en"); for any other
     * value the system's (TranslationCatalog::systemLanguage(front): English for the command line,
     * Dutch for the desktop when the system asks for neither).
     */
    static void initialise(QCoreApplication& app, const QString& language = {},
                           TranslationCatalog::Front front = TranslationCatalog::Front::Desktop);
    /**
     * Switches the language of a running program: removes the translators installed before, installs
     * those of `language` ("nl"/"en", else the system's for `front`) and sets the default QLocale
     * first (and the running widgets' locale, with QEvent::LocaleChange), so every QEvent::LanguageChange
     * handler formats numbers in the new language.
     */
    static void setLanguage(const QString& language, TranslationCatalog::Front front = TranslationCatalog::Front::Desktop);
    /** The language installed by initialise() or setLanguage(). */
    static QString currentLanguage();
};

} // namespace Mk
