// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"
#include "choice/berrycontraction.h"
#include "choice/calibrationreport.h"
#include "choice/choicemodelfit.h"
#include "choice/choicemodelparameters.h"
#include "choice/distancedistribution.h"
#include "choice/flowfitdata.h"
#include "choice/flowgroupsplit.h"
#include "geo/georuntime.h"
#include "index/randomtables.h"
#include "io/datasetloader.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Mk;

namespace {

/** A synthetic town: origins on a grid, schools at seeded random places, and the true choice model. */
struct Town {
    QList<FlowOrigin> origins;
    QList<FlowSchool> schools;
    std::vector<double> originPupils;
    std::vector<double> delta; ///< true school constants
};

Town makeTown(int side, int schools, double spacingMetres, double pupilsPerOrigin, quint64 seed)
{
    Town t;
    auto engine = RandomTables::engine(seed, 1, 0);
    for (int r = 0; r < side; ++r)
        for (int c = 0; c < side; ++c) {
            t.origins.append(FlowOrigin{QString::number(1000 + r * side + c), QPointF(c * spacingMetres, r * spacingMetres)});
            t.originPupils.push_back(pupilsPerOrigin * (0.5 + RandomTables::uniform(engine)));
        }
    const double extent = (side - 1) * spacingMetres;
    for (int j = 0; j < schools; ++j) {
        t.schools.append(FlowSchool{QStringLiteral("S%1").arg(j), QStringLiteral("School %1").arg(j),
                                    QPointF(extent * RandomTables::uniform(engine), extent * RandomTables::uniform(engine)), {},
                                    {}, {}});
        t.delta.push_back(1.5 * (RandomTables::uniform(engine) - 0.5));
    }
    return t;
}

double distanceOf(const Town& t, qsizetype i, qsizetype j)
{
    const QPointF d = t.origins[i].location - t.schools[j].location;
    return std::hypot(d.x(), d.y());
}

/** True choice probabilities of origin i (every school in the choice set). */
std::vector<double> probabilities(const Town& t, const ChoiceModelParameters& model, qsizetype i, double beta)
{
    std::vector<double> p(static_cast<size_t>(t.schools.size()));
    double sum = 0.0;
    for (qsizetype j = 0; j < t.schools.size(); ++j)
        sum += p[static_cast<size_t>(j)] = std::exp(t.delta[static_cast<size_t>(j)] + beta * model.distanceTerm(distanceOf(t, i, j)));
    for (double& v : p)
        v /= sum;
    return p;
}

/** Multinomial counts per origin drawn from the true model (conditional binomials). */
std::vector<double> simulateFlows(const Town& t, const ChoiceModelParameters& model, double beta, quint64 seed, quint64 replicate)
{
    auto engine = RandomTables::engine(seed, 2, replicate);
    std::vector<double> counts;
    for (qsizetype i = 0; i < t.origins.size(); ++i) {
        const std::vector<double> p = probabilities(t, model, i, beta);
        auto remaining = static_cast<qint64>(std::llround(t.originPupils[static_cast<size_t>(i)]));
        double mass = 1.0;
        for (size_t j = 0; j < p.size(); ++j) {
            const qint64 x = j + 1 == p.size() ? remaining : RandomTables::binomial(engine, remaining, std::min(1.0, p[j] / mass));
            counts.push_back(static_cast<double>(x));
            remaining -= x;
            mass -= p[j];
        }
    }
    return counts;
}

FlowFitData flowData(const Town& t, std::vector<double> counts)
{
    auto data = FlowFitData::create(t.origins, t.schools, std::move(counts));
    Q_ASSERT(data);
    return std::move(*data);
}

/** Solves the dense n x n system a x = b by Gauss-Jordan elimination with partial pivoting (independent of the fit). */
std::vector<double> gaussSolve(std::vector<double> a, std::vector<double> b, size_t n)
{
    for (size_t c = 0; c < n; ++c) {
        size_t pivot = c;
        for (size_t r = c + 1; r < n; ++r)
            if (std::abs(a[r * n + c]) > std::abs(a[pivot * n + c]))
                pivot = r;
        for (size_t k = 0; k < n; ++k)
            std::swap(a[c * n + k], a[pivot * n + k]);
        std::swap(b[c], b[pivot]);
        for (size_t r = 0; r < n; ++r) {
            if (r == c)
                continue;
            const double f = a[r * n + c] / a[c * n + c];
            for (size_t k = c; k < n; ++k)
                a[r * n + k] -= f * a[c * n + k];
            b[r] -= f * b[c];
        }
    }
    for (size_t r = 0; r < n; ++r)
        b[r] /= a[r * n + r];
    return b;
}

/**
 * Poisson GLM log mu_ij = alpha_i + gamma_j + beta f_ij (gamma_0 = 0) over the cells in `inSet`, fitted by
 * iteratively reweighted least squares (McCullagh & Nelder 1989, ch. 2.5). Returns {beta, gamma_1..gamma_J-1}.
 */
std::vector<double> poissonFixedEffects(const FlowFitData& data, const ChoiceModelParameters& model)
{
    const auto I = static_cast<size_t>(data.originCount());
    const auto J = static_cast<size_t>(data.schoolCount());
    const size_t P = I + (J - 1) + 1;
    auto design = [&](size_t i, size_t j) {
        std::vector<double> x(P, 0.0);
        x[i] = 1.0;
        if (j > 0)
            x[I + j - 1] = 1.0;
        x[P - 1] = model.distanceTerm(data.distance(static_cast<qsizetype>(i), static_cast<qsizetype>(j)));
        return x;
    };
    std::vector<double> theta(P, 0.0);
    for (size_t i = 0; i < I; ++i)
        theta[i] = std::log(std::max(1.0, data.originTotal(static_cast<qsizetype>(i))) / static_cast<double>(J));
    for (int it = 0; it < 200; ++it) {
        std::vector<double> xtwx(P * P, 0.0), xtwz(P, 0.0);
        for (size_t i = 0; i < I; ++i)
            for (size_t j = 0; j < J; ++j) {
                if (!model.inChoiceSet(data.distance(static_cast<qsizetype>(i), static_cast<qsizetype>(j))))
                    continue;
                const std::vector<double> x = design(i, j);
                double eta = 0.0;
                for (size_t k = 0; k < P; ++k)
                    eta += x[k] * theta[k];
                const double mu = std::exp(eta);
                const double z = eta + (data.count(static_cast<qsizetype>(i), static_cast<qsizetype>(j)) - mu) / mu;
                for (size_t a = 0; a < P; ++a) {
                    if (x[a] == 0.0)
                        continue;
                    xtwz[a] += mu * x[a] * z;
                    for (size_t b = 0; b < P; ++b)
                        xtwx[a * P + b] += mu * x[a] * x[b];
                }
            }
        const std::vector<double> next = gaussSolve(xtwx, xtwz, P);
        double change = 0.0;
        for (size_t k = 0; k < P; ++k)
            change = std::max(change, std::abs(next[k] - theta[k]));
        theta = next;
        if (change < 1e-13)
            break;
    }
    std::vector<double> out{theta[P - 1]};
    out.insert(out.end(), theta.begin() + static_cast<std::ptrdiff_t>(I), theta.begin() + static_cast<std::ptrdiff_t>(P - 1));
    return out;
}

/** Logit demand per school for fixed beta, as the integrator's Monte Carlo would provide it. */
std::vector<double> logitDemand(const FlowFitData& data, const ChoiceModelParameters& model, const std::vector<double>& delta)
{
    std::vector<double> out(static_cast<size_t>(data.schoolCount()), 0.0);
    for (qsizetype i = 0; i < data.originCount(); ++i) {
        std::vector<double> v(out.size());
        double sum = 0.0;
        for (qsizetype j = 0; j < data.schoolCount(); ++j)
            sum += v[static_cast<size_t>(j)] = std::exp(delta[static_cast<size_t>(j)] + model.utility(data.distance(i, j)));
        for (size_t j = 0; j < out.size(); ++j)
            out[j] += data.originTotal(i) * v[j] / sum;
    }
    return out;
}

} // namespace

class TstChoiceModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { GeoRuntime::init(); }

    void fitRecoversSimulatedParameters_data()
    {
        QTest::addColumn<int>("form");
        QTest::addColumn<double>("beta");
        QTest::newRow("km") << static_cast<int>(DistanceForm::Kilometres) << -1.6;
        QTest::newRow("ln km") << static_cast<int>(DistanceForm::LogKilometres) << -1.2;
    }

    void fitRecoversSimulatedParameters()
    {
        QFETCH(int, form);
        QFETCH(double, beta);
        const Town town = makeTown(8, 12, 500.0, 250.0, 11);
        ChoiceModelFit::Options options;
        options.model.distanceForm = static_cast<DistanceForm>(form);
        const FlowFitData data = flowData(town, simulateFlows(town, options.model, beta, 5, 0));
        auto fit = ChoiceModelFit::fit(data, options);
        QVERIFY2(fit, qPrintable(fit ? QString() : fit.error().toString()));
        QVERIFY(fit->converged);
        QCOMPARE(fit->parameters.source, ParameterSource::Fitted);
        QCOMPARE(fit->parameters.beta.size(), size_t(1));
        const double se = fit->parameters.betaStandardErrors.at(0);
        QVERIFY(se > 0.0 && se < 0.2);
        QVERIFY2(std::abs(fit->parameters.beta[0] - beta) < 4.0 * se,
                 qPrintable(QStringLiteral("beta %1 (SE %2), true %3").arg(fit->parameters.beta[0]).arg(se).arg(beta)));
        // Constants: compared after centring, as only differences are identified; SE(delta_j) ~ 1/sqrt(n_j).
        const double trueMean = std::accumulate(town.delta.begin(), town.delta.end(), 0.0) / static_cast<double>(town.delta.size());
        double smallest = data.total();
        for (qsizetype j = 0; j < data.schoolCount(); ++j)
            smallest = std::min(smallest, data.schoolTotal(j));
        for (qsizetype j = 0; j < data.schoolCount(); ++j) {
            QVERIFY(fit->schoolConstants[static_cast<size_t>(j)].has_value());
            const double bound = 5.0 * std::sqrt(1.0 / data.schoolTotal(j) + 1.0 / smallest);
            QVERIFY2(std::abs(*fit->schoolConstants[static_cast<size_t>(j)] - (town.delta[static_cast<size_t>(j)] - trueMean)) < bound,
                     qPrintable(data.schools[j].id));
        }
        QVERIFY(fit->logLikelihood > fit->nullLogLikelihood);
        QVERIFY(fit->pseudoR2 > 0.0 && fit->pseudoR2 < 1.0);
        MK_COMPARE_REL(fit->pupils, data.total(), 1e-12);
        // The null model (constants only, every school in every choice set) has the closed form sum n_j ln(n_j / N).
        double null = 0.0;
        for (qsizetype j = 0; j < data.schoolCount(); ++j)
            null += data.schoolTotal(j) * std::log(data.schoolTotal(j) / data.total());
        MK_COMPARE_REL(fit->nullLogLikelihood, null, 1e-9);
    }

    void standardErrorMatchesSpreadOverReplicates()
    {
        // The observed-information SE against the spread of beta over 40 simulated data sets of the same town.
        const Town town = makeTown(6, 8, 600.0, 150.0, 21);
        ChoiceModelFit::Options options;
        std::vector<double> betas, ses;
        for (quint64 rep = 0; rep < 40; ++rep) {
            auto fit = ChoiceModelFit::fit(flowData(town, simulateFlows(town, options.model, -1.3, 9, rep)), options);
            QVERIFY(fit && fit->converged);
            betas.push_back(fit->parameters.beta[0]);
            ses.push_back(fit->parameters.betaStandardErrors[0]);
        }
        const double mean = std::accumulate(betas.begin(), betas.end(), 0.0) / 40.0;
        double ss = 0.0;
        for (double b : betas)
            ss += (b - mean) * (b - mean);
        const double sd = std::sqrt(ss / 39.0);
        const double meanSe = std::accumulate(ses.begin(), ses.end(), 0.0) / 40.0;
        // With 40 replicates the sample sd lies within about +-30 % of the true sd (chi-square, 99 %).
        QVERIFY2(sd > 0.65 * meanSe && sd < 1.4 * meanSe, qPrintable(QStringLiteral("sd %1, mean SE %2").arg(sd).arg(meanSe)));
        QVERIFY2(std::abs(mean + 1.3) < 3.0 * meanSe / std::sqrt(40.0) + 0.02, qPrintable(QString::number(mean)));
    }

    void logitEqualsPoissonFixedEffects_data()
    {
        QTest::addColumn<double>("radius");
        QTest::newRow("every school") << 0.0;
        QTest::newRow("within 2.2 km") << 2200.0;
    }

    void logitEqualsPoissonFixedEffects()
    {
        QFETCH(double, radius);
        const Town town = makeTown(4, 5, 700.0, 60.0, 3);
        ChoiceModelFit::Options options;
        options.model.choiceRadiusMetres = radius;
        const FlowFitData data = flowData(town, simulateFlows(town, options.model, -1.1, 17, 0));
        auto fit = ChoiceModelFit::fit(data, options);
        QVERIFY2(fit, qPrintable(fit ? QString() : fit.error().toString()));
        QVERIFY(fit->converged);
        const std::vector<double> poisson = poissonFixedEffects(data, options.model);
        QVERIFY(std::abs(fit->parameters.beta[0] - poisson[0]) < 1e-6);
        for (size_t j = 1; j < static_cast<size_t>(data.schoolCount()); ++j)
            QVERIFY2(std::abs((*fit->schoolConstants[j] - *fit->schoolConstants[0]) - poisson[j]) < 1e-6,
                     qPrintable(QStringLiteral("school %1: %2 vs %3").arg(j).arg(*fit->schoolConstants[j] - *fit->schoolConstants[0]).arg(poisson[j])));
        if (radius > 0.0) {
            double outside = 0.0;
            for (qsizetype i = 0; i < data.originCount(); ++i)
                for (qsizetype j = 0; j < data.schoolCount(); ++j)
                    outside += data.distance(i, j) > radius ? data.count(i, j) : 0.0;
            QVERIFY(outside > 0.0);
            MK_COMPARE_REL(fit->pupilsOutsideChoiceSet, outside, 1e-12);
            MK_COMPARE_REL(fit->pupils + outside, data.total(), 1e-12);
        }
    }

    void contractionReproducesObservedTotals()
    {
        const Town town = makeTown(6, 9, 500.0, 100.0, 4);
        ChoiceModelParameters model;
        model.beta = {-2.0};
        const FlowFitData data = flowData(town, simulateFlows(town, model, -2.0, 3, 0));
        std::vector<double> observed(static_cast<size_t>(data.schoolCount()));
        for (qsizetype j = 0; j < data.schoolCount(); ++j)
            observed[static_cast<size_t>(j)] = data.schoolTotal(j);
        auto demand = [&](const std::vector<double>& d) { return logitDemand(data, model, d); };
        auto r = BerryContraction::run(std::vector<double>(observed.size(), 0.0), observed, {}, demand, {});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(r->converged);
        const std::vector<double> final = logitDemand(data, model, r->delta);
        for (size_t j = 0; j < observed.size(); ++j) {
            QCOMPARE(r->status[j], BerryContraction::SchoolStatus::Calibrated);
            QVERIFY2(std::abs(final[j] - observed[j]) <= 1e-8 * observed[j], qPrintable(QString::number(final[j] - observed[j])));
        }
        // Damping slows the contraction but reaches the same relative constants.
        auto damped = BerryContraction::run(std::vector<double>(observed.size(), 0.0), observed, {}, demand,
                                            {1e-8, 5000, 0.5, 5.0});
        QVERIFY(damped && damped->converged && damped->iterations > r->iterations);
        for (size_t j = 1; j < observed.size(); ++j)
            QVERIFY(std::abs((damped->delta[j] - damped->delta[0]) - (r->delta[j] - r->delta[0])) < 1e-6);
    }

    void contractionNeverPushesAFullSchoolDown()
    {
        const Town town = makeTown(6, 6, 500.0, 100.0, 8);
        ChoiceModelParameters model;
        model.beta = {-1.5};
        const FlowFitData data = flowData(town, simulateFlows(town, model, -1.5, 4, 0));
        const size_t J = static_cast<size_t>(data.schoolCount());
        std::vector<double> observed(J);
        for (size_t j = 0; j < J; ++j)
            observed[j] = data.schoolTotal(static_cast<qsizetype>(j));
        // School 0 is full: its enrolment is 60 % of what it attracts at the start, the rest was turned away.
        std::vector<double> start(J, 0.0);
        start[0] = 1.0;
        const double startDemand = logitDemand(data, model, start)[0];
        const double capacity = 0.6 * startDemand;
        const double shift = observed[0] - capacity;
        observed[0] = capacity;
        observed[1] += shift; // the turned-away pupils went to school 1
        std::vector<bool> full(J, false);
        full[0] = true;
        // A demand that rations the full school as admission would: its overflow spreads over the others.
        auto rationed = [&](const std::vector<double>& d) {
            std::vector<double> demand = logitDemand(data, model, d);
            const double overflow = std::max(0.0, demand[0] - capacity);
            demand[0] -= overflow;
            double rest = 0.0;
            for (size_t j = 1; j < J; ++j)
                rest += demand[j];
            for (size_t j = 1; j < J; ++j)
                demand[j] += overflow * demand[j] / rest;
            return demand;
        };
        // ... and the plain logit demand, which knows no capacity.
        auto plain = [&](const std::vector<double>& d) { return logitDemand(data, model, d); };
        for (const auto& demand : {BerryContraction::Demand(rationed), BerryContraction::Demand(plain)}) {
            auto r = BerryContraction::run(start, observed, full, demand, {});
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            QVERIFY(r->converged);
            QCOMPARE(r->status[0], BerryContraction::SchoolStatus::Censored);
            QVERIFY(r->delta[0] >= start[0]);
            QVERIFY(r->demand[0] >= capacity * (1.0 - 1e-8));
            for (size_t j = 1; j < J; ++j)
                QVERIFY(std::abs(r->demand[j] - observed[j]) <= 1e-7 * observed[j]);
        }
        // A full school whose demand falls short is raised until it fills.
        std::vector<double> low = start;
        low[0] = -3.0;
        auto raised = BerryContraction::run(low, observed, full, rationed, {});
        QVERIFY(raised && raised->converged);
        QVERIFY(raised->delta[0] > low[0]);
        QVERIFY(std::abs(raised->demand[0] - capacity) <= 1e-7 * capacity);
    }

    void contractionLeavesSchoolsWithoutPupils()
    {
        const std::vector<double> observed{10.0, 0.0, 30.0};
        // Demand next to a large outside option (Berry 1994's setting): each school's demand is 5 exp(delta_j).
        auto demand = [](const std::vector<double>& d) {
            std::vector<double> e;
            for (double v : d)
                e.push_back(5.0 * std::exp(v));
            return e;
        };
        auto r = BerryContraction::run({0.0, 0.7, 0.0}, observed, {}, demand, {});
        QVERIFY(r && r->converged);
        QCOMPARE(r->status[1], BerryContraction::SchoolStatus::NotObserved);
        QCOMPARE(r->delta[1], 0.7);
        QVERIFY(std::abs(r->delta[0] - std::log(2.0)) < 1e-8);
        QVERIFY(std::abs(r->delta[2] - std::log(6.0)) < 1e-8);
        auto bad = BerryContraction::run({0.0}, observed, {}, demand, {});
        QVERIFY(!bad);
        auto badDamping = BerryContraction::run({0.0, 0.0, 0.0}, observed, {}, demand, {1e-8, 10, 1.5, 5.0});
        QVERIFY(!badDamping);
    }

    void groupSplitMeetsItsMargins()
    {
        // Two groups, the second concentrated in the east and decaying faster; observed school compositions.
        const Town town = makeTown(6, 7, 500.0, 200.0, 31);
        ChoiceModelParameters model;
        const size_t I = static_cast<size_t>(town.origins.size()), J = static_cast<size_t>(town.schools.size());
        std::vector<double> shares, counts(I * J, 0.0), schoolTotals(J * 2, 0.0);
        const double betas[] = {-0.8, -2.4};
        for (size_t i = 0; i < I; ++i) {
            const double east = town.origins[static_cast<qsizetype>(i)].location.x() / 2500.0;
            const double s[] = {1.0 - 0.8 * east, 0.8 * east};
            shares.insert(shares.end(), {s[0], s[1]});
            for (size_t g = 0; g < 2; ++g) {
                const std::vector<double> p = probabilities(town, model, static_cast<qsizetype>(i), betas[g]);
                for (size_t j = 0; j < J; ++j) {
                    const double n = town.originPupils[i] * s[g] * p[j];
                    counts[i * J + j] += n;
                    schoolTotals[j * 2 + g] += n;
                }
            }
        }
        FlowFitData data = flowData(town, counts);
        QVERIFY(data.setGroups(QStringLiteral("ses"), {QStringLiteral("high"), QStringLiteral("low")}, shares, schoolTotals));
        auto split = FlowGroupSplit::split(data, {});
        QVERIFY2(split, qPrintable(split ? QString() : split.error().toString()));
        QVERIFY(split->converged);
        QCOMPARE(split->schoolsWithComposition, static_cast<int>(J));
        for (size_t i = 0; i < I; ++i)
            for (size_t g = 0; g < 2; ++g) {
                double originGroup = 0.0;
                for (size_t j = 0; j < J; ++j)
                    originGroup += split->counts[(i * J + j) * 2 + g];
                MK_COMPARE_REL(originGroup, town.originPupils[i] * shares[i * 2 + g], 1e-8);
            }
        for (size_t j = 0; j < J; ++j)
            for (size_t g = 0; g < 2; ++g) {
                double schoolGroup = 0.0;
                for (size_t i = 0; i < I; ++i)
                    schoolGroup += split->counts[(i * J + j) * 2 + g];
                MK_COMPARE_REL(schoolGroup, schoolTotals[j * 2 + g], 1e-8);
            }
        for (size_t c = 0; c < I * J; ++c)
            MK_COMPARE_REL(split->counts[c * 2] + split->counts[c * 2 + 1], counts[c], 1e-8);

        // Fitted per group, the group that decays faster gets the steeper decay.
        auto fit = ChoiceModelFit::fit(data, {});
        QVERIFY2(fit, qPrintable(fit ? QString() : fit.error().toString()));
        QVERIFY(fit->perGroup);
        QCOMPARE(fit->parameters.groups, data.groups);
        QCOMPARE(fit->parameters.beta.size(), size_t(2));
        QVERIFY2(fit->parameters.beta[1] < fit->parameters.beta[0] && fit->parameters.beta[0] < 0.0,
                 qPrintable(QStringLiteral("%1 %2").arg(fit->parameters.beta[0]).arg(fit->parameters.beta[1])));
        // The per-group prediction keeps every origin's pupils (logit form), group by group.
        auto predicted = ChoiceModelFit::predict(data, fit->parameters, fit->schoolConstants);
        QVERIFY(predicted);
        MK_COMPARE_REL(std::accumulate(predicted->counts.begin(), predicted->counts.end(), 0.0), data.total(), 1e-9);

        // Without observed compositions the split holds nothing on group differences: one shared beta, said so.
        FlowFitData noSchools = flowData(town, counts);
        QVERIFY(noSchools.setGroups(QStringLiteral("ses"), {QStringLiteral("high"), QStringLiteral("low")}, shares, {}));
        auto shared = ChoiceModelFit::fit(noSchools, {});
        QVERIFY(shared);
        QVERIFY(!shared->perGroup);
        QVERIFY(shared->parameters.sharedBeta());
        QVERIFY(shared->betaScope.contains(QStringLiteral("shared")));
    }

    void demoFitsAndTheReportAddsUp()
    {
        Feedback feedback;
        auto dataset = DatasetLoader::loadDemo(feedback);
        QVERIFY2(dataset, qPrintable(dataset ? QString() : dataset.error().toString()));
        FlowFitOptions flowOptions;
        flowOptions.characteristic = QStringLiteral("migration background");
        auto data = FlowFitData::fromDataset(*dataset, flowOptions, feedback);
        QVERIFY2(data, qPrintable(data ? QString() : data.error().toString()));
        QCOMPARE(data->schoolCount(), 9);
        QCOMPARE(data->groupCount(), 3);

        // Every flow pupil is either in the table or counted as left out, by reason.
        double flowPupils = 0.0, foreign = 0.0;
        for (const PupilFlow& f : std::as_const(dataset->pupilFlows)) {
            flowPupils += f.estimatedPupils();
            foreign += f.isForeignOrUnknown() ? f.estimatedPupils() : 0.0;
        }
        MK_COMPARE_REL(data->total() + data->excluded.total(), flowPupils, 1e-12);
        MK_COMPARE_REL(data->excluded.foreignOrUnknownHome, foreign, 1e-12);
        QVERIFY(data->total() > 0.9 * flowPupils);

        auto fit = ChoiceModelFit::fit(*data, {});
        QVERIFY2(fit, qPrintable(fit ? QString() : fit.error().toString()));
        QVERIFY(fit->converged);
        QVERIFY2(fit->parameters.beta[0] < 0.0, qPrintable(QString::number(fit->parameters.beta[0])));
        QVERIFY(fit->pseudoR2 > 0.0 && fit->pseudoR2 < 1.0);
        // Baarn has no observed school composition: one shared beta, and the result says why.
        QVERIFY(!fit->perGroup);
        QVERIFY(!fit->betaScope.isEmpty());

        auto predicted = ChoiceModelFit::predict(*data, fit->parameters, fit->schoolConstants);
        QVERIFY(predicted);
        const SimulatedChoices simulated = SimulatedChoices::fromPredictedFlows(*data, *predicted, QStringLiteral("outside Europe"));
        auto report = CalibrationReportBuilder::build(*data, simulated, fit->parameters.fit);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->schools.size(), 9);
        // Observed per school = the school's flow pupils from a located home PC4, summed here from the raw flows.
        for (const CalibrationReport::SchoolRow& row : std::as_const(report->schools)) {
            double expected = 0.0;
            for (const PupilFlow& f : std::as_const(dataset->pupilFlows))
                if (f.schoolId == row.id && !f.isForeignOrUnknown()
                    && std::any_of(data->origins.cbegin(), data->origins.cend(), [&](const FlowOrigin& o) { return o.pc4 == f.homePostcode; }))
                    expected += f.estimatedPupils();
            MK_COMPARE_REL(row.observed, expected, 1e-12);
        }
        MK_COMPARE_REL(report->observedPupils, data->total(), 1e-12);
        // The logit form keeps every pupil: simulated totals add up to the observed ones.
        MK_COMPARE_REL(report->simulatedPupils, report->observedPupils, 1e-9);
        MK_COMPARE_REL(report->observedDistance.pupils, data->total(), 1e-12);
        MK_COMPARE_REL(report->simulatedDistance.pupils, data->total(), 1e-9);
        for (const auto* d : {&report->observedDistance, &report->simulatedDistance}) {
            QCOMPARE(d->shares.size(), report->binUpperEdges.size() + 1);
            MK_COMPARE_REL(std::accumulate(d->shares.begin(), d->shares.end(), 0.0), 1.0, 1e-12);
            QVERIFY(d->median <= d->percentile90);
        }
        // The observed mean distance, computed here cell by cell.
        double weighted = 0.0;
        for (qsizetype i = 0; i < data->originCount(); ++i)
            for (qsizetype j = 0; j < data->schoolCount(); ++j)
                weighted += data->count(i, j) * data->distance(i, j);
        MK_COMPARE_REL(report->observedDistance.mean, weighted / data->total(), 1e-9);
        QVERIFY(report->observedNearestShare > 0.0 && report->observedNearestShare < 1.0);
        QVERIFY(report->simulatedNearestShare > 0.0 && report->simulatedNearestShare < 1.0);
        QVERIFY(report->fit && report->fit->pseudoR2 == fit->pseudoR2);
        // The score equation of beta (f = km): at the maximum the model's mean distance is the observed one.
        MK_COMPARE_REL(report->simulatedDistance.mean, report->observedDistance.mean, 1e-6);
        const QJsonObject json = report->toJson();
        QCOMPARE(json.value(QStringLiteral("schools")).toArray().size(), 9);
        QVERIFY(json.value(QStringLiteral("fit")).isObject());
    }

    void fromDatasetCountsWhatItLeavesOut()
    {
        Feedback feedback;
        auto loaded = DatasetLoader::loadDemo(feedback);
        QVERIFY(loaded);
        Dataset dataset = *loaded;
        const QString first = dataset.schools.first().id;
        dataset.schools[1].sector = SchoolSector::Special;
        double special = 0.0;
        for (const PupilFlow& f : std::as_const(dataset.pupilFlows))
            special += f.schoolId == dataset.schools[1].id && !f.isForeignOrUnknown() ? f.estimatedPupils() : 0.0;
        QVERIFY(special > 0.0);
        dataset.pupilFlows.append(PupilFlow{first, QStringLiteral("20"), {}, 7.0, 0});
        dataset.pupilFlows.append(PupilFlow{first, QStringLiteral("9999"), {}, 5.0, 1});
        dataset.pupilFlows.append(PupilFlow{QStringLiteral("XXXX00"), QStringLiteral("3741"), {}, 4.0, 1});
        auto data = FlowFitData::fromDataset(dataset, {}, feedback);
        QVERIFY2(data, qPrintable(data ? QString() : data.error().toString()));
        QCOMPARE(data->schoolCount(), 8);
        QCOMPARE(data->excluded.foreignOrUnknownHome, 7.0);
        QCOMPARE(data->excluded.homeWithoutLocation, 7.5);
        QCOMPARE(data->excluded.postcodesWithoutLocation, 1);
        MK_COMPARE_REL(data->excluded.schoolNotModelled, special + 6.5, 1e-12);
        QCOMPARE(data->excluded.schoolsNotModelled, 2);
        bool named = false;
        for (const Diagnostic& d : data->diagnostics.items())
            named = named || (d.message.contains(QStringLiteral("9999")) && d.message.contains(QLocale().toString(7.5)));
        QVERIFY(named);
        // Each excluded number with its share of all pupils (a dangling share text was read after its scope).
        const double allPupils = data->total() + data->excluded.total();
        bool shared = false;
        for (const Diagnostic& d : data->diagnostics.items())
            shared = shared || d.message.contains(QStringLiteral("(%1%)").arg(QLocale().toString(100.0 * 7.0 / allPupils, 'f', 1)));
        QVERIFY(shared);
        // Regular primary schools only can be switched off: the special school then takes part.
        FlowFitOptions all;
        all.regularPrimaryOnly = false;
        auto withSpecial = FlowFitData::fromDataset(dataset, all, feedback);
        QVERIFY(withSpecial);
        QCOMPARE(withSpecial->schoolCount(), 9);
    }

    void originGroupSharesFromTheBuurten()
    {
        Feedback feedback;
        auto dataset = DatasetLoader::loadDemo(feedback);
        QVERIFY(dataset);
        FlowFitOptions options;
        options.characteristic = QStringLiteral("migration background");
        auto data = FlowFitData::fromDataset(*dataset, options, feedback);
        QVERIFY(data);
        const GroupTable& buurten = dataset->areaComposition.first();
        std::vector<double> gemeente(3, 0.0);
        for (qsizetype u = 0; u < buurten.unitCount(); ++u)
            for (qsizetype g = 0; g < 3; ++g)
                gemeente[static_cast<size_t>(g)] += buurten.cell(u, g).valueOr(0.0);
        const double children = std::accumulate(gemeente.begin(), gemeente.end(), 0.0);
        bool someDiffer = false;
        for (qsizetype i = 0; i < data->originCount(); ++i) {
            double sum = 0.0;
            double gap = 0.0;
            for (qsizetype g = 0; g < 3; ++g) {
                const double s = data->originGroupShares[static_cast<size_t>(i * 3 + g)];
                QVERIFY(s >= 0.0 && s <= 1.0);
                sum += s;
                gap = std::max(gap, std::abs(s - gemeente[static_cast<size_t>(g)] / children));
            }
            MK_COMPARE_REL(sum, 1.0, 1e-12);
            // PC4s of other gemeenten (not 374x) have no area in Baarn and get its mix; Baarn's own differ.
            if (!data->origins[i].pc4.startsWith(QStringLiteral("374")))
                QVERIFY2(gap < 1e-12, qPrintable(data->origins[i].pc4));
            else
                someDiffer = someDiffer || gap > 1e-3;
        }
        QVERIFY(someDiffer);
        FlowFitOptions unknown;
        unknown.characteristic = QStringLiteral("income");
        auto missing = FlowFitData::fromDataset(*dataset, unknown, feedback);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("\"income\"")));
        QVERIFY(missing.error().message.contains(QStringLiteral("migration background")));
    }

    void parametersRoundTripThroughJson()
    {
        ChoiceModelParameters p;
        p.distanceForm = DistanceForm::LogKilometres;
        p.characteristic = QStringLiteral("migration background");
        p.groups = {QStringLiteral("Dutch origin"), QStringLiteral("Europe"), QStringLiteral("outside Europe")};
        p.beta = {-1.25, -1.5, -1.0 / 3.0};
        p.betaStandardErrors = {0.01, 0.02, 0.125};
        p.denominationWeight = 0.4;
        p.compositionWeight = 0.1;
        p.listLength = 8;
        p.choiceRadiusMetres = 5000.0;
        p.source = ParameterSource::Fitted;
        p.fit = ChoiceModelFitSummary{1234.5, -2345.678, -3456.789, 1.0 - 2345.678 / 3456.789};
        p.note = QStringLiteral("test");
        const QByteArray bytes = QJsonDocument(p.toJson()).toJson();
        auto back = ChoiceModelParameters::fromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QVERIFY(*back == p);
        const ChoiceModelParameters defaults = ChoiceModelParameters::literatureDefault();
        auto defaultsBack = ChoiceModelParameters::fromJson(defaults.toJson());
        QVERIFY(defaultsBack && *defaultsBack == defaults);
        QCOMPARE(defaultsBack->source, ParameterSource::LiteratureDefault);
    }

    void badParameterKeysAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        QTest::newRow("misspelt key") << QByteArray(R"({"beta": [-2], "betta": [-3]})") << QStringLiteral("\"betta\"");
        QTest::newRow("misspelt fit key") << QByteArray(R"({"beta": [-2], "fit": {"pupils": 1, "log_likelihood": -1, "null_log_likelihood": -2, "pseudo_r": 0.5}})")
                                          << QStringLiteral("\"pseudo_r\"");
        QTest::newRow("no beta") << QByteArray(R"({"distance_form": "km"})") << QStringLiteral("\"beta\"");
        QTest::newRow("beta per group count") << QByteArray(R"({"beta": [-2], "characteristic": "x", "groups": ["a", "b"]})")
                                              << QStringLiteral("\"beta\"");
        QTest::newRow("bad form") << QByteArray(R"({"beta": [-2], "distance_form": "miles"})") << QStringLiteral("\"distance_form\"");
        QTest::newRow("list length text") << QByteArray(R"({"beta": [-2], "list_length": "six"})") << QStringLiteral("\"list_length\"");
        QTest::newRow("list length 0") << QByteArray(R"({"beta": [-2], "list_length": 0})") << QStringLiteral("\"list_length\"");
        QTest::newRow("negative radius") << QByteArray(R"({"beta": [-2], "choice_radius_m": -1})") << QStringLiteral("\"choice_radius_m\"");
        QTest::newRow("version") << QByteArray(R"({"beta": [-2], "version": 2})") << QStringLiteral("\"version\"");
    }

    void badParameterKeysAreRefusedByName()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        auto r = ChoiceModelParameters::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(named), qPrintable(r.error().message));
    }

    void distanceTermAndUtility()
    {
        ChoiceModelParameters p;
        p.beta = {-2.0};
        QCOMPARE(p.distanceTerm(1500.0), 1.5);
        p.distanceForm = DistanceForm::LogKilometres;
        QCOMPARE(p.distanceTerm(2000.0), std::log(2.0));
        QCOMPARE(p.distanceTerm(0.0), std::log(ChoiceModelParameters::kMinimumDistanceMetres / 1000.0));
        p.denominationWeight = 0.5;
        p.compositionWeight = 2.0;
        QCOMPARE(p.utility(2000.0, 0, true, 0.25), -2.0 * std::log(2.0) + 0.5 + 0.5);
        p.choiceRadiusMetres = 3000.0;
        QVERIFY(p.inChoiceSet(3000.0) && !p.inChoiceSet(3000.5));
    }

    void literatureDefaultReproducesItsDerivation()
    {
        // The header's derivation: schools as a Poisson pattern with 600 m mean nearest distance, equal constants;
        // beta = -4.0/km must put ~75 % of pupils within 1 km (and ~58 % at the nearest school).
        const ChoiceModelParameters p = ChoiceModelParameters::literatureDefault();
        const double density = 1.0 / (4.0 * 0.6 * 0.6) / 1e6; // per m²
        const double radius = 10000.0;
        auto engine = RandomTables::engine(77, 0, 0);
        double within = 0.0, nearest = 0.0;
        const int homes = 3000;
        for (int h = 0; h < homes; ++h) {
            const auto schools = static_cast<int>(std::lround(density * M_PI * radius * radius));
            std::vector<double> d(static_cast<size_t>(schools));
            for (double& v : d)
                v = radius * std::sqrt(RandomTables::uniform(engine));
            double sum = 0.0;
            for (double v : d)
                sum += std::exp(p.utility(v));
            const double closest = *std::min_element(d.begin(), d.end());
            for (double v : d) {
                const double prob = std::exp(p.utility(v)) / sum;
                within += v < 1000.0 ? prob : 0.0;
                nearest += v == closest ? prob : 0.0;
            }
        }
        QVERIFY2(std::abs(within / homes - 0.75) < 0.02, qPrintable(QString::number(within / homes)));
        QVERIFY2(std::abs(nearest / homes - 0.58) < 0.03, qPrintable(QString::number(nearest / homes)));
    }

    void distanceDistributionAgainstBruteForce()
    {
        auto engine = RandomTables::engine(5, 0, 0);
        DistanceDistribution d, even, odd;
        std::vector<std::pair<double, double>> values;
        for (int k = 0; k < 2000; ++k) {
            const double metres = 3000.0 * RandomTables::uniform(engine) * RandomTables::uniform(engine);
            const double weight = 0.5 + RandomTables::uniform(engine);
            values.emplace_back(metres, weight);
            d.add(metres, weight);
            (k % 2 == 0 ? even : odd).add(metres, weight);
        }
        std::sort(values.begin(), values.end());
        double total = 0.0, sum = 0.0, below1k = 0.0;
        for (const auto& [m, w] : values) {
            total += w;
            sum += m * w;
            below1k += m < 1000.0 ? w : 0.0;
        }
        MK_COMPARE_REL(d.total(), total, 1e-12);
        MK_COMPARE_REL(d.mean(), sum / total, 1e-12);
        MK_COMPARE_REL(d.shareBelow(1000.0), below1k / total, 1e-12);
        for (double q : {0.1, 0.5, 0.9}) {
            double cumulative = 0.0, exact = 0.0;
            for (const auto& [m, w] : values) {
                cumulative += w;
                if (cumulative >= q * total) {
                    exact = m;
                    break;
                }
            }
            QVERIFY2(std::abs(d.quantile(q) - exact) <= DistanceDistribution::kResolutionMetres,
                     qPrintable(QStringLiteral("q %1: %2 vs %3").arg(q).arg(d.quantile(q)).arg(exact)));
        }
        even.merge(odd);
        MK_COMPARE_REL(even.mean(), d.mean(), 1e-12);
        QCOMPARE(even.quantile(0.5), d.quantile(0.5));
        const std::vector<double> bins = d.binShares(DistanceDistribution::reportBinEdges());
        MK_COMPARE_REL(bins[0], d.shareBelow(250.0), 1e-12);
        MK_COMPARE_REL(std::accumulate(bins.begin(), bins.end(), 0.0), 1.0, 1e-12);
        QVERIFY(std::isnan(DistanceDistribution().mean()));
    }

    void schoolwegingComparisonIsPearsonAndLeastSquares()
    {
        const std::vector<double> share{0.1, 0.2, 0.4, 0.8, std::nan("")};
        const std::vector<double> weging{26.0, 27.0, 29.0, 33.0, 40.0};
        auto c = CalibrationReportBuilder::compare(share, weging);
        QVERIFY(c);
        QCOMPARE(c->schools, 4);
        MK_COMPARE_REL(c->pearsonR, 1.0, 1e-12);
        MK_COMPARE_REL(c->slope, 10.0, 1e-12);
        MK_COMPARE_REL(c->intercept, 25.0, 1e-12);
        // r of a noisy pair, by hand: x = (1, 2, 3), y = (1, 3, 2): r = 0.5, slope 0.5.
        auto n = CalibrationReportBuilder::compare({1.0, 2.0, 3.0}, {1.0, 3.0, 2.0});
        QVERIFY(n);
        MK_COMPARE_REL(n->pearsonR, 0.5, 1e-12);
        MK_COMPARE_REL(n->slope, 0.5, 1e-12);
        QVERIFY(!CalibrationReportBuilder::compare({0.1, 0.1, 0.1}, {1.0, 2.0, 3.0}));
    }
};

QTEST_GUILESS_MAIN(TstChoiceModel)
#include "tst_choicemodel.moc"
