// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace Mk {

/**
 * The language a piece of text is produced in: the application's (its installed translators and the
 * default QLocale, i.e. the UI language), or a language of its own for a document whose language is
 * chosen apart from the UI, such as the briefing. An own language holds a QTranslator that is never
 * installed: QCoreApplication::installTranslator is global and would switch the UI mid-export.
 *
 * Functions whose text can end up in a document take a `const TextLanguage&` (default application())
 * and translate with translate("Mk::Context", "source"), which lupdate extracts like tr().
 * A value type (copies share the translator); translate() may be called from any thread.
 */
class TextLanguage
{
    Q_DECLARE_TR_FUNCTIONS(Mk::TextLanguage)
public:
    /** The UI language, as application(). */
    TextLanguage() = default;
    /** The UI language: QCoreApplication::translate() and QLocale(). */
    static const TextLanguage& application();
    /** A language of its own, "nl" or "en" (TranslationCatalog::languages()); an InvalidArgument error otherwise. */
    static Result<TextLanguage> load(const QString& code);

    /** Numbers and dates in this language (Dutch: 0,34). */
    QLocale locale() const;
    /** "nl" or "en": for application(), the language of the default QLocale (which AppInit sets with the translators). */
    QString code() const;
    /**
     * The translation of `source` in `context`, or `source` itself when there is none (English is the
     * source language); %n and %Ln are replaced by n as QCoreApplication::translate() does.
     */
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1) const;

private:
    QString m_code; ///< "nl" or "en"; empty for the application's language
    std::shared_ptr<const QTranslator> m_translator; ///< may be null (no catalogue): the source text is used
};

} // namespace Mk
