// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/catchmentoptionsjson.h"

#include "io/jsonkeys.h"

#include <array>
#include <cmath>
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
    const auto keys = [](std::initializer_list<const char*> names) {
        QStringList out;
        for (const char* n : names)
            out.append(QString::fromLatin1(n));
        return out;
    };
    const std::pair<QString, QStringList> objects[] = {
        {{}, keys({"method", "distance_m", "share", "characteristic", "postcode_areas", "afspiegeling", "split"})},
        {QStringLiteral("afspiegeling"), keys({"threshold_pp", "confidence", "min_pupils", "privacy_threshold"})},
        {QStringLiteral("split"), keys({"replicates", "seed", "confidence"})}};
    for (const auto& [name, known] : objects) {
        const QJsonObject part = name.isEmpty() ? object : object.value(name).toObject();
        if (auto checked = JsonKeys::check(part, known, name.isEmpty() ? tr("The catchment settings") : tr("The catchment settings, \"%1\"").arg(name));
            !checked)
            return checked.error();
    }
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
    // Ranges the analysis can work with; anything else is a damaged or hand-edited file.
    const struct {
        double value, min, max;
        const char* key;
    } ranges[] = {
        {o.distance, 1.0, 100'000.0, "distance_m"},
        {o.share, 0.01, 1.0, "share"},
        {o.afspiegeling.thresholdPp, 0.0, 100.0, "afspiegeling.threshold_pp"},
        {o.afspiegeling.confidence, 0.5, 0.9999, "afspiegeling.confidence"},
        {o.afspiegeling.minPupils, 0.0, 10'000.0, "afspiegeling.min_pupils"},
        {o.afspiegeling.privacyThreshold, 1.0, 1'000.0, "afspiegeling.privacy_threshold"},
        {replicates, 0.0, 100'000.0, "split.replicates"},
        {o.split.confidence, 0.5, 0.9999, "split.confidence"},
    };
    for (const auto& r : ranges)
        if (!std::isfinite(r.value) || r.value < r.min || r.value > r.max)
            return fail(ErrorCode::InvalidValue, tr("The catchment setting \"%1\" is %2; it must lie between %3 and %4.")
                                                     .arg(QLatin1String(r.key))
                                                     .arg(r.value)
                                                     .arg(r.min)
                                                     .arg(r.max));
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
