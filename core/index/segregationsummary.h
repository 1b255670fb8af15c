// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/indexcatalogue.h"
#include "index/multigroupindices.h"
#include "index/twogroupindices.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace Mk {

class IndexInput;

/**
 * Every global index of one table (each group against the rest, and all groups at once), also as one
 * flat vector keyed by IndexCatalogue, so that simulations, comparisons and the CLI's JSON treat all
 * indices alike. Formulas: TwoGroupIndices and MultigroupIndices.
 */
struct SegregationSummary {
    /** Names one entry of values(): `group` is empty for a multigroup index; name and direction are the catalogue's. */
    struct Key {
        QString group;
        QString name;                       ///< IndexCatalogue::key(id), the JSON key
        bool lowerIsMoreSegregated = false; ///< exposure: less contact means more segregation
        IndexId id = IndexId::Dissimilarity;
    };

    QStringList groups;
    std::vector<TwoGroupIndices> twoGroup; ///< one per group, in group order
    MultigroupIndices multigroup;
    bool ordered = false; ///< the ordinal index is part of values()

    static SegregationSummary compute(const IndexInput& input);

    /** The keys of values(), in order: per group the catalogue's two-group indices, then its multigroup ones. */
    static QList<Key> keys(const QStringList& groups, bool ordered);
    std::vector<double> values() const;
};

} // namespace Mk
