// SPDX-License-Identifier: GPL-3.0-or-later
// Which language the environment asks for (LC_ALL, LC_MESSAGES, LANG), as Unix programs read it.
#include "i18n/translationcatalog.h"

#include <QTest>

using namespace Mk;

namespace {
QString commandLine(const char* lcAll, const char* lcMessages, const char* lang)
{
    return TranslationCatalog::languageFromLocaleVariables(QString::fromLatin1(lcAll), QString::fromLatin1(lcMessages),
                                                           QString::fromLatin1(lang), TranslationCatalog::Front::CommandLine);
}
QString desktop(const char* lcAll, const char* lcMessages, const char* lang)
{
    return TranslationCatalog::languageFromLocaleVariables(QString::fromLatin1(lcAll), QString::fromLatin1(lcMessages),
                                                           QString::fromLatin1(lang), TranslationCatalog::Front::Desktop);
}
} // namespace

class TestLanguageResolution : public QObject
{
    Q_OBJECT
private slots:
    void firstNonEmptyVariableWins_data()
    {
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("lcMessages");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANG only") << "" << "" << "nl_NL.UTF-8" << "nl";
        QTest::newRow("LC_MESSAGES over LANG") << "" << "en_GB.UTF-8" << "nl_NL.UTF-8" << "en";
        QTest::newRow("LC_ALL over both") << "nl_BE.UTF-8" << "en_US.UTF-8" << "en_GB" << "nl";
        // Only the first non-empty counts: a C there is not skipped to reach a Dutch LANG.
        QTest::newRow("C in LC_ALL hides LANG") << "C" << "" << "nl_NL.UTF-8" << "en";
        QTest::newRow("POSIX") << "" << "POSIX" << "nl_NL" << "en";
        QTest::newRow("C.UTF-8") << "" << "" << "C.UTF-8" << "en";
        QTest::newRow("modifier and codeset") << "" << "" << "nl_NL.ISO-8859-15@euro" << "nl";
        QTest::newRow("bare language") << "" << "nl" << "" << "nl";
        QTest::newRow("German: no catalogue") << "de_DE.UTF-8" << "" << "nl_NL" << "en";
        QTest::newRow("nothing set") << "" << "" << "" << "en";
    }
    void firstNonEmptyVariableWins()
    {
        QFETCH(QString, lcAll);
        QFETCH(QString, lcMessages);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QCOMPARE(TranslationCatalog::languageFromLocaleVariables(lcAll, lcMessages, lang, TranslationCatalog::Front::CommandLine), expected);
    }

    // The desktop program keeps Dutch when the system asks for neither Dutch nor English (C included).
    void desktopFallsBackToDutch()
    {
        QCOMPARE(desktop("", "", "C.UTF-8"), QStringLiteral("nl"));
        QCOMPARE(desktop("de_DE.UTF-8", "", ""), QStringLiteral("nl"));
        QCOMPARE(desktop("", "", ""), QStringLiteral("nl"));
        QCOMPARE(desktop("", "en_IE.UTF-8", "nl_NL"), QStringLiteral("en"));
        QCOMPARE(commandLine("", "", "C.UTF-8"), QStringLiteral("en"));
    }

    // systemLanguage() reads exactly these three variables of the process.
    void readsTheProcessEnvironment()
    {
        qputenv("LC_ALL", "");
        qputenv("LC_MESSAGES", "nl_NL.UTF-8");
        qputenv("LANG", "en_GB.UTF-8");
        QCOMPARE(TranslationCatalog::systemLanguage(TranslationCatalog::Front::CommandLine), QStringLiteral("nl"));
        qputenv("LC_ALL", "POSIX");
        QCOMPARE(TranslationCatalog::systemLanguage(TranslationCatalog::Front::CommandLine), QStringLiteral("en"));
        QCOMPARE(TranslationCatalog::systemLanguage(TranslationCatalog::Front::Desktop), QStringLiteral("nl"));
    }
};

QTEST_GUILESS_MAIN(TestLanguageResolution)
#include "tst_languageresolution.moc"
