// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/columnmapping.h"

#include "io/jsonkeys.h"
#include "io/numberparser.h"
#include "io/plausiblerange.h"
#include "io/shortlist.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Mk {

namespace {

const char* kFormat = "mengkaart-column-mapping";

template<typename E>
struct EnumName {
    E value;
    const char* name;
};

const EnumName<CharacteristicMapping::Target> kTargets[] = {
    {CharacteristicMapping::Target::Areas, "areas"}, {CharacteristicMapping::Target::Schools, "schools"}};
const EnumName<CharacteristicMapping::Kind> kKinds[] = {
    {CharacteristicMapping::Kind::Count, "count"}, {CharacteristicMapping::Kind::Percentage, "percentage"}};
const EnumName<CharacteristicMapping::Base> kBases[] = {{CharacteristicMapping::Base::None, "none"},
                                                        {CharacteristicMapping::Base::Population, "population"},
                                                        {CharacteristicMapping::Base::SchoolAgeChildren, "schoolAgeChildren"},
                                                        {CharacteristicMapping::Base::Pupils, "pupils"}};

template<typename E, size_t N>
QString nameOf(const EnumName<E> (&table)[N], E value)
{
    for (const auto& e : table)
        if (e.value == value)
            return QString::fromLatin1(e.name);
    return {};
}

template<typename E, size_t N>
std::optional<E> valueOf(const EnumName<E> (&table)[N], const QString& name, E fallback)
{
    if (name.isEmpty())
        return fallback;
    for (const auto& e : table)
        if (name.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.value;
    return std::nullopt;
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    if (v.isString())
        out.append(v.toString());
    for (const auto& item : v.toArray())
        out.append(item.toString());
    return out;
}

/** The state of a combination where at least one input has no value: Missing wins over Suppressed. */
/** A mapped cell as a number: typed fields as read, text fields (a shapefile saved from a spreadsheet) parsed. */
std::optional<AttributeValue> numberOf(const AreaUnit& unit, const QString& column)
{
    if (const auto it = unit.numbers.constFind(column); it != unit.numbers.constEnd())
        return *it;
    return NumberParser::fromText(unit.texts.value(column));
}

AttributeValue combineState(const AttributeValue& a, const AttributeValue& b)
{
    if (a.isMissing() || b.isMissing())
        return AttributeValue::missing();
    return AttributeValue::suppressed();
}

/** A group's value as a count: a percentage of the base, or the count itself. */
AttributeValue toCount(const AttributeValue& value, const AttributeValue& base, CharacteristicMapping::Kind kind)
{
    if (kind != CharacteristicMapping::Kind::Percentage)
        return value;
    if (value.hasValue() && base.hasValue())
        return AttributeValue::of(value.number / 100.0 * base.number);
    return combineState(value, base);
}

/** How far percentages rounded to whole numbers can add up from 100: half a point per column. */
double roundingTolerance(qsizetype columns)
{
    return 0.5 * static_cast<double>(std::max<qsizetype>(1, columns)) + 1e-9;
}

/** "code (sum %)" of an area whose shares do not add up, for the warnings. */
QString areaSum(const AreaUnit& unit, double sum)
{
    return QStringLiteral("%1 (%2 %)").arg(unit.code, QLocale().toString(sum, 'f', 1));
}

/** `table` with only the groups `keep` (in that order). */
GroupTable keepGroups(const GroupTable& table, const QList<qsizetype>& keep)
{
    GroupTable out = GroupTable::emptyLike(table);
    out.groups.clear();
    out.groupLabels.clear();
    for (qsizetype g : keep) {
        out.groups.append(table.groups[g]);
        out.groupLabels.append(table.groupLabels.value(g));
    }
    out.estimated = table.estimated;
    out.assumption = table.assumption;
    out.sourceColumns = table.sourceColumns;
    out.unitIds = table.unitIds;
    out.resize(table.unitCount());
    for (qsizetype u = 0; u < table.unitCount(); ++u)
        for (qsizetype k = 0; k < keep.size(); ++k)
            out.cell(u, k) = table.cell(u, keep[k]);
    return out;
}

} // namespace

GroupTable CharacteristicMapping::emptyTable() const
{
    GroupTable table;
    table.characteristic = name;
    table.characteristicLabels = labels;
    table.ordered = ordered;
    table.assumption = assumption;
    for (const auto& g : groups) {
        table.groups.append(g.name);
        table.groupLabels.append(g.labels);
    }
    return table;
}

QStringList CharacteristicMapping::columns() const
{
    QStringList out;
    for (const auto& g : groups)
        out.append(g.columns);
    return out;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject json;
    json[QStringLiteral("format")] = QString::fromLatin1(kFormat);
    json[QStringLiteral("version")] = 1;
    json[QStringLiteral("description")] = description;
    if (!publisher.isEmpty())
        json[QStringLiteral("publisher")] = publisher;
    if (!licence.isEmpty())
        json[QStringLiteral("licence")] = licence;
    json[QStringLiteral("areas")] = QJsonObject{{QStringLiteral("code"), areaCodeColumn},
                                                {QStringLiteral("name"), areaNameColumn},
                                                {QStringLiteral("population"), populationColumn}};
    json[QStringLiteral("schoolAge")] = QJsonObject{
        {QStringLiteral("column"), schoolAgeColumn},
        {QStringLiteral("kind"), schoolAgeIsPercentage ? QStringLiteral("percentage") : QStringLiteral("count")},
        {QStringLiteral("label"), schoolAgeLabel}};
    QJsonArray list;
    for (const auto& c : characteristics) {
        QJsonArray groups;
        for (const auto& g : c.groups) {
            QJsonObject group{{QStringLiteral("name"), g.name}};
            if (g.remainder)
                group[QStringLiteral("remainder")] = true;
            else
                group[QStringLiteral("columns")] = QJsonArray::fromStringList(g.columns);
            if (!g.labels.isEmpty())
                group[QStringLiteral("labels")] = g.labels.toJson();
            groups.append(group);
        }
        QJsonObject o{{QStringLiteral("name"), c.name},
                      {QStringLiteral("target"), nameOf(kTargets, c.target)},
                      {QStringLiteral("kind"), nameOf(kKinds, c.kind)},
                      {QStringLiteral("base"), nameOf(kBases, c.base)},
                      {QStringLiteral("ordered"), c.ordered},
                      {QStringLiteral("groups"), groups}};
        if (!c.idColumn.isEmpty())
            o[QStringLiteral("idColumn")] = c.idColumn;
        if (!c.labels.isEmpty())
            o[QStringLiteral("labels")] = c.labels.toJson();
        if (!c.assumption.isEmpty())
            o[QStringLiteral("assumption")] = c.assumption.toJson();
        list.append(o);
    }
    json[QStringLiteral("characteristics")] = list;
    return json;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject& json, const QString& source)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return fail(ErrorCode::UnknownFormat, tr("%1 is not a Mengkaart column mapping (the \"format\" entry must be \"%2\").")
                                                  .arg(source, QString::fromLatin1(kFormat)));
    if (json.value(QStringLiteral("version")).toInt() > 1)
        return fail(ErrorCode::UnknownFormat, tr("%1 was written by a newer Mengkaart (mapping version %2). Update Mengkaart.")
                                                  .arg(source).arg(json.value(QStringLiteral("version")).toInt()));
    const auto keys = [](std::initializer_list<const char*> names) {
        QStringList out;
        for (const char* n : names)
            out.append(QString::fromLatin1(n));
        return out;
    };
    if (auto known = JsonKeys::check(json, keys({"format", "version", "description", "publisher", "licence", "areas", "schoolAge", "characteristics"}), source); !known)
        return known.error();
    ColumnMapping m;
    m.description = json.value(QStringLiteral("description")).toString();
    m.publisher = json.value(QStringLiteral("publisher")).toString().trimmed();
    m.licence = json.value(QStringLiteral("licence")).toString().trimmed();
    const QJsonObject areas = json.value(QStringLiteral("areas")).toObject();
    if (auto known = JsonKeys::check(areas, keys({"code", "name", "population"}), tr("%1, \"areas\"").arg(source)); !known)
        return known.error();
    m.areaCodeColumn = areas.value(QStringLiteral("code")).toString();
    m.areaNameColumn = areas.value(QStringLiteral("name")).toString();
    m.populationColumn = areas.value(QStringLiteral("population")).toString();
    const QJsonObject age = json.value(QStringLiteral("schoolAge")).toObject();
    if (auto known = JsonKeys::check(age, keys({"column", "kind", "label"}), tr("%1, \"schoolAge\"").arg(source)); !known)
        return known.error();
    m.schoolAgeColumn = age.value(QStringLiteral("column")).toString();
    m.schoolAgeIsPercentage = age.value(QStringLiteral("kind")).toString(QStringLiteral("percentage")) != QLatin1String("count");
    m.schoolAgeLabel = age.value(QStringLiteral("label")).toString();
    const QJsonArray list = json.value(QStringLiteral("characteristics")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list[i].toObject();
        if (auto known = JsonKeys::check(o, keys({"name", "labels", "target", "kind", "base", "ordered", "idColumn", "assumption", "groups"}),
                                         tr("%1, characteristic %2").arg(source).arg(i + 1));
            !known)
            return known.error();
        CharacteristicMapping c;
        c.name = o.value(QStringLiteral("name")).toString();
        const auto target = valueOf(kTargets, o.value(QStringLiteral("target")).toString(), CharacteristicMapping::Target::Areas);
        const auto kind = valueOf(kKinds, o.value(QStringLiteral("kind")).toString(), CharacteristicMapping::Kind::Count);
        const auto base = valueOf(kBases, o.value(QStringLiteral("base")).toString(), CharacteristicMapping::Base::None);
        if (c.name.isEmpty() || !target || !kind || !base)
            return fail(ErrorCode::InvalidValue,
                        tr("%1, characteristic %2: needs a \"name\"; \"target\" is areas or schools, \"kind\" count or percentage, "
                           "\"base\" none, population, schoolAgeChildren or pupils.")
                            .arg(source).arg(i + 1));
        c.target = *target;
        c.kind = *kind;
        c.base = *base;
        if (c.kind == CharacteristicMapping::Kind::Percentage && c.base == CharacteristicMapping::Base::None)
            return fail(ErrorCode::InvalidValue, tr("%1, characteristic \"%2\": percentages need a \"base\" (population, schoolAgeChildren or pupils) to become counts.")
                                                     .arg(source, c.name));
        c.ordered = o.value(QStringLiteral("ordered")).toBool();
        c.idColumn = o.value(QStringLiteral("idColumn")).toString();
        const QString where = tr("%1, characteristic \"%2\"").arg(source, c.name);
        auto labels = LocalizedText::fromJson(o.value(QStringLiteral("labels")), where + QStringLiteral(", \"labels\""), false);
        if (!labels)
            return labels.error();
        c.labels = *labels;
        auto assumption = LocalizedText::fromJson(o.value(QStringLiteral("assumption")), where + QStringLiteral(", \"assumption\""), true);
        if (!assumption)
            return assumption.error();
        c.assumption = *assumption;
        for (const auto& gv : o.value(QStringLiteral("groups")).toArray()) {
            const QJsonObject g = gv.toObject();
            if (auto known = JsonKeys::check(g, keys({"name", "labels", "columns", "remainder"}), tr("%1, a group").arg(where)); !known)
                return known.error();
            GroupColumns group{g.value(QStringLiteral("name")).toString(), stringList(g.value(QStringLiteral("columns")))};
            group.remainder = g.value(QStringLiteral("remainder")).toBool();
            if (group.name.isEmpty() || (group.columns.isEmpty() && !group.remainder))
                return fail(ErrorCode::InvalidValue, tr("%1, characteristic \"%2\": every group needs a \"name\" and at least one "
                                                        "column, or \"remainder\": true.")
                                                         .arg(source, c.name));
            if (group.remainder && !group.columns.isEmpty())
                return fail(ErrorCode::InvalidValue, tr("%1, characteristic \"%2\", group \"%3\": a remainder group has no columns "
                                                        "(it is what the other groups leave). Remove its \"columns\".")
                                                         .arg(source, c.name, group.name));
            const bool second = group.remainder && std::any_of(c.groups.cbegin(), c.groups.cend(), [](const GroupColumns& x) { return x.remainder; });
            if (second)
                return fail(ErrorCode::InvalidValue, tr("%1, characteristic \"%2\": only one group can be the remainder.").arg(source, c.name));
            auto groupLabels = LocalizedText::fromJson(g.value(QStringLiteral("labels")),
                                                       tr("%1, group \"%2\", \"labels\"").arg(where, group.name), false);
            if (!groupLabels)
                return groupLabels.error();
            group.labels = *groupLabels;
            c.groups.append(group);
        }
        if (c.groups.size() < 2)
            return fail(ErrorCode::InvalidValue, tr("%1, characteristic \"%2\": at least two groups are needed. "
                                                    "Add a second group to the mapping.").arg(source, c.name));
        m.characteristics.append(c);
    }
    return m;
}

Result<ColumnMapping> ColumnMapping::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::FileNotFound, tr("The column mapping %1 does not exist. Check the path.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::ReadFailed, tr("The column mapping %1 cannot be opened: %2.").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::UnknownFormat, tr("The column mapping %1 is not valid JSON (at character %2). Fix the file or save the mapping again.")
                                                  .arg(QFileInfo(path).fileName())
                                                  .arg(error.offset),
                    error.errorString());
    return fromJson(doc.object(), QFileInfo(path).fileName());
}

Result<void> ColumnMapping::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::WriteFailed, tr("The column mapping cannot be written to %1: %2.").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(ErrorCode::WriteFailed, tr("The column mapping cannot be written to %1: %2.").arg(path, file.errorString()));
    return {};
}

QString ColumnMapping::attribution() const
{
    QStringList parts;
    for (const QString& p : {publisher, licence})
        if (!p.isEmpty())
            parts.append(p);
    return parts.join(QStringLiteral(", "));
}

QStringList ColumnMapping::areaColumns() const
{
    QStringList out;
    if (!populationColumn.isEmpty())
        out.append(populationColumn);
    if (!schoolAgeColumn.isEmpty())
        out.append(schoolAgeColumn);
    for (const auto& c : characteristics)
        if (c.target == CharacteristicMapping::Target::Areas)
            for (const QString& col : c.columns())
                if (!out.contains(col))
                    out.append(col);
    return out;
}

const CharacteristicMapping* ColumnMapping::firstFor(CharacteristicMapping::Target target) const
{
    for (const auto& c : characteristics)
        if (c.target == target)
            return &c;
    return nullptr;
}

AttributeValue ColumnMapping::schoolAgeChildren(const AreaUnit& unit, const QString& populationField) const
{
    if (schoolAgeColumn.isEmpty())
        return AttributeValue::missing();
    const AttributeValue age = numberOf(unit, schoolAgeColumn).value_or(AttributeValue::missing());
    if (!schoolAgeIsPercentage)
        return age;
    const AttributeValue population =
        numberOf(unit, populationColumn.isEmpty() ? populationField : populationColumn).value_or(AttributeValue::missing());
    if (!age.hasValue() || !population.hasValue())
        return combineState(age, population);
    return AttributeValue::of(population.number * age.number / 100.0);
}

Result<GroupTable> ColumnMapping::areaTable(const CharacteristicMapping& c, const AreaLayer& areas, Diagnostics& diagnostics) const
{
    const QString populationField = populationColumn.isEmpty() ? areas.populationField : populationColumn;
    QStringList needed = c.columns();
    if (c.base == CharacteristicMapping::Base::Population || c.base == CharacteristicMapping::Base::SchoolAgeChildren)
        needed.append(populationField);
    if (c.base == CharacteristicMapping::Base::SchoolAgeChildren)
        needed.append(schoolAgeColumn);
    for (const QString& col : needed)
        if (col.isEmpty() || !areas.field(col))
            return fail(ErrorCode::FieldMissing,
                        tr("The column mapping for \"%1\" uses the column \"%2\", which %3 (layer \"%4\") does not have. "
                           "Adjust the mapping to this file's column names.")
                            .arg(c.name, col.isEmpty() ? tr("(population or school-age column not set)") : col, areas.sourceFile, areas.layerName));
    // Counts and percentages are never text or out of range (CBS's negative codes are already missing or suppressed).
    const QString file = QFileInfo(areas.sourceFile).fileName();
    const QStringList groupColumns = c.columns();
    for (const AreaUnit& unit : areas.units) {
        for (const QString& col : std::as_const(needed)) {
            const auto v = numberOf(unit, col);
            if (!v)
                return fail(ErrorCode::InvalidValue,
                            tr("%1, area %2, column \"%3\": \"%4\" is not a number, but the column mapping uses this column for "
                               "\"%5\". Correct the value, or map another column.")
                                .arg(file, unit.code, col, unit.texts.value(col), c.name));
            const bool percentage = groupColumns.contains(col) ? c.kind == CharacteristicMapping::Kind::Percentage
                                                               : col == schoolAgeColumn && schoolAgeIsPercentage;
            const PlausibleRange range = percentage ? PlausibleRange::of(PlausibleRange::Kind::Percentage)
                                                    : PlausibleRange::inhabitantsOf(unit.level);
            if (v->hasValue() && !range.contains(v->number))
                return range.error(tr("%1, area %2").arg(file, unit.code), col, QLocale().toString(v->number, 'g', 12));
        }
    }
    GroupTable table = c.emptyTable();
    table.estimated = c.kind == CharacteristicMapping::Kind::Percentage;
    table.sourceColumns = c.columns();
    for (const auto& u : areas.units)
        table.unitIds.append(u.code);
    table.resize(areas.units.size());
    const bool percentage = c.kind == CharacteristicMapping::Kind::Percentage;
    QStringList notSumming; // areas whose percentages do not add up to 100 (no remainder) or exceed it (remainder)
    QString remainderName;
    for (qsizetype i = 0; i < areas.units.size(); ++i) {
        const AreaUnit& unit = areas.units[i];
        AttributeValue base = AttributeValue::missing();
        if (c.base == CharacteristicMapping::Base::Population)
            base = numberOf(unit, populationField).value_or(AttributeValue::missing());
        else if (c.base == CharacteristicMapping::Base::SchoolAgeChildren)
            base = schoolAgeChildren(unit, populationField);
        // The remainder: 100 (percentages) or the base (counts) minus the other groups, in the input's unit.
        qsizetype remainderGroup = -1;
        AttributeValue others = AttributeValue::of(0.0);
        for (qsizetype g = 0; g < c.groups.size(); ++g) {
            if (c.groups[g].remainder) {
                remainderGroup = g;
                continue;
            }
            AttributeValue sum = AttributeValue::of(0.0);
            for (const QString& col : c.groups[g].columns) {
                const AttributeValue v = numberOf(unit, col).value_or(AttributeValue::missing());
                if (!v.hasValue() || !sum.hasValue()) {
                    sum = combineState(v, sum);
                    continue;
                }
                sum.number += v.number;
            }
            if (sum.hasValue() && others.hasValue())
                others.number += sum.number;
            else
                others = combineState(sum, others);
            table.cell(i, g) = toCount(sum, base, c.kind);
        }
        if (percentage && others.hasValue()) {
            const double off = others.number - 100.0;
            const double tolerance = roundingTolerance(groupColumns.size());
            if (remainderGroup >= 0 ? off > tolerance : std::abs(off) > tolerance)
                notSumming.append(areaSum(unit, others.number));
        }
        if (remainderGroup >= 0) {
            remainderName = c.groups[remainderGroup].name;
            AttributeValue rest = others;
            if (percentage && others.hasValue())
                rest = AttributeValue::of(std::max(0.0, 100.0 - others.number));
            else if (!percentage && others.hasValue() && base.hasValue())
                rest = AttributeValue::of(std::max(0.0, base.number - others.number));
            else if (!percentage)
                rest = combineState(others, base);
            table.cell(i, remainderGroup) = percentage ? toCount(rest, base, c.kind) : rest;
        }
    }
    const QString columns = groupColumns.join(QStringLiteral(", "));
    if (!notSumming.isEmpty() && remainderName.isEmpty())
        diagnostics.warning(tr("%1, characteristic \"%2\": the percentages of its groups (columns %3) do not add up to 100 in %n area(s): "
                               "%4. Nothing is rescaled: the counts follow the percentages as given, so every share in the analysis is a "
                               "share of the mapped groups only. If a group is missing, add it to the column mapping as the remainder "
                               "({\"name\": \"...\", \"remainder\": true}) or map its column.",
                               nullptr, static_cast<int>(notSumming.size()))
                                .arg(file, c.name, columns, shortList(notSumming, QStringLiteral(", "), 5)));
    else if (!notSumming.isEmpty())
        diagnostics.warning(tr("%1, characteristic \"%2\": the groups other than the remainder \"%3\" (columns %4) add up to more than "
                               "100 in %n area(s): %5. The remainder is 0 there. Check that these columns are percentages of the "
                               "same people and do not overlap.",
                               nullptr, static_cast<int>(notSumming.size()))
                                .arg(file, c.name, remainderName, columns, shortList(notSumming, QStringLiteral(", "), 5)));
    // A group nobody belongs to carries no information; other implementations compute without it, so leave it out.
    QList<qsizetype> kept;
    for (qsizetype g = 0; g < table.groupCount(); ++g) {
        double total = 0.0;
        for (qsizetype u = 0; u < table.unitCount(); ++u)
            total += table.cell(u, g).valueOr(0.0);
        if (total > 0.0) {
            kept.append(g);
            continue;
        }
        const QString from = c.groups[g].remainder ? tr("the remainder") : tr("column %1").arg(c.groups[g].columns.join(QStringLiteral(", ")));
        diagnostics.warning(tr("%1, characteristic \"%2\": the group \"%3\" (%4) has no members in any area and is left out of the analysis. "
                               "If it should have members here, check that the column mapping names the right column.")
                                .arg(file, c.name, c.groups[g].name, from));
    }
    if (kept.size() == table.groupCount())
        return table;
    if (kept.size() < 2)
        return fail(ErrorCode::EmptyInput, tr("%1, characteristic \"%2\": only %n group(s) have members in any area, and segregation needs two. "
                                              "Check that the column mapping names the right columns for this file.",
                                              nullptr, static_cast<int>(kept.size()))
                                               .arg(file, c.name));
    return keepGroups(table, kept);
}

} // namespace Mk
