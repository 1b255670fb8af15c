// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/syntheticpopulation.h"

#include "base/feedback.h"
#include "catchment/catchmentanalysis.h"
#include "geo/geometry.h"
#include "geo/preparedgeometry.h"
#include "model/dataset.h"
#include "scenario/counterrandom.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace Mk {

namespace {

/** Where the children of one area live and how many of each group it holds (fractional). */
struct AreaDraw {
    QString code;
    const Geometry* polygon = nullptr; ///< may be null: then around `centroid`
    QPointF centroid;
    std::vector<double> counts; ///< per group
    std::vector<double> denominations; ///< pupils per denomination of SyntheticPopulation::denominations
};

/** A denomination index drawn in proportion to `weights` (-1 when they are all zero). */
int drawIndex(const std::vector<double>& weights, std::mt19937_64& rng)
{
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (!(sum > 0.0))
        return -1;
    double u = std::uniform_real_distribution<double>(0.0, sum)(rng);
    for (size_t d = 0; d < weights.size(); ++d) {
        if (u < weights[d])
            return static_cast<int>(d);
        u -= weights[d];
    }
    return static_cast<int>(weights.size()) - 1;
}

/** Hamilton's largest-remainder rounding of `counts` to a whole total (itself rounded at random by its fraction). */
std::vector<int> wholeChildren(const std::vector<double>& counts, std::mt19937_64& rng)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double sum = std::accumulate(counts.begin(), counts.end(), 0.0);
    std::vector<int> out(counts.size(), 0);
    if (!(sum > 0.0))
        return out;
    const double floorSum = std::floor(sum);
    const int total = static_cast<int>(floorSum) + (unit(rng) < sum - floorSum ? 1 : 0);
    std::vector<std::pair<double, size_t>> remainders;
    int given = 0;
    for (size_t k = 0; k < counts.size(); ++k) {
        const double exact = counts[k] * total / sum;
        out[k] = static_cast<int>(std::floor(exact));
        given += out[k];
        remainders.push_back({exact - out[k] + 1e-9 * unit(rng), k});
    }
    std::sort(remainders.begin(), remainders.end(), std::greater<>());
    for (size_t r = 0; given < total && r < remainders.size(); ++r, ++given)
        ++out[remainders[r].second];
    return out;
}

/** A uniform point of `polygon` (rejection sampling in its bounding box), or near `centroid` without one. */
class HomeSampler
{
public:
    HomeSampler(const AreaDraw& area, double spread) : m_area(area), m_spread(spread)
    {
        if (area.polygon && !area.polygon->isEmpty()) {
            m_prepared.emplace(*area.polygon);
            m_box = area.polygon->boundingBox();
            m_fallback = area.polygon->pointOnSurface();
        }
    }
    QPointF draw(std::mt19937_64& rng)
    {
        if (!m_prepared) {
            std::normal_distribution<double> offset(0.0, m_spread);
            return m_area.centroid + QPointF(offset(rng), offset(rng));
        }
        std::uniform_real_distribution<double> x(m_box.left(), m_box.right());
        std::uniform_real_distribution<double> y(m_box.top(), m_box.bottom());
        // Even a thin area fills a few per cent of its box; 1,000 misses in a row means a degenerate polygon.
        for (int attempt = 0; attempt < 1000; ++attempt) {
            const QPointF p(x(rng), y(rng));
            if (m_prepared->covers(p))
                return p;
        }
        return m_fallback;
    }

private:
    const AreaDraw& m_area;
    double m_spread;
    std::optional<PreparedGeometry> m_prepared;
    QRectF m_box;
    QPointF m_fallback;
};

const GroupTable* areaTableOf(const Dataset& dataset, const QString& characteristic)
{
    for (const GroupTable& t : dataset.areaComposition)
        if (characteristic.isEmpty() || t.characteristic == characteristic)
            return &t;
    return nullptr;
}

std::optional<QPointF> centroidOf(const AreaLayer& layer, const QString& code)
{
    const qsizetype i = layer.indexOf(code);
    if (i < 0 || !layer.units[i].geometry || layer.units[i].geometry->isEmpty())
        return std::nullopt;
    return layer.units[i].geometry->centroid();
}

} // namespace

std::vector<double> SyntheticPopulation::groupTotals() const
{
    std::vector<double> totals(static_cast<size_t>(groupCount()), 0.0);
    for (const SyntheticChild& c : children)
        totals[static_cast<size_t>(c.group)] += 1.0;
    return totals;
}

QStringList SyntheticPopulation::assumptions(const TextLanguage& language) const
{
    const QLocale locale = language.locale();
    QStringList out;
    const double total = static_cast<double>(children.size());
    if (fromPupilFlows) {
        out << language.translate("Mk::PopulationBuilder", "The children are the pupils of the gemeente's regular primary schools by home postcode "
                                       "(DUO pupils per home postcode): %1 children placed; %2 pupils living abroad, at an unknown "
                                       "address or in a postcode without a location are left out.")
                   .arg(locale.toString(total, 'f', 0), locale.toString(leftOutPupils, 'f', 0));
        out << language.translate("Mk::PopulationBuilder", "Each postcode's pupils are split over the groups of \"%1\" with the mix of the children "
                                       "of that postcode area; a postcode outside the gemeente gets the gemeente's mix.")
                   .arg(groupNames.characteristicLabel(language));
        out << language.translate("Mk::PopulationBuilder", "Each child lives at a random point of her postcode area (within about 300 m of the "
                                       "postcode's centroid outside the gemeente); distances are straight lines in metres.");
    } else {
        out << language.translate("Mk::PopulationBuilder", "No pupils by home postcode are loaded: the children are the school-age estimate of the "
                                       "column mapping (CBS 0-15 band) times 8/15 for the primary ages 4-11, per area (%1 "
                                       "children); the schools' pupil counts are scaled to that total.")
                   .arg(locale.toString(total, 'f', 0));
        out << language.translate("Mk::PopulationBuilder", "Each child lives at a random point of her area; distances are straight lines in metres.");
    }
    const QString groupAssumption = groupNames.assumptionText(language);
    if (!groupAssumption.isEmpty())
        out << groupAssumption;
    out << (scope == PopulationScope::Cohort
                ? language.translate("Mk::PopulationBuilder", "Population: one intake cohort (1/8 of the primary pupils); capacities are scaled by 1/8 too.")
                : language.translate("Mk::PopulationBuilder", "Population: all primary pupils of today, as if every one of them chose a school under "
                                          "the conditions of the scenario (a steady state, not one year's intake)."));
    return out;
}

QJsonObject PopulationOptions::toJson() const
{
    return QJsonObject{{QStringLiteral("scope"), scope == PopulationScope::Cohort ? QStringLiteral("cohort") : QStringLiteral("pupils")},
                       {QStringLiteral("characteristic"), characteristic},
                       {QStringLiteral("centroid_spread_m"), centroidSpread}};
}

Result<PopulationOptions> PopulationOptions::fromJson(const QJsonObject& json, const QString& source)
{
    PopulationOptions out;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("scope")) {
            const QString v = it.value().toString();
            if (v != QLatin1String("pupils") && v != QLatin1String("cohort"))
                return fail(ErrorCode::InvalidValue, PopulationBuilder::tr("%1, key \"population.scope\": \"%2\" is not a scope; "
                                                                           "write \"pupils\" or \"cohort\".")
                                                         .arg(source, it.value().toVariant().toString()));
            out.scope = v == QLatin1String("cohort") ? PopulationScope::Cohort : PopulationScope::Pupils;
        } else if (key == QLatin1String("characteristic")) {
            if (!it.value().isString())
                return fail(ErrorCode::InvalidValue, PopulationBuilder::tr("%1, key \"population.characteristic\": write the name of "
                                                                           "a characteristic of the column mapping as a text.")
                                                         .arg(source));
            out.characteristic = it.value().toString();
        } else if (key == QLatin1String("centroid_spread_m")) {
            const double v = it.value().toDouble(-1.0);
            if (!it.value().isDouble() || !(v >= 0.0 && v <= 5000.0))
                return fail(ErrorCode::InvalidValue, PopulationBuilder::tr("%1, key \"population.centroid_spread_m\": write a "
                                                                           "distance in metres from 0 to 5000.")
                                                         .arg(source));
            out.centroidSpread = v;
        } else {
            return fail(ErrorCode::InvalidValue, PopulationBuilder::tr("%1: unknown key \"population.%2\"; the population takes "
                                                                       "\"scope\", \"characteristic\" and \"centroid_spread_m\".")
                                                     .arg(source, key));
        }
    }
    return out;
}

Result<SyntheticPopulation> PopulationBuilder::build(const Dataset& dataset, const PopulationOptions& options, Feedback& feedback)
{
    const GroupTable* table = areaTableOf(dataset, options.characteristic);
    if (!table)
        return fail(ErrorCode::NotFound, options.characteristic.isEmpty()
                                             ? tr("The areas have no group counts, so there are no children to simulate. Map a "
                                                  "characteristic (e.g. migration background) in the column mapping.")
                                             : tr("The areas have no group counts of \"%1\"; choose a characteristic of the column "
                                                  "mapping.")
                                                   .arg(options.characteristic));

    CatchmentOptions catchmentOptions;
    catchmentOptions.characteristic = table->characteristic;
    StepFeedback step(feedback, 0.0, 0.6, tr("Children per postcode"));
    auto catchments = CatchmentAnalysis::run(dataset, catchmentOptions, *step);
    if (!catchments)
        return catchments.error();
    if (feedback.isCanceled())
        return fail(ErrorCode::Canceled, tr("Canceled."));

    SyntheticPopulation pop;
    pop.scope = options.scope;
    pop.groupNames = GroupTable::emptyLike(*table);
    pop.scale = options.scope == PopulationScope::Cohort ? 1.0 / kPrimaryYears : 1.0;
    pop.diagnostics.append(catchments->diagnostics);
    const qsizetype groups = table->groupCount();

    // The denominations of the schools that take part, in a fixed order.
    QHash<QString, int> denominationOf; // school id -> index
    for (const School& school : dataset.schools) {
        if (school.denomination.isEmpty())
            continue;
        qsizetype d = pop.denominations.indexOf(school.denomination);
        if (d < 0) {
            pop.denominations << school.denomination;
            d = pop.denominations.size() - 1;
        }
        denominationOf.insert(school.id, static_cast<int>(d));
    }
    std::vector<double> gemeenteDenominations(static_cast<size_t>(pop.denominations.size()), 0.0);

    std::vector<AreaDraw> areas;
    if (!dataset.pupilFlows.isEmpty()) {
        pop.fromPupilFlows = true;
        const FlowTable& flows = catchments->flows;
        const GroupTable& mix = catchments->postcodeComposition;
        for (qsizetype p = 0; p < flows.postcodes.size(); ++p) {
            const QString& pc4 = flows.postcodes[p];
            double pupils = 0.0;
            for (qsizetype j = 0; j < flows.schoolIds.size(); ++j)
                pupils += flows.at(j, p);
            if (!(pupils > 0.0))
                continue;
            AreaDraw area;
            area.code = pc4;
            for (const PostcodeArea& a : std::as_const(catchments->postcodeAreas))
                if (a.pc4 == pc4 && a.geometry)
                    area.polygon = a.geometry.get();
            std::optional<QPointF> centroid = area.polygon ? std::optional<QPointF>(area.polygon->centroid())
                                                           : centroidOf(dataset.postcodes, pc4);
            if (pc4.size() != 4 || !centroid) {
                pop.leftOutPupils += pupils;
                continue;
            }
            area.centroid = *centroid;
            std::vector<double> shares = catchments->gemeenteShares;
            const qsizetype row = mix.unitIds.indexOf(pc4);
            if (row >= 0) {
                double sum = 0.0;
                for (qsizetype k = 0; k < groups; ++k)
                    sum += mix.cell(row, k).valueOr(0.0);
                if (sum > 0.0)
                    for (qsizetype k = 0; k < groups; ++k)
                        shares[static_cast<size_t>(k)] = mix.cell(row, k).valueOr(0.0) / sum;
            }
            for (qsizetype k = 0; k < groups; ++k)
                area.counts.push_back(pupils * pop.scale * shares[static_cast<size_t>(k)]);
            area.denominations.assign(static_cast<size_t>(pop.denominations.size()), 0.0);
            for (qsizetype j = 0; j < flows.schoolIds.size(); ++j) {
                pop.observedPupils[flows.schoolIds[j]] += flows.at(j, p) * pop.scale;
                const int d = denominationOf.value(flows.schoolIds[j], -1);
                if (d >= 0)
                    area.denominations[static_cast<size_t>(d)] += flows.at(j, p);
            }
            areas.push_back(std::move(area));
        }
        if (pop.leftOutPupils > 0.0)
            pop.diagnostics.info(tr("%1 pupils of the gemeente's schools live abroad, at an unknown address or in a postcode "
                                    "without a location; they are left out of the simulation.")
                                     .arg(QLocale().toString(pop.leftOutPupils, 'f', 0)));
    } else {
        const double ageShare = (options.scope == PopulationScope::Cohort ? 1.0 : kPrimaryYears) / kSchoolAgeBandYears;
        for (qsizetype u = 0; u < table->unitCount(); ++u) {
            const qsizetype a = dataset.areas.indexOf(table->unitIds[u]);
            if (a < 0 || !dataset.areas.units[a].geometry || dataset.areas.units[a].geometry->isEmpty())
                continue;
            AreaDraw area;
            area.code = table->unitIds[u];
            area.polygon = dataset.areas.units[a].geometry.get();
            area.centroid = area.polygon->centroid();
            for (qsizetype k = 0; k < groups; ++k)
                area.counts.push_back(table->cell(u, k).valueOr(0.0) * ageShare);
            areas.push_back(std::move(area));
        }
        for (const Catchment& c : std::as_const(catchments->catchments)) {
            const qsizetype s = dataset.schoolIndex(c.schoolId);
            if (s >= 0 && dataset.schools[s].pupils) {
                pop.observedPupils[c.schoolId] = *dataset.schools[s].pupils;
                const int d = denominationOf.value(c.schoolId, -1);
                if (d >= 0)
                    gemeenteDenominations[static_cast<size_t>(d)] += *dataset.schools[s].pupils;
            }
        }
    }

    for (size_t a = 0; a < areas.size(); ++a) {
        if (feedback.isCanceled())
            return fail(ErrorCode::Canceled, tr("Canceled."));
        const AreaDraw& area = areas[a];
        pop.areaCodes.append(area.code);
        std::mt19937_64 rng(CounterRandom::key(options.seed, 0x706F70ull, a)); // "pop"
        const std::vector<int> whole = wholeChildren(area.counts, rng);
        HomeSampler sampler(area, options.centroidSpread);
        std::mt19937_64 denominationRng(CounterRandom::key(options.seed, 0x64656E6Full, a)); // "deno"
        const std::vector<double>& denominationWeights = area.denominations.empty() ? gemeenteDenominations : area.denominations;
        for (qsizetype k = 0; k < groups; ++k)
            for (int n = 0; n < whole[static_cast<size_t>(k)]; ++n) {
                SyntheticChild child;
                child.id = CounterRandom::key(a + 1, static_cast<quint64>(k), static_cast<quint64>(n));
                child.home = sampler.draw(rng);
                child.group = static_cast<int>(k);
                child.area = static_cast<int>(a);
                child.denomination = drawIndex(denominationWeights, denominationRng);
                pop.children.push_back(child);
            }
        feedback.setProgress(0.6 + 0.4 * static_cast<double>(a + 1) / static_cast<double>(areas.size()), tr("Placing children"));
    }
    if (pop.children.empty())
        return fail(ErrorCode::EmptyInput, tr("No children could be placed: the areas hold no children of \"%1\" and no pupils by "
                                              "home postcode were found for the gemeente's schools.")
                                               .arg(table->characteristicLabel()));
    const std::vector<double> totals = pop.groupTotals();
    const double all = static_cast<double>(pop.children.size());
    // Whole children (and DUO "<5" cells counted as 2.5) make the children's total differ a little from the pupils':
    // the schools' targets are scaled to the children, since a choice model places every child somewhere.
    double targets = 0.0;
    for (double v : std::as_const(pop.observedPupils))
        targets += v;
    if (targets > 0.0)
        for (auto it = pop.observedPupils.begin(); it != pop.observedPupils.end(); ++it)
            it.value() *= all / targets;
    for (double t : totals)
        pop.gemeenteShares.push_back(t / all);
    return pop;
}

} // namespace Mk
