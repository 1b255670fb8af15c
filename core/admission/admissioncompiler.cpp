// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission/admissioncompiler.h"

#include "index/randomtables.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Mk {

namespace {

/** Whole seats per share, adding up to `capacity`: largest remainders (Hamilton), ties to the first. */
std::vector<int> apportion(const std::vector<double>& shares, int capacity)
{
    const double total = std::accumulate(shares.begin(), shares.end(), 0.0);
    std::vector<int> seats(shares.size(), 0);
    if (!(total > 0.0))
        return seats;
    std::vector<std::pair<double, size_t>> remainders;
    int given = 0;
    for (size_t i = 0; i < shares.size(); ++i) {
        const double exact = shares[i] / total * capacity;
        seats[i] = static_cast<int>(std::floor(exact + 1e-9));
        given += seats[i];
        remainders.emplace_back(exact - seats[i], i);
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t k = 0; given < capacity && k < remainders.size(); ++k, ++given)
        ++seats[remainders[k].second];
    return seats;
}

} // namespace

double AdmissionCompiler::schoolLottery(quint64 lotteryKey, quint64 schoolKey)
{
    return static_cast<double>(RandomTables::splitmix64(lotteryKey ^ RandomTables::splitmix64(schoolKey)) >> 11) * 0x1.0p-53;
}

Result<AdmissionCompiler> AdmissionCompiler::create(const AdmissionRules& rules, const AdmissionContext& context, Diagnostics* diagnostics)
{
    AdmissionCompiler c;
    c.m_rules = rules;
    c.m_schoolCount = static_cast<int>(context.schools.size());
    c.m_groupCount = static_cast<int>(context.groups.size());
    const QString name = rules.name.isEmpty() ? tr("(unnamed)") : rules.name;
    QHash<QString, int> schoolIndex;
    for (int i = 0; i < c.m_schoolCount; ++i)
        schoolIndex.insert(context.schools[static_cast<size_t>(i)].id, i);
    // Ids of another gemeente's schools (a preset's stadsscholen) are expected, so they are noted, not refused.
    const auto resolveSchools = [&](const QStringList& ids, const QString& key) {
        std::vector<int> out;
        for (const QString& id : ids) {
            const auto it = schoolIndex.constFind(id);
            if (it != schoolIndex.constEnd())
                out.push_back(*it);
            else if (diagnostics)
                diagnostics->warning(tr("The admission rules \"%1\" name school \"%2\" in \"%3\", but the loaded data have no school "
                                        "with that id; the rule ignores it.")
                                         .arg(name, id, key),
                                     id);
        }
        return out;
    };
    std::optional<Error> groupError;
    const auto groupIndex = [&](const QString& group, const QString& key) {
        const auto i = static_cast<int>(context.groups.indexOf(group));
        if (i < 0 && !groupError)
            groupError = fail(ErrorCode::InvalidValue, tr("The admission rules \"%1\", key \"%2\": there is no group \"%3\"; the groups of "
                                                          "the loaded data are %4. Use one of these names.")
                                                           .arg(name, key, group, context.groups.join(QStringLiteral(", "))));
        return i;
    };
    const auto policySchools = [&](const QStringList& ids, const QString& key) {
        c.m_policySchool.assign(static_cast<size_t>(c.m_schoolCount), ids.isEmpty() ? 1 : 0);
        for (const int s : resolveSchools(ids, key))
            c.m_policySchool[static_cast<size_t>(s)] = 1;
    };
    c.m_typeOfGroup.assign(static_cast<size_t>(c.m_groupCount), 0);
    c.m_reserveGroup.assign(static_cast<size_t>(c.m_groupCount), 0);
    c.m_policySchool.assign(static_cast<size_t>(c.m_schoolCount), 0);
    if (rules.reserve) {
        for (const QString& g : rules.reserve->groups)
            if (const int i = groupIndex(g, QStringLiteral("reserve.eligible")); i >= 0)
                c.m_reserveGroup[static_cast<size_t>(i)] = 1;
        policySchools(rules.reserve->schools, QStringLiteral("reserve.schools"));
    }
    if (rules.baskets) {
        std::vector<int> poolOf(static_cast<size_t>(c.m_groupCount), -1);
        for (qsizetype p = 0; p < rules.baskets->pools.size(); ++p) {
            const QString key = QStringLiteral("baskets.pools[%1].groups").arg(p);
            std::vector<int> members;
            for (const QString& g : rules.baskets->pools[p].groups) {
                const int i = groupIndex(g, key);
                if (i < 0)
                    continue;
                if (poolOf[static_cast<size_t>(i)] >= 0 && !groupError)
                    groupError = fail(ErrorCode::InvalidValue, tr("The admission rules \"%1\", key \"%2\": group \"%3\" is in two pools. "
                                                                  "Put every group in exactly one pool.").arg(name, key, g));
                poolOf[static_cast<size_t>(i)] = static_cast<int>(p);
                members.push_back(i);
            }
            c.m_poolGroups.push_back(members);
        }
        for (int g = 0; g < c.m_groupCount && !groupError; ++g)
            if (poolOf[static_cast<size_t>(g)] < 0)
                groupError = fail(ErrorCode::InvalidValue, tr("The admission rules \"%1\", key \"baskets.pools\": group \"%2\" is in no pool. "
                                                              "Put every group in exactly one pool.").arg(name, context.groups[g]));
        for (int g = 0; g < c.m_groupCount; ++g)
            c.m_typeOfGroup[static_cast<size_t>(g)] = std::max(0, poolOf[static_cast<size_t>(g)]);
        policySchools(rules.baskets->schools, QStringLiteral("baskets.schools"));
    }
    if (rules.targetMix) {
        std::fill(c.m_typeOfGroup.begin(), c.m_typeOfGroup.end(), 1);
        for (const QString& g : rules.targetMix->groups) {
            if (const int i = groupIndex(g, QStringLiteral("targetMix.groups")); i >= 0) {
                c.m_typeOfGroup[static_cast<size_t>(i)] = 0;
                c.m_targetGroups.push_back(i);
            }
        }
        policySchools(rules.targetMix->schools, QStringLiteral("targetMix.schools"));
    }
    if (groupError)
        return *groupError;
    for (qsizetype j = 0; j < rules.priorities.size(); ++j) {
        const AdmissionPriority& p = rules.priorities[j];
        c.m_classTests.push_back({p.kind, p.indicationRequired, p.kind == AdmissionPriority::Kind::Proximity ? static_cast<int>(c.m_proximity.size()) : -1});
        if (p.kind != AdmissionPriority::Kind::Proximity)
            continue;
        Proximity proximity;
        proximity.nearest = p.nearest;
        proximity.exempt.assign(static_cast<size_t>(c.m_schoolCount), 0);
        for (const int s : resolveSchools(p.exemptSchools, QStringLiteral("priorities[%1].exemptSchools").arg(j)))
            proximity.exempt[static_cast<size_t>(s)] = 1;
        for (auto it = p.linkedSchools.begin(); it != p.linkedSchools.end(); ++it)
            proximity.linked.insert(it.key(), resolveSchools(it.value(), QStringLiteral("priorities[%1].linkedSchools.%2").arg(j).arg(it.key())));
        c.m_proximity.push_back(std::move(proximity));
    }
    c.m_sets.resize(c.m_proximity.size());
    c.m_near.resize(c.m_proximity.size());
    c.m_list.resize(static_cast<size_t>(c.m_schoolCount));
    c.m_classes.resize(static_cast<size_t>(c.m_schoolCount));
    c.m_lotteries.resize(static_cast<size_t>(c.m_schoolCount));
    return c;
}

SeatPolicy AdmissionCompiler::policyFor(const AdmissionContext& context, int school, int capacity) const
{
    if (!m_policySchool[static_cast<size_t>(school)])
        return SeatPolicy::plain();
    if (const auto& r = m_rules.reserve) {
        const int seats = r->seats >= 0 ? std::min(r->seats, capacity) : static_cast<int>(std::lround(r->share * capacity));
        return SeatPolicy::reserve(seats, r->precedence, r->soft);
    }
    const auto shareOf = [&](const std::vector<int>& groups, const std::vector<double>& shares) {
        double s = 0.0;
        for (const int g : groups)
            s += shares[static_cast<size_t>(g)];
        return s;
    };
    if (const auto& b = m_rules.baskets) {
        std::vector<double> shares;
        for (qsizetype p = 0; p < b->pools.size(); ++p)
            shares.push_back(b->relativeToGemeente ? shareOf(m_poolGroups[static_cast<size_t>(p)], context.gemeenteShares) : b->pools[p].share);
        return SeatPolicy::typePools(apportion(shares, capacity), b->soft);
    }
    const AdmissionTargetMix& t = *m_rules.targetMix;
    const double target = t.relativeTo == AdmissionTargetMix::RelativeTo::Given      ? t.share
                          : t.relativeTo == AdmissionTargetMix::RelativeTo::Gemeente ? shareOf(m_targetGroups, context.gemeenteShares)
                                                                                     : shareOf(m_targetGroups, context.catchmentShares[static_cast<size_t>(school)]);
    // The epsilon keeps 0.3 x 10 = 3.0000000000000004 from becoming a ceiling of 4.
    const int low = std::clamp(static_cast<int>(std::floor((target - t.tolerance) * capacity + 1e-9)), 0, capacity);
    const int high = std::clamp(static_cast<int>(std::ceil((target + t.tolerance) * capacity - 1e-9)), low, capacity);
    return SeatPolicy::softBounds({low, capacity - high}, {high, capacity - low});
}

void AdmissionCompiler::linkedSet(const AdmissionContext& context, const AdmissionContext::Child& child, const Proximity& proximity,
                                  std::vector<int>& out)
{
    out.clear();
    const auto it = proximity.linked.constFind(child.areaCode);
    if (it == proximity.linked.constEnd())
        return;
    m_linked.clear();
    for (const int c : *it) {
        const AdmissionContext::SchoolInfo& s = context.schools[static_cast<size_t>(c)];
        const QPointF d = s.location - child.home;
        if (s.open && !proximity.exempt[static_cast<size_t>(c)])
            m_linked.emplace_back(QPointF::dotProduct(d, d), c);
    }
    std::sort(m_linked.begin(), m_linked.end());
    for (const auto& [distance, c] : m_linked)
        out.push_back(c);
}

Result<void> AdmissionCompiler::compile(const AdmissionContext& context, AdmissionProblem& problem)
{
    if (auto ok = start(context, problem); !ok)
        return ok;
    for (size_t i = 0; i < context.children.size(); ++i) {
        const AdmissionContext::Child& child = context.children[i];
        if (auto ok = add(context, i, AdmissionDraw{child.ranking, child.siblingSchool, child.lottery, child.lotteryKey}, problem); !ok)
            return ok;
    }
    return {};
}

Result<void> AdmissionCompiler::start(const AdmissionContext& context, AdmissionProblem& problem)
{
    if (static_cast<int>(context.schools.size()) != m_schoolCount || static_cast<int>(context.groups.size()) != m_groupCount)
        return fail(ErrorCode::InvalidArgument, tr("The admission context has %1 schools and %2 groups, but the rules were prepared for "
                                                   "%3 and %4. Prepare the rules again for these schools.")
                                                    .arg(context.schools.size()).arg(context.groups.size()).arg(m_schoolCount).arg(m_groupCount));
    const bool needsGemeente = (m_rules.baskets && m_rules.baskets->relativeToGemeente)
                               || (m_rules.targetMix && m_rules.targetMix->relativeTo == AdmissionTargetMix::RelativeTo::Gemeente);
    if (needsGemeente && static_cast<int>(context.gemeenteShares.size()) != m_groupCount)
        return fail(ErrorCode::InvalidValue, tr("The admission rules \"%1\" set seats relative to the gemeente's mix, but no share per group "
                                                "of the gemeente is known. Load the group composition of the areas.").arg(m_rules.name));
    if (m_rules.targetMix && m_rules.targetMix->relativeTo == AdmissionTargetMix::RelativeTo::Catchment) {
        const bool complete = static_cast<int>(context.catchmentShares.size()) == m_schoolCount
                              && std::all_of(context.catchmentShares.begin(), context.catchmentShares.end(),
                                             [&](const std::vector<double>& s) { return static_cast<int>(s.size()) == m_groupCount; });
        if (!complete)
            return fail(ErrorCode::InvalidValue, tr("The admission rules \"%1\" set the target mix relative to each school's catchment "
                                                    "(key \"targetMix.relativeTo\"), but the catchment mix per school is not known. Compute "
                                                    "catchments first, or set \"relativeTo\" to \"gemeente\".").arg(m_rules.name));
    }
    problem.clear(m_rules.typeCount(), m_rules.tieBreaking);
    for (int c = 0; c < m_schoolCount; ++c) {
        const AdmissionContext::SchoolInfo& s = context.schools[static_cast<size_t>(c)];
        const int capacity = s.open ? std::max(0, s.capacity) : 0;
        problem.addSchool(capacity, policyFor(context, c, capacity));
    }
    const size_t children = context.children.size();
    for (Proximity& proximity : m_proximity) {
        if (proximity.nearest == 0)
            continue;
        proximity.candidates.clear();
        proximity.candidateLocations.clear();
        for (int c = 0; c < m_schoolCount; ++c) {
            const AdmissionContext::SchoolInfo& s = context.schools[static_cast<size_t>(c)];
            if (s.open && !proximity.exempt[static_cast<size_t>(c)]) {
                proximity.candidates.push_back(c);
                proximity.candidateLocations.push_back(s.location);
            }
        }
        // The grid covers the homes of the last run (add() measures their extent; before the first run, all homes
        // now), so a caller whose homes stay put never rebuilds it after the first run.
        if (!proximity.homesKnown) {
            proximity.homes.assign(children, QPointF());
            proximity.generations.assign(children, -1);
            for (const AdmissionContext::Child& child : context.children)
                proximity.extent.add(child.home);
            proximity.homesKnown = true;
        }
        const QRectF homes = proximity.extent.rect();
        if (!proximity.nearestSchools.fits(proximity.candidates, proximity.candidateLocations, proximity.nearest, homes)) {
            // A margin, so that the next runs' homes (drawn anew) mostly fall inside without a rebuild.
            const double margin = 0.1 * std::max(homes.width(), homes.height());
            proximity.nearestSchools.build(proximity.candidates, proximity.candidateLocations, proximity.nearest,
                                           homes.adjusted(-margin, -margin, margin, margin));
            ++proximity.generation;
        }
        proximity.extent.clear();
        proximity.homes.resize(children);
        proximity.generations.resize(children, -1);
        proximity.nearestSchoolsOf.resize(children * static_cast<size_t>(proximity.nearest));
        proximity.counts.resize(children);
    }
    m_open.resize(static_cast<size_t>(m_schoolCount));
    for (int c = 0; c < m_schoolCount; ++c)
        m_open[static_cast<size_t>(c)] = context.schools[static_cast<size_t>(c)].open ? 1 : 0;
    m_stamp.assign(static_cast<size_t>(m_schoolCount), -1);
    m_lastStamp = -1;
    m_position.resize(static_cast<size_t>(m_schoolCount));
    return {};
}

// Forced inline into add(): out of line, its call and Result were about a tenth of compiling a one-school list (callgrind).
Q_ALWAYS_INLINE Result<void> AdmissionCompiler::compileList(const AdmissionContext& context, size_t i, const AdmissionDraw& draw)
{
    const AdmissionContext::Child& child = context.children[i];
    // A stamp per list compiled, not per child: extend() compiles a child's list again after others'.
    const int stamp = ++m_lastStamp;
    if (child.group < 0 || child.group >= m_groupCount)
        return fail(ErrorCode::InvalidArgument, tr("Child %1 of the admission context is in group %2, but there are %3 groups.")
                                                    .arg(i + 1).arg(child.group).arg(m_groupCount));
    const auto length = static_cast<size_t>(m_rules.listLength);
    const auto classCount = static_cast<int>(m_rules.priorities.size());
    // The buffers hold a school at most once, so they were sized to the schools once (create()); they are written by
    // index, without push_back's capacity test per entry.
    int* const list = m_list.data();
    size_t n = 0;
    for (const int c : draw.ranking) {
        if (n == length)
            break;
        if (c < 0 || c >= m_schoolCount)
            return fail(ErrorCode::InvalidArgument, tr("Child %1 of the admission context ranks school %2, but there are %3 schools.")
                                                        .arg(i + 1).arg(c).arg(m_schoolCount));
        if (!m_open[static_cast<size_t>(c)] || m_stamp[static_cast<size_t>(c)] == stamp)
            continue;
        m_stamp[static_cast<size_t>(c)] = stamp;
        list[n++] = c;
    }
    // The child's proximity sets: her k nearest open, non-exempt schools (kept while her home and the grid stay the
    // same), or her area's linked ones.
    for (size_t q = 0; q < m_proximity.size(); ++q) {
        Proximity& p = m_proximity[q];
        if (p.nearest == 0) {
            linkedSet(context, child, p, m_sets[q]);
            m_near[q] = m_sets[q];
            continue;
        }
        p.extent.add(child.home);
        if (p.generations[i] != p.generation || p.homes[i].x() != child.home.x() || p.homes[i].y() != child.home.y()) {
            p.counts[i] = p.nearestSchools.find(child.home, p.nearestSchoolsOf.data() + i * static_cast<size_t>(p.nearest));
            p.homes[i] = child.home;
            p.generations[i] = p.generation;
        }
        m_near[q] = std::span<const int>(p.nearestSchoolsOf).subspan(i * static_cast<size_t>(p.nearest), static_cast<size_t>(p.counts[i]));
    }
    if (m_rules.backup && !draw.head) {
        for (const std::span<const int> set : m_near) {
            for (const int c : set) {
                if (m_stamp[static_cast<size_t>(c)] != stamp) {
                    m_stamp[static_cast<size_t>(c)] = stamp;
                    list[n++] = c;
                }
            }
        }
    }
    m_listSize = n;
    // Per school of her list, the first priority class she is in there: the classes marked from the last to the first,
    // each over its own few schools (a sibling's, the partner voorschool's, a proximity set).
    int* const classes = m_classes.data();
    for (size_t k = 0; k < n; ++k) {
        m_position[static_cast<size_t>(list[k])] = static_cast<int>(k);
        classes[k] = classCount;
    }
    const auto mark = [&](int c, int priorityClass) {
        if (c >= 0 && c < m_schoolCount && m_stamp[static_cast<size_t>(c)] == stamp)
            classes[m_position[static_cast<size_t>(c)]] = priorityClass;
    };
    for (int j = classCount - 1; j >= 0; --j) {
        const ClassTest& test = m_classTests[static_cast<size_t>(j)];
        switch (test.kind) {
        case AdmissionPriority::Kind::Siblings:
            mark(draw.siblingSchool, j);
            break;
        case AdmissionPriority::Kind::VvePartner:
            if (child.vveIndication || !test.indicationRequired)
                mark(child.vvePartnerSchool, j);
            break;
        case AdmissionPriority::Kind::Proximity:
            for (const int c : m_near[static_cast<size_t>(test.proximity)])
                mark(c, j);
            break;
        }
    }
    if (m_rules.tieBreaking == TieBreaking::Multiple)
        for (size_t k = 0; k < n; ++k)
            m_lotteries[k] = schoolLottery(draw.lotteryKey, context.schools[static_cast<size_t>(list[k])].key);
    return {};
}

Result<void> AdmissionCompiler::add(const AdmissionContext& context, size_t i, const AdmissionDraw& draw, AdmissionProblem& problem)
{
    if (auto ok = compileList(context, i, draw); !ok)
        return ok;
    const AdmissionContext::Child& child = context.children[i];
    const bool eligible = m_rules.reserve && (m_rules.reserve->vve ? child.vveIndication : m_reserveGroup[static_cast<size_t>(child.group)] != 0);
    problem.addStudent(compiledSchools(), compiledClasses(), draw.lottery, m_typeOfGroup[static_cast<size_t>(child.group)], eligible,
                       compiledLotteries());
    return {};
}

Result<bool> AdmissionCompiler::extend(const AdmissionContext& context, size_t i, const AdmissionDraw& draw, AdmissionProblem& problem)
{
    if (auto ok = compileList(context, i, draw); !ok)
        return ok.error();
    const auto s = static_cast<int>(i);
    const size_t head = problem.preferences(s).size();
    Q_ASSERT(head <= m_listSize && std::equal(problem.preferences(s).begin(), problem.preferences(s).end(), m_list.begin()));
    if (m_listSize == head)
        return false;
    const auto tail = [head](const auto& v) { return v.subspan(std::min(head, v.size())); };
    problem.extendList(s, tail(compiledSchools()), tail(compiledClasses()), tail(compiledLotteries()));
    return true;
}

} // namespace Mk
