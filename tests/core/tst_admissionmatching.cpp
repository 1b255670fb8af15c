// SPDX-License-Identifier: GPL-3.0-or-later
#include "admissiontestmarkets.h"
#include "testutils.h"

#include "admission/deferredacceptance.h"
#include "admission/immediateacceptance.h"
#include "admission/matchingverifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Mk;
using namespace AdmissionTestMarkets;

namespace {

/** Appends entries [from, to) of student s's list in `whole` (schools, classes, school lotteries) to her list in `to`. */
void appendEntries(const AdmissionProblem& whole, int s, size_t from, size_t to, AdmissionProblem& problem)
{
    std::vector<int> schools, classes;
    std::vector<double> lotteries;
    for (size_t k = from; k < to; ++k) {
        const Applicant a = whole.applicant(s, static_cast<int>(k));
        schools.push_back(whole.preferences(s)[k]);
        classes.push_back(a.priorityClass);
        if (whole.tieBreaking() == TieBreaking::Multiple)
            lotteries.push_back(a.lottery);
    }
    problem.extendList(s, schools, classes, lotteries);
}

/** Who a school takes from `applicants` (given best first as (student, eligible, type)), as sorted student ids. */
std::vector<int> chosenStudents(const AdmissionProblem& p, int c, const std::vector<Applicant>& applicants)
{
    std::vector<Applicant> set = applicants;
    const std::vector<char> chosen = chooseFresh(p, c, set);
    std::vector<int> ids;
    for (size_t i = 0; i < set.size(); ++i)
        if (chosen[i])
            ids.push_back(set[i].student);
    std::sort(ids.begin(), ids.end());
    return ids;
}

/** Applicants in priority order: student i has lottery i, so the order given is the priority order. */
std::vector<Applicant> inOrder(std::initializer_list<std::pair<bool, int>> eligibleAndType)
{
    std::vector<Applicant> out;
    int i = 0;
    for (const auto& [eligible, type] : eligibleAndType) {
        out.push_back(Applicant{static_cast<double>(i), 0, i, type, eligible});
        ++i;
    }
    return out;
}

AdmissionProblem oneSchool(int capacity, const SeatPolicy& policy, int types = 1)
{
    AdmissionProblem p;
    p.clear(types);
    p.addSchool(capacity, policy);
    return p;
}

/** The O8 worked example (DOMAIN.md): 4 schools, 10 students; `reversed` lets student 10 win lottery ties. */
AdmissionProblem workedExample(bool reversed, QJsonObject& fixture)
{
    QFile f(testDataPath(QStringLiteral("fixtures/admission/deferred_acceptance_example.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("deferred_acceptance_example.json missing");
    fixture = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonArray ranks = fixture[QStringLiteral("student_ranks")].toArray();
    const QJsonArray priority = fixture[QStringLiteral("school_priority")].toArray();
    const QJsonArray capacities = fixture[QStringLiteral("capacities")].toArray();
    AdmissionProblem p;
    p.clear();
    for (const QJsonValue& c : capacities)
        p.addSchool(c.toInt());
    const int students = static_cast<int>(priority.size());
    for (int j = 0; j < students; ++j) {
        std::vector<int> list(static_cast<size_t>(ranks.size()));
        for (int c = 0; c < ranks.size(); ++c)
            list[static_cast<size_t>(ranks[c].toArray()[j].toInt() - 1)] = c;
        std::vector<int> classes;
        for (const int c : list)
            classes.push_back(priority[j].toArray()[c].toInt());
        p.addStudent(list, classes, reversed ? students - j : j);
    }
    return p;
}

std::vector<int> oneBased(const std::vector<int>& schools)
{
    std::vector<int> out;
    for (const int c : schools)
        out.push_back(c + 1);
    return out;
}

std::vector<int> fromJson(const QJsonValue& v)
{
    std::vector<int> out;
    for (const QJsonValue& x : v.toArray())
        out.push_back(x.toInt());
    return out;
}

int eligibleAt(const AdmissionProblem& p, const Matching& m, int c)
{
    int n = 0;
    for (int s = 0; s < p.studentCount(); ++s)
        n += m.school[static_cast<size_t>(s)] == c && p.isReserveEligible(s) ? 1 : 0;
    return n;
}

/** Every way to place each student at one of her listed schools or nowhere, as school-per-student vectors. */
template<typename Visit>
void forEachAssignment(const AdmissionProblem& p, Visit visit)
{
    std::vector<int> choice(static_cast<size_t>(p.studentCount()), -1); // -1 unplaced, else list position
    std::vector<int> schoolOf(choice.size(), -1);
    while (true) {
        for (size_t s = 0; s < choice.size(); ++s)
            schoolOf[s] = choice[s] < 0 ? -1 : p.preferences(static_cast<int>(s))[static_cast<size_t>(choice[s])];
        visit(schoolOf);
        size_t s = 0;
        for (; s < choice.size(); ++s) {
            if (++choice[s] < static_cast<int>(p.preferences(static_cast<int>(s)).size()))
                break;
            choice[s] = -1;
        }
        if (s == choice.size())
            return;
    }
}

int rankOf(const AdmissionProblem& p, int s, int school)
{
    const std::span<const int> list = p.preferences(s);
    const auto at = std::find(list.begin(), list.end(), school);
    return at == list.end() ? INT_MAX : static_cast<int>(at - list.begin());
}

} // namespace

/** The matching engine: choice functions, deferred and immediate acceptance, and the verifier (SCENARIOS.md §2.5). */
class TstAdmissionMatching : public QObject
{
    Q_OBJECT
private slots:
    void choiceFunctionOfEachPolicy()
    {
        using P = SeatPolicy::Precedence;
        // e = reserve-eligible; order is priority order. Capacity 2, one reserve seat.
        const auto e1n1e2 = inOrder({{true, 0}, {false, 0}, {true, 0}});
        const auto n0n1n2 = inOrder({{false, 0}, {false, 0}, {false, 0}});
        QCOMPARE(chosenStudents(oneSchool(2, SeatPolicy::plain()), 0, n0n1n2), (std::vector<int>{0, 1}));
        // Reserve first: the best eligible on the reserve seat, then the best of the rest.
        QCOMPARE(chosenStudents(oneSchool(2, SeatPolicy::reserve(1, P::First, true)), 0, e1n1e2), (std::vector<int>{0, 1}));
        // Reserve last: the open seat goes to student 0 (eligible), the reserve seat to the next eligible.
        QCOMPARE(chosenStudents(oneSchool(2, SeatPolicy::reserve(1, P::Last, true)), 0, e1n1e2), (std::vector<int>{0, 2}));
        // Soft: an unused reserve seat reverts; hard: it stays empty, whatever the precedence.
        QCOMPARE(chosenStudents(oneSchool(2, SeatPolicy::reserve(1, P::First, true)), 0, n0n1n2), (std::vector<int>{0, 1}));
        QCOMPARE(chosenStudents(oneSchool(2, SeatPolicy::reserve(1, P::Last, true)), 0, n0n1n2), (std::vector<int>{0, 1}));
        QCOMPARE(chosenStudents(oneSchool(2, SeatPolicy::reserve(1, P::First, false)), 0, n0n1n2), (std::vector<int>{0}));
        QCOMPARE(chosenStudents(oneSchool(2, SeatPolicy::reserve(1, P::Last, false)), 0, n0n1n2), (std::vector<int>{0}));
        // Two pools of one seat each, types 0 0 1: hard and soft both take one of each; only type 0 applying: soft fills.
        const auto a0a1b2 = inOrder({{false, 0}, {false, 0}, {false, 1}});
        const auto a0a1a2 = inOrder({{false, 0}, {false, 0}, {false, 0}});
        QCOMPARE(chosenStudents(oneSchool(2, SeatPolicy::typePools({1, 1}, false), 2), 0, a0a1b2), (std::vector<int>{0, 2}));
        QCOMPARE(chosenStudents(oneSchool(2, SeatPolicy::typePools({1, 1}, true), 2), 0, a0a1b2), (std::vector<int>{0, 2}));
        QCOMPARE(chosenStudents(oneSchool(2, SeatPolicy::typePools({1, 1}, false), 2), 0, a0a1a2), (std::vector<int>{0}));
        QCOMPARE(chosenStudents(oneSchool(2, SeatPolicy::typePools({1, 1}, true), 2), 0, a0a1a2), (std::vector<int>{0, 1}));
        // Soft bounds, capacity 3, floors (1, 1), ceilings (2, 2): a0 a1 a2 b3 -> floors a0 b3, then a1 to the ceiling.
        const auto aaab = inOrder({{false, 0}, {false, 0}, {false, 0}, {false, 1}});
        QCOMPARE(chosenStudents(oneSchool(3, SeatPolicy::softBounds({1, 1}, {2, 2}), 2), 0, aaab), (std::vector<int>{0, 1, 3}));
        // Without floors, a ceiling of one holds type 0 back while type 1 wants the seats: a0 b2 b3, not a0 a1 b2.
        const auto aabb = inOrder({{false, 0}, {false, 0}, {false, 1}, {false, 1}});
        QCOMPARE(chosenStudents(oneSchool(3, SeatPolicy::softBounds({0, 0}, {1, 3}), 2), 0, aabb), (std::vector<int>{0, 2, 3}));
        // Ceilings bind only while others want the seats: four of type 0 fill all three seats.
        const auto aaaa = inOrder({{false, 0}, {false, 0}, {false, 0}, {false, 0}});
        QCOMPARE(chosenStudents(oneSchool(3, SeatPolicy::softBounds({1, 1}, {2, 2}), 2), 0, aaaa), (std::vector<int>{0, 1, 2}));
    }

    void workedExampleBothLotteries()
    {
        QJsonObject fixture;
        for (const bool reversed : {false, true}) {
            const AdmissionProblem p = workedExample(reversed, fixture);
            const std::vector<int> expected = fromJson(fixture[reversed ? QStringLiteral("expected_assignment_reversed_lottery")
                                                                        : QStringLiteral("expected_assignment")]);
            DeferredAcceptance da;
            Matching m;
            da.match(p, m);
            QCOMPARE(oneBased(m.school), expected);
            if (!reversed)
                QCOMPARE(m.rank, fromJson(fixture[QStringLiteral("expected_rank_obtained")]));
            MatchingVerifier verifier;
            QCOMPARE(verifier.check(p, m, true).violations(), 0);
        }
    }

    void deferredAcceptanceIsStableAndOrderIndependent()
    {
        std::mt19937_64 rng(20260511);
        DeferredAcceptance da;
        MatchingVerifier verifier;
        int markets = 0, contested = 0;
        forEachShape(rng, [&](const Shape& shape) {
            const AdmissionProblem p = randomMarket(rng, shape);
            Matching rounds, oneByOne, reversed;
            da.match(p, rounds);
            std::vector<int> order(static_cast<size_t>(p.studentCount()));
            std::iota(order.begin(), order.end(), 0);
            std::shuffle(order.begin(), order.end(), rng);
            da.matchInOrder(p, order, oneByOne);
            std::reverse(order.begin(), order.end());
            da.matchInOrder(p, order, reversed);
            QCOMPARE(oneByOne, rounds);
            QCOMPARE(reversed, rounds);
            const MatchingCheck check = verifier.check(p, rounds, true);
            QCOMPARE(check.violations(), 0);
            QCOMPARE(directBlockingPairs(p, rounds.school), 0);
            QVERIFY(isFeasible(p, rounds.school));
            ++markets;
            contested += rounds.countAtRank(1) < p.studentCount() ? 1 : 0;
        });
        QCOMPARE(markets, 400);
        QVERIFY(contested > 300); // the markets are not trivially uncontested
    }

    /**
     * Lists given as heads and extended on demand (a ListSource, a random number of schools at a time) give the matching
     * of the whole lists, and the lists the problem then holds include every school a student ranks above her match:
     * the verifier finds no fault in them, and no student is placed below what she was given.
     */
    void deferredAcceptanceExtendsListsOnDemand()
    {
        /** Hands out the rest of each whole list a random number of schools at a time. */
        class Tails final : public ListSource
        {
        public:
            Tails(const AdmissionProblem& whole, AdmissionProblem& heads, std::mt19937_64& rng) : m_whole(whole), m_heads(heads), m_rng(rng) {}
            bool extend(int s) override
            {
                const size_t have = m_heads.preferences(s).size(), all = m_whole.preferences(s).size();
                if (have == all)
                    return false;
                const auto more = static_cast<size_t>(uniformInt(m_rng, 1, static_cast<int>(all - have)));
                appendEntries(m_whole, s, have, have + more, m_heads);
                ++extensions;
                return true;
            }
            int extensions = 0;

        private:
            const AdmissionProblem& m_whole;
            AdmissionProblem& m_heads;
            std::mt19937_64& m_rng;
        };

        std::mt19937_64 rng(20260512);
        DeferredAcceptance da;
        MatchingVerifier verifier;
        int markets = 0, extended = 0, neverRead = 0;
        forEachShape(rng, [&](const Shape& shape) {
            std::mt19937_64 sameSchools = rng;
            const AdmissionProblem whole = randomMarket(rng, shape);
            // The same schools, and each list cut to a random head of at least one school.
            AdmissionProblem heads = randomSchools(sameSchools, shape);
            for (int s = 0; s < whole.studentCount(); ++s) {
                const auto head = static_cast<size_t>(uniformInt(rng, 1, static_cast<int>(whole.preferences(s).size())));
                heads.addStudent({}, {}, whole.lottery(s), whole.seatType(s), whole.isReserveEligible(s));
                appendEntries(whole, s, 0, head, heads);
            }
            Matching expected, got;
            da.match(whole, expected);
            Tails tails(whole, heads, rng);
            da.match(heads, tails, got);
            QCOMPARE(got, expected);
            QCOMPARE(verifier.check(heads, got, true).violations(), 0);
            for (int s = 0; s < whole.studentCount(); ++s) {
                const std::span<const int> list = heads.preferences(s);
                QVERIFY(std::equal(list.begin(), list.end(), whole.preferences(s).begin()));
                neverRead += list.size() < whole.preferences(s).size() ? 1 : 0;
            }
            extended += tails.extensions;
            ++markets;
        });
        QCOMPARE(markets, 400);
        QVERIFY(extended > 1000); // lists were extended, some more than once
        QVERIFY(neverRead > 1000); // and many tails were never needed
    }

    void deferredAcceptanceIsStudentOptimal()
    {
        std::mt19937_64 rng(7);
        DeferredAcceptance da;
        int stableMatchingsSeen = 0;
        for (int run = 0; run < 150; ++run) {
            Shape shape;
            shape.students = uniformInt(rng, 2, 5);
            shape.schools = uniformInt(rng, 2, 3);
            shape.maxList = 3;
            shape.classes = 2;
            shape.policies = run % 2 == 1;
            const AdmissionProblem p = randomMarket(rng, shape);
            Matching m;
            da.match(p, m);
            bool daIsStable = false;
            forEachAssignment(p, [&](const std::vector<int>& schoolOf) {
                if (!isFeasible(p, schoolOf) || directBlockingPairs(p, schoolOf) != 0)
                    return;
                ++stableMatchingsSeen;
                daIsStable = daIsStable || schoolOf == m.school;
                for (int s = 0; s < p.studentCount(); ++s)
                    QVERIFY2(rankOf(p, s, m.school[static_cast<size_t>(s)]) <= rankOf(p, s, schoolOf[static_cast<size_t>(s)]),
                             "a stable matching places a student better than deferred acceptance");
            });
            QVERIFY(daIsStable);
        }
        QVERIFY(stableMatchingsSeen > 150); // some markets have several stable matchings
    }

    void bostonRespectsCapacityWastesNoSeatAndMaximisesFirstChoices()
    {
        std::mt19937_64 rng(99);
        DeferredAcceptance da;
        ImmediateAcceptance boston;
        MatchingVerifier verifier;
        int envious = 0;
        for (int run = 0; run < 300; ++run) {
            Shape shape = randomShape(rng);
            shape.policies = run % 3 != 0;
            shape.softOnly = run % 3 == 1;
            shape.hardReserveLast = false;
            const AdmissionProblem p = randomMarket(rng, shape);
            Matching ia, daMatching;
            boston.match(p, ia);
            da.match(p, daMatching);
            const MatchingCheck check = verifier.check(p, ia, false);
            QCOMPARE(check.capacityViolations, 0);
            QCOMPARE(check.listViolations, 0);
            QCOMPARE(check.wastefulPairs, 0);
            QCOMPARE(check.blockingPairs, 0);
            QCOMPARE(check.justifiedEnvy, directBlockingPairs(p, ia.school)); // the cutoffs agree with the slow check
            envious += check.justifiedEnvy > 0 ? 1 : 0;
            // Round 1 gives every school Ch_c(its first-choice applicants): no matching places more at their first choice
            // when unused seats revert (with hard quotas a greedy choice need not be the largest feasible set).
            if (run % 3 != 2)
                QVERIFY(ia.countAtRank(1) >= daMatching.countAtRank(1));
        }
        QVERIFY(envious > 30); // Boston is not stable, and the verifier sees it
    }

    void adaptiveBostonSkipsSchoolsWithoutSeats()
    {
        // Schools A, B, C of one seat. s1 takes A and s2 takes B in round 1; s3 (A, B, C) and s4 (A, C) lose A.
        // Adaptive: in round 2 s3 skips the full B and meets s4 at C, where she has priority. (Classic Boston would
        // send her to B in round 2 and let s4 have C unopposed.)
        AdmissionProblem p;
        p.clear();
        for (int c = 0; c < 3; ++c)
            p.addSchool(1);
        p.addStudent(std::vector<int>{0}, std::vector<int>{0}, 0.1);
        p.addStudent(std::vector<int>{1}, std::vector<int>{0}, 0.2);
        p.addStudent(std::vector<int>{0, 1, 2}, std::vector<int>{0, 0, 0}, 0.3);
        p.addStudent(std::vector<int>{0, 2}, std::vector<int>{0, 0}, 0.4);
        ImmediateAcceptance boston;
        Matching m;
        boston.match(p, m);
        QCOMPARE(m.school, (std::vector<int>{0, 1, 2, -1}));
        QCOMPARE(m.rank, (std::vector<int>{1, 1, 3, 0}));
    }

    void hardReserveLastUnderBostonIsReportedAsWaste()
    {
        // School 0: two seats, one hard reserve seat filled last; school 1: one seat. Round 1: eligible e takes school 0's
        // open seat, x beats n at school 1. Round 2: only the reserve seat is left at school 0 and n is not eligible,
        // although e (whom school 0 ranks below n) could move to it: a wasted seat, as immediateacceptance.h says.
        AdmissionProblem p;
        p.clear();
        p.addSchool(2, SeatPolicy::reserve(1, SeatPolicy::Precedence::Last, false));
        p.addSchool(1);
        p.addStudent(std::vector<int>{0}, std::vector<int>{1}, 0.5, 0, true);          // e
        p.addStudent(std::vector<int>{1, 0}, std::vector<int>{0, 0}, 0.3, 0, false);   // n
        p.addStudent(std::vector<int>{1}, std::vector<int>{0}, 0.1, 0, false);         // x
        ImmediateAcceptance boston;
        Matching m;
        boston.match(p, m);
        QCOMPARE(m.school, (std::vector<int>{0, -1, 1}));
        MatchingVerifier verifier;
        const MatchingCheck check = verifier.check(p, m, false);
        QCOMPARE(check.justifiedEnvy, 1);
        QCOMPARE(check.wastefulPairs, 1);
        DeferredAcceptance da;
        da.match(p, m);
        QCOMPARE(m.school, (std::vector<int>{0, 0, 1}));
        QCOMPARE(verifier.check(p, m, true).violations(), 0);
    }

    void verifierFindsPlantedFaults()
    {
        // Two schools of one seat; both students want school 0, student 0 has priority.
        AdmissionProblem p;
        p.clear();
        p.addSchool(1);
        p.addSchool(1);
        const std::vector<int> list{0, 1}, classes{0, 0};
        p.addStudent(list, classes, 0.1);
        p.addStudent(list, classes, 0.9);
        MatchingVerifier verifier;
        Matching m;
        m.school = {0, 1};
        m.rank = {1, 2};
        QCOMPARE(verifier.check(p, m, true).violations(), 0);
        m.school = {1, 0}; // envy: student 0 prefers 0 and outranks its holder
        m.rank = {2, 1};
        MatchingCheck c = verifier.check(p, m, true);
        QCOMPARE(c.blockingPairs, 1);
        QCOMPARE(c.wastefulPairs, 0);
        QCOMPARE(verifier.check(p, m, false).justifiedEnvy, 1);
        QCOMPARE(verifier.check(p, m, false).violations(), 0);
        m.school = {0, 0}; // over capacity
        m.rank = {1, 1};
        c = verifier.check(p, m, true);
        QCOMPARE(c.capacityViolations, 1);
        m.school = {-1, 1}; // waste: school 0 is empty and student 0 wants it
        m.rank = {0, 2};
        c = verifier.check(p, m, true);
        QCOMPARE(c.blockingPairs, 3); // (0, school 0), (1, school 0), and (0, school 1) where she outranks student 1
        QCOMPARE(c.wastefulPairs, 2); // the first two: school 0 has a free seat
        QCOMPARE(verifier.check(p, m, false).wastefulPairs, 2);
        m.school = {0, 1}; // the right schools at the wrong ranks
        m.rank = {2, 2};
        QCOMPARE(verifier.check(p, m, true).listViolations, 1);

        // A hard reserve: one seat for eligible students, and an eligible student left out of it.
        AdmissionProblem r;
        r.clear();
        r.addSchool(2, SeatPolicy::reserve(1, SeatPolicy::Precedence::First, false));
        r.addSchool(3);
        r.addStudent(list, classes, 0.1, 0, false);
        r.addStudent(list, classes, 0.2, 0, false);
        r.addStudent(list, classes, 0.3, 0, true);
        m.school = {0, 0, 1}; // both non-eligible on the two seats: the reserve seat is taken by a non-eligible
        m.rank = {1, 1, 2};
        c = verifier.check(r, m, true);
        QCOMPARE(c.capacityViolations, 1);
        QCOMPARE(c.reserveViolations, 1);
        QCOMPARE(c.blockingPairs, 1); // student 2, for the reserve seat
        m.school = {0, 1, 0};
        m.rank = {1, 2, 1};
        QCOMPARE(verifier.check(r, m, true).violations(), 0);

        // Random markets: unplacing one student always leaves a blocking pair the verifier sees.
        std::mt19937_64 rng(3);
        DeferredAcceptance da;
        for (int run = 0; run < 100; ++run) {
            Shape shape;
            shape.policies = run % 2 == 0;
            const AdmissionProblem q = randomMarket(rng, shape);
            Matching good;
            da.match(q, good);
            std::vector<int> placed;
            for (int s = 0; s < q.studentCount(); ++s)
                if (good.school[static_cast<size_t>(s)] >= 0)
                    placed.push_back(s);
            if (placed.empty())
                continue;
            const auto s = static_cast<size_t>(placed[static_cast<size_t>(uniformInt(rng, 0, static_cast<int>(placed.size()) - 1))]);
            Matching bad = good;
            bad.school[s] = -1;
            bad.rank[s] = 0;
            const MatchingCheck planted = verifier.check(q, bad, true);
            QVERIFY(planted.blockingPairs >= 1);
            QCOMPARE(planted.blockingPairs, directBlockingPairs(q, bad.school));
        }
    }

    void verifierBreaksTiesAsTheSchoolDoes()
    {
        // A plain school of two seats holds students 0 and 2; student 1 is left out. She ties with both on class and
        // lottery, so the student index decides: she outranks student 2, the worst held, and blocks with the school.
        // A verifier that took the wrong student as the worst (student 0) would see no blocking pair.
        const std::vector<int> list{0}, classes{0};
        MatchingVerifier verifier;
        Matching m;
        m.school = {0, -1, 0};
        m.rank = {1, 0, 1};
        for (const double zero : {0.5, -0.0}) { // -0.0 == +0.0, so a lottery of -0.0 ties with one of +0.0
            AdmissionProblem p;
            p.clear();
            p.addSchool(2);
            p.addStudent(list, classes, zero);
            p.addStudent(list, classes, zero == 0.5 ? 0.5 : 0.0);
            p.addStudent(list, classes, zero == 0.5 ? 0.5 : 0.0);
            const MatchingCheck c = verifier.check(p, m, true);
            QCOMPARE(c.blockingPairs, 1);
            QCOMPARE(c.blockingPairs, directBlockingPairs(p, m.school));
        }
        // A lower class outranks any lottery: student 1 (class 0) blocks with student 2 (class 1, lottery 0.1).
        AdmissionProblem p;
        p.clear();
        p.addSchool(2);
        const std::vector<int> second{1};
        p.addStudent(list, classes, 0.9);
        p.addStudent(list, classes, 0.8);
        p.addStudent(list, second, 0.1);
        QCOMPARE(verifier.check(p, m, true).blockingPairs, 1);
        QCOMPARE(directBlockingPairs(p, m.school), 1);
    }

    void reserveEligibilityNeverHurtsAndReservesAreKept()
    {
        std::mt19937_64 rng(12);
        DeferredAcceptance da;
        MatchingVerifier verifier;
        int toggled = 0;
        for (int run = 0; run < 200; ++run) {
            Shape shape = randomShape(rng);
            shape.policies = true;
            shape.tieBreaking = run % 2 ? TieBreaking::Multiple : TieBreaking::Single;
            AdmissionProblem p = randomMarket(rng, shape);
            Matching m;
            da.match(p, m);
            QCOMPARE(verifier.check(p, m, true).reserveViolations, 0);
            std::vector<int> sample;
            for (int i = 0; i < 5; ++i)
                sample.push_back(uniformInt(rng, 0, p.studentCount() - 1));
            const std::vector<char> before = [&] {
                std::vector<char> flags;
                for (int s = 0; s < p.studentCount(); ++s)
                    flags.push_back(p.isReserveEligible(s) ? 1 : 0);
                return flags;
            }();
            const EligibilityCheck e = verifier.checkEligibility(p, m, sample, da);
            QCOMPARE(e.students, 5);
            QCOMPARE(e.hurt, 0);
            for (int s = 0; s < p.studentCount(); ++s)
                QCOMPARE(p.isReserveEligible(s) ? 1 : 0, static_cast<int>(before[static_cast<size_t>(s)]));
            toggled += e.students;
        }
        QCOMPARE(toggled, 1000);
    }

    void reserveLastAdmitsMoreEligibleStudents()
    {
        // Dur, Kominers, Pathak & Sönmez (2018): filling reserve seats last acts like a larger reserve. School 0 has two
        // seats, one reserved; priority e1 > n > e2; everyone prefers school 0 to the roomy school 1.
        for (const auto precedence : {SeatPolicy::Precedence::First, SeatPolicy::Precedence::Last}) {
            for (const bool soft : {true, false}) {
                AdmissionProblem p;
                p.clear();
                p.addSchool(2, SeatPolicy::reserve(1, precedence, soft));
                p.addSchool(10);
                const std::vector<int> list{0, 1}, classes{0, 0};
                p.addStudent(list, classes, 0.1, 0, true);
                p.addStudent(list, classes, 0.2, 0, false);
                p.addStudent(list, classes, 0.3, 0, true);
                DeferredAcceptance da;
                Matching m;
                da.match(p, m);
                const bool last = precedence == SeatPolicy::Precedence::Last;
                QCOMPARE(eligibleAt(p, m, 0), last ? 2 : 1);
                QCOMPARE(m.school[1], last ? 1 : 0);
            }
        }
    }

    void workspacesAreReusable()
    {
        std::mt19937_64 rng(5);
        DeferredAcceptance da;
        ImmediateAcceptance boston;
        Shape big;
        big.students = 300;
        big.schools = 12;
        big.policies = true;
        Shape small;
        small.students = 20;
        small.schools = 3;
        const AdmissionProblem first = randomMarket(rng, big);
        const AdmissionProblem second = randomMarket(rng, small);
        Matching a, b, freshA, freshB;
        for (MatchingMechanism* mechanism : std::initializer_list<MatchingMechanism*>{&da, &boston}) {
            mechanism->match(first, a);
            mechanism->match(second, b);
            mechanism->match(first, a);
            if (mechanism == &da) {
                DeferredAcceptance fresh;
                fresh.match(first, freshA);
                fresh.match(second, freshB);
            } else {
                ImmediateAcceptance fresh;
                fresh.match(first, freshA);
                ImmediateAcceptance fresh2;
                fresh2.match(second, freshB);
            }
            QCOMPARE(a, freshA);
            mechanism->match(second, b);
            QCOMPARE(b, freshB);
        }
    }
};

QTEST_GUILESS_MAIN(TstAdmissionMatching)
#include "tst_admissionmatching.moc"
