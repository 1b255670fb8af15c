// SPDX-License-Identifier: GPL-3.0-or-later
// The settings table of a project file (ProjectSettingsReader): one "key<TAB>value" per line, as the table holds them.
// What it accepts must be usable: a privacy threshold that is a finite number of at least 1, catchment options,
// goals and scenarios that survive their own JSON.
#include "fuzzsupport.h"
#include "project/catchmentoptionsjson.h"
#include "project/projectsettings_p.h"

#include <QJsonArray>

#include <cmath>

using namespace Mk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QHash<QString, QString> table;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab > 0)
            table.insert(line.left(tab), line.mid(tab + 1));
    }
    const auto settings = detail::ProjectSettingsReader::read(table, QStringLiteral("fuzz.mengkaart"));
    if (!settings) {
        MkFuzz::expect(settings.error().message.contains(QStringLiteral("fuzz.mengkaart")),
                       QStringLiteral("a refusal that does not name the project: %1").arg(settings.error().message));
        return 0;
    }
    const Project& p = settings->project;
    MkFuzz::expect(std::isfinite(p.privacyThreshold) && p.privacyThreshold >= 1.0,
                   QStringLiteral("privacy threshold %1 accepted").arg(p.privacyThreshold));
    const QJsonObject options = CatchmentOptionsJson::toJson(p.catchments);
    const auto reread = CatchmentOptionsJson::fromJson(options);
    MkFuzz::expect(bool(reread), QStringLiteral("catchment options accepted that their own JSON does not give back: %1")
                                     .arg(QString::fromUtf8(MkFuzz::compact(options))));
    MkFuzz::expect(MkFuzz::compact(CatchmentOptionsJson::toJson(*reread)) == MkFuzz::compact(options),
                   QStringLiteral("catchment options change on a second save"));
    const auto goals = LeaGoal::listFromJson(LeaGoal::toJson(p.goals));
    MkFuzz::expect(goals && *goals == p.goals, QStringLiteral("goals change on a second save"));
    for (const Scenario& s : p.scenarios) {
        const auto again = Scenario::fromJson(s.toJson(), QStringLiteral("scenario"));
        MkFuzz::expect(again && MkFuzz::compact(again->toJson()) == MkFuzz::compact(s.toJson()), QStringLiteral("a scenario changes on a second save"));
    }
    return 0;
}
