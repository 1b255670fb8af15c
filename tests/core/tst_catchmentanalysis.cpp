// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"
#include "catchment/afspiegeling.h"
#include "catchment/catchmentanalysis.h"
#include "geo/geometry.h"
#include "catchmenttesttown.h"
#include "model/dataset.h"
#include "testutils.h"

#include <QTest>

using namespace Mk;


class TstCatchmentAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void voronoiCompositionAndFlowEstimate()
    {
        const Dataset d = toyTown();
        Feedback feedback;
        auto r = CatchmentAnalysis::run(d, {}, feedback);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->gemeenteShares.size(), size_t(2));
        MK_COMPARE_REL(r->gemeenteShares[0], 0.5, 1e-12);
        MK_COMPARE_REL(r->gemeenteChildren, 200.0, 1e-12);
        // Nearest-school areas = the buurten.
        MK_COMPARE_REL(cellOf(r->catchmentComposition, QStringLiteral("W"), 0), 80.0, 1e-9);
        MK_COMPARE_REL(cellOf(r->catchmentComposition, QStringLiteral("E"), 1), 80.0, 1e-9);
        QVERIFY(r->catchmentComposition.estimated);
        // Flow estimate: W = 0.5 x (0.8, 0.2) + 0.5 x (0.2, 0.8) = (0.5, 0.5) of 100 pupils; E = (0.2, 0.8).
        QCOMPARE(r->schoolCompositionSource, SchoolCompositionSource::PupilFlows);
        QVERIFY(r->schoolComposition.estimated);
        MK_COMPARE_REL(cellOf(r->schoolComposition, QStringLiteral("W"), 0), 50.0, 1e-12);
        MK_COMPARE_REL(cellOf(r->schoolComposition, QStringLiteral("E"), 0), 20.0, 1e-12);
        // W's school (50 % A) against its area (80 % A): B over-represented by 30 points; E mirrors.
        QCOMPARE(r->afspiegeling.size(), 2);
        const AfspiegelingRow& w = r->afspiegeling[0];
        QCOMPARE(w.schoolId, QStringLiteral("W"));
        QCOMPARE(w.verdict, AfspiegelingVerdict::OverRepresents);
        QCOMPARE(w.verdictGroup, QStringLiteral("B"));
        MK_COMPARE_REL(w.verdictGapPp, 30.0, 1e-9);
        MK_COMPARE_REL(w.groups[0].gapPp, -30.0, 1e-9);
        MK_COMPARE_REL(w.groups[0].gemeenteGapPp, 0.0, 1e-9);
        QVERIFY(w.groups[1].gapLowPp > 0.0 && w.groups[1].gapHighPp > w.groups[1].gapPp);
        QVERIFY(w.label(r->schoolComposition).contains(QStringLiteral("estimate")));
        QCOMPARE(r->afspiegeling[1].verdict, AfspiegelingVerdict::Mirrors);
        {
            // The area table's labels reach the result's tables, and the verdict names the group by its label.
            Dataset labelled = d;
            labelled.areaComposition[0].characteristicLabels = LocalizedText(QMap<QString, QString>{{QStringLiteral("nl"), QStringLiteral("achtergrond")}});
            labelled.areaComposition[0].groupLabels = {LocalizedText(), LocalizedText(QMap<QString, QString>{{QStringLiteral("nl"), QStringLiteral("groep B")}})};
            auto l = CatchmentAnalysis::run(labelled, {}, feedback);
            QVERIFY(l);
            const auto nl = TextLanguage::load(QStringLiteral("nl"));
            QVERIFY(nl);
            for (const GroupTable* t : {&l->schoolComposition, &l->catchmentComposition, &l->nearestSchoolComposition}) {
                QCOMPARE(t->characteristicLabel(*nl), QStringLiteral("achtergrond"));
                QCOMPARE(t->groupLabelList(*nl), (QStringList{QStringLiteral("A"), QStringLiteral("groep B")}));
            }
            QCOMPARE(l->afspiegeling[0].verdictGroup, QStringLiteral("B")); // the key
            QVERIFY2(l->afspiegeling[0].label(l->schoolComposition, *nl).contains(QStringLiteral("groep B")),
                     qPrintable(l->afspiegeling[0].label(l->schoolComposition, *nl)));
        }
        // Counterfactual: everyone at the nearest school.
        MK_COMPARE_REL(cellOf(r->nearestSchoolComposition, QStringLiteral("W"), 0), 80.0, 1e-9);
        MK_COMPARE_REL(cellOf(r->nearestSchoolComposition, QStringLiteral("E"), 0), 20.0, 1e-9);
        QCOMPARE(r->postcodeAreas.size(), 2);
    }

    void residentialChoiceSplit()
    {
        // Observed (flow estimate) W = (50, 50), E = (20, 80); nearest school W = (80, 20), E = (20, 80).
        // D for A, observed: P = 70/200, D = (100 x 0.15 + 100 x 0.15) / (2 x 200 x 0.35 x 0.65) = 30/91.
        // Residential: P = 0.5, D = (100 x 0.3 + 100 x 0.3) / (2 x 200 x 0.25) = 0.6.
        const Dataset d = toyTown();
        CatchmentOptions options;
        options.split.replicates = 200;
        Feedback feedback;
        auto r = CatchmentAnalysis::run(d, options, feedback);
        QVERIFY(r);
        QVERIFY(r->split.observedIsEstimate);
        const ResidentialChoiceRow* dA = nullptr;
        const ResidentialChoiceRow* dMulti = nullptr;
        for (const ResidentialChoiceRow& row : r->split.rows) {
            if (row.index == IndexId::Dissimilarity && row.group == QStringLiteral("A"))
                dA = &row;
            if (row.index == IndexId::MultigroupDissimilarity)
                dMulti = &row;
        }
        QVERIFY(dA && dMulti);
        MK_COMPARE_REL(dA->observed, 30.0 / 91.0, 1e-12);
        MK_COMPARE_REL(dA->residential, 0.6, 1e-12);
        MK_COMPARE_REL(dA->choice, 30.0 / 91.0 - 0.6, 1e-12);
        MK_COMPARE_REL(dMulti->observed, 30.0 / 91.0, 1e-12); // two groups: multigroup D = two-group D
        QVERIFY(dA->choiceLow < dA->choice && dA->choice < dA->choiceHigh);
        QVERIFY(dA->choiceHigh < 0.0); // choice makes these schools more mixed, clearly beyond chance
        QVERIFY(dA->residentialLow <= 0.6 && 0.6 <= dA->residentialHigh);
        // Same seed, same interval.
        auto again = CatchmentAnalysis::run(d, options, feedback);
        QVERIFY(again);
        QCOMPARE(again->split.rows.first().choiceLow, r->split.rows.first().choiceLow);
        QCOMPARE(r->split.rows.size(), 2 * 9 + 4);
    }

    void flowEstimatesAreComparedAtPostcodeResolution()
    {
        // Split West into a north half (70 A, 0 B) and a south half (10 A, 20 B), both in PC4 1111, and put a
        // third school N at (500, 900). W's nearest-school cell is now x < 1000, y < 700, all inside 1111. The
        // flow estimate cannot see inside 1111, so the counterfactual must not either: W's cell gets 1111's
        // mix (80 % A), not that of the south half plus a strip of the north half (38 A : 20 B).
        Dataset d = toyTown();
        AreaUnit north = d.areas.units[0], south = d.areas.units[0];
        north.code = QStringLiteral("BU01N");
        north.geometry = std::make_shared<const Geometry>(Geometry::polygon({{0, 500}, {1000, 500}, {1000, 1000}, {0, 1000}}));
        south.code = QStringLiteral("BU01S");
        south.geometry = std::make_shared<const Geometry>(Geometry::polygon({{0, 0}, {1000, 0}, {1000, 500}, {0, 500}}));
        d.areas.units = {north, south, d.areas.units[1]};
        GroupTable& t = d.areaComposition.first();
        t.unitIds = {QStringLiteral("BU01N"), QStringLiteral("BU01S"), QStringLiteral("BU02")};
        t.resize(3);
        t.cell(0, 0) = AttributeValue::of(70);
        t.cell(1, 0) = AttributeValue::of(10);
        t.cell(1, 1) = AttributeValue::of(20);
        t.cell(2, 0) = AttributeValue::of(20);
        t.cell(2, 1) = AttributeValue::of(80);
        d.schools.append(placedSchool(QStringLiteral("N"), 500, 900, 50));
        d.pupilFlows.append(pupilFlow(QStringLiteral("N"), QStringLiteral("1111"), 50));
        Feedback feedback;
        auto r = CatchmentAnalysis::run(d, {}, feedback);
        QVERIFY(r);
        QCOMPARE(r->referenceResolution, AreaLevel::Postcode4);
        double a = cellOf(r->nearestSchoolComposition, QStringLiteral("W"), 0);
        double b = cellOf(r->nearestSchoolComposition, QStringLiteral("W"), 1);
        MK_COMPARE_REL(a / (a + b), 0.8, 1e-9);
        // N's pupils all live in 1111 and its cell is nearly all 1111: it mirrors its area.
        QCOMPARE(r->afspiegeling[2].verdict, AfspiegelingVerdict::Mirrors);
        // With an observed school table the buurt detail is used again.
        GroupTable observed = d.areaComposition.first();
        observed.estimated = false;
        observed.unitIds = {QStringLiteral("W"), QStringLiteral("E"), QStringLiteral("N")};
        d.schoolComposition = {observed};
        r = CatchmentAnalysis::run(d, {}, feedback);
        QVERIFY(r);
        QCOMPARE(r->referenceResolution, AreaLevel::Buurt);
        a = cellOf(r->nearestSchoolComposition, QStringLiteral("W"), 0);
        b = cellOf(r->nearestSchoolComposition, QStringLiteral("W"), 1);
        MK_COMPARE_REL(a / (a + b), 38.0 / 58.0, 1e-9);
    }

    void observedCatchments()
    {
        const Dataset d = toyTown();
        auto r = runMethod(d, CatchmentMethod::Observed, 0.5);
        QVERIFY(r);
        QCOMPARE(r->catchments.size(), 2);
        // W: 50 % is reached by its first PC4 (ties go to the lower code).
        QCOMPARE(r->catchments[0].postcodes, QStringList{QStringLiteral("1111")});
        MK_COMPARE_REL(r->catchments[0].suppliedShare, 0.5, 1e-12);
        MK_COMPARE_REL(r->catchments[0].geometry->area(), 1e6, 1e-9);
        MK_COMPARE_REL(cellOf(r->catchmentComposition, QStringLiteral("W"), 0), 80.0, 1e-9);
        r = runMethod(d, CatchmentMethod::Observed, 0.8);
        QVERIFY(r);
        QCOMPARE(r->catchments[0].postcodes, (QStringList{QStringLiteral("1111"), QStringLiteral("2222")}));
        MK_COMPARE_REL(r->catchments[0].geometry->area(), 2e6, 1e-9);
        MK_COMPARE_REL(cellOf(r->catchmentComposition, QStringLiteral("W"), 0), 100.0, 1e-9);
        // W now mirrors its (whole-town) catchment.
        QCOMPARE(r->afspiegeling[0].verdict, AfspiegelingVerdict::Mirrors);
        QVERIFY(!runMethod(d, CatchmentMethod::Observed, 1.5));
    }

    void postcodeAreasFromCentroids()
    {
        // Without buurt postcodes the PC4 areas are the Voronoi cells of the PC4 centroids: with centroids at
        // (500, 500) and (1500, 500) these are again the two buurten, so the estimate is the same.
        Dataset d = toyTown();
        for (AreaUnit& u : d.areas.units)
            u.texts.clear();
        for (const auto& [pc4, x] : {std::pair{QStringLiteral("1111"), 500.0}, std::pair{QStringLiteral("2222"), 1500.0}}) {
            AreaUnit p;
            p.code = pc4;
            p.level = AreaLevel::Postcode4;
            p.geometry = std::make_shared<const Geometry>(Geometry::point(x, 300));
            d.postcodes.units.append(p);
        }
        Feedback feedback;
        auto r = CatchmentAnalysis::run(d, {}, feedback);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->postcodeAreas.size(), 2);
        MK_COMPARE_REL(r->postcodeAreas[0].geometry->area(), 1e6, 1e-9);
        MK_COMPARE_REL(cellOf(r->schoolComposition, QStringLiteral("W"), 0), 50.0, 1e-9);
        MK_COMPARE_REL(cellOf(r->schoolComposition, QStringLiteral("E"), 0), 20.0, 1e-9);
        CatchmentOptions buurtUnion;
        buurtUnion.postcodeAreas = PostcodeAreaSource::BuurtMostCommonPostcode;
        auto fails = CatchmentAnalysis::run(d, buurtUnion, feedback);
        QVERIFY(!fails);
        QCOMPARE(fails.error().code, ErrorCode::FieldMissing);
    }

    void bufferCatchments()
    {
        auto r = runMethod(toyTown(), CatchmentMethod::Buffer, 300);
        QVERIFY(r);
        const double disc = r->catchments[0].geometry->area();
        QVERIFY(std::abs(disc - M_PI * 9e4) < 0.001 * M_PI * 9e4);
        MK_COMPARE_REL(cellOf(r->catchmentComposition, QStringLiteral("W"), 0), 80.0 * disc / 1e6, 1e-9);
        MK_COMPARE_REL(cellOf(r->catchmentComposition, QStringLiteral("W"), 1), 20.0 * disc / 1e6, 1e-9);
    }

    void coLocatedSchoolsSplitTheirCellByPupils()
    {
        Dataset d = toyTown();
        d.schools.append(placedSchool(QStringLiteral("W2"), 500, 500, 300));
        Feedback feedback;
        auto r = CatchmentAnalysis::run(d, {}, feedback);
        QVERIFY(r);
        QCOMPARE(r->catchments.size(), 3);
        QCOMPARE(r->catchments[0].geometry.get(), r->catchments[2].geometry.get());
        QCOMPARE(r->catchments[2].sharedWith, 2);
        MK_COMPARE_REL(cellOf(r->nearestSchoolComposition, QStringLiteral("W"), 0), 20.0, 1e-9);
        MK_COMPARE_REL(cellOf(r->nearestSchoolComposition, QStringLiteral("W2"), 0), 60.0, 1e-9);
        double total = 0.0;
        for (const AttributeValue& v : r->nearestSchoolComposition.cells)
            total += v.valueOr(0.0);
        MK_COMPARE_REL(total, 200.0, 1e-9);
        // W2 has no flows: no estimate, no verdict.
        QCOMPARE(r->afspiegeling[2].verdict, AfspiegelingVerdict::NoData);
    }

    void specialSchoolsAreLeftOut()
    {
        Dataset d = toyTown();
        for (School& s : d.schools)
            s.sector = SchoolSector::Primary;
        School sbo = placedSchool(QStringLiteral("SBO"), 1500, 900, 80);
        sbo.sector = SchoolSector::SpecialPrimary;
        d.schools.append(sbo);
        Feedback feedback;
        auto r = CatchmentAnalysis::run(d, {}, feedback);
        QVERIFY(r);
        QCOMPARE(r->catchments.size(), 2);
        QCOMPARE(r->nearestSchoolComposition.unitIds, (QStringList{QStringLiteral("W"), QStringLiteral("E")}));
        MK_COMPARE_REL(cellOf(r->nearestSchoolComposition, QStringLiteral("E"), 1), 80.0, 1e-9);
        bool reported = false;
        for (const Diagnostic& diag : r->diagnostics.items())
            reported = reported || diag.message.contains(QStringLiteral("SBO"));
        QVERIFY(reported);
    }

    void withoutFlowsTheEstimateComesFromNearestSchoolAreas()
    {
        Dataset d = toyTown();
        d.pupilFlows.clear();
        Feedback feedback;
        auto r = CatchmentAnalysis::run(d, {}, feedback);
        QVERIFY(r);
        QCOMPARE(r->schoolCompositionSource, SchoolCompositionSource::Catchments);
        MK_COMPARE_REL(cellOf(r->schoolComposition, QStringLiteral("W"), 0), 80.0, 1e-9);
        QCOMPARE(r->afspiegeling[0].verdict, AfspiegelingVerdict::Mirrors);
        CatchmentOptions observed;
        observed.method = CatchmentMethod::Observed;
        auto fails = CatchmentAnalysis::run(d, observed, feedback);
        QVERIFY(!fails);
        QCOMPARE(fails.error().code, ErrorCode::NotFound);
    }

    void observedSchoolTableIsUsedAsIs()
    {
        Dataset d = toyTown();
        GroupTable observed = d.areaComposition.first();
        observed.unitIds = {QStringLiteral("W"), QStringLiteral("E")};
        observed.cell(0, 0) = AttributeValue::of(4);
        observed.cell(0, 1) = AttributeValue::of(2);
        observed.cell(1, 0) = AttributeValue::of(30);
        observed.cell(1, 1) = AttributeValue::of(70);
        d.schoolComposition = {observed};
        Feedback feedback;
        auto r = CatchmentAnalysis::run(d, {}, feedback);
        QVERIFY(r);
        QCOMPARE(r->schoolCompositionSource, SchoolCompositionSource::Observed);
        QVERIFY(!r->schoolComposition.estimated);
        QCOMPARE(r->afspiegeling[0].verdict, AfspiegelingVerdict::TooFewPupils);
        QVERIFY(!r->afspiegeling[0].label(r->schoolComposition).contains(QStringLiteral("estimate")));
        // E: 30 % A against 20 %, a 10-point gap whose Wilson interval for 100 pupils (21.9 %, 39.6 %) lies
        // above 20 %: over-represented at the 10-point threshold; at a 15-point threshold the interval still lies
        // wholly above, so the school "possibly" over-represents A and is not called a reflection (issue 11).
        QCOMPARE(r->afspiegeling[1].verdict, AfspiegelingVerdict::OverRepresents);
        QCOMPARE(r->afspiegeling[1].verdictGroup, QStringLiteral("A"));
        CatchmentOptions strict;
        strict.afspiegeling.thresholdPp = 15.0;
        r = CatchmentAnalysis::run(d, strict, feedback);
        QVERIFY(r);
        QCOMPARE(r->afspiegeling[1].verdict, AfspiegelingVerdict::PossiblyOver);
        QCOMPARE(r->afspiegeling[1].verdictGroup, QStringLiteral("A"));
        QVERIFY(r->afspiegeling[1].differsBeyondChance());
    }

    void wilsonInterval()
    {
        // Brown, Cai & DasGupta (2001) Table/worked values: p = 0.5, n = 100, 95 %: (0.4038, 0.5962).
        const auto ci = Afspiegeling::wilson(0.5, 100, 0.95);
        QVERIFY(std::abs(ci.low - 0.40383) < 1e-4);
        QVERIFY(std::abs(ci.high - 0.59617) < 1e-4);
        MK_COMPARE_REL(Afspiegeling::normalQuantile(0.95), 1.959963984540054, 1e-12);
        const auto zero = Afspiegeling::wilson(0.0, 10, 0.95);
        QCOMPARE(zero.low, 0.0);
        QVERIFY(zero.high > 0.2 && zero.high < 0.35);
    }

    void missingCompositionIsAnError()
    {
        Dataset d = toyTown();
        d.areaComposition.clear();
        Feedback feedback;
        auto r = CatchmentAnalysis::run(d, {}, feedback);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TstCatchmentAnalysis)
#include "tst_catchmentanalysis.moc"
