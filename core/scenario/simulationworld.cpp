// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/simulationworld.h"

#include "choice/choicemodelparameters.h"
#include "geo/geometry.h"
#include "geo/preparedgeometry.h"
#include "model/dataset.h"
#include "scenario/counterrandom.h"

#include <QLineF>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace Mk {

namespace {

template<class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

/** Uniform points in a polygon (or circle) for the children of a housing edit. */
std::vector<QPointF> housingHomes(const HousingEdit& e, int count, std::mt19937_64& rng)
{
    std::vector<QPointF> out;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    if (e.polygon.isEmpty()) {
        for (int n = 0; n < count; ++n) {
            // sqrt of a uniform radius fraction: uniform over the disc's area, not clustered at its centre.
            const double r = e.radius * std::sqrt(unit(rng));
            const double a = 2.0 * M_PI * unit(rng);
            out.push_back(e.center + QPointF(r * std::cos(a), r * std::sin(a)));
        }
        return out;
    }
    const Geometry polygon = Geometry::polygon(e.polygon);
    const PreparedGeometry prepared(polygon);
    const QRectF box = polygon.boundingBox();
    const QPointF fallback = polygon.pointOnSurface();
    std::uniform_real_distribution<double> x(box.left(), box.right()), y(box.top(), box.bottom());
    for (int n = 0; n < count; ++n) {
        QPointF p = fallback;
        for (int attempt = 0; attempt < 1000; ++attempt) {
            const QPointF candidate(x(rng), y(rng));
            if (prepared.covers(candidate)) {
                p = candidate;
                break;
            }
        }
        out.push_back(p);
    }
    return out;
}

/** The mean constant of the open existing schools of `denomination` (all open existing schools when none has it). */
double comparableDelta(const std::vector<SimSchool>& schools, const QString& denomination)
{
    double sum = 0.0, sumAll = 0.0;
    int n = 0, nAll = 0;
    for (const SimSchool& s : schools) {
        if (!s.open || s.origin != SimSchoolOrigin::Existing)
            continue;
        sumAll += s.delta;
        ++nAll;
        if (!denomination.isEmpty() && s.denomination.compare(denomination, Qt::CaseInsensitive) == 0) {
            sum += s.delta;
            ++n;
        }
    }
    return n > 0 ? sum / n : nAll > 0 ? sumAll / nAll : 0.0;
}

} // namespace

qsizetype SimulationWorld::schoolIndex(const QString& id) const
{
    for (size_t j = 0; j < schools.size(); ++j)
        if (schools[j].id == id)
            return static_cast<qsizetype>(j);
    return -1;
}

std::vector<int> SimulationWorld::openSchools() const
{
    std::vector<int> out;
    for (size_t j = 0; j < schools.size(); ++j)
        if (schools[j].open)
            out.push_back(static_cast<int>(j));
    return out;
}

Result<SimulationWorld> SimulationWorld::baseline(const Dataset& dataset, const SyntheticPopulation& population,
                                                  const QHash<QString, double>& delta)
{
    SimulationWorld w;
    w.groups = population.groupNames.groups;
    w.denominations = population.denominations;
    w.children = population.children;
    w.areaCodes = population.areaCodes;
    w.initiativeSchool.assign(w.children.size(), -1);
    w.scale = population.scale;
    int assumed = 0;
    for (const School& school : dataset.schools) {
        const auto observed = population.observedPupils.constFind(school.id);
        if (observed == population.observedPupils.cend() || !school.location)
            continue;
        SimSchool s;
        s.id = school.id;
        s.key = CounterRandom::keyOf(school.id);
        s.name = school.name;
        s.location = *school.location;
        s.denomination = school.denomination;
        s.denominationIndex = static_cast<int>(w.denominations.indexOf(school.denomination));
        s.observedPupils = *observed;
        s.delta = delta.value(school.id, 0.0);
        if (school.capacity && *school.capacity > 0) {
            s.capacity = static_cast<int>(std::ceil(*school.capacity * population.scale));
            s.full = s.observedPupils >= kFullShare * s.capacity;
        } else {
            s.capacity = static_cast<int>(std::ceil(s.observedPupils * (1.0 + kDefaultCapacitySlack)));
            s.capacityAssumed = true;
            ++assumed;
        }
        for (const VveLocation& v : dataset.vveLocations)
            if (v.isVve && v.location && QLineF(*v.location, s.location).length() <= kVvePartnerDistance)
                s.vvePartner = true;
        w.schools.push_back(std::move(s));
    }
    if (w.schools.empty())
        return fail(ErrorCode::EmptyInput, tr("No school of the data has a location and pupils, so there is nothing to simulate."));
    if (assumed > 0)
        w.diagnostics.info(tr("%n school(s) have no capacity in the data; their capacity is assumed to be their pupils plus 10 %.",
                              nullptr, assumed));
    return w;
}

Result<SimulationWorld> SimulationWorld::applied(const QList<ScenarioEdit>& edits, const SyntheticPopulation& population,
                                                 quint64 seed, const QString& where) const
{
    SimulationWorld w = *this;
    int added = 0;
    for (qsizetype e = 0; e < edits.size(); ++e) {
        const QString at = tr("%1, edit %2 (%3)").arg(where).arg(e + 1).arg(edits[e].typeKey());
        auto openSchool = [&](const QString& id) -> Result<qsizetype> {
            const qsizetype j = w.schoolIndex(id);
            if (j < 0)
                return fail(ErrorCode::NotFound, tr("%1: there is no school \"%2\" in the data; use a school id (BRIN + "
                                                    "vestiging, e.g. 04QC00) of the loaded gemeente.")
                                                     .arg(at, id));
            if (!w.schools[static_cast<size_t>(j)].open)
                return fail(ErrorCode::InvalidValue, tr("%1: school \"%2\" is already closed or merged by an earlier edit.").arg(at, id));
            return j;
        };
        Result<void> ok = std::visit(
            Overloaded{
                [&](const AddSchoolEdit& a) -> Result<void> {
                    SimSchool s;
                    s.id = a.id.isEmpty() ? QStringLiteral("NEW%1").arg(++added) : a.id;
                    if (w.schoolIndex(s.id) >= 0)
                        return fail(ErrorCode::DuplicateId, tr("%1: the id \"%2\" is taken; give the new school another id.").arg(at, s.id));
                    s.key = CounterRandom::keyOf(s.id);
                    s.name = a.name.isEmpty() ? s.id : a.name;
                    s.location = a.location;
                    s.capacity = static_cast<int>(std::ceil(a.capacity * w.scale));
                    s.denomination = a.denomination;
                    s.denominationIndex = static_cast<int>(w.denominations.indexOf(a.denomination));
                    s.vvePartner = a.vve;
                    s.delta = a.attractiveness ? *a.attractiveness : comparableDelta(w.schools, a.denomination);
                    s.origin = SimSchoolOrigin::Added;
                    w.schools.push_back(std::move(s));
                    return {};
                },
                [&](const CloseSchoolEdit& c) -> Result<void> {
                    auto j = openSchool(c.schoolId);
                    if (!j)
                        return j.error();
                    w.schools[static_cast<size_t>(*j)].open = false;
                    return {};
                },
                [&](const MergeSchoolsEdit& m) -> Result<void> {
                    SimSchool merged;
                    double expSum = 0.0;
                    for (const QString& id : m.schoolIds) {
                        auto j = openSchool(id);
                        if (!j)
                            return j.error();
                        SimSchool& part = w.schools[static_cast<size_t>(*j)];
                        part.open = false;
                        if (merged.mergedFrom.isEmpty()) {
                            merged.name = m.name.isEmpty() ? part.name : m.name;
                            merged.location = m.site ? *m.site : part.location;
                            merged.denomination = part.denomination;
                            merged.denominationIndex = part.denominationIndex;
                        }
                        merged.mergedFrom << id;
                        merged.capacity += part.capacity;
                        merged.vvePartner = merged.vvePartner || part.vvePartner;
                        expSum += std::exp(part.delta);
                    }
                    merged.id = merged.mergedFrom.join(QLatin1Char('+'));
                    merged.key = CounterRandom::keyOf(merged.id);
                    // The inclusive value of the merged alternatives: one school offering what both offered.
                    merged.delta = std::log(expSum);
                    merged.origin = SimSchoolOrigin::Merged;
                    w.schools.push_back(std::move(merged));
                    return {};
                },
                [&](const ChangeCapacityEdit& c) -> Result<void> {
                    auto j = openSchool(c.schoolId);
                    if (!j)
                        return j.error();
                    SimSchool& s = w.schools[static_cast<size_t>(*j)];
                    s.capacity = static_cast<int>(std::ceil(c.capacity * w.scale));
                    s.capacityAssumed = false;
                    return {};
                },
                [&](const HousingEdit& h) -> Result<void> {
                    std::vector<double> shares(static_cast<size_t>(w.groups.size()), 0.0);
                    if (h.groupShares.isEmpty()) {
                        shares = population.gemeenteShares;
                    } else {
                        for (auto it = h.groupShares.cbegin(); it != h.groupShares.cend(); ++it) {
                            const qsizetype g = w.groups.indexOf(it.key());
                            if (g < 0)
                                return fail(ErrorCode::NotFound, tr("%1: there is no group \"%2\"; the groups are: %3.")
                                                                     .arg(at, it.key(), w.groups.join(QStringLiteral(", "))));
                            shares[static_cast<size_t>(g)] = it.value();
                        }
                    }
                    std::mt19937_64 rng(CounterRandom::key(seed, 0x686F7573ull, static_cast<quint64>(e))); // "hous"
                    const double children = h.children * w.scale;
                    const int area = static_cast<int>(w.areaCodes.size());
                    w.areaCodes << QStringLiteral("housing: %1").arg(h.name.isEmpty() ? QString::number(e + 1) : h.name);
                    for (size_t g = 0; g < shares.size(); ++g) {
                        // Largest remainders would need all groups at once; expected counts with random rounding suffice here.
                        const double exact = children * shares[g];
                        std::uniform_real_distribution<double> unit(0.0, 1.0);
                        const int n = static_cast<int>(std::floor(exact)) + (unit(rng) < exact - std::floor(exact) ? 1 : 0);
                        const std::vector<QPointF> homes = housingHomes(h, n, rng);
                        for (int i = 0; i < n; ++i) {
                            SyntheticChild c;
                            c.id = CounterRandom::key(0x686F7573ull, static_cast<quint64>(e), g, static_cast<quint64>(i));
                            c.home = homes[static_cast<size_t>(i)];
                            c.group = static_cast<int>(g);
                            c.area = area;
                            // New residents prefer denominations as the gemeente's children do.
                            c.denomination = w.children.empty() ? -1 : w.children[static_cast<size_t>(rng() % w.children.size())].denomination;
                            w.children.push_back(c);
                            w.initiativeSchool.push_back(-1);
                        }
                    }
                    return {};
                },
                [&](const ParentInitiativeEdit& p) -> Result<void> {
                    auto j = openSchool(p.schoolId);
                    if (!j)
                        return j.error();
                    const qsizetype area = w.areaCodes.indexOf(p.areaCode);
                    const qsizetype group = w.groups.indexOf(p.group);
                    if (area < 0)
                        return fail(ErrorCode::NotFound, tr("%1: no children live in area \"%2\"; use a postcode or buurt code "
                                                            "of the population.")
                                                             .arg(at, p.areaCode));
                    if (group < 0)
                        return fail(ErrorCode::NotFound, tr("%1: there is no group \"%2\"; the groups are: %3.")
                                                             .arg(at, p.group, w.groups.join(QStringLiteral(", "))));
                    // The initiative's members: children of that area and group in an order fixed by the seed.
                    std::vector<std::pair<quint64, size_t>> members;
                    for (size_t i = 0; i < w.children.size(); ++i)
                        if (w.children[i].area == area && w.children[i].group == group && w.initiativeSchool[i] < 0)
                            members.push_back({CounterRandom::key(seed, 0x696E6974ull, w.children[i].id), i}); // "init"
                    std::sort(members.begin(), members.end());
                    if (static_cast<int>(members.size()) < p.children)
                        w.diagnostics.warning(tr("%1: area \"%2\" has %3 children of group \"%4\", fewer than the %5 of the "
                                                 "initiative; all of them take part.")
                                                  .arg(at, p.areaCode)
                                                  .arg(members.size())
                                                  .arg(p.group)
                                                  .arg(p.children));
                    for (size_t m = 0; m < members.size() && static_cast<int>(m) < p.children; ++m)
                        w.initiativeSchool[members[m].second] = static_cast<int>(*j);
                    return {};
                },
            },
            edits[e].change);
        if (!ok)
            return ok.error();
    }
    if (w.openSchools().empty())
        return fail(ErrorCode::InvalidValue, tr("%1: the edits close every school; keep at least one open.").arg(where));
    return w;
}

} // namespace Mk
