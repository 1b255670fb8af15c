// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/school.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Mk {

/**
 * Loads VVE / kinderopvang locations (e.g. an LRK export or the gemeente's own list): a CSV or
 * point layer with a name, an address or postcode, coordinates (RD x/y, lon/lat or geometry)
 * and a VVE flag column (ja/nee, yes/no, 1/0, true/false, x). Locations without coordinates
 * are placed later from their postcode by DatasetLoader.
 */
class VveLoader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::VveLoader)

public:
    static Result<QList<VveLocation>> load(const QString& path, const QString& layer, Diagnostics& diagnostics);
    /** Reads a yes/no cell; nullopt for text that is neither. */
    static std::optional<bool> parseFlag(const QString& text);
};

} // namespace Mk
