// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Mk {

/**
 * Mengkaart's embedded translations (":/i18n/mengkaart_<lang>.qm") and Qt's own catalogue.
 * Used by the GUI's language switch, the CLI, and the report builder, which translates
 * in its own language without touching the application's installed translators.
 */
class TranslationCatalog
{
public:
    /** "nl" or "en". */
    static QStringList languages();
    /** Who asks for the system language: Unix tools fall back to English, the desktop program to Dutch. */
    enum class Front { CommandLine, Desktop };
    /**
     * The language the environment asks for, read as Unix programs do: the first non-empty of
     * `lcAll`, `lcMessages` and `lang` (LC_ALL, LC_MESSAGES, LANG), e.g. "nl_NL.UTF-8" -> "nl".
     * "C" and "POSIX" mean English on the command line; a language we have no catalogue for, or
     * none set, gives English on the command line and Dutch on the desktop.
     */
    static QString languageFromLocaleVariables(const QString& lcAll, const QString& lcMessages, const QString& lang, Front front);
    /** languageFromLocaleVariables() of this process's LC_ALL, LC_MESSAGES and LANG. */
    static QString systemLanguage(Front front);
    /** The language to start the desktop program in: systemLanguage(Front::Desktop). */
    static QString defaultLanguage();
    /** Mengkaart's translator for a language; null when none is embedded. */
    static std::unique_ptr<QTranslator> appTranslator(const QString& language);
    /** Qt's own catalogue (qtbase_<lang>) from the system, for standard dialog texts; may be null. */
    static std::unique_ptr<QTranslator> qtTranslator(const QString& language);
};

} // namespace Mk
