// SPDX-License-Identifier: GPL-3.0-or-later
// The SES afspiegeling: verdicts on hand-made gaps at both sides of each threshold, the ridge fit on data with known
// coefficients, the features as pupil-weighted means, and the shipped model: a refit from the embedded national files
// reproduces it, and its prediction intervals cover about 90 % of schools held out of the fit.
#include "catchment/pc4profiles.h"
#include "catchment/schoolwegingfit.h"
#include "catchment/schoolwegingmodel.h"
#include "catchment/sesafspiegeling.h"
#include "geo/georuntime.h"
#include "testutils.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <random>

using namespace Mk;

class TestSchoolwegingModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { GeoRuntime::init(); }

    void verdictsAtBothSidesOfEachThreshold_data()
    {
        QTest::addColumn<double>("gap");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("expected");
        const int differs = int(SesVerdict::Differs), possibly = int(SesVerdict::PossiblyDiffers), mirrors = int(SesVerdict::Mirrors);
        // The interval boundary: just excluding zero against just including it.
        QTest::newRow("above, interval excludes 0, gap at threshold") << 4.0 << 0.01 << 8.0 << 4.0 << differs;
        QTest::newRow("above, interval touches 0") << 4.0 << 0.0 << 8.0 << 4.0 << mirrors;
        QTest::newRow("above, interval includes 0") << 4.0 << -0.01 << 8.0 << 4.0 << mirrors;
        QTest::newRow("below, interval excludes 0") << -4.0 << -8.0 << -0.01 << 4.0 << differs;
        QTest::newRow("below, interval includes 0") << -4.0 << -8.0 << 0.01 << 4.0 << mirrors;
        // The policy threshold: just reached against just missed, with the interval excluding zero.
        QTest::newRow("above, gap just below threshold") << 3.99 << 0.5 << 7.5 << 4.0 << possibly;
        QTest::newRow("below, gap just below threshold") << -3.99 << -7.5 << -0.5 << 4.0 << possibly;
        QTest::newRow("below, gap beyond threshold") << -4.01 << -7.5 << -0.5 << 4.0 << differs;
        // The threshold is adjustable.
        QTest::newRow("threshold 2: 3 points differs") << 3.0 << 0.5 << 5.5 << 2.0 << differs;
        QTest::newRow("threshold 6: 5 points possibly") << 5.0 << 0.5 << 9.5 << 6.0 << possibly;
        // The case: an interval wholly below zero is never a reflection.
        QTest::newRow("-9.1 [-13.9; -3.9]") << -9.1 << -13.9 << -3.9 << 10.0 << possibly;
    }
    void verdictsAtBothSidesOfEachThreshold()
    {
        QFETCH(double, gap);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, threshold);
        QFETCH(int, expected);
        SesVerdictOptions o;
        o.thresholdPoints = threshold;
        QCOMPARE(int(SesAfspiegeling::classify(gap, low, high, o)), expected);
    }

    void fitRecoversKnownCoefficients()
    {
        // y = 30 + sum_j c_j x_j + N(0, 1.5^2) with independent features: the fit must find c_j, tau and a
        // held-out coverage near the nominal 90 %.
        const qsizetype p = SchoolwegingModel::featureNames().size();
        std::mt19937_64 rng(7);
        std::normal_distribution<double> normal;
        std::vector<double> c(static_cast<size_t>(p));
        for (qsizetype j = 0; j < p; ++j)
            c[static_cast<size_t>(j)] = (j % 3 == 0) ? 0.0 : 0.5 * double(j % 5) - 1.0;
        QList<SchoolwegingObservation> rows;
        for (int i = 0; i < 4000; ++i) {
            SchoolwegingObservation o;
            o.id = QStringLiteral("S%1").arg(i);
            double y = 30.0;
            for (qsizetype j = 0; j < p; ++j) {
                const double x = 10.0 + 2.0 * normal(rng);
                o.features.push_back(x);
                y += c[static_cast<size_t>(j)] * x;
            }
            o.schoolweging = y + 1.5 * normal(rng);
            rows.append(o);
        }
        SchoolwegingFitOptions options;
        options.lambdas = {0.01};
        auto m = SchoolwegingFit::fit(rows, options);
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        for (qsizetype j = 0; j < p; ++j) {
            const double perUnit = m->coefficients[static_cast<size_t>(j)] / m->sds[static_cast<size_t>(j)];
            QVERIFY2(std::abs(perUnit - c[static_cast<size_t>(j)]) < 0.05,
                     qPrintable(QStringLiteral("feature %1: %2 against %3").arg(j).arg(perUnit).arg(c[static_cast<size_t>(j)])));
        }
        QVERIFY(std::abs(std::sqrt(m->tau2) - 1.5) < 0.1);
        QVERIFY(m->validation.coverage > 0.88 && m->validation.coverage < 0.92);
        QCOMPARE(m->validation.schools, 4000);
        // The prediction is the fitted linear function; its interval is mean -+ z sqrt(tau^2 + s^2/n).
        const SchoolwegingPrediction pr = m->predict(rows[0].features, 6.0, 100.0, 0.9);
        QVERIFY(std::abs(pr.sd - std::sqrt(m->tau2 + 0.36)) < 1e-12);
        QVERIFY(std::abs(pr.high - pr.mean - 1.6448536269514722 * pr.sd) < 1e-9);
    }

    void tooFewSchoolsAreRefused()
    {
        QList<SchoolwegingObservation> rows(20);
        for (auto& r : rows)
            r.features.assign(static_cast<size_t>(SchoolwegingModel::featureNames().size()), 1.0);
        QVERIFY(!SchoolwegingFit::fit(rows, {}));
    }

    void featuresArePupilWeightedMeans()
    {
        const auto& profiles = Pc4Profiles::embedded();
        QVERIFY2(profiles, profiles ? "" : qPrintable(profiles.error().message));
        const std::vector<double>* a = profiles->find(QStringLiteral("6511"));
        const std::vector<double>* b = profiles->find(QStringLiteral("1083"));
        QVERIFY(a && b);
        const auto one = SchoolwegingModel::schoolFeatures({{QStringLiteral("6511"), 40.0}, {QStringLiteral("40"), 500.0}}, *profiles);
        QVERIFY(one);
        for (size_t k = 0; k < a->size(); ++k)
            if (!std::isnan((*a)[k]))
                QCOMPARE((*one)[k], (*a)[k]);
        const auto mix = SchoolwegingModel::schoolFeatures({{QStringLiteral("6511"), 30.0}, {QStringLiteral("1083"), 10.0}}, *profiles);
        QVERIFY(mix);
        const size_t ses = static_cast<size_t>(Pc4Profiles::variableNames().indexOf(QStringLiteral("ses_total")));
        QVERIFY(std::abs((*mix)[ses] - (0.75 * (*a)[ses] + 0.25 * (*b)[ses])) < 1e-12);
        // Abroad / unknown only: no prediction.
        QVERIFY(!SchoolwegingModel::schoolFeatures({{QStringLiteral("20"), 30.0}}, *profiles));
    }

    void refitReproducesTheShippedModel()
    {
        const auto& shipped = SchoolwegingModel::shipped();
        QVERIFY2(shipped, shipped ? "" : qPrintable(shipped.error().message));
        Diagnostics diagnostics;
        auto refit = SchoolwegingFit::fitFiles(SchoolwegingFitFiles::embedded(), {}, diagnostics);
        QVERIFY2(refit, refit ? "" : qPrintable(refit.error().message));
        QCOMPARE(refit->features, shipped->features);
        const auto same = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); };
        QVERIFY(same(refit->intercept, shipped->intercept));
        for (size_t j = 0; j < shipped->coefficients.size(); ++j) {
            QVERIFY2(same(refit->coefficients[j], shipped->coefficients[j]), qPrintable(shipped->features[qsizetype(j)]));
            QVERIFY(same(refit->means[j], shipped->means[j]));
            QVERIFY(same(refit->sds[j], shipped->sds[j]));
        }
        QVERIFY(same(refit->tau2, shipped->tau2));
        QCOMPARE(refit->lambda, shipped->lambda);
        QCOMPARE(refit->validation.schools, shipped->validation.schools);
        QVERIFY(same(refit->validation.r2, shipped->validation.r2));
        QCOMPARE(refit->provenance.value(QStringLiteral("sources")), shipped->provenance.value(QStringLiteral("sources")));

        // Held-out schools: about 90 % inside their 90 % interval, and better than the 0.59 with SES-WOA.
        const SchoolwegingValidation& v = refit->validation;
        qInfo("schoolweging model: %d schools, %d-fold CV R2 %.3f, residual SD %.2f (schoolweging SD %.2f), 90%% PI coverage %.3f",
              v.schools, v.folds, v.r2, v.residualSd, v.schoolwegingSd, v.coverage);
        QVERIFY(v.schools > 5000);
        QVERIFY(v.coverage > 0.88 && v.coverage < 0.92);
        QVERIFY(v.r2 > 0.59);
    }
};

QTEST_GUILESS_MAIN(TestSchoolwegingModel)
#include "tst_schoolwegingmodel.moc"
