// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>

namespace Mk {

struct CatchmentResult;
struct Dataset;

/**
 * Writes catchments with their composition and afspiegeling columns as one GeoPackage layer
 * (EPSG:28992, MultiPolygon), so the analyst can open them in QGIS. The file is created when absent;
 * otherwise the layer of the same name is replaced and other layers are kept, so one file can hold
 * the voronoi, buffer and observed layers side by side.
 *
 * Columns: school_id, school_name, method, distance_m, supplied_share, unmapped_share, postcodes,
 * shared_with, pupils, children, school_comp ("observed" or "estimate"), school_comp_source, verdict
 * (mirrors/over/under/too_few_pupils/no_data), verdict_label, verdict_group, verdict_gap_pp, and per
 * group g (name made field-safe): c_pct_g (catchment %), s_pct_g (school %), gap_pp_g, gap_lo_g,
 * gap_hi_g, gem_gap_g (school minus gemeente). School shares of an observed table are left empty
 * when AfspiegelingRow::isSuppressed (DESIGN.md privacy rule).
 */
class CatchmentLayerWriter
{
    Q_DECLARE_TR_FUNCTIONS(Mk::CatchmentLayerWriter)
public:
    /** The layer name for a result: catchments_voronoi, catchments_buffer_1000m, catchments_observed_80pct. */
    static QString layerName(const CatchmentResult& result);
    /** A field-safe version of a group name ("Buiten Europa" -> "buiten_europa"). */
    static QString fieldSafe(const QString& group);

    /** Writes the layer; returns its name. */
    static Result<QString> write(const QString& path, const CatchmentResult& result, const Dataset& dataset);
};

} // namespace Mk
