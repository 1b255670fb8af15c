// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/coverageunion.h"
#include "geo/geometry.h"
#include "testutils.h"

#include <QTest>

#include <QtEndian>

#include <vector>

using namespace Mk;

namespace {

/** Polygon parts as rings of x, y pairs, for Geometry::fromRings() and for ISO WKB written here by hand. */
using Ring = std::vector<double>;
using Part = std::vector<Ring>;

QByteArray wkbOf(const std::vector<Part>& parts, bool multi)
{
    QByteArray out;
    const auto add = [&out](auto value) {
        char bytes[sizeof value];
        qToLittleEndian(value, bytes);
        out.append(bytes, sizeof value);
    };
    const auto addPolygon = [&](const Part& part) {
        out.append(char(1));
        add(quint32(3));
        add(quint32(part.size()));
        for (const Ring& ring : part) {
            add(quint32(ring.size() / 2));
            for (const double v : ring)
                add(v);
        }
    };
    if (!multi) {
        addPolygon(parts.front());
        return out;
    }
    out.append(char(1));
    add(quint32(6));
    add(quint32(parts.size()));
    for (const Part& part : parts)
        addPolygon(part);
    return out;
}

Geometry fromRings(const std::vector<Part>& parts, bool multi)
{
    std::vector<double> xy;
    std::vector<unsigned> ringPoints, partRings;
    for (const Part& part : parts) {
        partRings.push_back(static_cast<unsigned>(part.size()));
        for (const Ring& ring : part) {
            xy.insert(xy.end(), ring.begin(), ring.end());
            ringPoints.push_back(static_cast<unsigned>(ring.size() / 2));
        }
    }
    return Geometry::fromRings(xy, ringPoints, partRings, multi);
}

} // namespace

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

    // Geometry::fromRings builds what GEOS's WKB reader builds from the same rings: the same polygon (the same WKB
    // back, bit for bit, -0.0 and NaN included), or null for a ring GEOS refuses.
    void fromRingsAsFromWkb_data()
    {
        QTest::addColumn<std::vector<Part>>("parts");
        QTest::addColumn<bool>("multi");
        QTest::addColumn<bool>("refused");
        const Ring square{0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
        const Ring hole{2, 2, 2, 4, 4, 4, 4, 2, 2, 2};
        const Ring far{100.5, -0.0, 110.25, 0, 110.25, 1e-300, 100.5, 0, 100.5, -0.0};
        QTest::newRow("polygon") << std::vector<Part>{{square}} << false << false;
        QTest::newRow("polygon with holes") << std::vector<Part>{{square, hole, far}} << false << false;
        QTest::newRow("multipolygon") << std::vector<Part>{{square, hole}, {far}} << true << false;
        QTest::newRow("empty part") << std::vector<Part>{{square}, {}} << true << false;
        QTest::newRow("empty ring") << std::vector<Part>{{Ring{}}} << false << false;
        QTest::newRow("NaN vertex") << std::vector<Part>{{Ring{0, 0, std::nan(""), 0, 1, 1, 0, 0}}} << false << false;
        QTest::newRow("open ring") << std::vector<Part>{{Ring{0, 0, 1, 0, 1, 1, 0, 1}}} << false << true;
        QTest::newRow("three points") << std::vector<Part>{{square}, {Ring{0, 0, 1, 0, 0, 0}}} << true << false;
        QTest::newRow("two points") << std::vector<Part>{{square}, {Ring{0, 0, 0, 0}}} << true << true;
        QTest::newRow("open hole") << std::vector<Part>{{square, Ring{2, 2, 2, 4, 4, 4, 4, 2}}} << false << true;
        QTest::newRow("empty shell, a hole") << std::vector<Part>{{Ring{}, hole}} << false << true;
    }

    void fromRingsAsFromWkb()
    {
        QFETCH(std::vector<Part>, parts);
        QFETCH(bool, multi);
        QFETCH(bool, refused);
        const Geometry read = Geometry::fromWkb(wkbOf(parts, multi));
        (void)Geometry::takeLastError();
        const Geometry built = fromRings(parts, multi);
        QCOMPARE(built.isNull(), refused);
        QCOMPARE(read.isNull(), refused);
        if (refused)
            QVERIFY(!Geometry::takeLastError().isEmpty());
        else
            QCOMPARE(built.toWkb(), read.toWkb());
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
