// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

namespace Mk {

class AdmissionProblem;

/** The outcome of one matching: per student the school index (-1 unplaced) and the rank obtained (1-based, 0 unplaced). */
struct Matching {
    std::vector<int> school;
    std::vector<int> rank;

    void reset(int students)
    {
        school.assign(static_cast<size_t>(students), -1);
        rank.assign(static_cast<size_t>(students), 0);
    }
    int studentCount() const { return static_cast<int>(school.size()); }
    int unassignedCount() const;
    /** Students placed at the school they listed at `rank` (1 = first choice). */
    int countAtRank(int rank) const;

    bool operator==(const Matching&) const = default;
};

/** The two mechanisms the rules offer. */
enum class MechanismKind { DeferredAcceptance, ImmediateAcceptance };

/**
 * A matching mechanism with its own reusable workspace: match() may be called again and again (one per
 * Monte-Carlo run) without allocating once the buffers have grown. Not thread-safe: one object per thread.
 */
class MatchingMechanism
{
public:
    virtual ~MatchingMechanism() = default;
    virtual void match(const AdmissionProblem& problem, Matching& matching) = 0;
    /** True when every matching is stable by design (deferred acceptance), false for immediate acceptance. */
    virtual bool isStable() const = 0;

    static std::unique_ptr<MatchingMechanism> create(MechanismKind kind);

protected:
    /**
     * Where the first school on every student's list is plain with room for all students, each of them is admitted
     * there in the first round of either mechanism and nothing else happens: fills `matching` so (rank 1; an empty
     * list unplaced) and returns true. Otherwise returns false, and `matching` is to be filled by the mechanism.
     */
    static bool placeAtFirstChoices(const AdmissionProblem& problem, Matching& matching);
};

} // namespace Mk
