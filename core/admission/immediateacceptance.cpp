// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission/immediateacceptance.h"

#include <algorithm>
#include <numeric>

namespace Mk {

void ImmediateAcceptance::match(const AdmissionProblem& problem, Matching& matching)
{
    if (placeAtFirstChoices(problem, matching))
        return;
    const auto schools = static_cast<size_t>(problem.schoolCount());
    matching.reset(problem.studentCount());
    m_next.assign(static_cast<size_t>(problem.studentCount()), 0);
    if (m_applications.size() < schools)
        m_applications.resize(schools);
    for (size_t c = 0; c < schools; ++c)
        m_applications[c].clear();
    m_ledger.reset(problem);
    m_active.resize(static_cast<size_t>(problem.studentCount()));
    std::iota(m_active.begin(), m_active.end(), 0);
    while (!m_active.empty()) {
        // Every student picks her school from the seats left at the start of the round.
        for (const int s : m_active) {
            const std::span<const int> list = problem.preferences(s);
            int& next = m_next[static_cast<size_t>(s)];
            for (; next < static_cast<int>(list.size()); ++next) {
                const int c = list[static_cast<size_t>(next)];
                const Applicant a = problem.applicant(s, next);
                if (!SchoolChoice::hasSeatFor(problem, c, a, m_ledger))
                    continue;
                std::vector<Applicant>& applications = m_applications[static_cast<size_t>(c)];
                if (applications.empty())
                    m_schoolsWithApplications.push_back(c);
                applications.push_back(a);
                break;
            }
        }
        m_rejected.clear();
        for (const int c : m_schoolsWithApplications) {
            std::vector<Applicant>& applications = m_applications[static_cast<size_t>(c)];
            m_chosen.assign(applications.size(), 0);
            SchoolChoice::chooseUnsorted(problem, c, applications, m_chosen, m_ledger);
            for (size_t i = 0; i < applications.size(); ++i) {
                const auto s = static_cast<size_t>(applications[i].student);
                if (m_chosen[i]) {
                    matching.school[s] = c;
                    matching.rank[s] = m_next[s] + 1;
                } else {
                    ++m_next[s];
                    m_rejected.push_back(applications[i].student);
                }
            }
            applications.clear();
        }
        m_schoolsWithApplications.clear();
        m_active.swap(m_rejected);
    }
}

} // namespace Mk
