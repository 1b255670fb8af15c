// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingtestdata.h"
#include "catchment/catchmentanalysis.h"
#include "goals/goalevaluator.h"
#include "index/indexinput.h"
#include "index/inferencereport.h"
#include "testutils.h"

#include <QTest>

using namespace Mk;

namespace {

LeaGoal goal(GoalIndicator indicator, GoalComparison comparison, double target, const QString& group = {})
{
    LeaGoal g;
    g.indicator = indicator;
    g.comparison = comparison;
    g.target = target;
    g.deadline = 2027;
    g.group = group;
    return g;
}

SchoolwegingRecord record(const QString& ovt, const QString& period, double weging, double spread, double pupils)
{
    SchoolwegingRecord r;
    r.ovt = ovt;
    r.instelling = ovt.left(4);
    r.period = period;
    r.schoolweging = weging;
    r.spread = spread;
    r.pupils = pupils;
    return r;
}

} // namespace

/** LEA goals against the Baarn demo: values, intervals, met or not, and the schoolweging trend. */
class TstGoalEvaluator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_dataset = *briefingDemo();
        Feedback feedback;
        CatchmentOptions options;
        options.split.replicates = 50;
        auto catchments = CatchmentAnalysis::run(m_dataset, options, feedback);
        QVERIFY(catchments);
        m_catchments = std::move(*catchments);
        auto input = IndexInput::fromGroupTable(m_catchments.schoolComposition);
        QVERIFY(input);
        InferenceReport::Options inference;
        inference.replicates = 100;
        auto report = InferenceReport::compute(*input, inference);
        QVERIFY(report);
        m_inference = std::move(*report);
    }

    void demoGoals()
    {
        const QString outside = m_catchments.schoolComposition.groups.last();
        const QList<LeaGoal> goals = {goal(GoalIndicator::SchoolsMirroringShare, GoalComparison::AtLeast, 0.6),
                                      goal(GoalIndicator::Dissimilarity, GoalComparison::AtMost, 0.25, outside),
                                      goal(GoalIndicator::MutualInformation, GoalComparison::AtMost, 0.0001),
                                      goal(GoalIndicator::ChoiceShare, GoalComparison::AtMost, 0.05),
                                      goal(GoalIndicator::SchoolwegingSpread, GoalComparison::AtMost, 3.0),
                                      goal(GoalIndicator::Dissimilarity, GoalComparison::AtMost, 0.25, QStringLiteral("Atlantis"))};
        const QList<GoalEvaluation> e = GoalEvaluator::evaluate(goals, m_dataset, m_catchments, m_inference, {});
        QCOMPARE(e.size(), goals.size());

        // Every demo school mirrors its catchment: 9 of 9, Wilson interval above 60 %.
        QVERIFY(e[0].current);
        QCOMPARE(e[0].current->count, 9);
        QCOMPARE(e[0].current->of, 9);
        QCOMPARE(e[0].current->value, 1.0);
        QVERIFY(e[0].current->low > 0.6 && e[0].current->low < 0.75);
        QCOMPARE(e[0].status, GoalStatus::Met);
        QVERIFY(e[0].trend.isEmpty());
        QVERIFY(e[0].note.contains(QStringLiteral("No earlier years")));

        // D and M are the index engine's values with its bootstrap interval.
        const InferenceReport::Estimate* d = m_inference.find(IndexId::Dissimilarity, outside);
        QVERIFY(e[1].current && d);
        QCOMPARE(e[1].group, outside);
        QCOMPARE(e[1].current->value, d->estimate);
        QCOMPARE(e[1].current->low, std::max(0.0, d->centredLow()));
        QVERIFY(e[1].current->low <= e[1].current->value && e[1].current->value <= e[1].current->high);
        QVERIFY(e[1].isMet());
        QVERIFY(e[2].current);
        QCOMPARE(e[2].current->value, m_inference.find(IndexId::MutualInformation)->estimate);
        QVERIFY(e[3].current);
        QVERIFY(e[3].current->low <= e[3].current->value && e[3].current->value <= e[3].current->high);

        // Schoolweging: three school years, the latest is the current value. For 2023-2024 the
        // between-school variance of the 8 schools is 15.7483... (tst_indexcli, derived independently).
        const GoalEvaluation& w = e[4];
        QCOMPARE(w.trend.size(), 3);
        QCOMPARE(w.trend.first().period, QStringLiteral("2021-2022"));
        QCOMPARE(w.trend.last().period, QStringLiteral("2023-2024"));
        QVERIFY(w.current);
        MK_COMPARE_REL(w.current->value, std::sqrt(15.748308705324824), 1e-9);
        for (const GoalMeasurement& m : w.trend)
            QVERIFY(m.low < m.value && m.value < m.high);
        QVERIFY(!w.isMet()); // the spread is about 4 points
        QCOMPARE(w.status, GoalStatus::NotMet);

        QCOMPARE(e[5].status, GoalStatus::Unknown);
        QVERIFY(!e[5].current);
        QVERIFY(e[5].note.contains(QStringLiteral("Atlantis")));

        // The same seed gives the same interval.
        const auto again = GoalEvaluator::evaluate({goals[4]}, m_dataset, m_catchments, m_inference, {});
        QCOMPARE(again.first().current->low, w.current->low);
    }

    // Two schools of 100 pupils at 20 and 30: s = 5. Without within-school spread the interval is the value.
    void spreadByHand()
    {
        const QList<SchoolwegingRecord> records = {record(QStringLiteral("01AA|C1"), QStringLiteral("2023-2024"), 20, 0, 100),
                                                   record(QStringLiteral("02BB|C1"), QStringLiteral("2023-2024"), 30, 0, 100),
                                                   record(QStringLiteral("03CC|C1"), QStringLiteral("2022-2023"), 30, 0, 100)};
        auto m = GoalEvaluator::schoolwegingSpread(records, QStringLiteral("2023-2024"), {});
        QVERIFY(m);
        MK_COMPARE_REL(m->value, 5.0, 1e-12);
        MK_COMPARE_REL(m->low, 5.0, 1e-12);
        MK_COMPARE_REL(m->high, 5.0, 1e-12);
        // One school alone has no spread between schools.
        QVERIFY(!GoalEvaluator::schoolwegingSpread(records, QStringLiteral("2022-2023"), {}));
        // With a within-school spread of 6 and 100 pupils each mean is uncertain by 0.6: the interval widens.
        const QList<SchoolwegingRecord> noisy = {record(QStringLiteral("01AA|C1"), QStringLiteral("2023-2024"), 20, 6, 100),
                                                 record(QStringLiteral("02BB|C1"), QStringLiteral("2023-2024"), 30, 6, 100)};
        m = GoalEvaluator::schoolwegingSpread(noisy, QStringLiteral("2023-2024"), {});
        QVERIFY(m && m->low < 5.0 && m->high > 5.0 && m->high - m->low < 2.5);
    }

private:
    Dataset m_dataset;
    CatchmentResult m_catchments;
    InferenceReport m_inference;
};

QTEST_GUILESS_MAIN(TstGoalEvaluator)
#include "tst_goalevaluator.moc"
