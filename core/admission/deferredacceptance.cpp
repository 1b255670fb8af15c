// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission/deferredacceptance.h"

#include <algorithm>
#include <numeric>

namespace Mk {

void DeferredAcceptance::start(const AdmissionProblem& problem)
{
    m_next.assign(static_cast<size_t>(problem.studentCount()), 0);
    const auto schools = static_cast<size_t>(problem.schoolCount());
    if (m_held.size() < schools) {
        m_held.resize(schools);
        m_proposals.resize(schools);
    }
    for (size_t c = 0; c < schools; ++c) {
        m_held[c].clear();
        m_proposals[c].clear();
    }
    m_schoolsWithProposals.clear();
    m_rejected.clear();
    m_ledger.reset(problem);
}

bool DeferredAcceptance::propose(const AdmissionProblem& problem, int s)
{
    const int position = m_next[static_cast<size_t>(s)];
    const std::span<const int> list = problem.preferences(s);
    if (position >= static_cast<int>(list.size()))
        return false;
    const int c = list[static_cast<size_t>(position)];
    std::vector<Applicant>& proposals = m_proposals[static_cast<size_t>(c)];
    if (proposals.empty())
        m_schoolsWithProposals.push_back(c);
    proposals.push_back(problem.applicant(s, position));
    return true;
}

void DeferredAcceptance::choose(const AdmissionProblem& problem, int c)
{
    std::vector<Applicant>& proposals = m_proposals[static_cast<size_t>(c)];
    std::vector<Applicant>& held = m_held[static_cast<size_t>(c)];
    const AdmissionSchool& school = problem.school(c);
    if (school.plain) {
        // The capacity best is all a plain school needs: a max-heap with the worst held student on top.
        const auto capacity = static_cast<size_t>(school.capacity);
        for (const Applicant& a : proposals) {
            if (held.size() < capacity) {
                held.push_back(a);
                std::push_heap(held.begin(), held.end());
            } else if (capacity > 0 && a < held.front()) {
                m_rejected.push_back(held.front().student);
                std::pop_heap(held.begin(), held.end());
                held.back() = a;
                std::push_heap(held.begin(), held.end());
            } else {
                m_rejected.push_back(a.student);
            }
        }
        proposals.clear();
        return;
    }
    std::sort(proposals.begin(), proposals.end());
    m_merged.resize(held.size() + proposals.size());
    std::merge(held.begin(), held.end(), proposals.begin(), proposals.end(), m_merged.begin());
    proposals.clear();
    held.clear();
    m_chosen.assign(m_merged.size(), 0);
    m_ledger.resetSchool(problem, c);
    SchoolChoice::choose(problem, c, m_merged, m_chosen, m_ledger);
    for (size_t i = 0; i < m_merged.size(); ++i) {
        if (m_chosen[i])
            held.push_back(m_merged[i]);
        else
            m_rejected.push_back(m_merged[i].student);
    }
}

void DeferredAcceptance::finish(const AdmissionProblem& problem, Matching& matching) const
{
    matching.reset(problem.studentCount());
    for (int c = 0; c < problem.schoolCount(); ++c) {
        for (const Applicant& a : m_held[static_cast<size_t>(c)]) {
            matching.school[static_cast<size_t>(a.student)] = c;
            matching.rank[static_cast<size_t>(a.student)] = m_next[static_cast<size_t>(a.student)] + 1;
        }
    }
}

void DeferredAcceptance::match(const AdmissionProblem& problem, Matching& matching)
{
    matchInRounds(problem, nullptr, matching);
}

void DeferredAcceptance::match(const AdmissionProblem& problem, ListSource& lists, Matching& matching)
{
    matchInRounds(problem, &lists, matching);
}

void DeferredAcceptance::matchInRounds(const AdmissionProblem& problem, ListSource* lists, Matching& matching)
{
    // Every student proposes to her first school at least, so heads of lists tell whether all first choices fit.
    if (placeAtFirstChoices(problem, matching))
        return;
    start(problem);
    m_queue.resize(static_cast<size_t>(problem.studentCount()));
    std::iota(m_queue.begin(), m_queue.end(), 0);
    while (!m_queue.empty()) {
        for (const int s : m_queue)
            if (!propose(problem, s) && lists && lists->extend(s))
                propose(problem, s);
        for (const int c : m_schoolsWithProposals)
            choose(problem, c);
        m_schoolsWithProposals.clear();
        for (const int s : m_rejected)
            ++m_next[static_cast<size_t>(s)];
        m_queue.swap(m_rejected);
        m_rejected.clear();
    }
    finish(problem, matching);
}

void DeferredAcceptance::matchInOrder(const AdmissionProblem& problem, std::span<const int> order, Matching& matching)
{
    start(problem);
    // A stack: the student just turned away proposes next, before those still waiting for their first turn.
    m_queue.assign(order.rbegin(), order.rend());
    while (!m_queue.empty()) {
        const int s = m_queue.back();
        m_queue.pop_back();
        if (!propose(problem, s))
            continue;
        const int c = m_schoolsWithProposals.back();
        m_schoolsWithProposals.clear();
        choose(problem, c);
        for (const int r : m_rejected) {
            ++m_next[static_cast<size_t>(r)];
            m_queue.push_back(r);
        }
        m_rejected.clear();
    }
    finish(problem, matching);
}

} // namespace Mk
