// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/coordinatetransform.h"
#include "geo/geometry.h"
#include "testutils.h"

#include <QTest>
#include <thread>
#include <vector>

using namespace Mk;

/** CoordinateTransform; reference values from `cs2cs EPSG:4326 EPSG:28992 -f %.3f` (PROJ 9.1 command line). */
class TstCrs : public QObject
{
    Q_OBJECT
private slots:
    void wgs84ToRdUsesLonLatOrder()
    {
        auto t = CoordinateTransform::create(QStringLiteral("EPSG:4326"));
        QVERIFY(t.hasValue());
        QVERIFY(!t->isIdentity());
        QCOMPARE(t->sourceName(), QStringLiteral("WGS 84"));
        // x = longitude, y = latitude, although EPSG:4326 is officially lat/lon.
        const auto p = t->transform(QPointF(5.27, 52.20));
        QVERIFY(p.has_value());
        QVERIFY(std::abs(p->x() - 146987.323) < 0.01);
        QVERIFY(std::abs(p->y() - 467994.021) < 0.01);
        const auto amersfoort = t->transform(QPointF(5.38720621, 52.15517440));
        QVERIFY(std::abs(amersfoort->x() - 155000.185) < 0.01);
        QVERIFY(std::abs(amersfoort->y() - 463000.234) < 0.01);
    }

    void geometryIsTransformedVertexByVertex()
    {
        auto t = CoordinateTransform::create(QStringLiteral("EPSG:4326"));
        QVERIFY(t.hasValue());
        const Geometry square = Geometry::polygon({{5.27, 52.20}, {5.29, 52.20}, {5.29, 52.22}, {5.27, 52.22}});
        const Geometry rd = t->transform(square);
        QVERIFY(!rd.isNull());
        const QRectF box = rd.boundingBox();
        // Corners: 146987.323 467994.021 / 148354.630 467992.003 / 148357.608 470217.230 / 146990.914 470219.247.
        QVERIFY(std::abs(box.left() - 146987.323) < 0.01);
        QVERIFY(std::abs(box.right() - 148357.608) < 0.01);
        QVERIFY(std::abs(box.top() - 467992.003) < 0.01);
        QVERIFY(std::abs(box.bottom() - 470219.247) < 0.01);
        // About 1.37 km x 2.22 km.
        QVERIFY(rd.area() > 2.9e6 && rd.area() < 3.2e6);
    }

    void identityForRdNew()
    {
        auto t = CoordinateTransform::create(QStringLiteral("EPSG:28992"));
        QVERIFY(t.hasValue());
        QVERIFY(t->isIdentity());
        QCOMPARE(*t->transform(QPointF(155000, 463000)), QPointF(155000, 463000));
    }

    void unknownCrsIsAnError()
    {
        auto t = CoordinateTransform::create(QStringLiteral("EPSG:999999"));
        QVERIFY(!t.hasValue());
        QCOMPARE(t.error().code, ErrorCode::CrsUnknown);
        QVERIFY(!t.error().message.isEmpty());
    }

    void eachThreadHasItsOwnProj()
    {
        auto t = CoordinateTransform::create(QStringLiteral("EPSG:4326"));
        QVERIFY(t.hasValue());
        const CoordinateTransform transform = t.value();
        // Plain threads rather than QtConcurrent: TSan sees their start and join, so a shared PROJ context
        // would be reported here and nothing else is.
        std::vector<double> xs(8);
        std::vector<std::thread> threads;
        for (double& x : xs)
            threads.emplace_back([&transform, &x] { x = transform.transform(QPointF(5.27, 52.20))->x(); });
        for (std::thread& t : threads)
            t.join();
        for (double x : xs)
            QVERIFY(std::abs(x - 146987.323) < 0.01);
    }

    void plausibility()
    {
        QVERIFY(CoordinateTransform::isPlausibleRd(QPointF(155000, 463000)));
        QVERIFY(!CoordinateTransform::isPlausibleRd(QPointF(5.3, 52.2)));
        QVERIFY(CoordinateTransform::isPlausibleLonLatNl(QPointF(5.3, 52.2)));
        QVERIFY(!CoordinateTransform::isPlausibleLonLatNl(QPointF(52.2, 5.3)));
    }
};

QTEST_GUILESS_MAIN(TstCrs)
#include "tst_crs.moc"
