// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/quickvalidity_p.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace Mk::detail {

namespace {

struct Point {
    double x, y;
};

/** One ring, its closing point dropped and consecutive repeated points merged (GEOS ignores those too). */
struct Ring {
    std::vector<Point> points;
    double minX, minY, maxX, maxY;
};

/** A polygon part: its shell, then its holes. */
using Part = std::vector<Ring>;

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

bool readRing(GEOSContextHandle_t context, const GEOSGeometry* ring, Ring& out)
{
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(context, ring);
    unsigned int n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(context, seq, &n) || n < 4)
        return false;
    std::vector<double> xy(2 * size_t(n));
    if (!GEOSCoordSeq_copyToBuffer_r(context, seq, xy.data(), 0, 0))
        return false;
    if (xy[0] != xy[2 * (n - 1)] || xy[1] != xy[2 * (n - 1) + 1])
        return false; // not closed
    out.points.clear();
    out.points.reserve(n);
    out.minX = out.minY = HUGE_VAL;
    out.maxX = out.maxY = -HUGE_VAL;
    for (unsigned int i = 0; i + 1 < n; ++i) {
        const Point p{xy[2 * i], xy[2 * i + 1]};
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return false;
        if (!out.points.empty() && out.points.back().x == p.x && out.points.back().y == p.y)
            continue;
        out.points.push_back(p);
        out.minX = std::min(out.minX, p.x);
        out.maxX = std::max(out.maxX, p.x);
        out.minY = std::min(out.minY, p.y);
        out.maxY = std::max(out.maxY, p.y);
    }
    if (out.points.size() > 1 && out.points.back().x == out.points.front().x && out.points.back().y == out.points.front().y)
        out.points.pop_back();
    return out.points.size() >= 3;
}

bool readPolygon(GEOSContextHandle_t context, const GEOSGeometry* polygon, Part& out)
{
    if (GEOSisEmpty_r(context, polygon) != 0)
        return false;
    const int holes = GEOSGetNumInteriorRings_r(context, polygon);
    if (holes < 0)
        return false;
    out.resize(size_t(holes) + 1);
    if (!readRing(context, GEOSGetExteriorRing_r(context, polygon), out[0]))
        return false;
    for (int i = 0; i < holes; ++i)
        if (!readRing(context, GEOSGetInteriorRingN_r(context, polygon, i), out[size_t(i) + 1]))
            return false;
    return true;
}

/** A segment of a ring: ring `ring`, from its point `index` to the next. */
struct Segment {
    double minX, maxX, minY, maxY;
    Point a, b;
    int ring;
    int index;
};

/** Whether two segments are consecutive in one ring (they share an end point by construction). */
bool consecutive(const Segment& s, const Segment& t, const std::vector<int>& ringSizes)
{
    if (s.ring != t.ring)
        return false;
    const int n = ringSizes[size_t(s.ring)];
    return (s.index + 1) % n == t.index || (t.index + 1) % n == s.index;
}

/** Whether two segments may meet (touch, cross or overlap); false only when they certainly do not. */
bool mayMeet(const Segment& s, const Segment& t)
{
    if (s.maxY < t.minY || t.maxY < s.minY || s.maxX < t.minX || t.maxX < s.minX)
        return false;
    const int o1 = orientation(s.a, s.b, t.a), o2 = orientation(s.a, s.b, t.b);
    const int o3 = orientation(t.a, t.b, s.a), o4 = orientation(t.a, t.b, s.b);
    return o1 * o2 <= 0 && o3 * o4 <= 0;
}

/** Consecutive segments a -> b -> c only share b: they turn, or go on straight, but do not double back along one line. */
bool turnsCleanly(const Point& a, const Point& b, const Point& c)
{
    return orientation(a, b, c) != 0 || (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y) > 0;
}

/** Whether `p` (on no segment of `ring`, as the sweep showed) lies inside it, by crossings: 1 inside, 0 outside, -1 unsure. */
int insideRing(const Point& p, const Ring& ring)
{
    if (p.x < ring.minX || p.x > ring.maxX || p.y < ring.minY || p.y > ring.maxY)
        return 0;
    bool inside = false;
    const size_t n = ring.points.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const Point& a = ring.points[j];
        const Point& b = ring.points[i];
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

} // namespace

bool isProvablyValidPolygon(GEOSContextHandle_t context, const GEOSGeometry* g)
{
    const int type = GEOSGeomTypeId_r(context, g);
    std::vector<Part> parts;
    if (type == GEOS_POLYGON) {
        parts.resize(1);
        if (!readPolygon(context, g, parts[0]))
            return false;
    } else if (type == GEOS_MULTIPOLYGON) {
        const int n = GEOSGetNumGeometries_r(context, g);
        if (n <= 0)
            return false;
        parts.resize(size_t(n));
        for (int i = 0; i < n; ++i)
            if (!readPolygon(context, GEOSGetGeometryN_r(context, g, i), parts[size_t(i)]))
                return false;
    } else {
        return false;
    }

    std::vector<Segment> segments;
    std::vector<int> ringSizes;
    for (const Part& part : parts)
        for (const Ring& ring : part) {
            const int r = static_cast<int>(ringSizes.size());
            const int n = static_cast<int>(ring.points.size());
            ringSizes.push_back(n);
            for (int i = 0; i < n; ++i) {
                const Point& a = ring.points[size_t(i)];
                const Point& b = ring.points[size_t((i + 1) % n)];
                const Point& c = ring.points[size_t((i + 2) % n)];
                if (!turnsCleanly(a, b, c))
                    return false;
                segments.push_back({std::min(a.x, b.x), std::max(a.x, b.x), std::min(a.y, b.y), std::max(a.y, b.y), a, b, r, i});
            }
        }
    std::sort(segments.begin(), segments.end(), [](const Segment& s, const Segment& t) { return s.minX < t.minX; });
    std::vector<size_t> active;
    for (size_t i = 0; i < segments.size(); ++i) {
        const Segment& s = segments[i];
        size_t kept = 0;
        for (const size_t k : active) {
            const Segment& t = segments[k];
            if (t.maxX < s.minX)
                continue; // ends before s starts, and before every later segment
            active[kept++] = k;
            if (!consecutive(s, t, ringSizes) && mayMeet(s, t))
                return false;
        }
        active.resize(kept);
        active.push_back(i);
    }

    // No two rings meet. A hole must lie inside its shell and outside the other holes; no part inside another.
    for (const Part& part : parts)
        for (size_t h = 1; h < part.size(); ++h) {
            if (insideRing(part[h].points.front(), part[0]) != 1)
                return false;
            for (size_t o = 1; o < part.size(); ++o)
                if (o != h && insideRing(part[h].points.front(), part[o]) != 0)
                    return false;
        }
    for (size_t i = 0; i < parts.size(); ++i)
        for (size_t j = 0; j < parts.size(); ++j)
            if (i != j && insideRing(parts[i][0].points.front(), parts[j][0]) != 0)
                return false;
    return true;
}

} // namespace Mk::detail
