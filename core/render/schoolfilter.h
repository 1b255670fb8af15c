// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/school.h"

#include <QStringList>

namespace Mk {

/**
 * Which schools are shown and counted on the map: sector (po incl. special primary / vo),
 * denomination, profile and vo levels. An empty list means "all". Matching is case-insensitive
 * because DUO writes denominations in varying case.
 */
struct SchoolFilter {
    bool primary = true;
    bool secondary = true;
    QStringList denominations;
    QStringList profiles;
    QStringList levels; ///< a vo school passes when it offers at least one of these

    bool accepts(const School& school) const
    {
        const bool isSecondary = school.sector == SchoolSector::Secondary;
        const bool isPrimary = school.sector == SchoolSector::Primary || school.sector == SchoolSector::SpecialPrimary
            || school.sector == SchoolSector::Special;
        if ((isSecondary && !secondary) || (isPrimary && !primary))
            return false;
        if (!denominations.isEmpty() && !denominations.contains(school.denomination, Qt::CaseInsensitive))
            return false;
        if (!profiles.isEmpty() && !profiles.contains(school.profile, Qt::CaseInsensitive))
            return false;
        if (!levels.isEmpty() && isSecondary) {
            bool any = false;
            for (const QString& l : school.levels)
                any = any || levels.contains(l, Qt::CaseInsensitive);
            if (!any)
                return false;
        }
        return true;
    }
    bool isActive() const { return !primary || !secondary || !denominations.isEmpty() || !profiles.isEmpty() || !levels.isEmpty(); }
    bool operator==(const SchoolFilter&) const = default;
};

} // namespace Mk
