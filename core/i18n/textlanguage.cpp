// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/textlanguage.h"

#include "i18n/translationcatalog.h"

#include <QTranslator>

namespace Mk {

const TextLanguage& TextLanguage::application()
{
    static const TextLanguage app;
    return app;
}

Result<TextLanguage> TextLanguage::load(const QString& code)
{
    if (!TranslationCatalog::languages().contains(code))
        return fail(ErrorCode::InvalidArgument, tr("Unknown language \"%1\": use %2.")
                                                    .arg(code, TranslationCatalog::languages().join(QStringLiteral(" or "))));
    TextLanguage language;
    language.m_code = code;
    // English has no catalogue entries but plural forms; without any .qm the source text is used.
    language.m_translator = TranslationCatalog::appTranslator(code);
    return language;
}

QLocale TextLanguage::locale() const
{
    if (m_code.isEmpty())
        return QLocale();
    return m_code == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                         : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString TextLanguage::code() const
{
    if (!m_code.isEmpty())
        return m_code;
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

QString TextLanguage::translate(const char* context, const char* source, const char* disambiguation, int n) const
{
    if (m_code.isEmpty())
        return QCoreApplication::translate(context, source, disambiguation, n);
    QString text = m_translator ? m_translator->translate(context, source, disambiguation, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n < 0)
        return text;
    // As QCoreApplication::translate: %n is the plain number, %Ln the number in this language.
    text.replace(QLatin1String("%Ln"), locale().toString(n));
    text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace Mk
