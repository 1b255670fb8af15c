// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/gemeentepartition.h"

#include "geo/geometry.h"
#include "io/gemeenteselection.h"
#include "io/sourceschema.h"
#include "io/tablereader.h"

#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace Mk {

namespace {

QHash<QString, QList<qsizetype>> unitsByGemeente(const AreaLayer& layer)
{
    QHash<QString, QList<qsizetype>> out;
    for (qsizetype i = 0; i < layer.units.size(); ++i)
        if (!layer.units[i].gemeenteCode.isEmpty())
            out[layer.units[i].gemeenteCode].append(i);
    return out;
}

/** `layer` with only the units at `indices` (its field summaries stay those of the whole file). */
AreaLayer subset(const AreaLayer& layer, const QList<qsizetype>& indices)
{
    AreaLayer out = layer;
    out.units.clear();
    out.units.reserve(indices.size());
    for (qsizetype i : indices)
        out.units.append(layer.units[i]);
    return out;
}

} // namespace

Result<GemeentePartition> GemeentePartition::load(LoadRequest request, Feedback& feedback)
{
    request.gemeente.clear();
    GemeentePartition p;
    std::optional<ColumnMapping> mapping;
    if (!request.mappingFile.isEmpty()) {
        auto m = ColumnMapping::load(request.mappingFile);
        if (!m)
            return m.error();
        p.m_mapping = std::make_shared<const ColumnMapping>(std::move(*m));
    }
    auto all = DatasetLoader::load(request, feedback);
    if (!all)
        return all.error();
    p.m_all = std::make_shared<const Dataset>(std::move(*all));
    const Dataset& ds = *p.m_all;
    p.m_areasOf = unitsByGemeente(ds.areas);
    p.m_wijkenOf = unitsByGemeente(ds.wijken);
    for (qsizetype i = 0; i < ds.schools.size(); ++i) {
        if (!ds.schools[i].gemeente.isEmpty())
            p.m_hasGemeenteColumn = true;
        p.m_schoolsNamed[TableReader::normalizedName(ds.schools[i].gemeente)].append(i);
    }
    for (qsizetype i = 0; i < ds.pupilFlows.size(); ++i)
        p.m_flowsOf[ds.pupilFlows[i].schoolId].append(i);
    const QStringList nameFields = SourceSchema::candidates(SourceColumn::GemeenteName);
    for (auto it = p.m_areasOf.cbegin(); it != p.m_areasOf.cend(); ++it) {
        QString name = GemeenteSelection::commonText(subset(ds.areas, it.value()), nameFields);
        if (name.isEmpty())
            name = GemeenteDirectory::embeddedName(it.key());
        p.m_gemeenten.append({it.key(), name.isEmpty() ? it.key() : name, {}});
    }
    if (p.m_gemeenten.isEmpty())
        return fail(ErrorCode::EmptyInput, tr("%1 holds no areas with a gemeente code, so it cannot be split by gemeente.")
                                                .arg(ds.areas.sourceFile));
    // GemeenteDirectory::of sorts by name; its list is the one gemeenten() returns.
    p.m_directory = GemeenteDirectory::of(p.m_gemeenten, request.areasFile.startsWith(QLatin1Char(':')) ? tr("the national data")
                                                                                                            : request.areasFile);
    p.m_gemeenten = p.m_directory.gemeenten();
    return p;
}

Result<Dataset> GemeentePartition::dataset(const QString& gemeenteCode) const
{
    const auto areas = m_areasOf.constFind(gemeenteCode);
    if (areas == m_areasOf.constEnd())
        return fail(ErrorCode::InvalidArgument, tr("No area of gemeente %1 in the data.").arg(gemeenteCode));
    const Dataset& all = *m_all;
    Dataset ds;
    ds.areas = subset(all.areas, *areas);
    ds.gemeenteCode = gemeenteCode;
    ds.gemeenteName = GemeenteSelection::commonText(ds.areas, SourceSchema::candidates(SourceColumn::GemeenteName));
    if (ds.gemeenteName.isEmpty())
        ds.gemeenteName = GemeenteDirectory::embeddedName(gemeenteCode);
    ds.dataYear = all.dataYear;
    {
        std::vector<const Geometry*> parts;
        for (const auto& u : ds.areas.units)
            if (u.geometry)
                parts.push_back(u.geometry.get());
        if (!parts.empty())
            ds.boundary = std::make_shared<const Geometry>(Geometry::unionOf(parts));
    }
    if (!all.wijken.units.isEmpty())
        ds.wijken = subset(all.wijken, m_wijkenOf.value(gemeenteCode));
    ds.postcodes = all.postcodes;

    // A school named after the gemeente is kept whatever the boundary says, so the schools of that name are
    // all a name match can keep; without one the selection looks inside the boundary among all of them.
    QList<School> candidates;
    const auto named = m_schoolsNamed.constFind(TableReader::normalizedName(ds.gemeenteName));
    if (m_hasGemeenteColumn && !ds.gemeenteName.isEmpty() && named != m_schoolsNamed.constEnd()) {
        for (qsizetype i : *named)
            candidates.append(all.schools[i]);
    } else {
        candidates = all.schools;
    }
    for (School& s : candidates)
        s.outsideGemeente = false; // the whole load compared them with the outline of every area
    ds.schools = GemeenteSelection::schools(std::move(candidates), m_hasGemeenteColumn, ds, ds.diagnostics);

    QSet<QString> instellingen;
    for (const School& s : ds.schools) {
        for (qsizetype i : m_flowsOf.value(s.id))
            ds.pupilFlows.append(all.pupilFlows[i]);
        instellingen.insert(s.brin.isEmpty() ? s.id.left(4) : s.brin);
    }
    for (const SchoolwegingRecord& r : all.schoolwegingHistory)
        if (instellingen.contains(r.instelling))
            ds.schoolwegingHistory.append(r);
    GemeenteSelection::keepPostcodes(ds);
    ds.vveLocations = all.vveLocations;
    ds.schoolComposition = all.schoolComposition;
    if (m_mapping) {
        for (const auto& c : m_mapping->characteristics) {
            if (c.target != CharacteristicMapping::Target::Areas)
                continue;
            auto table = m_mapping->areaTable(c, ds.areas, ds.diagnostics);
            if (!table)
                return table.error();
            ds.areaComposition.append(std::move(*table));
        }
    }
    ds.mappedAreaColumns = all.mappedAreaColumns;
    ds.sources = all.sources;
    return ds;
}

} // namespace Mk
