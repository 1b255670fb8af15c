// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/buffercatchmentbuilder.h"

#include "base/feedback.h"
#include "geo/geometry.h"
#include "geo/preparedgeometry.h"
#include "model/school.h"

#include <QLocale>

#include <cmath>

namespace Mk {

Result<QList<Catchment>> BufferCatchmentBuilder::build(const QList<School>& schools, const Geometry& boundary,
                                                       double distance, Feedback& feedback, Diagnostics& diagnostics)
{
    if (!(distance > 0.0) || !std::isfinite(distance))
        return fail(ErrorCode::InvalidArgument,
                    tr("The catchment distance must be a positive number of metres, for example 1000; got %1.")
                        .arg(QLocale().toString(distance)));
    if (boundary.isEmpty())
        return fail(ErrorCode::EmptyInput, tr("The gemeente boundary is empty, so distance bands cannot be clipped "
                                              "to it. Load the areas (buurten or wijken) of the gemeente."));
    const PreparedGeometry prepared(boundary);

    QList<Catchment> out;
    for (qsizetype i = 0; i < schools.size(); ++i) {
        if (feedback.isCanceled())
            return fail(ErrorCode::Canceled, tr("Canceled."));
        const School& school = schools[i];
        if (!school.location) {
            diagnostics.warning(tr("School %1 (%2) has no location and gets no distance band.").arg(school.id, school.name),
                                school.id);
            continue;
        }
        const Geometry disc = Geometry::point(school.location->x(), school.location->y()).buffer(distance, kQuadrantSegments);
        Geometry clipped = prepared.clip(disc);
        if (clipped.isNull())
            return fail(ErrorCode::GeometryInvalid,
                        tr("GEOS could not clip the distance band of school %1 to the gemeente boundary.").arg(school.id),
                        Geometry::takeLastError());
        Catchment c;
        c.schoolId = school.id;
        c.method = CatchmentMethod::Buffer;
        c.distance = distance;
        c.geometry = std::make_shared<const Geometry>(std::move(clipped));
        out.append(std::move(c));
        feedback.setProgress(static_cast<double>(i + 1) / static_cast<double>(schools.size()));
    }
    return out;
}

} // namespace Mk
