// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: the reading half of ProjectFile.

#include "base/error.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class GDALDataset;

namespace Mk {
class Feedback;
struct Dataset;
struct Project;
}

namespace Mk::detail {

/** Reads a Project from an open GeoPackage that has the settings table; checks version, tables and counts. */
class ProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ProjectFile)
public:
    /** `shown` is the name messages use for the file. */
    static Result<Project> read(GDALDataset& dataset, const QString& shown, Feedback& feedback);
    /** A GeoPackage without the project settings (e.g. a CBS buurten file). */
    static Error notAProject(const QString& shown);
    /** A file GDAL or SQLite cannot read through (truncated, overwritten); `detail` is their message. */
    static Error damaged(const QString& shown, const QString& detail);
    /**
     * The first value of a read project that no loader would have accepted (PlausibleRange: pupils, capacity,
     * schoolweging, flows, group counts, populations), described for a message; nothing when all are plausible.
     */
    static std::optional<QString> implausibleValue(const Dataset& dataset);
};

} // namespace Mk::detail
