// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "export/exporttable.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Mk {

struct GemeenteBatchResult;

/**
 * A GemeenteBatch result as a file: CSV (UTF-8), a GeoPackage layer "gemeenten" with the gemeente outlines,
 * or JSON. The columns are a contract (named in `mengkaart-cli batch --help` and the man page):
 * gemeente_code, gemeente_name, status (ok, withheld, no_schools, error), reason, schools, pupils, children,
 * composition_source, then for every index INDEX (an IndexCatalogue key; a two-group index gets "_" and its
 * group, lower case, other characters as "_", e.g. dissimilarity_low_income): INDEX, and with the intervals
 * INDEX_ci_low, INDEX_ci_high, INDEX_expected_random, INDEX_p; with the catchments INDEX_residential,
 * INDEX_choice, INDEX_choice_ci_low, INDEX_choice_ci_high. A withheld figure is "<N" in CSV and empty in a
 * GeoPackage. The JSON has per gemeente the shape of `mengkaart-cli indices --json` ("two_group",
 * "multigroup", "inference") with null for withheld figures.
 */
class GemeenteBatchOutput
{
    Q_DECLARE_TR_FUNCTIONS(Mk::GemeenteBatchOutput)
public:
    enum class Format { Csv, GeoPackage, Json };
    /** The format of a file name by its suffix (.csv, .gpkg, .json), or nullopt. */
    static std::optional<Format> formatOf(const QString& path);
    /** The column name of an index of `group` (empty: multigroup), as the table names it. */
    static QString columnBase(const QString& indexKey, const QString& group);

    static ExportTable table(const GemeenteBatchResult& result);
    static QJsonObject json(const GemeenteBatchResult& result);
    /** Writes `result` to `path` in `format`; the file appears only when complete. */
    static Result<void> write(const GemeenteBatchResult& result, const QString& path, Format format);
};

} // namespace Mk
