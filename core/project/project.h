// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catchment/catchmentanalysis.h"
#include "goals/leagoal.h"
#include "model/dataset.h"
#include "scenario/scenario.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace Mk {

/**
 * What a user makes and saves: the loaded data of one gemeente plus her choices. Saved as one
 * GeoPackage (ProjectFile) that opens without the original source files.
 */
struct Project {
    /** The name shown in the title bar and the briefing, e.g. "Baarn 2024"; the file name when empty. */
    QString name;
    std::shared_ptr<const Dataset> dataset;
    /** The catchment settings last used (method, distance, share, characteristic, afspiegeling thresholds). */
    CatchmentOptions catchments;
    /**
     * The privacy threshold: no output shows a figure resting on fewer children (default 5; never 0).
     * The single source for afspiegeling options and the briefing alike.
     */
    double privacyThreshold = 5.0;
    /** The goals agreed in the LEA, shown in the briefing against their current values. */
    QList<LeaGoal> goals;
    /** GUI state (map extent, choropleth, visible layers); stored and restored, not interpreted by core. */
    QJsonObject view;

    /** The area table whose groups goals name: that of the characteristic the catchments use (empty: the first); or nullptr. */
    const GroupTable* goalGroupTable() const
    {
        if (!dataset)
            return nullptr;
        for (const GroupTable& t : dataset->areaComposition)
            if (catchments.characteristic.isEmpty() || t.characteristic == catchments.characteristic)
                return &t;
        return nullptr;
    }

    /** Named what-if scenarios (edits, rules, model, seed), saved in the project file. */
    QList<Scenario> scenarios;
};

} // namespace Mk
