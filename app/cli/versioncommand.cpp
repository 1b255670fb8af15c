// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicommands.h"

#include "geo/georuntime.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Mk::Cli {

int runVersion(const QStringList&)
{
    QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                        << " (" << GeoRuntime::versions() << ", Qt " << qVersion() << ")\n";
    return 0;
}

} // namespace Mk::Cli
