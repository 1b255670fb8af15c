// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/jsonnumber.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Mk::Cli {

/** Whether a subcommand takes positional arguments (anything that is not an option). */
enum class Positional { Forbidden, Allowed };

/**
 * Parses a subcommand's arguments with the shared conventions: a parse error or an unexpected
 * positional argument prints on stderr and gives exit status 2, --help prints the help and gives 0.
 * Returns the exit status when the command must stop, nullopt when it should go on.
 */
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args,
                                  Positional positional = Positional::Forbidden);

/** A message of the command line in the user's language (context Mk::Cli, where lupdate puts tr() of this namespace). */
QString tr(const char* text);

/** A number for JSON output, null when undefined (core's jsonNumber, so that CLI and core write the same). */
using Mk::jsonNumber;

} // namespace Mk::Cli
