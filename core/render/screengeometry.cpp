// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/screengeometry.h"

#include "render/polygonset.h"

#include "base/parallelfor.h"

#include <QMutexLocker>
#include <QPainter>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Mk {

namespace {

constexpr double kMinFeaturePixels = 0.5; ///< smaller features cover less than a quarter pixel: not drawn
constexpr size_t kMaxEntries = 4;         ///< a canvas and a briefing or export view, with room to spare
/** Fewer input vertices are simplified on one thread: starting a second costs more than it saves (a demo gemeente). */
constexpr qsizetype kMinParallelVertices = 100000;

/** Douglas–Peucker between the kept vertices `first` and `last`: marks the vertices to keep between them. */
void douglasPeucker(const QPolygonF& pts, qsizetype first, qsizetype last, double tolerance2, std::vector<char>& keep,
                    std::vector<std::pair<qsizetype, qsizetype>>& stack)
{
    stack.clear();
    stack.emplace_back(first, last);
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        // Squared distance to the segment a–b (not its line: a spike past either end must count).
        const double ax = pts[a].x(), ay = pts[a].y();
        const double vx = pts[b].x() - ax, vy = pts[b].y() - ay;
        const double len2 = vx * vx + vy * vy;
        const double inv = len2 > 0 ? 1.0 / len2 : 0.0;
        double worst = tolerance2;
        qsizetype at = -1;
        for (qsizetype k = a + 1; k < b; ++k) {
            double wx = pts[k].x() - ax, wy = pts[k].y() - ay;
            const double t = std::clamp((wx * vx + wy * vy) * inv, 0.0, 1.0);
            wx -= t * vx;
            wy -= t * vy;
            const double d = wx * wx + wy * wy;
            if (d > worst) {
                worst = d;
                at = k;
            }
        }
        if (at < 0)
            continue;
        keep[static_cast<size_t>(at)] = 1;
        stack.emplace_back(a, at);
        stack.emplace_back(at, b);
    }
}

/** Scratch buffers reused over the rings of one build. */
struct Simplifier {
    QPolygonF pixels;
    std::vector<char> keep;
    std::vector<std::pair<qsizetype, qsizetype>> stack;

    /**
     * The closed ring in pixels, simplified: split at the vertex farthest from the first (a closed ring
     * has no chord to measure from), then Douglas–Peucker on both halves. Empty when under three vertices remain.
     */
    QPolygonF run(const QPolygonF& ring, const QTransform& t, double tolerance)
    {
        const double m11 = t.m11(), m22 = t.m22(), dx = t.dx(), dy = t.dy();
        // A radial pass first (vertices within half the tolerance of the last one kept go): it is linear and removes
        // most vertices of a detailed ring at a small scale, so the Douglas–Peucker pass has far fewer to weigh.
        const double radius2 = 0.25 * tolerance * tolerance;
        const qsizetype count = ring.size();
        pixels.clear();
        pixels.reserve(count);
        for (qsizetype k = 0; k < count; ++k) {
            const QPointF p(ring[k].x() * m11 + dx, ring[k].y() * m22 + dy);
            if (!pixels.isEmpty() && k + 1 < count) {
                const double ddx = p.x() - pixels.back().x(), ddy = p.y() - pixels.back().y();
                if (ddx * ddx + ddy * ddy < radius2)
                    continue;
            }
            pixels.append(p);
        }
        const qsizetype n = pixels.size();
        keep.assign(static_cast<size_t>(n), 0);
        keep.front() = keep.back() = 1;
        qsizetype far = 0;
        double farthest = -1;
        for (qsizetype k = 1; k + 1 < n; ++k) {
            const double ddx = pixels[k].x() - pixels[0].x(), ddy = pixels[k].y() - pixels[0].y();
            if (ddx * ddx + ddy * ddy > farthest) {
                farthest = ddx * ddx + ddy * ddy;
                far = k;
            }
        }
        QPolygonF out;
        if (far == 0)
            return out;
        keep[static_cast<size_t>(far)] = 1;
        const double tolerance2 = tolerance * tolerance;
        douglasPeucker(pixels, 0, far, tolerance2, keep, stack);
        douglasPeucker(pixels, far, n - 1, tolerance2, keep, stack);
        out.reserve(static_cast<qsizetype>(std::count(keep.begin(), keep.end(), 1)));
        for (qsizetype k = 0; k < n; ++k)
            if (keep[static_cast<size_t>(k)])
                out.append(pixels[k]);
        if (out.size() < 4) // three corners and the closing vertex
            out.clear();
        return out;
    }
};

} // namespace

std::shared_ptr<const ScreenGeometry> ScreenGeometry::build(const PolygonSet& set, const QTransform& mapToPixel, const QRectF& view,
                                                            double tolerance, int threads)
{
    Q_ASSERT(mapToPixel.type() <= QTransform::TxScale);
    auto g = std::make_shared<ScreenGeometry>();
    const auto n = static_cast<size_t>(set.size());
    g->m_kind.assign(n, Kind::None);
    g->m_polygons.resize(n);
    g->m_paths.resize(n);
    const double sx = std::abs(mapToPixel.m11()), sy = std::abs(mapToPixel.m22());
    // The features to draw, in runs of about equal vertex counts (the work is about linear in them).
    struct Run {
        std::vector<size_t> features;
        qsizetype vertices = 0; ///< input vertices, then the kept ones
    };
    std::vector<size_t> drawn;
    qsizetype inputVertices = 0;
    for (size_t i = 0; i < n; ++i) {
        const QRectF& b = set.bounds(static_cast<qsizetype>(i));
        if (!b.intersects(view) || std::max(b.width() * sx, b.height() * sy) < kMinFeaturePixels)
            continue;
        drawn.push_back(i);
        for (const QPolygonF& ring : set.rings(static_cast<qsizetype>(i)))
            inputVertices += ring.size();
    }
    if (threads <= 0)
        threads = inputVertices >= kMinParallelVertices ? QThread::idealThreadCount() : 1;
    // More runs than threads, so a thread that drew the simpler features takes over the rest.
    const qsizetype runCount = threads == 1 ? 1 : 4 * threads;
    std::vector<Run> runs(static_cast<size_t>(runCount));
    qsizetype assigned = 0;
    for (size_t i : drawn) {
        Run& run = runs[static_cast<size_t>(std::min(runCount - 1, assigned * runCount / std::max<qsizetype>(1, inputVertices)))];
        run.features.push_back(i);
        for (const QPolygonF& ring : set.rings(static_cast<qsizetype>(i)))
            assigned += ring.size();
    }
    // Every feature is written by one run only, so the runs share nothing but the read-only set.
    parallelFor(runs, threads, [&](Run& run) {
        Simplifier simplifier;
        std::vector<QPolygonF> kept;
        run.vertices = 0;
        for (size_t i : run.features) {
            kept.clear();
            for (const QPolygonF& ring : set.rings(static_cast<qsizetype>(i))) {
                QPolygonF pixels = simplifier.run(ring, mapToPixel, tolerance);
                if (!pixels.isEmpty()) {
                    run.vertices += pixels.size();
                    kept.push_back(std::move(pixels));
                }
            }
            if (kept.size() == 1) {
                g->m_kind[i] = Kind::Polygon;
                g->m_polygons[i] = std::move(kept.front());
            } else if (kept.size() > 1) {
                g->m_kind[i] = Kind::Path;
                QPainterPath& path = g->m_paths[i];
                path.setFillRule(Qt::OddEvenFill);
                for (const QPolygonF& ring : kept) {
                    path.addPolygon(ring);
                    path.closeSubpath();
                }
            }
        }
    });
    for (const Run& run : runs)
        g->m_vertexCount += run.vertices;
    return g;
}

QPainterPath ScreenGeometry::path(qsizetype i) const
{
    const auto k = static_cast<size_t>(i);
    if (m_kind[k] != Kind::Polygon)
        return m_paths[k];
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    path.addPolygon(m_polygons[k]);
    path.closeSubpath();
    return path;
}

void ScreenGeometry::draw(QPainter& painter, qsizetype i) const
{
    const auto k = static_cast<size_t>(i);
    if (m_kind[k] == Kind::Polygon)
        painter.drawPolygon(m_polygons[k], Qt::OddEvenFill);
    else if (m_kind[k] == Kind::Path)
        painter.drawPath(m_paths[k]);
}

std::shared_ptr<const ScreenGeometry> ScreenGeometryCache::get(const PolygonSet& set, const QTransform& mapToPixel, const QRectF& view,
                                                               double tolerance)
{
    {
        const QMutexLocker lock(&m_mutex);
        const auto hit = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) {
            return e.tolerance == tolerance && e.mapToPixel == mapToPixel && e.view == view;
        });
        if (hit != m_entries.end()) {
            std::rotate(hit, hit + 1, m_entries.end());
            return m_entries.back().geometry;
        }
    }
    // Built unlocked: two renders of a new view may both build it, but neither waits for the other.
    auto geometry = ScreenGeometry::build(set, mapToPixel, view, tolerance);
    const QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= kMaxEntries)
        m_entries.erase(m_entries.begin());
    m_entries.push_back({mapToPixel, view, tolerance, geometry});
    return geometry;
}

void ScreenGeometryCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

} // namespace Mk
