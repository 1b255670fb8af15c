// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/**
 * The subcommands of mengkaart-cli. Each takes its own arguments (argv after the subcommand,
 * with the program name first, ready for QCommandLineParser) and returns the exit status:
 * 0 success, 1 a user-data error (message on stderr), 2 wrong usage.
 */
namespace Mk::Cli {

int runVersion(const QStringList& args);
int runBench(const QStringList& args);
int runIndices(const QStringList& args);
int runInfo(const QStringList& args);
int runLoad(const QStringList& args);
int runCatchments(const QStringList& args);
/** `project save ...` and `project info FILE` (projectcommand.cpp). */
int runProject(const QStringList& args);
/** `scenario ...`: the what-if simulator, baseline against scenario (scenariocommand.cpp). */
int runScenario(const QStringList& args);
/** `briefing ...`: the LEA briefing as a PDF (briefingcommand.cpp). */
int runBriefing(const QStringList& args);
/** `match --students FILE --schools FILE [--priorities FILE] [--mechanism da|boston]`: one matching (matchcommand.cpp). */
int runMatch(const QStringList& args);
/** `vo --vo-pupils FILE [--vo-pupils FILE2 ...] --vo-addresses FILE (--gemeente NAME|CODE)... [--json]`: secondary schools (vocommand.cpp). */
int runVo(const QStringList& args);
/** `export --what areas|schools|afspiegeling|indices --format csv|csv-nl|xlsx|gpkg|geojson --out FILE` (exportcommand.cpp). */
int runExport(const QStringList& args);
/** `fit-schoolweging [files] [--out FILE.json]`: refits the shipped schoolweging model (fitschoolwegingcommand.cpp). */
int runFitSchoolweging(const QStringList& args);
/** `batch --indices [--catchments] [--gemeenten all|NAME,...] [--data national|files] --out FILE.csv|.gpkg|.json` (batchcommand.cpp). */
int runBatch(const QStringList& args);

} // namespace Mk::Cli
