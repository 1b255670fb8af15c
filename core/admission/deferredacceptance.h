// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admissionproblem.h"
#include "admission/matching.h"
#include "admission/schoolchoice.h"

#include <span>
#include <tuple>
#include <vector>

namespace Mk {

/** Where a student's preference list goes on once she has proposed to every school on it (DeferredAcceptance::match). */
class ListSource
{
public:
    virtual ~ListSource() = default;
    /**
     * Appends the rest of student s's list to the problem being matched (AdmissionProblem::extendList); false when
     * her list has no more schools. Asked only when s has proposed to every school on her list so far.
     */
    virtual bool extend(int s) = 0;
};

/**
 * Student-proposing deferred acceptance (Gale & Shapley (1962), Amer. Math. Monthly 69:9-15; for school choice
 * with priorities broken by lottery Abdulkadiroğlu & Sönmez (2003), Amer. Econ. Rev. 93:729-747), each school
 * holding Ch_c(held ∪ new proposers) with the choice function of SchoolChoice.
 *
 * Cumulative offers (Hatfield & Milgrom (2005), Amer. Econ. Rev. 95:913-935) are not needed: a student has one
 * contract with each school and every Ch_c is substitutable and ignores rejected students (SchoolChoice), so a
 * student rejected once would be rejected from any larger set of offers, and Ch_c(held ∪ new) equals the choice
 * from all offers made so far. The outcome is then the student-optimal stable matching (Hatfield & Milgrom 2005),
 * whatever the order of proposals (Hirata & Kasuya (2014), Economics Letters 124:37-40); tie-breaking is single or
 * multiple as the problem says.
 *
 * match() lets all free students propose at once in rounds. A plain school takes each proposal as it comes (its
 * choice is the capacity best, so the order within a round does not matter): while it has free seats by adding the
 * student, once full into a heap with its worst student on top (O(log capacity) per proposal); a school with a seat
 * policy chooses once per round, merging its sorted list with the round's proposals and running its passes.
 * matchInOrder() makes one proposal at a time from a stack of students
 * (McVitie & Wilson (1971), Commun. ACM 14:486-490): the same outcome by another route, for tests.
 *
 * Because the outcome does not depend on the order of proposals (McVitie & Wilson 1971 for Gale & Shapley's
 * algorithm; Hirata & Kasuya 2014 for these choice functions), a student's list need not be known beyond the school
 * she is placed at: match() with a ListSource starts from lists that may be heads of the students' lists and asks
 * for the rest of a list only when its student has been turned away by all of it; she then goes on proposing down the
 * rest. Each student makes the proposals she makes on her whole list, so the matching is the one of the whole lists.
 */
class DeferredAcceptance final : public MatchingMechanism
{
public:
    void match(const AdmissionProblem& problem, Matching& matching) override;
    /**
     * The same, with `lists` asked for the rest of a student's list when she runs out of schools; it appends to
     * `problem` (so `problem` then holds each list at least up to its student's placement). A head must hold the
     * first school of a list that has any.
     */
    void match(const AdmissionProblem& problem, ListSource& lists, Matching& matching);
    /** One proposal at a time; `order` (a permutation of the students) is the order of the first proposals. */
    void matchInOrder(const AdmissionProblem& problem, std::span<const int> order, Matching& matching);
    bool isStable() const override { return true; }

    /** A student held by a plain school: its priority over her (Applicant's order), in 16 bytes. */
    struct HeldStudent {
        double lottery = 0.0;
        int priorityClass = 0;
        int student = 0;

        bool operator<(const HeldStudent& other) const
        {
            return std::tie(priorityClass, lottery, student) < std::tie(other.priorityClass, other.lottery, other.student);
        }
    };

private:
    void start(const AdmissionProblem& problem);
    /** The rounds of match(); `lists` may be null (the lists are whole). */
    void matchInRounds(const AdmissionProblem& problem, ListSource* lists, Matching& matching);
    /**
     * Student s proposes to the next school on her list; false when her list is exhausted. A plain school decides at
     * once (the student it turns away goes to m_rejected); a school with a seat policy keeps the proposal for choose().
     */
    bool propose(const AdmissionProblem& problem, int s);
    /** School c (not plain) chooses from what it holds and its new proposals; the students it turns away go to m_rejected. */
    void choose(const AdmissionProblem& problem, int c);
    void finish(const AdmissionProblem& problem, Matching& matching) const;

    std::vector<int> m_next; ///< per student: position on her list of the school she proposes to next
    std::vector<std::vector<Applicant>> m_held;       ///< per school with a seat policy: held, sorted by priority
    std::vector<std::vector<HeldStudent>> m_heldPlain; ///< per plain school: held, a max-heap (worst on top) once full
    std::vector<std::vector<Applicant>> m_proposals; ///< per school, this round's new proposals
    std::vector<int> m_schoolsWithProposals;
    std::vector<Applicant> m_merged;
    std::vector<char> m_chosen;
    std::vector<int> m_queue;
    std::vector<int> m_rejected;
    SeatLedger m_ledger;
};

} // namespace Mk
