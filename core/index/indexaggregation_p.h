// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/indexinput.h"

#include <QStringList>

#include <vector>

namespace Mk::detail {

/** A table split by area label: the areas x groups sums and each area's own units. */
struct AreaTables {
    QStringList areaIds; ///< in order of first appearance
    IndexInput aggregate;
    std::vector<IndexInput> perArea;
};

/** Splits `input` by `areaOfUnit` (aligned with input.unitIds()); `withParts` false skips perArea. */
AreaTables splitByArea(const IndexInput& input, const QStringList& areaOfUnit, bool withParts = true);

/** E = sum_k P_k ln(1/P_k) of a table's group shares, 0 ln 0 = 0. */
double groupEntropy(const IndexInput& input);

} // namespace Mk::detail
