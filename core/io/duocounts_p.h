// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: what DUO's pupil files share (pupils per vestiging, pupils per vestiging by home postcode).

#include "base/result.h"
#include "io/tablereader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Mk::detail {

/** The school key of a DUO row: a 6-character vestigingscode as it is, else the BRIN + the 2-digit vestigingsnummer. */
QString duoSchoolId(const QString& brin, const QString& vestiging);

/**
 * The school-key columns of a DUO file, across its layouts: INSTELLINGSCODE or BRIN NUMMER, and
 * VESTIGINGSCODE or VESTIGINGSNUMMER (2 digits, or the 6-character BRIN + number).
 */
class DuoSchoolKey
{
    Q_DECLARE_TR_FUNCTIONS(Mk::DuoSchoolKey)

public:
    static DuoSchoolKey find(const TableReader& table);

    /** Neither column exists. */
    bool isEmpty() const { return m_brin < 0 && m_vestiging < 0; }
    /** The current row's school id (duoSchoolId); an error naming file, line, columns and what to do when it is empty. */
    Result<QString> read(const TableReader& table) const;

private:
    int m_brin = -1;
    int m_vestiging = -1;
};

/** The pupils of one row: the numeric cells summed, the "<5" cells (1-4 pupils each) counted apart. */
struct DuoRowCount {
    double known = 0.0;
    int suppressed = 0;
    bool any = false; ///< at least one cell held a number or "<5" (an all-empty row says nothing)
};

/**
 * The count columns of a DUO pupil file: every LEEFTIJD_* column (DUO's ages, "jonger" to "ouder") or
 * LEER- OF VERBLIJFSJAAR * column (vo: leerjaar x sex), or else one total column (TOTAAL, AANTAL_LEERLINGEN, ...). With `preferTotal` a total column wins
 * over the age columns when a file has both.
 */
class DuoCountColumns
{
    Q_DECLARE_TR_FUNCTIONS(Mk::DuoCountColumns)

public:
    static DuoCountColumns find(const TableReader& table, bool preferTotal);

    bool isEmpty() const { return m_columns.isEmpty(); }
    /** The current row's count; an error naming file, line, column and what to do for text or a negative number. */
    Result<DuoRowCount> read(const TableReader& table) const;

private:
    QList<int> m_columns;
};

/** The columns every DUO pupil file has: the school key and the pupil counts. */
struct DuoPupilColumns {
    Q_DECLARE_TR_FUNCTIONS(Mk::DuoPupilColumns)

public:
    DuoSchoolKey school;
    DuoCountColumns counts;

    static DuoPupilColumns find(const TableReader& table, bool preferTotal)
    {
        return {DuoSchoolKey::find(table), DuoCountColumns::find(table, preferTotal)};
    }
    /**
     * An error naming the columns `table` lacks (the key, the counts and the `extra` ones missing),
     * its columns and DUO's `duoFile` to use instead; nothing when it has them all.
     */
    std::optional<Error> missingColumns(const TableReader& table, QStringList extra, const QString& duoFile) const;
};

} // namespace Mk::detail
