// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>

namespace Mk {

struct ScenarioOutcome;

/**
 * Writes a scenario's schools before and after as one GeoPackage point layer (EPSG:28992) that opens in QGIS:
 * `scenario_schools` (or `scenario_<name>` for a named scenario), one feature per school of either situation.
 * Columns: school_id, school_name, status (existing/new/merged/closed), capacity_before, capacity_after,
 * pupils_before, pupils_before_lo, pupils_before_hi, pupils_after (+ _lo, _hi), pupils_diff, and per group g
 * (field-safe): pct_before_g, pct_after_g, diff_pp_g. Figures below the privacy threshold are NULL, as in the JSON.
 * An existing file keeps its other layers.
 */
class ScenarioLayerWriter
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ScenarioLayerWriter)
public:
    static QString layerName(const ScenarioOutcome& outcome);
    static Result<QString> write(const QString& path, const ScenarioOutcome& outcome, double privacyThreshold);
};

} // namespace Mk
