// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectreader_p.h"

#include "base/feedback.h"
#include "geo/geometry.h"
#include "io/gdalerrorcapture_p.h"
#include "io/gemeentedirectory.h"
#include "io/plausiblerange.h"
#include "project/project.h"
#include "project/projectcolumns_p.h"
#include "project/projectfile.h"
#include "project/projectsettings_p.h"

#include <gdal_priv.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <span>

namespace Mk::detail {

namespace {

using namespace ProjectSchema;

constexpr int kCancelCheck = 512;

class Reader
{
public:
    Reader(GDALDataset& ds, const QString& shown, Feedback& feedback) : m_ds(ds), m_shown(shown), m_feedback(feedback) {}

    Result<Project> run();

private:
    Error damaged(const QString& what, const QString& detail = {}) const
    {
        return ProjectSettingsReader::damaged(m_shown, what, detail);
    }
    Error missingTable(const QString& table) const
    {
        return fail(ErrorCode::ReadFailed,
                    ProjectReader::tr("The project %1 is incomplete: its table \"%2\" is missing (was the file changed in "
                                      "another program?). Open an earlier copy of the project.")
                        .arg(m_shown, table));
    }
    static Error canceled() { return fail(ErrorCode::Canceled, ProjectReader::tr("Opening the project was canceled.")); }

    Result<OGRLayer*> layer(const QString& name) const;
    Result<int> fieldIndex(OGRLayer* layer, const QString& column) const;
    /** Reports GDAL errors raised while reading `table` (a truncated or corrupted file) and checks its row count. */
    Result<void> finish(const QString& table, qsizetype rows);

    template<typename T>
    Result<QList<T>> readRecords(const QString& name, std::span<const Column<T>> columns,
                                 const std::function<Result<void>(const OGRFeature&, T&)>& extra = {});
    Result<AreaLayer> readAreaLayer(const QJsonObject& meta);
    Result<void> readGroupTables(Dataset& ds);
    /** Sets the labels of `table` from the JSON of its group_tables "labels" cell (GroupTableRow::labels). */
    Result<void> readLabels(const QString& text, GroupTable& table) const;

    GDALDataset& m_ds;
    QString m_shown;
    Feedback& m_feedback;
    GdalErrorCapture m_capture;
    QJsonObject m_counts;
};

Result<std::shared_ptr<const Geometry>> geometryOf(const OGRFeature& f)
{
    const OGRGeometry* g = f.GetGeometryRef();
    if (!g || g->IsEmpty())
        return std::shared_ptr<const Geometry>();
    QByteArray wkb(static_cast<qsizetype>(g->WkbSize()), Qt::Uninitialized);
    g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()), wkbVariantIso);
    Geometry geometry = Geometry::fromWkb(wkb);
    if (geometry.isNull())
        return fail(ErrorCode::GeometryInvalid, QString());
    return std::make_shared<const Geometry>(std::move(geometry));
}

Result<OGRLayer*> Reader::layer(const QString& name) const
{
    OGRLayer* l = m_ds.GetLayerByName(name.toUtf8().constData());
    if (!l)
        return missingTable(name);
    l->ResetReading();
    return l;
}

Result<int> Reader::fieldIndex(OGRLayer* layer, const QString& column) const
{
    const int index = layer->GetLayerDefn()->GetFieldIndex(column.toUtf8().constData());
    if (index < 0)
        return damaged(ProjectReader::tr("the column \"%1\" of the table \"%2\" is missing").arg(column, QString::fromUtf8(layer->GetName())));
    return index;
}

Result<void> Reader::finish(const QString& table, qsizetype rows)
{
    if (m_capture.hasErrors())
        return damaged(ProjectReader::tr("reading the table \"%1\" failed").arg(table), m_capture.text());
    const QJsonValue expected = m_counts.value(table);
    if (!expected.isUndefined() && expected.toDouble() != static_cast<double>(rows))
        return damaged(ProjectReader::tr("the table \"%1\" has %2 rows instead of %3").arg(table).arg(rows).arg(expected.toDouble()));
    return {};
}

template<typename T>
Result<QList<T>> Reader::readRecords(const QString& name, std::span<const Column<T>> columns,
                                     const std::function<Result<void>(const OGRFeature&, T&)>& extra)
{
    auto l = layer(name);
    if (!l)
        return l.error();
    std::vector<int> index;
    for (const Column<T>& c : columns) {
        if (c.addedLater && (*l)->GetLayerDefn()->GetFieldIndex(c.name) < 0) {
            index.push_back(-1);
            continue;
        }
        auto i = fieldIndex(*l, QString::fromLatin1(c.name));
        if (!i)
            return i.error();
        index.push_back(*i);
    }
    QList<T> rows;
    while (OGRFeatureUniquePtr f{(*l)->GetNextFeature()}) {
        if (rows.size() % kCancelCheck == 0 && m_feedback.isCanceled())
            return canceled();
        T record;
        for (size_t c = 0; c < columns.size(); ++c)
            if (index[c] >= 0)
                readColumn(*f, index[c], record, columns[c]);
        if (extra)
            if (auto r = extra(*f, record); !r)
                return r.error();
        rows.append(std::move(record));
    }
    if (auto r = finish(name, rows.size()); !r)
        return r.error();
    return rows;
}

Result<AreaLayer> Reader::readAreaLayer(const QJsonObject& meta)
{
    AreaLayer out;
    out.sourceFile = meta.value(QStringLiteral("source_file")).toString();
    out.layerName = meta.value(QStringLiteral("source_layer")).toString();
    out.level = kLevels.value(meta.value(QStringLiteral("level")).toString()).value_or(AreaLevel::Other);
    out.populationField = meta.value(QStringLiteral("population_field")).toString();
    out.crsName = meta.value(QStringLiteral("crs")).toString();
    const QString table = meta.value(QStringLiteral("table")).toString();
    if (table.isEmpty())
        return out;
    auto l = layer(table);
    if (!l)
        return l.error();
    const QStringList fixedNames = {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("level"), QStringLiteral("wijk_code"),
                                    QStringLiteral("gemeente_code"), kSuppressedColumn};
    std::vector<int> fixed;
    for (const QString& c : fixedNames) {
        auto i = fieldIndex(*l, c);
        if (!i)
            return i.error();
        fixed.push_back(*i);
    }
    struct ColumnRef {
        QString field;
        int index;
    };
    QList<ColumnRef> numeric, text;
    QHash<QString, int> textIndexOf;
    for (const QJsonValue& v : meta.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        auto i = fieldIndex(*l, c.value(QStringLiteral("column")).toString());
        if (!i)
            return i.error();
        const QString field = c.value(QStringLiteral("field")).toString();
        if (c.value(QStringLiteral("type")).toString() == QLatin1String("number")) {
            numeric.append({field, *i});
        } else {
            text.append({field, *i});
            textIndexOf.insert(field, *i);
        }
    }
    QStringList numericNames, textNames;
    for (const ColumnRef& c : std::as_const(numeric))
        numericNames.append(c.field);
    for (const ColumnRef& c : std::as_const(text))
        textNames.append(c.field);
    const auto numericFields = std::make_shared<const FieldNames>(numericNames);
    const auto textFields = std::make_shared<const FieldNames>(textNames);
    while (OGRFeatureUniquePtr f{(*l)->GetNextFeature()}) {
        if (out.units.size() % kCancelCheck == 0 && m_feedback.isCanceled())
            return canceled();
        AreaUnit u;
        u.numbers = FieldValues<AttributeValue>(numericFields);
        u.texts = FieldValues<QString>(textFields);
        u.code = fieldText(*f, fixed[0]);
        u.name = fieldText(*f, fixed[1]);
        u.level = kLevels.value(fieldText(*f, fixed[2])).value_or(AreaLevel::Other);
        u.wijkCode = fieldText(*f, fixed[3]);
        u.gemeenteCode = fieldText(*f, fixed[4]);
        const QStringList suppressedList = listFromJson(fieldText(*f, fixed[5]));
        const QSet<QString> suppressed(suppressedList.begin(), suppressedList.end());
        for (const ColumnRef& c : std::as_const(numeric)) {
            if (f->IsFieldSetAndNotNull(c.index)) {
                u.numbers.insert(c.field, AttributeValue::of(f->GetFieldAsDouble(c.index)));
            } else if (suppressed.contains(c.field)) {
                u.numbers.insert(c.field, AttributeValue::suppressed());
            } else {
                // A field that is text in this unit (a mixed column of a CSV) has no numeric cell at all.
                const int t = textIndexOf.value(c.field, -1);
                if (t < 0 || !f->IsFieldSetAndNotNull(t))
                    u.numbers.insert(c.field, AttributeValue::missing());
            }
        }
        for (const ColumnRef& c : std::as_const(text))
            if (f->IsFieldSetAndNotNull(c.index))
                u.texts.insert(c.field, QString::fromUtf8(f->GetFieldAsString(c.index)));
        auto g = geometryOf(*f);
        if (!g)
            return damaged(ProjectReader::tr("the shape of area %1 cannot be read").arg(u.code));
        u.geometry = *g;
        out.units.append(std::move(u));
    }
    if (auto r = finish(table, out.units.size()); !r)
        return r.error();
    if (meta.value(QStringLiteral("count")).toDouble() != static_cast<double>(out.units.size()))
        return damaged(ProjectReader::tr("the table \"%1\" has %2 rows instead of %3")
                           .arg(table)
                           .arg(out.units.size())
                           .arg(meta.value(QStringLiteral("count")).toDouble()));
    return out;
}

Result<void> Reader::readLabels(const QString& text, GroupTable& table) const
{
    const QString where = ProjectReader::tr("the labels of the group table \"%1\"").arg(table.characteristic);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(where, error.errorString());
    const QJsonObject o = doc.object();
    const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
    if (groups.size() > table.groupCount())
        return damaged(where);
    auto characteristic = LocalizedText::fromJson(o.value(QStringLiteral("characteristic")), where, true);
    if (!characteristic)
        return damaged(characteristic.error().message);
    table.characteristicLabels = *characteristic;
    for (const QJsonValue& g : groups) {
        auto label = LocalizedText::fromJson(g, where, true);
        if (!label)
            return damaged(label.error().message);
        table.groupLabels.append(*label);
    }
    if (o.contains(QStringLiteral("assumption"))) {
        auto assumption = LocalizedText::fromJson(o.value(QStringLiteral("assumption")), where, true);
        if (!assumption)
            return damaged(assumption.error().message);
        table.assumption = *assumption;
    }
    return {};
}

Result<void> Reader::readGroupTables(Dataset& ds)
{
    auto tables = readRecords<GroupTableRow>(kGroupTablesTable, kGroupTableColumns);
    if (!tables)
        return tables.error();
    auto counts = readRecords<GroupCountRow>(kGroupCountsTable, kGroupCountColumns);
    if (!counts)
        return counts.error();
    // Cells were written table by table, unit-major; the order and the ids are checked, not trusted.
    qsizetype next = 0;
    for (qsizetype t = 0; t < tables->size(); ++t) {
        const GroupTableRow& row = tables->at(t);
        GroupTable table;
        table.characteristic = row.characteristic;
        table.groups = row.groups;
        table.ordered = row.ordered;
        table.estimated = row.estimated;
        table.sourceColumns = row.sourceColumns;
        table.assumption = LocalizedText(row.assumption);
        table.unitIds = row.unitIds;
        if (row.labels)
            if (auto r = readLabels(*row.labels, table); !r)
                return r.error();
        table.resize(table.unitCount());
        for (qsizetype u = 0; u < table.unitCount(); ++u) {
            for (qsizetype g = 0; g < table.groupCount(); ++g, ++next) {
                if (next >= counts->size())
                    return damaged(ProjectReader::tr("the table \"%1\" ends early").arg(kGroupCountsTable));
                const GroupCountRow& c = counts->at(next);
                const auto state = kStates.value(c.state);
                if (c.tableId != t + 1 || c.unitId != table.unitIds[u] || c.group != table.groups[g] || !state)
                    return damaged(ProjectReader::tr("row %1 of the table \"%2\" does not belong where it is").arg(next + 1).arg(kGroupCountsTable));
                table.cell(u, g) = *state == AttributeValue::State::Value ? AttributeValue::of(c.count.value_or(0.0))
                                                                          : AttributeValue{*state, 0.0};
            }
        }
        (row.role == kAreasRole ? ds.areaComposition : ds.schoolComposition).append(std::move(table));
    }
    if (next != counts->size())
        return damaged(ProjectReader::tr("the table \"%1\" has rows of no group table").arg(kGroupCountsTable));
    return {};
}

Result<Project> Reader::run()
{
    ProjectSettings settings;
    {
        auto l = layer(kSettingsTable);
        if (!l)
            return l.error();
        auto key = fieldIndex(*l, QStringLiteral("key"));
        auto value = fieldIndex(*l, QStringLiteral("value"));
        if (!key || !value)
            return key ? value.error() : key.error();
        QHash<QString, QString> table;
        while (OGRFeatureUniquePtr f{(*l)->GetNextFeature()})
            table.insert(fieldText(*f, *key), fieldText(*f, *value));
        if (auto r = finish(kSettingsTable, table.size()); !r)
            return r.error();
        auto read = ProjectSettingsReader::read(table, m_shown);
        if (!read)
            return read.error();
        settings = std::move(*read);
    }
    m_counts = settings.counts;
    Project project = std::move(settings.project);
    auto ds = std::make_shared<Dataset>();
    ds->gemeenteCode = settings.gemeenteCode;
    // Projects saved before the name was filled in from the national list carry the code alone.
    ds->gemeenteName = settings.gemeenteName.isEmpty() ? GemeenteDirectory::embeddedName(settings.gemeenteCode) : settings.gemeenteName;
    ds->dataYear = settings.dataYear;
    ds->mappedAreaColumns = settings.mappedAreaColumns;
    ds->diagnostics = settings.diagnostics;

    m_feedback.setProgress(0.05, ProjectReader::tr("Reading the areas"));
    const QJsonObject& layerMeta = settings.layers;
    const std::pair<QString, AreaLayer Dataset::*> areaLayers[] = {
        {kAreasRole, &Dataset::areas}, {kWijkenRole, &Dataset::wijken}, {kPostcodesRole, &Dataset::postcodes}};
    for (const auto& [role, member] : areaLayers) {
        if (!layerMeta.contains(role))
            return damaged(ProjectReader::tr("the description of its %1 layer is missing").arg(role));
        auto layer = readAreaLayer(layerMeta.value(role).toObject());
        if (!layer)
            return layer.error();
        (*ds).*member = std::move(*layer);
        m_feedback.setProgress(role == kAreasRole ? 0.45 : 0.55, ProjectReader::tr("Reading the areas"));
    }

    {
        auto gemeente = readRecords<SourceRow>(kGemeenteLayer, std::span<const Column<SourceRow>>{},
                                               [&ds](const OGRFeature& f, SourceRow&) -> Result<void> {
                                                   auto g = geometryOf(f);
                                                   if (!g)
                                                       return g.error();
                                                   ds->boundary = *g;
                                                   return {};
                                               });
        if (!gemeente)
            return damaged(ProjectReader::tr("the gemeente boundary cannot be read"));
    }

    m_feedback.setProgress(0.6, ProjectReader::tr("Reading the schools"));
    auto schools = readRecords<School>(kSchoolsLayer, kSchoolColumns, [](const OGRFeature& f, School& s) -> Result<void> {
        if (const auto* p = f.GetGeometryRef(); p && !p->IsEmpty() && wkbFlatten(p->getGeometryType()) == wkbPoint)
            s.location = QPointF(p->toPoint()->getX(), p->toPoint()->getY());
        return {};
    });
    if (!schools)
        return schools.error();
    ds->schools = std::move(*schools);
    auto vve = readRecords<VveLocation>(kVveLayer, kVveColumns, [](const OGRFeature& f, VveLocation& v) -> Result<void> {
        if (const auto* p = f.GetGeometryRef(); p && !p->IsEmpty() && wkbFlatten(p->getGeometryType()) == wkbPoint)
            v.location = QPointF(p->toPoint()->getX(), p->toPoint()->getY());
        return {};
    });
    if (!vve)
        return vve.error();
    ds->vveLocations = std::move(*vve);

    m_feedback.setProgress(0.7, ProjectReader::tr("Reading the pupil flows and group tables"));
    auto flows = readRecords<PupilFlow>(kPupilFlowsTable, kPupilFlowColumns);
    if (!flows)
        return flows.error();
    ds->pupilFlows = std::move(*flows);
    if (auto r = readGroupTables(*ds); !r)
        return r.error();
    auto weging = readRecords<SchoolwegingRecord>(kSchoolwegingTable, kSchoolwegingColumns);
    if (!weging)
        return weging.error();
    ds->schoolwegingHistory = std::move(*weging);

    m_feedback.setProgress(0.9, ProjectReader::tr("Reading the sources"));
    auto summaries = readRecords<FieldSummaryRow>(kFieldSummariesTable, kFieldSummaryColumns);
    if (!summaries)
        return summaries.error();
    for (const FieldSummaryRow& f : std::as_const(*summaries)) {
        AreaLayer& target = f.layer == kWijkenRole ? ds->wijken : f.layer == kPostcodesRole ? ds->postcodes : ds->areas;
        target.fields.append(FieldSummary{f.name, f.numeric, f.valid, f.missing, f.suppressed});
    }
    auto sources = readRecords<SourceRow>(kSourcesTable, kSourceColumns);
    if (!sources)
        return sources.error();
    for (const SourceRow& s : std::as_const(*sources))
        ds->sources.append(s.source);

    if (const auto problem = ProjectReader::implausibleValue(*ds))
        return fail(ErrorCode::InvalidValue,
                    ProjectReader::tr("The project %1 holds a value that cannot be right: %2. The file was changed outside "
                                      "Mengkaart or is damaged; open an earlier copy, or save the project again from its source files.")
                        .arg(m_shown, *problem));
    project.dataset = std::move(ds);
    m_feedback.setProgress(1.0);
    return project;
}

} // namespace

std::optional<QString> ProjectReader::implausibleValue(const Dataset& ds)
{
    const QLocale locale;
    using Kind = PlausibleRange::Kind;
    // "school 04QC00, pupils: 4.3e+09 (from 0 to 10,000)"
    const auto check = [&](std::optional<double> value, Kind kind, const QString& what) -> std::optional<QString> {
        const PlausibleRange range = PlausibleRange::of(kind);
        if (!value || range.contains(*value))
            return std::nullopt;
        return tr("%1 is %2 (it must lie between %3 and %4)")
            .arg(what, locale.toString(*value, 'g', 6), locale.toString(range.min(), 'g', 8), locale.toString(range.max(), 'g', 8));
    };
    for (const School& s : ds.schools) {
        const std::pair<std::optional<double>, std::pair<Kind, QString>> fields[] = {
            {s.pupils, {Kind::PupilsPerSchool, tr("the pupils of school %1").arg(s.id)}},
            {s.capacity ? std::optional<double>(*s.capacity) : std::nullopt, {Kind::PupilsPerSchool, tr("the capacity of school %1").arg(s.id)}},
            {s.schoolweging, {Kind::Schoolweging, tr("the schoolweging of school %1").arg(s.id)}},
            {s.schoolwegingSpread, {Kind::SchoolwegingSpread, tr("the schoolweging spread of school %1").arg(s.id)}},
            {static_cast<double>(s.pupilsSuppressedCells), {Kind::PupilsPerSchool, tr("the suppressed cells of school %1").arg(s.id)}}};
        for (const auto& [value, what] : fields)
            if (auto problem = check(value, what.first, what.second))
                return problem;
    }
    for (const SchoolwegingRecord& r : ds.schoolwegingHistory)
        for (const auto& [value, kind] : {std::pair{std::optional<double>(r.schoolweging), Kind::Schoolweging},
                                          std::pair{r.spread, Kind::SchoolwegingSpread}, std::pair{r.pupils, Kind::PupilsPerSchool}})
            if (auto problem = check(value, kind, tr("the schoolweging record of %1 (%2)").arg(r.ovt, r.period)))
                return problem;
    for (const PupilFlow& f : ds.pupilFlows)
        for (const double value : {f.knownPupils, static_cast<double>(f.suppressedCells)})
            if (auto problem = check(value, Kind::PupilsPerSchool, tr("the pupil flow of school %1 from %2").arg(f.schoolId, f.homePostcode)))
                return problem;
    for (const QList<GroupTable>* tables : {&ds.areaComposition, &ds.schoolComposition})
        for (const GroupTable& t : *tables)
            for (qsizetype u = 0; u < t.unitCount(); ++u)
                for (qsizetype g = 0; g < t.groupCount(); ++g)
                    if (t.cell(u, g).hasValue())
                        if (auto problem = check(t.cell(u, g).number, Kind::InhabitantsPerArea,
                                                 tr("the count of \"%1\" in %2 of the table \"%3\"").arg(t.groups[g], t.unitIds.value(u), t.characteristic)))
                            return problem;
    for (const AreaLayer* layer : {&ds.areas, &ds.wijken, &ds.postcodes})
        if (!layer->populationField.isEmpty())
            for (const AreaUnit& u : layer->units)
                if (const AttributeValue v = u.number(layer->populationField); v.hasValue())
                    if (auto problem = check(v.number, PlausibleRange::Kind::InhabitantsPerArea,
                                             tr("the population of area %1").arg(u.code)))
                        return problem;
    return std::nullopt;
}

Error ProjectReader::notAProject(const QString& shown)
{
    return fail(ErrorCode::UnknownFormat, tr("%1 is a GeoPackage, but not a Mengkaart project. Open it in QGIS, or start a new "
                                             "analysis with it as the area file.")
                                              .arg(shown));
}

Error ProjectReader::damaged(const QString& shown, const QString& detail)
{
    return fail(ErrorCode::ReadFailed,
                tr("The project %1 is damaged or incomplete and cannot be opened (for example a copy that was cut off). "
                   "Open an earlier copy of it, or the recovered copy if Mengkaart offers one.")
                    .arg(shown),
                detail);
}

Result<Project> ProjectReader::read(GDALDataset& dataset, const QString& shown, Feedback& feedback)
{
    Reader reader(dataset, shown, feedback);
    return reader.run();
}

} // namespace Mk::detail
