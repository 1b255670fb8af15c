// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/sourceschema.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace Mk {

namespace {

struct ColumnNames {
    SourceColumn column;
    const char* names; ///< candidates separated by '|', most likely first
};

// Sources: CBS Kerncijfers wijken en buurten 2024 (PDOK lower-case names) and the classic shapefile names
// (GM_CODE, AANT_INW, P_00_14_JR); DUO open onderwijsdata (adressen, leerlingen po per vestiging, naar postcode
// leerling); Inspectie schoolweging; tmap's wijken 2022 (national data, resources/national/SOURCES.md).
const ColumnNames kColumns[] = {
    {SourceColumn::GemeenteCode, "gemeentecode|GM_CODE"},
    {SourceColumn::GemeenteName, "gemeentenaam|GM_NAAM"},
    {SourceColumn::AreaCode, "buurtcode|BU_CODE|wijkcode|WK_CODE|statcode|code"},
    {SourceColumn::BuurtName, "buurtnaam|BU_NAAM|statnaam|naam|name"},
    {SourceColumn::WijkName, "wijknaam|WK_NAAM|statnaam|naam|name"},
    {SourceColumn::AreaName, "statnaam|naam|name|wijknaam|WK_NAAM|gemeentenaam|GM_NAAM"},
    {SourceColumn::WijkCode, "wijkcode|WK_CODE"},
    {SourceColumn::Water, "water"},
    {SourceColumn::Population, "aantal_inwoners|AANT_INW|population|inwoners|bevolking"},
    {SourceColumn::SchoolAgeShare, "percentage_personen_0_tot_15_jaar|P_00_14_JR|pop_0_14"},
    {SourceColumn::Year, "jaar|JRSTATCODE|jrstatcode"},
    {SourceColumn::OriginDutch, "percentage_met_herkomstland_nederland"},
    {SourceColumn::OriginEurope, "percentage_met_herkomstland_uit_europa_excl_nl"},
    {SourceColumn::OriginOutsideEurope, "percentage_met_herkomstland_buiten_europa"},
    {SourceColumn::Pc4StatsCode, "pc4|postcode|postcode4|pc4code"},
    {SourceColumn::Pc4Population, "inwoners|aantal_inwoners|inw|population"},
    {SourceColumn::Pc4CentroidCode, "postcode|pc4|postcode4|pc4code"},
    {SourceColumn::RdX, "x_rd|rd_x|xrd|x_coordinaat|xcoord|x"},
    {SourceColumn::RdY, "y_rd|rd_y|yrd|y_coordinaat|ycoord|y"},
    {SourceColumn::Longitude, "lon|lng|longitude|lengtegraad|long"},
    {SourceColumn::Latitude, "lat|latitude|breedtegraad"},
    {SourceColumn::Brin, "instellingscode|brin_nummer|brinnummer|brin"},
    {SourceColumn::Vestiging, "vestigingscode|vestigingsnummer|vestigingnummer|vestiging"},
    {SourceColumn::SchoolName, "naam|vestigingsnaam|instellingsnaam_vestiging|instellingsnaam|schoolnaam|name"},
    {SourceColumn::Street, "straat|straatnaam|adres"},
    {SourceColumn::HouseNumber, "huisnummer|huisnummer-toevoeging|huisnummertoevoeging"},
    {SourceColumn::HouseLetter, "huisletter"},
    {SourceColumn::HouseNumberAddition, "huisnummertoevoeging|toevoeging"},
    {SourceColumn::Postcode, "postcode|postcode_vestiging|pc6"},
    {SourceColumn::Place, "plaats|plaatsnaam|woonplaats"},
    {SourceColumn::SchoolGemeenteName, "gemeente|gemeentenaam"},
    {SourceColumn::SchoolGemeenteCode, "gemeentenummer|gemeentecode"},
    {SourceColumn::Denomination, "denominatie|denominatie_vestiging"},
    {SourceColumn::SchoolType, "type|soort_po|soort|onderwijstype|soort_onderwijs"},
    {SourceColumn::Structure, "onderwijsstructuur|niveaus|levels"},
    {SourceColumn::SchoolPupils, "leerlingen|aantal_leerlingen|totaal_leerlingen|leerlingaantal|pupils"},
    {SourceColumn::Capacity, "capaciteit|capacity|maximale_capaciteit"},
    {SourceColumn::Profile, "concept|profiel|onderwijsconcept|profile"},
    {SourceColumn::PupilTotal, "totaal|totaal_leerlingen|totaal_aantal_leerlingen|aantal_leerlingen|aantal|leerlingen"},
    {SourceColumn::HomePostcode, "postcode_leerling|postcodeleerling|pc4_leerling"},
    {SourceColumn::HomeGemeente, "gemeentenaam_leerling|gemeente_leerling"},
    {SourceColumn::SchoolGemeenteNumber, "gemeentenummer"},
    {SourceColumn::Sector, "soort_po|soort"},
    {SourceColumn::Ovt, "ovt|object_van_toezicht"},
    {SourceColumn::Instelling, "instellingscode|brin|brin_nummer"},
    {SourceColumn::SchoolYear, "schooljaar|jaar"},
    {SourceColumn::Schoolweging, "schoolweging"},
    {SourceColumn::SchoolwegingSpread, "spreiding|spreiding_schoolweging"},
    {SourceColumn::SchoolwegingPupils, "aantal_leerlingen|leerlingen|totaal_aantal_leerlingen"},
    {SourceColumn::CompositionSchoolId, "vestigingscode|school_id|schoolid|school|id|brin_vestiging|vestigingsnummer"},
    {SourceColumn::CompositionBrin, "brin_nummer|brinnummer|brin|instellingscode"},
    {SourceColumn::CompositionPupils, "leerlingen|aantal_leerlingen|totaal|pupils"},
    {SourceColumn::VveId, "id|lrk_id|lrknummer|registratienummer|locatie_id"},
    {SourceColumn::VveName, "naam|name|naam_voorziening|actuele_naam_oko|locatienaam"},
    {SourceColumn::VveStreet, "straat|straatnaam|opvanglocatie_adres|adres"},
    {SourceColumn::VveHouseNumber, "huisnummer"},
    {SourceColumn::VvePostcode, "postcode|opvanglocatie_postcode|pc6"},
    {SourceColumn::VvePlace, "plaats|woonplaats|opvanglocatie_woonplaats"},
    {SourceColumn::VveFlag, "vve|is_vve|vve_erkend|vve_indicatie|vve_aanbod"},
    {SourceColumn::VveCapacity, "kindplaatsen|aantal_kindplaatsen|capaciteit|capacity"},
};

constexpr size_t kColumnCount = static_cast<size_t>(SourceColumn::VveCapacity) + 1;
static_assert(std::size(kColumns) == kColumnCount, "every SourceColumn has one entry in kColumns");

const LoadRequestSlot kSlots[] = {
    {"areasFile", "areas", &LoadRequest::areasFile,
     QT_TRANSLATE_NOOP("Mk::Cli", "area polygons: CBS Wijk- en Buurtkaart (GeoPackage, shapefile, GeoJSON)"), "FILE", std::nullopt,
     &LoadRequest::areasLayer},
    {"areasLayer", "layer", &LoadRequest::areasLayer, QT_TRANSLATE_NOOP("Mk::Cli", "layer of the area file (default: the buurt layer)"),
     "NAME", std::nullopt, nullptr},
    {"gemeente", "gemeente", &LoadRequest::gemeente, QT_TRANSLATE_NOOP("Mk::Cli", "gemeente to load, by code (GM0268) or name (Nijmegen)"),
     "CODE|NAME", std::nullopt, nullptr},
    {"wijkenFile", "wijken", &LoadRequest::wijkenFile, QT_TRANSLATE_NOOP("Mk::Cli", "wijk polygons for decompositions"), "FILE",
     DataFileKind::Wijken, &LoadRequest::wijkenLayer},
    {"wijkenLayer", "wijken-layer", &LoadRequest::wijkenLayer, QT_TRANSLATE_NOOP("Mk::Cli", "layer of the wijk file"), "NAME", std::nullopt,
     nullptr},
    {"schoolsFile", "schools", &LoadRequest::schoolsFile, QT_TRANSLATE_NOOP("Mk::Cli", "DUO school vestigingen (CSV) or a school point layer"),
     "FILE", std::nullopt, &LoadRequest::schoolsLayer},
    {"schoolsLayer", "schools-layer", &LoadRequest::schoolsLayer, QT_TRANSLATE_NOOP("Mk::Cli", "layer of the school file"), "NAME",
     std::nullopt, nullptr},
    {"vveFile", "vve", &LoadRequest::vveFile, QT_TRANSLATE_NOOP("Mk::Cli", "VVE / kinderopvang locations (CSV with a vve column)"), "FILE",
     DataFileKind::VveLocations, nullptr},
    {"pupilsFile", "pupils", &LoadRequest::pupilsFile,
     QT_TRANSLATE_NOOP("Mk::Cli", "DUO pupils per vestiging (soort po, cluster, leeftijd); replaces the school file's counts"), "FILE",
     DataFileKind::PupilsPerVestiging, nullptr},
    {"pupilsByPostcodeFile", "pupils-by-postcode", &LoadRequest::pupilsByPostcodeFile,
     QT_TRANSLATE_NOOP("Mk::Cli", "DUO pupils per vestiging by home postcode"), "FILE", DataFileKind::PupilsByPostcode, nullptr},
    {"compositionFile", "composition", &LoadRequest::compositionFile,
     QT_TRANSLATE_NOOP("Mk::Cli", "school composition table (school id + counts per group)"), "FILE", DataFileKind::SchoolComposition, nullptr},
    {"mappingFile", "mapping", &LoadRequest::mappingFile,
     QT_TRANSLATE_NOOP("Mk::Cli", "column mapping (JSON) saying which columns are which groups"), "FILE.json", std::nullopt, nullptr},
    {"postcodeStatsFile", "postcode-stats", &LoadRequest::postcodeStatsFile, QT_TRANSLATE_NOOP("Mk::Cli", "CBS statistics per PC4"), "FILE",
     DataFileKind::PostcodeStatistics, nullptr},
    {"postcodeCentroidsFile", "postcode-centroids", &LoadRequest::postcodeCentroidsFile,
     QT_TRANSLATE_NOOP("Mk::Cli", "PC4 centroids (POSTCODE;LAT;LON), also places schools without coordinates"), "FILE",
     DataFileKind::PostcodeCentroids, nullptr},
    {"schoolwegingFile", "schoolweging", &LoadRequest::schoolwegingFile,
     QT_TRANSLATE_NOOP("Mk::Cli", "Inspectie schoolweging (per year or three-year mean)"), "FILE", DataFileKind::Schoolweging, nullptr},
};

} // namespace

const QStringList& SourceSchema::candidates(SourceColumn column)
{
    static const std::array<QStringList, kColumnCount> lists = [] {
        std::array<QStringList, kColumnCount> out;
        for (const ColumnNames& c : kColumns)
            out[static_cast<size_t>(c.column)] = QString::fromLatin1(c.names).split(QLatin1Char('|'));
        return out;
    }();
    return lists[static_cast<size_t>(column)];
}

QString SourceSchema::listed(SourceColumn column)
{
    return candidates(column).join(QStringLiteral(", "));
}

bool SourceSchema::isOriginCharacteristic(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("migra|herkomst|origin"), QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

bool SourceSchema::isReferenceGroup(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("nederland|dutch|autochto"), QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

std::span<const LoadRequestSlot> SourceSchema::loadRequestSlots()
{
    return kSlots;
}

const LoadRequestSlot& SourceSchema::slotOf(DataFileKind kind)
{
    for (const LoadRequestSlot& s : kSlots)
        if (s.kind == kind)
            return s;
    Q_UNREACHABLE(); // every DataFileKind is in kSlots (tst_tableloaders checks it)
}

} // namespace Mk
