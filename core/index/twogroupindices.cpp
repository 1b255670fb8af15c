// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/twogroupindices.h"

#include "index/indexinput.h"
#include "index/indexmath_p.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace Mk {

namespace {

/** A unit for the Gini sweep: its share p as an order-preserving integer key, and its total. */
struct ShareItem {
    quint64 key;
    double total;
};

/**
 * Sorts by share: an LSD radix sort on the top 33 bits of the double's bit pattern (which orders like
 * the non-negative double itself, and separates shares differing by more than ~5e-7 relative), then
 * std::sort within each run of equal prefixes for the exact order. At 15,000 units this is several
 * times faster than a full std::sort.
 */
void sortByShare(std::vector<ShareItem>& items)
{
    if (items.size() < 2)
        return;
    constexpr int kShift = 31;
    constexpr int kBits = 11;
    constexpr int kPasses = 3; // 3 x 11 = 33 bits: 63..31
    constexpr size_t kBuckets = size_t(1) << kBits;
    const auto digit = [](quint64 key, int pass) { return (key >> (kShift + pass * kBits)) & (kBuckets - 1); };
    std::array<std::array<quint32, kBuckets>, kPasses> histogram{};
    for (const ShareItem& item : items)
        for (int pass = 0; pass < kPasses; ++pass)
            ++histogram[pass][digit(item.key, pass)];
    std::vector<ShareItem> buffer(items.size());
    for (int pass = 0; pass < kPasses; ++pass) {
        auto& counts = histogram[pass];
        if (counts[digit(items.front().key, pass)] == items.size())
            continue; // every key has the same digit here
        quint32 offset = 0;
        for (quint32& c : counts)
            offset += std::exchange(c, offset);
        for (const ShareItem& item : items)
            buffer[counts[digit(item.key, pass)]++] = item;
        items.swap(buffer);
    }
    const auto byKey = [](const ShareItem& a, const ShareItem& b) { return a.key < b.key; };
    for (auto run = items.begin(); run != items.end();) {
        auto end = run + 1;
        while (end != items.end() && (end->key >> kShift) == (run->key >> kShift))
            ++end;
        if (end - run > 1)
            std::sort(run, end, byKey);
        run = end;
    }
}

double binaryEntropy(double p)
{
    double e = 0.0;
    if (p > 0)
        e -= p * std::log(p);
    if (p < 1)
        e -= (1 - p) * std::log1p(-p);
    return e;
}

} // namespace

TwoGroupIndices TwoGroupIndices::compute(const IndexInput& input, qsizetype group)
{
    const double T = input.total();
    const double X = input.groupTotal(group);
    const double P = X / T;
    if (!(X > 0) || !(X < T)) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan, nan, nan, nan, nan, nan, nan, nan};
    }
    const double E = binaryEntropy(P);
    const qsizetype n = input.unitCount();
    const qsizetype K = input.groupCount();
    const double* cells = input.counts().data();
    const double* totals = input.unitTotals().data();

    double sumAbs = 0.0, sumIso = 0.0, sumExp = 0.0, sumTheil = 0.0, sumA01 = 0.0, sumA05 = 0.0, sumA09 = 0.0;
    std::vector<ShareItem> byShare;
    byShare.reserve(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        const double t = totals[i];
        if (!(t > 0))
            continue;
        const double x = cells[i * K + group];
        const double p = x / t;
        const double q = 1 - p;
        byShare.push_back({std::bit_cast<quint64>(p), t});
        sumAbs += t * std::abs(p - P);
        sumIso += x * p;
        sumExp += x * q;
        // ln p and ln(1-p) serve the entropy and both asymmetric Atkinson terms:
        // p^0.9 (1-p)^0.1 = p (1-p) / (p^0.1 (1-p)^0.9), so one exp gives both.
        double ei = 0.0;
        if (p > 0 && q > 0) {
            const double lt = detail::logOfCount(t);
            const double lp = detail::logOfCount(x) - lt;
            const double lq = detail::logOfCount(t - x) - lt;
            ei = -p * lp - q * lq;
            const double a01 = std::exp(0.1 * lp + 0.9 * lq);
            sumA01 += a01 * t;
            sumA09 += p * q / a01 * t;
            sumA05 += std::sqrt(p * q) * t;
        }
        sumTheil += t * (E - ei);
    }

    sortByShare(byShare);
    double cumT = 0.0, cumX = 0.0, giniSum = 0.0;
    for (const ShareItem& item : byShare) {
        const double p = std::bit_cast<double>(item.key);
        const double t = item.total;
        giniSum += t * (p * cumT - cumX);
        cumT += t;
        cumX += t * p;
    }

    const double PQ = P * (1 - P);
    TwoGroupIndices r;
    r.dissimilarity = sumAbs / (2 * T * PQ);
    r.gini = giniSum / (T * T * PQ);
    r.theilH = sumTheil / (E * T);
    r.isolation = sumIso / X;
    r.exposure = sumExp / X;
    r.correlationRatio = (r.isolation - P) / (1 - P);
    const auto atkinson = [&](double b, double sum) { return 1 - P / (1 - P) * std::pow(std::abs(sum / (P * T)), 1 / (1 - b)); };
    r.atkinson01 = atkinson(0.1, sumA01);
    r.atkinson05 = atkinson(0.5, sumA05);
    r.atkinson09 = atkinson(0.9, sumA09);
    return r;
}

} // namespace Mk
