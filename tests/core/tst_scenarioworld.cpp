// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"
#include "catchment/catchmentanalysis.h"
#include "geo/geometry.h"
#include "geo/georuntime.h"
#include "geo/preparedgeometry.h"
#include "io/datasetloader.h"
#include "scenario/scenarioedit.h"
#include "scenario/simulationworld.h"
#include "scenario/syntheticpopulation.h"

#include <QJsonDocument>
#include <QLineF>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace Mk;

/** The synthetic population, the scenario edits and how they change a world, on the embedded Baarn demo. */
class TstScenarioWorld : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        GeoRuntime::init();
        Feedback feedback;
        auto loaded = DatasetLoader::loadDemo(feedback);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        m_dataset = std::move(*loaded);
        auto catchments = CatchmentAnalysis::run(m_dataset, {}, feedback);
        QVERIFY(catchments);
        m_catchments = std::move(*catchments);
    }

    /** From flows: every pupil of a postcode with a location becomes a child, split by that postcode's mix. */
    void populationFromFlowsKeepsEveryPupil()
    {
        Feedback feedback;
        auto pop = PopulationBuilder::build(m_dataset, {}, feedback);
        QVERIFY2(pop, qPrintable(pop ? QString() : pop.error().toString()));
        QVERIFY(pop->fromPupilFlows);
        const FlowTable& flows = m_catchments.flows;
        const double allFlows = std::accumulate(flows.pupils.begin(), flows.pupils.end(), 0.0);
        double observed = 0.0;
        for (double v : pop->observedPupils)
            observed += v;
        QVERIFY(allFlows > 1000.0);
        QVERIFY(std::abs(observed - static_cast<double>(pop->children.size())) < 1e-9 * observed);
        // Whole children per postcode: the total rounds each postcode once, so it is within one child per postcode.
        const double kept = allFlows - pop->leftOutPupils;
        QVERIFY2(std::abs(static_cast<double>(pop->children.size()) - kept) <= pop->areaCodes.size(),
                 qPrintable(QStringLiteral("%1 children for %2 pupils").arg(pop->children.size()).arg(kept)));
        // Per postcode area and group: the count is the pupils x the area's mix, to within one child.
        const GroupTable& mix = m_catchments.postcodeComposition;
        for (qsizetype a = 0; a < pop->areaCodes.size(); ++a) {
            const qsizetype row = mix.unitIds.indexOf(pop->areaCodes[a]);
            const qsizetype column = flows.postcodes.indexOf(pop->areaCodes[a]);
            if (row < 0 || column < 0)
                continue;
            double pupils = 0.0, children = 0.0;
            for (qsizetype j = 0; j < flows.schoolIds.size(); ++j)
                pupils += flows.at(j, column);
            for (qsizetype g = 0; g < mix.groupCount(); ++g)
                children += mix.cell(row, g).valueOr(0.0);
            for (qsizetype g = 0; g < mix.groupCount(); ++g) {
                const double expected = pupils * mix.cell(row, g).valueOr(0.0) / children;
                const auto n = std::count_if(pop->children.begin(), pop->children.end(),
                                             [&](const SyntheticChild& c) { return c.area == a && c.group == g; });
                QVERIFY2(std::abs(static_cast<double>(n) - expected) <= 1.0,
                         qPrintable(QStringLiteral("%1 group %2: %3 children, expected %4").arg(pop->areaCodes[a]).arg(g).arg(n).arg(expected)));
            }
        }
        QVERIFY(!pop->assumptions().isEmpty());
    }

    /** Homes lie inside their postcode area; the same seed gives the same children, another seed other homes. */
    void homesInsideTheirAreaAndSeeded()
    {
        Feedback feedback;
        PopulationOptions options;
        options.seed = 7;
        auto a = PopulationBuilder::build(m_dataset, options, feedback);
        auto b = PopulationBuilder::build(m_dataset, options, feedback);
        options.seed = 8;
        auto c = PopulationBuilder::build(m_dataset, options, feedback);
        QVERIFY(a && b && c);
        QCOMPARE(a->children.size(), b->children.size());
        int inside = 0, checked = 0, moved = 0;
        for (size_t i = 0; i < a->children.size(); ++i) {
            QCOMPARE(a->children[i].home, b->children[i].home);
            QCOMPARE(a->children[i].id, b->children[i].id);
            if (i < c->children.size() && a->children[i].home != c->children[i].home)
                ++moved;
        }
        QVERIFY(moved > 0);
        for (const PostcodeArea& area : std::as_const(m_catchments.postcodeAreas)) {
            const qsizetype index = a->areaCodes.indexOf(area.pc4);
            if (index < 0 || !area.geometry)
                continue;
            const PreparedGeometry prepared(*area.geometry);
            for (const SyntheticChild& child : a->children)
                if (child.area == index) {
                    ++checked;
                    inside += prepared.covers(child.home) ? 1 : 0;
                }
        }
        QVERIFY(checked > 1000);
        QCOMPARE(inside, checked);
    }

    /** Without flows the school-age estimate (0-15) x 8/15 is the population, and school totals are scaled to it. */
    void populationWithoutFlows()
    {
        Dataset noFlows = m_dataset;
        noFlows.pupilFlows.clear();
        Feedback feedback;
        auto pop = PopulationBuilder::build(noFlows, {}, feedback);
        QVERIFY2(pop, qPrintable(pop ? QString() : pop.error().toString()));
        QVERIFY(!pop->fromPupilFlows);
        double areaChildren = 0.0;
        for (const AttributeValue& v : m_dataset.areaComposition.first().cells)
            areaChildren += v.valueOr(0.0);
        const double expected = areaChildren * 8.0 / 15.0;
        QVERIFY2(std::abs(static_cast<double>(pop->children.size()) - expected) <= pop->areaCodes.size(),
                 qPrintable(QStringLiteral("%1 children, expected %2").arg(pop->children.size()).arg(expected)));
        double observed = 0.0;
        for (double v : pop->observedPupils)
            observed += v;
        QVERIFY(std::abs(observed - static_cast<double>(pop->children.size())) < 1e-9 * observed);

        PopulationOptions cohort;
        cohort.scope = PopulationScope::Cohort;
        auto one = PopulationBuilder::build(noFlows, cohort, feedback);
        QVERIFY(one);
        QVERIFY(std::abs(static_cast<double>(one->children.size()) - areaChildren / 15.0) <= one->areaCodes.size());
    }

    void editsRoundTrip_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("add") << R"({"type":"add_school","id":"NEW1","name":"De Nieuwbouw","x":146500,"y":470200,"capacity":200,)"
                                R"("denomination":"Openbaar","vve":true,"attractiveness":0.25})";
        QTest::newRow("close") << R"({"type":"close_school","school":"04QC00"})";
        QTest::newRow("merge") << R"({"type":"merge_schools","schools":["04QC00","06GW00"],"x":146000,"y":470000,"name":"Samen"})";
        QTest::newRow("capacity") << R"({"type":"change_capacity","school":"04QC00","capacity":150})";
        QTest::newRow("housing circle") << R"({"type":"housing","name":"Oostdorp","x":146500,"y":470200,"radius":300,"children":120,)"
                                           R"("groups":{"Dutch origin":0.7,"outside Europe":0.3}})";
        QTest::newRow("housing polygon") << R"({"type":"housing","polygon":[[146000,470000],[147000,470000],[147000,471000]],"children":50})";
        QTest::newRow("initiative") << R"({"type":"parent_initiative","area":"3741","group":"outside Europe","children":12,"school":"04QC00"})";
    }
    void editsRoundTrip()
    {
        QFETCH(QString, json);
        const QJsonObject in = QJsonDocument::fromJson(json.toUtf8()).object();
        auto edit = ScenarioEdit::fromJson(in, QStringLiteral("plan.json, edits[0]"));
        QVERIFY2(edit, qPrintable(edit ? QString() : edit.error().toString()));
        const QJsonObject out = edit->toJson();
        QCOMPARE(out, in);
        QVERIFY(!edit->describe(&m_dataset).isEmpty());
    }

    void badEdits_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << R"({"type":"close_school","school":"04QC00","when":2026})" << "plan.json, edits[0]: unknown key \"when\"";
        QTest::newRow("unknown type") << R"({"type":"demolish","school":"04QC00"})" << "key \"type\": \"demolish\"";
        QTest::newRow("missing") << R"({"type":"change_capacity","school":"04QC00"})" << "the key \"capacity\" is missing";
        QTest::newRow("degrees") << R"({"type":"add_school","x":5.29,"y":52.21,"capacity":200})" << "key \"y\": 52.21";
        QTest::newRow("text capacity") << R"({"type":"add_school","x":146500,"y":470200,"capacity":"many"})" << "key \"capacity\": \"many\"";
        QTest::newRow("one school") << R"({"type":"merge_schools","schools":["04QC00"]})" << "two or more different school ids";
        QTest::newRow("shares") << R"({"type":"housing","x":146500,"y":470200,"children":10,"groups":{"a":0.5,"b":0.2}})" << "add up to 1";
    }
    void badEdits()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        auto edit = ScenarioEdit::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), QStringLiteral("plan.json, edits[0]"));
        QVERIFY(!edit);
        QVERIFY2(edit.error().message.contains(message), qPrintable(edit.error().message));
    }

    /** Closing, merging, capacities, housing and an initiative change exactly what they say. */
    void editsChangeTheWorld()
    {
        Feedback feedback;
        auto pop = PopulationBuilder::build(m_dataset, {}, feedback);
        QVERIFY(pop);
        QHash<QString, double> delta{{QStringLiteral("04QC00"), 0.5}, {QStringLiteral("06GW00"), -0.2}};
        auto base = SimulationWorld::baseline(m_dataset, *pop, delta);
        QVERIFY2(base, qPrintable(base ? QString() : base.error().toString()));
        QCOMPARE(static_cast<qsizetype>(base->schools.size()), pop->observedPupils.size());
        const SimSchool& a = base->schools[static_cast<size_t>(base->schoolIndex(QStringLiteral("04QC00")))];
        const SimSchool& b = base->schools[static_cast<size_t>(base->schoolIndex(QStringLiteral("06GW00")))];
        // No capacities in the demo: pupils + 10 %, rounded up.
        QCOMPARE(a.capacity, static_cast<int>(std::ceil(a.observedPupils * 1.1)));
        QVERIFY(a.capacityAssumed);

        const QString area = pop->areaCodes.first();
        const QString group = pop->groupNames.groups.first();
        const auto inArea = std::count_if(pop->children.begin(), pop->children.end(),
                                          [&](const SyntheticChild& c) { return c.area == 0 && c.group == 0; });
        QList<ScenarioEdit> edits{
            ScenarioEdit{MergeSchoolsEdit{{QStringLiteral("04QC00"), QStringLiteral("06GW00")}, std::nullopt, QString()}},
            ScenarioEdit{ChangeCapacityEdit{QStringLiteral("07WX00"), 80}},
            ScenarioEdit{HousingEdit{QStringLiteral("Oostdorp"), {}, QPointF(146500, 470200), 300.0, 100, {}, {}}},
            ScenarioEdit{ParentInitiativeEdit{area, group, 5, QStringLiteral("08EM00")}},
            ScenarioEdit{CloseSchoolEdit{QStringLiteral("09BJ00")}},
        };
        auto w = base->applied(edits, *pop, 3, QStringLiteral("plan.json"));
        QVERIFY2(w, qPrintable(w ? QString() : w.error().toString()));
        const SimSchool& merged = w->schools.back();
        QCOMPARE(merged.origin, SimSchoolOrigin::Merged);
        QCOMPARE(merged.capacity, a.capacity + b.capacity);
        QCOMPARE(merged.location, a.location);
        QVERIFY(std::abs(merged.delta - std::log(std::exp(0.5) + std::exp(-0.2))) < 1e-12);
        QVERIFY(!w->schools[static_cast<size_t>(w->schoolIndex(QStringLiteral("04QC00")))].open);
        QVERIFY(!w->schools[static_cast<size_t>(w->schoolIndex(QStringLiteral("09BJ00")))].open);
        QCOMPARE(w->schools[static_cast<size_t>(w->schoolIndex(QStringLiteral("07WX00")))].capacity, 80);
        // Housing: 100 children (random rounding per group), every one within 300 m of the centre.
        const qsizetype added = static_cast<qsizetype>(w->children.size() - base->children.size());
        QVERIFY2(std::abs(added - 100) <= pop->groupCount(), qPrintable(QString::number(added)));
        for (size_t i = base->children.size(); i < w->children.size(); ++i)
            QVERIFY(QLineF(w->children[i].home, QPointF(146500, 470200)).length() <= 300.0 + 1e-6);
        const auto initiative = std::count(w->initiativeSchool.begin(), w->initiativeSchool.end(), w->schoolIndex(QStringLiteral("08EM00")));
        QCOMPARE(initiative, std::min<qsizetype>(5, inArea));
    }

    void badWorldEdits()
    {
        Feedback feedback;
        auto pop = PopulationBuilder::build(m_dataset, {}, feedback);
        QVERIFY(pop);
        auto base = SimulationWorld::baseline(m_dataset, *pop, {});
        QVERIFY(base);
        auto unknown = base->applied({ScenarioEdit{CloseSchoolEdit{QStringLiteral("99XX00")}}}, *pop, 1, QStringLiteral("plan.json"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("plan.json, edit 1 (close_school)"))
                     && unknown.error().message.contains(QStringLiteral("99XX00")),
                 qPrintable(unknown.error().message));
        auto twice = base->applied({ScenarioEdit{CloseSchoolEdit{QStringLiteral("04QC00")}}, ScenarioEdit{CloseSchoolEdit{QStringLiteral("04QC00")}}},
                                   *pop, 1, QStringLiteral("plan.json"));
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(QStringLiteral("edit 2")), qPrintable(twice.error().message));
        auto group = base->applied({ScenarioEdit{ParentInitiativeEdit{pop->areaCodes.first(), QStringLiteral("martians"), 3, QStringLiteral("04QC00")}}},
                                   *pop, 1, QStringLiteral("plan.json"));
        QVERIFY(!group);
        QVERIFY2(group.error().message.contains(QStringLiteral("martians")), qPrintable(group.error().message));
    }

private:
    Dataset m_dataset;
    CatchmentResult m_catchments;
};

QTEST_GUILESS_MAIN(TstScenarioWorld)
#include "tst_scenarioworld.moc"
