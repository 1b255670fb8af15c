// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/catchmentoptionsjson.h"

#include <array>
#include <utility>

namespace Mk {

namespace {

const std::array<std::pair<PostcodeAreaSource, const char*>, 3> kPostcodeSources{{
    {PostcodeAreaSource::Automatic, "automatic"},
    {PostcodeAreaSource::BuurtMostCommonPostcode, "buurt_most_common_postcode"},
    {PostcodeAreaSource::CentroidVoronoi, "centroid_voronoi"},
}};

QString postcodeSourceKey(PostcodeAreaSource source)
{
    for (const auto& [value, key] : kPostcodeSources)
        if (value == source)
            return QString::fromLatin1(key);
    return QStringLiteral("automatic");
}

/** A number at `key`, or `fallback` when the key is absent; false when present but not a number. */
bool readNumber(const QJsonObject& o, const char* key, double& target)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isDouble())
        return false;
    target = v.toDouble();
    return true;
}

} // namespace

QJsonObject CatchmentOptionsJson::toJson(const CatchmentOptions& o)
{
    const AfspiegelingOptions& a = o.afspiegeling;
    return QJsonObject{
        {QStringLiteral("method"), catchmentMethodKey(o.method)},
        {QStringLiteral("distance_m"), o.distance},
        {QStringLiteral("share"), o.share},
        {QStringLiteral("characteristic"), o.characteristic},
        {QStringLiteral("postcode_areas"), postcodeSourceKey(o.postcodeAreas)},
        {QStringLiteral("afspiegeling"), QJsonObject{{QStringLiteral("threshold_pp"), a.thresholdPp},
                                                     {QStringLiteral("confidence"), a.confidence},
                                                     {QStringLiteral("min_pupils"), a.minPupils},
                                                     {QStringLiteral("privacy_threshold"), a.privacyThreshold}}},
        {QStringLiteral("split"), QJsonObject{{QStringLiteral("replicates"), o.split.replicates},
                                              {QStringLiteral("seed"), QString::number(o.split.seed)},
                                              {QStringLiteral("confidence"), o.split.confidence}}},
    };
}

Result<CatchmentOptions> CatchmentOptionsJson::fromJson(const QJsonObject& object)
{
    CatchmentOptions o;
    const QString method = object.value(QStringLiteral("method")).toString(catchmentMethodKey(o.method));
    const auto m = catchmentMethodFromKey(method);
    if (!m)
        return fail(ErrorCode::InvalidValue, tr("Unknown catchment method \"%1\": use voronoi, buffer or observed.").arg(method));
    o.method = *m;
    const QString source = object.value(QStringLiteral("postcode_areas")).toString(postcodeSourceKey(o.postcodeAreas));
    bool sourceKnown = false;
    for (const auto& [value, key] : kPostcodeSources) {
        if (source == QLatin1String(key)) {
            o.postcodeAreas = value;
            sourceKnown = true;
        }
    }
    if (!sourceKnown)
        return fail(ErrorCode::InvalidValue,
                    tr("Unknown postcode area source \"%1\": use automatic, buurt_most_common_postcode or centroid_voronoi.").arg(source));
    o.characteristic = object.value(QStringLiteral("characteristic")).toString();
    const QJsonObject a = object.value(QStringLiteral("afspiegeling")).toObject();
    const QJsonObject s = object.value(QStringLiteral("split")).toObject();
    double replicates = o.split.replicates;
    const std::pair<bool, const char*> checks[] = {
        {readNumber(object, "distance_m", o.distance), "distance_m"},
        {readNumber(object, "share", o.share), "share"},
        {readNumber(a, "threshold_pp", o.afspiegeling.thresholdPp), "afspiegeling.threshold_pp"},
        {readNumber(a, "confidence", o.afspiegeling.confidence), "afspiegeling.confidence"},
        {readNumber(a, "min_pupils", o.afspiegeling.minPupils), "afspiegeling.min_pupils"},
        {readNumber(a, "privacy_threshold", o.afspiegeling.privacyThreshold), "afspiegeling.privacy_threshold"},
        {readNumber(s, "replicates", replicates), "split.replicates"},
        {readNumber(s, "confidence", o.split.confidence), "split.confidence"},
    };
    for (const auto& [ok, key] : checks)
        if (!ok)
            return fail(ErrorCode::InvalidValue, tr("The catchment setting \"%1\" must be a number.").arg(QLatin1String(key)));
    o.split.replicates = static_cast<int>(replicates);
    if (s.contains(QStringLiteral("seed"))) {
        bool ok = false;
        o.split.seed = s.value(QStringLiteral("seed")).toString().toULongLong(&ok);
        if (!ok)
            return fail(ErrorCode::InvalidValue, tr("The catchment setting \"split.seed\" must be a whole number written as text."));
    }
    return o;
}

} // namespace Mk
