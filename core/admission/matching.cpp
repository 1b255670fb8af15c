// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission/matching.h"

#include "admission/admissionproblem.h"
#include "admission/deferredacceptance.h"
#include "admission/immediateacceptance.h"

#include <algorithm>
#include <span>
#include <vector>

namespace Mk {

int Matching::unassignedCount() const
{
    return static_cast<int>(std::count(school.begin(), school.end(), -1));
}

int Matching::countAtRank(int r) const
{
    return static_cast<int>(std::count(rank.begin(), rank.end(), r));
}

bool MatchingMechanism::placeAtFirstChoices(const AdmissionProblem& problem, Matching& matching)
{
    const int students = problem.studentCount();
    std::vector<char> roomy(static_cast<size_t>(problem.schoolCount()));
    for (int c = 0; c < problem.schoolCount(); ++c)
        roomy[static_cast<size_t>(c)] = problem.school(c).plain && problem.school(c).capacity >= students ? 1 : 0;
    matching.reset(students);
    for (int s = 0; s < students; ++s) {
        const std::span<const int> list = problem.preferences(s);
        if (list.empty())
            continue;
        if (!roomy[static_cast<size_t>(list.front())])
            return false;
        matching.school[static_cast<size_t>(s)] = list.front();
        matching.rank[static_cast<size_t>(s)] = 1;
    }
    return true;
}

std::unique_ptr<MatchingMechanism> MatchingMechanism::create(MechanismKind kind)
{
    if (kind == MechanismKind::ImmediateAcceptance)
        return std::make_unique<ImmediateAcceptance>();
    return std::make_unique<DeferredAcceptance>();
}

} // namespace Mk
