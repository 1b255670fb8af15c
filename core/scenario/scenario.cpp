// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenario.h"

#include "scenario/strictjson_p.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Mk {

namespace {

const QString kFormat = QStringLiteral("mengkaart-scenario");
constexpr int kVersion = 1;

QJsonValue rulesToJson(const AdmissionRules& rules)
{
    const QString preset = Scenario::presetNameOf(rules);
    if (!preset.isEmpty())
        return preset;
    return rules.toJson();
}

Result<AdmissionRules> rulesFromJson(const QJsonValue& value, const QString& where)
{
    if (value.isString())
        return AdmissionRules::preset(value.toString());
    if (value.isObject())
        return AdmissionRules::fromJson(value.toObject(), where);
    return fail(ErrorCode::InvalidValue, Scenario::tr("%1: write the name of a preset (%2) or an object of admission rules.")
                                             .arg(where, AdmissionRules::presetNames().join(QStringLiteral(", "))));
}

} // namespace

AdmissionRules Scenario::statusQuoRules()
{
    auto rules = AdmissionRules::preset(QStringLiteral("status-quo"));
    Q_ASSERT(rules); // an embedded preset: a failure is a bug, caught by the tests
    return rules ? *rules : AdmissionRules();
}

QString Scenario::presetNameOf(const AdmissionRules& rules)
{
    for (const QString& name : AdmissionRules::presetNames())
        if (auto preset = AdmissionRules::preset(name); preset && *preset == rules)
            return name;
    return {};
}

QJsonObject Scenario::toJson() const
{
    QJsonArray editArray;
    for (const ScenarioEdit& e : edits)
        editArray.append(e.toJson());
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("version"), kVersion},
                  {QStringLiteral("name"), name},
                  // Seeds are 64-bit; JSON numbers hold 53 bits exactly, so larger seeds are written as text.
                  {QStringLiteral("seed"), seed < (1ull << 53) ? QJsonValue(static_cast<double>(seed)) : QJsonValue(QString::number(seed))},
                  {QStringLiteral("runs"), runs},
                  {QStringLiteral("population"), population.toJson()},
                  {QStringLiteral("edits"), editArray},
                  {QStringLiteral("baseline_admission"), rulesToJson(baselineAdmission)}};
    if (admission)
        o.insert(QStringLiteral("admission"), rulesToJson(*admission));
    if (choiceModel || !schoolConstants.isEmpty()) {
        QJsonObject model = choiceModel ? choiceModel->toJson() : QJsonObject();
        if (!schoolConstants.isEmpty()) {
            QJsonObject constants;
            for (auto it = schoolConstants.cbegin(); it != schoolConstants.cend(); ++it)
                constants.insert(it.key(), it.value());
            model.insert(QStringLiteral("school_constants"), constants);
        }
        o.insert(QStringLiteral("choice_model"), model);
    }
    return o;
}

Result<Scenario> Scenario::fromJson(const QJsonObject& json, const QString& source)
{
    detail::StrictJsonObject o(json, source);
    Scenario s;
    auto format = o.text(QStringLiteral("format"), true);
    if (!format)
        return format.error();
    if (*format != kFormat)
        return o.wrong(QStringLiteral("format"), QStringLiteral("\"%1\"").arg(kFormat));
    auto version = o.integer(QStringLiteral("version"), true, kVersion, 1, 1000);
    if (!version)
        return version.error();
    if (*version > kVersion)
        return fail(ErrorCode::InvalidValue, tr("%1 is a scenario of format version %2; this Mengkaart reads version %3. "
                                                "Update Mengkaart to open it.")
                                                 .arg(source)
                                                 .arg(*version)
                                                 .arg(kVersion));
    auto name = o.text(QStringLiteral("name"), false);
    if (!name)
        return name.error();
    s.name = *name;
    const QJsonValue seed = o.value(QStringLiteral("seed"));
    if (seed.isString()) {
        bool ok = false;
        s.seed = seed.toString().toULongLong(&ok);
        if (!ok)
            return o.wrong(QStringLiteral("seed"), tr("a whole number from 0 to 18446744073709551615"));
    } else if (!seed.isUndefined()) {
        auto number = o.number(QStringLiteral("seed"), true, 1, 0, 9007199254740992.0);
        if (!number || *number != std::floor(*number))
            return o.wrong(QStringLiteral("seed"), tr("a whole number from 0 to 18446744073709551615"));
        s.seed = static_cast<quint64>(*number);
    }
    auto runs = o.integer(QStringLiteral("runs"), false, kDefaultRuns, 1, kMaxRuns);
    if (!runs)
        return runs.error();
    s.runs = *runs;
    const QJsonValue population = o.value(QStringLiteral("population"));
    if (!population.isUndefined()) {
        if (!population.isObject())
            return o.wrong(QStringLiteral("population"), tr("an object such as {\"scope\": \"pupils\"}"));
        auto p = PopulationOptions::fromJson(population.toObject(), source);
        if (!p)
            return p.error();
        s.population = *p;
    }
    const QJsonValue edits = o.value(QStringLiteral("edits"));
    if (!edits.isUndefined() && !edits.isArray())
        return o.wrong(QStringLiteral("edits"), tr("a list of edits, e.g. [{\"type\": \"close_school\", \"school\": \"04QC00\"}]"));
    const QJsonArray editArray = edits.toArray();
    for (qsizetype e = 0; e < editArray.size(); ++e) {
        const QString where = tr("%1, edits[%2]").arg(source).arg(e);
        if (!editArray[e].isObject())
            return fail(ErrorCode::InvalidValue, tr("%1: an edit is an object with a \"type\", e.g. {\"type\": \"close_school\", "
                                                    "\"school\": \"04QC00\"}.")
                                                     .arg(where));
        auto edit = ScenarioEdit::fromJson(editArray[e].toObject(), where);
        if (!edit)
            return edit.error();
        s.edits.append(*edit);
    }
    if (o.has(QStringLiteral("baseline_admission"))) {
        auto rules = rulesFromJson(o.value(QStringLiteral("baseline_admission")), tr("%1, key \"baseline_admission\"").arg(source));
        if (!rules)
            return rules.error();
        s.baselineAdmission = *rules;
    }
    if (o.has(QStringLiteral("admission"))) {
        auto rules = rulesFromJson(o.value(QStringLiteral("admission")), tr("%1, key \"admission\"").arg(source));
        if (!rules)
            return rules.error();
        s.admission = *rules;
    }
    const QJsonValue model = o.value(QStringLiteral("choice_model"));
    if (!model.isUndefined()) {
        if (!model.isObject())
            return o.wrong(QStringLiteral("choice_model"), tr("an object of choice-model parameters"));
        QJsonObject parameters = model.toObject();
        const QJsonValue constants = parameters.take(QStringLiteral("school_constants"));
        if (!constants.isUndefined()) {
            const QJsonObject c = constants.toObject();
            if (!constants.isObject())
                return o.wrong(QStringLiteral("choice_model"), tr("\"school_constants\" as an object of school ids and numbers"));
            for (auto it = c.begin(); it != c.end(); ++it) {
                if (!it.value().isDouble() || !std::isfinite(it.value().toDouble()) || std::abs(it.value().toDouble()) > 50.0)
                    return fail(ErrorCode::InvalidValue, tr("%1, key \"choice_model.school_constants.%2\": write a number from "
                                                            "-50 to 50.")
                                                             .arg(source, it.key()));
                s.schoolConstants.insert(it.key(), it.value().toDouble());
            }
        }
        if (!parameters.isEmpty()) {
            auto p = ChoiceModelParameters::fromJson(parameters);
            if (!p)
                return fail(p.error().code, tr("%1, key \"choice_model\": %2").arg(source, p.error().message), p.error().detail);
            s.choiceModel = *p;
        }
    }
    if (auto unknown = o.rejectUnknown(QStringLiteral("format, version, name, seed, runs, population, edits, baseline_admission, "
                                                      "admission, choice_model"));
        !unknown)
        return unknown.error();
    return s;
}

Result<Scenario> Scenario::load(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileNotFound, tr("Cannot open the scenario file %1: %2. Check the path.").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidValue, tr("%1 is not valid JSON (at character %2: %3). Fix the file or save the scenario again.")
                                                 .arg(name)
                                                 .arg(error.offset)
                                                 .arg(error.errorString()));
    if (!doc.isObject())
        return fail(ErrorCode::InvalidValue, tr("%1 is not a Mengkaart scenario: it must be one JSON object with \"format\": "
                                                "\"mengkaart-scenario\".")
                                                 .arg(name));
    return fromJson(doc.object(), name);
}

Result<void> Scenario::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::WriteFailed, tr("Cannot write the scenario file %1: %2. Choose a folder you may write to.")
                                                .arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(ErrorCode::WriteFailed, tr("Cannot write the scenario file %1: %2. Check the free disk space.")
                                                .arg(path, file.errorString()));
    return {};
}

} // namespace Mk
