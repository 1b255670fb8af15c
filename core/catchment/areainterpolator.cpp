// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/areainterpolator.h"

#include "base/feedback.h"
#include "geo/geometry.h"
#include "geo/preparedgeometry.h"
#include "geo/spatialindex.h"

#include <optional>

namespace Mk {

struct AreaInterpolator::Private {
    std::vector<std::shared_ptr<const Geometry>> sources;
    // Prepared once: most small targets lie wholly inside one source, which a prepared test finds without an overlay.
    std::vector<std::optional<PreparedGeometry>> prepared;
    std::vector<double> areas;
    SpatialIndex tree;
};

AreaInterpolator::AreaInterpolator(std::vector<std::shared_ptr<const Geometry>> sources)
    : d(std::make_unique<Private>())
{
    d->sources = std::move(sources);
    d->areas.resize(d->sources.size(), 0.0);
    d->prepared.resize(d->sources.size());
    for (size_t i = 0; i < d->sources.size(); ++i) {
        const auto& s = d->sources[i];
        if (!s || s->isEmpty())
            continue;
        d->areas[i] = s->area();
        if (d->areas[i] > 0.0) {
            d->tree.insert(*s, static_cast<qsizetype>(i));
            d->prepared[i].emplace(*s);
        }
    }
}

AreaInterpolator::~AreaInterpolator() = default;

qsizetype AreaInterpolator::sourceCount() const { return static_cast<qsizetype>(d->sources.size()); }

Result<InterpolationWeights> AreaInterpolator::weights(const std::vector<const Geometry*>& targets,
                                                       InterpolationMode mode, Feedback& feedback) const
{
    InterpolationWeights out;
    out.perTarget.resize(targets.size());
    // Intersection areas first; the weights need every target's share of a source (Partition mode).
    for (size_t t = 0; t < targets.size(); ++t) {
        if (feedback.isCanceled())
            return fail(ErrorCode::Canceled, tr("Canceled."));
        const Geometry* target = targets[t];
        if (!target || target->isEmpty())
            continue;
        const PreparedGeometry prepared(*target);
        for (qsizetype s : d->tree.query(*target)) {
            const Geometry& source = *d->sources[static_cast<size_t>(s)];
            double overlap = 0.0;
            if (prepared.containsProperly(source)) {
                overlap = d->areas[static_cast<size_t>(s)];
            } else if (d->prepared[static_cast<size_t>(s)]->containsProperly(*target)) {
                overlap = target->area();
            } else if (prepared.intersects(source)) {
                const Geometry piece = target->intersection(source);
                if (piece.isNull())
                    return fail(ErrorCode::GeometryInvalid,
                                tr("GEOS could not intersect catchment %1 with area %2. Repair the area geometries "
                                   "(for example with QGIS \"Fix geometries\") and try again.")
                                    .arg(t + 1)
                                    .arg(s + 1),
                                Geometry::takeLastError());
                overlap = piece.area();
            }
            if (overlap > 0.0)
                out.perTarget[t].push_back({s, overlap});
        }
        feedback.setProgress(static_cast<double>(t + 1) / static_cast<double>(targets.size()));
    }

    std::vector<double> covered(d->sources.size(), 0.0);
    for (const auto& terms : out.perTarget)
        for (const auto& term : terms)
            covered[static_cast<size_t>(term.source)] += term.weight;
    out.sourceCoverage.resize(d->sources.size(), 0.0);
    for (size_t s = 0; s < d->sources.size(); ++s)
        out.sourceCoverage[s] = d->areas[s] > 0.0 ? covered[s] / d->areas[s] : 0.0;
    for (auto& terms : out.perTarget) {
        for (auto& term : terms) {
            const auto s = static_cast<size_t>(term.source);
            term.weight /= mode == InterpolationMode::Partition ? covered[s] : d->areas[s];
        }
    }
    return out;
}

std::vector<double> AreaInterpolator::apply(const InterpolationWeights& weights, const std::vector<double>& sourceCounts,
                                            qsizetype groups)
{
    const auto g = static_cast<size_t>(groups);
    std::vector<double> out(weights.perTarget.size() * g, 0.0);
    for (size_t t = 0; t < weights.perTarget.size(); ++t)
        for (const auto& term : weights.perTarget[t])
            for (size_t k = 0; k < g; ++k)
                out[t * g + k] += term.weight * sourceCounts[static_cast<size_t>(term.source) * g + k];
    return out;
}

} // namespace Mk
