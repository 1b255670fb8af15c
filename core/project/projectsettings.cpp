// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectsettings_p.h"

#include "project/catchmentoptionsjson.h"
#include "project/projectfile.h"
#include "project/projectreader_p.h"
#include "project/projectschema_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Mk::detail {

namespace {

class SettingsParser
{
public:
    SettingsParser(const QHash<QString, QString>& settings, const QString& shown) : m_settings(settings), m_shown(shown) {}

    Result<QJsonValue> json(const QString& key) const
    {
        if (!m_settings.contains(key))
            return ProjectSettingsReader::damaged(m_shown, ProjectSettingsReader::tr("the setting \"%1\" is missing").arg(key));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_settings.value(key).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return ProjectSettingsReader::damaged(m_shown, ProjectSettingsReader::tr("the setting \"%1\" is not valid JSON").arg(key),
                                                  error.errorString());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }

    /** The "scenarios" setting; a project saved before scenarios existed has none. */
    Result<QList<Scenario>> scenarios() const
    {
        QList<Scenario> scenarios;
        if (!m_settings.contains(QStringLiteral("scenarios")))
            return scenarios;
        auto list = json(QStringLiteral("scenarios"));
        if (!list)
            return list.error();
        if (!list->isArray())
            return ProjectSettingsReader::damaged(m_shown, ProjectSettingsReader::tr("the setting \"scenarios\" is not a list"));
        const QJsonArray array = list->toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            // The scenario's own reader checks every key; its message names the project and the scenario.
            auto s = Scenario::fromJson(array[i].toObject(), ProjectSettingsReader::tr("%1, scenario %2").arg(m_shown).arg(i + 1));
            if (!s)
                return fail(s.error().code,
                            ProjectSettingsReader::tr("The project %1 holds a scenario Mengkaart cannot read: %2").arg(m_shown, s.error().message),
                            s.error().detail);
            scenarios.append(std::move(*s));
        }
        return scenarios;
    }

    Result<ProjectSettings> run() const
    {
        using namespace ProjectSchema;
        if (m_settings.value(QStringLiteral("format")) != kFormatName)
            return ProjectReader::notAProject(m_shown);
        bool versionOk = false;
        const int version = m_settings.value(QStringLiteral("format_version")).toInt(&versionOk);
        if (!versionOk || version < 1)
            return ProjectSettingsReader::damaged(m_shown, ProjectSettingsReader::tr("its format version \"%1\" is not a number")
                                                               .arg(m_settings.value(QStringLiteral("format_version"))));
        if (version > ProjectFile::kFormatVersion)
            return fail(ErrorCode::UnknownFormat,
                        ProjectSettingsReader::tr("The project %1 was saved by a newer Mengkaart (project format %2; this version reads up "
                                                  "to format %3). Update Mengkaart to open it.")
                            .arg(m_shown)
                            .arg(version)
                            .arg(ProjectFile::kFormatVersion));

        ProjectSettings out;
        Project& project = out.project;
        project.name = m_settings.value(QStringLiteral("name"));
        auto counts = json(QStringLiteral("counts"));
        auto layers = json(QStringLiteral("layers"));
        auto options = json(QStringLiteral("catchment_options"));
        auto goals = json(QStringLiteral("goals"));
        auto view = json(QStringLiteral("view"));
        auto diagnostics = json(QStringLiteral("diagnostics"));
        auto mapped = json(QStringLiteral("mapped_area_columns"));
        for (const auto* r : {&counts, &layers, &options, &goals, &view, &diagnostics, &mapped})
            if (!*r)
                return r->error();
        out.counts = counts->toObject();
        out.layers = layers->toObject();
        auto catchments = CatchmentOptionsJson::fromJson(options->toObject());
        if (!catchments)
            return ProjectSettingsReader::damaged(m_shown, catchments.error().message);
        project.catchments = *catchments;
        auto goalList = LeaGoal::listFromJson(goals->toArray());
        if (!goalList)
            return ProjectSettingsReader::damaged(m_shown, goalList.error().message);
        project.goals = *goalList;
        project.view = view->toObject();
        bool thresholdOk = false;
        project.privacyThreshold = m_settings.value(QStringLiteral("privacy_threshold")).toDouble(&thresholdOk);
        // QString::toDouble() takes "nan" and "inf"; neither may pass for a threshold (found by fuzz_projectsettings).
        if (!thresholdOk || !std::isfinite(project.privacyThreshold) || project.privacyThreshold < 1.0)
            return ProjectSettingsReader::damaged(m_shown, ProjectSettingsReader::tr("its privacy threshold is not a number of at least 1"));
        if (auto scenarios = this->scenarios(); scenarios)
            project.scenarios = std::move(*scenarios);
        else
            return scenarios.error();

        out.gemeenteCode = m_settings.value(QStringLiteral("gemeente_code"));
        out.gemeenteName = m_settings.value(QStringLiteral("gemeente_name"));
        out.dataYear = m_settings.value(QStringLiteral("data_year"));
        for (const QJsonValue& v : mapped->toArray())
            out.mappedAreaColumns.append(v.toString());
        for (const QJsonValue& v : diagnostics->toArray()) {
            const QJsonObject d = v.toObject();
            out.diagnostics.add(kSeverities.value(d.value(QStringLiteral("severity")).toString()).value_or(Diagnostic::Severity::Warning),
                                d.value(QStringLiteral("message")).toString(), d.value(QStringLiteral("subject")).toString());
        }
        return out;
    }

private:
    const QHash<QString, QString>& m_settings;
    const QString& m_shown;
};

} // namespace

Result<ProjectSettings> ProjectSettingsReader::read(const QHash<QString, QString>& settings, const QString& shown)
{
    return SettingsParser(settings, shown).run();
}

Error ProjectSettingsReader::damaged(const QString& shown, const QString& what, const QString& detail)
{
    return fail(ErrorCode::ReadFailed,
                tr("The project %1 is damaged or incomplete (%2) and cannot be opened. Open an earlier copy "
                   "of it, or the recovered copy if Mengkaart offers one.")
                    .arg(shown, what),
                detail);
}

} // namespace Mk::detail
