// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admissionproblem.h"
#include "admission/matching.h"
#include "admission/schoolchoice.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>
#include <vector>

/** Random school-choice markets and a brute-force stability check for the admission tests. */
namespace AdmissionTestMarkets {

struct Shape {
    int students = 40;
    int schools = 5;
    int maxList = 4;
    int classes = 3;
    bool policies = false;       ///< reserves, pools and bounds at random schools (two seat types)
    bool hardReserveLast = true; ///< allow hard reserves filled last (immediate acceptance may waste seats there)
    bool softOnly = false;       ///< only policies whose unused seats revert to everyone
    Mk::TieBreaking tieBreaking = Mk::TieBreaking::Single;
};

inline int uniformInt(std::mt19937_64& rng, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

/** A market of 5-80 students, 2-8 schools and lists of 1-6 schools (the size used by most tests). */
inline Shape randomShape(std::mt19937_64& rng)
{
    Shape shape;
    shape.students = uniformInt(rng, 5, 80);
    shape.schools = uniformInt(rng, 2, 8);
    shape.maxList = uniformInt(rng, 1, 6);
    return shape;
}

/**
 * Calls `test(shape)` for 100 random shapes (randomShape) with each combination of seat policies (without, with) and
 * tie-breaking (single, multiple): 400 markets in all; stops after the first failing one.
 */
template<typename Test>
void forEachShape(std::mt19937_64& rng, Test&& test)
{
    for (const bool policies : {false, true})
        for (const Mk::TieBreaking tieBreaking : {Mk::TieBreaking::Single, Mk::TieBreaking::Multiple})
            for (int run = 0; run < 100; ++run) {
                Shape shape = randomShape(rng);
                shape.policies = policies;
                shape.tieBreaking = tieBreaking;
                test(shape);
                if (QTest::currentTestFailed())
                    return;
            }
}

inline Mk::SeatPolicy randomPolicy(std::mt19937_64& rng, int capacity, const Shape& shape)
{
    using Mk::SeatPolicy;
    switch (uniformInt(rng, 0, 3)) {
    case 1: {
        const auto precedence = uniformInt(rng, 0, 1) ? SeatPolicy::Precedence::First : SeatPolicy::Precedence::Last;
        bool soft = shape.softOnly || uniformInt(rng, 0, 1) == 1;
        if (!shape.hardReserveLast && precedence == SeatPolicy::Precedence::Last)
            soft = true;
        return SeatPolicy::reserve(uniformInt(rng, 0, capacity), precedence, soft);
    }
    case 2: {
        const int first = uniformInt(rng, 0, capacity);
        return SeatPolicy::typePools({first, capacity - first}, shape.softOnly || uniformInt(rng, 0, 1) == 1);
    }
    case 3: {
        const int floor0 = uniformInt(rng, 0, capacity), floor1 = uniformInt(rng, 0, capacity - floor0);
        return SeatPolicy::softBounds({floor0, floor1}, {uniformInt(rng, floor0, capacity), uniformInt(rng, floor1, capacity)});
    }
    default:
        return SeatPolicy::plain();
    }
}

/** A problem with the random schools of randomMarket() and no students yet: the same for the same state of `rng`. */
inline Mk::AdmissionProblem randomSchools(std::mt19937_64& rng, const Shape& shape)
{
    Mk::AdmissionProblem p;
    p.clear(shape.policies ? 2 : 1, shape.tieBreaking);
    const double seatsPerStudent = std::uniform_real_distribution<double>(0.5, 1.3)(rng);
    const int meanCapacity = std::max(1, static_cast<int>(seatsPerStudent * shape.students / shape.schools));
    for (int c = 0; c < shape.schools; ++c) {
        const int capacity = uniformInt(rng, 1, 2 * meanCapacity);
        p.addSchool(capacity, shape.policies ? randomPolicy(rng, capacity, shape) : Mk::SeatPolicy::plain());
    }
    return p;
}

inline Mk::AdmissionProblem randomMarket(std::mt19937_64& rng, const Shape& shape)
{
    Mk::AdmissionProblem p = randomSchools(rng, shape);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<int> schools(static_cast<size_t>(shape.schools));
    for (int s = 0; s < shape.students; ++s) {
        std::iota(schools.begin(), schools.end(), 0);
        std::shuffle(schools.begin(), schools.end(), rng);
        const auto length = static_cast<size_t>(uniformInt(rng, 1, std::min(shape.maxList, shape.schools)));
        const std::vector<int> list(schools.begin(), schools.begin() + static_cast<qsizetype>(length));
        std::vector<int> classes(length);
        std::vector<double> lotteries;
        for (int& k : classes)
            k = uniformInt(rng, 0, shape.classes - 1);
        if (shape.tieBreaking == Mk::TieBreaking::Multiple)
            for (size_t i = 0; i < length; ++i)
                lotteries.push_back(uniform(rng));
        p.addStudent(list, classes, uniform(rng), shape.policies ? uniformInt(rng, 0, 1) : 0, uniform(rng) < 0.3, lotteries);
    }
    return p;
}

/** The students matched to c as c ranks them, unsorted. */
inline std::vector<Mk::Applicant> heldAt(const Mk::AdmissionProblem& p, const std::vector<int>& schoolOf, int c)
{
    std::vector<Mk::Applicant> held;
    for (int t = 0; t < p.studentCount(); ++t) {
        if (schoolOf[static_cast<size_t>(t)] != c)
            continue;
        const std::span<const int> list = p.preferences(t);
        held.push_back(p.applicant(t, static_cast<int>(std::find(list.begin(), list.end(), c) - list.begin())));
    }
    return held;
}

/** Ch_c(set) computed afresh; returns the chosen flags aligned with the sorted `set`. */
inline std::vector<char> chooseFresh(const Mk::AdmissionProblem& p, int c, std::vector<Mk::Applicant>& set)
{
    std::sort(set.begin(), set.end());
    std::vector<char> chosen(set.size(), 0);
    Mk::SeatLedger ledger;
    ledger.reset(p);
    Mk::SchoolChoice::choose(p, c, set, chosen, ledger);
    return chosen;
}

/** Blocking pairs counted the slow, obvious way: Ch_c evaluated on μ(c) ∪ {s} for every pair. */
inline int directBlockingPairs(const Mk::AdmissionProblem& p, const std::vector<int>& schoolOf)
{
    int count = 0;
    for (int s = 0; s < p.studentCount(); ++s) {
        const std::span<const int> list = p.preferences(s);
        const auto matchedAt = std::find(list.begin(), list.end(), schoolOf[static_cast<size_t>(s)]) - list.begin();
        for (qsizetype i = 0; i < matchedAt; ++i) {
            const int c = list[static_cast<size_t>(i)];
            std::vector<Mk::Applicant> set = heldAt(p, schoolOf, c);
            const Mk::Applicant a = p.applicant(s, static_cast<int>(i));
            set.push_back(a);
            const std::vector<char> chosen = chooseFresh(p, c, set);
            const auto at = std::find_if(set.begin(), set.end(), [&](const Mk::Applicant& x) { return x.student == s; }) - set.begin();
            count += chosen[static_cast<size_t>(at)] ? 1 : 0;
        }
    }
    return count;
}

/** Every school keeps all it holds when choosing from exactly what it holds. */
inline bool isFeasible(const Mk::AdmissionProblem& p, const std::vector<int>& schoolOf)
{
    for (int c = 0; c < p.schoolCount(); ++c) {
        std::vector<Mk::Applicant> set = heldAt(p, schoolOf, c);
        const std::vector<char> chosen = chooseFresh(p, c, set);
        if (std::count(chosen.begin(), chosen.end(), 1) != static_cast<qsizetype>(set.size()))
            return false;
    }
    return true;
}

} // namespace AdmissionTestMarkets
