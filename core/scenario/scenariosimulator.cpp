// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariosimulator.h"

#include "admission/admissioncompiler.h"
#include "admission/admissioncontext.h"
#include "admission/admissionproblem.h"
#include "admission/admissionrules.h"
#include "admission/deferredacceptance.h"
#include "admission/matching.h"
#include "admission/matchingverifier.h"
#include "base/feedback.h"
#include "base/parallelfor.h"
#include "choice/choicemodelparameters.h"
#include "choice/distancedistribution.h"
#include "index/indexinput.h"
#include "scenario/counterrandom.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <chrono>
#include <cmath>
#include <ctime>
#include <mutex>
#include <numeric>
#include <optional>
#include <span>

// The race's screen (ChoiceSets::rank, inlined where the draws are made) takes eight candidates per instruction with
// AVX2 against four with the SSE2 every x86-64 has: where GCC can, the function is compiled for both and the processor
// picks at load time (about a tenth of the draws, measured). AVX2 alone brings no fused multiply-add, so both
// versions round alike and give the same draws. Not under a sanitizer: the processor is asked in an ifunc resolver,
// which the dynamic loader calls before the sanitizer's runtime has started (ThreadSanitizer then crashes at startup).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && !defined(__SANITIZE_THREAD__) && !defined(__SANITIZE_ADDRESS__)
#define MK_WITH_AVX2_CLONE __attribute__((target_clones("avx2", "default")))
#else
#define MK_WITH_AVX2_CLONE
#endif

namespace Mk {

namespace {

// Stream tags of the counter-based draws, so that preference noise, lotteries and sibling draws never coincide.
// A child's draws in a run are mix(childKey ^ tag) (noise: mix(childKey ^ kNoiseStream ^ school key)), one
// finaliser each, with childKey = CounterRandom::key(seed, run, child id).
constexpr quint64 kNoiseStream = 0x6E6F697365ull;      // "noise"
constexpr quint64 kLotteryStream = 0x6C6F74ull;        // "lot"
constexpr quint64 kSchoolLotteryStream = 0x6C6F7473ull; // "lots": the key of multiple tie-breaking
constexpr quint64 kSiblingStream = 0x736962ull;        // "sib"
constexpr quint64 kEligibleStream = 0x656C6967ull;     // "elig"

QString mechanismKey(MechanismKind kind)
{
    return kind == MechanismKind::DeferredAcceptance ? QStringLiteral("da") : QStringLiteral("boston");
}

/** Straight-line metres: the square root of the squares (QLineF::length's hypot guards against overflow, at a cost). */
double metresBetween(const QPointF& a, const QPointF& b)
{
    const QPointF d = a - b;
    return std::sqrt(d.x() * d.x() + d.y() * d.y());
}

/** A candidate of a child's in a situation that the situation paired before it lacks (Situation::pairWith). */
struct FreshCandidate {
    quint64 schoolKey = 0;
    float weight = 0.0f;
    quint8 position = 0; ///< in her list of candidates
};

/**
 * Per child, the schools she may rank, best first, with their weights for the exponential race (CSR layout, one
 * array per field: the race streams through the weights and schools of every child in every run).
 */
struct ChoiceSets {
    std::vector<int> offsets;     ///< children + 1
    std::vector<float> weight;    ///< w_ij = exp(-(V_ij - V_i,best)) in [1, e^kUtilityGap]: relative to the best, so nothing overflows
    std::vector<int> school;      ///< school index of each candidate
    std::vector<quint64> keys;    ///< per school of the world: its CounterRandom key
    std::vector<quint32> keyHigh; ///< per candidate: the high half of her school's key (what rank()'s screen reads)

    std::vector<int> nearest;     ///< per child: the nearest open school (-1: none)

    /** The choice sets of every child, in chunks of children on `threads` threads (0: every core); the same on any count. */
    static ChoiceSets build(const SimulationWorld& world, const ChoiceModelParameters& parameters, int threads = 1)
    {
        const std::vector<int> open = world.openSchools();
        const size_t children = world.children.size();
        constexpr size_t kChunk = 2048;
        std::vector<ChoiceSets> chunks((children + kChunk - 1) / kChunk);
        std::vector<size_t> indexes(chunks.size());
        std::iota(indexes.begin(), indexes.end(), size_t{0});
        const auto buildChunk = [&](size_t chunk) {
            ChoiceSets& part = chunks[chunk];
            std::vector<std::pair<double, int>> v;
            for (size_t i = chunk * kChunk; i < std::min(children, (chunk + 1) * kChunk); ++i) {
                const SyntheticChild& child = world.children[i];
                v.clear();
                double best = -std::numeric_limits<double>::infinity();
                double nearestMetres = std::numeric_limits<double>::infinity();
                int nearestSchool = -1;
                for (int j : open) {
                    const double d = metresBetween(child.home, world.schools[static_cast<size_t>(j)].location);
                    if (d < nearestMetres) {
                        nearestMetres = d;
                        nearestSchool = j;
                    }
                    if (!parameters.inChoiceSet(d))
                        continue;
                    v.push_back({world.utility(parameters, i, static_cast<size_t>(j), d), j});
                    best = std::max(best, v.back().first);
                }
                part.nearest.push_back(nearestSchool);
                // Only the schools within the gap are sorted (the pair order is total: equal utilities go by index).
                v.erase(std::remove_if(v.begin(), v.end(), [&](const auto& c) { return c.first < best - ScenarioSimulator::kUtilityGap; }),
                        v.end());
                const size_t keep = std::min<size_t>(v.size(), ScenarioSimulator::kMaxCandidates);
                if (keep == v.size())
                    std::sort(v.begin(), v.end(), std::greater<>());
                else
                    std::partial_sort(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(keep), v.end(), std::greater<>());
                for (size_t k = 0; k < keep; ++k) {
                    part.weight.push_back(static_cast<float>(std::exp(-(v[k].first - best))));
                    part.school.push_back(v[k].second);
                    part.keyHigh.push_back(CounterRandom::high(world.schools[static_cast<size_t>(v[k].second)].key));
                }
                part.offsets.push_back(static_cast<int>(part.school.size()));
            }
        };
        parallelFor(indexes, chunks.size() < 2 ? 1 : threads, buildChunk);
        ChoiceSets sets;
        for (const SimSchool& school : world.schools)
            sets.keys.push_back(school.key);
        sets.offsets.reserve(children + 1);
        sets.offsets.push_back(0);
        for (const ChoiceSets& part : chunks) {
            const int base = static_cast<int>(sets.school.size());
            for (const int end : part.offsets)
                sets.offsets.push_back(base + end);
            sets.weight.insert(sets.weight.end(), part.weight.begin(), part.weight.end());
            sets.school.insert(sets.school.end(), part.school.begin(), part.school.end());
            sets.keyHigh.insert(sets.keyHigh.end(), part.keyHigh.begin(), part.keyHigh.end());
            sets.nearest.insert(sets.nearest.end(), part.nearest.begin(), part.nearest.end());
        }
        // rank() screens whole blocks of candidates, reading past the last child's list.
        sets.weight.resize(sets.weight.size() + kScreenBlock, 1.0f);
        sets.keyHigh.resize(sets.keyHigh.size() + kScreenBlock, 0);
        return sets;
    }

    /**
     * A child's ranking from the race of the situation paired before this one (Situation::pairWith), into top[0,
     * returned count) as rank() gives it: `earlierKeys` and `earlierPositions` are the first `earlierCount` entries of
     * that race, best first, `map` takes a position in her list there to one here (kAbsent: not a candidate here) and
     * `fresh` holds her candidates here that were none there (with their school keys and weights, so that the race
     * reads them in one stream rather than at her offset in the choice sets). Her common candidates have the same
     * weights and draws in both, hence the same keys: the `depth` smallest keys here are the smallest of the mapped
     * entries and of the fresh candidates' keys, drawn here (with rank()'s bound, so a fresh school costs a logarithm
     * only when it can enter). Ties go to the earlier position here, as in rank().
     */
    size_t rankFrom(quint64 noiseKey, size_t depth, const double* earlierKeys, const quint8* earlierPositions,
                    size_t earlierCount, const quint8* map, std::span<const FreshCandidate> fresh, std::pair<double, int>* top) const
    {
        size_t n = 0;
        const auto ahead = [](const std::pair<double, int>& a, double key, int position) {
            return a.first < key || (a.first == key && a.second < position);
        };
        const auto insert = [&](double key, int position) {
            size_t p = n < depth ? n++ : depth - 1;
            for (; p > 0 && !ahead(top[p - 1], key, position); --p)
                top[p] = top[p - 1];
            top[p] = {key, position};
        };
        for (size_t r = 0; r < earlierCount && n < depth; ++r)
            if (const quint8 q = map[earlierPositions[r]]; q != kAbsent)
                insert(earlierKeys[r], q);
        for (const FreshCandidate& candidate : fresh) {
            const int q = candidate.position;
            const double u = CounterRandom::pairUniform(noiseKey, candidate.schoolKey);
            const double w = candidate.weight;
            if (n == depth) {
                const double t = 1.0 - u;
                if ((t + 0.5 * t * t) * w > top[n - 1].first)
                    continue;
            }
            const double key = -std::log(u) * w;
            if (n == depth && !ahead({key, q}, top[n - 1].first, top[n - 1].second))
                continue;
            insert(key, q);
        }
        return n;
    }

    static constexpr quint8 kAbsent = 0xFF;
    static constexpr size_t kScreenBlock = 8; ///< candidates rank() screens at once

    /** The school of child i's candidate at `position` of her list. */
    int schoolAt(size_t i, int position) const { return school[static_cast<size_t>(offsets[i] + position)]; }

    /**
     * The `depth` candidates with the smallest E_ij·w_ij among child i's, best first, into top[0, returned count)
     * as (key, position in her list): her ranking in the exponential race. Candidates come in ascending w
     * (descending V). Once the list is full with worst key K, a candidate enters only if E·w < K. With t = 1 − U,
     * E = −ln(1 − t) = t + t²/2 + t³/3 + … ≥ t + t²/2, so (t + t²/2)·w ≥ K rejects it exactly without the
     * logarithm, which spares it for most schools after the first `depth`. Before that, blocks of kScreenBlock
     * candidates are screened with the same bound in 32-bit floats from the draw's leading 32 bits alone
     * (CounterRandom::pairHigh; t > ~pairHigh·2^-32), a loop that vectorises; only a candidate it keeps draws the
     * whole uniform. E_ij is keyed by (child, school) only (CounterRandom::pairUniform). `top` must hold `depth` entries.
     * Forced inline: with a second caller (ListTails) the compiler calls it out of line, which costs matchRun's loop
     * about 5 % (measured).
     */
    Q_ALWAYS_INLINE size_t rank(size_t i, quint64 noiseKey, size_t depth, std::pair<double, int>* top) const
    {
        const auto begin = static_cast<size_t>(offsets[i]), end = static_cast<size_t>(offsets[i + 1]);
        const float* const w = weight.data() + begin;
        const int* const j = school.data() + begin;
        const size_t count = end - begin;
        const auto insert = [top](size_t last, double key, size_t position) {
            size_t p = last;
            for (; p > 0 && top[p - 1].first > key; --p)
                top[p] = top[p - 1];
            top[p] = {key, static_cast<int>(position)};
        };
        size_t m = 0;
        for (; m < count && m < depth; ++m)
            insert(m, -std::log(CounterRandom::pairUniform(noiseKey, keys[static_cast<size_t>(j[m])])) * w[m], m);
        const size_t n = m;
        if (n == 0)
            return 0;
        double worst = top[n - 1].first;
        const quint32 childHigh = CounterRandom::high(noiseKey);
        const quint32* const high = keyHigh.data() + begin;
        std::array<quint32, kScreenBlock> open{};
        for (; m < count; m += kScreenBlock) {
            // The screen: t > ⌊~pairHigh / 2^8⌋·2^-24, in floats; the factor 1 − 2^-18 covers their rounding and that
            // of the worst key, so what it rejects has E·w > K.
            const auto limit = static_cast<float>(worst);
            const auto screen = [&](size_t c) {
                const auto t = static_cast<float>(static_cast<qint32>(~CounterRandom::pairHigh(childHigh, high[c]) >> 8)) * 0x1.0p-24f;
                return static_cast<quint32>((t + 0.5f * t * t) * w[c] * (1.0f - 0x1.0p-18f) < limit);
            };
            // Whole blocks: the arrays have kScreenBlock entries to spare at the end, and what lies beyond her list is
            // screened and ignored.
            quint32 any = 0;
            for (size_t c = 0; c < kScreenBlock; ++c) {
                open[c] = screen(m + c);
                any |= open[c];
            }
            if (!any)
                continue;
            const size_t length = std::min(kScreenBlock, count - m);
            for (size_t c = 0; c < length; ++c) {
                if (!open[c])
                    continue;
                const double u = CounterRandom::pairUniform(noiseKey, keys[static_cast<size_t>(j[m + c])]);
                const double t = 1.0 - u;
                if ((t + 0.5 * t * t) * w[m + c] >= worst)
                    continue;
                const double key = -std::log(u) * w[m + c];
                if (key >= worst)
                    continue;
                insert(n - 1, key, m + c);
                worst = top[n - 1].first;
            }
        }
        return n;
    }
};

/**
 * Adds the time since its last lap to a stage of StageTimes: the calling thread's CPU time where the system keeps it
 * (POSIX), so that other work on a shared machine does not count; elsewhere the steady clock.
 */
class StageClock
{
public:
    void lap(double& stage)
    {
        const double now = seconds();
        stage += now - m_last;
        m_last = now;
    }

private:
    static double seconds()
    {
#if defined(CLOCK_THREAD_CPUTIME_ID)
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
#else
        return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
#endif
    }
    double m_last = seconds();
};

/** What one run of one situation gives. */
struct RunTally {
    std::vector<double> counts;    ///< schools x groups (placed pupils)
    std::vector<char> full;        ///< per school: every place taken
    std::vector<double> indices;   ///< SegregationSummary::values()
    std::vector<double> first, top3, unplaced, placed, distanceMean, distanceP90; ///< per group, then all
    std::vector<double> children;  ///< per group, then all
    std::vector<float> allDistances; ///< every placed child's distance (only for summarise())
    std::optional<Error> error;    ///< the run could not be compiled
    double atNearest = 0.0;        ///< placed children at their nearest open school
    VerificationTally verification;
    StageTimes times;
};

/** Per thread: the compiler's buffers, the mechanism, the verifier, the problem and the matching, reused run after run. */
struct Workspace {
    Workspace(const AdmissionCompiler& rules, std::unique_ptr<MatchingMechanism> mechanism, DeferredAcceptance* extending)
        : compiler(rules), mechanism(std::move(mechanism)), extending(extending)
    {
    }

    AdmissionCompiler compiler;
    std::unique_ptr<MatchingMechanism> mechanism;
    MatchingVerifier verifier;
    AdmissionProblem problem;
    Matching matching;
    std::vector<std::pair<double, int>> keys; ///< a child's ranking in the race (key, candidate position)
    // The draws of a block of children (matchRun): their rankings (rankingStride school indexes each) and the rest.
    std::vector<int> rankings;
    std::vector<AdmissionDraw> draws;
    // This run's races: per child her best keys and their positions in her candidate list, best first (raceStride per child).
    size_t raceStride = 0;
    std::vector<quint8> raceCount;
    std::vector<quint8> racePositions;
    std::vector<double> raceKeys;
    std::vector<std::vector<float>> distances; ///< per group and all: placed children's home-school metres
    std::vector<quint32> quantileBins;         ///< p90's buffers
    std::vector<float> quantileBucket;
    // Lists drawn lazily (Situation::lazy): `mechanism` as the deferred acceptance that extends them, and per child
    // whether her list in the problem is only a head.
    DeferredAcceptance* extending = nullptr;
    std::vector<char> partial;
};
static_assert(ScenarioSimulator::kMaxCandidates < 256, "race positions are stored as bytes");

/** Everything fixed over the runs of one situation, and the workspaces its runs borrow. */
class Situation
{
public:
    Situation(const SimulationWorld& world, const AdmissionRules& rules, const ChoiceModelParameters& parameters, const MonteCarloOptions& options)
        : world(&world), rules(&rules), sets(ChoiceSets::build(world, parameters, options.threads))
    {
        context.groups = world.groups;
        for (const SimSchool& school : world.schools)
            context.schools.push_back(AdmissionContext::SchoolInfo{school.id, school.key, school.location, school.capacity, school.open});
        context.children.resize(world.children.size());
        std::vector<double> totals(static_cast<size_t>(world.groups.size()), 0.0);
        for (size_t i = 0; i < world.children.size(); ++i) {
            const SyntheticChild& c = world.children[i];
            AdmissionContext::Child& a = context.children[i];
            a.home = c.home;
            a.group = c.group;
            a.areaCode = c.area >= 0 && c.area < world.areaCodes.size() ? world.areaCodes[c.area] : QString();
            totals[static_cast<size_t>(c.group)] += 1.0;
        }
        const double all = std::accumulate(totals.begin(), totals.end(), 0.0);
        for (double t : totals)
            context.gemeenteShares.push_back(all > 0.0 ? t / all : 0.0);
        for (const SimSchool& school : world.schools)
            if (school.open)
                openIds << school.id;
        // Where no school can fill up, every child gets the first school on her list whatever the rest of it, and her
        // list beyond it changes no figure: only the first place of her race is drawn.
        const bool plain = !rules.reserve && !rules.baskets && !rules.targetMix;
        const bool roomy = std::all_of(world.schools.begin(), world.schools.end(), [&](const SimSchool& school) {
            return !school.open || static_cast<size_t>(std::max(0, school.capacity)) >= world.children.size();
        });
        listDepth = plain && roomy ? 1 : static_cast<size_t>(rules.listLength);
        // Deferred acceptance reads a child's list down to the school she is placed at, for most children the first or
        // second: each race is drawn kHeadDepth deep and the rest when the child has been turned away by all of it
        // (ListTails), which gives the matching of the whole lists (DeferredAcceptance::match). Not with a reserve,
        // whose eligibility check matches again on the lists as compiled, nor for immediate acceptance, whose rounds
        // depend on when a school is proposed to.
        lazy = options.lazyLists && rules.mechanism == MechanismKind::DeferredAcceptance && !rules.reserve && listDepth > kHeadDepth;
        headDepth = lazy ? kHeadDepth : listDepth;
        drawDepth.assign(world.children.size(), static_cast<quint8>(headDepth));
        raceStride = headDepth;
        siblingShare = rules.siblingShare();
        multipleTieBreaking = rules.tieBreaking == TieBreaking::Multiple;
    }

    /** Whether child i's list compiled from the first `drawn` places of her race, as a ranking of `length` schools, lacks schools of her whole list. */
    bool isHead(size_t i, size_t drawn, size_t length) const
    {
        const auto candidates = static_cast<size_t>(sets.offsets[i + 1] - sets.offsets[i]);
        return drawn < std::min(candidates, listDepth) && length < static_cast<size_t>(rules->listLength);
    }

    /**
     * Child i's draws of the run with key `childKey`, from the best places `race` of her race: into `ranking` (room for
     * listDepth + 1) her ranking, an initiative's school first, and into `draw` that and her lottery and sibling's
     * school (her family's favourite existing school, -1 when `race` holds none; siblings never attend a school that
     * opens now). Forced inline as rank() is.
     */
    Q_ALWAYS_INLINE void drawChild(size_t i, quint64 childKey, std::span<const std::pair<double, int>> race, int* ranking, AdmissionDraw& draw) const
    {
        size_t length = 0;
        const int initiative = world->initiativeSchool[i];
        if (initiative >= 0 && world->schools[static_cast<size_t>(initiative)].open)
            ranking[length++] = initiative;
        for (const auto& place : race.first(std::min(race.size(), listDepth)))
            if (const int school = sets.schoolAt(i, place.second); school != initiative)
                ranking[length++] = school;
        draw.ranking = std::span<const int>(ranking, length);
        draw.lottery = CounterRandom::uniform(childKey ^ kLotteryStream) - 0x1.0p-54; // [0, 1)
        draw.lotteryKey = multipleTieBreaking ? CounterRandom::mix(childKey ^ kSchoolLotteryStream) : 0;
        draw.siblingSchool = -1;
        draw.head = false;
        if (CounterRandom::uniform(childKey ^ kSiblingStream) < siblingShare)
            for (const int j : draw.ranking)
                if (world->schools[static_cast<size_t>(j)].origin == SimSchoolOrigin::Existing) {
                    draw.siblingSchool = j;
                    break;
                }
    }

    /**
     * Pairs this situation with `next`, which is simulated right after it in each run. A child with the same id in
     * both whose candidates in common have the same weights (her best school is the same, as when a school far from
     * her opens, or one she does not like best closes or changes capacity) has the same keys for them in both
     * races, because the draws are keyed by child and school. `next` then derives her ranking from this one's race
     * (ChoiceSets::rankFrom), drawing only the candidates it has and this one has not, if this one draws her race
     * deeper by the number of its candidates that `next` lacks (the top d of a race are the first d of its top D ≥ d;
     * at most kMaxDropped, beyond which `next` draws her race itself).
     */
    void pairWith(Situation& next)
    {
        constexpr int kMaxDropped = 4;
        const size_t shared = std::min(world->children.size(), next.world->children.size());
        QHash<quint64, int> nextSchool;
        for (size_t j = 0; j < next.world->schools.size(); ++j)
            nextSchool.insert(next.world->schools[j].key, static_cast<int>(j));
        std::vector<int> schoolInNext;
        for (const SimSchool& school : world->schools)
            schoolInNext.push_back(nextSchool.value(school.key, -1));
        const size_t nextSchools = next.world->schools.size();
        std::vector<int> listedBy(nextSchools, -1), matchedBy(nextSchools, -1), positionOf(nextSchools, 0);
        next.previous = this;
        pairedAfter = true;
        next.derived.assign(next.world->children.size(), 0);
        next.positionMap.assign(sets.school.size(), ChoiceSets::kAbsent);
        next.freshOffsets.assign(1, 0);
        next.freshCandidates.clear();
        for (size_t i = 0; i < next.world->children.size(); ++i) {
            const auto stamp = static_cast<int>(i);
            const auto nextBegin = static_cast<size_t>(next.sets.offsets[i]);
            const size_t nextCount = static_cast<size_t>(next.sets.offsets[i + 1]) - nextBegin;
            bool same = i < shared && world->children[i].id == next.world->children[i].id;
            int dropped = 0;
            if (same) {
                for (size_t q = 0; q < nextCount; ++q) {
                    const auto j = static_cast<size_t>(next.sets.school[nextBegin + q]);
                    listedBy[j] = stamp;
                    positionOf[j] = static_cast<int>(q);
                }
                const auto begin = static_cast<size_t>(sets.offsets[i]);
                const size_t count = static_cast<size_t>(sets.offsets[i + 1]) - begin;
                for (size_t p = 0; p < count && same; ++p) {
                    const int j = schoolInNext[static_cast<size_t>(sets.school[begin + p])];
                    if (j < 0 || listedBy[static_cast<size_t>(j)] != stamp) {
                        ++dropped;
                        continue;
                    }
                    const int q = positionOf[static_cast<size_t>(j)];
                    same = next.sets.weight[nextBegin + static_cast<size_t>(q)] == sets.weight[begin + p];
                    next.positionMap[begin + p] = static_cast<quint8>(q);
                    matchedBy[static_cast<size_t>(j)] = stamp;
                }
                same = same && dropped <= kMaxDropped;
                if (!same)
                    std::fill_n(next.positionMap.begin() + static_cast<std::ptrdiff_t>(begin), count, ChoiceSets::kAbsent);
            }
            if (same) {
                next.derived[i] = 1;
                for (size_t q = 0; q < nextCount; ++q)
                    if (const auto j = static_cast<size_t>(next.sets.school[nextBegin + q]); matchedBy[j] != stamp)
                        next.freshCandidates.push_back({next.sets.keys[j], next.sets.weight[nextBegin + q], static_cast<quint8>(q)});
                const size_t count = static_cast<size_t>(sets.offsets[i + 1] - sets.offsets[i]);
                const size_t depth = std::min(count, static_cast<size_t>(next.drawDepth[i]) + static_cast<size_t>(dropped));
                drawDepth[i] = static_cast<quint8>(std::max<size_t>(drawDepth[i], depth));
            }
            next.freshOffsets.push_back(static_cast<int>(next.freshCandidates.size()));
        }
        for (const quint8 depth : drawDepth)
            raceStride = std::max<size_t>(raceStride, depth);
    }

    /** Binds the rules to the schools and groups; fails on groups the rules name that the data lack. */
    Result<void> init(Diagnostics* diagnostics)
    {
        auto compiler = AdmissionCompiler::create(*rules, context, diagnostics);
        if (!compiler)
            return compiler.error();
        m_compiler.emplace(std::move(*compiler));
        return {};
    }

    std::unique_ptr<Workspace> acquire() const
    {
        {
            const std::lock_guard lock(m_mutex);
            if (!m_free.empty()) {
                std::unique_ptr<Workspace> w = std::move(m_free.back());
                m_free.pop_back();
                return w;
            }
        }
        if (!lazy)
            return std::make_unique<Workspace>(*m_compiler, MatchingMechanism::create(rules->mechanism), nullptr);
        auto deferred = std::make_unique<DeferredAcceptance>();
        DeferredAcceptance* const extending = deferred.get();
        return std::make_unique<Workspace>(*m_compiler, std::move(deferred), extending);
    }
    void release(std::unique_ptr<Workspace> w) const
    {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(w));
    }

    const SimulationWorld* world;
    const AdmissionRules* rules;
    ChoiceSets sets;
    QStringList openIds;      ///< the open schools' ids, in index order (the index input of every run)
    static constexpr size_t kHeadDepth = 1; ///< the places of a race drawn first when lists are drawn lazily (1 measured fastest, then 2, 3)
    size_t listDepth = 1;          ///< the places of a child's list that can matter: the rules' list length, or 1 (see above)
    bool lazy = false;             ///< lists are drawn lazily (see above)
    size_t headDepth = 1;          ///< the places of a race the list is first compiled from: kHeadDepth when lazy, else listDepth
    std::vector<quint8> drawDepth; ///< per child, how deep her race is first drawn (headDepth, or deeper: pairWith)
    double siblingShare = 0.0;     ///< the rules', for drawChild()
    bool multipleTieBreaking = false; ///< the rules', for drawChild()
    size_t raceStride = 0;         ///< the largest drawDepth
    // Set by the situation paired before this one (pairWith): per child whether her ranking derives from its race, per
    // candidate of that situation its position here (CSR of its choice sets, ChoiceSets::kAbsent: none), and per child
    // her candidates it lacks.
    const Situation* previous = nullptr;
    std::vector<char> derived;
    std::vector<quint8> positionMap;
    std::vector<int> freshOffsets;
    std::vector<FreshCandidate> freshCandidates;
    bool pairedAfter = false;  ///< a situation is paired after this one (pairWith): its races are kept for it
    AdmissionContext context; ///< the children's fixed fields; rankings, lotteries and siblings are drawn per run (matchRun)

private:
    std::optional<AdmissionCompiler> m_compiler;
    mutable std::mutex m_mutex;
    mutable std::vector<std::unique_ptr<Workspace>> m_free;
};

/** A workspace borrowed from a Situation for one run and given back when the lease ends. */
class WorkspaceLease
{
public:
    explicit WorkspaceLease(const Situation& situation) : m_situation(situation), m_workspace(situation.acquire()) {}
    ~WorkspaceLease() { m_situation.release(std::move(m_workspace)); }
    WorkspaceLease(const WorkspaceLease&) = delete;
    WorkspaceLease& operator=(const WorkspaceLease&) = delete;
    Workspace* operator->() const { return m_workspace.get(); }
    Workspace& operator*() const { return *m_workspace; }

private:
    const Situation& m_situation;
    std::unique_ptr<Workspace> m_workspace;
};

/**
 * The 0.9 quantile of `values` (non-negative; the element at floor(0.9·(n − 1)) in ascending order) by a radix
 * select: non-negative floats order as their bit patterns, so one histogram of the patterns' leading bits (at most
 * kBins bins over the range in use) finds the bin holding that element, and nth_element orders only that bin's
 * elements (Knuth, TAOCP vol. 3, §5.2.5, distribution counting). `bins` and `bucket` are buffers kept by the caller.
 */
double p90(std::span<const float> values, std::vector<quint32>& bins, std::vector<float>& bucket)
{
    constexpr int kBinBits = 12;
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const size_t k = static_cast<size_t>(std::floor(0.9 * static_cast<double>(values.size() - 1)));
    const auto bits = [](float v) { return std::bit_cast<quint32>(v); };
    quint32 lo = bits(values.front()), hi = lo;
    for (const float v : values) {
        lo = std::min(lo, bits(v));
        hi = std::max(hi, bits(v));
    }
    const int shift = std::max(0, static_cast<int>(std::bit_width(hi - lo)) - kBinBits);
    bins.assign(static_cast<size_t>((hi - lo) >> shift) + 1, 0);
    for (const float v : values)
        ++bins[(bits(v) - lo) >> shift];
    size_t bin = 0, before = 0;
    for (; before + bins[bin] <= k; ++bin)
        before += bins[bin];
    bucket.clear();
    for (const float v : values)
        if (((bits(v) - lo) >> shift) == bin)
            bucket.push_back(v);
    const auto at = bucket.begin() + static_cast<std::ptrdiff_t>(k - before);
    std::nth_element(bucket.begin(), at, bucket.end());
    return *at;
}

/** ChoiceSets::rank for a list's tail (ListTails), compiled for AVX2 as matchRun is. */
MK_WITH_AVX2_CLONE size_t rankWholeRace(const ChoiceSets& sets, size_t i, quint64 noiseKey, size_t depth, std::pair<double, int>* top)
{
    return sets.rank(i, noiseKey, depth, top);
}

/**
 * The rest of a child's list when deferred acceptance has turned her away from its head (Situation::lazy): her race
 * drawn whole (ChoiceSets::rank, as a situation drawn alone draws it; a scenario's ranking derived from the baseline's
 * race equals it) and compiled again, and what the head lacks appended to the problem (AdmissionCompiler::extend).
 */
class ListTails final : public ListSource
{
public:
    ListTails(const Situation& situation, Workspace& workspace, quint64 runKey) : m_situation(situation), m_workspace(workspace), m_runKey(runKey) {}

    bool extend(int student) override
    {
        const auto i = static_cast<size_t>(student);
        Workspace& ws = m_workspace;
        if (!ws.partial[i] || m_error)
            return false;
        ws.partial[i] = 0;
        const quint64 childKey = CounterRandom::mix(m_runKey ^ m_situation.world->children[i].id);
        const size_t count = rankWholeRace(m_situation.sets, i, childKey ^ kNoiseStream, m_situation.listDepth, ws.keys.data());
        AdmissionDraw draw;
        // The block buffer of rankings is free once the problem is compiled (it holds copies).
        m_situation.drawChild(i, childKey, std::span(ws.keys).first(count), ws.rankings.data(), draw);
        auto grown = ws.compiler.extend(m_situation.context, i, draw, ws.problem);
        if (!grown) {
            m_error = grown.error();
            return false;
        }
        return *grown;
    }
    /** Why a list could not be extended; the matching is then void. */
    const std::optional<Error>& error() const { return m_error; }

private:
    const Situation& m_situation;
    Workspace& m_workspace;
    quint64 m_runKey;
    std::optional<Error> m_error;
};

/**
 * Draws run `run`'s rankings, lotteries and siblings and compiles the problem as it goes, in blocks of children (so
 * that the draws and the rules applied are timed apart and a block's draws stay in the cache), and matches it. With
 * lists drawn lazily, the tails drawn during the matching count as matching time.
 */
MK_WITH_AVX2_CLONE Result<void> matchRun(const Situation& s, Workspace& ws, const Workspace* previous, int run,
                                          const MonteCarloOptions& options, StageClock& clock, StageTimes& times)
{
    constexpr size_t kBlock = 1024;
    const SimulationWorld& w = *s.world;
    const size_t nChildren = w.children.size();
    const size_t rankingStride = s.listDepth + 1; // an initiative's school first
    ws.keys.resize(std::max(s.raceStride, s.listDepth));
    if (s.pairedAfter) {
        ws.raceStride = s.raceStride;
        ws.raceCount.resize(nChildren);
        ws.racePositions.resize(nChildren * s.raceStride);
        ws.raceKeys.resize(nChildren * s.raceStride);
    }
    ws.rankings.resize(kBlock * rankingStride);
    ws.draws.resize(kBlock);
    ws.partial.assign(s.lazy ? nChildren : 0, 0);
    const quint64 runKey = CounterRandom::key(options.seed, static_cast<quint64>(run));
    if (auto started = ws.compiler.start(s.context, ws.problem); !started)
        return started.error();
    clock.lap(times.compile);
    for (size_t block = 0; block < nChildren; block += kBlock) {
        const size_t end = std::min(nChildren, block + kBlock);
        for (size_t i = block; i < end; ++i) {
            const quint64 childKey = CounterRandom::mix(runKey ^ w.children[i].id); // CounterRandom::key(seed, run, id)
            size_t count = 0;
            if (previous && s.derived[i]) {
                const size_t earlier = i * previous->raceStride;
                const auto fresh = std::span<const FreshCandidate>(s.freshCandidates)
                                       .subspan(static_cast<size_t>(s.freshOffsets[i]), static_cast<size_t>(s.freshOffsets[i + 1] - s.freshOffsets[i]));
                count = s.sets.rankFrom(childKey ^ kNoiseStream, s.drawDepth[i], previous->raceKeys.data() + earlier,
                                        previous->racePositions.data() + earlier, previous->raceCount[i],
                                        s.positionMap.data() + s.previous->sets.offsets[i], fresh, ws.keys.data());
            } else {
                count = s.sets.rank(i, childKey ^ kNoiseStream, s.drawDepth[i], ws.keys.data());
            }
            if (s.pairedAfter) {
                quint8* positions = ws.racePositions.data() + i * s.raceStride;
                double* keys = ws.raceKeys.data() + i * s.raceStride;
                for (size_t r = 0; r < count; ++r) {
                    positions[r] = static_cast<quint8>(ws.keys[r].second);
                    keys[r] = ws.keys[r].first;
                }
                ws.raceCount[i] = static_cast<quint8>(count);
            }
            // The list is compiled from the head of the race only, however deep pairWith had it drawn, so that it is
            // the same paired or alone.
            const size_t head = std::min(count, s.headDepth);
            int* const ranking = ws.rankings.data() + (i - block) * rankingStride;
            AdmissionDraw& draw = ws.draws[i - block];
            s.drawChild(i, childKey, std::span(ws.keys).first(head), ranking, draw);
            // A head without an existing school lacks her sibling's school (the first existing one of her ranking), but
            // that school's priority class is all a sibling changes, and it is compiled with the tail.
            if (s.lazy && s.isHead(i, head, draw.ranking.size())) {
                draw.head = true;
                ws.partial[i] = 1;
            }
        }
        clock.lap(times.draws);
        for (size_t i = block; i < end; ++i)
            if (auto added = ws.compiler.add(s.context, i, ws.draws[i - block], ws.problem); !added)
                return added.error();
        clock.lap(times.compile);
    }
    if (ws.extending) {
        ListTails tails(s, ws, runKey);
        ws.extending->match(ws.problem, tails, ws.matching);
        if (tails.error())
            return *tails.error();
    } else {
        ws.mechanism->match(ws.problem, ws.matching);
    }
    clock.lap(times.matching);
    return {};
}

/** matchRun() and a copy of what the mechanism saw and gave (ScenarioSimulator::placements). */
Result<RunRecord> recordRun(const Situation& s, Workspace& ws, const Workspace* previous, int run, const MonteCarloOptions& options)
{
    StageClock clock;
    StageTimes times;
    if (auto matched = matchRun(s, ws, previous, run, options, clock, times); !matched)
        return matched.error();
    RunRecord record{ws.problem, ws.matching, 0};
    if (previous)
        record.derivedRankings = static_cast<int>(std::count(s.derived.begin(), s.derived.end(), 1));
    return record;
}

/** What a run tallies beyond the per-school counts. */
struct TallyOptions {
    bool indices = true;
    bool distances = false;
};

/** Run `run` of `s` in `ws`; `previous` is the workspace in which the situation paired before it just made the same run. */
RunTally simulateRun(const Situation& s, Workspace& workspace, const Workspace* previous, int run, const MonteCarloOptions& options,
                     TallyOptions what)
{
    const SimulationWorld& w = *s.world;
    const size_t nChildren = w.children.size();
    const size_t nSchools = w.schools.size();
    const qsizetype groups = w.groups.size();
    RunTally t;
    StageClock clock;
    Workspace* const ws = &workspace;
    if (auto matched = matchRun(s, *ws, previous, run, options, clock, t.times); !matched) {
        t.error = matched.error();
        return t;
    }
    const Matching& matching = ws->matching;
    const MatchingCheck check = ws->verifier.check(ws->problem, matching, ws->mechanism->isStable());
    t.verification.matchings = 1;
    t.verification.blockingPairs = check.blockingPairs;
    t.verification.justifiedEnvy = check.justifiedEnvy;
    t.verification.capacityViolations = check.capacityViolations + check.listViolations;
    t.verification.wastefulPairs = check.wastefulPairs;
    t.verification.reserveViolations = check.reserveViolations;
    if (s.rules->reserve && options.eligibilitySamples > 0 && nChildren > 0) {
        std::vector<int> sample;
        for (int k = 0; k < options.eligibilitySamples; ++k)
            sample.push_back(static_cast<int>(
                CounterRandom::mix(CounterRandom::key(options.seed, static_cast<quint64>(run), kEligibleStream, static_cast<quint64>(k)))
                % nChildren));
        const EligibilityCheck eligibility = ws->verifier.checkEligibility(ws->problem, ws->matching, sample, *ws->mechanism);
        t.verification.eligibilityChecks = eligibility.students;
        t.verification.eligibilityViolations = eligibility.hurt;
    }
    clock.lap(t.times.verification);

    t.counts.assign(nSchools * static_cast<size_t>(groups), 0.0);
    const size_t slotCount = static_cast<size_t>(groups) + 1;
    t.first.assign(slotCount, 0.0);
    t.top3.assign(slotCount, 0.0);
    t.unplaced.assign(slotCount, 0.0);
    t.placed.assign(slotCount, 0.0);
    t.children.assign(slotCount, 0.0);
    t.distanceMean.assign(slotCount, 0.0);
    t.distanceP90.assign(slotCount, 0.0);
    std::vector<std::vector<float>>& distances = ws->distances;
    distances.resize(slotCount);
    for (std::vector<float>& d : distances)
        d.clear();
    std::vector<int> seated(nSchools, 0);
    // Per group; the last slot (all children) is their sum.
    std::vector<int> children(slotCount, 0), placed(slotCount, 0), first(slotCount, 0), top3(slotCount, 0);
    int atNearest = 0;
    for (size_t i = 0; i < nChildren; ++i) {
        const SyntheticChild& child = w.children[i];
        const auto g = static_cast<size_t>(child.group);
        const int j = matching.school[i];
        ++children[g];
        if (j < 0)
            continue;
        const int rank = matching.rank[i];
        ++placed[g];
        first[g] += rank == 1 ? 1 : 0;
        top3[g] += rank >= 1 && rank <= 3 ? 1 : 0;
        const auto distance = static_cast<float>(metresBetween(child.home, w.schools[static_cast<size_t>(j)].location));
        distances[g].push_back(distance);
        distances[slotCount - 1].push_back(distance);
        t.counts[static_cast<size_t>(j) * static_cast<size_t>(groups) + g] += 1.0;
        ++seated[static_cast<size_t>(j)];
        atNearest += j == s.sets.nearest[i] ? 1 : 0;
    }
    t.atNearest = atNearest;
    for (size_t g = 0; g + 1 < slotCount; ++g)
        for (std::vector<int>* tally : {&children, &placed, &first, &top3})
            (*tally)[slotCount - 1] += (*tally)[g];
    for (size_t slot = 0; slot < slotCount; ++slot) {
        t.children[slot] = children[slot];
        t.placed[slot] = placed[slot];
        t.unplaced[slot] = children[slot] - placed[slot];
        t.first[slot] = first[slot];
        t.top3[slot] = top3[slot];
    }
    if (what.distances)
        t.allDistances = distances[slotCount - 1];
    for (size_t slot = 0; slot < slotCount; ++slot) {
        const double n = t.children[slot];
        const double placed = t.placed[slot];
        t.distanceMean[slot] = placed > 0.0 ? std::accumulate(distances[slot].begin(), distances[slot].end(), 0.0) / placed
                                            : std::numeric_limits<double>::quiet_NaN();
        t.distanceP90[slot] = p90(distances[slot], ws->quantileBins, ws->quantileBucket);
        t.first[slot] = n > 0.0 ? t.first[slot] / n : std::numeric_limits<double>::quiet_NaN();
        t.top3[slot] = n > 0.0 ? t.top3[slot] / n : std::numeric_limits<double>::quiet_NaN();
        t.unplaced[slot] = n > 0.0 ? t.unplaced[slot] / n : std::numeric_limits<double>::quiet_NaN();
    }
    t.full.resize(nSchools);
    for (size_t j = 0; j < nSchools; ++j)
        t.full[j] = w.schools[j].open && seated[j] >= w.schools[j].capacity ? 1 : 0;

    if (what.indices) {
        std::vector<double> counts;
        counts.reserve(static_cast<size_t>(s.openIds.size() * groups));
        for (size_t j = 0; j < nSchools; ++j)
            if (w.schools[j].open) {
                counts.insert(counts.end(), t.counts.begin() + static_cast<std::ptrdiff_t>(j * static_cast<size_t>(groups)),
                              t.counts.begin() + static_cast<std::ptrdiff_t>((j + 1) * static_cast<size_t>(groups)));
            }
        const IndexInput input = IndexInput::fromTrustedCounts(s.openIds, w.groups, std::move(counts));
        t.indices = SegregationSummary::compute(input).values();
    }
    clock.lap(t.times.tallies);
    return t;
}

/**
 * Runs `situations` (one or two, the second paired with the first by Situation::pairWith) for every run on a pool of
 * `threads`, in run order whatever the threads; a run of both situations happens on one thread, the first first.
 */
Result<std::vector<std::vector<RunTally>>> runAll(const std::vector<const Situation*>& situations, const MonteCarloOptions& options,
                                                  TallyOptions what, Feedback& feedback)
{
    std::vector<std::vector<RunTally>> out(situations.size(), std::vector<RunTally>(static_cast<size_t>(options.runs)));
    std::vector<int> runs(static_cast<size_t>(options.runs));
    std::iota(runs.begin(), runs.end(), 0);
    std::atomic<int> done{0};
    parallelFor(runs, options.threads, [&](int run) {
        if (feedback.isCanceled())
            return;
        std::vector<std::unique_ptr<WorkspaceLease>> leases;
        for (size_t k = 0; k < situations.size(); ++k) {
            leases.push_back(std::make_unique<WorkspaceLease>(*situations[k]));
            out[k][static_cast<size_t>(run)] =
                simulateRun(*situations[k], **leases[k], k > 0 ? &**leases[k - 1] : nullptr, run, options, what);
        }
        feedback.setProgress(static_cast<double>(++done) / options.runs, ScenarioSimulator::tr("Simulating admissions"));
    });
    if (feedback.isCanceled())
        return fail(ErrorCode::Canceled, ScenarioSimulator::tr("Canceled."));
    for (const std::vector<RunTally>& tallies : out)
        for (const RunTally& t : tallies)
            if (t.error)
                return *t.error;
    return out;
}

/** Band of one figure over the runs, picked by `pick(tally)`. */
template<typename Pick>
Band bandOver(const std::vector<RunTally>& tallies, Pick pick)
{
    std::vector<double> values;
    values.reserve(tallies.size());
    for (const RunTally& t : tallies)
        values.push_back(pick(t));
    return Band::of(values);
}

std::vector<PlacementOutcome> placementOf(const std::vector<RunTally>& tallies, const QStringList& groups)
{
    std::vector<PlacementOutcome> out;
    for (qsizetype slot = 0; slot <= groups.size(); ++slot) {
        const auto s = static_cast<size_t>(slot);
        PlacementOutcome p;
        p.group = slot < groups.size() ? groups[slot] : QString();
        p.firstChoice = bandOver(tallies, [s](const RunTally& t) { return t.first[s]; });
        p.topThree = bandOver(tallies, [s](const RunTally& t) { return t.top3[s]; });
        p.unplaced = bandOver(tallies, [s](const RunTally& t) { return t.unplaced[s]; });
        p.distanceMean = bandOver(tallies, [s](const RunTally& t) { return t.distanceMean[s]; });
        p.distanceP90 = bandOver(tallies, [s](const RunTally& t) { return t.distanceP90[s]; });
        out.push_back(p);
    }
    return out;
}

VerificationTally verificationOf(const std::vector<RunTally>& tallies)
{
    VerificationTally v;
    for (const RunTally& t : tallies)
        v.add(t.verification);
    return v;
}

/** Mean counts (schools x groups) over the runs, restricted to the open schools, as an index input. */
IndexInput meanTable(const SimulationWorld& w, const std::vector<RunTally>& tallies)
{
    const size_t groups = static_cast<size_t>(w.groups.size());
    QStringList ids;
    std::vector<double> counts;
    for (size_t j = 0; j < w.schools.size(); ++j) {
        if (!w.schools[j].open)
            continue;
        ids << w.schools[j].id;
        for (size_t g = 0; g < groups; ++g) {
            double sum = 0.0;
            for (const RunTally& t : tallies)
                sum += t.counts[j * groups + g];
            counts.push_back(sum / static_cast<double>(tallies.size()));
        }
    }
    return IndexInput::fromTrustedCounts(ids, w.groups, std::move(counts));
}

Result<void> checkOptions(const MonteCarloOptions& options)
{
    if (options.runs < 1 || options.runs > 100000)
        return fail(ErrorCode::InvalidArgument, ScenarioSimulator::tr("The number of runs must be from 1 to 100000 (it is %1).").arg(options.runs));
    if (options.threads < 0 || options.threads > 256)
        return fail(ErrorCode::InvalidArgument, ScenarioSimulator::tr("The number of threads must be from 0 (every core) to 256 (it is %1).")
                                                    .arg(options.threads));
    return {};
}

} // namespace

Band Band::of(std::vector<double>& values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }), values.end());
    Band b;
    if (values.empty())
        return b;
    b.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    std::sort(values.begin(), values.end());
    // Type 7 quantiles (Hyndman & Fan 1996, Amer. Statistician 50:361), R's and numpy's default.
    auto quantile = [&](double q) {
        const double h = q * static_cast<double>(values.size() - 1);
        const auto lo = static_cast<size_t>(std::floor(h));
        const size_t hi = std::min(lo + 1, values.size() - 1);
        return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
    };
    b.lo = quantile(0.05);
    b.hi = quantile(0.95);
    return b;
}

void StageTimes::add(const StageTimes& o)
{
    setup += o.setup;
    draws += o.draws;
    compile += o.compile;
    matching += o.matching;
    verification += o.verification;
    tallies += o.tallies;
}

void VerificationTally::add(const VerificationTally& o)
{
    matchings += o.matchings;
    blockingPairs += o.blockingPairs;
    justifiedEnvy += o.justifiedEnvy;
    capacityViolations += o.capacityViolations;
    wastefulPairs += o.wastefulPairs;
    reserveViolations += o.reserveViolations;
    eligibilityChecks += o.eligibilityChecks;
    eligibilityViolations += o.eligibilityViolations;
}

std::vector<double> ScenarioSimulator::expectedFirstChoices(const SimulationWorld& world, const ChoiceModelParameters& parameters)
{
    const ChoiceSets sets = ChoiceSets::build(world, parameters);
    std::vector<double> demand(world.schools.size(), 0.0);
    for (size_t i = 0; i + 1 < sets.offsets.size(); ++i) {
        double sum = 0.0;
        for (int k = sets.offsets[i]; k < sets.offsets[i + 1]; ++k)
            sum += 1.0 / sets.weight[static_cast<size_t>(k)];
        for (int k = sets.offsets[i]; k < sets.offsets[i + 1]; ++k)
            demand[static_cast<size_t>(sets.school[static_cast<size_t>(k)])] += 1.0 / sets.weight[static_cast<size_t>(k)] / sum;
    }
    return demand;
}

Result<RunRecord> ScenarioSimulator::placements(const SimulationWorld& world, const AdmissionRules& rules, const ChoiceModelParameters& parameters,
                                                const MonteCarloOptions& options, int run)
{
    if (auto ok = checkOptions(options); !ok)
        return ok.error();
    Situation situation(world, rules, parameters, options);
    if (auto ok = situation.init(nullptr); !ok)
        return ok.error();
    const WorkspaceLease ws(situation);
    return recordRun(situation, *ws, nullptr, run, options);
}

Result<std::pair<RunRecord, RunRecord>> ScenarioSimulator::pairedPlacements(const SimulationWorld& baseline, const AdmissionRules& baselineRules,
                                                                            const SimulationWorld& scenario, const AdmissionRules& scenarioRules,
                                                                            const ChoiceModelParameters& parameters,
                                                                            const MonteCarloOptions& options, int run)
{
    if (auto ok = checkOptions(options); !ok)
        return ok.error();
    Situation before(baseline, baselineRules, parameters, options);
    Situation after(scenario, scenarioRules, parameters, options);
    if (auto ok = before.init(nullptr); !ok)
        return ok.error();
    if (auto ok = after.init(nullptr); !ok)
        return ok.error();
    before.pairWith(after);
    const WorkspaceLease b(before);
    const WorkspaceLease a(after);
    auto first = recordRun(before, *b, nullptr, run, options);
    if (!first)
        return first.error();
    auto second = recordRun(after, *a, &*b, run, options);
    if (!second)
        return second.error();
    return std::pair{std::move(*first), std::move(*second)};
}

Result<SituationSummary> ScenarioSimulator::summarise(const SimulationWorld& world, const AdmissionRules& rules,
                                                     const ChoiceModelParameters& parameters, const MonteCarloOptions& options,
                                                     bool withDistances, Feedback& feedback)
{
    if (auto ok = checkOptions(options); !ok)
        return ok.error();
    Situation situation(world, rules, parameters, options);
    if (auto ok = situation.init(nullptr); !ok)
        return ok.error();
    auto tallies = runAll({&situation}, options, TallyOptions{false, withDistances}, feedback);
    if (!tallies)
        return tallies.error();
    const size_t groups = static_cast<size_t>(world.groups.size());
    const double weight = 1.0 / options.runs;
    SituationSummary out;
    out.meanPupils.assign(world.schools.size(), 0.0);
    out.meanCounts.assign(world.schools.size() * groups, 0.0);
    out.fullShare.assign(world.schools.size(), 0.0);
    double placed = 0.0, nearest = 0.0;
    for (const RunTally& t : tallies->front()) {
        for (size_t j = 0; j < world.schools.size(); ++j) {
            for (size_t g = 0; g < groups; ++g) {
                out.meanPupils[j] += t.counts[j * groups + g] * weight;
                out.meanCounts[j * groups + g] += t.counts[j * groups + g] * weight;
            }
            out.fullShare[j] += t.full[j] ? weight : 0.0;
        }
        for (float d : t.allDistances)
            out.distances.add(d, weight);
        placed += t.placed.back();
        nearest += t.atNearest;
    }
    out.nearestShare = placed > 0.0 ? nearest / placed : std::numeric_limits<double>::quiet_NaN();
    return out;
}

Result<int> ScenarioSimulator::settleComposition(SimulationWorld& world, const AdmissionRules& rules,
                                                 const ChoiceModelParameters& parameters, const MonteCarloOptions& options,
                                                 Feedback& feedback)
{
    if (parameters.compositionWeight == 0.0)
        return 0;
    const size_t groups = static_cast<size_t>(world.groups.size());
    std::vector<double> mix(groups, 0.0);
    for (const SyntheticChild& c : world.children)
        mix[static_cast<size_t>(c.group)] += 1.0 / static_cast<double>(world.children.size());
    world.perceivedShares.reserve(world.schools.size() * groups);
    while (world.perceivedShares.size() < world.schools.size() * groups)
        world.perceivedShares.push_back(mix[world.perceivedShares.size() % groups]);
    world.perceivedShares.resize(world.schools.size() * groups);
    for (int pass = 1; pass <= kFeedbackIterations; ++pass) {
        StepFeedback step(feedback, static_cast<double>(pass - 1) / kFeedbackIterations, static_cast<double>(pass) / kFeedbackIterations,
                          tr("Settling school compositions"));
        auto summary = summarise(world, rules, parameters, options, false, *step);
        if (!summary)
            return summary.error();
        double change = 0.0;
        for (size_t j = 0; j < world.schools.size(); ++j) {
            if (!(summary->meanPupils[j] > 0.0))
                continue;
            for (size_t g = 0; g < groups; ++g) {
                double& s = world.perceivedShares[j * groups + g];
                const double next = (1.0 - kFeedbackDamping) * s + kFeedbackDamping * summary->meanCounts[j * groups + g] / summary->meanPupils[j];
                change = std::max(change, std::abs(next - s));
                s = next;
            }
        }
        if (change < kFeedbackTolerance)
            return pass;
    }
    return kFeedbackIterations + 1;
}

Result<SimulationResult> ScenarioSimulator::compare(const SimulationWorld& baselineWorld, const AdmissionRules& baselineRules,
                                                    const SimulationWorld& scenarioWorld, const AdmissionRules& scenarioRules,
                                                    const ChoiceModelParameters& parameters, const MonteCarloOptions& options,
                                                    Feedback& feedback)
{
    if (auto ok = checkOptions(options); !ok)
        return ok.error();
    QElapsedTimer timer;
    timer.start();
    // Copies: the feedback variant settles the perceived compositions of each situation first.
    SimulationWorld baseline = baselineWorld;
    SimulationWorld scenario = scenarioWorld;
    Diagnostics notes;
    for (SimulationWorld* world : {&baseline, &scenario}) {
        if (parameters.compositionWeight == 0.0)
            break;
        StepFeedback step(feedback, world == &baseline ? 0.0 : 0.1, world == &baseline ? 0.1 : 0.2, tr("Settling school compositions"));
        auto settled = settleComposition(*world, world == &baseline ? baselineRules : scenarioRules, parameters, options, *step);
        if (!settled)
            return settled.error();
        if (*settled > kFeedbackIterations)
            notes.warning(tr("The school compositions with the composition term did not settle within %1 passes; the result may "
                             "depend on where the iteration started.")
                              .arg(kFeedbackIterations));
    }
    StageClock clock;
    StageTimes times;
    Situation before(baseline, baselineRules, parameters, options);
    Situation after(scenario, scenarioRules, parameters, options);
    if (auto ok = before.init(&notes); !ok)
        return ok.error();
    if (auto ok = after.init(&notes); !ok)
        return ok.error();
    before.pairWith(after);
    clock.lap(times.setup);
    auto tallies = runAll({&before, &after}, options, TallyOptions{}, feedback);
    if (!tallies)
        return tallies.error();
    const std::vector<RunTally>& b = (*tallies)[0];
    const std::vector<RunTally>& a = (*tallies)[1];

    SimulationResult r;
    r.groups = baseline.groups;
    r.runs = options.runs;
    r.seed = options.seed;
    r.threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    r.mechanismBefore = mechanismKey(baselineRules.mechanism);
    r.mechanismAfter = mechanismKey(scenarioRules.mechanism);
    r.diagnostics = notes;
    const size_t groups = static_cast<size_t>(r.groups.size());

    // Schools: every school of either world, matched by id (the scenario's list extends the baseline's).
    for (size_t js = 0; js < scenario.schools.size(); ++js) {
        const SimSchool& s = scenario.schools[js];
        const qsizetype jb = baseline.schoolIndex(s.id);
        SchoolOutcome o;
        o.id = s.id;
        o.name = s.name;
        o.location = s.location;
        o.origin = s.origin;
        o.openBefore = jb >= 0 && baseline.schools[static_cast<size_t>(jb)].open;
        o.openAfter = s.open;
        o.capacityBefore = jb >= 0 ? baseline.schools[static_cast<size_t>(jb)].capacity : 0;
        o.capacityAfter = s.open ? s.capacity : 0;
        o.capacityAssumed = s.capacityAssumed;
        o.observedPupils = s.observedPupils;
        auto pupilsOf = [groups](const RunTally& t, size_t j) {
            double sum = 0.0;
            for (size_t g = 0; g < groups; ++g)
                sum += t.counts[j * groups + g];
            return sum;
        };
        auto fill = [&](const std::vector<RunTally>& tallies, size_t j, bool open, Band& pupils, std::vector<Band>& shares,
                        std::vector<double>& counts, double& full) {
            shares.assign(groups, Band{});
            counts.assign(groups, 0.0);
            if (!open)
                return;
            pupils = bandOver(tallies, [&](const RunTally& t) { return pupilsOf(t, j); });
            for (size_t g = 0; g < groups; ++g) {
                shares[g] = bandOver(tallies, [&](const RunTally& t) {
                    const double n = pupilsOf(t, j);
                    return n > 0.0 ? t.counts[j * groups + g] / n : std::numeric_limits<double>::quiet_NaN();
                });
                for (const RunTally& t : tallies)
                    counts[g] += t.counts[j * groups + g] / static_cast<double>(tallies.size());
            }
            for (const RunTally& t : tallies)
                full += t.full[j] ? 1.0 / static_cast<double>(tallies.size()) : 0.0;
        };
        fill(b, jb >= 0 ? static_cast<size_t>(jb) : 0, o.openBefore, o.pupilsBefore, o.sharesBefore, o.countsBefore, o.fullBefore);
        fill(a, js, o.openAfter, o.pupilsAfter, o.sharesAfter, o.countsAfter, o.fullAfter);
        r.schools.push_back(std::move(o));
    }

    const QList<SegregationSummary::Key> keys = SegregationSummary::keys(r.groups, false);
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const auto kk = static_cast<size_t>(k);
        IndexOutcome o;
        o.key = keys[k];
        o.before = bandOver(b, [kk](const RunTally& t) { return t.indices[kk]; });
        o.after = bandOver(a, [kk](const RunTally& t) { return t.indices[kk]; });
        std::vector<double> diff;
        int down = 0, valid = 0;
        for (size_t run = 0; run < b.size(); ++run) {
            o.runsBefore.push_back(b[run].indices[kk]);
            o.runsAfter.push_back(a[run].indices[kk]);
            const double d = a[run].indices[kk] - b[run].indices[kk];
            diff.push_back(d);
            if (std::isfinite(d)) {
                ++valid;
                down += d < 0.0 ? 1 : 0;
            }
        }
        o.difference = Band::of(diff);
        o.probabilityDecrease = valid > 0 ? static_cast<double>(down) / valid : std::numeric_limits<double>::quiet_NaN();
        r.indices.push_back(o);
    }

    const IndexInput meanBefore = meanTable(baseline, b);
    const IndexInput meanAfter = meanTable(scenario, a);
    if (auto change = MutualInformationChange::compute(meanBefore, meanAfter)) {
        r.mutualInformationChange = *change;
        r.haveMutualInformationChange = true;
    }
    r.placementBefore = placementOf(b, r.groups);
    r.placementAfter = placementOf(a, r.groups);
    for (const std::vector<RunTally>* tallies : {&b, &a})
        for (const RunTally& t : *tallies)
            times.add(t.times);
    r.stageTimes = times;
    r.verificationBefore = verificationOf(b);
    r.verificationAfter = verificationOf(a);
    r.childrenBefore = static_cast<double>(baseline.children.size());
    r.childrenAfter = static_cast<double>(scenario.children.size());
    r.simulatedSeconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    return r;
}

} // namespace Mk
