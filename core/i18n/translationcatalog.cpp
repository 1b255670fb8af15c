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

QString TranslationCatalog::defaultLanguage()
{
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return languages().contains(system) ? system : QStringLiteral("nl");
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
