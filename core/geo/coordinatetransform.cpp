// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/coordinatetransform.h"

#include "geo/geometry_p.h"

#include "base/librarymessages.h"

#include <proj.h>

#include <cmath>

#include <memory>
#include <string>
#include <unordered_map>

namespace Mk {

namespace {

struct ContextDeleter {
    void operator()(PJ_CONTEXT* c) const { proj_context_destroy(c); }
};
struct PjDeleter {
    void operator()(PJ* p) const { proj_destroy(p); }
};
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

/** PROJ's errors go to the thread's LibraryMessages; printed nowhere else. */
void projLog(void*, int level, const char* message)
{
    if (level <= PJ_LOG_ERROR)
        LibraryMessages::report(Diagnostic::Severity::Warning, QStringLiteral("PROJ"), QString::fromUtf8(message));
}

/**
 * The calling thread's PROJ context and its cache of normalised operations, keyed by
 * "source\ntarget". Members are destroyed in reverse order: operations before the context.
 */
struct ThreadProj {
    std::unique_ptr<PJ_CONTEXT, ContextDeleter> context;
    std::unordered_map<std::string, PjPtr> operations;

    ThreadProj() : context(proj_context_create())
    {
        proj_context_set_enable_network(context.get(), 0);
        proj_log_func(context.get(), nullptr, projLog);
        proj_log_level(context.get(), PJ_LOG_ERROR);
    }

    static ThreadProj& instance()
    {
        thread_local ThreadProj proj;
        return proj;
    }

    /** The normalised operation, created on first use on this thread; null when PROJ fails. */
    PJ* operation(const QByteArray& source, const QByteArray& target)
    {
        std::string key = source.toStdString() + '\n' + target.toStdString();
        auto it = operations.find(key);
        if (it != operations.end())
            return it->second.get();
        PjPtr raw(proj_create_crs_to_crs(context.get(), source.constData(), target.constData(), nullptr));
        PjPtr normalised(raw ? proj_normalize_for_visualization(context.get(), raw.get()) : nullptr);
        PJ* result = normalised.get();
        operations.emplace(std::move(key), std::move(normalised));
        return result;
    }
};

QString lastProjError(PJ_CONTEXT* context)
{
    return QString::fromUtf8(proj_context_errno_string(context, proj_context_errno(context)));
}

} // namespace

Result<CoordinateTransform> CoordinateTransform::create(const QString& sourceCrs, const QString& targetCrs)
{
    ThreadProj& proj = ThreadProj::instance();
    PJ_CONTEXT* context = proj.context.get();
    const QByteArray source = sourceCrs.toUtf8();
    const QByteArray target = targetCrs.toUtf8();
    PjPtr sourcePj(proj_create(context, source.constData()));
    if (!sourcePj)
        return fail(ErrorCode::CrsUnknown, tr("The coordinate reference system is not recognised. Save the file with a known CRS (for example EPSG:28992 or EPSG:4326)."),
                    lastProjError(context) + QStringLiteral(": ") + sourceCrs.left(200));
    PjPtr targetPj(proj_create(context, target.constData()));
    if (!targetPj)
        return fail(ErrorCode::CrsUnknown, tr("The target coordinate reference system %1 is not recognised.").arg(targetCrs),
                    lastProjError(context));

    CoordinateTransform t;
    t.m_source = source;
    t.m_target = target;
    t.m_sourceName = QString::fromUtf8(proj_get_name(sourcePj.get()));
    t.m_identity = proj_is_equivalent_to_with_ctx(context, sourcePj.get(), targetPj.get(), PJ_COMP_EQUIVALENT) != 0;
    if (!t.m_identity && !proj.operation(source, target))
        return fail(ErrorCode::CrsUnknown,
                    tr("No coordinate transformation from %1 to %2 is available. Reproject the file to EPSG:28992 in a GIS and load it again.")
                        .arg(t.m_sourceName, targetCrs),
                    lastProjError(context));
    return t;
}

std::optional<QPointF> CoordinateTransform::transform(const QPointF& point) const
{
    if (m_identity)
        return point;
    PJ* op = ThreadProj::instance().operation(m_source, m_target);
    if (!op)
        return std::nullopt;
    const PJ_COORD out = proj_trans(op, PJ_FWD, proj_coord(point.x(), point.y(), 0, 0));
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL)
        return std::nullopt;
    return QPointF(out.xy.x, out.xy.y);
}

Geometry CoordinateTransform::transform(const Geometry& geometry) const
{
    if (m_identity || geometry.isNull())
        return geometry.clone();
    PJ* op = ThreadProj::instance().operation(m_source, m_target);
    if (!op)
        return {};
    auto callback = [](double* x, double* y, void* userdata) -> int {
        const PJ_COORD out = proj_trans(static_cast<PJ*>(userdata), PJ_FWD, proj_coord(*x, *y, 0, 0));
        if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL)
            return 0;
        *x = out.xy.x;
        *y = out.xy.y;
        return 1;
    };
    return detail::GeometryAccess::adopt(
        GEOSGeom_transformXY_r(detail::GeosContext::handle(), detail::GeometryAccess::raw(geometry), callback, op));
}

bool CoordinateTransform::isPlausibleRd(const QPointF& p)
{
    // RD New's area of use (EPSG:28992 bounds -7000..300000 x 289000..629000) with a small margin.
    return p.x() > -10000.0 && p.x() < 310000.0 && p.y() > 280000.0 && p.y() < 640000.0;
}

bool CoordinateTransform::isPlausibleLonLatNl(const QPointF& p)
{
    return p.x() > 2.5 && p.x() < 7.5 && p.y() > 50.5 && p.y() < 54.0;
}

} // namespace Mk
