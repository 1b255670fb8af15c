// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"
#include "catchment/catchmentanalysis.h"
#include "catchmenttesttown.h"
#include "geo/geometry.h"
#include "geo/georuntime.h"
#include "io/datasetloader.h"
#include "testutils.h"

#include <QSet>
#include <QTest>

using namespace Mk;

/** Catchments on the embedded Baarn demo (21 buurten, 9 schools, DUO pupils by home PC4). */
class TstCatchmentDemo : public QObject
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
        QCOMPARE(m_dataset.schools.size(), 9);
        QVERIFY(m_dataset.boundary);
    }

    void voronoiCoversBaarnOnceAndPreservesChildren()
    {
        Feedback feedback;
        auto r = CatchmentAnalysis::run(m_dataset, {}, feedback);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->catchments.size(), 9);
        // 09BJ and 17WX are at De Oude Werf 5: one shared cell, so 8 distinct cells.
        QSet<const Geometry*> distinct;
        double area = 0.0;
        for (const Catchment& c : std::as_const(r->catchments))
            if (!distinct.contains(c.geometry.get())) {
                distinct.insert(c.geometry.get());
                area += c.geometry->area();
            }
        QCOMPARE(distinct.size(), 8);
        MK_COMPARE_REL(area, m_dataset.boundary->area(), 1e-6);
        const qsizetype a = r->catchmentComposition.unitIds.indexOf(QStringLiteral("09BJ00"));
        const qsizetype b = r->catchmentComposition.unitIds.indexOf(QStringLiteral("17WX00"));
        QVERIFY(a >= 0 && b >= 0);
        QCOMPARE(r->catchments[a].sharedWith, 2);
        // Mass: the counterfactual (every child at its nearest school) holds every child of Baarn.
        double children = 0.0;
        for (const AttributeValue& v : r->nearestSchoolComposition.cells)
            children += v.valueOr(0.0);
        MK_COMPARE_REL(children, r->gemeenteChildren, 1e-9);
        double areaChildren = 0.0;
        for (const AttributeValue& v : m_dataset.areaComposition.first().cells)
            areaChildren += v.valueOr(0.0);
        MK_COMPARE_REL(r->gemeenteChildren, areaChildren, 1e-12);
    }

    void schoolCompositionIsAFlowEstimate()
    {
        Feedback feedback;
        auto r = CatchmentAnalysis::run(m_dataset, {}, feedback);
        QVERIFY(r);
        QCOMPARE(r->schoolCompositionSource, SchoolCompositionSource::PupilFlows);
        QVERIFY(r->schoolComposition.estimated);
        QCOMPARE(r->afspiegeling.size(), 9);
        for (const AfspiegelingRow& row : std::as_const(r->afspiegeling)) {
            QVERIFY2(row.verdict != AfspiegelingVerdict::NoData, qPrintable(row.schoolId));
            QVERIFY(row.label(r->schoolComposition).contains(QStringLiteral("estimate")));
            double shares = 0.0;
            for (const AfspiegelingGroup& g : row.groups)
                shares += g.schoolShare;
            MK_COMPARE_REL(shares, 1.0, 1e-12);
        }
        // Baarn's five PC4s are built from the buurten' most common postcode.
        QCOMPARE(r->postcodeAreas.size(), 5);
        QVERIFY(!r->split.rows.isEmpty());
    }

    void observedCatchmentsSupplyTheShare()
    {
        auto r = runMethod(m_dataset, CatchmentMethod::Observed, ObservedCatchmentBuilder::kDefaultShare);
        QVERIFY(r);
        QCOMPARE(r->catchments.size(), 9);
        for (const Catchment& c : std::as_const(r->catchments)) {
            QVERIFY2(c.suppliedShare >= 0.8 - 1e-12, qPrintable(c.schoolId));
            QVERIFY(!c.postcodes.isEmpty());
            QVERIFY(m_dataset.boundary->covers(c.geometry->buffer(-0.01)));
            // Minimal: without its last (smallest) postcode the set supplies less than 80 %.
            const qsizetype row = r->flows.schoolIds.indexOf(c.schoolId);
            const double total = r->flows.schoolTotal(row);
            const double last = r->flows.at(row, r->flows.postcodes.indexOf(c.postcodes.last()));
            QVERIFY2(c.suppliedShare - last / total < 0.8, qPrintable(c.schoolId));
        }
    }

    void bufferBandsOfOneKilometre()
    {
        auto r = runMethod(m_dataset, CatchmentMethod::Buffer, 1000);
        QVERIFY(r);
        for (const Catchment& c : std::as_const(r->catchments))
            QVERIFY(c.geometry->area() <= M_PI * 1e6 * 1.001);
        // Each band holds some but never more than all children of Baarn (bands overlap, so no sum rule).
        for (qsizetype i = 0; i < r->catchmentComposition.unitCount(); ++i) {
            double children = 0.0;
            for (qsizetype k = 0; k < r->catchmentComposition.groupCount(); ++k)
                children += r->catchmentComposition.cell(i, k).valueOr(0.0);
            QVERIFY(children > 0.0 && children < r->gemeenteChildren);
        }
    }

private:
    Dataset m_dataset;
};

QTEST_GUILESS_MAIN(TstCatchmentDemo)
#include "tst_catchmentdemo.moc"
