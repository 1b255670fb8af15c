// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/jsonnumber.h"

#include "base/diagnostics.h"
#include "base/result.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace Mk::Cli {

/** Whether a subcommand takes positional arguments (anything that is not an option). */
enum class Positional { Forbidden, Allowed };

/**
 * Parses a subcommand's arguments with the shared conventions: a parse error or an unexpected
 * positional argument prints on stderr and gives exit status 2, --help prints the help and gives 0.
 * Adds `--lang nl|en` (main() installs that language before the command runs; another value gives 2),
 * so a command must not declare --lang itself.
 * Returns the exit status when the command must stop, nullopt when it should go on.
 */
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args,
                                  Positional positional = Positional::Forbidden);

/** A message of the command line in the user's language (context Mk::Cli, where lupdate puts tr() of this namespace). */
QString tr(const char* text);

/** A number for JSON output, null when undefined (core's jsonNumber, so that CLI and core write the same). */
using Mk::jsonNumber;

/** "info", "warning" or "error", as every command's JSON writes a diagnostic's severity. */
QString severityKey(Diagnostic::Severity severity);
/** The "diagnostics" of every command's JSON: severity, subject and message of each loader and analysis note. */
QJsonArray diagnosticsJson(const Diagnostics& diagnostics);
/** Every warning and error as a "Warning: ..." line (notes of severity info appear in --json only). */
void printWarnings(QTextStream& out, const Diagnostics& diagnostics);

/**
 * Adds --privacy-threshold N: figures resting on fewer children are withheld. With `thresholdAlias`
 * --threshold N is accepted as its older name (briefing, project save); `catchments` keeps --threshold
 * for the afspiegeling gap.
 */
void addPrivacyThresholdOption(QCommandLineParser& parser, bool thresholdAlias);
/** The threshold given (nullopt: none); an InvalidArgument error for a value below 1, or two different values. */
Result<std::optional<int>> privacyThresholdFrom(const QCommandLineParser& parser, bool thresholdAlias);

} // namespace Mk::Cli
