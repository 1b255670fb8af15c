// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/datasetloader.h"

#include <QList>
#include <QString>

namespace Mk {

/** The recently opened analyses (name + LoadRequest), kept in QSettings under "recent-analyses". */
class RecentAnalyses
{
public:
    struct Entry {
        QString name;
        LoadRequest request;
    };
    static constexpr int kMaximum = 8;

    static QList<Entry> entries();
    /** Puts `name` on top (replacing an entry with the same name). */
    static void add(const QString& name, const LoadRequest& request);
};

} // namespace Mk
