// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexreportjson.h"

#include "base/jsonnumber.h"
#include "index/indexinput.h"
#include "index/indexreport.h"

#include <QJsonArray>

namespace Mk {

namespace {

QJsonArray localJson(const IndexInput& input, const IndexReport& r)
{
    QJsonArray local;
    const qsizetype K = input.groupCount();
    const QJsonValue null(QJsonValue::Null);
    for (qsizetype i = 0; i < r.local.unitIds.size(); ++i) {
        QJsonObject lq, share;
        QJsonArray suppressed;
        for (qsizetype k = 0; k < K; ++k) {
            const bool hide = r.privacy.isSuppressed(i, k);
            if (hide)
                suppressed.append(input.groups()[k]);
            lq.insert(input.groups()[k], hide ? null : jsonNumber(r.local.locationQuotient[static_cast<size_t>(i * K + k)]));
            share.insert(input.groups()[k], hide ? null : jsonNumber(r.local.shares[static_cast<size_t>(i * K + k)]));
        }
        const auto u = static_cast<size_t>(i);
        const bool hideUnit = r.unitIndicesWithheld(i);
        const bool hideTotal = r.privacy.rowTotalSuppressed(i);
        local.append(QJsonObject{{QStringLiteral("id"), r.local.unitIds[i]},
                                 {QStringLiteral("weight"), hideTotal ? null : jsonNumber(r.local.weight[u])},
                                 {QStringLiteral("local_m"), hideUnit ? null : jsonNumber(r.local.localM[u])},
                                 {QStringLiteral("local_dissimilarity"), hideUnit ? null : jsonNumber(r.local.localDissimilarity[u])},
                                 {QStringLiteral("entropy"), hideUnit ? null : jsonNumber(r.local.entropy[u])},
                                 {QStringLiteral("location_quotient"), lq},
                                 {QStringLiteral("share"), share},
                                 {QStringLiteral("suppressed_groups"), suppressed}});
    }
    return local;
}

QJsonObject decompositionJson(const IndexReport& r, const EntropyDecomposition& d, const QString& byColumn)
{
    QJsonArray areas;
    const QJsonValue null(QJsonValue::Null);
    for (qsizetype i = 0; i < d.areas.size(); ++i) {
        const EntropyDecomposition::Area& a = d.areas[i];
        const bool hideMix = r.areaMixWithheld(i);
        areas.append(QJsonObject{{QStringLiteral("id"), a.id},
                                 {QStringLiteral("units"), a.unitCount},
                                 {QStringLiteral("weight"), r.privacy.areaTotalSuppressed(i) ? null : jsonNumber(a.weight)},
                                 {QStringLiteral("entropy"), hideMix ? null : jsonNumber(a.entropy)},
                                 {IndexCatalogue::key(IndexId::MutualInformation), hideMix ? null : jsonNumber(a.mutualInformation)},
                                 {IndexCatalogue::key(IndexId::MultigroupTheilH), hideMix ? null : jsonNumber(a.theilH)}});
    }
    return QJsonObject{{QStringLiteral("by"), byColumn},
                       {QStringLiteral("index"), IndexCatalogue::key(IndexId::MutualInformation)},
                       {QStringLiteral("total"), jsonNumber(d.total)},
                       {QStringLiteral("between"), jsonNumber(d.between)},
                       {QStringLiteral("within"), jsonNumber(d.within)},
                       {QStringLiteral("total_h"), jsonNumber(d.totalH)},
                       {QStringLiteral("between_h"), jsonNumber(d.betweenH)},
                       {QStringLiteral("within_h"), jsonNumber(d.withinH)},
                       {QStringLiteral("areas"), areas}};
}

QJsonObject inferenceJson(const IndexInput& input, const IndexReport& r, const InferenceReport& inf)
{
    QJsonObject inference = IndexReportJson::byKey(inf.keys, [&](qsizetype j) {
        return IndexReportJson::estimate(inf.estimates[static_cast<size_t>(j)]);
    });
    QJsonArray localInference;
    for (size_t i = 0; i < inf.localM.size(); ++i) {
        const InferenceReport::LocalEstimate& e = inf.localM[i];
        const bool hide = r.unitIndicesWithheld(static_cast<qsizetype>(i));
        localInference.append(QJsonObject{
            {QStringLiteral("id"), input.unitIds()[static_cast<qsizetype>(i)]},
            {QStringLiteral("local_m"), hide ? QJsonValue(QJsonValue::Null)
                                             : QJsonObject{{QStringLiteral("ci"), QJsonArray{jsonNumber(e.ciLow), jsonNumber(e.ciHigh)}},
                                                           {QStringLiteral("expected_random"), jsonNumber(e.expectedRandom)},
                                                           {QStringLiteral("p_value"), jsonNumber(e.pValue)}}}});
    }
    inference.insert(QStringLiteral("local"), localInference);
    inference.insert(QStringLiteral("replicates"), inf.options.replicates);
    inference.insert(QStringLiteral("seed"), QString::number(inf.options.seed));
    inference.insert(QStringLiteral("confidence"), inf.options.confidence);
    inference.insert(QStringLiteral("bootstrap"), QStringLiteral("multinomial resampling of individuals"));
    inference.insert(QStringLiteral("random_allocation"), QStringLiteral("fixed margins"));
    return inference;
}

QJsonObject changeJson(const IndexChange& c, const QString& compareUnits)
{
    QJsonObject change = IndexReportJson::byKey(c.keys, [&](qsizetype j) {
        const IndexChange::Difference& d = c.differences[static_cast<size_t>(j)];
        QJsonObject o{{QStringLiteral("before"), jsonNumber(d.before)},
                      {QStringLiteral("after"), jsonNumber(d.after)},
                      {QStringLiteral("difference"), jsonNumber(d.difference)}};
        if (c.options.replicates > 0) {
            o.insert(QStringLiteral("ci"), QJsonArray{jsonNumber(d.ciLow), jsonNumber(d.ciHigh)});
            o.insert(QStringLiteral("standard_error"), jsonNumber(d.standardError));
        }
        return o;
    });
    const MutualInformationChange& m = c.mutualInformation;
    change.insert(QStringLiteral("units"), compareUnits);
    change.insert(QStringLiteral("mutual_information_decomposition"), m.toJson());
    return change;
}

} // namespace

QJsonObject IndexReportJson::estimate(const InferenceReport::Estimate& e)
{
    return QJsonObject{{QStringLiteral("ci"), QJsonArray{jsonNumber(e.ciLow), jsonNumber(e.ciHigh)}},
                       {QStringLiteral("standard_error"), jsonNumber(e.standardError)},
                       {QStringLiteral("bias"), jsonNumber(e.bias)},
                       {QStringLiteral("bias_corrected"), jsonNumber(e.biasCorrected)},
                       {QStringLiteral("expected_random"), jsonNumber(e.expectedRandom)},
                       {QStringLiteral("p_value"), jsonNumber(e.pValue)}};
}

QJsonObject IndexReportJson::write(const IndexInput& input, const IndexReport& r, const QString& byColumn, const QString& compareUnits)
{
    const QList<SegregationSummary::Key> keys = SegregationSummary::keys(input.groups(), input.isOrdered());
    const std::vector<double> values = r.summary.values();
    QJsonObject out = byKey(keys, [&](qsizetype j) { return jsonNumber(values[static_cast<size_t>(j)]); });
    QJsonObject multigroup = out.value(QStringLiteral("multigroup")).toObject();
    multigroup.insert(QStringLiteral("entropy"), jsonNumber(r.summary.multigroup.entropy));
    out.insert(QStringLiteral("multigroup"), multigroup);
    out.insert(QStringLiteral("units"), input.unitCount());
    out.insert(QStringLiteral("total"), input.total());
    out.insert(QStringLiteral("groups"), QJsonArray::fromStringList(input.groups()));
    out.insert(QStringLiteral("skipped_units"), QJsonArray::fromStringList(input.skippedUnitIds()));

    // Withheld figures are null and named in "suppressed_groups"; see IndexReport::privacy.
    out.insert(QStringLiteral("local"), localJson(input, r));
    out.insert(QStringLiteral("privacy_threshold"), r.options.privacyThreshold);
    if (r.decomposition)
        out.insert(QStringLiteral("decomposition"), decompositionJson(r, *r.decomposition, byColumn));
    if (r.inference)
        out.insert(QStringLiteral("inference"), inferenceJson(input, r, *r.inference));
    if (r.change)
        out.insert(QStringLiteral("change"), changeJson(*r.change, compareUnits));
    return out;
}

} // namespace Mk
