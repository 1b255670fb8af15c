// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/afspiegeling.h"
#include "goals/leagoal.h"
#include "i18n/textlanguage.h"
#include "i18n/translationcatalog.h"
#include "render/layerstyle.h"
#include "index/indexinput.h"
#include "io/datasetloader.h"
#include "render/classification.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Mk;

namespace {

/** Installs Mengkaart's embedded translator for one language while in scope. */
class InstalledLanguage
{
public:
    explicit InstalledLanguage(const QString& language) : m_translator(TranslationCatalog::appTranslator(language))
    {
        if (m_translator)
            QCoreApplication::installTranslator(m_translator.get());
    }
    ~InstalledLanguage()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
    }
    InstalledLanguage(const InstalledLanguage&) = delete;
    InstalledLanguage& operator=(const InstalledLanguage&) = delete;

    bool isInstalled() const { return m_translator != nullptr; }

private:
    std::unique_ptr<QTranslator> m_translator;
};

QString loadError(const QString& areasFile)
{
    LoadRequest request;
    request.areasFile = areasFile;
    Feedback feedback;
    const auto ds = DatasetLoader::load(request, feedback);
    return ds ? QString() : ds.error().message;
}

QString createError(const QStringList& groups, const std::vector<double>& counts)
{
    const auto input = IndexInput::create({QStringLiteral("school A"), QStringLiteral("school B")}, groups, counts);
    return input ? QString() : input.error().message;
}

QString oneGroupError()
{
    return createError({QStringLiteral("buiten Europa")}, {3.0, 4.0});
}

QString negativeCountError()
{
    return createError({QStringLiteral("buiten Europa"), QStringLiteral("Nederland")}, {3.0, 4.0, -2.0, 5.0});
}

QString overRepresentedEstimate()
{
    AfspiegelingRow row;
    row.verdict = AfspiegelingVerdict::OverRepresents;
    row.verdictGroup = QStringLiteral("buiten Europa");
    row.estimated = true;
    GroupTable groups; // no labels: the name in every language
    groups.groups = {QStringLiteral("buiten Europa")};
    return row.label(groups);
}

} // namespace

/**
 * Real messages from core come out in Dutch with the embedded translator and in English without it.
 * A message whose tr() context differs from the context lupdate wrote stays English under the
 * Dutch translator, so these checks fail when a Q_DECLARE_TR_FUNCTIONS or translate() context is wrong.
 */
class TstTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_missing;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_missing = m_dir.filePath(QStringLiteral("buurten_ontbreekt.gpkg"));
    }

    void catalogueHasBothLanguages()
    {
        QCOMPARE(TranslationCatalog::languages(), (QStringList{QStringLiteral("nl"), QStringLiteral("en")}));
        QVERIFY(InstalledLanguage(QStringLiteral("nl")).isInstalled());
        QVERIFY(InstalledLanguage(QStringLiteral("en")).isInstalled());
        QVERIFY(!InstalledLanguage(QStringLiteral("fr")).isInstalled());
    }

    void englishWithoutTranslator()
    {
        QCOMPARE(loadError(m_missing),
                 QStringLiteral("The file %1 does not exist. Check the path and the file name.").arg(m_missing));
        QCOMPARE(loadError(QString()),
                 QStringLiteral("No area file was given. Choose the CBS Wijk- en Buurtkaart (buurten or wijken) of the gemeente."));
        QCOMPARE(oneGroupError(),
                 QStringLiteral("Segregation needs at least two groups, but 1 group column(s) were given. Name two or more groups."));
        QCOMPARE(negativeCountError(), QStringLiteral("Unit \"school B\", column \"buiten Europa\": the count -2 is negative. "
                                                      "Counts must be 0 or more; correct the input."));
        QCOMPARE(Classification::methodName(ClassificationMethod::NaturalBreaks), QStringLiteral("Natural breaks (Jenks)"));
        QCOMPARE(overRepresentedEstimate(), QStringLiteral("over-represents buiten Europa (estimate)"));
    }

    void dutchWithTranslator()
    {
        const InstalledLanguage nl(QStringLiteral("nl"));
        QVERIFY(nl.isInstalled());
        // Mk::detail::GdalDataset, reached through DatasetLoader and AreaLoader.
        QCOMPARE(loadError(m_missing),
                 QStringLiteral("Het bestand %1 bestaat niet. Controleer het pad en de bestandsnaam.").arg(m_missing));
        QCOMPARE(loadError(QString()),
                 QStringLiteral("Er is geen gebiedsbestand opgegeven. Kies de CBS Wijk- en Buurtkaart (buurten of wijken) van de gemeente."));
        // Mk::IndexInput, a numerus message in its singular form.
        QCOMPARE(oneGroupError(), QStringLiteral("Voor segregatie zijn minstens twee groepen nodig, maar er is 1 groepskolom opgegeven. "
                                                 "Geef twee of meer groepen op."));
        QCOMPARE(negativeCountError(), QStringLiteral("Eenheid \"school B\", kolom \"buiten Europa\": het aantal -2 is negatief. "
                                                      "Aantallen moeten 0 of meer zijn; corrigeer de invoer."));
        // Render and catchment classes, whose contexts were qualified with Mk::.
        QCOMPARE(Classification::methodName(ClassificationMethod::NaturalBreaks), QStringLiteral("Natuurlijke grenzen (Jenks)"));
        QCOMPARE(overRepresentedEstimate(), QStringLiteral("buiten Europa oververtegenwoordigd (schatting)"));
    }

    void englishPluralForms()
    {
        const InstalledLanguage en(QStringLiteral("en"));
        QVERIFY(en.isInstalled());
        QCOMPARE(oneGroupError(),
                 QStringLiteral("Segregation needs at least two groups, but 1 group column was given. Name two or more groups."));
        // The English file holds only plural forms: other messages keep their source text.
        QCOMPARE(loadError(m_missing),
                 QStringLiteral("The file %1 does not exist. Check the path and the file name.").arg(m_missing));
    }

    void translatorRemovedAgain()
    {
        {
            const InstalledLanguage nl(QStringLiteral("nl"));
            QCOMPARE(Classification::methodName(ClassificationMethod::EqualInterval), QStringLiteral("Gelijke intervallen"));
        }
        QCOMPARE(Classification::methodName(ClassificationMethod::EqualInterval), QStringLiteral("Equal intervals"));
    }

    // A document's own language, whatever the installed one: the briefing never touches the UI's translators.
    void documentLanguageIsItsOwn()
    {
        const InstalledLanguage en(QStringLiteral("en"));
        const auto nl = TextLanguage::load(QStringLiteral("nl"));
        QVERIFY(nl);
        QCOMPARE(LayerStyle::missingLabel(*nl), QStringLiteral("Geen gegevens"));
        QCOMPARE(LayerStyle::missingLabel(), QStringLiteral("No data")); // the application's language is unchanged
        QCOMPARE(LeaGoal::indicatorName(GoalIndicator::Dissimilarity, *nl), QStringLiteral("Segregatie-index D (dissimilariteit)"));
        QCOMPARE(nl->locale().toString(0.34, 'f', 2), QStringLiteral("0,34"));
        QCOMPARE(nl->translate("Mk::Briefing", "%n primary school(s)", nullptr, 2), QStringLiteral("2 basisscholen"));
        const auto english = TextLanguage::load(QStringLiteral("en"));
        QVERIFY(english);
        QCOMPARE(english->translate("Mk::Briefing", "%n primary school(s)", nullptr, 1), QStringLiteral("1 primary school"));
        QCOMPARE(english->translate("Mk::LayerStyle", "No data"), QStringLiteral("No data")); // source text: no entry in en
        QCOMPARE(english->locale().toString(0.34, 'f', 2), QStringLiteral("0.34"));
        const auto french = TextLanguage::load(QStringLiteral("fr"));
        QVERIFY(!french);
        QVERIFY(french.error().message.contains(QStringLiteral("nl or en")));
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
