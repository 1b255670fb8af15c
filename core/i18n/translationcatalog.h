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
    /** The language to start in: the system language when we have it, else Dutch. */
    static QString defaultLanguage();
    /** Mengkaart's translator for a language; null when none is embedded. */
    static std::unique_ptr<QTranslator> appTranslator(const QString& language);
    /** Qt's own catalogue (qtbase_<lang>) from the system, for standard dialog texts; may be null. */
    static std::unique_ptr<QTranslator> qtTranslator(const QString& language);
};

} // namespace Mk
