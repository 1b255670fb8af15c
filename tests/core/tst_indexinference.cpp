// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/feedback.h"
#include "index/indexinput.h"
#include "index/inferencereport.h"
#include "index/multigroupindices.h"
#include "index/randomtables.h"
#include "io/csvtable.h"
#include "indextesttables.h"
#include "testutils.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace Mk;
using namespace IndexTestTables;

namespace {

double exactLogChoose(int n, int k)
{
    return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
}

} // namespace

class TstIndexInference : public QObject
{
    Q_OBJECT
private slots:
    void logFactorialMatchesLgamma()
    {
        for (qint64 n : {0, 1, 2, 10, 255, 256, 257, 1000, 123456, 10000000})
            MK_COMPARE_REL(RandomTables::logFactorial(n), std::lgamma(static_cast<double>(n) + 1), 1e-13);
    }

    // Empirical frequencies against the exact pmf: 200,000 draws, 5 standard errors.
    void binomialDistribution()
    {
        auto engine = RandomTables::engine(42, 0, 0);
        const int n = 12, draws = 200000;
        const double p = 0.3;
        std::vector<int> freq(n + 1, 0);
        for (int i = 0; i < draws; ++i)
            ++freq[static_cast<size_t>(RandomTables::binomial(engine, n, p))];
        for (int k = 0; k <= n; ++k) {
            const double pk = std::exp(exactLogChoose(n, k) + k * std::log(p) + (n - k) * std::log(1 - p));
            const double se = std::sqrt(pk * (1 - pk) / draws);
            QVERIFY2(std::abs(freq[static_cast<size_t>(k)] / double(draws) - pk) <= 5 * se + 1e-9, qPrintable(QString::number(k)));
        }
        // Large n: mean and variance.
        double sum = 0.0, ss = 0.0;
        for (int i = 0; i < 20000; ++i) {
            const double x = static_cast<double>(RandomTables::binomial(engine, 1000000, 0.01));
            sum += x;
            ss += x * x;
        }
        const double mean = sum / 20000, var = ss / 20000 - mean * mean;
        QVERIFY(std::abs(mean - 10000) < 5 * std::sqrt(9900.0 / 20000));
        QVERIFY(std::abs(var / 9900 - 1) < 0.05);
        QCOMPARE(RandomTables::binomial(engine, 10, 0.0), qint64(0));
        QCOMPARE(RandomTables::binomial(engine, 10, 1.0), qint64(10));
    }

    void hypergeometricDistribution()
    {
        auto engine = RandomTables::engine(43, 0, 0);
        const int N = 30, K = 12, n = 10, draws = 200000;
        std::vector<int> freq(n + 1, 0);
        for (int i = 0; i < draws; ++i)
            ++freq[static_cast<size_t>(RandomTables::hypergeometric(engine, n, K, N))];
        for (int k = 0; k <= n; ++k) {
            const double pk = std::exp(exactLogChoose(K, k) + exactLogChoose(N - K, n - k) - exactLogChoose(N, n));
            const double se = std::sqrt(pk * (1 - pk) / draws);
            QVERIFY2(std::abs(freq[static_cast<size_t>(k)] / double(draws) - pk) <= 5 * se + 1e-9, qPrintable(QString::number(k)));
        }
        QCOMPARE(RandomTables::hypergeometric(engine, 5, 0, 10), qint64(0));
        QCOMPARE(RandomTables::hypergeometric(engine, 5, 10, 10), qint64(5));
        // 8 draws from 10 with 5 successes: at least 3 successes, at most 5.
        for (int i = 0; i < 100; ++i) {
            const qint64 x = RandomTables::hypergeometric(engine, 8, 5, 10);
            QVERIFY(x >= 3 && x <= 5);
        }
    }

    void fixedMarginsKeepTotals()
    {
        auto engine = RandomTables::engine(7, 2, 3);
        const std::vector<qint64> units = {30, 1, 0, 250, 19};
        const std::vector<qint64> groups = {100, 150, 50};
        for (int rep = 0; rep < 50; ++rep) {
            const std::vector<double> cells = RandomTables::fixedMargins(units, groups, engine);
            for (size_t i = 0; i < units.size(); ++i)
                QCOMPARE(cells[i * 3] + cells[i * 3 + 1] + cells[i * 3 + 2], double(units[i]));
            for (size_t k = 0; k < 3; ++k) {
                double s = 0.0;
                for (size_t i = 0; i < units.size(); ++i) {
                    QVERIFY(cells[i * 3 + k] >= 0);
                    s += cells[i * 3 + k];
                }
                QCOMPARE(s, double(groups[k]));
            }
        }
    }

    void bootstrapKeepsPopulation()
    {
        const IndexInput input = table(3, 2, {10, 5, 0, 7, 20.4, 0.6});
        auto engine = RandomTables::engine(9, 1, 0);
        for (int rep = 0; rep < 20; ++rep) {
            const std::vector<double> cells = RandomTables::bootstrap(input, engine);
            QCOMPARE(std::accumulate(cells.begin(), cells.end(), 0.0), 43.0);
            QCOMPARE(cells[2], 0.0); // an empty cell stays empty
        }
    }

    // The prepared multinomial (conditional binomials) against its exact moments, E = N p_j, Var = N p_j (1 - p_j),
    // Cov = -N p_i p_j, and one cell's counts against Bin(N, p_j) by a chi-square test; 20,000 tables, fixed seed.
    void bootstrapSamplerMatchesMultinomial()
    {
        const IndexInput input = table(3, 2, {12, 3, 0, 9, 20.5, 5.5});
        const RandomTables::BootstrapSampler sampler(input);
        const double N = 50, cells = 6;
        auto engine = RandomTables::engine(77, 1, 0);
        const int draws = 20000;
        std::vector<double> sum(6, 0.0), sumSq(6, 0.0);
        double cross = 0.0; // cells 0 and 4
        std::vector<int> freq(51, 0);
        std::vector<double> out;
        for (int r = 0; r < draws; ++r) {
            sampler.draw(engine, out);
            QCOMPARE(out.size(), size_t(cells));
            QCOMPARE(std::accumulate(out.begin(), out.end(), 0.0), N);
            for (size_t j = 0; j < 6; ++j) {
                sum[j] += out[j];
                sumSq[j] += out[j] * out[j];
            }
            cross += out[0] * out[4];
            ++freq[static_cast<size_t>(out[4])];
        }
        for (size_t j = 0; j < 6; ++j) {
            const double p = input.counts()[j] / N;
            const double mean = sum[j] / draws, variance = sumSq[j] / draws - mean * mean;
            QVERIFY2(std::abs(mean - N * p) <= 5 * std::sqrt(N * p * (1 - p) / draws) + 1e-12, qPrintable(QString::number(j)));
            if (p > 0)
                QVERIFY2(std::abs(variance / (N * p * (1 - p)) - 1) < 0.05, qPrintable(QString::number(j)));
        }
        const double p0 = 12 / N, p4 = 20.5 / N;
        const double covariance = cross / draws - (sum[0] / draws) * (sum[4] / draws);
        QVERIFY(std::abs(covariance / (-N * p0 * p4) - 1) < 0.1);
        // Chi-square of cell 4 over the outcomes with an expected count of at least 5 (the rest pooled).
        double chi2 = 0.0, pooledObserved = 0.0, pooledExpected = 0.0;
        int bins = 0;
        for (int k = 0; k <= 50; ++k) {
            const double expected = draws * std::exp(exactLogChoose(50, k) + k * std::log(p4) + (50 - k) * std::log(1 - p4));
            if (expected < 5) {
                pooledObserved += freq[static_cast<size_t>(k)];
                pooledExpected += expected;
                continue;
            }
            chi2 += (freq[static_cast<size_t>(k)] - expected) * (freq[static_cast<size_t>(k)] - expected) / expected;
            ++bins;
        }
        chi2 += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
        // bins + 1 classes, so bins degrees of freedom; df + 4 sqrt(2 df) is about the 0.999 quantile for 15 to 30 of them.
        QVERIFY(bins >= 15 && bins <= 30);
        QVERIFY2(chi2 < bins + 4 * std::sqrt(2.0 * bins), qPrintable(QString::number(chi2)));

        // Tabled ln n! holds logFactorial's own values: the same engine gives the same table with or without it.
        const RandomTables::BootstrapSampler plain(input, false);
        auto a = RandomTables::engine(5, 1, 2), b = RandomTables::engine(5, 1, 2);
        std::vector<double> fromPlain;
        for (int r = 0; r < 100; ++r) {
            sampler.draw(a, out);
            plain.draw(b, fromPlain);
            QCOMPARE(out, fromPlain);
        }
    }

    // Random allocation: every cell's mean is t_i G_k / T (multivariate hypergeometric), with or without tabled ln n!.
    void fixedMarginsSamplerMeans()
    {
        const std::vector<qint64> units = {30, 1, 0, 250, 19};
        const std::vector<qint64> groups = {100, 150, 50};
        const RandomTables::FixedMarginsSampler sampler(units, groups), plain(units, groups, false);
        auto engine = RandomTables::engine(8, 2, 0), same = RandomTables::engine(8, 2, 0);
        const int draws = 20000;
        std::vector<double> sum(15, 0.0), out, fromPlain;
        for (int r = 0; r < draws; ++r) {
            sampler.draw(engine, out);
            plain.draw(same, fromPlain);
            QCOMPARE(out, fromPlain);
            for (size_t j = 0; j < 15; ++j)
                sum[j] += out[j];
        }
        for (size_t i = 0; i < units.size(); ++i)
            for (size_t k = 0; k < 3; ++k) {
                const double t = static_cast<double>(units[i]), G = static_cast<double>(groups[k]), T = 300;
                const double mean = t * G / T;
                // hypergeometric variance t (G/T) (1 - G/T) (T - t) / (T - 1)
                const double variance = t * G / T * (1 - G / T) * (T - t) / (T - 1);
                QVERIFY(std::abs(sum[i * 3 + k] / draws - mean) <= 5 * std::sqrt(variance / draws) + 1e-12);
            }
    }

    void sameSeedSameNumbersOnAnyThreadCount()
    {
        const IndexInput input = table(6, 3, {40, 5, 3, 12, 30, 9, 4, 4, 40, 22, 21, 20, 3, 1, 0, 9, 12, 30});
        InferenceReport::Options options;
        options.replicates = 200;
        options.seed = 20261123;
        options.threads = 1;
        const auto one = InferenceReport::compute(input, options);
        options.threads = 2;
        const auto two = InferenceReport::compute(input, options);
        options.threads = 0;
        const auto pool = InferenceReport::compute(input, options);
        QVERIFY(one && two && pool);
        QCOMPARE(one->estimates.size(), two->estimates.size());
        for (size_t j = 0; j < one->estimates.size(); ++j) {
            for (const auto* other : {&*two, &*pool}) {
                QCOMPARE(other->estimates[j].ciLow, one->estimates[j].ciLow);
                QCOMPARE(other->estimates[j].ciHigh, one->estimates[j].ciHigh);
                QCOMPARE(other->estimates[j].expectedRandom, one->estimates[j].expectedRandom);
                QCOMPARE(other->estimates[j].pValue, one->estimates[j].pValue);
            }
        }
        options.seed = 20261124;
        const auto otherSeed = InferenceReport::compute(input, options);
        QVERIFY(otherSeed->estimates[0].ciLow != one->estimates[0].ciLow);
    }

    void chanceAndSegregationAreTold()
    {
        // Strongly segregated large schools: far from random, small p, CI around the estimate.
        const IndexInput segregated = table(4, 2, {400, 20, 380, 40, 30, 390, 10, 420});
        InferenceReport::Options options;
        options.replicates = 300;
        const auto r = InferenceReport::compute(segregated, options);
        QVERIFY(r);
        const InferenceReport::Estimate* d = r->find(IndexId::Dissimilarity, QStringLiteral("g1"));
        QVERIFY(d);
        QVERIFY(d->ciLow <= d->estimate && d->estimate <= d->ciHigh);
        QVERIFY(d->expectedRandom < 0.1);
        QCOMPARE(d->pValue, 1.0 / 301);
        MK_COMPARE_REL(d->biasCorrected, d->estimate - d->bias, 1e-15);
        const InferenceReport::Estimate* exposure = r->find(IndexId::Exposure, QStringLiteral("g1"));
        QCOMPARE(exposure->pValue, 1.0 / 301); // low exposure is the segregated direction
        QVERIFY(r->find(IndexId::MutualInformation));
        QVERIFY(!r->find(IndexId::OrdinalVariation));
        QCOMPARE(r->localM.size(), size_t(4));
        for (const auto& l : r->localM) {
            QCOMPARE(l.pValue, 1.0 / 301);
            QVERIFY(l.expectedRandom < l.estimate);
            QVERIFY(l.ciLow <= l.ciHigh);
        }

        // Tiny schools that mirror the total exactly: D = 0 observed, yet random allocation of
        // 4-pupil schools gives D well above 0 (the small-unit bias), and p = 1.
        std::vector<double> counts;
        for (int i = 0; i < 30; ++i)
            counts.insert(counts.end(), {2, 2});
        const IndexInput even = table(30, 2, counts);
        const auto e = InferenceReport::compute(even, options);
        const InferenceReport::Estimate* de = e->find(IndexId::Dissimilarity, QStringLiteral("g1"));
        QCOMPARE(de->estimate, 0.0);
        QVERIFY(de->expectedRandom > 0.2);
        QCOMPARE(de->pValue, 1.0);
        // Each 4-pupil school scores ls = 0 but random allocation expects clearly more.
        QCOMPARE(e->localM.front().estimate, 0.0);
        QVERIFY(e->localM.front().expectedRandom > 0.1);
        QCOMPARE(e->localM.front().pValue, 1.0);
    }

    // Real data: residents of the 25 Baarn-area PC4s by age band (CBS kerncijfers 2024, embedded demo).
    // Under independence 2 N M is asymptotically chi-square with (K-1)(U-1) degrees of freedom, so both
    // random allocation and the bootstrap bias of M should be close to (K-1)(U-1) / (2N).
    void realAgeBandsMatchChiSquareTheory()
    {
        const auto csv = CsvTable::read(QStringLiteral(":/demo/baarn/cbs_pc4_kerncijfers_2024_v1.csv"));
        QVERIFY(csv);
        const QStringList bands = {QStringLiteral("inw_0_15"), QStringLiteral("inw_15_25"), QStringLiteral("inw_25_45"),
                                   QStringLiteral("inw_45_65"), QStringLiteral("inw_65plus")};
        auto input = IndexInput::fromCsvTable(*csv, QStringLiteral("pc4"), bands);
        QVERIFY2(input, qPrintable(input ? QString() : input.error().toString()));
        QCOMPARE(input->unitCount(), 25);
        input->setOrdered(true);
        InferenceReport::Options options;
        options.replicates = 400;
        options.seed = 2024;
        const auto r = InferenceReport::compute(*input, options);
        QVERIFY(r);
        const double theory = (5 - 1) * (25 - 1) / (2 * input->total());
        const InferenceReport::Estimate* m = r->find(IndexId::MutualInformation);
        QVERIFY(std::abs(m->expectedRandom / theory - 1) < 0.05);
        QVERIFY(std::abs(m->bias / theory - 1) < 0.15);
        QCOMPARE(m->pValue, 1.0 / 401);
        QVERIFY(m->ciLow < m->estimate + m->bias && m->estimate + m->bias < m->ciHigh);
        const InferenceReport::Estimate* ordinal = r->find(IndexId::OrdinalVariation);
        QVERIFY(ordinal && ordinal->estimate > 0 && ordinal->estimate < 1);
    }

    void errorsAndCancel()
    {
        const IndexInput input = table(2, 2, {1, 2, 3, 4});
        InferenceReport::Options options;
        options.replicates = 1;
        QVERIFY(!InferenceReport::compute(input, options));
        options.replicates = 10;
        options.confidence = 1.5;
        QVERIFY(!InferenceReport::compute(input, options));
        options.confidence = 0.9;
        Feedback feedback;
        feedback.cancel();
        const auto canceled = InferenceReport::compute(input, options, &feedback);
        QVERIFY(!canceled);
        QCOMPARE(canceled.error().code, ErrorCode::Canceled);
    }
};

QTEST_GUILESS_MAIN(TstIndexInference)
#include "tst_indexinference.moc"
