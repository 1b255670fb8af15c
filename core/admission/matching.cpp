// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission/matching.h"

#include "admission/deferredacceptance.h"
#include "admission/immediateacceptance.h"

#include <algorithm>

namespace Mk {

int Matching::unassignedCount() const
{
    return static_cast<int>(std::count(school.begin(), school.end(), -1));
}

int Matching::countAtRank(int r) const
{
    return static_cast<int>(std::count(rank.begin(), rank.end(), r));
}

std::unique_ptr<MatchingMechanism> MatchingMechanism::create(MechanismKind kind)
{
    if (kind == MechanismKind::ImmediateAcceptance)
        return std::make_unique<ImmediateAcceptance>();
    return std::make_unique<DeferredAcceptance>();
}

} // namespace Mk
