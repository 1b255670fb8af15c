// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admissionproblem.h"
#include "admission/matching.h"
#include "admission/schoolchoice.h"

#include <span>
#include <vector>

namespace Mk {

/**
 * What MatchingVerifier::check() found (../shared/research/SCENARIOS.md §2.5). violations() counts what must
 * be zero for the mechanism at hand; justified envy and reserve shortfalls are what immediate acceptance does
 * by design and are reported, not counted as violations.
 */
struct MatchingCheck {
    int capacityViolations = 0; ///< students beyond a school's capacity or beyond what its hard reserve or pools allow
    int listViolations = 0;     ///< students placed at a school that is not on their list at the rank stated
    int blockingPairs = 0;      ///< stable mechanisms: pairs (s, c), s ranks c above μ(s) and s ∈ Ch_c(μ(c) ∪ {s})
    int wastefulPairs = 0;      ///< blocking pairs in which c takes s without turning anyone away
    int reserveViolations = 0;  ///< stable mechanisms: schools with fewer eligible admitted than min(reserve, eligible demand)
    int justifiedEnvy = 0;      ///< immediate acceptance: its blocking pairs
    int reserveShortfalls = 0;  ///< immediate acceptance: its schools short of min(reserve, eligible demand)

    int violations() const { return capacityViolations + listViolations + blockingPairs + wastefulPairs + reserveViolations; }
};

/**
 * Result of MatchingVerifier::checkEligibility(). Deferred acceptance guarantees hurt == 0. Adaptive Boston does
 * not: with the flag a reserve seat can make a school look open to her, she applies there, loses to other eligible
 * students and reaches her next school a round late (about 1 toggle in 1,000 on random markets).
 */
struct EligibilityCheck {
    int students = 0; ///< students whose flag was toggled
    int hurt = 0;     ///< of them, placed worse with the flag than without
};

/**
 * Checks a matching against the problem through the very choice function the mechanisms use (SchoolChoice):
 * feasibility, blocking pairs (s ranks c above μ(s) and s ∈ Ch_c(μ(c) ∪ {s})), wasteful pairs (a subset: c takes
 * s and keeps everyone it holds), reserve fidelity (eligible admitted >= min(reserve, eligible students matched
 * there or ranking it above their match)), and on request that being reserve-eligible never hurts (Sönmez &
 * Yenmez (2022), Econometrica 90:1143-1176).
 *
 * Blocking pairs cost O(total list length above the match x log capacity): because Ch_c respects improvements
 * (SchoolChoice), whether s ∈ Ch_c(μ(c) ∪ {s}) depends only on s's place in μ(c)'s priority order and her
 * profile (seat type, eligibility), and the last admitting place is found once per school and profile by
 * bisection: the generalised cutoff of Azevedo & Leshno (2016), J. Political Economy 124:1235-1268. A reusable
 * workspace; not thread-safe.
 */
class MatchingVerifier
{
public:
    /** `stableByDesign` false (immediate acceptance) reports blocking pairs as justified envy. */
    MatchingCheck check(const AdmissionProblem& problem, const Matching& matching, bool stableByDesign);
    /**
     * For each of `students`, toggles her reserve eligibility in `problem`, rematches with `mechanism` and
     * compares her placement with and without the flag (unplaced is worst). `problem` is restored before returning.
     */
    EligibilityCheck checkEligibility(AdmissionProblem& problem, const Matching& matching, std::span<const int> students,
                                      MatchingMechanism& mechanism);

private:
    void collectHeld(const AdmissionProblem& problem, const Matching& matching, MatchingCheck& result);
    int overfilled(const AdmissionProblem& problem, int school) const;
    /** Whether c takes `a` from μ(c) ∪ {a} (and, with wholeSet, keeps all of μ(c) too). */
    bool takes(const AdmissionProblem& problem, int c, const Applicant& a, bool wholeSet);
    /** The last place in μ(c) at which a student of this profile is still chosen; -1: at none. */
    int lastAdmittingPlace(const AdmissionProblem& problem, int c, const Applicant& profile);
    bool chosenAt(const AdmissionProblem& problem, int c, const Applicant& profile, int place, bool wholeSet);
    std::span<const Applicant> held(int c) const;

    std::vector<int> m_heldOffsets;
    std::vector<Applicant> m_held;     ///< μ(c) per school, sorted by priority (plain schools: only the worst last)
    std::vector<int> m_cutoffs;        ///< per school x profile; -2 = not computed
    std::vector<int> m_eligibleDemand; ///< per school
    std::vector<Applicant> m_sequence;
    std::vector<char> m_chosen;
    SeatLedger m_ledger;
    Matching m_rematch;
};

} // namespace Mk
