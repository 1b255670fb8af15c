// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: the names inside a project GeoPackage, shared by ProjectWriter and ProjectReader.

#include "base/diagnostics.h"
#include "model/arealayer.h"
#include "model/school.h"

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace Mk::detail::ProjectSchema {

/** Key/value table that marks a GeoPackage as a Mengkaart project (ProjectFile documents the keys). */
inline const QString kSettingsTable = QStringLiteral("mengkaart_project");
inline const QString kFormatName = QStringLiteral("mengkaart-project");

inline const QString kGemeenteLayer = QStringLiteral("gemeente");
inline const QString kWijkenLayer = QStringLiteral("wijken");
inline const QString kPostcodesLayer = QStringLiteral("postcodes");
inline const QString kSchoolsLayer = QStringLiteral("schools");
inline const QString kVveLayer = QStringLiteral("vve_locations");
inline const QString kPupilFlowsTable = QStringLiteral("pupil_flows");
inline const QString kGroupTablesTable = QStringLiteral("group_tables");
inline const QString kGroupCountsTable = QStringLiteral("group_counts");
inline const QString kSchoolwegingTable = QStringLiteral("schoolweging_history");
inline const QString kFieldSummariesTable = QStringLiteral("field_summaries");
inline const QString kSourcesTable = QStringLiteral("sources");

/** Roles of the three area layers of a Dataset (keys of the "layers" setting). */
inline const QString kAreasRole = QStringLiteral("areas");
inline const QString kWijkenRole = QStringLiteral("wijken");
inline const QString kPostcodesRole = QStringLiteral("postcodes");

/** Fixed columns of an area layer; source attributes that clash with them get a suffix (see the column map). */
inline const QString kSuppressedColumn = QStringLiteral("suppressed_fields");

/** The table of the analysis areas: "buurten" for buurten, "areas" for any other level. */
inline QString areasLayerName(AreaLevel level)
{
    return level == AreaLevel::Buurt ? QStringLiteral("buurten") : QStringLiteral("areas");
}

/** A stable text key per enum value, so the file stays readable and independent of enum order. */
template<typename Enum, size_t N>
struct KeyTable {
    std::array<std::pair<Enum, const char*>, N> entries;

    QString key(Enum value) const
    {
        for (const auto& [v, k] : entries)
            if (v == value)
                return QString::fromLatin1(k);
        return QString::fromLatin1(entries.front().second);
    }
    std::optional<Enum> value(const QString& key) const
    {
        for (const auto& [v, k] : entries)
            if (key == QLatin1String(k))
                return v;
        return std::nullopt;
    }
};

inline constexpr KeyTable<AreaLevel, 5> kLevels{{{{AreaLevel::Other, "other"},
                                                   {AreaLevel::Gemeente, "gemeente"},
                                                   {AreaLevel::Wijk, "wijk"},
                                                   {AreaLevel::Buurt, "buurt"},
                                                   {AreaLevel::Postcode4, "pc4"}}}};
inline constexpr KeyTable<SchoolSector, 5> kSectors{{{{SchoolSector::Unknown, "unknown"},
                                                       {SchoolSector::Primary, "primary"},
                                                       {SchoolSector::SpecialPrimary, "special_primary"},
                                                       {SchoolSector::Special, "special"},
                                                       {SchoolSector::Secondary, "secondary"}}}};
inline constexpr KeyTable<Placement, 4> kPlacements{{{{Placement::Unplaced, "unplaced"},
                                                       {Placement::Coordinates, "coordinates"},
                                                       {Placement::GeocodedPc6, "geocoded_pc6"},
                                                       {Placement::GeocodedPc4, "geocoded_pc4"}}}};
/** The same keys as pupilSourceKey() (JSON and catchment layers), so one name means one thing everywhere. */
inline constexpr KeyTable<PupilSource, 4> kPupilSources{{{{PupilSource::None, "none"},
                                                           {PupilSource::SchoolFile, "school_file"},
                                                           {PupilSource::PupilCountFile, "pupils_file"},
                                                           {PupilSource::PupilFlows, "estimate_from_pupil_flows"}}}};
inline constexpr KeyTable<AttributeValue::State, 3> kStates{{{{AttributeValue::State::Missing, "missing"},
                                                               {AttributeValue::State::Value, "value"},
                                                               {AttributeValue::State::Suppressed, "suppressed"}}}};

inline constexpr KeyTable<Diagnostic::Severity, 3> kSeverities{{{{Diagnostic::Severity::Warning, "warning"},
                                                                  {Diagnostic::Severity::Info, "info"},
                                                                  {Diagnostic::Severity::Error, "error"}}}};

} // namespace Mk::detail::ProjectSchema
