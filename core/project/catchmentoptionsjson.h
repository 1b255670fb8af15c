// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "catchment/catchmentanalysis.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Mk {

/**
 * CatchmentOptions as JSON, as the project file stores them:
 * {"method": "voronoi|buffer|observed", "distance_m", "share", "characteristic",
 *  "postcode_areas": "automatic|buurt_most_common_postcode|centroid_voronoi",
 *  "afspiegeling": {"threshold_pp", "confidence", "min_pupils", "privacy_threshold"},
 *  "split": {"replicates", "seed" (a string: 64-bit), "confidence"}}.
 * Reading fills absent keys with the defaults, so older files keep opening.
 */
class CatchmentOptionsJson
{
    Q_DECLARE_TR_FUNCTIONS(Mk::CatchmentOptionsJson)
public:
    static QJsonObject toJson(const CatchmentOptions& options);
    /** An InvalidValue error names the key and what it accepts. */
    static Result<CatchmentOptions> fromJson(const QJsonObject& object);
};

} // namespace Mk
