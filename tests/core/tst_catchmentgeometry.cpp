// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"
#include "catchment/areainterpolator.h"
#include "catchment/buffercatchmentbuilder.h"
#include "catchment/voronoicatchmentbuilder.h"
#include "catchmenttesttown.h"
#include "geo/geometry.h"
#include "model/school.h"
#include "testutils.h"

#include <QTest>

#include <numeric>

using namespace Mk;

namespace {

/** An L-shaped "gemeente" of 3 km x 2 km minus a 1 km x 1 km corner: area 5e6 m2, not convex. */
Geometry lShape()
{
    return Geometry::polygon({{0, 0}, {3000, 0}, {3000, 1000}, {1000, 1000}, {1000, 2000}, {0, 2000}});
}

/** Checks that the cells tile `region`: areas add up and no two cells overlap. */
void verifyPartition(const std::vector<std::shared_ptr<const Geometry>>& cells, const Geometry& region)
{
    double sum = 0.0;
    for (const auto& c : cells) {
        QVERIFY(c);
        QVERIFY(c->isEmpty() || c->isValid());
        sum += c->area();
    }
    MK_COMPARE_REL(sum, region.area(), 1e-6);
    for (size_t i = 0; i < cells.size(); ++i)
        for (size_t j = i + 1; j < cells.size(); ++j)
            QVERIFY2(cells[i]->intersection(*cells[j]).area() <= 1e-9 * region.area(),
                     qPrintable(QStringLiteral("cells %1 and %2 overlap").arg(i).arg(j)));
    const std::vector<const Geometry*> parts = [&] {
        std::vector<const Geometry*> v;
        for (const auto& c : cells)
            v.push_back(c.get());
        return v;
    }();
    MK_COMPARE_REL(Geometry::unionOf(parts).area(), region.area(), 1e-6);
}

} // namespace

class TstCatchmentGeometry : public QObject
{
    Q_OBJECT
private slots:
    void voronoiCoversRegionExactlyOnce()
    {
        const Geometry region = lShape();
        const std::vector<QPointF> sites = {{200, 300}, {900, 1500}, {2500, 500}, {1500, 200}, {400, 1800},
                                            {1900, 800}, {2900, 100}, {600, 900}};
        Feedback feedback;
        auto part = VoronoiCatchmentBuilder::partition(sites, region, feedback);
        QVERIFY2(part, qPrintable(part ? QString() : part.error().toString()));
        QCOMPARE(part->cells.size(), sites.size());
        verifyPartition(part->cells, region);
        for (size_t i = 0; i < sites.size(); ++i) {
            const auto& cell = part->cells[static_cast<size_t>(part->cellOfSite[i])];
            QVERIFY(cell->contains(Geometry::point(sites[i].x(), sites[i].y())));
            // Nearest-site property: a point of the cell is no closer to any other site.
            const QPointF probe = cell->pointOnSurface();
            const double own = std::hypot(probe.x() - sites[i].x(), probe.y() - sites[i].y());
            for (const QPointF& other : sites)
                QVERIFY(own <= std::hypot(probe.x() - other.x(), probe.y() - other.y()) + 1e-6);
        }
        QCOMPARE(feedback.progress(), 1.0);
    }

    void schoolExactlyOnTheBoundary()
    {
        const Geometry region = lShape();
        // One school on an edge, one on the reflex corner, one inside.
        const std::vector<QPointF> sites = {{1500, 0}, {1000, 1000}, {500, 500}};
        Feedback feedback;
        auto part = VoronoiCatchmentBuilder::partition(sites, region, feedback);
        QVERIFY(part);
        QCOMPARE(part->cells.size(), size_t(3));
        verifyPartition(part->cells, region);
        for (const auto& c : part->cells)
            QVERIFY(c->area() > 0.0);
    }

    void twoSchoolsAtOneAddressShareACell()
    {
        const Geometry region = lShape();
        const QList<School> schools = {placedSchool(QStringLiteral("09BJ00"), 800, 700), placedSchool(QStringLiteral("17WX00"), 800, 700),
                                       placedSchool(QStringLiteral("08EM00"), 2500, 500), placedSchool(QStringLiteral("04QC00"), 300, 1700)};
        Feedback feedback;
        Diagnostics diagnostics;
        auto catchments = VoronoiCatchmentBuilder::build(schools, region, feedback, diagnostics);
        QVERIFY(catchments);
        QCOMPARE(catchments->catchments.size(), 4);
        QCOMPARE(catchments->partition.cells.size(), size_t(3));
        QCOMPARE(catchments->catchments[0].geometry.get(), catchments->catchments[1].geometry.get());
        QCOMPARE(catchments->catchments[0].sharedWith, 2);
        QCOMPARE(catchments->catchments[1].sharedWith, 2);
        QCOMPARE(catchments->catchments[2].sharedWith, 1);
        verifyPartition({catchments->catchments[0].geometry, catchments->catchments[2].geometry, catchments->catchments[3].geometry}, region);
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY(diagnostics.items().first().message.contains(QStringLiteral("09BJ00, 17WX00")));
    }

    void gemeenteWithOneSchool()
    {
        const Geometry region = lShape();
        Feedback feedback;
        Diagnostics diagnostics;
        auto catchments = VoronoiCatchmentBuilder::build({placedSchool(QStringLiteral("A"), 100, 100)}, region, feedback, diagnostics);
        QVERIFY(catchments);
        QCOMPARE(catchments->catchments.size(), 1);
        MK_COMPARE_REL(catchments->catchments.first().geometry->area(), region.area(), 1e-12);
    }

    void schoolsOutsideAndUnplaced()
    {
        const Geometry region = lShape();
        School unplaced = placedSchool(QStringLiteral("U"), 0, 0);
        unplaced.location.reset();
        const QList<School> schools = {placedSchool(QStringLiteral("A"), 500, 500), placedSchool(QStringLiteral("FAR"), 90000, 90000), unplaced};
        Feedback feedback;
        Diagnostics diagnostics;
        auto catchments = VoronoiCatchmentBuilder::build(schools, region, feedback, diagnostics);
        QVERIFY(catchments);
        QCOMPARE(catchments->catchments.size(), 2);
        MK_COMPARE_REL(catchments->catchments[0].geometry->area(), region.area(), 1e-9);
        QVERIFY(catchments->catchments[1].geometry->isEmpty());
        QCOMPARE(diagnostics.size(), 2); // one unplaced, one outside
    }

    void emptyInputIsAnError()
    {
        Feedback feedback;
        auto none = VoronoiCatchmentBuilder::partition({}, lShape(), feedback);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::EmptyInput);
        auto noRegion = VoronoiCatchmentBuilder::partition({{1, 1}}, Geometry(), feedback);
        QVERIFY(!noRegion);
    }

    void interpolationPreservesMassOverAPartition()
    {
        // Sources: a 3 x 2 grid of 1 km squares covering the L-shape's bounding box, minus the missing corner.
        std::vector<std::shared_ptr<const Geometry>> sources;
        std::vector<double> counts; // two groups per source
        for (int gx = 0; gx < 3; ++gx) {
            for (int gy = 0; gy < 2; ++gy) {
                if (gx > 0 && gy == 1)
                    continue;
                const double x = gx * 1000.0, y = gy * 1000.0;
                sources.push_back(std::make_shared<const Geometry>(
                    Geometry::polygon({{x, y}, {x + 1000, y}, {x + 1000, y + 1000}, {x, y + 1000}})));
                counts.push_back(100.0 + 37.0 * gx + 11.0 * gy);
                counts.push_back(20.0 + 3.3 * gx * gy + 0.1);
            }
        }
        const std::vector<QPointF> sites = {{200, 300}, {900, 1500}, {2500, 500}, {1500, 200}, {1900, 800}, {2900, 100}};
        Feedback feedback;
        auto part = VoronoiCatchmentBuilder::partition(sites, lShape(), feedback);
        QVERIFY(part);
        std::vector<const Geometry*> targets;
        for (const auto& c : part->cells)
            targets.push_back(c.get());
        AreaInterpolator interpolator(sources);
        for (InterpolationMode mode : {InterpolationMode::Partition, InterpolationMode::Overlapping}) {
            auto weights = interpolator.weights(targets, mode, feedback);
            QVERIFY(weights);
            for (double coverage : weights->sourceCoverage)
                MK_COMPARE_REL(coverage, 1.0, 1e-9);
            const std::vector<double> result = AreaInterpolator::apply(*weights, counts, 2);
            QCOMPARE(result.size(), targets.size() * 2);
            for (size_t k = 0; k < 2; ++k) {
                double expected = 0.0, got = 0.0;
                for (size_t s = 0; s < sources.size(); ++s)
                    expected += counts[s * 2 + k];
                for (size_t t = 0; t < targets.size(); ++t)
                    got += result[t * 2 + k];
                QVERIFY(std::abs(got - expected) <= 1e-9 * expected);
            }
        }
    }

    void interpolationIsAreaWeighted()
    {
        // 1000 people in a 100 m square; the left 30 m strip gets 300, a disc inside gets its area share.
        std::vector<std::shared_ptr<const Geometry>> sources = {
            std::make_shared<const Geometry>(Geometry::polygon({{0, 0}, {100, 0}, {100, 100}, {0, 100}}))};
        const Geometry strip = Geometry::polygon({{-50, -50}, {30, -50}, {30, 150}, {-50, 150}});
        const Geometry disc = Geometry::point(60, 50).buffer(20, 32);
        AreaInterpolator interpolator(sources);
        Feedback feedback;
        auto weights = interpolator.weights({&strip, &disc}, InterpolationMode::Overlapping, feedback);
        QVERIFY(weights);
        const std::vector<double> result = AreaInterpolator::apply(*weights, {1000.0}, 1);
        MK_COMPARE_REL(result[0], 300.0, 1e-12);
        MK_COMPARE_REL(result[1], 1000.0 * disc.area() / 10000.0, 1e-12);
        MK_COMPARE_REL(weights->sourceCoverage[0], 0.3 + disc.area() / 10000.0, 1e-12);
    }

    void bufferBandsAreClippedDiscs()
    {
        const Geometry region = lShape();
        const QList<School> schools = {placedSchool(QStringLiteral("IN"), 500, 500), placedSchool(QStringLiteral("EDGE"), 2900, 500)};
        Feedback feedback;
        Diagnostics diagnostics;
        auto bands = BufferCatchmentBuilder::build(schools, region, 300.0, feedback, diagnostics);
        QVERIFY(bands);
        QCOMPARE(bands->size(), 2);
        QVERIFY(std::abs((*bands)[0].geometry->area() - M_PI * 300.0 * 300.0) < 0.001 * M_PI * 300.0 * 300.0);
        // The second disc sticks out of the east edge (x = 3000) by 200 m: clipped.
        QVERIFY((*bands)[1].geometry->area() < 0.8 * M_PI * 300.0 * 300.0);
        QVERIFY(region.covers(*(*bands)[1].geometry));
        QCOMPARE((*bands)[1].distance, 300.0);
        auto bad = BufferCatchmentBuilder::build(schools, region, -5.0, feedback, diagnostics);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TstCatchmentGeometry)
#include "tst_catchmentgeometry.moc"
