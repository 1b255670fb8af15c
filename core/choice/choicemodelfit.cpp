// SPDX-License-Identifier: GPL-3.0-or-later
#include "choice/choicemodelfit.h"

#include "choice/densecholesky_p.h"
#include "choice/flowfitdata.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Mk {

namespace {

/** The choosers of a fit: one row per origin (shared beta) or per origin and group, over the fitted schools. */
struct Problem {
    size_t I = 0, J = 0, K = 1;
    std::vector<double> term;     ///< I x J: f(d_ij)
    std::vector<char> available;  ///< I x J: j in C_i and j fitted
    std::vector<size_t> rowOrigin;
    std::vector<size_t> rowBeta;
    std::vector<double> rowTotal;
    std::vector<double> rowCounts; ///< rows x J
    std::vector<double> observed;  ///< J: pupils per school over the rows
    std::vector<char> fitted;      ///< J: the school has pupils, so a constant
    std::vector<size_t> component; ///< J: connected part of the choice sets (fitted schools)
    double outsideChoiceSet = 0.0;

    size_t rows() const { return rowOrigin.size(); }
    double f(size_t r, size_t j) const { return term[rowOrigin[r] * J + j]; }
    bool open(size_t r, size_t j) const { return available[rowOrigin[r] * J + j] != 0; }
};

/**
 * Rows of `counts` (rows x J, origin of row r = origins[r], beta index betas[r]) restricted to the choice sets.
 * Fills observed, fitted, available, components and the rows with pupils.
 */
void addRows(Problem& p, const FlowFitData& data, const ChoiceModelParameters& model, const std::vector<double>& counts,
             const std::vector<size_t>& origins, const std::vector<size_t>& betas)
{
    p.I = static_cast<size_t>(data.originCount());
    p.J = static_cast<size_t>(data.schoolCount());
    p.term.resize(p.I * p.J);
    std::vector<char> inSet(p.I * p.J);
    for (size_t i = 0; i < p.I; ++i)
        for (size_t j = 0; j < p.J; ++j) {
            const double d = data.distance(static_cast<qsizetype>(i), static_cast<qsizetype>(j));
            p.term[i * p.J + j] = model.distanceTerm(d);
            inSet[i * p.J + j] = model.inChoiceSet(d) ? 1 : 0;
        }
    p.observed.assign(p.J, 0.0);
    std::vector<double> kept;
    std::vector<size_t> keptOrigin, keptBeta;
    for (size_t r = 0; r < origins.size(); ++r) {
        double total = 0.0;
        for (size_t j = 0; j < p.J; ++j) {
            const double c = counts[r * p.J + j];
            if (inSet[origins[r] * p.J + j])
                total += c;
            else
                p.outsideChoiceSet += c;
        }
        if (!(total > 0.0))
            continue;
        keptOrigin.push_back(origins[r]);
        keptBeta.push_back(betas[r]);
        for (size_t j = 0; j < p.J; ++j) {
            const double c = inSet[origins[r] * p.J + j] ? counts[r * p.J + j] : 0.0;
            kept.push_back(c);
            p.observed[j] += c;
        }
    }
    p.rowOrigin = std::move(keptOrigin);
    p.rowBeta = std::move(keptBeta);
    p.rowCounts = std::move(kept);
    p.rowTotal.assign(p.rows(), 0.0);
    for (size_t r = 0; r < p.rows(); ++r)
        for (size_t j = 0; j < p.J; ++j)
            p.rowTotal[r] += p.rowCounts[r * p.J + j];
    p.fitted.assign(p.J, 0);
    for (size_t j = 0; j < p.J; ++j)
        p.fitted[j] = p.observed[j] > 0.0 ? 1 : 0;
    p.available.assign(p.I * p.J, 0);
    for (size_t i = 0; i < p.I; ++i)
        for (size_t j = 0; j < p.J; ++j)
            p.available[i * p.J + j] = inSet[i * p.J + j] && p.fitted[j] ? 1 : 0;
    // Union-find over the fitted schools that share a chooser's choice set.
    std::vector<size_t> parent(p.J);
    std::iota(parent.begin(), parent.end(), size_t(0));
    auto root = [&](size_t j) {
        while (parent[j] != j)
            j = parent[j] = parent[parent[j]];
        return j;
    };
    for (size_t r = 0; r < p.rows(); ++r) {
        size_t first = p.J;
        for (size_t j = 0; j < p.J; ++j)
            if (p.open(r, j)) {
                if (first == p.J)
                    first = j;
                else
                    parent[root(j)] = root(first);
            }
    }
    p.component.resize(p.J);
    for (size_t j = 0; j < p.J; ++j)
        p.component[j] = root(j);
}

/** exp(beta f - row maximum) per row and open school (0 elsewhere) and the row maxima, for one beta. */
struct Kernel {
    std::vector<double> w;
    std::vector<double> rowMax;

    Kernel(const Problem& p, const std::vector<double>& beta) : w(p.rows() * p.J, 0.0), rowMax(p.rows(), 0.0)
    {
        for (size_t r = 0; r < p.rows(); ++r) {
            double m = -std::numeric_limits<double>::infinity();
            for (size_t j = 0; j < p.J; ++j)
                if (p.open(r, j))
                    m = std::max(m, beta[p.rowBeta[r]] * p.f(r, j));
            rowMax[r] = m;
            for (size_t j = 0; j < p.J; ++j)
                if (p.open(r, j))
                    w[r * p.J + j] = std::exp(beta[p.rowBeta[r]] * p.f(r, j) - m);
        }
    }
};

/** exp(delta_j - max delta) of the fitted schools (0 for the others) and the maximum. */
struct Attraction {
    std::vector<double> u;
    double maxDelta = 0.0;

    Attraction(const Problem& p, const std::vector<double>& delta) : u(p.J, 0.0)
    {
        maxDelta = -std::numeric_limits<double>::infinity();
        for (size_t j = 0; j < p.J; ++j)
            if (p.fitted[j])
                maxDelta = std::max(maxDelta, delta[j]);
        for (size_t j = 0; j < p.J; ++j)
            if (p.fitted[j])
                u[j] = std::exp(delta[j] - maxDelta);
    }
};

/** P_rj into `prob` (J values); returns the row's normaliser S_r = sum_j u_j w_rj. */
double rowProbabilities(const Problem& p, const Kernel& k, const Attraction& a, size_t r, std::vector<double>& prob)
{
    double s = 0.0;
    for (size_t j = 0; j < p.J; ++j)
        s += prob[j] = a.u[j] * k.w[r * p.J + j];
    for (size_t j = 0; j < p.J; ++j)
        prob[j] /= s;
    return s;
}

std::vector<double> demandOf(const Problem& p, const Kernel& k, const std::vector<double>& delta)
{
    const Attraction a(p, delta);
    std::vector<double> demand(p.J, 0.0), prob(p.J);
    for (size_t r = 0; r < p.rows(); ++r) {
        rowProbabilities(p, k, a, r, prob);
        for (size_t j = 0; j < p.J; ++j)
            demand[j] += p.rowTotal[r] * prob[j];
    }
    return demand;
}

double logLikelihood(const Problem& p, const std::vector<double>& beta, const Kernel& k, const std::vector<double>& delta)
{
    const Attraction a(p, delta);
    std::vector<double> prob(p.J);
    double ll = 0.0;
    for (size_t r = 0; r < p.rows(); ++r) {
        const double logS = std::log(rowProbabilities(p, k, a, r, prob));
        for (size_t j = 0; j < p.J; ++j) {
            const double c = p.rowCounts[r * p.J + j];
            if (c > 0.0)
                ll += c * ((delta[j] - a.maxDelta) + (beta[p.rowBeta[r]] * p.f(r, j) - k.rowMax[r]) - logS);
        }
    }
    return ll;
}

/** Constants at the first-order condition for `beta`, from `delta` (warm start), and the log-likelihood there. */
struct Profile {
    std::vector<double> delta;
    double logLikelihood = 0.0;
    int iterations = 0;
    bool converged = false;
};

Mk::Result<Profile> profile(const Problem& p, const std::vector<double>& beta, std::vector<double> delta,
                            const BerryContraction::Options& options)
{
    const Kernel k(p, beta);
    auto solved = BerryContraction::run(std::move(delta), p.observed, {}, [&](const std::vector<double>& d) { return demandOf(p, k, d); },
                                        options);
    if (!solved)
        return solved.error();
    Profile out;
    out.delta = std::move(solved->delta);
    out.iterations = solved->iterations;
    out.converged = solved->converged;
    out.logLikelihood = logLikelihood(p, beta, k, out.delta);
    return out;
}

/** Gradient and observed information of the profile log-likelihood in beta at (beta, delta(beta)). */
struct Curvature {
    std::vector<double> gradient;    ///< K
    std::vector<double> information; ///< K x K: C - B^T A^-1 B
    bool valid = false;
};

Curvature curvature(const Problem& p, const std::vector<double>& beta, const std::vector<double>& delta)
{
    // Reduced constants: the fitted schools except one reference per connected part.
    std::vector<long> reduced(p.J, -1);
    std::vector<char> referenceTaken(p.J, 0);
    size_t m = 0;
    for (size_t j = 0; j < p.J; ++j) {
        if (!p.fitted[j])
            continue;
        if (!referenceTaken[p.component[j]]) {
            referenceTaken[p.component[j]] = 1;
            continue;
        }
        reduced[j] = static_cast<long>(m++);
    }
    const size_t K = p.K;
    Curvature out;
    out.gradient.assign(K, 0.0);
    std::vector<double> A(m * m, 0.0), B(m * K, 0.0), C(K * K, 0.0);
    const Kernel k(p, beta);
    const Attraction a(p, delta);
    std::vector<double> prob(p.J);
    for (size_t r = 0; r < p.rows(); ++r) {
        rowProbabilities(p, k, a, r, prob);
        const size_t b = p.rowBeta[r];
        const double n = p.rowTotal[r];
        double mean = 0.0;
        for (size_t j = 0; j < p.J; ++j)
            mean += prob[j] * p.f(r, j);
        for (size_t j = 0; j < p.J; ++j) {
            if (!(prob[j] > 0.0) && !(p.rowCounts[r * p.J + j] > 0.0))
                continue;
            const double centred = p.f(r, j) - mean;
            out.gradient[b] += (p.rowCounts[r * p.J + j] - n * prob[j]) * p.f(r, j);
            C[b * K + b] += n * prob[j] * centred * centred;
            const long rj = reduced[j];
            if (rj < 0)
                continue;
            B[static_cast<size_t>(rj) * K + b] += n * prob[j] * centred;
            A[static_cast<size_t>(rj) * m + static_cast<size_t>(rj)] += n * prob[j];
            for (size_t l = 0; l < p.J; ++l) {
                const long rl = reduced[l];
                if (rl >= 0)
                    A[static_cast<size_t>(rj) * m + static_cast<size_t>(rl)] -= n * prob[j] * prob[l];
            }
        }
    }
    const detail::DenseCholesky constants(std::move(A), m);
    if (m > 0 && !constants.valid())
        return out;
    out.information = C;
    std::vector<double> column(m);
    for (size_t c = 0; c < K; ++c) {
        for (size_t i = 0; i < m; ++i)
            column[i] = B[i * K + c];
        if (m > 0)
            constants.solve(column.data());
        for (size_t r = 0; r < K; ++r)
            for (size_t i = 0; i < m; ++i)
                out.information[r * K + c] -= B[i * K + r] * column[i];
    }
    out.valid = true;
    return out;
}

/** The constants with mean 0 over the fitted schools of each connected part; none for the others. */
std::vector<std::optional<double>> normalised(const Problem& p, const std::vector<double>& delta)
{
    std::vector<double> sum(p.J, 0.0), count(p.J, 0.0);
    for (size_t j = 0; j < p.J; ++j)
        if (p.fitted[j]) {
            sum[p.component[j]] += delta[j];
            count[p.component[j]] += 1.0;
        }
    std::vector<std::optional<double>> out(p.J);
    for (size_t j = 0; j < p.J; ++j)
        if (p.fitted[j])
            out[j] = delta[j] - sum[p.component[j]] / count[p.component[j]];
    return out;
}

QString pupilsText(double pupils)
{
    return QLocale().toString(pupils, 'f', pupils == std::floor(pupils) ? 0 : 1);
}

/** Builds the problem: per group from the IPF split where possible, else one row per origin. */
Problem buildProblem(const FlowFitData& data, const ChoiceModelFit::Options& options, ChoiceModelFit::Result& result)
{
    Problem p;
    const auto I = static_cast<size_t>(data.originCount());
    const auto J = static_cast<size_t>(data.schoolCount());
    const auto G = static_cast<size_t>(data.groupCount());
    if (options.perGroup && G >= 2) {
        auto split = FlowGroupSplit::split(data, options.split);
        if (split) {
            std::vector<double> counts(I * G * J);
            std::vector<size_t> origins, betas;
            for (size_t i = 0; i < I; ++i)
                for (size_t g = 0; g < G; ++g) {
                    origins.push_back(i);
                    betas.push_back(g);
                    for (size_t j = 0; j < J; ++j)
                        counts[(i * G + g) * J + j] = split->counts[(i * J + j) * G + g];
                }
            p.K = G;
            addRows(p, data, options.model, counts, origins, betas);
            result.perGroup = true;
            result.betaScope = ChoiceModelFit::tr("one distance decay per group of \"%1\", fitted on the flows split by group "
                                                  "(iterative proportional fitting to the postcodes' group shares and the "
                                                  "observed composition of %n school(s))",
                                                  nullptr, split->schoolsWithComposition)
                                   .arg(data.characteristic);
            if (!split->converged)
                result.diagnostics.warning(ChoiceModelFit::tr("The split of the flows by group did not meet its margins within %1 "
                                                              "cycles (largest relative error %2); the group decays are approximate.")
                                               .arg(split->iterations)
                                               .arg(split->maxMarginError, 0, 'g', 3));
            split->counts.clear();
            result.groupSplit = std::move(*split);
            return p;
        }
        result.betaScope = ChoiceModelFit::tr("one distance decay shared by every group: %1").arg(split.error().message);
    } else {
        result.betaScope = options.perGroup ? ChoiceModelFit::tr("one distance decay shared by every child: the flows have no groups")
                                            : ChoiceModelFit::tr("one distance decay shared by every child, as asked");
    }
    std::vector<size_t> origins(I), betas(I, 0);
    std::iota(origins.begin(), origins.end(), size_t(0));
    addRows(p, data, options.model, data.counts, origins, betas);
    return p;
}

} // namespace

Mk::Result<ChoiceModelFit::Result> ChoiceModelFit::fit(const FlowFitData& data, const Options& options)
{
    if (auto valid = options.model.validate(); !valid)
        return valid.error();
    Result result;
    const Problem p = buildProblem(data, options, result);
    const size_t fittedSchools = static_cast<size_t>(std::count(p.fitted.begin(), p.fitted.end(), char(1)));
    if (fittedSchools < 2)
        return fail(ErrorCode::EmptyInput, tr("The distance decay cannot be fitted: the flows have pupils at %n school(s) inside the "
                                              "choice sets, and a choice needs at least two.",
                                              nullptr, static_cast<int>(fittedSchools)));
    result.pupilsOutsideChoiceSet = p.outsideChoiceSet;
    result.pupils = std::accumulate(p.observed.begin(), p.observed.end(), 0.0);
    if (p.outsideChoiceSet > 0.0)
        result.diagnostics.warning(tr("%1 pupils attend a school farther away than the choice radius of %2 m and are left out of the fit.")
                                       .arg(pupilsText(p.outsideChoiceSet))
                                       .arg(options.model.choiceRadiusMetres));

    std::vector<double> start(p.J, 0.0);
    for (size_t j = 0; j < p.J; ++j)
        if (p.fitted[j])
            start[j] = std::log(p.observed[j]);
    auto null = profile(p, std::vector<double>(p.K, 0.0), start, options.contraction);
    if (!null)
        return null.error();
    result.contractionIterations += null->iterations;
    result.nullLogLikelihood = null->logLikelihood;

    std::vector<double> beta(p.K, 0.0);
    Profile current = std::move(*null);
    Curvature curve;
    bool contractionFailed = !current.converged;
    for (result.iterations = 0; result.iterations < options.maxIterations;) {
        curve = curvature(p, beta, current.delta);
        if (!curve.valid)
            break;
        const detail::DenseCholesky info(curve.information, p.K);
        if (!info.valid())
            break;
        std::vector<double> step = curve.gradient;
        info.solve(step.data());
        double largest = 0.0;
        for (double s : step)
            largest = std::max(largest, std::abs(s));
        if (largest < options.tolerance) {
            result.converged = true;
            break;
        }
        ++result.iterations;
        // Step halving: the profile log-likelihood is concave, so a short enough Newton step never loses.
        double t = 1.0;
        for (int halving = 0; halving < 40; ++halving, t *= 0.5) {
            std::vector<double> trial = beta;
            for (size_t b = 0; b < p.K; ++b)
                trial[b] += t * step[b];
            auto next = profile(p, trial, current.delta, options.contraction);
            if (!next)
                return next.error();
            result.contractionIterations += next->iterations;
            if (next->logLikelihood >= current.logLikelihood - 1e-12 * std::abs(current.logLikelihood)) {
                contractionFailed = contractionFailed || !next->converged;
                beta = std::move(trial);
                current = std::move(*next);
                break;
            }
        }
        if (t < 1e-11)
            break;
    }
    curve = curvature(p, beta, current.delta);
    if (!curve.valid || !detail::DenseCholesky(curve.information, p.K).valid())
        return fail(ErrorCode::InvalidValue, tr("The distance decay cannot be fitted: the likelihood does not curve in beta (for example "
                                                "when every pupil has every school at the same distance, or each group has pupils "
                                                "at a single school only)."));
    const std::vector<double> covariance = detail::DenseCholesky(curve.information, p.K).inverse();
    if (!result.converged)
        result.diagnostics.warning(tr("The choice model fit did not converge in %1 Newton iterations; its distance decay is the best "
                                      "value found, not the maximum.")
                                       .arg(result.iterations));
    if (contractionFailed)
        result.diagnostics.warning(tr("The school constants did not meet their first-order condition within %1 iterations at some "
                                      "step of the fit.")
                                       .arg(options.contraction.maxIterations));

    result.logLikelihood = current.logLikelihood;
    result.pseudoR2 = result.nullLogLikelihood < 0.0 ? 1.0 - result.logLikelihood / result.nullLogLikelihood : 0.0;
    for (const FlowSchool& s : data.schools)
        result.schoolIds.append(s.id);
    result.schoolConstants = normalised(p, current.delta);

    ChoiceModelParameters& out = result.parameters;
    out = options.model;
    out.source = ParameterSource::Fitted;
    out.beta = beta;
    out.betaStandardErrors.clear();
    for (size_t b = 0; b < p.K; ++b)
        out.betaStandardErrors.push_back(std::sqrt(std::max(0.0, covariance[b * p.K + b])));
    if (result.perGroup) {
        out.characteristic = data.characteristic;
        out.groups = data.groups;
    } else {
        out.characteristic.clear();
        out.groups.clear();
    }
    out.fit = ChoiceModelFitSummary{result.pupils, result.logLikelihood, result.nullLogLikelihood, result.pseudoR2};
    out.note.clear();
    return result;
}

Mk::Result<PredictedFlows> ChoiceModelFit::predict(const FlowFitData& data, const ChoiceModelParameters& parameters,
                                                   const std::vector<std::optional<double>>& schoolConstants)
{
    const auto I = static_cast<size_t>(data.originCount());
    const auto J = static_cast<size_t>(data.schoolCount());
    const auto G = static_cast<size_t>(data.groupCount());
    if (schoolConstants.size() != J)
        return fail(ErrorCode::InvalidArgument, tr("The prediction got %1 school constants for %2 schools.").arg(schoolConstants.size()).arg(J));
    // Beta of each data group (one pass with the shared beta when there are no groups).
    std::vector<double> betas;
    if (parameters.sharedBeta()) {
        betas.assign(std::max<size_t>(G, 1), parameters.betaOf(0));
    } else {
        for (const QString& g : data.groups) {
            const qsizetype k = parameters.groups.indexOf(g);
            if (k < 0)
                return fail(ErrorCode::InvalidArgument, tr("The choice model has a distance decay per group of \"%1\" but none for the "
                                                           "group \"%2\" of the data; fit it again or use one shared decay.")
                                                            .arg(parameters.characteristic, g));
            betas.push_back(parameters.betaOf(k));
        }
        if (betas.empty())
            return fail(ErrorCode::InvalidArgument, tr("The choice model has a distance decay per group of \"%1\", but the data have "
                                                       "no groups to apply it to.")
                                                        .arg(parameters.characteristic));
    }
    PredictedFlows out;
    out.counts.assign(I * J, 0.0);
    if (G > 0)
        out.groupCounts.assign(I * J * G, 0.0);
    std::vector<double> v(J);
    for (size_t i = 0; i < I; ++i) {
        const double ni = data.originTotal(static_cast<qsizetype>(i));
        for (size_t b = 0; b < betas.size(); ++b) {
            double best = -std::numeric_limits<double>::infinity();
            for (size_t j = 0; j < J; ++j) {
                const double d = data.distance(static_cast<qsizetype>(i), static_cast<qsizetype>(j));
                v[j] = schoolConstants[j] && parameters.inChoiceSet(d)
                           ? *schoolConstants[j] + betas[b] * parameters.distanceTerm(d)
                           : -std::numeric_limits<double>::infinity();
                best = std::max(best, v[j]);
            }
            if (!std::isfinite(best))
                continue;
            double sum = 0.0;
            for (size_t j = 0; j < J; ++j)
                sum += v[j] = std::isfinite(v[j]) ? std::exp(v[j] - best) : 0.0;
            const double share = G > 0 ? data.originGroupShares[i * G + b] : 1.0;
            for (size_t j = 0; j < J; ++j) {
                const double expected = ni * share * v[j] / sum;
                out.counts[i * J + j] += expected;
                if (G > 0)
                    out.groupCounts[(i * J + j) * G + b] = expected;
            }
        }
    }
    return out;
}

} // namespace Mk
