// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mk {

/** The recently opened or saved project files (File → Open Recent), kept in QSettings under "recent-projects". */
class RecentProjects
{
public:
    static constexpr int kMaximum = 8;

    /** Paths, most recent first; files that no longer exist are left out. */
    static QStringList paths();
    /** Puts `path` on top. */
    static void add(const QString& path);
};

} // namespace Mk
