// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "io/datasetloader.h"

#include <QCommandLineParser>

/**
 * The data options shared by `load`, `catchments` and `briefing`:
 * --areas FILE [--layer NAME] [--gemeente CODE|NAME] [--wijken FILE] [--wijken-layer NAME]
 * [--schools FILE] [--schools-layer NAME] [--vve FILE] [--pupils FILE] [--pupils-by-postcode FILE]
 * [--composition FILE] [--mapping FILE.json] [--postcode-stats FILE] [--postcode-centroids FILE]
 * [--schoolweging FILE], or --demo (the embedded Baarn data; file options then replace demo files).
 */
namespace Mk::Cli {

void addDataOptions(QCommandLineParser& parser);
/** The LoadRequest the options describe; an InvalidArgument error when neither --areas nor --demo is given. */
Result<LoadRequest> loadRequestFrom(const QCommandLineParser& parser);
/** Loads the request, reporting progress on stderr when `verbose`. */
Result<Dataset> loadDataset(const LoadRequest& request, bool verbose);

} // namespace Mk::Cli
