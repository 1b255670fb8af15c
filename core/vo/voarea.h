// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/school.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace Mk {

/**
 * The gemeente or set of gemeenten (a vo region: schools serve more than one gemeente) whose vo
 * vestigingen are analysed, chosen by name ("Nijmegen", DUO's "NIJMEGEN", "'s-Hertogenbosch" = "S HERTOGENBOSCH")
 * or code ("GM0268", "0268", "268") against DUO "02. Adressen alle vestigingen vo".
 */
struct VoArea {
    Q_DECLARE_TR_FUNCTIONS(Mk::VoArea)

public:
    QStringList gemeenteCodes; ///< "GM0268", one per gemeente chosen
    QStringList gemeenteNames; ///< the name of each as the address file writes it

    /** The names joined ("NIJMEGEN, BERG EN DAL"). */
    QString name() const;
    bool isRegion() const { return gemeenteCodes.size() > 1; }
    /** The vestiging's gemeente is one of the area's (by code when both have one, else by name). */
    bool contains(const School& address) const;
    /** The index in gemeenteCodes of the vestiging's gemeente, -1 outside the area. */
    qsizetype gemeenteIndex(const School& address) const;

    /**
     * The area of every name or code in `wanted` (no repeats). An error names the one that matches no
     * vestiging of `addresses` (read from `fileName`), with close names when there are, and what to do.
     */
    static Result<VoArea> select(const QList<School>& addresses, const QStringList& wanted, const QString& fileName);
};

/**
 * Places vo vestigingen on the map: at the point of the same vestiging (BRIN + vestigingsnummer) in a
 * located school file (e.g. DUO's 2024 vestigingen geocoded on the BAG) when it is there, else at the
 * centroid of its PC4. Vestigingen that already have a location keep it.
 */
class VoPlacement
{
    Q_DECLARE_TR_FUNCTIONS(Mk::VoPlacement)

public:
    struct Outcome {
        int joined = 0;     ///< placed at the vestiging's point in the located file
        int byPostcode = 0; ///< placed at the PC4 centroid
        QStringList unplaced; ///< "id name" of those without a location
    };
    static Outcome place(QList<School>& addresses, const QList<School>& located, const QHash<QString, QPointF>& pc4Points);
};

} // namespace Mk
