// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/postcodeareabuilder.h"

#include "catchment/voronoicatchmentbuilder.h"
#include "geo/geometry.h"
#include "model/arealayer.h"

#include <QMap>

namespace Mk {

namespace {
QString mostCommonPostcode(const AreaUnit& unit)
{
    for (const QString& field : PostcodeAreaBuilder::mostCommonPostcodeFields()) {
        const QString value = unit.texts.value(field).trimmed();
        if (!value.isEmpty())
            return value.left(4);
        const AttributeValue number = unit.number(field);
        if (number.hasValue() && number.number >= 1000 && number.number <= 9999)
            return QString::number(static_cast<int>(number.number));
    }
    return {};
}
} // namespace

QStringList PostcodeAreaBuilder::mostCommonPostcodeFields()
{
    return {QStringLiteral("meest_voorkomende_postcode"), QStringLiteral("POSTCODE")};
}

bool PostcodeAreaBuilder::hasMostCommonPostcode(const AreaLayer& areas)
{
    for (const AreaUnit& unit : areas.units)
        if (!mostCommonPostcode(unit).isEmpty())
            return true;
    return false;
}

Result<QList<PostcodeArea>> PostcodeAreaBuilder::fromBuurten(const AreaLayer& areas, Diagnostics& diagnostics)
{
    QMap<QString, std::vector<const Geometry*>> parts;
    for (const AreaUnit& unit : areas.units) {
        const QString pc4 = mostCommonPostcode(unit);
        if (pc4.isEmpty()) {
            diagnostics.warning(tr("Area %1 (%2) has no most common postcode (column meest_voorkomende_postcode), so it "
                                   "belongs to no postcode area; its children are left out of the observed catchments.")
                                    .arg(unit.code, unit.name),
                                unit.code);
            continue;
        }
        if (unit.geometry && !unit.geometry->isEmpty())
            parts[pc4].push_back(unit.geometry.get());
    }
    if (parts.isEmpty())
        return fail(ErrorCode::FieldMissing,
                    tr("The areas of %1 have no most common postcode (column meest_voorkomende_postcode or POSTCODE), so "
                       "postcode areas cannot be built from them. Load PC4 centroids instead.")
                        .arg(areas.sourceFile));
    QList<PostcodeArea> out;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        Geometry merged = Geometry::unionOf(it.value());
        if (merged.isNull())
            return fail(ErrorCode::GeometryInvalid, tr("GEOS could not merge the buurten of postcode %1.").arg(it.key()));
        out.append({it.key(), std::make_shared<const Geometry>(std::move(merged))});
    }
    return out;
}

Result<QList<PostcodeArea>> PostcodeAreaBuilder::fromCentroids(const AreaLayer& postcodes, const Geometry& boundary,
                                                                 Feedback& feedback)
{
    std::vector<QPointF> sites;
    QStringList codes;
    for (const AreaUnit& unit : postcodes.units) {
        if (!unit.geometry || unit.geometry->isEmpty())
            continue;
        sites.push_back(unit.geometry->centroid());
        codes.append(unit.code);
    }
    if (sites.empty())
        return fail(ErrorCode::EmptyInput, tr("There are no PC4 centroids to build postcode areas from. Load a PC4 "
                                              "centroid table (for example pc4_centroids_wgs84.csv)."));
    auto part = VoronoiCatchmentBuilder::partition(sites, boundary, feedback);
    if (!part)
        return part.error();
    // Two PC4s with one centroid would share a cell; the first keeps it so the areas stay a partition.
    std::vector<bool> used(part->cells.size(), false);
    QList<PostcodeArea> out;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const auto c = static_cast<size_t>(part->cellOfSite[static_cast<size_t>(i)]);
        if (!used[c] && !part->cells[c]->isEmpty())
            out.append({codes[i], part->cells[c]});
        used[c] = true;
    }
    return out;
}

} // namespace Mk
