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

// Jenks (1977) / Fisher (1958) over the distinct values, each weighted by how often it occurs: a class never
// splits equal values, so there are k classes whenever there are k distinct values. cost[j][l] is the least
// within-class sum of squared deviations of the first l distinct values in j classes, first[j][l] where the
// last of those classes begins.
QList<double> naturalBreakBounds(const std::vector<double>& all, int k)
{
    const std::vector<double> data = jenksSample(all);
    std::vector<double> value, weight;
    for (double v : data) {
        if (value.empty() || v > value.back()) {
            value.push_back(v);
            weight.push_back(1.0);
        } else {
            weight.back() += 1.0;
        }
    }
    const size_t n = value.size();
    const size_t kk = std::min(static_cast<size_t>(std::max(k, 1)), n);
    if (kk == 1)
        return {value.front(), value.back()};
    // Prefix sums of weights, values and squares, about the middle value to keep the differences exact.
    const double origin = value[n / 2];
    std::vector<double> w(n + 1, 0.0), s1(n + 1, 0.0), s2(n + 1, 0.0);
    for (size_t i = 0; i < n; ++i) {
        const double d = value[i] - origin;
        w[i + 1] = w[i] + weight[i];
        s1[i + 1] = s1[i] + weight[i] * d;
        s2[i + 1] = s2[i] + weight[i] * d * d;
    }
    const auto ssd = [&](size_t from, size_t to) { // values [from, to)
        const double sum = s1[to] - s1[from];
        return std::max(0.0, s2[to] - s2[from] - sum * sum / (w[to] - w[from]));
    };
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> cost(kk + 1, std::vector<double>(n + 1, inf));
    std::vector<std::vector<size_t>> first(kk + 1, std::vector<size_t>(n + 1, 0));
    for (size_t l = 1; l <= n; ++l)
        cost[1][l] = ssd(0, l);
    for (size_t j = 2; j <= kk; ++j)
        for (size_t l = j; l <= n; ++l)
            for (size_t from = j - 1; from < l; ++from) {
                const double c = cost[j - 1][from] + ssd(from, l);
                if (c < cost[j][l]) {
                    cost[j][l] = c;
                    first[j][l] = from;
                }
            }
    QList<double> upper(static_cast<qsizetype>(kk + 1));
    upper[static_cast<qsizetype>(kk)] = value[n - 1];
    size_t last = n;
    for (size_t j = kk; j >= 2; --j) {
        const size_t from = first[j][last];
        upper[static_cast<qsizetype>(j - 1)] = value[from - 1];
        last = from;
    }
    upper[0] = value.front();
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
        // Ascending already; the first two bounds are equal when the lowest class holds only the minimum.
        return Classification(naturalBreakBounds(values, classes));
    }
    return {};
}

QString Classification::shortfall(int asked) const
{
    if (isEmpty() || classCount() >= asked)
        return {};
    //: %1 = classes shown, %2 = classes asked for
    return tr("%1 classes instead of %2: the values differ too little to cut them into more.").arg(classCount()).arg(asked);
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
