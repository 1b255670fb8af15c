// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/datafilecheck.h"
#include "io/datasetloader.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace Mk {

/** A column of a CBS, DUO or Inspectie file that Mengkaart reads, by what it means. */
enum class SourceColumn {
    // CBS Wijk- en Buurtkaart
    GemeenteCode, GemeenteName, AreaCode, BuurtName, WijkName, AreaName, WijkCode, Water, Population, SchoolAgeShare, Year,
    OriginDutch, OriginEurope, OriginOutsideEurope,
    // CBS statistics per PC4 and PC4 centroids
    Pc4StatsCode, Pc4Population, Pc4CentroidCode,
    // Point coordinates (any point file)
    RdX, RdY, Longitude, Latitude,
    // DUO school files
    Brin, Vestiging, SchoolName, Street, HouseNumber, HouseLetter, HouseNumberAddition, Postcode, Place, SchoolGemeenteName,
    SchoolGemeenteCode, Denomination, SchoolType, Structure, SchoolPupils, Capacity, Profile, PupilTotal,
    // DUO pupils per vestiging and by home postcode
    HomePostcode, HomeGemeente, SchoolGemeenteNumber, Sector,
    // Inspectie schoolweging
    Ovt, Instelling, SchoolYear, Schoolweging, SchoolwegingSpread, SchoolwegingPupils,
    // School composition tables
    CompositionSchoolId, CompositionBrin, CompositionPupils,
    // VVE / kinderopvang locations
    VveId, VveName, VveStreet, VveHouseNumber, VvePostcode, VvePlace, VveFlag, VveCapacity,
};

/** One field of a LoadRequest: its key, command-line option and member, in the one table every list reads. */
struct LoadRequestSlot {
    const char* key;              ///< "postcodeCentroidsFile": recent analyses' JSON, the wizard's field names
    const char* option;           ///< "postcode-centroids": the command-line option
    QString LoadRequest::*member; ///< the field itself
    const char* description;      ///< --help text, translated in context "Mk::Cli"
    const char* valueName;        ///< FILE, NAME, ...
    std::optional<DataFileKind> kind; ///< an optional file DataFileCheck reads on its own
    QString LoadRequest::*layer;  ///< the field naming this file's layer, or null
};

/**
 * What Mengkaart knows of the published files' schemas, in one place: the column names each meaning goes by in
 * the CBS, DUO and Inspectie files (current PDOK/DUO spelling first, then older releases and common renamings;
 * compared case- and punctuation-insensitively by TableReader), the reference group of the origin
 * characteristic, and the fields of a LoadRequest. Loaders, the import wizard's preselection, the map's default
 * value and the command line all read it, so a new release's renamed column is added once.
 */
class SourceSchema
{
public:
    /** The names `column` goes by, most likely first. */
    static const QStringList& candidates(SourceColumn column);
    /** The candidates as a reader sees them in a message: "vestigingscode, vestigingsnummer, …". */
    static QString listed(SourceColumn column);

    /** The characteristic is the origin (herkomst, migration background). */
    static bool isOriginCharacteristic(const QString& name);
    /** The group (or column) is the origin's reference group, born in the Netherlands (CBS herkomstland Nederland). */
    static bool isReferenceGroup(const QString& name);

    static std::span<const LoadRequestSlot> loadRequestSlots();
    /** The slot of an optional file kind; every DataFileKind has one. */
    static const LoadRequestSlot& slotOf(DataFileKind kind);
};

} // namespace Mk
