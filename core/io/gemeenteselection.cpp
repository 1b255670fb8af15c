// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/gemeenteselection.h"

#include "geo/geometry.h"
#include "geo/preparedgeometry.h"
#include "io/datasetloader.h"
#include "io/shortlist.h"
#include "io/tablereader.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace Mk {

QString GemeenteSelection::commonText(const AreaLayer& layer, const QStringList& fields)
{
    QString value;
    for (const auto& u : layer.units) {
        QString v;
        for (const QString& f : fields)
            if (v.isEmpty())
                v = u.texts.value(f);
        if (v.isEmpty() || (!value.isEmpty() && v != value))
            return {};
        value = v;
    }
    return value;
}

QList<School> GemeenteSelection::schools(QList<School> all, bool hasGemeenteColumn, const Dataset& ds, Diagnostics& diagnostics)
{
    const Geometry* boundary = ds.boundary.get();
    const Geometry none;
    const PreparedGeometry prepared(boundary ? *boundary : none);
    auto inside = [&](const School& s) { return s.location && prepared.covers(*s.location); };
    // Only a single-gemeente load selects by name; a national load keeps every school.
    if (hasGemeenteColumn && boundary && !ds.gemeenteCode.isEmpty()) {
        QString name = ds.gemeenteName;
        if (name.isEmpty()) {
            QHash<QString, int> votes;
            for (const School& s : all)
                if (!s.gemeente.isEmpty() && inside(s))
                    ++votes[s.gemeente.toUpper()];
            int best = 0;
            for (auto it = votes.cbegin(); it != votes.cend(); ++it)
                if (it.value() > best) {
                    best = it.value();
                    name = it.key();
                }
        }
        if (!name.isEmpty()) {
            // DUO writes "S GRAVENHAGE" where CBS writes "'s-Gravenhage": compare letters and digits only.
            const QString wanted = TableReader::normalizedName(name);
            QList<School> selected;
            for (const School& s : all)
                if (TableReader::normalizedName(s.gemeente) == wanted)
                    selected.append(s);
            if (selected.isEmpty()) {
                diagnostics.warning(DatasetLoader::tr("No school in the school file has the gemeente \"%1\"; the schools inside the gemeente boundary were taken instead.")
                                        .arg(name));
                for (const School& s : all)
                    if (inside(s))
                        selected.append(s);
            }
            all = std::move(selected);
        }
    }
    if (!boundary)
        return all;
    QStringList outside;
    for (School& s : all) {
        if (s.location && !inside(s)) {
            s.outsideGemeente = true;
            outside.append(s.id + QStringLiteral(" ") + s.name);
        }
    }
    // A plain int as the count: lupdate skips translate() calls whose count is a cast expression.
    const int outsideCount = static_cast<int>(outside.size());
    if (outsideCount > 0)
        diagnostics.warning(DatasetLoader::tr("%n school(s) lie outside the gemeente boundary: %1. Check their coordinates or postcode; "
                                              "they are kept but marked as outside.", nullptr, outsideCount)
                                .arg(shortList(outside, QStringLiteral("; "))));
    return all;
}

std::optional<QSet<QString>> GemeenteSelection::postcodesOf(const Dataset& ds, const AreaLayer& points)
{
    if (ds.gemeenteCode.isEmpty() || !ds.boundary)
        return std::nullopt;
    QSet<QString> wanted;
    for (const auto& f : ds.pupilFlows)
        wanted.insert(f.homePostcode);
    for (const auto& s : ds.schools)
        wanted.insert(s.pc4());
    const PreparedGeometry prepared(*ds.boundary);
    for (const auto& u : points.units)
        if (u.geometry && prepared.covers(*u.geometry))
            wanted.insert(u.code);
    return wanted;
}

void GemeenteSelection::keepPostcodes(Dataset& ds)
{
    if (ds.postcodes.units.isEmpty())
        return;
    const auto wanted = postcodesOf(ds, ds.postcodes);
    if (!wanted)
        return;
    QList<AreaUnit> kept;
    for (auto& u : ds.postcodes.units)
        if (wanted->contains(u.code))
            kept.append(std::move(u));
    ds.postcodes.units = std::move(kept);
}

} // namespace Mk
