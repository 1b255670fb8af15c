// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/residentialchoicesplit.h"

#include "base/feedback.h"
#include "index/indexinput.h"
#include "index/multigroupindices.h"
#include "index/twogroupindices.h"
#include "model/grouptable.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace Mk {

namespace {

/** All index values of one table, in a fixed order that matches rowTemplate(). */
std::vector<double> indexValues(const IndexInput& input)
{
    std::vector<double> out;
    for (qsizetype g = 0; g < input.groupCount(); ++g) {
        const TwoGroupIndices t = TwoGroupIndices::compute(input, g);
        out.insert(out.end(), {t.dissimilarity, t.gini, t.theilH, t.isolation, t.exposure, t.correlationRatio,
                               t.atkinson01, t.atkinson05, t.atkinson09});
    }
    const MultigroupIndices m = MultigroupIndices::compute(input);
    out.insert(out.end(), {m.dissimilarity, m.theilH, m.mutualInformation, m.normalizedExposure});
    return out;
}

QList<ResidentialChoiceRow> rowTemplate(const QStringList& groups)
{
    static const char* const twoGroup[] = {"dissimilarity", "gini", "theil_h", "isolation", "exposure",
                                           "correlation_ratio", "atkinson_0.1", "atkinson_0.5", "atkinson_0.9"};
    static const char* const multigroup[] = {"dissimilarity", "theil_h", "mutual_information", "normalized_exposure"};
    QList<ResidentialChoiceRow> rows;
    for (const QString& g : groups)
        for (const char* name : twoGroup)
            rows.append({QLatin1String(name), g});
    for (const char* name : multigroup)
        rows.append({QLatin1String(name), {}});
    return rows;
}

/** A multinomial draw of round(T) individuals over the cells of `input` (conditional binomials). */
IndexInput resample(const IndexInput& input, std::mt19937_64& rng)
{
    const std::vector<double>& cells = input.counts();
    const double total = input.total();
    auto remaining = static_cast<long long>(std::llround(total));
    double mass = total;
    std::vector<double> drawn(cells.size(), 0.0);
    for (size_t c = 0; c < cells.size() && remaining > 0; ++c) {
        const double p = mass > 0.0 ? std::clamp(cells[c] / mass, 0.0, 1.0) : 0.0;
        std::binomial_distribution<long long> binomial(remaining, p);
        const long long n = c + 1 == cells.size() ? remaining : binomial(rng);
        drawn[c] = static_cast<double>(n);
        remaining -= n;
        mass -= cells[c];
    }
    return IndexInput::fromTrustedCounts(input.unitIds(), input.groups(), std::move(drawn));
}

double percentile(std::vector<double> values, double q)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }), values.end());
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    // Linear interpolation between order statistics (Hyndman & Fan 1996, type 7, R's default).
    const double h = (static_cast<double>(values.size()) - 1.0) * q;
    const auto lo = static_cast<size_t>(std::floor(h));
    const size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

} // namespace

Result<ResidentialChoiceResult> ResidentialChoiceSplit::compute(const GroupTable& observed, const GroupTable& residential,
                                                                const ResidentialChoiceOptions& options, Feedback& feedback)
{
    if (observed.groups != residential.groups)
        return fail(ErrorCode::InvalidArgument, tr("The school table and the nearest-school table have different groups "
                                                   "(%1 against %2).")
                                                    .arg(observed.groups.join(QStringLiteral(", ")),
                                                         residential.groups.join(QStringLiteral(", "))));
    auto obs = IndexInput::fromGroupTable(observed);
    if (!obs)
        return obs.error();
    auto res = IndexInput::fromGroupTable(residential);
    if (!res)
        return res.error();

    ResidentialChoiceResult out;
    out.observedIsEstimate = observed.estimated;
    out.replicates = std::max(0, options.replicates);
    out.seed = options.seed;
    out.rows = rowTemplate(observed.groups);
    out.diagnostics.append(obs->diagnostics());
    out.diagnostics.append(res->diagnostics());
    const std::vector<double> o = indexValues(*obs);
    const std::vector<double> r = indexValues(*res);
    for (qsizetype i = 0; i < out.rows.size(); ++i) {
        auto& row = out.rows[i];
        row.observed = o[static_cast<size_t>(i)];
        row.residential = r[static_cast<size_t>(i)];
        row.choice = row.observed - row.residential;
        row.choiceLow = row.choiceHigh = row.choice;
        row.observedLow = row.observedHigh = row.observed;
        row.residentialLow = row.residentialHigh = row.residential;
    }
    if (out.replicates == 0)
        return out;

    std::mt19937_64 rng(options.seed);
    const size_t n = o.size();
    std::vector<std::vector<double>> obsDraws(n), resDraws(n), diffDraws(n);
    for (int b = 0; b < out.replicates; ++b) {
        if (feedback.isCanceled())
            return fail(ErrorCode::Canceled, tr("Canceled."));
        const std::vector<double> ob = indexValues(resample(*obs, rng));
        const std::vector<double> rb = indexValues(resample(*res, rng));
        for (size_t i = 0; i < n; ++i) {
            obsDraws[i].push_back(ob[i]);
            resDraws[i].push_back(rb[i]);
            diffDraws[i].push_back(ob[i] - rb[i]);
        }
        feedback.setProgress(static_cast<double>(b + 1) / out.replicates);
    }
    const double lo = (1.0 - options.confidence) / 2.0, hi = 1.0 - lo;
    for (size_t i = 0; i < n; ++i) {
        auto& row = out.rows[static_cast<qsizetype>(i)];
        row.choiceLow = percentile(diffDraws[i], lo);
        row.choiceHigh = percentile(diffDraws[i], hi);
        row.observedLow = percentile(obsDraws[i], lo);
        row.observedHigh = percentile(obsDraws[i], hi);
        row.residentialLow = percentile(resDraws[i], lo);
        row.residentialHigh = percentile(resDraws[i], hi);
    }
    return out;
}

} // namespace Mk
