// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "io/datasetloader.h"
#include "project/project.h"

#include <QCommandLineParser>

/**
 * The data options shared by `load`, `catchments` and `briefing`:
 * --areas FILE [--layer NAME] [--gemeente CODE|NAME] [--wijken FILE] [--wijken-layer NAME]
 * [--schools FILE] [--schools-layer NAME] [--vve FILE] [--pupils FILE] [--pupils-by-postcode FILE]
 * [--composition FILE] [--mapping FILE.json] [--postcode-stats FILE] [--postcode-centroids FILE]
 * [--schoolweging FILE], or --demo (the embedded Baarn data; file options then replace demo files),
 * or --project FILE (a saved Mengkaart project: its data, settings and goals).
 */
namespace Mk::Cli {

/** What the data options name: a project file, or the files (or the demo) of a LoadRequest. */
struct DataSource {
    QString projectFile; ///< set for --project; `request` is then unused
    LoadRequest request;
};

void addDataOptions(QCommandLineParser& parser);
/**
 * The source the options describe; an InvalidArgument error (exit status 2) when there is none,
 * or when --project is combined with --demo or a file option.
 */
Result<DataSource> dataSourceFrom(const QCommandLineParser& parser);
/**
 * The project of a source: the saved project, or the loaded files with default settings (name =
 * the gemeente). Progress on stderr when `verbose`; a failure is a data error (exit status 1).
 */
Result<Project> loadProject(const DataSource& source, bool verbose);
/** The LoadRequest the options describe; an InvalidArgument error when neither --areas nor --demo is given. */
Result<LoadRequest> loadRequestFrom(const QCommandLineParser& parser);
/** A progress callback that prints "42% step" lines on stderr when `verbose`, and nothing otherwise. */
Feedback::ProgressCallback progressOnStderr(bool verbose);
/** Loads the request, reporting progress on stderr when `verbose`. */
Result<Dataset> loadDataset(const LoadRequest& request, bool verbose);
/**
 * One line per group table of `dataset` for the text output of `load` and `project info`: the characteristic
 * and groups as people read them in the CLI's language, then, where they differ, the names that options,
 * goals and JSON output use.
 */
QStringList groupTableLines(const Dataset& dataset);

} // namespace Mk::Cli
