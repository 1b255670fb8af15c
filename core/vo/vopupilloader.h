// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/feedback.h"
#include "base/result.h"
#include "vo/voprogramme.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace Mk {

/** The pupils of one first-year (brugjaar) programme at one vestiging. */
struct VoProgrammeCount {
    QString code; ///< ELEMENTCODE, four digits
    QString name; ///< OPLEIDINGSNAAM as the file writes it
    double pupils = 0.0; ///< a DUO "<5" cell counts as 2.5 (see suppressedCells)
    int suppressedCells = 0;
    /** The table's programme, or null when the code is not in it (then it counts in no share). */
    const VoFirstYearProgramme* programme = nullptr;
};

/** One vestiging in one DUO vo pupil file: its pupils by level and its first-year programmes. */
struct VoLocationYear {
    QString id;       ///< BRIN + 2-digit vestigingsnummer, "00AH00"
    QString name;     ///< INSTELLINGSNAAM VESTIGING
    QString place;    ///< PLAATSNAAM VESTIGING
    QString province; ///< PROVINCIE VESTIGING
    QString location; ///< "line 12" of its first row, for messages
    std::array<double, 4> levelPupils{}; ///< upper years per VoLevel (pro: all years)
    double otherPupils = 0.0;             ///< HAVO/VWO year 3, international streams, VAVO
    QList<VoProgrammeCount> firstYear;    ///< Brugjaar 1-2 rows by programme, in file order
    double totalPupils = 0.0;             ///< every count cell of its rows ("<5" as 2.5)
    int suppressedCells = 0;

    /** The levels with upper-year pupils. */
    VoLevelSet levelsOffered() const;
    /** Exactly one level offered, e.g. a categorical gymnasium. */
    bool categorical() const;
    /** Brugjaar pupils in every programme (classified or not). */
    double firstYearPupils() const;
    /** Brugjaar pupils in programmes of the table (the share's denominator). */
    double classifiedFirstYearPupils() const;
    /** Brugjaar pupils in a heterogeneous programme (at least two of vmbo, havo, vwo). */
    double heterogeneousFirstYearPupils() const;
    /** heterogeneous / classified first-year pupils; NaN without classified first-year pupils. */
    double heterogeneousShare() const;
};

/** A DUO vo pupil file as loaded: its school year, layout and vestigingen. */
struct VoPupilFile {
    QString path;
    QString fileName;
    QString schoolYear;        ///< "2016-2017" from the file name, else the file's base name
    bool yearInferred = false; ///< the name says "inferred": the year is not stated by DUO
    bool hasLwooColumn = false; ///< the 2016-17 and 2017-18 layouts have LWOO INDICATIE
    bool unpaddedCodes = false; ///< the 2016-17 layout writes "0" for vestigingsnummer "00" and "24" for ELEMENTCODE "0024"
    qsizetype rows = 0;
    double totalPupils = 0.0;   ///< the sum of every count cell ("<5" as 2.5)
    int suppressedCells = 0;
    QList<VoLocationYear> locations;

    const VoLocationYear* find(const QString& id) const;
};

/**
 * Loads DUO "01. Leerlingen vo per vestiging naar onderwijstype, lwoo-indicatie, sector, afdeling,
 * opleiding" in its three layouts (2016-17: LWOO INDICATIE and unpadded vestigingsnummer/ELEMENTCODE;
 * 2017-18: padded; 2019-20: no LWOO INDICATIE), Windows-1252 or UTF-8, counts per leerjaar x sex in
 * LEER- OF VERBLIJFSJAAR * columns (whole numbers or DUO's "<5"). Rows are classified by VoProgrammes;
 * an onderwijstype or first-year code the table does not know is a warning (its pupils count in the total,
 * in no level and no share). Errors name the file, the line, the column and what to do.
 */
class VoPupilLoader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::VoPupilLoader)

public:
    static Result<VoPupilFile> load(const QString& path, Diagnostics& diagnostics, Feedback* feedback = nullptr);
    /** "2016-2017" from a file name holding two consecutive years; empty when it holds none. */
    static QString schoolYearOf(const QString& fileName);
};

} // namespace Mk
