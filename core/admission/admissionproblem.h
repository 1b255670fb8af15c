// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace Mk {

/**
 * One student as a school sees her: the school's priority over its applicants is (priorityClass, lottery)
 * lexicographic, lower first; the student index breaks exact ties so every order is strict and reproducible.
 * Seat type and reserve eligibility travel along so a school's choice function needs no look-ups.
 */
struct Applicant {
    double lottery = 0.0;
    int priorityClass = 0;
    int student = 0;
    int seatType = 0;
    bool reserveEligible = false;

    bool operator<(const Applicant& other) const
    {
        if (priorityClass != other.priorityClass)
            return priorityClass < other.priorityClass;
        if (lottery != other.lottery)
            return lottery < other.lottery;
        return student < other.student;
    }
};

/**
 * One step of a school's choice function: scanning the applicants in priority order, it admits those it
 * accepts until it has admitted `seats` students (the school's capacity binds as well). With `ceilings`, a
 * student is skipped while the school already holds ceilings[type] students of her type.
 */
struct SeatPass {
    enum class Who : quint8 { Everyone, ReserveEligible, SeatType };
    Who who = Who::Everyone;
    int seatType = 0; ///< Who::SeatType: the type the pass admits
    int seats = 0;
    int ceilings = -1; ///< offset of typeCount per-type ceilings in AdmissionProblem::ceilings(), -1: none
};

/**
 * How a school fills its seats, as data; AdmissionProblem::addSchool() expands it into SeatPasses, so every
 * policy runs through the one choice function of SchoolChoice.
 *  - Plain: the `capacity` best applicants.
 *  - Reserve: `reserveSeats` seats for reserve-eligible students (horizontal reserve as slot-specific
 *    priorities, Kominers & Sönmez (2016), Theoretical Economics 11:683-710). Precedence First fills the reserve
 *    seats before the open ones, Last after them; Dur, Kominers, Pathak & Sönmez (2018), J. Political Economy
 *    126:2457-2479, show that filling reserve seats later favours the eligible students as a larger reserve
 *    would. Soft: reserve seats no eligible student takes go to everyone; hard: they stay empty.
 *  - TypePools: `typeSeats[t]` seats for students of seat type t with one lottery inside each pool (the
 *    two-basket lottery; type-specific quotas of Abdulkadiroğlu & Sönmez (2003), Amer. Econ. Rev. 93:729-747).
 *    Soft: seats a type leaves unused go to the other types; hard: they stay empty.
 *  - SoftBounds: per type a floor and a ceiling (Ehlers, Hafalir, Yenmez & Yildirim (2014), J. Econ. Theory
 *    153:648-683): types below their floor first, then every type up to its ceiling, then anyone up to capacity.
 */
struct SeatPolicy {
    enum class Kind { Plain, Reserve, TypePools, SoftBounds };
    enum class Precedence { First, Last };

    Kind kind = Kind::Plain;
    int reserveSeats = 0;
    Precedence precedence = Precedence::First;
    bool soft = true; ///< Reserve and TypePools: unused seats revert to everyone
    std::vector<int> typeSeats;
    std::vector<int> floors;
    std::vector<int> ceilings;

    static SeatPolicy plain() { return {}; }
    static SeatPolicy reserve(int seats, Precedence precedence, bool soft);
    static SeatPolicy typePools(std::vector<int> seatsPerType, bool soft);
    static SeatPolicy softBounds(std::vector<int> floors, std::vector<int> ceilings);
};

/** One school of an AdmissionProblem: capacity and its passes problem.passes()[firstPass, firstPass + passCount). */
struct AdmissionSchool {
    int capacity = 0;
    int firstPass = 0;
    int passCount = 0;
    int reserveSeats = 0;   ///< seats of the passes for reserve-eligible students (reserve fidelity)
    bool plain = true;      ///< one pass for everyone up to capacity: the choice is a prefix of the applicants
    bool fillsToCapacity = true; ///< the last pass takes anyone up to capacity, so any |X| <= capacity is admitted whole
};

/** Single tie-breaking (one lottery number per student) or multiple (one per student and listed school). */
enum class TieBreaking { Single, Multiple };

/**
 * One school-choice matching problem as plain index-based arrays (students and their lists in flat arrays,
 * each list a contiguous range), built once per run and read by the mechanisms, the verifier and the tests.
 * clear() keeps the memory, so rebuilding it every Monte-Carlo run allocates nothing once the vectors have grown.
 * Preference lists hold distinct school indexes, best first; per listed school a priority class
 * (lower = higher priority) and, with TieBreaking::Multiple, a lottery number of that school. A list may grow
 * after it was added (extendList(), for lists drawn lazily while deferred acceptance runs).
 */
class AdmissionProblem
{
public:
    void clear(int typeCount = 1, TieBreaking tieBreaking = TieBreaking::Single);

    /** Adds a school and returns its index. `policy`'s type vectors must have typeCount() entries. */
    int addSchool(int capacity, const SeatPolicy& policy = SeatPolicy::plain());
    /**
     * Adds a student and returns her index. `classes` is aligned with `schools`; `schoolLotteries` too, and
     * required exactly when tie-breaking is multiple. `seatType` is in [0, typeCount()).
     */
    int addStudent(std::span<const int> schools, std::span<const int> classes, double lottery, int seatType = 0,
                   bool reserveEligible = false, std::span<const double> schoolLotteries = {})
    {
        Q_ASSERT(classes.size() == schools.size());
        Q_ASSERT(seatType >= 0 && seatType < m_typeCount);
        Q_ASSERT((m_tieBreaking == TieBreaking::Multiple) == !schoolLotteries.empty() || schools.empty());
        const int begin = static_cast<int>(m_listSchools.size());
        appendEntries(m_listSchools, schools);
        appendEntries(m_listClasses, classes);
        if (m_tieBreaking == TieBreaking::Multiple)
            appendEntries(m_listLotteries, schoolLotteries);
        m_students.push_back({begin, static_cast<int>(m_listSchools.size()), lottery, seatType, reserveEligible});
        return static_cast<int>(m_students.size()) - 1;
    }
    /**
     * Appends schools to student s's list, as addStudent() takes them (distinct from those she lists already). A list
     * that does not end the flat arrays moves to their end first: spans of the problem's lists taken before may dangle.
     */
    void extendList(int s, std::span<const int> schools, std::span<const int> classes, std::span<const double> schoolLotteries = {});

    int studentCount() const { return static_cast<int>(m_students.size()); }
    int schoolCount() const { return static_cast<int>(m_schools.size()); }
    int typeCount() const { return m_typeCount; }
    TieBreaking tieBreaking() const { return m_tieBreaking; }

    const AdmissionSchool& school(int c) const { return m_schools[static_cast<size_t>(c)]; }
    std::span<const SeatPass> passes(int c) const
    {
        const AdmissionSchool& s = school(c);
        return std::span<const SeatPass>(m_passes).subspan(static_cast<size_t>(s.firstPass), static_cast<size_t>(s.passCount));
    }
    std::span<const int> ceilings() const { return m_ceilings; }
    int passCount() const { return static_cast<int>(m_passes.size()); }

    std::span<const int> preferences(int s) const { return listSpan(m_listSchools, s); }
    std::span<const int> classes(int s) const { return listSpan(m_listClasses, s); }
    double lottery(int s) const { return student(s).lottery; }
    int seatType(int s) const { return student(s).seatType; }
    bool isReserveEligible(int s) const { return student(s).reserveEligible; }
    /** Sets a student's reserve eligibility (MatchingVerifier toggles it to test that eligibility never hurts). */
    void setReserveEligible(int s, bool eligible) { m_students[static_cast<size_t>(s)].reserveEligible = eligible; }

    /** Student s as school preferences(s)[position] ranks her. */
    Applicant applicant(int s, int position) const
    {
        const Student& student = this->student(s);
        const size_t i = static_cast<size_t>(student.listBegin + position);
        return {m_tieBreaking == TieBreaking::Multiple ? m_listLotteries[i] : student.lottery, m_listClasses[i], s, student.seatType,
                student.reserveEligible};
    }

private:
    /** What is kept per student: one record, as the mechanisms and the verifier read these together. */
    struct Student {
        int listBegin = 0; ///< her list is [listBegin, listEnd) of the flat arrays
        int listEnd = 0;
        double lottery = 0.0;
        int seatType = 0;
        bool reserveEligible = false;
    };
    const Student& student(int s) const { return m_students[static_cast<size_t>(s)]; }
    /**
     * Appends a list's few entries one by one: cheaper than vector::insert's general path for the one to ten of a
     * list. Inline, as addStudent() is: out of line, the calls cost as much as the one entry of a list drawn lazily.
     */
    template<typename T>
    static Q_ALWAYS_INLINE void appendEntries(std::vector<T>& to, std::span<const T> values)
    {
        for (const T& v : values)
            to.push_back(v);
    }
    std::span<const int> listSpan(const std::vector<int>& flat, int s) const
    {
        const Student& student = this->student(s);
        return std::span<const int>(flat).subspan(static_cast<size_t>(student.listBegin), static_cast<size_t>(student.listEnd - student.listBegin));
    }
    void addPass(SeatPass::Who who, int seatType, int seats, int ceilings = -1);

    int m_typeCount = 1;
    TieBreaking m_tieBreaking = TieBreaking::Single;
    std::vector<AdmissionSchool> m_schools;
    std::vector<SeatPass> m_passes;
    std::vector<int> m_ceilings;
    std::vector<Student> m_students;
    std::vector<int> m_listSchools;
    std::vector<int> m_listClasses;
    std::vector<double> m_listLotteries;
};

} // namespace Mk
