// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/observedcatchmentbuilder.h"

#include "geo/geometry.h"
#include "model/grouptable.h"
#include "model/school.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Mk {

double FlowTable::schoolTotal(qsizetype school) const
{
    double total = 0.0;
    for (qsizetype p = 0; p < postcodes.size(); ++p)
        total += at(school, p);
    return total;
}

FlowTable ObservedCatchmentBuilder::flowTable(const QList<School>& schools, const QList<PupilFlow>& flows)
{
    FlowTable table;
    QSet<QString> codes;
    QHash<QString, qsizetype> schoolRow;
    for (qsizetype i = 0; i < schools.size(); ++i) {
        table.schoolIds.append(schools[i].id);
        schoolRow.insert(schools[i].id, i);
    }
    for (const PupilFlow& f : flows)
        if (schoolRow.contains(f.schoolId))
            codes.insert(f.homePostcode);
    table.postcodes = QStringList(codes.cbegin(), codes.cend());
    table.postcodes.sort();
    QHash<QString, qsizetype> column;
    for (qsizetype p = 0; p < table.postcodes.size(); ++p)
        column.insert(table.postcodes[p], p);
    table.pupils.assign(static_cast<size_t>(schools.size() * table.postcodes.size()), 0.0);
    for (const PupilFlow& f : flows) {
        const auto row = schoolRow.constFind(f.schoolId);
        if (row == schoolRow.cend())
            continue;
        table.pupils[static_cast<size_t>(row.value() * table.postcodes.size() + column.value(f.homePostcode))] +=
            f.estimatedPupils();
    }
    return table;
}

Result<QList<Catchment>> ObservedCatchmentBuilder::build(const QList<School>& schools, const FlowTable& flows,
                                                         const QList<PostcodeArea>& postcodeAreas, double share,
                                                         Diagnostics& diagnostics)
{
    if (!(share > 0.0 && share <= 1.0))
        return fail(ErrorCode::InvalidArgument,
                    tr("The catchment share must be between 0 and 1 (for example 0.8 for 80 %); got %1.")
                        .arg(QLocale().toString(share)));
    QHash<QString, const PostcodeArea*> areaOf;
    for (const PostcodeArea& a : postcodeAreas)
        areaOf.insert(a.pc4, &a);

    QList<Catchment> out;
    for (qsizetype s = 0; s < schools.size(); ++s) {
        const qsizetype row = flows.schoolIds.indexOf(schools[s].id);
        const double total = row < 0 ? 0.0 : flows.schoolTotal(row);
        if (total <= 0.0) {
            diagnostics.warning(tr("School %1 (%2) has no pupils in the pupils-by-postcode table and gets no observed "
                                   "catchment.")
                                    .arg(schools[s].id, schools[s].name),
                                schools[s].id);
            continue;
        }
        std::vector<qsizetype> order(static_cast<size_t>(flows.postcodes.size()));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return flows.at(row, a) > flows.at(row, b); });
        Catchment c;
        c.schoolId = schools[s].id;
        c.method = CatchmentMethod::Observed;
        std::vector<const Geometry*> parts;
        double supplied = 0.0;
        // Relative slack so that a share reached exactly (0.8 of 10 pupils = 8) is not missed by rounding.
        const double needed = share * total * (1.0 - 1e-12);
        for (qsizetype p : order) {
            const double n = flows.at(row, p);
            if (supplied >= needed || n <= 0.0)
                break;
            supplied += n;
            const QString& pc4 = flows.postcodes[p];
            c.postcodes.append(pc4);
            if (const PostcodeArea* area = areaOf.value(pc4); area && area->geometry)
                parts.push_back(area->geometry.get());
        }
        double unmapped = 0.0;
        for (qsizetype p = 0; p < flows.postcodes.size(); ++p)
            if (!areaOf.contains(flows.postcodes[p]))
                unmapped += flows.at(row, p);
        c.suppliedShare = supplied / total;
        c.unmappedShare = unmapped / total;
        c.geometry = std::make_shared<const Geometry>(parts.empty() ? Geometry::fromWkt(QStringLiteral("POLYGON EMPTY"))
                                                                    : Geometry::unionOf(parts));
        out.append(std::move(c));
    }
    return out;
}

} // namespace Mk
