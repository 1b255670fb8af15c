// SPDX-License-Identifier: GPL-3.0-or-later
#include "choice/distancedistribution.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Mk {

namespace {

constexpr auto kRegularBins = static_cast<size_t>(DistanceDistribution::kRangeMetres / DistanceDistribution::kResolutionMetres);
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

DistanceDistribution::DistanceDistribution() : m_bins(kRegularBins + 1, 0.0) {}

void DistanceDistribution::add(double metres, double weight)
{
    if (!(weight > 0.0) || std::isnan(metres))
        return;
    metres = std::max(0.0, metres);
    const auto bin = std::min(kRegularBins, static_cast<size_t>(metres / kResolutionMetres));
    m_bins[bin] += weight;
    m_total += weight;
    m_weightedSum += weight * metres;
    m_max = std::max(m_max, metres);
}

void DistanceDistribution::merge(const DistanceDistribution& other)
{
    for (size_t b = 0; b < m_bins.size(); ++b)
        m_bins[b] += other.m_bins[b];
    m_total += other.m_total;
    m_weightedSum += other.m_weightedSum;
    m_max = std::max(m_max, other.m_max);
}

double DistanceDistribution::mean() const
{
    return m_total > 0.0 ? m_weightedSum / m_total : kNaN;
}

double DistanceDistribution::quantile(double q) const
{
    if (!(m_total > 0.0))
        return kNaN;
    const double target = std::clamp(q, 0.0, 1.0) * m_total;
    double cumulative = 0.0;
    for (size_t b = 0; b < m_bins.size(); ++b) {
        if (!(m_bins[b] > 0.0))
            continue;
        if (cumulative + m_bins[b] >= target) {
            const double low = static_cast<double>(b) * kResolutionMetres;
            const double high = b == kRegularBins ? std::max(m_max, low) : std::min(low + kResolutionMetres, m_max);
            return low + (high - low) * std::clamp((target - cumulative) / m_bins[b], 0.0, 1.0);
        }
        cumulative += m_bins[b];
    }
    return m_max;
}

double DistanceDistribution::shareBelow(double metres) const
{
    if (!(m_total > 0.0))
        return kNaN;
    const double position = std::clamp(metres / kResolutionMetres, 0.0, static_cast<double>(kRegularBins));
    const auto whole = static_cast<size_t>(position);
    double below = 0.0;
    for (size_t b = 0; b < whole; ++b)
        below += m_bins[b];
    if (whole < kRegularBins)
        below += m_bins[whole] * (position - static_cast<double>(whole));
    return below / m_total;
}

std::vector<double> DistanceDistribution::binShares(const std::vector<double>& edges) const
{
    std::vector<double> out;
    double previous = 0.0;
    for (double e : edges) {
        const double below = shareBelow(e);
        out.push_back(below - previous);
        previous = below;
    }
    out.push_back(m_total > 0.0 ? 1.0 - previous : kNaN);
    return out;
}

} // namespace Mk
