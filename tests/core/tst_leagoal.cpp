// SPDX-License-Identifier: GPL-3.0-or-later
#include "goals/leagoal.h"
#include "testutils.h"

#include <QJsonDocument>
#include <QTest>

using namespace Mk;

/** LeaGoal: the JSON contract (keys, accepted values) and the messages for bad goals. */
class TstLeaGoal : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsThroughJson()
    {
        LeaGoal goal;
        goal.indicator = GoalIndicator::Dissimilarity;
        goal.group = QStringLiteral("outside Europe");
        goal.comparison = GoalComparison::AtMost;
        goal.target = 0.25;
        goal.deadline = 2028;
        goal.description = QStringLiteral("D below 0.25");
        const QJsonObject json = goal.toJson();
        QCOMPARE(json.value(QStringLiteral("indicator")).toString(), QStringLiteral("dissimilarity"));
        QCOMPARE(json.value(QStringLiteral("comparison")).toString(), QStringLiteral("at_most"));
        QCOMPARE(json.value(QStringLiteral("deadline")).toInt(), 2028);
        auto back = LeaGoal::fromJson(json);
        QVERIFY(back.hasValue());
        QVERIFY(*back == goal);
        QVERIFY(back->isMet(0.20));
        QVERIFY(!back->isMet(0.30));
    }

    void readsTheDocumentedExample()
    {
        const auto doc = QJsonDocument::fromJson(
            R"([{"indicator": "schools_mirroring_share", "comparison": "at_least", "target": 0.6, "deadline": 2027}])");
        auto goals = LeaGoal::listFromJson(doc.array());
        QVERIFY(goals.hasValue());
        QCOMPARE(goals->size(), 1);
        QCOMPARE(goals->first().indicator, GoalIndicator::SchoolsMirroringShare);
        QVERIFY(goals->first().isMet(0.6));
        QVERIFY(!goals->first().isMet(0.59));
    }

    void badGoalsNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("indicator") << QByteArray(R"([{"indicator": "happiness", "target": 1, "deadline": 2027}])")
                                   << QStringLiteral("happiness");
        QTest::newRow("comparison") << QByteArray(R"([{"indicator": "dissimilarity", "comparison": "around", "target": 0.2, "deadline": 2027}])")
                                    << QStringLiteral("around");
        QTest::newRow("percent") << QByteArray(R"([{"indicator": "schools_mirroring_share", "target": 60, "deadline": 2027}])")
                                 << QStringLiteral("0.6");
        QTest::newRow("deadline") << QByteArray(R"([{"indicator": "dissimilarity", "target": 0.2}])") << QStringLiteral("deadline");
        QTest::newRow("second") << QByteArray(R"([{"indicator": "dissimilarity", "target": 0.2, "deadline": 2027}, 3])")
                                << QStringLiteral("Goal 2");
    }

    void badGoalsNameTheProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto goals = LeaGoal::listFromJson(QJsonDocument::fromJson(json).array());
        QVERIFY(!goals.hasValue());
        QCOMPARE(goals.error().code, ErrorCode::InvalidValue);
        QVERIFY2(goals.error().message.contains(expected), qPrintable(goals.error().message));
    }
};

QTEST_GUILESS_MAIN(TstLeaGoal)
#include "tst_leagoal.moc"
