// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/residentialchoicesplit.h"

#include "base/feedback.h"
#include "index/indexinput.h"
#include "index/randomtables.h"
#include "index/segregationsummary.h"
#include "model/grouptable.h"

#include <algorithm>
#include <cmath>

namespace Mk {

namespace {

std::vector<double> valuesOf(const IndexInput& input)
{
    return SegregationSummary::compute(input).values();
}

std::vector<double> replicate(const IndexInput& input, quint64 seed, quint64 stream, quint64 b)
{
    RandomTables::Engine engine = RandomTables::engine(seed, stream, b);
    IndexInput table = IndexInput::fromTrustedCounts(input.unitIds(), input.groups(), RandomTables::bootstrap(input, engine));
    // Ordered tiers keep their ordinal index, so a replicate has as many values as the estimate.
    table.setOrdered(input.isOrdered());
    return valuesOf(table);
}

/** Percentile of the finite values, linear between order statistics (Hyndman & Fan 1996, type 7). */
double percentile(std::vector<double> values, double q)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }), values.end());
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const double h = (static_cast<double>(values.size()) - 1.0) * q;
    const auto lo = static_cast<size_t>(std::floor(h));
    const size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

double finiteMean(const std::vector<double>& values)
{
    double sum = 0.0;
    int n = 0;
    for (double v : values)
        if (std::isfinite(v)) {
            sum += v;
            ++n;
        }
    return n > 0 ? sum / n : std::nan("");
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
    // A group left out of one table for having no members is left out of both, so they compare the same groups.
    if (obs->groups() != res->groups()) {
        QList<qsizetype> inObserved, inResidential;
        for (qsizetype k = 0; k < obs->groups().size(); ++k)
            if (const qsizetype r = res->groups().indexOf(obs->groups()[k]); r >= 0) {
                inObserved.append(k);
                inResidential.append(r);
            }
        auto o = obs->withGroups(inObserved);
        if (!o)
            return o.error();
        auto r = res->withGroups(inResidential);
        if (!r)
            return r.error();
        obs = std::move(o);
        res = std::move(r);
    }
    // The ordinal index needs ordered tiers; both tables have the same groups, so the same flag.
    obs->setOrdered(observed.ordered);
    res->setOrdered(observed.ordered);

    ResidentialChoiceResult out;
    out.observedIsEstimate = observed.estimated;
    out.replicates = std::max(0, options.replicates);
    out.seed = options.seed;
    out.diagnostics.append(obs->diagnostics());
    out.diagnostics.append(res->diagnostics());
    const QList<SegregationSummary::Key> keys = SegregationSummary::keys(obs->groups(), observed.ordered);
    const std::vector<double> o = valuesOf(*obs);
    const std::vector<double> r = valuesOf(*res);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        ResidentialChoiceRow row;
        row.index = keys[i].id;
        row.group = keys[i].group;
        row.lowerIsMoreSegregated = keys[i].lowerIsMoreSegregated;
        row.observed = row.observedLow = row.observedHigh = o[static_cast<size_t>(i)];
        row.residential = row.residentialLow = row.residentialHigh = r[static_cast<size_t>(i)];
        row.choice = row.choiceLow = row.choiceHigh = row.choiceBiasCorrected = row.observed - row.residential;
        out.rows.append(row);
    }
    if (out.replicates == 0)
        return out;

    const size_t n = o.size();
    std::vector<std::vector<double>> obsDraws(n), resDraws(n), diffDraws(n);
    for (int b = 0; b < out.replicates; ++b) {
        if (feedback.isCanceled())
            return fail(ErrorCode::Canceled, tr("Canceled."));
        const std::vector<double> ob = replicate(*obs, options.seed, 0, static_cast<quint64>(b));
        const std::vector<double> rb = replicate(*res, options.seed, 1, static_cast<quint64>(b));
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
        const double observedBias = finiteMean(obsDraws[i]) - row.observed;
        const double residentialBias = finiteMean(resDraws[i]) - row.residential;
        row.choiceBiasCorrected = (row.observed - observedBias) - (row.residential - residentialBias);
    }
    return out;
}

} // namespace Mk
