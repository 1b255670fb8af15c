// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/feedback.h"
#include "base/result.h"
#include "model/grouptable.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace Mk {

/**
 * Loads DUO "leerlingen po per vestiging naar postcode leerling (en leeftijd)": one row per
 * vestiging x home PC4 with counts per age (LEEFTIJD_*) or one total column. "<5" is counted
 * as a suppressed cell (1-4 pupils), never as a number; 2-digit home codes (10 Belgium,
 * 20 Germany, 30 other country, 40 unknown) are kept as they are.
 */
class PupilFlowLoader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::PupilFlowLoader)

public:
    /** Which rows to keep: schools in `schoolIds`, else (when empty) schools of `gemeenteCode`, else all. */
    struct Filter {
        QSet<QString> schoolIds;
        QString gemeenteCode; ///< GM0308; matched against GEMEENTENUMMER of the school
    };

    static Result<QList<PupilFlow>> load(const QString& path, const Filter& filter, Diagnostics& diagnostics,
                                         Feedback* feedback = nullptr);
};

} // namespace Mk
