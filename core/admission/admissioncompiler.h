// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admissioncontext.h"
#include "admission/admissionproblem.h"
#include "admission/admissionrules.h"
#include "admission/nearestschools.h"
#include "base/diagnostics.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QRectF>

#include <algorithm>
#include <span>
#include <vector>

namespace Mk {

/**
 * AdmissionRules bound to one scenario's schools and groups, turning each Monte-Carlo run's AdmissionContext
 * into an AdmissionProblem. create() resolves school ids and group names once; compile() then only walks the
 * children, and reuses its buffers and the problem's, so 200 runs allocate nothing after the first.
 *
 * Per child: the ranking without closed schools and repeats, truncated to the list length; the proximity set
 * (the k nearest open, non-exempt schools by straight-line distance from home through NearestSchools, or the
 * area's linked schools);
 * with "backup" the proximity schools not listed, nearest first, appended after the list. Per listed school the
 * priority class (the first class of the rules she is in, else one past the last) and, with multiple
 * tie-breaking, the lottery number hashed from (child lotteryKey, school key) with the splitmix64 finaliser
 * (Steele, Lea & Flood (2014), OOPSLA "Fast splittable pseudorandom number generators"). Seats: a reserve's
 * share rounds to whole seats; pool shares are apportioned by largest remainders (Hamilton); a target mix τ ± t
 * gives the target types floor ⌊(τ−t)q⌋ and ceiling ⌈(τ+t)q⌉ and the rest the complements.
 *
 * The k nearest depend only on a home (never on the grid or the reuse), so runs give the same problem in any
 * order and on any thread. compile() keeps state: one compiler per thread (it is copyable).
 */
class AdmissionCompiler
{
    Q_DECLARE_TR_FUNCTIONS(Mk::AdmissionCompiler)

public:
    /** Fails on groups the rules name that `context` lacks; school ids it does not know go to `diagnostics`. */
    static Result<AdmissionCompiler> create(const AdmissionRules& rules, const AdmissionContext& context,
                                            Diagnostics* diagnostics = nullptr);

    /** The problem of one run; `context` has the schools and groups create() saw (children and shares may change). */
    Result<void> compile(const AdmissionContext& context, AdmissionProblem& problem);
    /**
     * compile() child by child, for a caller that draws each child's ranking as it goes (the scenario Monte Carlo):
     * start() the run, then add() children 0, 1, … of `context` in order, each with this run's draws (the draw fields
     * of AdmissionContext::Child are not read). The problem is the same as compile() gives for those draws.
     */
    Result<void> start(const AdmissionContext& context, AdmissionProblem& problem);
    Result<void> add(const AdmissionContext& context, size_t child, const AdmissionDraw& draw, AdmissionProblem& problem);
    /**
     * For a child add()ed with only the head of her ranking (AdmissionDraw::head): compiles her list again from `draw`
     * (her whole ranking, the rest of her draws as before) and appends to her list in `problem` what it lacks of it,
     * back-ups included (AdmissionProblem::extendList). The head's entries depend only on their school, so her list is
     * then the one add() makes from `draw`. Returns whether the list grew.
     */
    Result<bool> extend(const AdmissionContext& context, size_t child, const AdmissionDraw& draw, AdmissionProblem& problem);

    const AdmissionRules& rules() const { return m_rules; }
    /** The lottery number of a child at a school under multiple tie-breaking, uniform in [0, 1). */
    static double schoolLottery(quint64 lotteryKey, quint64 schoolKey);

private:
    /** The bounding box of homes, with a metre to spare; null without homes. */
    struct HomeExtent {
        double left = 0.0, right = -1.0, top = 0.0, bottom = -1.0;
        void add(const QPointF& home)
        {
            const bool first = left > right;
            left = first ? home.x() : std::min(left, home.x());
            right = first ? home.x() : std::max(right, home.x());
            top = first ? home.y() : std::min(top, home.y());
            bottom = first ? home.y() : std::max(bottom, home.y());
        }
        void clear() { *this = HomeExtent(); }
        QRectF rect() const
        {
            return left > right ? QRectF() : QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-1.0, -1.0, 1.0, 1.0);
        }
    };
    /** Per proximity class: what create() resolved, and the k nearest per child of the last compile(). */
    struct Proximity {
        int nearest = 0;                          ///< k nearest; 0: the linked schools
        std::vector<char> exempt;                 ///< per school
        QHash<QString, std::vector<int>> linked;  ///< area code -> school indexes
        std::vector<int> candidates;              ///< open, non-exempt schools of this run, with their places
        std::vector<QPointF> candidateLocations;
        NearestSchools nearestSchools;            ///< rebuilt only when the candidates change or the last run's homes left its area
        int generation = 0;                       ///< counts the rebuilds
        // The extent of the homes add() saw since start(); before the first run, start() measures all homes.
        bool homesKnown = false;
        HomeExtent extent;
        // Per child: the k nearest are kept and reused while her home and the grid stay the same.
        std::vector<QPointF> homes;
        std::vector<int> generations;
        std::vector<int> nearestSchoolsOf;        ///< child x k, nearest first
        std::vector<int> counts;
    };
    SeatPolicy policyFor(const AdmissionContext& context, int school, int capacity) const;
    /** Child i's list, priority classes and school lotteries into m_list, m_classes and m_lotteries. */
    Result<void> compileList(const AdmissionContext& context, size_t i, const AdmissionDraw& draw);
    /** The child's linked schools (open, not exempt), nearest first. */
    void linkedSet(const AdmissionContext& context, const AdmissionContext::Child& child, const Proximity& proximity,
                   std::vector<int>& out);

    AdmissionRules m_rules;
    int m_schoolCount = 0;
    int m_groupCount = 0;
    std::vector<int> m_typeOfGroup;       ///< seat type per group
    std::vector<char> m_reserveGroup;     ///< per group: eligible for the reserve (group-based reserves)
    std::vector<char> m_policySchool;     ///< per school: the seat policy applies
    std::vector<std::vector<int>> m_poolGroups; ///< baskets: group indexes per pool
    std::vector<int> m_targetGroups;      ///< target mix: group indexes
    std::vector<Proximity> m_proximity;
    /** A priority class as compile() tests it. */
    struct ClassTest {
        AdmissionPriority::Kind kind;
        bool indicationRequired;
        int proximity; ///< Proximity: index into m_proximity and m_sets
    };
    std::vector<ClassTest> m_classTests;

    /** The list compileList() made last, its priority classes and (multiple tie-breaking) lotteries; aligned. */
    std::span<const int> compiledSchools() const { return std::span<const int>(m_list).first(m_listSize); }
    std::span<const int> compiledClasses() const { return std::span<const int>(m_classes).first(m_listSize); }
    std::span<const double> compiledLotteries() const
    {
        return m_rules.tieBreaking == TieBreaking::Multiple ? std::span<const double>(m_lotteries).first(m_listSize) : std::span<const double>();
    }

    // Buffers of compile(), kept between runs: one entry per school, as a list holds a school at most once.
    std::vector<int> m_list;
    std::vector<int> m_classes;
    std::vector<double> m_lotteries;
    size_t m_listSize = 0;                ///< the entries of the list compiled last
    std::vector<int> m_stamp;             ///< per school: the list compiled last that holds it (repeat detection)
    int m_lastStamp = -1;                 ///< counts the lists compiled since start()
    std::vector<int> m_position;          ///< per school: its place in that list
    std::vector<char> m_open;             ///< per school, this run
    std::vector<std::vector<int>> m_sets; ///< per proximity class: the child's linked schools
    std::vector<std::span<const int>> m_near; ///< per proximity class: the child's set (k nearest or linked; never exempt), set anew for each child
    std::vector<std::pair<double, int>> m_linked; ///< a child's linked schools by distance
};

} // namespace Mk
