// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission/deferredacceptance.h"

#include <algorithm>
#include <numeric>

namespace Mk {

namespace {

// A plain school's held students: in the order they came while the school has free seats, and from the proposal that
// fills it a max-heap in std::make_heap's order (its worst student on top), which only the proposals that meet a full
// school read. The heap is kept by hand: the new student stays in registers while the hole moves, where std::pop_heap
// and std::push_heap store her and load her back at once (a stall that cost a fifth of a proposal, measured).
using HeldStudent = DeferredAcceptance::HeldStudent;

/** Puts `a` in the place of the top (the worst) of the max-heap `heap`, which is not empty. */
void replaceWorstHeld(std::vector<HeldStudent>& heap, const HeldStudent& a)
{
    const size_t n = heap.size();
    size_t hole = 0;
    for (size_t child = 1; child < n; child = 2 * hole + 1) {
        if (child + 1 < n && heap[child] < heap[child + 1])
            ++child;
        if (!(a < heap[child]))
            break;
        heap[hole] = heap[child];
        hole = child;
    }
    heap[hole] = a;
}

} // namespace

void DeferredAcceptance::start(const AdmissionProblem& problem)
{
    m_next.assign(static_cast<size_t>(problem.studentCount()), 0);
    const auto schools = static_cast<size_t>(problem.schoolCount());
    if (m_held.size() < schools) {
        m_held.resize(schools);
        m_heldPlain.resize(schools);
        m_proposals.resize(schools);
    }
    for (size_t c = 0; c < schools; ++c) {
        m_held[c].clear();
        m_heldPlain[c].clear();
        m_proposals[c].clear();
    }
    m_schoolsWithProposals.clear();
    m_rejected.clear();
    m_ledger.reset(problem);
}

// Forced inline into the rounds: called out of line, saving and restoring registers was a sixth of a proposal (measured).
Q_ALWAYS_INLINE bool DeferredAcceptance::propose(const AdmissionProblem& problem, int s)
{
    const int position = m_next[static_cast<size_t>(s)];
    const std::span<const int> list = problem.preferences(s);
    if (position >= static_cast<int>(list.size()))
        return false;
    const int c = list[static_cast<size_t>(position)];
    const AdmissionSchool& school = problem.school(c);
    if (school.plain) {
        // A plain school takes its proposals one by one, in any order, as choose() would in the round (its
        // choice is the capacity best). It reads only her priority there.
        std::vector<HeldStudent>& held = m_heldPlain[static_cast<size_t>(c)];
        const Applicant a = problem.applicant(s, position);
        const HeldStudent h{a.lottery, a.priorityClass, s};
        const auto capacity = static_cast<size_t>(school.capacity);
        if (held.size() < capacity) {
            held.push_back(h);
            if (held.size() == capacity)
                std::make_heap(held.begin(), held.end());
        } else if (capacity > 0 && h < held.front()) {
            m_rejected.push_back(held.front().student);
            replaceWorstHeld(held, h);
        } else {
            m_rejected.push_back(s);
        }
        return true;
    }
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
    const auto place = [&](int s, int c) {
        matching.school[static_cast<size_t>(s)] = c;
        matching.rank[static_cast<size_t>(s)] = m_next[static_cast<size_t>(s)] + 1;
    };
    for (int c = 0; c < problem.schoolCount(); ++c) {
        for (const Applicant& a : m_held[static_cast<size_t>(c)])
            place(a.student, c);
        for (const HeldStudent& h : m_heldPlain[static_cast<size_t>(c)])
            place(h.student, c);
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
        for (const int c : m_schoolsWithProposals) // none when a plain school took the proposal at once
            choose(problem, c);
        m_schoolsWithProposals.clear();
        for (const int r : m_rejected) {
            ++m_next[static_cast<size_t>(r)];
            m_queue.push_back(r);
        }
        m_rejected.clear();
    }
    finish(problem, matching);
}

} // namespace Mk
