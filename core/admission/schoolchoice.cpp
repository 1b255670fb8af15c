// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission/schoolchoice.h"

#include <algorithm>

namespace Mk {

namespace {

bool passAccepts(const SeatPass& pass, const Applicant& a)
{
    switch (pass.who) {
    case SeatPass::Who::Everyone:
        return true;
    case SeatPass::Who::ReserveEligible:
        return a.reserveEligible;
    case SeatPass::Who::SeatType:
        return a.seatType == pass.seatType;
    }
    return false;
}

} // namespace

void SeatLedger::reset(const AdmissionProblem& problem)
{
    m_typeCount = problem.typeCount();
    m_admitted.assign(static_cast<size_t>(problem.schoolCount()), 0);
    m_passUsed.assign(static_cast<size_t>(problem.passCount()), 0);
    m_typeAdmitted.assign(static_cast<size_t>(problem.schoolCount()) * static_cast<size_t>(m_typeCount), 0);
}

void SeatLedger::resetSchool(const AdmissionProblem& problem, int school)
{
    const AdmissionSchool& s = problem.school(school);
    m_admitted[static_cast<size_t>(school)] = 0;
    std::fill_n(m_passUsed.begin() + s.firstPass, s.passCount, 0);
    std::fill_n(m_typeAdmitted.begin() + static_cast<qsizetype>(school) * m_typeCount, m_typeCount, 0);
}

int SchoolChoice::choose(const AdmissionProblem& problem, int school, std::span<const Applicant> applicants, std::span<char> chosen,
                         SeatLedger& ledger)
{
    const AdmissionSchool& s = problem.school(school);
    int& admitted = ledger.m_admitted[static_cast<size_t>(school)];
    const int before = admitted;
    int* typeAdmitted = ledger.m_typeAdmitted.data() + static_cast<qsizetype>(school) * ledger.m_typeCount;
    const std::span<const int> ceilings = problem.ceilings();
    const std::span<const SeatPass> passes = problem.passes(school);
    const size_t n = applicants.size();
    for (size_t p = 0; p < passes.size() && admitted < s.capacity; ++p) {
        const SeatPass& pass = passes[p];
        int& used = ledger.m_passUsed[static_cast<size_t>(s.firstPass) + p];
        const int* ceiling = pass.ceilings < 0 ? nullptr : ceilings.data() + pass.ceilings;
        for (size_t i = 0; i < n && used < pass.seats && admitted < s.capacity; ++i) {
            const Applicant& a = applicants[i];
            if (chosen[i] || !passAccepts(pass, a))
                continue;
            if (ceiling && typeAdmitted[a.seatType] >= ceiling[a.seatType])
                continue;
            chosen[i] = 1;
            ++used;
            ++admitted;
            ++typeAdmitted[a.seatType];
        }
    }
    return admitted - before;
}

int SchoolChoice::chooseUnsorted(const AdmissionProblem& problem, int school, std::span<Applicant> applicants, std::span<char> chosen,
                                 SeatLedger& ledger)
{
    const AdmissionSchool& s = problem.school(school);
    if (!s.plain) {
        std::sort(applicants.begin(), applicants.end());
        return choose(problem, school, applicants, chosen, ledger);
    }
    int& admitted = ledger.m_admitted[static_cast<size_t>(school)];
    const auto room = static_cast<size_t>(std::max(0, s.capacity - admitted));
    const size_t taken = std::min(room, applicants.size());
    if (taken < applicants.size())
        std::nth_element(applicants.begin(), applicants.begin() + static_cast<qsizetype>(taken), applicants.end());
    int* typeAdmitted = ledger.m_typeAdmitted.data() + static_cast<qsizetype>(school) * ledger.m_typeCount;
    for (size_t i = 0; i < taken; ++i) {
        chosen[i] = 1;
        ++typeAdmitted[applicants[i].seatType];
    }
    admitted += static_cast<int>(taken);
    ledger.m_passUsed[static_cast<size_t>(s.firstPass)] += static_cast<int>(taken);
    return static_cast<int>(taken);
}

bool SchoolChoice::hasSeatFor(const AdmissionProblem& problem, int school, const Applicant& applicant, const SeatLedger& ledger)
{
    const AdmissionSchool& s = problem.school(school);
    if (ledger.admitted(school) >= s.capacity)
        return false;
    const int* typeAdmitted = ledger.m_typeAdmitted.data() + static_cast<qsizetype>(school) * ledger.m_typeCount;
    const std::span<const SeatPass> passes = problem.passes(school);
    for (size_t p = 0; p < passes.size(); ++p) {
        const SeatPass& pass = passes[p];
        if (ledger.m_passUsed[static_cast<size_t>(s.firstPass) + p] >= pass.seats || !passAccepts(pass, applicant))
            continue;
        if (pass.ceilings >= 0 && typeAdmitted[applicant.seatType] >= problem.ceilings()[static_cast<size_t>(pass.ceilings + applicant.seatType)])
            continue;
        return true;
    }
    return false;
}

} // namespace Mk
