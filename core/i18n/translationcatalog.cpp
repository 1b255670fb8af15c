// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translationcatalog.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Mk {

QStringList TranslationCatalog::languages()
{
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

QString TranslationCatalog::languageFromLocaleVariables(const QString& lcAll, const QString& lcMessages, const QString& lang, Front front)
{
    const QString fallback = front == Front::CommandLine ? QStringLiteral("en") : QStringLiteral("nl");
    for (const QString& value : {lcAll, lcMessages, lang}) {
        if (value.isEmpty())
            continue;
        // language[_territory][.codeset][@modifier]; only the first non-empty variable counts.
        const QString language = value.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        // "C" and "POSIX" name no language: English for a Unix tool, as any other language we lack.
        return languages().contains(language) ? language : fallback;
    }
    return fallback;
}

QString TranslationCatalog::systemLanguage(Front front)
{
    return languageFromLocaleVariables(qEnvironmentVariable("LC_ALL"), qEnvironmentVariable("LC_MESSAGES"), qEnvironmentVariable("LANG"),
                                       front);
}

QString TranslationCatalog::defaultLanguage()
{
    return systemLanguage(Front::Desktop);
}

std::unique_ptr<QTranslator> TranslationCatalog::appTranslator(const QString& language)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/mengkaart_") + language + QStringLiteral(".qm")))
        return nullptr;
    return translator;
}

std::unique_ptr<QTranslator> TranslationCatalog::qtTranslator(const QString& language)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return nullptr;
    return translator;
}

} // namespace Mk
