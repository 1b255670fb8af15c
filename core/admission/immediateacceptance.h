// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admissionproblem.h"
#include "admission/matching.h"
#include "admission/schoolchoice.h"

#include <vector>

namespace Mk {

/**
 * Adaptive ("modified") Boston mechanism, the decentral Dutch status quo (the "now-or-never" mechanism of Alcalde
 * (1996), J. Econ. Theory 69:240-254; Mennle & Seuken (2021), "Trade-offs in school choice: comparing deferred acceptance, the classic and
 * the adaptive Boston mechanism", Games Econ. Behav.). In each round every unplaced student applies to her most
 * preferred school that has not rejected her and still has a seat she could take (SchoolChoice::hasSeatFor at
 * the start of the round); each school admits from its applicants by its choice function, counting the seats
 * of its passes already given away in earlier rounds, and admissions are final.
 *
 * Not stable by design: MatchingVerifier reports its blocking pairs as justified envy. It is non-wasteful with
 * every policy except a hard reserve filled last: there a seat's pass is fixed when it is given, so an eligible
 * student admitted early on an open seat cannot move to an empty reserve seat to make room.
 */
class ImmediateAcceptance final : public MatchingMechanism
{
public:
    void match(const AdmissionProblem& problem, Matching& matching) override;
    bool isStable() const override { return false; }

private:
    std::vector<int> m_next;
    std::vector<std::vector<Applicant>> m_applications; ///< per school, this round
    std::vector<int> m_schoolsWithApplications;
    std::vector<int> m_active;
    std::vector<int> m_rejected;
    std::vector<char> m_chosen;
    SeatLedger m_ledger;
};

} // namespace Mk
