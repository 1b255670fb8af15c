// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: the key/value settings table of a project file, read apart from its data tables.

#include "base/diagnostics.h"
#include "base/error.h"
#include "base/result.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Mk::detail {

/** What the settings table of a project holds: the user's choices and the descriptions the tables are read by. */
struct ProjectSettings {
    /** Name, catchment options, privacy threshold, goals, view and scenarios; no dataset. */
    Project project;
    QString gemeenteCode;
    QString gemeenteName;
    QString dataYear;
    QStringList mappedAreaColumns;
    Diagnostics diagnostics;
    /** The description of each area layer by role ("areas", "wijken", "postcodes"). */
    QJsonObject layers;
    /** The number of rows each table must have. */
    QJsonObject counts;
};

/**
 * Reads the settings table (every value text, JSON where structured; ProjectFile documents the keys): checks the
 * format and its version, parses and checks each JSON setting with the reader of its kind, and refuses what is
 * missing or invalid with a message naming the project and the setting. Pure: no file access, so it is fuzzed
 * (fuzz/fuzz_projectsettings.cpp).
 */
class ProjectSettingsReader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ProjectFile)
public:
    /** `shown` is the name messages use for the file. */
    static Result<ProjectSettings> read(const QHash<QString, QString>& settings, const QString& shown);
    /** "The project X is damaged or incomplete (`what`) …": the message for a project whose content contradicts itself. */
    static Error damaged(const QString& shown, const QString& what, const QString& detail = {});
};

} // namespace Mk::detail
