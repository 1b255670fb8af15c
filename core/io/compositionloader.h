// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "io/columnmapping.h"
#include "model/grouptable.h"

#include <QCoreApplication>
#include <QString>

namespace Mk {

/**
 * Loads a school composition table (from the gemeente's O&S bureau or CBS maatwerk): one row
 * per school (BRIN + vestigingsnummer) and one count column per group. Without a mapping every
 * column except the id becomes a group and the characteristic is named after the file.
 * "<5" is Suppressed; text, negative or fractional-looking garbage is refused with its cell.
 */
class CompositionLoader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::CompositionLoader)

public:
    /** `mapping` (target schools) may be null. Percentages need a pupils column in the same file. */
    static Result<GroupTable> load(const QString& path, const CharacteristicMapping* mapping, Diagnostics& diagnostics);
};

} // namespace Mk
