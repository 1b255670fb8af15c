// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "model/dataset.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Mk {

/**
 * Which schools and postcode areas belong to one gemeente, and the text its areas share: the rules of a
 * single-gemeente load (DatasetLoader) in one place, so that a national table partitioned in memory
 * (GemeentePartition) keeps exactly what loading the gemeente on its own keeps.
 */
class GemeenteSelection
{
    Q_DECLARE_TR_FUNCTIONS(Mk::GemeenteSelection)
public:
    /** The one value all units share in the first non-empty of `fields`, or empty. */
    static QString commonText(const AreaLayer& layer, const QStringList& fields);
    /**
     * Keeps the schools of `ds`'s gemeente. With a gemeente column: rows naming the gemeente (its name
     * from the areas, or else the most common name among schools inside the boundary); without one
     * every row is kept. Schools outside ds.boundary are flagged outsideGemeente (and named in a warning).
     */
    static QList<School> schools(QList<School> all, bool hasGemeenteColumn, const Dataset& ds, Diagnostics& diagnostics);
    /**
     * The postcodes a one-gemeente data set keeps of national PC4 tables: those of `ds`'s pupils' homes and schools and
     * those whose point in `points` lies inside its boundary; nullopt (all) without a gemeente code or a boundary.
     */
    static std::optional<QSet<QString>> postcodesOf(const Dataset& ds, const AreaLayer& points);
    /** Keeps the postcodes of postcodesOf(ds, ds.postcodes). */
    static void keepPostcodes(Dataset& ds);
};

} // namespace Mk
