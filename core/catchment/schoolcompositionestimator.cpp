// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/schoolcompositionestimator.h"

#include "catchment/observedcatchmentbuilder.h"
#include "model/school.h"

#include <QLocale>

namespace Mk {

namespace {

GroupTable emptyTable(const QList<School>& schools, const GroupTable& like)
{
    GroupTable table = GroupTable::emptyLike(like);
    table.estimated = true;
    for (const School& s : schools)
        table.unitIds.append(s.id);
    table.cells.assign(static_cast<size_t>(schools.size() * like.groups.size()), AttributeValue::missing());
    return table;
}

/** Writes shares x pupils into row `s`; returns false when the mix has no children. */
bool writeRow(GroupTable& table, qsizetype s, const std::vector<double>& mix, double pupils)
{
    double total = 0.0;
    for (double v : mix)
        total += v;
    if (!(total > 0.0))
        return false;
    for (qsizetype k = 0; k < table.groupCount(); ++k)
        table.cell(s, k) = AttributeValue::of(pupils * mix[static_cast<size_t>(k)] / total);
    return true;
}

} // namespace

PupilSource SchoolCompositionEstimator::pupilSource(const School& school)
{
    return school.pupils && *school.pupils > 0.0 ? school.pupilsSource : PupilSource::PupilFlows;
}

std::optional<double> SchoolCompositionEstimator::pupilCount(const School& school, const FlowTable* flows)
{
    if (school.pupils && *school.pupils > 0.0)
        return school.pupils;
    if (flows) {
        const qsizetype row = flows->schoolIds.indexOf(school.id);
        if (row >= 0 && flows->schoolTotal(row) > 0.0)
            return flows->schoolTotal(row);
    }
    return std::nullopt;
}

GroupTable SchoolCompositionEstimator::fromFlows(const QList<School>& schools, const FlowTable& flows,
                                                 const GroupTable& postcodeComposition, Diagnostics& diagnostics)
{
    GroupTable table = emptyTable(schools, postcodeComposition);
    const auto groups = static_cast<size_t>(postcodeComposition.groupCount());
    // Per PC4 column of the flow table: the group shares of its area, or none.
    std::vector<std::vector<double>> shares(static_cast<size_t>(flows.postcodes.size()));
    for (qsizetype p = 0; p < flows.postcodes.size(); ++p) {
        const qsizetype unit = postcodeComposition.unitIds.indexOf(flows.postcodes[p]);
        if (unit < 0)
            continue;
        std::vector<double> row(groups);
        double total = 0.0;
        for (size_t k = 0; k < groups; ++k)
            total += row[k] = postcodeComposition.cell(unit, static_cast<qsizetype>(k)).valueOr(0.0);
        if (total > 0.0) {
            for (double& v : row)
                v /= total;
            shares[static_cast<size_t>(p)] = std::move(row);
        }
    }
    for (qsizetype s = 0; s < schools.size(); ++s) {
        const School& school = schools[s];
        const qsizetype row = flows.schoolIds.indexOf(school.id);
        const std::optional<double> pupils = pupilCount(school, &flows);
        std::vector<double> mix(groups, 0.0);
        double mapped = 0.0, all = 0.0;
        for (qsizetype p = 0; row >= 0 && p < flows.postcodes.size(); ++p) {
            const double f = flows.at(row, p);
            all += f;
            if (shares[static_cast<size_t>(p)].empty())
                continue;
            mapped += f;
            for (size_t k = 0; k < groups; ++k)
                mix[k] += f * shares[static_cast<size_t>(p)][k];
        }
        if (!pupils || !writeRow(table, s, mix, *pupils)) {
            diagnostics.warning(tr("No composition estimate for school %1 (%2): it has no pupil count or none of its "
                                   "pupils live in a postcode area of the gemeente.")
                                    .arg(school.id, school.name),
                                school.id);
            continue;
        }
        if (mapped < all)
            diagnostics.info(tr("Composition estimate of school %1 (%2): %3 of its pupils live outside the gemeente's "
                                "postcode areas and are assumed to have the mix of its other pupils.")
                                 .arg(school.id, school.name, QLocale().toString(100.0 * (all - mapped) / all, 'f', 0) + QLatin1Char('%')),
                             school.id);
    }
    return table;
}

GroupTable SchoolCompositionEstimator::fromCatchments(const QList<School>& schools, const GroupTable& catchmentComposition,
                                                      Diagnostics& diagnostics)
{
    GroupTable table = emptyTable(schools, catchmentComposition);
    const auto groups = static_cast<size_t>(catchmentComposition.groupCount());
    for (qsizetype s = 0; s < schools.size(); ++s) {
        const School& school = schools[s];
        const qsizetype unit = catchmentComposition.unitIds.indexOf(school.id);
        const std::optional<double> pupils = pupilCount(school, nullptr);
        std::vector<double> mix(groups, 0.0);
        for (size_t k = 0; unit >= 0 && k < groups; ++k)
            mix[k] = catchmentComposition.cell(unit, static_cast<qsizetype>(k)).valueOr(0.0);
        if (!pupils || !writeRow(table, s, mix, *pupils))
            diagnostics.warning(tr("No composition estimate for school %1 (%2): it has no pupil count or its catchment "
                                   "holds no children.")
                                    .arg(school.id, school.name),
                                school.id);
    }
    return table;
}

} // namespace Mk
