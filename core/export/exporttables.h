// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "export/exporttable.h"

#include <QCoreApplication>

#include <memory>

namespace Mk {

struct CatchmentResult;
struct Dataset;

/**
 * The tables Mengkaart exports, built from the same table models the program shows (so the export
 * has the columns, labels and withheld cells of the screen), with their geometries for a GIS layer.
 * Every cell resting on fewer children than `privacyThreshold` is withheld.
 */
class ExportTables
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ExportTables)
public:
    /** The analysis areas (buurten or wijken) with every numeric field and the default map value; area polygons. */
    static ExportTable areas(const std::shared_ptr<const Dataset>& dataset, int privacyThreshold);
    /** The schools (vestigingen) with pupils and schoolweging; school points. */
    static ExportTable schools(const std::shared_ptr<const Dataset>& dataset, int privacyThreshold);
    /**
     * Afspiegeling per school: pupils, then for every group the school, catchment and gemeente shares, the gap
     * and the verdict (AfspiegelingTableModel per group); school points.
     */
    static ExportTable afspiegeling(const std::shared_ptr<const Dataset>& dataset, const std::shared_ptr<const CatchmentResult>& result,
                                    int privacyThreshold);
    /**
     * The gemeente's segregation indices of the school composition (SegregationSummary: per group the two-group
     * indices, then the multigroup ones): index, key, group, value. Global indices rest on all pupils.
     */
    static Result<ExportTable> indices(const CatchmentResult& result, int privacyThreshold);
};

} // namespace Mk
