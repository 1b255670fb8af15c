// SPDX-License-Identifier: GPL-3.0-or-later
#include "choice/choicemodelparameters.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace Mk {

namespace {

const QString kFormat = QStringLiteral("mengkaart-choice-model");
constexpr int kVersion = 1;

const std::array<std::pair<DistanceForm, const char*>, 2> kForms{{
    {DistanceForm::Kilometres, "km"},
    {DistanceForm::LogKilometres, "ln_km"},
}};
const std::array<std::pair<ParameterSource, const char*>, 3> kSources{{
    {ParameterSource::Fitted, "fitted"},
    {ParameterSource::LiteratureDefault, "literature_default"},
    {ParameterSource::User, "user"},
}};

template<typename E, size_t N>
QString keyOf(const std::array<std::pair<E, const char*>, N>& keys, E value)
{
    for (const auto& [v, key] : keys)
        if (v == value)
            return QString::fromLatin1(key);
    return QString::fromLatin1(keys.front().second);
}

template<typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& keys, const QString& key)
{
    for (const auto& [v, name] : keys)
        if (key == QLatin1String(name))
            return v;
    return std::nullopt;
}

/** Refuses any key of `object` outside `known`, naming it and the keys that are accepted. */
Result<void> onlyKnownKeys(const QJsonObject& object, const QStringList& known, const QString& where)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            return fail(ErrorCode::InvalidValue,
                        ChoiceModelParameters::tr("Unknown key \"%1\" in the choice model parameters%2. Accepted keys: %3. Check the spelling.")
                            .arg(it.key(), where, known.join(QStringLiteral(", "))));
    return {};
}

Error notA(const QString& key, const QString& what)
{
    return fail(ErrorCode::InvalidValue, ChoiceModelParameters::tr("The choice model parameter \"%1\" must be %2.").arg(key, what));
}

/** A finite number at `key` into `target`; absent leaves `target` as it is. */
Result<void> readNumber(const QJsonObject& o, const QString& key, double& target)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return notA(key, ChoiceModelParameters::tr("a number"));
    target = v.toDouble();
    return {};
}

Result<std::vector<double>> readNumbers(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return notA(key, ChoiceModelParameters::tr("a list of numbers, one per group (or one for all children)"));
    std::vector<double> out;
    for (const QJsonValue& x : v.toArray()) {
        if (!x.isDouble() || !std::isfinite(x.toDouble()))
            return notA(key, ChoiceModelParameters::tr("a list of numbers, one per group (or one for all children)"));
        out.push_back(x.toDouble());
    }
    return out;
}

QJsonArray numbersToJson(const std::vector<double>& values)
{
    QJsonArray out;
    for (double v : values)
        out.append(v);
    return out;
}

Result<ChoiceModelFitSummary> fitFromJson(const QJsonObject& o)
{
    const QStringList known{QStringLiteral("pupils"), QStringLiteral("log_likelihood"), QStringLiteral("null_log_likelihood"),
                            QStringLiteral("pseudo_r2")};
    if (auto keys = onlyKnownKeys(o, known, ChoiceModelParameters::tr(" (under \"fit\")")); !keys)
        return keys.error();
    ChoiceModelFitSummary fit;
    const std::pair<QString, double*> fields[] = {{known[0], &fit.pupils}, {known[1], &fit.logLikelihood},
                                                  {known[2], &fit.nullLogLikelihood}, {known[3], &fit.pseudoR2}};
    for (const auto& [key, target] : fields) {
        if (!o.contains(key))
            return notA(QStringLiteral("fit.") + key, ChoiceModelParameters::tr("given (a number) when \"fit\" is present"));
        if (auto r = readNumber(o, key, *target); !r)
            return notA(QStringLiteral("fit.") + key, ChoiceModelParameters::tr("a number"));
    }
    return fit;
}

} // namespace

QString distanceFormKey(DistanceForm form)
{
    return keyOf(kForms, form);
}

std::optional<DistanceForm> distanceFormFromKey(const QString& key)
{
    return valueOf(kForms, key);
}

QString parameterSourceKey(ParameterSource source)
{
    return keyOf(kSources, source);
}

std::optional<ParameterSource> parameterSourceFromKey(const QString& key)
{
    return valueOf(kSources, key);
}

ChoiceModelParameters ChoiceModelParameters::literatureDefault(DistanceForm form)
{
    ChoiceModelParameters p;
    p.distanceForm = form;
    p.beta = {form == DistanceForm::Kilometres ? -4.0 : -4.1};
    p.source = ParameterSource::LiteratureDefault;
    p.note = QStringLiteral("derived: 75 % of pupils within 1 km (DUO Brabant, BD 2017) with a Poisson school pattern at "
                            "CBS's 600 m mean distance to the nearest primary school; see choicemodelparameters.h");
    return p;
}

Result<void> ChoiceModelParameters::validate() const
{
    const size_t expected = groups.isEmpty() ? 1 : static_cast<size_t>(groups.size());
    if (beta.size() != expected)
        return fail(ErrorCode::InvalidValue,
                    groups.isEmpty()
                        ? tr("The choice model parameter \"beta\" must hold one number when no \"groups\" are given; it holds %1.")
                              .arg(beta.size())
                        : tr("The choice model parameter \"beta\" must hold one number per group of \"groups\" (%1); it holds %2.")
                              .arg(groups.size())
                              .arg(beta.size()));
    for (double b : beta)
        if (!std::isfinite(b))
            return notA(QStringLiteral("beta"), tr("a list of finite numbers"));
    if (!betaStandardErrors.empty() && betaStandardErrors.size() != beta.size())
        return fail(ErrorCode::InvalidValue, tr("The choice model parameter \"beta_standard_error\" must hold as many numbers as "
                                                "\"beta\" (%1), or be left out; it holds %2.")
                                                 .arg(beta.size())
                                                 .arg(betaStandardErrors.size()));
    for (double se : betaStandardErrors)
        if (!(se >= 0.0) || !std::isfinite(se))
            return notA(QStringLiteral("beta_standard_error"), tr("a list of numbers of at least 0"));
    if (QSet<QString>(groups.cbegin(), groups.cend()).size() != groups.size())
        return notA(QStringLiteral("groups"), tr("a list of distinct group names"));
    if (!groups.isEmpty() && characteristic.isEmpty())
        return notA(QStringLiteral("characteristic"), tr("the name of the characteristic whose \"groups\" are listed"));
    if (!std::isfinite(denominationWeight))
        return notA(QStringLiteral("denomination_weight"), tr("a number"));
    if (!std::isfinite(compositionWeight))
        return notA(QStringLiteral("composition_weight"), tr("a number"));
    if (listLength < 1)
        return notA(QStringLiteral("list_length"), tr("a whole number of at least 1 (Dutch forms ask 3 to 8 schools)"));
    if (!(choiceRadiusMetres >= 0.0) || !std::isfinite(choiceRadiusMetres))
        return notA(QStringLiteral("choice_radius_m"), tr("a distance in metres of at least 0 (0 = every school)"));
    return {};
}

QJsonObject ChoiceModelParameters::toJson() const
{
    QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("source"), parameterSourceKey(source)},
        {QStringLiteral("distance_form"), distanceFormKey(distanceForm)},
        {QStringLiteral("beta"), numbersToJson(beta)},
        {QStringLiteral("denomination_weight"), denominationWeight},
        {QStringLiteral("composition_weight"), compositionWeight},
        {QStringLiteral("list_length"), listLength},
        {QStringLiteral("choice_radius_m"), choiceRadiusMetres},
    };
    if (!groups.isEmpty()) {
        o.insert(QStringLiteral("characteristic"), characteristic);
        o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(groups));
    }
    if (!betaStandardErrors.empty())
        o.insert(QStringLiteral("beta_standard_error"), numbersToJson(betaStandardErrors));
    if (fit)
        o.insert(QStringLiteral("fit"), QJsonObject{{QStringLiteral("pupils"), fit->pupils},
                                                    {QStringLiteral("log_likelihood"), fit->logLikelihood},
                                                    {QStringLiteral("null_log_likelihood"), fit->nullLogLikelihood},
                                                    {QStringLiteral("pseudo_r2"), fit->pseudoR2}});
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

Result<ChoiceModelParameters> ChoiceModelParameters::fromJson(const QJsonObject& o)
{
    const QStringList known{QStringLiteral("format"),          QStringLiteral("version"),
                            QStringLiteral("source"),          QStringLiteral("distance_form"),
                            QStringLiteral("characteristic"),  QStringLiteral("groups"),
                            QStringLiteral("beta"),            QStringLiteral("beta_standard_error"),
                            QStringLiteral("denomination_weight"), QStringLiteral("composition_weight"),
                            QStringLiteral("list_length"),     QStringLiteral("choice_radius_m"),
                            QStringLiteral("fit"),             QStringLiteral("note")};
    if (auto keys = onlyKnownKeys(o, known, QString()); !keys)
        return keys.error();
    if (o.contains(QStringLiteral("format")) && o.value(QStringLiteral("format")).toString() != kFormat)
        return notA(QStringLiteral("format"), QStringLiteral("\"%1\"").arg(kFormat));
    if (o.contains(QStringLiteral("version")) && o.value(QStringLiteral("version")).toInt(-1) != kVersion)
        return fail(ErrorCode::InvalidValue, tr("The choice model parameters have \"version\" %1; this Mengkaart reads version %2. "
                                                "Save them again with this version or update Mengkaart.")
                                                 .arg(o.value(QStringLiteral("version")).toVariant().toString())
                                                 .arg(kVersion));
    ChoiceModelParameters p;
    p.source = ParameterSource::User;
    if (o.contains(QStringLiteral("source"))) {
        const auto source = parameterSourceFromKey(o.value(QStringLiteral("source")).toString());
        if (!source)
            return notA(QStringLiteral("source"), tr("one of fitted, literature_default or user"));
        p.source = *source;
    }
    if (o.contains(QStringLiteral("distance_form"))) {
        const auto form = distanceFormFromKey(o.value(QStringLiteral("distance_form")).toString());
        if (!form)
            return notA(QStringLiteral("distance_form"), tr("km or ln_km"));
        p.distanceForm = *form;
    }
    for (const char* key : {"characteristic", "note"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return notA(QLatin1String(key), tr("text"));
    }
    p.characteristic = o.value(QStringLiteral("characteristic")).toString();
    p.note = o.value(QStringLiteral("note")).toString();
    if (o.contains(QStringLiteral("groups"))) {
        const QJsonValue v = o.value(QStringLiteral("groups"));
        if (!v.isArray())
            return notA(QStringLiteral("groups"), tr("a list of group names"));
        for (const QJsonValue& g : v.toArray()) {
            if (!g.isString() || g.toString().isEmpty())
                return notA(QStringLiteral("groups"), tr("a list of group names"));
            p.groups.append(g.toString());
        }
    }
    if (!o.contains(QStringLiteral("beta")))
        return fail(ErrorCode::FieldMissing, tr("The choice model parameters lack \"beta\", the distance decay: give a list with one "
                                                "number (for example [-2.5], utility per km) or one per group."));
    auto beta = readNumbers(o, QStringLiteral("beta"));
    if (!beta)
        return beta.error();
    p.beta = std::move(*beta);
    if (o.contains(QStringLiteral("beta_standard_error"))) {
        auto se = readNumbers(o, QStringLiteral("beta_standard_error"));
        if (!se)
            return se.error();
        p.betaStandardErrors = std::move(*se);
    }
    double listLength = p.listLength;
    for (const auto& [key, target] : {std::pair<QString, double*>{QStringLiteral("denomination_weight"), &p.denominationWeight},
                                      {QStringLiteral("composition_weight"), &p.compositionWeight},
                                      {QStringLiteral("list_length"), &listLength},
                                      {QStringLiteral("choice_radius_m"), &p.choiceRadiusMetres}})
        if (auto r = readNumber(o, key, *target); !r)
            return r.error();
    if (listLength != std::floor(listLength) || listLength < 1 || listLength > 1000)
        return notA(QStringLiteral("list_length"), tr("a whole number of at least 1 (Dutch forms ask 3 to 8 schools)"));
    p.listLength = static_cast<int>(listLength);
    if (o.contains(QStringLiteral("fit"))) {
        if (!o.value(QStringLiteral("fit")).isObject())
            return notA(QStringLiteral("fit"), tr("an object with pupils, log_likelihood, null_log_likelihood and pseudo_r2"));
        auto fit = fitFromJson(o.value(QStringLiteral("fit")).toObject());
        if (!fit)
            return fit.error();
        p.fit = *fit;
    }
    if (auto valid = p.validate(); !valid)
        return valid.error();
    return p;
}

} // namespace Mk
