// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Mk {

/**
 * Joins the first `max` items for a message and says how many were left out, so a national
 * file with thousands of problem rows still gives a readable diagnostic.
 */
inline QString shortList(const QStringList& items, const QString& separator = QStringLiteral(", "), qsizetype max = 20)
{
    if (items.size() <= max)
        return items.join(separator);
    const int rest = static_cast<int>(items.size() - max);
    return items.mid(0, max).join(separator) + separator
           + QCoreApplication::translate("Mk::ShortList", "and %n more", nullptr, rest);
}

} // namespace Mk
