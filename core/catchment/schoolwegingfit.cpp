// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/schoolwegingfit.h"

#include "catchment/afspiegeling.h"
#include "catchment/pc4profiles.h"
#include "choice/densecholesky_p.h"
#include "io/pupilflowloader.h"
#include "io/schoolwegingloader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Mk {

namespace {

constexpr double kMinTau2 = 0.01;

quint32 fnv1a(const QString& s)
{
    quint32 h = 2166136261u;
    for (const char c : s.toUtf8()) {
        h ^= static_cast<quint8>(c);
        h *= 16777619u;
    }
    return h;
}

/** Training data in standardised form: z = (x - mean) / sd, with a leading 1 for the intercept. */
struct Design {
    std::vector<double> means, sds;
};

Design standardisation(const QList<const SchoolwegingObservation*>& rows, size_t p)
{
    Design d{std::vector<double>(p, 0.0), std::vector<double>(p, 0.0)};
    for (const auto* r : rows)
        for (size_t j = 0; j < p; ++j)
            d.means[j] += r->features[j];
    for (size_t j = 0; j < p; ++j)
        d.means[j] /= static_cast<double>(rows.size());
    for (const auto* r : rows)
        for (size_t j = 0; j < p; ++j)
            d.sds[j] += (r->features[j] - d.means[j]) * (r->features[j] - d.means[j]);
    for (size_t j = 0; j < p; ++j) {
        d.sds[j] = std::sqrt(d.sds[j] / static_cast<double>(rows.size()));
        if (!(d.sds[j] > 0.0))
            d.sds[j] = 1.0; // a constant feature: its coefficient stays 0 under the penalty
    }
    return d;
}

/** One weighted ridge solve; false when singular. */
bool solve(const QList<const SchoolwegingObservation*>& rows, const Design& d, const std::vector<double>& w, double lambda,
           SchoolwegingModel& m)
{
    const size_t p = d.means.size(), q = p + 1;
    std::vector<double> a(q * q, 0.0), b(q, 0.0), z(q);
    double meanW = 0.0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        z[0] = 1.0;
        for (size_t j = 0; j < p; ++j)
            z[j + 1] = (rows[i]->features[j] - d.means[j]) / d.sds[j];
        const double wi = w[static_cast<size_t>(i)];
        meanW += wi;
        for (size_t r = 0; r < q; ++r) {
            b[r] += wi * z[r] * rows[i]->schoolweging;
            for (size_t c = 0; c <= r; ++c)
                a[r * q + c] += wi * z[r] * z[c];
        }
    }
    meanW /= static_cast<double>(rows.size());
    for (size_t r = 0; r < q; ++r)
        for (size_t c = r + 1; c < q; ++c)
            a[r * q + c] = a[c * q + r];
    for (size_t j = 1; j < q; ++j)
        a[j * q + j] += lambda * meanW;
    const detail::DenseCholesky chol(std::move(a), q);
    if (!chol.valid())
        return false;
    chol.solve(b.data());
    m.intercept = b[0];
    m.coefficients.assign(b.begin() + 1, b.end());
    m.means = d.means;
    m.sds = d.sds;
    return true;
}

double residual(const SchoolwegingModel& m, const SchoolwegingObservation& o)
{
    double pred = m.intercept;
    for (size_t j = 0; j < m.coefficients.size(); ++j)
        pred += m.coefficients[j] * (o.features[j] - m.means[j]) / m.sds[j];
    return o.schoolweging - pred;
}

/** tau^2 from the residuals of `m` on its own training rows (degrees of freedom n - p - 1). */
double tau2Of(const SchoolwegingModel& m, const QList<const SchoolwegingObservation*>& rows)
{
    double sse = 0.0, sampling = 0.0;
    for (const auto* r : rows) {
        const double e = residual(m, *r);
        sse += e * e;
        sampling += m.samplingVariance(r->spread, r->pupils);
    }
    const double n = static_cast<double>(rows.size());
    const double dof = n - static_cast<double>(m.coefficients.size()) - 1.0;
    return std::max(kMinTau2, sse / dof - sampling / n);
}

/** The two-pass weighted fit on `rows`; nullopt when singular. */
std::optional<SchoolwegingModel> fitRows(const QList<const SchoolwegingObservation*>& rows, double lambda)
{
    const size_t p = rows.first()->features.size();
    SchoolwegingModel m;
    m.features = SchoolwegingModel::featureNames();
    m.lambda = lambda;
    double sampling = 0.0;
    int known = 0;
    for (const auto* r : rows)
        if (r->spread && r->pupils && *r->pupils > 0.0) {
            sampling += *r->spread * *r->spread / *r->pupils;
            ++known;
        }
    m.meanSamplingVariance = known > 0 ? sampling / known : 0.0;
    const Design d = standardisation(rows, p);
    std::vector<double> w(static_cast<size_t>(rows.size()), 1.0);
    if (!solve(rows, d, w, lambda, m))
        return std::nullopt;
    m.tau2 = tau2Of(m, rows);
    for (qsizetype i = 0; i < rows.size(); ++i)
        w[static_cast<size_t>(i)] = 1.0 / (m.tau2 + m.samplingVariance(rows[i]->spread, rows[i]->pupils));
    if (!solve(rows, d, w, lambda, m))
        return std::nullopt;
    m.tau2 = tau2Of(m, rows);
    return m;
}

/** File name, size, SHA-256 (and rows read, when >= 0) of a source, so a refit can tell whether it saw the same bytes. */
QJsonObject sourceOf(const QString& path, qsizetype rows)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 bytes = 0;
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray all = f.readAll();
        bytes = all.size();
        hash.addData(all);
    }
    QJsonObject source{{QStringLiteral("file"), QFileInfo(path).fileName()},
                       {QStringLiteral("bytes"), static_cast<double>(bytes)},
                       {QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex())}};
    if (rows >= 0)
        source.insert(QStringLiteral("rows"), static_cast<double>(rows));
    return source;
}

} // namespace

SchoolwegingFitFiles SchoolwegingFitFiles::embedded()
{
    const QString dir = QStringLiteral(":/national/");
    return {dir + QStringLiteral("duo_leerlingen_po_vestiging_postcode_leerling_2024.csv"),
            dir + QStringLiteral("inspectie_schoolweging_per_jaar_2021-2024.csv"), Pc4ProfileFiles::embedded()};
}

Result<SchoolwegingModel> SchoolwegingFit::fitFiles(const SchoolwegingFitFiles& files, const SchoolwegingFitOptions& options,
                                                    Diagnostics& diagnostics, Feedback* feedback)
{
    auto flows = PupilFlowLoader::load(files.pupilsByPostcode, {}, diagnostics, feedback);
    if (!flows)
        return flows.error();
    auto records = SchoolwegingLoader::load(files.schoolweging, diagnostics);
    if (!records)
        return records.error();
    auto profiles = Pc4Profiles::load(files.profiles);
    if (!profiles)
        return profiles.error();
    auto model = fit(observations(*flows, *records, *profiles), options);
    if (!model)
        return model.error();
    QJsonArray sources{sourceOf(files.pupilsByPostcode, flows->size()), sourceOf(files.schoolweging, records->size()),
                       sourceOf(files.profiles.kerncijfers2023, profiles->size()), sourceOf(files.profiles.kerncijfers2024, -1),
                       sourceOf(files.profiles.sesWoa, -1)};
    model->provenance = {
        {QStringLiteral("target"), QStringLiteral("Inspectie schoolweging, latest school year per OVT, pupil-weighted per instelling")},
        {QStringLiteral("unit"), QStringLiteral("instelling (BRIN) with pupils by home PC4 and a schoolweging")},
        {QStringLiteral("method"), QStringLiteral("weighted ridge least squares, w = 1/(tau2 + spreiding^2/n), lambda by k-fold "
                                                  "cross-validation (SchoolwegingFit)")},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("refit"), QStringLiteral("mengkaart-cli fit-schoolweging --out schoolweging_model.json")}};
    return model;
}

QList<SchoolwegingObservation> SchoolwegingFit::observations(const QList<PupilFlow>& flows, const QList<SchoolwegingRecord>& records,
                                                             const Pc4Profiles& profiles)
{
    // Ordered maps: the observations, hence the sums of the fit, come in the same order on every run.
    QMap<QString, QMap<QString, double>> homes;
    for (const PupilFlow& f : flows)
        homes[f.schoolId.left(4)][f.homePostcode] += f.estimatedPupils();
    QMap<QString, QList<SchoolwegingRecord>> byInstelling;
    for (const SchoolwegingRecord& r : SchoolwegingLoader::latestPerOvt(records))
        byInstelling[r.instelling].append(r);
    QList<SchoolwegingObservation> out;
    for (auto it = byInstelling.cbegin(); it != byInstelling.cend(); ++it) {
        const auto h = homes.constFind(it.key());
        if (h == homes.constEnd())
            continue;
        QList<QPair<QString, double>> pupils;
        for (auto p = h->cbegin(); p != h->cend(); ++p)
            pupils.append({p.key(), p.value()});
        auto x = SchoolwegingModel::schoolFeatures(pupils, profiles);
        if (!x)
            continue;
        SchoolwegingObservation o;
        o.id = it.key();
        o.features = std::move(*x);
        const QList<SchoolwegingRecord>& list = it.value();
        if (list.size() == 1) {
            o.schoolweging = list.first().schoolweging;
            o.spread = list.first().spread;
            o.pupils = list.first().pupils;
        } else {
            double sum = 0.0, weight = 0.0, n = 0.0;
            for (const SchoolwegingRecord& r : list) {
                const double w = r.pupils.value_or(1.0);
                sum += w * r.schoolweging;
                weight += w;
                n += r.pupils.value_or(0.0);
            }
            o.schoolweging = sum / weight;
            if (n > 0.0)
                o.pupils = n;
        }
        out.append(std::move(o));
    }
    return out;
}

Result<SchoolwegingModel> SchoolwegingFit::fit(const QList<SchoolwegingObservation>& schools, const SchoolwegingFitOptions& options)
{
    const qsizetype p = SchoolwegingModel::featureNames().size();
    if (schools.size() < 10 * p || options.folds < 2 || options.lambdas.empty())
        return fail(ErrorCode::EmptyInput, tr("%n schools with both a schoolweging and pupils by home postcode: too few to fit the "
                                              "model (at least %1 needed).", "", int(schools.size()))
                                               .arg(10 * p));
    QList<QList<const SchoolwegingObservation*>> train(options.folds), test(options.folds);
    QList<const SchoolwegingObservation*> all;
    for (const SchoolwegingObservation& o : schools) {
        const int fold = static_cast<int>(fnv1a(o.id) % static_cast<quint32>(options.folds));
        for (int f = 0; f < options.folds; ++f)
            (f == fold ? test : train)[f].append(&o);
        all.append(&o);
    }
    double mean = 0.0;
    for (const auto* o : all)
        mean += o->schoolweging;
    mean /= static_cast<double>(all.size());
    double sst = 0.0;
    for (const auto* o : all)
        sst += (o->schoolweging - mean) * (o->schoolweging - mean);

    const double z = Afspiegeling::normalQuantile(options.confidence);
    double bestSse = std::numeric_limits<double>::infinity();
    SchoolwegingModel best;
    for (const double lambda : options.lambdas) {
        double sse = 0.0;
        int covered = 0;
        for (int f = 0; f < options.folds; ++f) {
            const auto m = fitRows(train[f], lambda);
            if (!m)
                return fail(ErrorCode::InvalidValue, tr("The schoolweging model cannot be fitted: its equations are singular."));
            for (const auto* o : std::as_const(test[f])) {
                const double e = residual(*m, *o);
                sse += e * e;
                covered += std::abs(e) <= z * std::sqrt(m->tau2 + m->samplingVariance(o->spread, o->pupils)) ? 1 : 0;
            }
        }
        if (sse < bestSse) {
            bestSse = sse;
            const double n = static_cast<double>(all.size());
            best.lambda = lambda;
            best.validation = {options.folds,     static_cast<int>(all.size()), 1.0 - sse / sst, std::sqrt(sse / n),
                               std::sqrt(sst / n), covered / n};
        }
    }
    auto m = fitRows(all, best.lambda);
    if (!m)
        return fail(ErrorCode::InvalidValue, tr("The schoolweging model cannot be fitted: its equations are singular."));
    m->validation = best.validation;
    m->confidence = options.confidence;
    return *m;
}

} // namespace Mk
