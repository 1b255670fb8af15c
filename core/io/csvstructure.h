// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Mk {

/**
 * Checks that every record of a text table has one value per header name, before GDAL's CSV driver
 * reads it. The driver pads short records, drops surplus values and lets a stray quote swallow the
 * lines after it, so a header missing one name shifts every column and a lone quote silently merges
 * rows. Records are split as GDAL's CSVSplitLine does (RFC 4180, Shafranovich 2005, with its
 * leniency): a quote anywhere in a value toggles quoting, "" inside quotes is a literal quote, a
 * record continues onto the next line while a quote is open, and blank lines are skipped.
 * Surplus values that are all empty (a separator at the end of each row) are harmless and accepted.
 */
class CsvStructure
{
    Q_DECLARE_TR_FUNCTIONS(Mk::CsvStructure)

public:
    /** An error naming `shownName`, the line, the counts and what to do; nothing when the table is regular. */
    static Result<void> check(const QByteArray& utf8, char separator, const QString& shownName);
};

} // namespace Mk
