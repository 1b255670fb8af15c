// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/recentprojects.h"

#include <QFileInfo>
#include <QSettings>

namespace Mk {

namespace {
const QString kKey = QStringLiteral("recent-projects");
}

QStringList RecentProjects::paths()
{
    QStringList out;
    for (const QString& p : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(p))
            out.append(p);
    return out;
}

void RecentProjects::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(kKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(kKey, list.mid(0, kMaximum));
}

} // namespace Mk
