// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: only core/project/*.cpp include this header (it exposes ogrsf_frmts.h).

#include "model/grouptable.h"
#include "model/school.h"
#include "project/projectschema_p.h"

#include <ogrsf_frmts.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <type_traits>
#include <utility>
#include <variant>

namespace Mk::detail {

/**
 * One column of a record table in the project file, bound to a member of the record type, so the
 * writer and the reader share a single list per table and cannot drift apart. The OGR field type
 * follows the member type; optional members are NULL when empty, string lists are JSON arrays
 * and enums are written as their ProjectSchema keys.
 */
template<typename T>
struct Column {
    using Member = std::variant<QString T::*, double T::*, int T::*, bool T::*, std::optional<double> T::*,
                                std::optional<int> T::*, std::optional<QString> T::*, QStringList T::*, SchoolSector T::*,
                                Placement T::*, PupilSource T::*>;
    const char* name;
    Member member;
    bool addedLater = false; ///< absent from files of earlier builds of the same format version: read as empty
};

inline QString jsonList(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList listFromJson(const QString& text)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

inline QString fieldText(const OGRFeature& f, int index)
{
    return f.IsFieldSetAndNotNull(index) ? QString::fromUtf8(f.GetFieldAsString(index)) : QString();
}

/** The OGR field type and subtype of a column. */
template<typename T>
std::pair<OGRFieldType, OGRFieldSubType> fieldType(const Column<T>& column)
{
    return std::visit([&](auto member) {
        using V = std::remove_cvref_t<decltype(std::declval<T>().*member)>;
        OGRFieldType type = OFTString;
        OGRFieldSubType subtype = OFSTNone;
        if constexpr (std::is_same_v<V, double> || std::is_same_v<V, std::optional<double>>)
            type = OFTReal;
        else if constexpr (std::is_same_v<V, int> || std::is_same_v<V, std::optional<int>>)
            type = OFTInteger;
        else if constexpr (std::is_same_v<V, bool>) {
            type = OFTInteger;
            subtype = OFSTBoolean;
        }
        return std::pair{type, subtype};
    }, column.member);
}

template<typename T>
void writeColumn(OGRFeature& f, int index, const T& record, const Column<T>& column)
{
    std::visit([&](auto member) {
        const auto& v = record.*member;
        using V = std::remove_cvref_t<decltype(v)>;
        if constexpr (std::is_same_v<V, QString>)
            f.SetField(index, v.toUtf8().constData());
        else if constexpr (std::is_same_v<V, std::optional<QString>>) {
            if (v)
                f.SetField(index, v->toUtf8().constData());
            else
                f.SetFieldNull(index);
        } else if constexpr (std::is_same_v<V, double> || std::is_same_v<V, int>)
            f.SetField(index, v);
        else if constexpr (std::is_same_v<V, bool>)
            f.SetField(index, v ? 1 : 0);
        else if constexpr (std::is_same_v<V, std::optional<double>> || std::is_same_v<V, std::optional<int>>) {
            if (v)
                f.SetField(index, *v);
            else
                f.SetFieldNull(index);
        } else if constexpr (std::is_same_v<V, QStringList>)
            f.SetField(index, jsonList(v).toUtf8().constData());
        else if constexpr (std::is_same_v<V, SchoolSector>)
            f.SetField(index, ProjectSchema::kSectors.key(v).toUtf8().constData());
        else if constexpr (std::is_same_v<V, PupilSource>)
            f.SetField(index, ProjectSchema::kPupilSources.key(v).toUtf8().constData());
        else
            f.SetField(index, ProjectSchema::kPlacements.key(v).toUtf8().constData());
    }, column.member);
}

template<typename T>
void readColumn(const OGRFeature& f, int index, T& record, const Column<T>& column)
{
    std::visit([&](auto member) {
        auto& v = record.*member;
        using V = std::remove_cvref_t<decltype(v)>;
        const bool set = f.IsFieldSetAndNotNull(index);
        if constexpr (std::is_same_v<V, QString>)
            v = fieldText(f, index);
        else if constexpr (std::is_same_v<V, std::optional<QString>>)
            v = set ? std::optional<QString>(fieldText(f, index)) : std::nullopt;
        else if constexpr (std::is_same_v<V, double>)
            v = set ? f.GetFieldAsDouble(index) : 0.0;
        else if constexpr (std::is_same_v<V, int> || std::is_same_v<V, bool>)
            v = set ? static_cast<V>(f.GetFieldAsInteger(index)) : V{};
        else if constexpr (std::is_same_v<V, std::optional<double>>)
            v = set ? std::optional<double>(f.GetFieldAsDouble(index)) : std::nullopt;
        else if constexpr (std::is_same_v<V, std::optional<int>>)
            v = set ? std::optional<int>(f.GetFieldAsInteger(index)) : std::nullopt;
        else if constexpr (std::is_same_v<V, QStringList>)
            v = listFromJson(fieldText(f, index));
        else if constexpr (std::is_same_v<V, SchoolSector>)
            v = ProjectSchema::kSectors.value(fieldText(f, index)).value_or(SchoolSector::Unknown);
        else if constexpr (std::is_same_v<V, PupilSource>)
            v = ProjectSchema::kPupilSources.value(fieldText(f, index)).value_or(PupilSource::None);
        else
            v = ProjectSchema::kPlacements.value(fieldText(f, index)).value_or(Placement::Unplaced);
    }, column.member);
}

inline const Column<School> kSchoolColumns[] = {
    {"id", &School::id},
    {"brin", &School::brin},
    {"name", &School::name},
    {"street", &School::street},
    {"house_number", &School::houseNumber},
    {"postcode", &School::postcode},
    {"place", &School::place},
    {"gemeente", &School::gemeente},
    {"denomination", &School::denomination},
    {"type", &School::type},
    {"sector", &School::sector},
    {"levels", &School::levels},
    {"profile", &School::profile},
    {"placement", &School::placement},
    {"pupils", &School::pupils},
    {"pupils_source", &School::pupilsSource},
    {"pupils_suppressed_cells", &School::pupilsSuppressedCells},
    {"capacity", &School::capacity},
    {"schoolweging", &School::schoolweging},
    {"schoolweging_spread", &School::schoolwegingSpread},
    {"schoolweging_period", &School::schoolwegingPeriod},
    {"outside_gemeente", &School::outsideGemeente},
};

inline const Column<VveLocation> kVveColumns[] = {
    {"id", &VveLocation::id},
    {"name", &VveLocation::name},
    {"postcode", &VveLocation::postcode},
    {"is_vve", &VveLocation::isVve},
    {"street", &VveLocation::street},
    {"house_number", &VveLocation::houseNumber},
    {"place", &VveLocation::place},
    {"capacity", &VveLocation::capacity},
    {"placement", &VveLocation::placement},
};

inline const Column<PupilFlow> kPupilFlowColumns[] = {
    {"school_id", &PupilFlow::schoolId},
    {"home_postcode", &PupilFlow::homePostcode},
    {"home_gemeente", &PupilFlow::homeGemeente},
    {"known_pupils", &PupilFlow::knownPupils},
    {"suppressed_cells", &PupilFlow::suppressedCells},
};

inline const Column<SchoolwegingRecord> kSchoolwegingColumns[] = {
    {"ovt", &SchoolwegingRecord::ovt},
    {"instelling", &SchoolwegingRecord::instelling},
    {"period", &SchoolwegingRecord::period},
    {"schoolweging", &SchoolwegingRecord::schoolweging},
    {"spread", &SchoolwegingRecord::spread},
    {"pupils", &SchoolwegingRecord::pupils},
};

/** field_summaries rows: the area layer role plus the FieldSummary. */
struct FieldSummaryRow {
    QString layer;
    QString name;
    bool numeric = false;
    int valid = 0;
    int missing = 0;
    int suppressed = 0;
};

inline const Column<FieldSummaryRow> kFieldSummaryColumns[] = {
    {"layer", &FieldSummaryRow::layer},
    {"field", &FieldSummaryRow::name},
    {"numeric", &FieldSummaryRow::numeric},
    {"valid", &FieldSummaryRow::valid},
    {"missing", &FieldSummaryRow::missing},
    {"suppressed", &FieldSummaryRow::suppressed},
};

/** group_tables rows: one GroupTable without its cells; role is "areas" or "schools". */
struct GroupTableRow {
    QString role;
    QString characteristic;
    QStringList groups;
    bool ordered = false;
    bool estimated = false;
    QStringList sourceColumns;
    /** The assumption in one text (its English one when it has texts by language), as QGIS and earlier builds read it. */
    QString assumption;
    QStringList unitIds;
    /**
     * What people read, as JSON: {"characteristic": LocalizedText, "groups": [LocalizedText per group],
     * "assumption": LocalizedText}; NULL when the table has no labels and at most one assumption text.
     */
    std::optional<QString> labels;
};

inline const Column<GroupTableRow> kGroupTableColumns[] = {
    {"role", &GroupTableRow::role},
    {"characteristic", &GroupTableRow::characteristic},
    {"groups", &GroupTableRow::groups},
    {"ordered", &GroupTableRow::ordered},
    {"estimated", &GroupTableRow::estimated},
    {"source_columns", &GroupTableRow::sourceColumns},
    {"assumption", &GroupTableRow::assumption},
    {"unit_ids", &GroupTableRow::unitIds},
    {"labels", &GroupTableRow::labels, true},
};

/** group_counts rows: one cell of a group table. */
struct GroupCountRow {
    int tableId = 0;
    QString unitId;
    QString group;
    std::optional<double> count; ///< NULL unless the state is "value"
    QString state;
};

inline const Column<GroupCountRow> kGroupCountColumns[] = {
    {"table_id", &GroupCountRow::tableId},
    {"unit_id", &GroupCountRow::unitId},
    {"group_name", &GroupCountRow::group},
    {"count", &GroupCountRow::count},
    {"state", &GroupCountRow::state},
};

/** sources rows. */
struct SourceRow {
    QString source;
};

inline const Column<SourceRow> kSourceColumns[] = {{"source", &SourceRow::source}};

} // namespace Mk::detail
