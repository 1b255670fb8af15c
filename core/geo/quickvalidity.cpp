// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/quickvalidity_p.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace Mk::detail {

namespace {

struct Point {
    double x, y;
};
static_assert(sizeof(Point) == 2 * sizeof(double), "GEOSCoordSeq_copyToBuffer_r writes x, y pairs into the points");

/** One ring: its points [begin, end) in Scratch::points, its closing point dropped and consecutive repeated points merged. */
struct Ring {
    size_t begin, end;
    double minX, minY, maxX, maxY;
};

/** A segment waiting in the sweep: what the test against a later one needs, side by side. */
struct Active {
    double maxX, minY, maxY;
    unsigned from; ///< its first point, which names it: a ring's segment i runs from its point i to the next
};

/**
 * The buffers of one check, kept by each thread between checks: a national layer's thousands of polygons then allocate
 * nothing here once the largest has been seen.
 */
struct Scratch {
    std::vector<Point> points;                      ///< every ring's points, ring after ring
    std::vector<Ring> rings;                        ///< part after part, each part's shell first
    std::vector<size_t> partBegin;                  ///< each part's shell in rings
    std::vector<unsigned> next;                     ///< per point: the next point of its ring, where its segment ends
    std::vector<std::pair<double, unsigned>> order; ///< each segment's smallest x and its first point, sorted by x
    std::vector<Active> active;
};

/** The sign of the turn a -> b -> c (1 left, -1 right), or 0 when the error bound cannot certify it. */
int orientation(const Point& a, const Point& b, const Point& c)
{
    const double l = (b.x - a.x) * (c.y - a.y);
    const double r = (b.y - a.y) * (c.x - a.x);
    const double det = l - r;
    // Shewchuk's ccwerrboundA is (3 + 16 eps) eps with eps = 2^-53; 1e-15 is a little above it, and a ring that
    // still falls within it goes to GEOS.
    const double bound = 1e-15 * (std::abs(l) + std::abs(r));
    if (det > bound)
        return 1;
    if (-det > bound)
        return -1;
    return 0;
}

bool same(const Point& a, const Point& b) { return a.x == b.x && a.y == b.y; }

bool readRing(GEOSContextHandle_t context, const GEOSGeometry* ring, Scratch& s)
{
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(context, ring);
    unsigned int n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(context, seq, &n) || n < 4)
        return false;
    const size_t begin = s.points.size();
    s.points.resize(begin + n);
    Point* const p = s.points.data() + begin;
    if (!GEOSCoordSeq_copyToBuffer_r(context, seq, &p->x, 0, 0))
        return false;
    if (!same(p[0], p[n - 1]))
        return false; // not closed
    Ring out{begin, begin, HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
    size_t kept = 0; // merged in place: the points kept never run ahead of the points read
    for (unsigned int i = 0; i + 1 < n; ++i) {
        const Point q = p[i];
        if (!std::isfinite(q.x) || !std::isfinite(q.y))
            return false;
        if (kept > 0 && same(p[kept - 1], q))
            continue;
        p[kept++] = q;
        out.minX = std::min(out.minX, q.x);
        out.maxX = std::max(out.maxX, q.x);
        out.minY = std::min(out.minY, q.y);
        out.maxY = std::max(out.maxY, q.y);
    }
    if (kept > 1 && same(p[kept - 1], p[0]))
        --kept;
    s.points.resize(begin + kept);
    out.end = begin + kept;
    s.rings.push_back(out);
    return kept >= 3;
}

bool readPolygon(GEOSContextHandle_t context, const GEOSGeometry* polygon, Scratch& s)
{
    if (GEOSisEmpty_r(context, polygon) != 0)
        return false;
    const int holes = GEOSGetNumInteriorRings_r(context, polygon);
    if (holes < 0)
        return false;
    s.partBegin.push_back(s.rings.size());
    if (!readRing(context, GEOSGetExteriorRing_r(context, polygon), s))
        return false;
    for (int i = 0; i < holes; ++i)
        if (!readRing(context, GEOSGetInteriorRingN_r(context, polygon, i), s))
            return false;
    return true;
}

/** Consecutive segments a -> b -> c only share b: they turn, or go on straight, but do not double back along one line. */
bool turnsCleanly(const Point& a, const Point& b, const Point& c)
{
    return orientation(a, b, c) != 0 || (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y) > 0;
}

/** Whether `p` (on no segment of `ring`, as the sweep showed) lies inside it, by crossings: 1 inside, 0 outside, -1 unsure. */
int insideRing(const Point& p, const Ring& ring, const std::vector<Point>& points)
{
    if (p.x < ring.minX || p.x > ring.maxX || p.y < ring.minY || p.y > ring.maxY)
        return 0;
    bool inside = false;
    for (size_t i = ring.begin, j = ring.end - 1; i < ring.end; j = i++) {
        const Point& a = points[j];
        const Point& b = points[i];
        if ((a.y > p.y) == (b.y > p.y))
            continue;
        // The edge crosses the horizontal line through p: is the crossing to the right of p?
        const int o = orientation(a, b, p);
        if (o == 0)
            return -1;
        if ((o > 0) == (b.y > a.y))
            inside = !inside;
    }
    return inside ? 1 : 0;
}

/**
 * Whether the segments of s's rings meet nowhere but where consecutive ones share their end point, by the sweep in x
 * order. A segment is named by its first point, so what the sweep sorts and keeps is small: 16 and 32 bytes a segment.
 */
bool segmentsMeetOnlyAtTheirEnds(Scratch& s)
{
    const std::vector<Point>& pts = s.points;
    s.next.resize(pts.size());
    for (const Ring& ring : s.rings)
        for (size_t i = ring.begin; i < ring.end; ++i)
            s.next[i] = static_cast<unsigned>(i + 1 < ring.end ? i + 1 : ring.begin);
    s.order.clear();
    for (size_t i = 0; i < pts.size(); ++i) {
        const Point& a = pts[i];
        const Point& b = pts[s.next[i]];
        if (!turnsCleanly(a, b, pts[s.next[s.next[i]]]))
            return false;
        s.order.emplace_back(std::min(a.x, b.x), static_cast<unsigned>(i));
    }
    std::sort(s.order.begin(), s.order.end(), [](const auto& u, const auto& v) { return u.first < v.first; });
    s.active.clear();
    for (const auto& [minX, from] : s.order) {
        const Point& a = pts[from];
        const Point& b = pts[s.next[from]];
        const double minY = std::min(a.y, b.y), maxY = std::max(a.y, b.y);
        size_t kept = 0;
        for (size_t k = 0; k < s.active.size(); ++k) {
            const Active t = s.active[k];
            if (t.maxX < minX)
                continue; // ends before this one starts, and before every later segment
            s.active[kept++] = t;
            // t starts no later than this one and ends no earlier than it starts: their x ranges overlap.
            if (t.maxY < minY || maxY < t.minY || s.next[from] == t.from || s.next[t.from] == from)
                continue;
            const Point& c = pts[t.from];
            const Point& d = pts[s.next[t.from]];
            if (orientation(a, b, c) * orientation(a, b, d) <= 0 && orientation(c, d, a) * orientation(c, d, b) <= 0)
                return false;
        }
        s.active.resize(kept);
        s.active.push_back({std::max(a.x, b.x), minY, maxY, from});
    }
    return true;
}

} // namespace

bool isProvablyValidPolygon(GEOSContextHandle_t context, const GEOSGeometry* g)
{
    thread_local Scratch s;
    s.points.clear();
    s.rings.clear();
    s.partBegin.clear();
    const int type = GEOSGeomTypeId_r(context, g);
    if (type == GEOS_POLYGON) {
        if (!readPolygon(context, g, s))
            return false;
    } else if (type == GEOS_MULTIPOLYGON) {
        const int n = GEOSGetNumGeometries_r(context, g);
        if (n <= 0)
            return false;
        for (int i = 0; i < n; ++i)
            if (!readPolygon(context, GEOSGetGeometryN_r(context, g, i), s))
                return false;
    } else {
        return false;
    }
    if (!segmentsMeetOnlyAtTheirEnds(s))
        return false;

    // No two rings meet. A hole must lie inside its shell and outside the other holes; no part inside another.
    const size_t parts = s.partBegin.size();
    const auto partEnd = [&](size_t k) { return k + 1 < parts ? s.partBegin[k + 1] : s.rings.size(); };
    const auto firstPoint = [&](size_t ring) { return s.points[s.rings[ring].begin]; };
    for (size_t k = 0; k < parts; ++k)
        for (size_t h = s.partBegin[k] + 1; h < partEnd(k); ++h) {
            if (insideRing(firstPoint(h), s.rings[s.partBegin[k]], s.points) != 1)
                return false;
            for (size_t o = s.partBegin[k] + 1; o < partEnd(k); ++o)
                if (o != h && insideRing(firstPoint(h), s.rings[o], s.points) != 0)
                    return false;
        }
    for (size_t i = 0; i < parts; ++i)
        for (size_t j = 0; j < parts; ++j)
            if (i != j && insideRing(firstPoint(s.partBegin[i]), s.rings[s.partBegin[j]], s.points) != 0)
                return false;
    return true;
}

} // namespace Mk::detail
