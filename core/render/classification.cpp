// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/classification.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Mk {

namespace {

double quantileType7(const std::vector<double>& sorted, double p)
{
    const double h = (static_cast<double>(sorted.size()) - 1.0) * p;
    const auto lo = static_cast<size_t>(std::floor(h));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

QList<double> quantileBounds(const std::vector<double>& sorted, int k)
{
    QList<double> b;
    for (int i = 0; i <= k; ++i)
        b.append(quantileType7(sorted, static_cast<double>(i) / k));
    return b;
}

QList<double> equalIntervalBounds(const std::vector<double>& sorted, int k)
{
    const double lo = sorted.front();
    const double hi = sorted.back();
    QList<double> b;
    for (int i = 0; i <= k; ++i)
        b.append(i == k ? hi : lo + (hi - lo) * i / k);
    return b;
}

std::vector<double> jenksSample(const std::vector<double>& sorted)
{
    if (sorted.size() <= static_cast<size_t>(Classification::kJenksSampleSize))
        return sorted;
    std::vector<double> out;
    const size_t n = static_cast<size_t>(Classification::kJenksSampleSize);
    out.reserve(n);
    for (size_t i = 0; i < n; ++i)
        out.push_back(sorted[i * (sorted.size() - 1) / (n - 1)]);
    return out;
}

// Jenks (1977) / Fisher (1958): lowerClass[l][j] is the 1-based index of the first value of the
// last class in the optimal j-class split of the first l values; cost[l][j] its total variance.
QList<double> naturalBreakBounds(const std::vector<double>& all, int k)
{
    const std::vector<double> data = jenksSample(all);
    const size_t n = data.size();
    const auto kk = static_cast<size_t>(k);
    if (kk >= n) {
        QList<double> b{data.front()};
        for (double v : data)
            if (v > b.back())
                b.append(v);
        if (b.size() == 1)
            b.append(data.front());
        return b;
    }
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<size_t>> lowerClass(n + 1, std::vector<size_t>(kk + 1, 0));
    std::vector<std::vector<double>> cost(n + 1, std::vector<double>(kk + 1, inf));
    for (size_t j = 1; j <= kk; ++j) {
        lowerClass[1][j] = 1;
        cost[1][j] = 0.0;
    }
    for (size_t l = 2; l <= n; ++l) {
        double s1 = 0.0, s2 = 0.0, w = 0.0, v = 0.0;
        for (size_t m = 1; m <= l; ++m) {
            const size_t i3 = l - m + 1;
            const double val = data[i3 - 1];
            s2 += val * val;
            s1 += val;
            w += 1.0;
            v = s2 - s1 * s1 / w;
            const size_t i4 = i3 - 1;
            if (i4 != 0) {
                for (size_t j = 2; j <= kk; ++j) {
                    if (cost[l][j] >= v + cost[i4][j - 1]) {
                        lowerClass[l][j] = i3;
                        cost[l][j] = v + cost[i4][j - 1];
                    }
                }
            }
        }
        lowerClass[l][1] = 1;
        cost[l][1] = v;
    }
    QList<double> upper(k + 1);
    upper[k] = data[n - 1];
    size_t last = n;
    for (size_t j = kk; j >= 2; --j) {
        const size_t first = lowerClass[last][j];
        upper[static_cast<qsizetype>(j - 1)] = data[first - 2];
        last = first - 1;
    }
    upper[0] = data.front();
    return upper;
}

QList<double> withoutDuplicates(const QList<double>& bounds)
{
    QList<double> out;
    for (double b : bounds)
        if (out.isEmpty() || b > out.back())
            out.append(b);
    if (out.size() == 1)
        out.append(out.front()); // one distinct value: a single degenerate class
    return out;
}

} // namespace

Classification Classification::compute(ClassificationMethod method, std::vector<double> values, int classes)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }), values.end());
    if (values.empty() || classes < 1)
        return {};
    std::sort(values.begin(), values.end());
    switch (method) {
    case ClassificationMethod::Quantile:
        return Classification(withoutDuplicates(quantileBounds(values, classes)));
    case ClassificationMethod::EqualInterval:
        return Classification(withoutDuplicates(equalIntervalBounds(values, classes)));
    case ClassificationMethod::NaturalBreaks:
        return Classification(withoutDuplicates(naturalBreakBounds(values, classes)));
    }
    return {};
}

QString Classification::methodName(ClassificationMethod method)
{
    switch (method) {
    case ClassificationMethod::Quantile:
        return tr("Quantiles (equal count)");
    case ClassificationMethod::EqualInterval:
        return tr("Equal intervals");
    case ClassificationMethod::NaturalBreaks:
        return tr("Natural breaks (Jenks)");
    }
    return {};
}

int Classification::classOf(double value) const
{
    if (std::isnan(value) || isEmpty())
        return -1;
    // First upper bound >= value; values below the minimum fall in class 0, above the maximum in the last.
    const auto it = std::lower_bound(m_bounds.cbegin() + 1, m_bounds.cend(), value);
    if (it == m_bounds.cend())
        return classCount() - 1;
    return static_cast<int>(it - (m_bounds.cbegin() + 1));
}

} // namespace Mk
