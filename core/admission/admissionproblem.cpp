// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission/admissionproblem.h"

#include <algorithm>
#include <utility>

namespace Mk {

SeatPolicy SeatPolicy::reserve(int seats, Precedence precedence, bool soft)
{
    SeatPolicy p;
    p.kind = Kind::Reserve;
    p.reserveSeats = seats;
    p.precedence = precedence;
    p.soft = soft;
    return p;
}

SeatPolicy SeatPolicy::typePools(std::vector<int> seatsPerType, bool soft)
{
    SeatPolicy p;
    p.kind = Kind::TypePools;
    p.typeSeats = std::move(seatsPerType);
    p.soft = soft;
    return p;
}

SeatPolicy SeatPolicy::softBounds(std::vector<int> floors, std::vector<int> ceilings)
{
    SeatPolicy p;
    p.kind = Kind::SoftBounds;
    p.floors = std::move(floors);
    p.ceilings = std::move(ceilings);
    return p;
}

void AdmissionProblem::clear(int typeCount, TieBreaking tieBreaking)
{
    m_typeCount = std::max(1, typeCount);
    m_tieBreaking = tieBreaking;
    m_schools.clear();
    m_passes.clear();
    m_ceilings.clear();
    m_students.clear();
    m_listSchools.clear();
    m_listClasses.clear();
    m_listLotteries.clear();
}

void AdmissionProblem::addPass(SeatPass::Who who, int seatType, int seats, int ceilings)
{
    m_passes.push_back(SeatPass{who, seatType, std::max(0, seats), ceilings});
}

int AdmissionProblem::addSchool(int capacity, const SeatPolicy& policy)
{
    capacity = std::max(0, capacity);
    AdmissionSchool school;
    school.capacity = capacity;
    school.firstPass = static_cast<int>(m_passes.size());
    using Who = SeatPass::Who;
    const int reserve = std::clamp(policy.reserveSeats, 0, capacity);
    switch (policy.kind) {
    case SeatPolicy::Kind::Reserve:
        if (reserve == 0) {
            addPass(Who::Everyone, 0, capacity);
            break;
        }
        // Slot-specific priorities: reserve seats rank eligible students first; "first"/"last" is the order
        // in which the two kinds of seats are filled. A soft reserve's unused seats end in an open pass.
        if (policy.precedence == SeatPolicy::Precedence::First) {
            addPass(Who::ReserveEligible, 0, reserve);
            addPass(Who::Everyone, 0, policy.soft ? capacity : capacity - reserve);
        } else {
            addPass(Who::Everyone, 0, capacity - reserve);
            addPass(Who::ReserveEligible, 0, reserve);
            if (policy.soft)
                addPass(Who::Everyone, 0, capacity);
        }
        school.reserveSeats = reserve;
        school.fillsToCapacity = policy.soft;
        break;
    case SeatPolicy::Kind::TypePools:
        Q_ASSERT(static_cast<int>(policy.typeSeats.size()) == m_typeCount);
        for (int t = 0; t < m_typeCount; ++t)
            addPass(Who::SeatType, t, policy.typeSeats[static_cast<size_t>(t)]);
        if (policy.soft)
            addPass(Who::Everyone, 0, capacity);
        school.fillsToCapacity = policy.soft;
        break;
    case SeatPolicy::Kind::SoftBounds: {
        Q_ASSERT(static_cast<int>(policy.floors.size()) == m_typeCount && static_cast<int>(policy.ceilings.size()) == m_typeCount);
        for (const std::vector<int>* limits : {&policy.floors, &policy.ceilings}) {
            const int offset = static_cast<int>(m_ceilings.size());
            m_ceilings.insert(m_ceilings.end(), limits->begin(), limits->end());
            addPass(Who::Everyone, 0, capacity, offset);
        }
        addPass(Who::Everyone, 0, capacity);
        break;
    }
    case SeatPolicy::Kind::Plain:
        addPass(Who::Everyone, 0, capacity);
        break;
    }
    school.passCount = static_cast<int>(m_passes.size()) - school.firstPass;
    const SeatPass& first = m_passes[static_cast<size_t>(school.firstPass)];
    school.plain = school.passCount == 1 && first.who == Who::Everyone && first.ceilings < 0 && first.seats >= capacity;
    m_schools.push_back(school);
    return static_cast<int>(m_schools.size()) - 1;
}

void AdmissionProblem::extendList(int s, std::span<const int> schools, std::span<const int> classes, std::span<const double> schoolLotteries)
{
    Q_ASSERT(classes.size() == schools.size());
    Q_ASSERT((m_tieBreaking == TieBreaking::Multiple) == !schoolLotteries.empty() || schools.empty());
    Student& student = m_students[static_cast<size_t>(s)];
    const bool multiple = m_tieBreaking == TieBreaking::Multiple;
    const auto begin = static_cast<size_t>(student.listBegin), end = static_cast<size_t>(student.listEnd);
    if (end != m_listSchools.size()) {
        // Her list moves behind the others' (an overflow area): a copy of a few entries, instead of shifting every later list.
        student.listBegin = static_cast<int>(m_listSchools.size());
        for (size_t k = begin; k < end; ++k) {
            const int school = m_listSchools[k], priorityClass = m_listClasses[k];
            m_listSchools.push_back(school);
            m_listClasses.push_back(priorityClass);
            if (multiple) {
                const double lottery = m_listLotteries[k];
                m_listLotteries.push_back(lottery);
            }
        }
    }
    appendEntries(m_listSchools, schools);
    appendEntries(m_listClasses, classes);
    if (multiple)
        appendEntries(m_listLotteries, schoolLotteries);
    student.listEnd = static_cast<int>(m_listSchools.size());
}

} // namespace Mk
