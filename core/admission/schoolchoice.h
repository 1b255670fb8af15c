// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admissionproblem.h"

#include <span>
#include <vector>

namespace Mk {

/**
 * Seats already taken at every school of a problem: per pass, per seat type and in all. Deferred acceptance
 * and the verifier start a school's choice from an empty ledger; immediate acceptance keeps it across
 * rounds, because its admissions are final.
 */
class SeatLedger
{
public:
    void reset(const AdmissionProblem& problem);
    void resetSchool(const AdmissionProblem& problem, int school);

    int admitted(int school) const { return m_admitted[static_cast<size_t>(school)]; }

private:
    friend class SchoolChoice;
    int m_typeCount = 1;
    std::vector<int> m_admitted;     ///< per school
    std::vector<int> m_passUsed;     ///< per pass of the problem
    std::vector<int> m_typeAdmitted; ///< per school x seat type
};

/**
 * The one choice function Ch_c of every school, shared by the mechanisms and the verifier: the school's
 * SeatPasses run in order over its applicants in priority order (see SeatPass and SeatPolicy).
 *
 * Each policy is a sequence of slot-specific priorities with a single contract per student and school, so
 * Ch_c is substitutable and satisfies irrelevance of rejected contracts and the law of aggregate demand
 * (Echenique & Yenmez (2015), Amer. Econ. Rev. 105:2679-2694; for soft bounds Ehlers et al. (2014)).
 * It also respects improvements: a student chosen at some place in the priority order is chosen at any
 * better place, and a reserve-eligible student is chosen wherever she would be without the flag (in every pass
 * before the one that takes her she is skipped and changes nothing; in that pass she arrives no later, with
 * no more seats taken). MatchingVerifier relies on this to find per-school cutoffs by bisection.
 */
class SchoolChoice
{
public:
    /**
     * Runs the passes of `school` over `applicants` (sorted by priority, best first) and sets chosen[i] = 1
     * for each admitted applicant (entries already 1 are kept and not counted again). The seats taken are
     * added to `ledger`, whose earlier entries for the school count as taken. Returns the number admitted.
     */
    static int choose(const AdmissionProblem& problem, int school, std::span<const Applicant> applicants, std::span<char> chosen,
                      SeatLedger& ledger);
    /**
     * choose() for applicants in any order, which it reorders: a plain school only selects the best it has room
     * for (O(n), no sort); the others are sorted first. chosen[] refers to the reordered applicants.
     */
    static int chooseUnsorted(const AdmissionProblem& problem, int school, std::span<Applicant> applicants, std::span<char> chosen,
                              SeatLedger& ledger);
    /** Whether `school` would admit `applicant` on her own, given the seats `ledger` has taken. */
    static bool hasSeatFor(const AdmissionProblem& problem, int school, const Applicant& applicant, const SeatLedger& ledger);
};

} // namespace Mk
