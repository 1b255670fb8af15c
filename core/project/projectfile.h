// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Mk {

class Feedback;

/**
 * Saves and opens a Project as one GeoPackage (conventionally "NAME.mengkaart") that QGIS opens
 * like any .gpkg and that needs none of the original source files. Every geometry is EPSG:28992.
 *
 * Feature layers: `buurten` (the analysis areas; `areas` when they are not buurten), `wijken`,
 * `postcodes` (PC4 points or polygons), `gemeente` (the boundary), `schools` (points; a school
 * that could not be placed has no geometry), `vve_locations`. Area layers have the columns code,
 * name, level, wijk_code, gemeente_code, suppressed_fields, then one column per source attribute
 * under its source name (a name that clashes, case-insensitively, gets a suffix; the "layers"
 * setting maps every column to its field).
 * Attribute tables: `pupil_flows`, `group_tables` (one row per characteristic table; its `labels`
 * column, JSON or NULL, holds what people read per language, the names being keys) with
 * `group_counts` (table_id, unit_id, group_name, count, state), `schoolweging_history`,
 * `field_summaries` (valid/missing/suppressed counts per field) and `sources`.
 *
 * Missing versus suppressed (AttributeValue::State): a numeric area cell that is Missing is
 * NULL; a Suppressed cell (CBS "secret", DUO "<5") is NULL too, and its field name is listed
 * in the row's `suppressed_fields` column (a JSON array, NULL when none), so QGIS shows no
 * number for either while the project keeps them apart. Group counts carry the state in their
 * own `state` column (value, missing, suppressed).
 *
 * Settings table `mengkaart_project` (key, value as text; JSON where structured): format
 * ("mengkaart-project"), format_version, saved_by, name, gemeente_code, gemeente_name,
 * data_year, mapped_area_columns, diagnostics, layers (per area role: table, source file and
 * layer, level, population field, source CRS, column map, feature count), counts (rows per
 * table), catchment_options (CatchmentOptionsJson), privacy_threshold, goals
 * (LeaGoal::toJson), view, scenarios (a JSON list of Scenario::toJson() objects, format "mengkaart-scenario";
 * absent in projects saved before scenarios existed, which open with none).
 *
 * save() writes a temporary GeoPackage next to the target (".NAME.mengkaart.XXXX.saving"), closes
 * and fsyncs it and renames it over the target: on any failure (or cancel) the previous file is
 * untouched and the temporary removed. A save that was killed leaves its temporary behind; the next
 * save of the same file removes it, and leftovers() lists them so that an application can offer the
 * complete ones back first. A lock file (".NAME.mengkaart.lock", QLockFile: a dead process's lock
 * is taken over) keeps two saves of one file apart, so no save removes another's temporary. A
 * read-only target is never replaced. Both functions are synchronous; call them from a worker
 * thread for big projects.
 */
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ProjectFile)
public:
    /** The format version this build writes; it reads every version up to this one. */
    static constexpr int kFormatVersion = 1;
    /** The file name suffix without the dot. */
    static QString suffix() { return QStringLiteral("mengkaart"); }

    static Result<void> save(const QString& path, const Project& project, Feedback& feedback);

    /** A temporary file an interrupted save of a project left next to it. */
    struct Leftover {
        QString file;
        QDateTime modified;
        bool newer = false; ///< written after the project file was last changed (or the project file is gone)
    };
    /** What interrupted saves of `path` left (none while a save of it runs), newest first. */
    static QList<Leftover> leftovers(const QString& path);
    /** Removes them (none while a save of `path` runs); returns how many. */
    static int removeLeftovers(const QString& path);
    /** A failure names the file and says what to do (not a GeoPackage, not a project, newer version, damaged). */
    static Result<Project> load(const QString& path, Feedback& feedback);
};

} // namespace Mk
