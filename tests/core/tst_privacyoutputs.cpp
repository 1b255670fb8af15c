// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy in every output: the leaks of issue 14, each built on the demo data and shown to be gone.
#include "base/feedback.h"
#include "catchment/catchmentanalysis.h"
#include "io/datasetloader.h"
#include "report/briefingbuilder.h"

#include <QTest>

using namespace Mk;

namespace {

/** The demo with one school's pupil count replaced. */
std::shared_ptr<const Dataset> demoWith(const QString& schoolId, double pupils, int suppressedCells, PupilSource source)
{
    Feedback feedback;
    auto demo = DatasetLoader::loadDemo(feedback);
    if (!demo)
        qFatal("demo: %s", qPrintable(demo.error().message));
    for (School& s : demo->schools)
        if (s.id == schoolId) {
            s.pupils = pupils;
            s.pupilsSuppressedCells = suppressedCells;
            s.pupilsSource = source;
        }
    return std::make_shared<const Dataset>(std::move(*demo));
}

CatchmentResult analyse(const Dataset& ds)
{
    CatchmentOptions options;
    options.split.replicates = 0;
    Feedback feedback;
    auto r = CatchmentAnalysis::run(ds, options, feedback);
    if (!r)
        qFatal("analysis: %s", qPrintable(r.error().message));
    return std::move(*r);
}

const AfspiegelingRow& rowOf(const CatchmentResult& r, const QString& id)
{
    for (const AfspiegelingRow& row : r.afspiegeling)
        if (row.schoolId == id)
            return row;
    qFatal("no row %s", qPrintable(id));
}

/** Withheld school totals; the sum of all is printed, so never exactly one may be withheld. */
int withheld(const CatchmentResult& r)
{
    int n = 0;
    for (const AfspiegelingRow& row : r.afspiegeling)
        n += row.pupilsSuppressed ? 1 : 0;
    return n;
}

} // namespace

class TstPrivacyOutputs : public QObject
{
    Q_OBJECT

private slots:
    void aSchoolOfThreePupils()
    {
        const auto ds = demoWith(QStringLiteral("06GW00"), 3.0, 0, PupilSource::SchoolFile);
        const CatchmentResult r = analyse(*ds);
        const AfspiegelingRow& small = rowOf(r, QStringLiteral("06GW00"));
        QVERIFY(small.pupilsSuppressed);
        for (const AfspiegelingGroup& g : small.groups)
            QVERIFY2(g.suppressed, qPrintable(g.group)); // its shares weigh where those three live
        QVERIFY(!small.showsVerdictGap());
        QCOMPARE(withheld(r), 2); // and one more, or the gemeente total minus the others gives 3
    }

    void aSchoolWhoseOnlyFlowIsASuppressedCell()
    {
        // One DUO "<5" cell: 2.5 as an estimate, but 1 to 4 children in truth.
        const auto ds = demoWith(QStringLiteral("06GW00"), AttributeValue::kSuppressedCountEstimate, 1, PupilSource::PupilFlows);
        const CatchmentResult r = analyse(*ds);
        QVERIFY(rowOf(r, QStringLiteral("06GW00")).pupilsSuppressed);
        QCOMPARE(withheld(r), 2);
    }

    void aTotalThatCouldBeSmall()
    {
        // 2 known pupils and two "<5" cells print as 7 but may be 4; 5 known and two cells (7 to 13) are safe to print.
        const auto risky = demoWith(QStringLiteral("06GW00"), 2.0 + 2 * AttributeValue::kSuppressedCountEstimate, 2, PupilSource::PupilFlows);
        QVERIFY(rowOf(analyse(*risky), QStringLiteral("06GW00")).pupilsSuppressed);
        const auto safe = demoWith(QStringLiteral("06GW00"), 5.0 + 2 * AttributeValue::kSuppressedCountEstimate, 2, PupilSource::PupilFlows);
        const CatchmentResult r = analyse(*safe);
        QVERIFY(!rowOf(r, QStringLiteral("06GW00")).pupilsSuppressed);
        QCOMPARE(withheld(r), 0); // nothing to protect, nothing withheld
    }

    void theBriefingWithholdsThemToo()
    {
        const auto ds = demoWith(QStringLiteral("06GW00"), 3.0, 0, PupilSource::SchoolFile);
        BriefingSpec spec;
        spec.language = QStringLiteral("en");
        spec.replicates = 20;
        Feedback feedback;
        auto content = BriefingBuilder::build(ds, spec, feedback);
        QVERIFY(content);
        int rows = 0;
        for (const BriefingSchoolRow& row : content->schools) {
            rows += row.pupilsSuppressed ? 1 : 0;
            if (row.id == QLatin1String("06GW00")) {
                QVERIFY(row.pupilsSuppressed);
                for (const BriefingCell& share : row.school)
                    QVERIFY(!share.hasValue());
            }
        }
        QCOMPARE(rows, 2);
        QVERIFY(content->suppressedCount >= 2); // the JSON's suppressed_cells counts them (it said 0)
        // One estimated total among the withheld: the estimated part of the title would give it away.
        QVERIFY2(content->title.schools.contains(QStringLiteral("some of them estimated")), qPrintable(content->title.schools));
    }
};

QTEST_GUILESS_MAIN(TstPrivacyOutputs)
#include "tst_privacyoutputs.moc"
