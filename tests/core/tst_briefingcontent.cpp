// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingtestdata.h"
#include "catchment/catchmentanalysis.h"
#include "io/datasetloader.h"
#include "model/dataset.h"
#include "report/briefingbuilder.h"
#include "report/briefingformat.h"
#include "testutils.h"

#include <QRegularExpression>
#include <QTest>

using namespace Mk;

namespace {

BriefingContent build(const std::shared_ptr<const Dataset>& ds, const BriefingSpec& s)
{
    Feedback feedback;
    auto c = BriefingBuilder::build(ds, s, feedback);
    if (!c)
        qFatal("briefing fails: %s", qPrintable(c.error().toString()));
    return std::move(*c);
}

} // namespace

/** The briefing's content (numbers, sentences, table, goals, methods) on the Baarn demo, in both languages. */
class TstBriefingContent : public QObject
{
    Q_OBJECT
private slots:
    void englishDemo()
    {
        const BriefingContent c = build(briefingDemo(), briefingTestSpec(QStringLiteral("en")));
        QCOMPARE(c.title.title, QStringLiteral("School segregation in Baarn"));
        QCOMPARE(c.title.gemeente, QStringLiteral("Baarn (GM0308)"));
        QCOMPARE(c.title.date, QStringLiteral("14 March 2025"));
        QVERIFY(c.title.dataYears.contains(QStringLiteral("2021-2022 to 2023-2024")));
        QCOMPARE(c.groups.size(), 3);
        QVERIFY(c.groups.contains(c.focusGroup));
        QVERIFY(c.focusGroupShare > 0.0 && c.focusGroupShare < 0.5); // a minority group
        // All groups, then the focus group; values are the school composition's, inside their intervals.
        QCOMPARE(c.figures.size(), 6);
        for (const BriefingFigure& f : c.figures) {
            QVERIFY2(f.low <= f.value && f.value <= f.high, qPrintable(IndexCatalogue::key(f.index)));
            QVERIFY(std::isfinite(f.expectedRandom));
            QVERIFY(std::isfinite(f.residential));
        }
        const BriefingFigure* d = c.figure(IndexId::MultigroupDissimilarity);
        QVERIFY(d);
        for (const ResidentialChoiceRow& row : c.catchments->split.rows)
            if (row.index == IndexId::MultigroupDissimilarity)
                QCOMPARE(d->residential, row.residential);
        // Demo: nine schools, estimated compositions, every school mirrors its area.
        QCOMPARE(c.schools.size(), 9);
        QCOMPARE(c.schoolsMirroring, 9);
        for (const BriefingSchoolRow& row : c.schools) {
            QVERIFY(row.estimated);
            QCOMPARE(row.school.size(), 3);
            QVERIFY(row.gap.hasValue());
            QCOMPARE(row.verdict, QStringLiteral("mirrors its area"));
        }
        QVERIFY(QString::localeAwareCompare(c.schools.first().name, c.schools.last().name) < 0);
        QVERIFY(!c.chartSchools.isEmpty() && c.chartSchools.size() <= 4);
        QCOMPARE(c.suppressedCount, 0);
        // Sentences from the numbers: D is low and within chance on the demo.
        const QString summary = c.summary.join(QLatin1Char(' '));
        QVERIFY2(summary.contains(QStringLiteral("is low")), qPrintable(summary));
        QVERIFY(summary.contains(BriefingFormat(QLocale(QLocale::English), {}).index(d->value)));
        // The compositions are flow estimates, so the headline is the schoolweging against the pupils' neighbourhoods.
        const SesGapSpread& ses = c.catchments->sesSpread;
        QVERIFY(ses.schools > 0);
        QVERIFY2(summary.contains(QStringLiteral("Measured by the Inspectie's schoolweging, %1 of the %2 schools").arg(ses.differs).arg(ses.schools)),
                 qPrintable(summary));
        QVERIFY(!summary.contains(QStringLiteral("mirror the mix")));
        QVERIFY(summary.contains(QStringLiteral("miss sorting within a postcode")));
        QVERIFY(summary.contains(QStringLiteral("estimates")));
        QVERIFY(summary.contains(QStringLiteral("of 2 LEA goals are met")));
        QCOMPARE(c.goals.size(), 2);
        QCOMPARE(c.goals[1].trend.size(), 3);
        QCOMPARE(c.methods.sources, briefingDemo()->sources);
        QVERIFY(c.methods.definitions.size() >= 10);
        QVERIFY(c.methods.privacy.contains(QStringLiteral("<5")));
        QVERIFY(c.methods.assumptions.join(QLatin1Char(' ')).contains(QStringLiteral("herkomst")));
    }

    void dutchDemoHasDutchTextAndNumbers()
    {
        const BriefingContent c = build(briefingDemo(), briefingTestSpec(QStringLiteral("nl")));
        QCOMPARE(c.title.title, QStringLiteral("Schoolsegregatie in Baarn"));
        QCOMPARE(c.title.date, QStringLiteral("14 maart 2025"));
        const QString summary = c.summary.join(QLatin1Char(' '));
        QVERIFY2(summary.contains(QRegularExpression(QStringLiteral("0,\\d\\d\\d"))), qPrintable(summary));
        QVERIFY(!summary.contains(QRegularExpression(QStringLiteral("\\b0\\.\\d"))));
        QVERIFY(summary.contains(QStringLiteral("laag")));
        QCOMPARE(c.schools.first().verdict, QStringLiteral("afspiegeling van het voedingsgebied"));
        QVERIFY(c.goals[0].note.startsWith(QStringLiteral("Er zijn geen eerdere jaren")));
        // The same numbers as in English: the language changes words and formats only.
        const BriefingContent en = build(briefingDemo(), briefingTestSpec(QStringLiteral("en")));
        QCOMPARE(c.figures.first().value, en.figures.first().value);
        QCOMPARE(c.figures.first().low, en.figures.first().low);
    }

    // An observed table with a count of 3: that share and its complements are withheld.
    void smallCellsAreSuppressed()
    {
        const auto ds = briefingDemoWithSmallCells();
        BriefingSpec s = briefingTestSpec(QStringLiteral("en"));
        const BriefingContent c = build(ds, s);
        QVERIFY(c.suppressedCount >= 2);
        const QString first = ds->schools.first().id;
        const BriefingSchoolRow* row = nullptr;
        for (const BriefingSchoolRow& r : c.schools)
            if (r.id == first)
                row = &r;
        QVERIFY(row);
        QVERIFY(!row->estimated);
        QCOMPARE(row->school[1].state, BriefingCell::State::Suppressed); // 3 pupils: primary
        int secondary = 0;
        for (qsizetype k : {0, 2})
            secondary += row->school[k].state == BriefingCell::State::Suppressed ? 1 : 0;
        QCOMPARE(secondary, 1); // the smallest other cell of the row (92 pupils) goes too
        QCOMPARE(row->school[2].state, BriefingCell::State::Suppressed);
        QVERIFY(c.summary.join(QLatin1Char(' ')).contains(QStringLiteral("shown as <5")));
        // A higher threshold withholds more and says so.
        s.privacyThreshold = 50;
        const BriefingContent strict = build(ds, s);
        QVERIFY(strict.suppressedCount > c.suppressedCount);
        QCOMPARE(strict.suppressedText, QStringLiteral("<50"));
    }

    // A gemeente with one primary school (Vlieland, from the embedded national data): D is 0 by definition, so the
    // summary says there is nothing between schools to measure instead of calling segregation "low", and gives that
    // school's schoolweging verdict instead of a spread over one school.
    void oneSchoolGemeente()
    {
        Feedback feedback;
        auto loaded = DatasetLoader::load(DatasetLoader::nationalRequest(QStringLiteral("GM0096")), feedback);
        QVERIFY(loaded.hasValue());
        const auto ds = std::make_shared<const Dataset>(std::move(loaded.value()));
        QCOMPARE(ds->gemeenteName, QStringLiteral("Vlieland"));
        const BriefingContent c = build(ds, briefingTestSpec(QStringLiteral("en")));
        QCOMPARE(c.schools.size(), 1);
        const QString summary = c.summary.join(QLatin1Char(' '));
        QVERIFY2(summary.contains(QLatin1String("one primary school")) && !summary.contains(QLatin1String(" is low"))
                     && !summary.contains(QLatin1String("(SD")),
                 qPrintable(summary));
        QVERIFY(!c.schools.first().sesVerdict.isEmpty());
        QVERIFY2(summary.contains(c.schools.first().name + QStringLiteral(": ") + c.schools.first().sesVerdict), qPrintable(summary));
    }

    void badSpecs()
    {
        Feedback feedback;
        BriefingSpec s = briefingTestSpec(QStringLiteral("en"));
        s.privacyThreshold = 0;
        auto r = BriefingBuilder::build(briefingDemo(), s, feedback);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("at least 1")));
        s = briefingTestSpec(QStringLiteral("fr"));
        QVERIFY(!BriefingBuilder::build(briefingDemo(), s, feedback));
        s = briefingTestSpec(QStringLiteral("en"));
        s.sections = {QStringLiteral("appendix")};
        r = BriefingBuilder::build(briefingDemo(), s, feedback);
        QVERIFY(!r && r.error().message.contains(QStringLiteral("appendix")));
        s = briefingTestSpec(QStringLiteral("en"));
        s.focusGroup = QStringLiteral("Atlantis");
        QVERIFY(!BriefingBuilder::build(briefingDemo(), s, feedback));
        Feedback canceled;
        canceled.cancel();
        r = BriefingBuilder::build(briefingDemo(), briefingTestSpec(QStringLiteral("en")), canceled);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Canceled);
    }
};

QTEST_GUILESS_MAIN(TstBriefingContent)
#include "tst_briefingcontent.moc"
