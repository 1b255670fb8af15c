// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/entropydecomposition.h"
#include "index/indexinput.h"
#include "index/localindices.h"
#include "index/multigroupindices.h"
#include "index/multileveldecomposition.h"
#include "index/segregationsummary.h"
#include "index/twogroupindices.h"
#include "index/variancedecomposition.h"
#include "io/csvtable.h"
#include "model/grouptable.h"
#include "indextesttables.h"
#include "testutils.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <random>

using namespace Mk;
using namespace IndexTestTables;

namespace {

constexpr double kRel = 1e-9;

/** Reads columns `groups` of a fixture CSV into an IndexInput. */
IndexInput fixtureInput(const QString& file, const QString& idColumn, const QStringList& groups)
{
    auto table = CsvTable::read(testDataPath(QStringLiteral("fixtures/indices/") + file));
    if (!table)
        qFatal("%s", qPrintable(table.error().toString()));
    const qsizetype idCol = table->columnIndex(idColumn);
    QStringList ids;
    std::vector<double> counts;
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        ids.append(table->text(r, idCol));
        for (const QString& g : groups)
            counts.push_back(*table->number(r, table->columnIndex(g)));
    }
    auto input = IndexInput::create(ids, groups, counts);
    if (!input)
        qFatal("%s", qPrintable(input.error().toString()));
    return *input;
}

QStringList toStringList(const QJsonArray& a)
{
    QStringList out;
    for (const auto& v : a)
        out.append(v.toString());
    return out;
}

QJsonArray fixtureCases()
{
    QFile f(testDataPath(QStringLiteral("fixtures/indices/expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("expected.json missing");
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray();
}

} // namespace

class TstSegregationIndex : public QObject
{
    Q_OBJECT
private slots:
    void fixtureTwoGroup_data()
    {
        QTest::addColumn<int>("caseIndex");
        QTest::newRow("sacramento") << 0;
        QTest::newRow("schools") << 1;
    }
    void fixtureTwoGroup()
    {
        QFETCH(int, caseIndex);
        const QJsonObject c = fixtureCases().at(caseIndex).toObject();
        const QStringList groups = toStringList(c[QStringLiteral("two_group_groups")].toArray());
        const IndexInput input = fixtureInput(c[QStringLiteral("units")].toString(), c[QStringLiteral("id")].toString(), groups);
        const QJsonObject expected = c[QStringLiteral("two_group")].toObject();
        for (qsizetype k = 0; k < groups.size(); ++k) {
            const TwoGroupIndices r = TwoGroupIndices::compute(input, k);
            const QJsonObject e = expected[groups[k]].toObject();
            MK_COMPARE_REL(r.dissimilarity, e[QStringLiteral("dissimilarity")].toDouble(), kRel);
            MK_COMPARE_REL(r.gini, e[QStringLiteral("gini")].toDouble(), kRel);
            MK_COMPARE_REL(r.theilH, e[QStringLiteral("theil_h")].toDouble(), kRel);
            MK_COMPARE_REL(r.isolation, e[QStringLiteral("isolation")].toDouble(), kRel);
            MK_COMPARE_REL(r.exposure, e[QStringLiteral("exposure")].toDouble(), kRel);
            MK_COMPARE_REL(r.correlationRatio, e[QStringLiteral("correlation_ratio")].toDouble(), kRel);
            MK_COMPARE_REL(r.atkinson05, e[QStringLiteral("atkinson_0.5")].toDouble(), kRel);
        }
    }

    void fixtureMultigroupAndLocal_data() { fixtureTwoGroup_data(); }
    void fixtureMultigroupAndLocal()
    {
        QFETCH(int, caseIndex);
        const QJsonObject c = fixtureCases().at(caseIndex).toObject();
        const QStringList groups = toStringList(c[QStringLiteral("multigroup_groups")].toArray());
        const IndexInput input = fixtureInput(c[QStringLiteral("units")].toString(), c[QStringLiteral("id")].toString(), groups);
        const MultigroupIndices m = MultigroupIndices::compute(input);
        const QJsonObject e = c[QStringLiteral("multigroup")].toObject();
        MK_COMPARE_REL(m.dissimilarity, e[QStringLiteral("dissimilarity")].toDouble(), kRel);
        MK_COMPARE_REL(m.theilH, e[QStringLiteral("theil_h")].toDouble(), kRel);
        MK_COMPARE_REL(m.mutualInformation, e[QStringLiteral("mutual_information")].toDouble(), kRel);
        MK_COMPARE_REL(m.normalizedExposure, e[QStringLiteral("normalized_exposure")].toDouble(), kRel);
        MK_COMPARE_REL(m.entropy, e[QStringLiteral("entropy")].toDouble(), kRel);
        MK_COMPARE_REL(MultigroupIndices::mutualInformationOf(input), m.mutualInformation, 1e-14);

        const LocalIndices local = LocalIndices::compute(input);
        const QJsonObject el = c[QStringLiteral("local")].toObject();
        const QStringList ids = toStringList(el[QStringLiteral("ids")].toArray());
        QCOMPARE(local.unitIds, ids);
        const QJsonArray entropy = el[QStringLiteral("entropy_nats")].toArray();
        const QJsonArray localD = el[QStringLiteral("dissimilarity_contribution_multigroup")].toArray();
        const QJsonObject lq = el[QStringLiteral("location_quotient")].toObject();
        const qsizetype K = input.groupCount();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            MK_COMPARE_REL(local.entropy[i], entropy[i].toDouble(), kRel);
            MK_COMPARE_REL(local.localDissimilarity[i], localD[i].toDouble(), kRel);
            for (qsizetype k = 0; k < K; ++k)
                MK_COMPARE_REL(local.locationQuotient[i * K + k], lq[groups[k]].toArray()[i].toDouble(), kRel);
        }
    }

    // O6: local scores add up to the global indices; H = M / E.
    void localSumsEqualGlobals_data() { fixtureTwoGroup_data(); }
    void localSumsEqualGlobals()
    {
        QFETCH(int, caseIndex);
        const QJsonObject c = fixtureCases().at(caseIndex).toObject();
        const IndexInput input = fixtureInput(c[QStringLiteral("units")].toString(), c[QStringLiteral("id")].toString(),
                                              toStringList(c[QStringLiteral("multigroup_groups")].toArray()));
        const MultigroupIndices m = MultigroupIndices::compute(input);
        const LocalIndices local = LocalIndices::compute(input);
        double sumD = 0.0, sumM = 0.0, sumW = 0.0;
        for (size_t i = 0; i < local.localM.size(); ++i) {
            sumD += local.localDissimilarity[i];
            sumM += local.weight[i] * local.localM[i];
            sumW += local.weight[i];
            QVERIFY(local.localM[i] >= 0);
        }
        MK_COMPARE_REL(sumD, m.dissimilarity, 1e-12);
        MK_COMPARE_REL(sumM, m.mutualInformation, 1e-12);
        MK_COMPARE_REL(sumW, 1.0, 1e-12);
        MK_COMPARE_REL(m.mutualInformation / m.entropy, m.theilH, 1e-15);
    }

    // O3 (Elbers, test_mutual_total.R): 2 units x 4 groups, supergroups, decomposition.
    void elbersMutualInformation()
    {
        const IndexInput input = table({QStringLiteral("a"), QStringLiteral("b")}, names(4, QStringLiteral("g")),
                                       {40, 20, 5, 1, 20, 40, 60, 80});
        const MultigroupIndices m = MultigroupIndices::compute(input);
        MK_COMPARE_REL(m.mutualInformation, 0.1865867355, 1e-9);
        MK_COMPARE_REL(m.theilH, 0.1353836599, 1e-9);
        MK_COMPARE_REL(m.entropy, 1.3782072053, 1e-9);

        // M is symmetric in units and groups: transpose the table.
        const IndexInput transposed = table(names(4, QStringLiteral("g")), {QStringLiteral("a"), QStringLiteral("b")},
                                            {40, 20, 20, 40, 5, 60, 1, 80});
        MK_COMPARE_REL(MultigroupIndices::mutualInformationOf(transposed), m.mutualInformation, 1e-14);

        // Supergroups {1,2},{3,4} as the "areas" of the transposed table (groups become units).
        const auto d = EntropyDecomposition::compute(transposed, {QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("B")});
        QVERIFY(d);
        MK_COMPARE_REL(d->between, 0.1534796970, 1e-9);
        MK_COMPARE_REL(d->within, 0.0331070386, 1e-9);
        QVERIFY(std::abs(d->between + d->within - d->total) <= 1e-12);
        double withinSum = 0.0;
        for (const auto& area : d->areas)
            withinSum += area.weight * area.mutualInformation;
        MK_COMPARE_REL(withinSum, d->within, 1e-15);
        QVERIFY(std::abs(d->betweenH + d->withinH - d->totalH) <= 1e-12);
        // H_within = sum_c p_c (E_c / E) H_c (Elbers' ent_ratio).
        const double E = MultigroupIndices::compute(transposed).entropy;
        double withinH = 0.0;
        for (const auto& area : d->areas)
            withinH += area.weight * area.entropy / E * area.theilH;
        MK_COMPARE_REL(withinH, d->withinH, 1e-14);
    }

    void elbersDiagonalAndDissimilarity()
    {
        // Groups 2 and 3 are empty in this case: left out with a warning, as the R test's data frame lacks them.
        const auto fourGroups = IndexInput::create({QStringLiteral("a"), QStringLiteral("b")}, names(4, QStringLiteral("g")), {40, 0, 0, 0, 0, 0, 0, 40});
        QVERIFY(fourGroups);
        QCOMPARE(fourGroups->groups(), (QStringList{QStringLiteral("g1"), QStringLiteral("g4")}));
        QCOMPARE(fourGroups->diagnostics().size(), qsizetype(2));
        QVERIFY(fourGroups->diagnostics().items().front().message.contains(QStringLiteral("g2")));
        MK_COMPARE_REL(MultigroupIndices::compute(*fourGroups).mutualInformation, std::log(2.0), 1e-15);
        const IndexInput diagonal = table({QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("g1"), QStringLiteral("g4")}, {40, 0, 0, 40});
        const MultigroupIndices m = MultigroupIndices::compute(diagonal);
        MK_COMPARE_REL(m.mutualInformation, std::log(2.0), 1e-15);
        MK_COMPARE_REL(m.theilH, 1.0, 1e-15);

        const QStringList units = names(4, QStringLiteral("u"));
        const QStringList ab = {QStringLiteral("x"), QStringLiteral("y")};
        const IndexInput d1 = table(units, ab, {100, 0, 60, 40, 40, 60, 0, 100});
        const IndexInput d2 = table(units, ab, {80, 20, 80, 20, 20, 80, 20, 80});
        const IndexInput d3 = table(units, ab, {100, 0, 100, 0, 0, 100, 0, 100});
        const IndexInput d4 = table(units, ab, {50, 30, 50, 30, 50, 30, 50, 30});
        MK_COMPARE_REL(TwoGroupIndices::compute(d1, 0).dissimilarity, 0.6, 1e-15);
        MK_COMPARE_REL(TwoGroupIndices::compute(d2, 0).dissimilarity, 0.6, 1e-15);
        MK_COMPARE_REL(TwoGroupIndices::compute(d3, 0).dissimilarity, 1.0, 1e-15);
        QCOMPARE(TwoGroupIndices::compute(d4, 0).dissimilarity, 0.0);
        MK_COMPARE_REL(MultigroupIndices::compute(d1).dissimilarity, 0.6, 1e-15);
        // Same D, different M: the two indices measure different things.
        MK_COMPARE_REL(MultigroupIndices::compute(d1).mutualInformation, 0.3566413471, 1e-9);
        MK_COMPARE_REL(MultigroupIndices::compute(d2).mutualInformation, 0.1927447570, 1e-9);
        MK_COMPARE_REL(MultigroupIndices::compute(d1).theilH, 0.5145247, 1e-6);
        MK_COMPARE_REL(MultigroupIndices::compute(d2).theilH, 0.2780719, 1e-6);
    }

    // O3 entropy and exposure identities.
    void elbersEntropyAndExposure()
    {
        const auto entropyOf = [](std::vector<double> w) {
            QStringList g = names(static_cast<int>(w.size()), QStringLiteral("g"));
            return MultigroupIndices::compute(table({QStringLiteral("u")}, g, w)).entropy;
        };
        QVERIFY(!IndexInput::create({QStringLiteral("u")}, {QStringLiteral("g1")}, {1}));
        MK_COMPARE_REL(entropyOf({1, 1}), std::log(2.0), 1e-15);
        MK_COMPARE_REL(entropyOf({1, 1, 1}), std::log(3.0), 1e-15);
        MK_COMPARE_REL(entropyOf({10, 30}), .25 * std::log(4.0) + .75 * std::log(4.0 / 3.0), 1e-15);

        const IndexInput input = table(names(4, QStringLiteral("u")), {QStringLiteral("x"), QStringLiteral("y")},
                                       {10, 30, 25, 5, 7, 70, 40, 2});
        const TwoGroupIndices x = TwoGroupIndices::compute(input, 0);
        const TwoGroupIndices y = TwoGroupIndices::compute(input, 1);
        MK_COMPARE_REL(x.isolation + x.exposure, 1.0, 1e-15);
        MK_COMPARE_REL(x.exposure, y.exposure * input.groupTotal(1) / input.groupTotal(0), 1e-14);
        // Two groups: D, Gini and H are the same whichever group is "x".
        MK_COMPARE_REL(x.dissimilarity, y.dissimilarity, 1e-14);
        MK_COMPARE_REL(x.gini, y.gini, 1e-14);
        MK_COMPARE_REL(x.theilH, y.theilH, 1e-14);
        MK_COMPARE_REL(x.theilH, MultigroupIndices::compute(input).theilH, 1e-14);
        QVERIFY(x.atkinson01 >= 0 && x.atkinson01 <= 1 && x.atkinson09 >= 0 && x.atkinson09 <= 1);
    }

    // Atkinson for b = 0.1 and 0.9 (no fixture): the formula of the header evaluated with std::pow.
    void atkinsonDirect()
    {
        const IndexInput input = table(names(5, QStringLiteral("u")), names(3, QStringLiteral("g")),
                                       {10, 30, 5, 25, 5, 0, 7, 70, 3, 40, 2, 9, 0, 12, 1});
        for (qsizetype k = 0; k < 3; ++k) {
            const double P = input.groupShare(k), T = input.total();
            const auto direct = [&](double b) {
                double sum = 0.0;
                for (qsizetype i = 0; i < input.unitCount(); ++i) {
                    const double p = input.count(i, k) / input.unitTotal(i);
                    sum += std::pow(1 - p, 1 - b) * std::pow(p, b) * input.unitTotal(i) / (P * T);
                }
                return 1 - P / (1 - P) * std::pow(std::abs(sum), 1 / (1 - b));
            };
            const TwoGroupIndices r = TwoGroupIndices::compute(input, k);
            MK_COMPARE_REL(r.atkinson01, direct(0.1), 1e-13);
            MK_COMPARE_REL(r.atkinson05, direct(0.5), 1e-13);
            MK_COMPARE_REL(r.atkinson09, direct(0.9), 1e-13);
        }
    }

    void giniMatchesDoubleSum()
    {
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> u(0, 50);
        const int n = 60;
        std::vector<double> counts;
        for (int i = 0; i < n * 3; ++i)
            counts.push_back(std::floor(u(rng)));
        const IndexInput input = table(names(n, QStringLiteral("u")), names(3, QStringLiteral("g")), counts);
        for (qsizetype k = 0; k < 3; ++k) {
            double num = 0.0;
            const double P = input.groupShare(k);
            for (qsizetype i = 0; i < n; ++i)
                for (qsizetype j = 0; j < n; ++j)
                    num += input.unitTotal(i) * input.unitTotal(j)
                           * std::abs(input.count(i, k) / input.unitTotal(i) - input.count(j, k) / input.unitTotal(j));
            const double expected = num / (2 * input.total() * input.total() * P * (1 - P));
            MK_COMPARE_REL(TwoGroupIndices::compute(input, k).gini, expected, 1e-12);
        }

        // Shares that differ only far behind the decimal point, in scrambled order: the exact order
        // still matters for the sweep. Unit i has p = 0.3 + e_i with |e_i| < 1e-9, plus two far-off units.
        std::vector<double> close;
        const int m = 40;
        for (int i = 0; i < m; ++i) {
            const double p = 0.3 + ((i * 17) % m) * 2.5e-11 - 5e-10;
            close.insert(close.end(), {p * 1000, (1 - p) * 1000});
        }
        close.insert(close.end(), {900, 100, 50, 950});
        const IndexInput near = table(names(m + 2, QStringLiteral("u")), names(2, QStringLiteral("g")), close);
        double num = 0.0;
        for (qsizetype i = 0; i < near.unitCount(); ++i)
            for (qsizetype j = 0; j < near.unitCount(); ++j)
                num += near.unitTotal(i) * near.unitTotal(j)
                       * std::abs(near.count(i, 0) / near.unitTotal(i) - near.count(j, 0) / near.unitTotal(j));
        const double P = near.groupShare(0);
        MK_COMPARE_REL(TwoGroupIndices::compute(near, 0).gini, num / (2 * near.total() * near.total() * P * (1 - P)), 1e-12);
    }

    // The one-pass kernel (tabled logarithms and powers, radix-sorted Gini) against the header formulas evaluated
    // directly: std::log, std::pow, the O(n^2) pair sum. Sizes cover std::sort (< 1,024 units) and the two radix
    // passes; cells cover the tables (whole counts), their fallback (fractions, counts of 5,000 to 20,000), zeros,
    // whole units of one group and repeated shares.
    void onePassMatchesDirectFormulas_data()
    {
        QTest::addColumn<int>("units");
        for (int n : {2, 7, 300, 1023, 1500})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }
    void onePassMatchesDirectFormulas()
    {
        QFETCH(int, units);
        std::mt19937_64 rng(static_cast<quint64>(units));
        std::uniform_real_distribution<double> u(0, 1);
        const int K = 3;
        std::vector<double> counts;
        for (int i = 0; i < units; ++i) {
            const double kind = u(rng);
            for (int k = 0; k < K; ++k) {
                double c = std::floor(u(rng) * 60);
                if (kind < 0.1)
                    c = k == 0 ? 0 : c;                         // group 0 absent
                else if (kind < 0.15)
                    c = k == 1 ? c + 1 : 0;                     // only group 1
                else if (kind < 0.25)
                    c += std::floor(u(rng) * 4) / 4 + 0.125;     // fractional
                else if (kind < 0.3)
                    c = 5000 + std::floor(u(rng) * 15000);      // beyond the power table
                else if (kind < 0.4)
                    c = (k + 1) * 10;                           // a repeated share
                counts.push_back(c);
            }
        }
        const IndexInput input = table(names(units, QStringLiteral("u")), names(K, QStringLiteral("g")), counts);
        const qsizetype n = input.unitCount();
        const double T = input.total();
        const SegregationSummary summary = SegregationSummary::compute(input);
        double I = 0.0, E = 0.0;
        for (qsizetype k = 0; k < K; ++k) {
            const double P = input.groupShare(k);
            I += P * (1 - P);
            E -= P * std::log(P);
            const auto entropy = [](double p) { return (p > 0 ? -p * std::log(p) : 0.0) + (p < 1 ? -(1 - p) * std::log(1 - p) : 0.0); };
            double d = 0.0, h = 0.0, iso = 0.0, pairs = 0.0;
            std::array<double, 3> atkinson{};
            const std::array<double, 3> b = {0.1, 0.5, 0.9};
            for (qsizetype i = 0; i < n; ++i) {
                const double t = input.unitTotal(i), x = input.count(i, k), p = x / t;
                d += t * std::abs(p - P);
                h += t * (entropy(P) - entropy(p));
                iso += x / input.groupTotal(k) * p;
                for (size_t a = 0; a < 3; ++a)
                    atkinson[a] += std::pow(1 - p, 1 - b[a]) * std::pow(p, b[a]) * t / (P * T);
                for (qsizetype j = 0; j < n; ++j)
                    pairs += t * input.unitTotal(j) * std::abs(p - input.count(j, k) / input.unitTotal(j));
            }
            const TwoGroupIndices& r = summary.twoGroup[static_cast<size_t>(k)];
            MK_COMPARE_REL(r.dissimilarity, d / (2 * T * P * (1 - P)), 1e-12);
            MK_COMPARE_REL(r.gini, pairs / (2 * T * T * P * (1 - P)), 1e-12);
            MK_COMPARE_REL(r.theilH, h / (entropy(P) * T), 1e-12);
            MK_COMPARE_REL(r.isolation, iso, 1e-12);
            MK_COMPARE_REL(r.exposure, 1 - iso, 1e-12);
            MK_COMPARE_REL(r.atkinson01, 1 - P / (1 - P) * std::pow(atkinson[0], 1 / 0.9), 1e-12);
            MK_COMPARE_REL(r.atkinson05, 1 - P / (1 - P) * std::pow(atkinson[1], 2.0), 1e-12);
            MK_COMPARE_REL(r.atkinson09, 1 - P / (1 - P) * std::pow(atkinson[2], 10.0), 1e-12);
        }
        double d = 0.0, m = 0.0, ne = 0.0;
        for (qsizetype i = 0; i < n; ++i)
            for (qsizetype k = 0; k < K; ++k) {
                const double t = input.unitTotal(i), p = input.count(i, k) / t, P = input.groupShare(k);
                d += t * std::abs(p - P);
                m += p > 0 ? t / T * p * std::log(p / P) : 0.0;
                ne += t * (p - P) * (p - P) / (1 - P) / T;
            }
        MK_COMPARE_REL(summary.multigroup.dissimilarity, d / (2 * T * I), 1e-12);
        MK_COMPARE_REL(summary.multigroup.mutualInformation, m, 1e-12);
        MK_COMPARE_REL(summary.multigroup.theilH, m / E, 1e-12);
        MK_COMPARE_REL(summary.multigroup.normalizedExposure, ne, 1e-12);
        MK_COMPARE_REL(MultigroupIndices::compute(input).mutualInformation, m, 1e-12);
    }

    void propertiesOnRandomTables()
    {
        std::mt19937_64 rng(11);
        std::uniform_int_distribution<int> u(0, 200);
        for (int trial = 0; trial < 20; ++trial) {
            const int n = 5 + trial * 3;
            std::vector<double> counts;
            for (int i = 0; i < n * 4; ++i)
                counts.push_back(u(rng));
            const IndexInput input = table(names(n, QStringLiteral("u")), names(4, QStringLiteral("g")), counts);
            const MultigroupIndices m = MultigroupIndices::compute(input);
            QVERIFY(m.dissimilarity >= 0 && m.dissimilarity <= 1);
            QVERIFY(m.theilH >= 0 && m.theilH <= 1);
            for (qsizetype k = 0; k < 4; ++k) {
                const TwoGroupIndices r = TwoGroupIndices::compute(input, k);
                QVERIFY(r.dissimilarity >= 0 && r.dissimilarity <= 1);
                QVERIFY(r.gini >= r.dissimilarity - 1e-12 && r.gini <= 1);
                MK_COMPARE_REL(r.isolation + r.exposure, 1.0, 1e-14);
            }

            // Order of units is irrelevant.
            std::vector<int> order(static_cast<size_t>(n));
            std::iota(order.begin(), order.end(), 0);
            std::shuffle(order.begin(), order.end(), rng);
            std::vector<double> shuffled;
            QStringList ids;
            for (int i : order) {
                ids.append(input.unitIds()[i]);
                shuffled.insert(shuffled.end(), input.row(i), input.row(i) + 4);
            }
            const IndexInput permuted = table(ids, input.groups(), shuffled);
            const MultigroupIndices mp = MultigroupIndices::compute(permuted);
            MK_COMPARE_REL(mp.dissimilarity, m.dissimilarity, 1e-13);
            MK_COMPARE_REL(mp.mutualInformation, m.mutualInformation, 1e-13);
            MK_COMPARE_REL(mp.normalizedExposure, m.normalizedExposure, 1e-13);
            for (qsizetype k = 0; k < 4; ++k) {
                const TwoGroupIndices a = TwoGroupIndices::compute(input, k);
                const TwoGroupIndices b = TwoGroupIndices::compute(permuted, k);
                MK_COMPARE_REL(b.gini, a.gini, 1e-13);
                MK_COMPARE_REL(b.dissimilarity, a.dissimilarity, 1e-13);
                MK_COMPARE_REL(b.atkinson09, a.atkinson09, 1e-13);
            }

            // Between + within = total for a random grouping, and a nested multilevel split.
            QStringList wijk, gemeente;
            for (int i = 0; i < n; ++i) {
                wijk.append(QStringLiteral("w%1").arg(i % 5));
                gemeente.append(QStringLiteral("g%1").arg((i % 5) / 3));
            }
            const auto d = EntropyDecomposition::compute(input, wijk);
            QVERIFY(d);
            QVERIFY(std::abs(d->between + d->within - d->total) <= 1e-12);
            QVERIFY(std::abs(d->betweenH + d->withinH - d->totalH) <= 1e-12);
            MK_COMPARE_REL(d->total, m.mutualInformation, 1e-14);
            const auto ml = MultilevelDecomposition::compute(input, {gemeente, wijk});
            QVERIFY(ml);
            QCOMPARE(ml->levelParts.size(), size_t(3));
            QVERIFY(std::abs(ml->levelParts[0] + ml->levelParts[1] + ml->levelParts[2] - ml->total) <= 1e-12);
            QVERIFY(std::abs(ml->levelParts[0] + ml->levelParts[1] - d->between) <= 1e-12);
            QVERIFY(std::abs(ml->levelParts[2] - d->within) <= 1e-12);
        }
    }

    void evenTableHasNoSegregation()
    {
        const IndexInput even = table(names(3, QStringLiteral("u")), names(3, QStringLiteral("g")),
                                      {10, 20, 30, 5, 10, 15, 1.5, 3, 4.5});
        const MultigroupIndices m = MultigroupIndices::compute(even);
        QVERIFY(std::abs(m.dissimilarity) <= 1e-15);
        QVERIFY(std::abs(m.mutualInformation) <= 1e-15);
        QVERIFY(std::abs(m.normalizedExposure) <= 1e-15);
        for (qsizetype k = 0; k < 3; ++k) {
            const TwoGroupIndices r = TwoGroupIndices::compute(even, k);
            QVERIFY(std::abs(r.dissimilarity) <= 1e-15);
            QVERIFY(std::abs(r.gini) <= 1e-15);
            QVERIFY(std::abs(r.theilH) <= 1e-14);
            QVERIFY(std::abs(r.atkinson05) <= 1e-14);
        }
    }

    void ordinalIndex()
    {
        // Ordered tiers: complete separation of the lowest from the highest tier.
        IndexInput separated = table({QStringLiteral("a"), QStringLiteral("b")}, names(2, QStringLiteral("t")), {10, 0, 0, 10});
        separated.setOrdered(true);
        // v = 4*.5*.5 = 1, v_i = 0: Lambda = 1.
        MK_COMPARE_REL(MultigroupIndices::compute(separated).ordinalVariation, 1.0, 1e-15);
        // a = (10,5,0), b = (0,5,10): v = 8/9, v_a = v_b = 4/9, Lambda = 1/2.
        IndexInput half = table({QStringLiteral("a"), QStringLiteral("b")}, names(3, QStringLiteral("t")), {10, 5, 0, 0, 5, 10});
        half.setOrdered(true);
        MK_COMPARE_REL(MultigroupIndices::compute(half).ordinalVariation, 0.5, 1e-14);
        IndexInput even = table({QStringLiteral("a"), QStringLiteral("b")}, names(3, QStringLiteral("t")), {1, 2, 3, 2, 4, 6});
        even.setOrdered(true);
        QVERIFY(std::abs(MultigroupIndices::compute(even).ordinalVariation) <= 1e-15);
        // Hand-computed: a = (6,2,2), b = (0,2,8). P = (.3,.2,.5), c = (.3,.5): v = (4*.21 + 4*.25)/2 = 0.92.
        // v_a: c = (.6,.8): (0.96 + 0.64)/2 = 0.8; v_b: c = (0, .2): (0 + 0.64)/2 = 0.32.
        IndexInput mixed = table({QStringLiteral("a"), QStringLiteral("b")}, names(3, QStringLiteral("t")), {6, 2, 2, 0, 2, 8});
        mixed.setOrdered(true);
        MK_COMPARE_REL(MultigroupIndices::compute(mixed).ordinalVariation, (0.92 - 0.5 * 0.8 - 0.5 * 0.32) / 0.92, 1e-14);
        QVERIFY(std::isnan(MultigroupIndices::compute(table({QStringLiteral("a"), QStringLiteral("b")}, names(2, QStringLiteral("t")), {1, 2, 3, 4})).ordinalVariation));
    }

    void validation()
    {
        const QStringList groups = {QStringLiteral("laag"), QStringLiteral("hoog")};
        const auto skipped = IndexInput::create({QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3")}, groups, {1, 2, 0, 0, 3, 4});
        QVERIFY(skipped);
        QCOMPARE(skipped->unitCount(), 2);
        QCOMPARE(skipped->skippedUnitIds(), QStringList{QStringLiteral("S2")});
        QCOMPARE(skipped->diagnostics().size(), 1);
        QVERIFY(skipped->diagnostics().items().first().message.contains(QStringLiteral("S2")));

        const auto negative = IndexInput::create({QStringLiteral("S1"), QStringLiteral("S2")}, groups, {1, 2, -1, 3});
        QVERIFY(!negative);
        QCOMPARE(negative.error().code, ErrorCode::InvalidValue);
        QVERIFY(negative.error().message.contains(QStringLiteral("S2")));
        QVERIFY(negative.error().message.contains(QStringLiteral("laag")));

        const auto nan = IndexInput::create({QStringLiteral("S1"), QStringLiteral("S2")}, groups, {1, 2, 3, std::nan("")});
        QVERIFY(!nan);
        QVERIFY(nan.error().message.contains(QStringLiteral("S2")) && nan.error().message.contains(QStringLiteral("hoog")));

        const auto emptyGroup = IndexInput::create({QStringLiteral("S1"), QStringLiteral("S2")}, groups, {1, 0, 3, 0});
        QVERIFY(!emptyGroup);
        QVERIFY(emptyGroup.error().message.contains(QStringLiteral("hoog")));

        QVERIFY(!IndexInput::create({QStringLiteral("S1")}, groups, {1, 2, 3}));
        QVERIFY(!IndexInput::create({QStringLiteral("S1")}, groups, {0, 0}));
    }

    void fromModelTable()
    {
        GroupTable t;
        t.groups = {QStringLiteral("laag"), QStringLiteral("midden"), QStringLiteral("hoog")};
        t.ordered = true;
        t.unitIds = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        t.resize(3);
        const double values[] = {10, 5, 1, 2, 6, 9, 0, 0, 0};
        for (int i = 0; i < 9; ++i)
            t.cell(i / 3, i % 3) = AttributeValue::of(values[i]);
        t.cell(1, 0) = AttributeValue::suppressed();
        const auto input = IndexInput::fromGroupTable(t);
        QVERIFY(input);
        QVERIFY(input->isOrdered());
        QCOMPARE(input->unitIds(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(input->count(1, 0), 0.0);
        QCOMPARE(input->skippedUnitIds(), QStringList{QStringLiteral("C")});
        // One warning for the suppressed cell, one for the empty unit.
        QCOMPARE(input->diagnostics().size(), 2);
        QVERIFY(!std::isnan(MultigroupIndices::compute(*input).ordinalVariation));
    }

    void decompositionErrors()
    {
        const IndexInput input = table(names(3, QStringLiteral("u")), names(2, QStringLiteral("g")), {1, 2, 3, 4, 5, 6});
        QVERIFY(!EntropyDecomposition::compute(input, {QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!EntropyDecomposition::compute(input, {QStringLiteral("a"), QString(), QStringLiteral("b")}));
        // "w1" lies in two gemeenten: not nested.
        const auto notNested = MultilevelDecomposition::compute(
            input, {{QStringLiteral("g1"), QStringLiteral("g2"), QStringLiteral("g2")}, {QStringLiteral("w1"), QStringLiteral("w1"), QStringLiteral("w2")}});
        QVERIFY(!notNested);
        QVERIFY(notNested.error().message.contains(QStringLiteral("w1")));
    }

    void betweenSchoolVariance()
    {
        // Two schools of 10 pupils, means 0 and 2, population spread 1: between = 1, within = 1.
        const auto r = VarianceDecomposition::compute({QStringLiteral("A"), QStringLiteral("B")}, {10, 10}, {0, 2}, {1, 1});
        QVERIFY(r);
        MK_COMPARE_REL(r->mean, 1.0, 1e-15);
        MK_COMPARE_REL(r->between, 1.0, 1e-15);
        MK_COMPARE_REL(r->within, 1.0, 1e-15);
        MK_COMPARE_REL(r->betweenShare, 0.5, 1e-15);
        // Check against the pupil-level variance of an explicit sample: {0,0,3,3} and {1,5}.
        const auto s = VarianceDecomposition::compute({QStringLiteral("A"), QStringLiteral("B")}, {4, 2}, {1.5, 3},
                                                      {std::sqrt(3.0), std::sqrt(8.0)}, VarianceDecomposition::Spread::Sample);
        QVERIFY(s);
        const std::vector<double> pupils = {0, 0, 3, 3, 1, 5};
        const double mean = 2.0;
        double var = 0.0;
        for (double v : pupils)
            var += (v - mean) * (v - mean) / 6;
        MK_COMPARE_REL(s->total, var, 1e-14);
        MK_COMPARE_REL(s->between, (4 * 0.25 + 2 * 1.0) / 6, 1e-14);
        const auto bad = VarianceDecomposition::compute({QStringLiteral("A")}, {10}, {std::nan("")}, {1});
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("A")));
    }
};

QTEST_GUILESS_MAIN(TstSegregationIndex)
#include "tst_segregationindex.moc"
