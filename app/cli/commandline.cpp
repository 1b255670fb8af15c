// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Mk::Cli {

std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args, Positional positional)
{
    QTextStream err(stderr);
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (positional == Positional::Forbidden && !parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("Mk::Cli", "Unexpected argument \"%1\".").arg(parser.positionalArguments().first()) << '\n';
        return 2;
    }
    return std::nullopt;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Mk::Cli", text);
}

} // namespace Mk::Cli
