// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/userguide.h"
#include "i18n/textlanguage.h"
#include "index/indexcatalogue.h"
#include "itemmodels/scenarioindexmodel.h"
#include "scenario/scenariorunner.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Mk;

/** The user guide: both languages complete and alike, every index explained from the catalogue, shortcuts as given. */
class TstUserGuide : public QObject
{
    Q_OBJECT
private:
    static QString guide(const char* code, const QList<GuideShortcut>& shortcuts = {})
    {
        const auto language = TextLanguage::load(QLatin1String(code));
        if (!language)
            return {};
        const auto html = UserGuide::html(*language, shortcuts);
        return html ? *html : QString();
    }

private slots:
    void bothLanguagesHaveTheSameAnchors()
    {
        const QStringList nl = UserGuide::anchors(guide("nl"));
        const QStringList en = UserGuide::anchors(guide("en"));
        QVERIFY(nl.size() > 20);
        QCOMPARE(nl, en);
        QCOMPARE(QSet<QString>(nl.begin(), nl.end()).size(), nl.size());
        // Every internal link leads to an anchor of the page.
        static const QRegularExpression link(QStringLiteral("href=\"#([^\"]+)\""));
        for (const char* code : {"nl", "en"})
            for (const QRegularExpressionMatch& m : link.globalMatch(guide(code)))
                QVERIFY2(nl.contains(m.captured(1)), qPrintable(m.captured(1)));
    }

    void everyPanelAnchorIsInTheGuide()
    {
        const QStringList anchors = UserGuide::anchors(guide("nl"));
        QCOMPARE(UserGuide::panelAnchors().size(), 16);
        for (const QString& a : UserGuide::panelAnchors())
            QVERIFY2(anchors.contains(a), qPrintable(a));
    }

    void everyIndexHasASectionInItsLanguage()
    {
        const auto nl = TextLanguage::load(QStringLiteral("nl"));
        const auto en = TextLanguage::load(QStringLiteral("en"));
        QVERIFY(nl && en);
        const QString nlGuide = guide("nl"), enGuide = guide("en");
        const QStringList anchors = UserGuide::anchors(nlGuide);
        QSet<QString> seen;
        for (const IndexDefinition& d : IndexCatalogue::all()) {
            const QString anchor = UserGuide::indexAnchor(d.id);
            QVERIFY2(anchors.contains(anchor), qPrintable(anchor));
            QVERIFY2(!seen.contains(anchor), qPrintable(anchor));
            seen.insert(anchor);
            for (const auto& [html, language] : {std::pair{nlGuide, *nl}, std::pair{enGuide, *en}}) {
                // The section: its anchor, then the catalogue's name, description and source, before the next heading.
                const qsizetype at = html.indexOf(QStringLiteral("<a name=\"%1\">").arg(anchor));
                const QString section = html.mid(at, html.indexOf(QLatin1String("<h"), at + 10) - at);
                QVERIFY2(section.contains(IndexCatalogue::label(d.id, language).toHtmlEscaped()), qPrintable(anchor));
                QVERIFY2(section.contains(IndexCatalogue::description(d.id, language).toHtmlEscaped()), qPrintable(anchor));
                QVERIFY2(section.contains(IndexCatalogue::citation(d.id).toHtmlEscaped()), qPrintable(anchor));
            }
            // The Dutch guide explains in Dutch: the catalogue's translation, not the English source.
            QVERIFY2(IndexCatalogue::description(d.id, *nl) != IndexCatalogue::description(d.id, *en), qPrintable(anchor));
        }
    }

    void everyPlaceholderIsFilled()
    {
        for (const char* code : {"nl", "en"}) {
            const QString html = guide(code);
            QVERIFY2(!html.contains(QLatin1String("{{")) && !html.contains(QLatin1String("<!--mk:")), code);
        }
        // The default privacy threshold of the code, in the text.
        QVERIFY(guide("nl").contains(QRegularExpression(QStringLiteral("\\(standaard\\s+5,"))));
        QVERIFY(guide("en").contains(QRegularExpression(QStringLiteral("\\(by default\\s+5,"))));
    }

    void theLanguageIsTheGuidesLanguage()
    {
        QVERIFY(guide("nl").contains(QStringLiteral("<h1>Handleiding Mengkaart</h1>")));
        QVERIFY(guide("en").contains(QStringLiteral("<h1>Mengkaart user guide</h1>")));
    }

    void shortcutsAreListedAsGiven()
    {
        const QList<GuideShortcut> given{{QStringLiteral("Zoom in one step"), {QStringLiteral("Ctrl++"), QStringLiteral("Ctrl+=")}},
                                         {QStringLiteral("A <b> & \"c\""), {QStringLiteral("Ctrl+<")}},
                                         {QStringLiteral("User guide"), {QStringLiteral("F1")}}};
        for (const char* code : {"nl", "en"}) {
            const QString html = guide(code, given);
            const QList<QStringList> listed = UserGuide::listedShortcuts(html);
            QCOMPARE(listed.size(), given.size());
            for (qsizetype i = 0; i < given.size(); ++i)
                QCOMPARE(listed[i], given[i].keys);
            QVERIFY(html.contains(QStringLiteral("A &lt;b&gt; &amp; &quot;c&quot;")));
        }
        QVERIFY(UserGuide::listedShortcuts(guide("en")).isEmpty());
    }

    void everyIndexHasATooltip()
    {
        for (const char* code : {"nl", "en"}) {
            const auto language = TextLanguage::load(QLatin1String(code));
            QVERIFY(language);
            for (const IndexDefinition& d : IndexCatalogue::all()) {
                const QString tip = UserGuide::indexToolTip(d.id, *language);
                QVERIFY(tip.startsWith(QLatin1String("<p>")));
                QVERIFY(tip.contains(IndexCatalogue::label(d.id, *language).toHtmlEscaped()));
                QVERIFY(tip.contains(IndexCatalogue::description(d.id, *language).toHtmlEscaped()));
                QVERIFY(tip.contains(IndexCatalogue::citation(d.id).toHtmlEscaped()));
            }
        }
    }

    void scenarioResultsShowTheTooltipOnEveryIndex()
    {
        auto outcome = std::make_shared<ScenarioOutcome>();
        for (const IndexDefinition& d : IndexCatalogue::all()) {
            IndexOutcome o;
            o.key.id = d.id;
            o.key.name = IndexCatalogue::key(d.id);
            outcome->result.indices.push_back(o);
        }
        ScenarioIndexModel model;
        model.setOutcomes({outcome});
        QCOMPARE(model.rowCount(), static_cast<int>(IndexCatalogue::all().size()));
        for (int r = 0; r < model.rowCount(); ++r) {
            const IndexId id = IndexCatalogue::all()[static_cast<size_t>(r)].id;
            QCOMPARE(model.index(r, 0).data(Qt::ToolTipRole).toString(), UserGuide::indexToolTip(id));
        }
    }
};

QTEST_GUILESS_MAIN(TstUserGuide)
#include "tst_userguide.moc"
