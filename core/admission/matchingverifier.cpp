// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission/matchingverifier.h"

#include <algorithm>
#include <bit>
#include <climits>

namespace Mk {

namespace {

/** A rank as a quality, lower is better: unplaced (rank 0) is worst. */
int placementOrder(int rank)
{
    return rank == 0 ? INT_MAX : rank;
}

/**
 * The place of school c on a list, or the list's length when it is not there. The rank the mechanism states is where
 * to look first: a list holds each school once, so where it names c no other place does.
 */
int placeOf(std::span<const int> list, int c, int rank)
{
    if (rank >= 1 && rank <= static_cast<int>(list.size()) && list[static_cast<size_t>(rank - 1)] == c)
        return rank - 1;
    return static_cast<int>(std::find(list.begin(), list.end(), c) - list.begin());
}

/** Applicant's priority order as one unsigned integer (GCC and Clang's 128-bit type; __extension__ for -Wpedantic). */
__extension__ using PriorityKey = unsigned __int128;

/**
 * (class, lottery, student) packed so that the integers order as Applicant::operator< does: a non-negative double's
 * bits order as its value (+ 0.0 turns −0 into +0), and classes and students are non-negative. A school's worst
 * student is then the maximum of these keys, which compiles without the branches of the lexicographic comparison:
 * over the few hundred held of a school, the mispredicted class comparison made that search 40 % of collectHeld()
 * (perf).
 */
PriorityKey priorityKey(const Applicant& a)
{
    const auto lotteryBits = std::bit_cast<quint64>(a.lottery + 0.0);
    return (PriorityKey{static_cast<quint32>(a.priorityClass)} << 96) | (PriorityKey{lotteryBits} << 32) | static_cast<quint32>(a.student);
}

/** The worst of a plain school's held students, by priorityKey(). */
std::vector<Applicant>::iterator worstOf(std::vector<Applicant>::iterator begin, std::vector<Applicant>::iterator end)
{
    auto worst = begin;
    PriorityKey worstKey = priorityKey(*begin);
    for (auto it = begin + 1; it != end; ++it) {
        const PriorityKey key = priorityKey(*it);
        const bool later = key > worstKey;
        worstKey = later ? key : worstKey;
        worst = later ? it : worst;
    }
    return worst;
}

} // namespace

std::span<const Applicant> MatchingVerifier::held(int c) const
{
    const auto begin = static_cast<size_t>(m_heldOffsets[static_cast<size_t>(c)]);
    return std::span<const Applicant>(m_held).subspan(begin, static_cast<size_t>(m_heldOffsets[static_cast<size_t>(c) + 1]) - begin);
}

void MatchingVerifier::collectHeld(const AdmissionProblem& problem, const Matching& matching, MatchingCheck& result)
{
    const int schools = problem.schoolCount();
    m_heldOffsets.assign(static_cast<size_t>(schools) + 1, 0);
    m_held.clear();
    for (int s = 0; s < problem.studentCount(); ++s) {
        const int c = matching.school[static_cast<size_t>(s)];
        if (c >= 0 && c < schools)
            ++m_heldOffsets[static_cast<size_t>(c) + 1];
    }
    for (int c = 0; c < schools; ++c)
        m_heldOffsets[static_cast<size_t>(c) + 1] += m_heldOffsets[static_cast<size_t>(c)];
    m_held.resize(static_cast<size_t>(m_heldOffsets.back()));
    std::vector<int>& fill = m_eligibleDemand; // borrowed as the fill cursor until check() resets it
    fill.assign(m_heldOffsets.begin(), m_heldOffsets.end() - 1);
    for (int s = 0; s < problem.studentCount(); ++s) {
        const int c = matching.school[static_cast<size_t>(s)];
        const int rank = matching.rank[static_cast<size_t>(s)];
        if (c < 0 || c >= schools) {
            result.listViolations += (c == -1 && rank == 0) ? 0 : 1;
            continue;
        }
        const std::span<const int> list = problem.preferences(s);
        const int position = placeOf(list, c, rank);
        Applicant a;
        if (position == static_cast<int>(list.size())) {
            ++result.listViolations;
            a = Applicant{problem.lottery(s), INT_MAX, s, problem.seatType(s), problem.isReserveEligible(s)};
        } else {
            result.listViolations += rank == position + 1 ? 0 : 1;
            a = problem.applicant(s, position);
        }
        m_held[static_cast<size_t>(fill[static_cast<size_t>(c)]++)] = a;
    }
    // A plain school within its capacity needs only its worst student (kept last); the others their priority order.
    for (int c = 0; c < schools; ++c) {
        const auto begin = m_held.begin() + m_heldOffsets[static_cast<size_t>(c)], end = m_held.begin() + m_heldOffsets[static_cast<size_t>(c) + 1];
        const AdmissionSchool& school = problem.school(c);
        if (school.plain && end - begin <= school.capacity) {
            if (begin != end)
                std::iter_swap(worstOf(begin, end), end - 1);
        } else {
            std::sort(begin, end);
        }
    }
}

int MatchingVerifier::overfilled(const AdmissionProblem& problem, int c) const
{
    const AdmissionSchool& school = problem.school(c);
    const std::span<const Applicant> h = held(c);
    const int total = static_cast<int>(h.size());
    const int overCapacity = std::max(0, total - school.capacity);
    if (school.fillsToCapacity)
        return overCapacity;
    // A hard policy: students with no dedicated seat (reserve or pool) must fit in the seats open to everyone.
    int everyone = 0;
    int dedicatedSeatsUsed = 0;
    for (const SeatPass& pass : problem.passes(c)) {
        if (pass.who == SeatPass::Who::Everyone) {
            everyone += pass.seats;
        } else if (pass.who == SeatPass::Who::ReserveEligible) {
            const auto eligible = static_cast<int>(std::count_if(h.begin(), h.end(), [](const Applicant& a) { return a.reserveEligible; }));
            dedicatedSeatsUsed += std::min(eligible, pass.seats);
        } else {
            const auto ofType = static_cast<int>(std::count_if(h.begin(), h.end(), [&](const Applicant& a) { return a.seatType == pass.seatType; }));
            dedicatedSeatsUsed += std::min(ofType, pass.seats);
        }
    }
    const int withoutDedicatedSeat = total - dedicatedSeatsUsed;
    return std::max(overCapacity, withoutDedicatedSeat - std::min(everyone, school.capacity));
}

bool MatchingVerifier::chosenAt(const AdmissionProblem& problem, int c, const Applicant& profile, int place, bool wholeSet)
{
    const std::span<const Applicant> h = held(c);
    m_sequence.assign(h.begin(), h.begin() + place);
    m_sequence.push_back(profile);
    m_sequence.insert(m_sequence.end(), h.begin() + place, h.end());
    m_chosen.assign(m_sequence.size(), 0);
    m_ledger.resetSchool(problem, c);
    const int admitted = SchoolChoice::choose(problem, c, m_sequence, m_chosen, m_ledger);
    return wholeSet ? admitted == static_cast<int>(m_sequence.size()) : m_chosen[static_cast<size_t>(place)] != 0;
}

int MatchingVerifier::lastAdmittingPlace(const AdmissionProblem& problem, int c, const Applicant& profile)
{
    const size_t key = static_cast<size_t>(c) * 2 * static_cast<size_t>(problem.typeCount())
                       + (profile.reserveEligible ? static_cast<size_t>(problem.typeCount()) : 0) + static_cast<size_t>(profile.seatType);
    int& cutoff = m_cutoffs[key];
    if (cutoff != -2)
        return cutoff;
    const int size = static_cast<int>(held(c).size());
    if (!chosenAt(problem, c, profile, 0, false)) {
        cutoff = -1;
    } else if (chosenAt(problem, c, profile, size, false)) {
        cutoff = size;
    } else {
        int lo = 0, hi = size; // chosen at lo, not at hi
        while (hi - lo > 1) {
            const int mid = lo + (hi - lo) / 2;
            (chosenAt(problem, c, profile, mid, false) ? lo : hi) = mid;
        }
        cutoff = lo;
    }
    return cutoff;
}

bool MatchingVerifier::takes(const AdmissionProblem& problem, int c, const Applicant& a, bool wholeSet)
{
    const AdmissionSchool& school = problem.school(c);
    const std::span<const Applicant> h = held(c);
    const int size = static_cast<int>(h.size());
    if (wholeSet && school.fillsToCapacity)
        return size + 1 <= school.capacity;
    if (school.plain && size <= school.capacity)
        return size < school.capacity || (size > 0 && a < h.back()); // the cutoff test of a plain school
    const int place = static_cast<int>(std::lower_bound(h.begin(), h.end(), a) - h.begin());
    if (school.plain)
        return place < school.capacity;
    if (wholeSet)
        return chosenAt(problem, c, a, place, true);
    return place <= lastAdmittingPlace(problem, c, a);
}

MatchingCheck MatchingVerifier::check(const AdmissionProblem& problem, const Matching& matching, bool stableByDesign)
{
    MatchingCheck result;
    const int schools = problem.schoolCount();
    collectHeld(problem, matching, result);
    m_ledger.reset(problem);
    m_cutoffs.assign(static_cast<size_t>(schools) * 2 * static_cast<size_t>(problem.typeCount()), -2);
    m_eligibleDemand.assign(static_cast<size_t>(schools), 0);
    for (int c = 0; c < schools; ++c) {
        result.capacityViolations += overfilled(problem, c);
        for (const Applicant& a : held(c))
            m_eligibleDemand[static_cast<size_t>(c)] += a.reserveEligible ? 1 : 0;
    }
    int blocking = 0;
    for (int s = 0; s < problem.studentCount(); ++s) {
        const std::span<const int> list = problem.preferences(s);
        const int c0 = matching.school[static_cast<size_t>(s)];
        const int matchedAt = placeOf(list, c0, matching.rank[static_cast<size_t>(s)]);
        for (int p = 0; p < matchedAt; ++p) {
            const int c = list[static_cast<size_t>(p)];
            const Applicant a = problem.applicant(s, p);
            m_eligibleDemand[static_cast<size_t>(c)] += a.reserveEligible ? 1 : 0;
            if (!takes(problem, c, a, false))
                continue;
            ++blocking;
            result.wastefulPairs += takes(problem, c, a, true) ? 1 : 0;
        }
    }
    int reserveShort = 0;
    for (int c = 0; c < schools; ++c) {
        const int reserve = problem.school(c).reserveSeats;
        if (reserve == 0)
            continue;
        const std::span<const Applicant> h = held(c);
        const auto admitted = static_cast<int>(std::count_if(h.begin(), h.end(), [](const Applicant& a) { return a.reserveEligible; }));
        reserveShort += admitted < std::min(reserve, m_eligibleDemand[static_cast<size_t>(c)]) ? 1 : 0;
    }
    (stableByDesign ? result.blockingPairs : result.justifiedEnvy) = blocking;
    (stableByDesign ? result.reserveViolations : result.reserveShortfalls) = reserveShort;
    return result;
}

EligibilityCheck MatchingVerifier::checkEligibility(AdmissionProblem& problem, const Matching& matching, std::span<const int> students,
                                                    MatchingMechanism& mechanism)
{
    EligibilityCheck result;
    for (const int s : students) {
        const bool eligible = problem.isReserveEligible(s);
        problem.setReserveEligible(s, !eligible);
        mechanism.match(problem, m_rematch);
        problem.setReserveEligible(s, eligible);
        const int current = matching.rank[static_cast<size_t>(s)];
        const int toggled = m_rematch.rank[static_cast<size_t>(s)];
        const int withFlag = eligible ? current : toggled;
        const int withoutFlag = eligible ? toggled : current;
        ++result.students;
        result.hurt += placementOrder(withFlag) > placementOrder(withoutFlag) ? 1 : 0;
    }
    return result;
}

} // namespace Mk
