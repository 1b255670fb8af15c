// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/coverageunion.h"
#include "geo/geometry.h"
#include "testutils.h"

#include <QTest>

using namespace Mk;

class TstGeometry : public QObject
{
    Q_OBJECT
private slots:
    void polygonAreaAndBounds()
    {
        const Geometry square = Geometry::polygon({{0, 0}, {100, 0}, {100, 100}, {0, 100}});
        QVERIFY(square.isValid());
        QCOMPARE(square.area(), 10000.0);
        QCOMPARE(square.boundingBox(), QRectF(0, 0, 100, 100));
        QCOMPARE(square.centroid(), QPointF(50, 50));
    }

    void intersectionAndBuffer()
    {
        const Geometry a = Geometry::polygon({{0, 0}, {100, 0}, {100, 100}, {0, 100}});
        const Geometry b = Geometry::polygon({{50, 50}, {150, 50}, {150, 150}, {50, 150}});
        QCOMPARE(a.intersection(b).area(), 2500.0);
        const Geometry disc = Geometry::point(0, 0).buffer(10, 64);
        QVERIFY(std::abs(disc.area() - M_PI * 100) < 0.1);
        QVERIFY(a.contains(Geometry::point(10, 10)));
        QVERIFY(!a.contains(Geometry::point(200, 10)));
    }

    void wkbRoundTrip()
    {
        const Geometry a = Geometry::fromWkt(QStringLiteral("POLYGON((0 0,10 0,10 10,0 10,0 0))"));
        const Geometry b = Geometry::fromWkb(a.toWkb());
        QCOMPARE(b.area(), 100.0);
        QCOMPARE(b.rings().size(), size_t(1));
        QCOMPARE(b.rings().front().size(), size_t(5));
    }

    void invalidInputGivesNull()
    {
        QVERIFY(Geometry::fromWkt(QStringLiteral("NOT A GEOMETRY")).isNull());
        QVERIFY(Geometry::fromWkb(QByteArray("garbage")).isNull());
    }

    void unionOfTouchingSquares()
    {
        const Geometry a = Geometry::polygon({{0, 0}, {1, 0}, {1, 1}, {0, 1}});
        const Geometry b = Geometry::polygon({{1, 0}, {2, 0}, {2, 1}, {1, 1}});
        const Geometry u = Geometry::unionOf({&a, &b});
        QCOMPARE(u.area(), 2.0);
        QCOMPARE(u.boundingBox(), QRectF(0, 0, 2, 1));
    }

    // The coverage union equals the plain union for tiles (one polygon, no inner edge left), and falls back to it for
    // parts that overlap (area 1.5, not the 2 a coverage union would claim) or that touch without sharing a vertex
    // (a T-junction: the coverage union cannot match those edges).
    void coverageUnionOrPlainUnion_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<double>("area");
        QTest::newRow("tiles") << "POLYGON((0 0,1 0,1 1,0 1,0 0))" << "POLYGON((1 0,2 0,2 1,1 1,1 0))" << 2.0;
        QTest::newRow("overlap") << "POLYGON((0 0,1 0,1 1,0 1,0 0))" << "POLYGON((0.5 0,1.5 0,1.5 1,0.5 1,0.5 0))" << 1.5;
        QTest::newRow("T-junction") << "POLYGON((0 0,1 0,1 2,0 2,0 0))" << "POLYGON((1 0,2 0,2 1,1 1,1 0))" << 3.0;
        QTest::newRow("apart") << "POLYGON((0 0,1 0,1 1,0 1,0 0))" << "POLYGON((3 0,4 0,4 1,3 1,3 0))" << 2.0;
    }
    void coverageUnionOrPlainUnion()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(double, area);
        const Geometry ga = Geometry::fromWkt(a), gb = Geometry::fromWkt(b);
        const Geometry plain = Geometry::unionOf({&ga, &gb});
        const Geometry covered = Mk::coverageUnion({&ga, &gb});
        QVERIFY(covered.isValid());
        QCOMPARE(covered.area(), area);
        QCOMPARE(plain.area(), area);
        QCOMPARE(covered.rings().size(), plain.rings().size()); // no inner edge left as a hole or a second part
        QVERIFY(covered.intersection(plain).area() > area - 1e-9);
    }
};

QTEST_GUILESS_MAIN(TstGeometry)
#include "tst_geometry.moc"
