// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectwriter_p.h"

#include "base/feedback.h"
#include "geo/geometry.h"
#include "io/gdalerrorcapture_p.h"
#include "project/catchmentoptionsjson.h"
#include "project/project.h"
#include "project/projectcolumns_p.h"
#include "project/projectfile.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>
#include <memory>
#include <span>

namespace Mk::detail {

namespace {

using namespace ProjectSchema;

/** How often (in features) a long write looks at the cancel flag. */
constexpr int kCancelCheck = 512;

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

std::unique_ptr<OGRGeometry> toOgr(const Geometry* g)
{
    if (!g || g->isNull() || g->isEmpty())
        return nullptr;
    const QByteArray wkb = g->toWkb();
    OGRGeometry* out = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &out, wkb.size()) != OGRERR_NONE)
        return nullptr;
    return std::unique_ptr<OGRGeometry>(out);
}

/** The one geometry type of all geometries; polygons mixed with multipolygons become multipolygons. */
OGRwkbGeometryType commonType(const std::vector<std::unique_ptr<OGRGeometry>>& geometries, OGRwkbGeometryType empty)
{
    std::optional<OGRwkbGeometryType> type;
    for (const auto& g : geometries) {
        if (!g)
            continue;
        const OGRwkbGeometryType t = wkbFlatten(g->getGeometryType());
        if (!type)
            type = t;
        else if (*type != t) {
            const bool polygons = (*type == wkbPolygon || *type == wkbMultiPolygon) && (t == wkbPolygon || t == wkbMultiPolygon);
            return polygons ? wkbMultiPolygon : wkbUnknown;
        }
    }
    return type.value_or(empty);
}

class Writer
{
public:
    Writer(GDALDataset& ds, const QString& shown, Feedback& feedback) : m_ds(ds), m_shown(shown), m_feedback(feedback)
    {
        m_rd.importFromEPSG(28992);
        m_rd.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }

    Result<void> run(const Project& project);

private:
    Error writeError(const QString& what) const
    {
        return fail(ErrorCode::WriteFailed,
                    ProjectWriter::tr("Could not write %1 to the project %2. Check that the disk is not full and that you "
                                      "may write in its folder, then save again.")
                        .arg(what, m_shown),
                    GdalErrorCapture::lastMessage());
    }
    static Error canceled() { return fail(ErrorCode::Canceled, ProjectWriter::tr("Saving was canceled; the previous file is unchanged.")); }

    Result<OGRLayer*> createLayer(const QString& name, OGRwkbGeometryType type, const QString& description);
    Result<void> createField(OGRLayer* layer, OGRFieldDefn& definition);
    Result<void> begin(const QString& name);
    Result<void> commit(const QString& name, qsizetype count);

    template<typename T>
    Result<void> writeRecords(const QString& name, std::span<const Column<T>> columns, const QList<T>& rows,
                              const QString& description, OGRwkbGeometryType type = wkbNone,
                              const std::function<std::unique_ptr<OGRGeometry>(const T&)>& geometry = {});
    Result<void> writeAreaLayer(const AreaLayer& layer, const QString& role, const QString& table, const QString& description,
                                QJsonObject& layers);
    Result<void> writeGemeente(const Dataset& ds);
    Result<void> writeGroupTables(const Dataset& ds);
    Result<void> writeSettings(const Project& project, const QJsonObject& layers);

    GDALDataset& m_ds;
    QString m_shown;
    Feedback& m_feedback;
    OGRSpatialReference m_rd;
    QJsonObject m_counts;
};

Result<OGRLayer*> Writer::createLayer(const QString& name, OGRwkbGeometryType type, const QString& description)
{
    const QByteArray native = name.toUtf8();
    const QByteArray text = description.toUtf8();
    char** options = CSLSetNameValue(nullptr, "IDENTIFIER", native.constData());
    options = CSLSetNameValue(options, "DESCRIPTION", text.constData());
    OGRLayer* layer = m_ds.CreateLayer(native.constData(), type == wkbNone ? nullptr : &m_rd, type, options);
    CSLDestroy(options);
    if (!layer)
        return writeError(ProjectWriter::tr("the table %1").arg(name));
    return layer;
}

Result<void> Writer::createField(OGRLayer* layer, OGRFieldDefn& definition)
{
    if (layer->CreateField(&definition) != OGRERR_NONE)
        return writeError(ProjectWriter::tr("the column %1 of %2").arg(QString::fromUtf8(definition.GetNameRef()),
                                                                      QString::fromUtf8(layer->GetName())));
    return {};
}

Result<void> Writer::begin(const QString& name)
{
    if (m_feedback.isCanceled())
        return canceled();
    if (m_ds.StartTransaction() != OGRERR_NONE)
        return writeError(ProjectWriter::tr("the table %1").arg(name));
    return {};
}

Result<void> Writer::commit(const QString& name, qsizetype count)
{
    if (m_ds.CommitTransaction() != OGRERR_NONE)
        return writeError(ProjectWriter::tr("the table %1").arg(name));
    m_counts.insert(name, static_cast<double>(count));
    return {};
}

template<typename T>
Result<void> Writer::writeRecords(const QString& name, std::span<const Column<T>> columns, const QList<T>& rows,
                                  const QString& description, OGRwkbGeometryType type,
                                  const std::function<std::unique_ptr<OGRGeometry>(const T&)>& geometry)
{
    auto layer = createLayer(name, type, description);
    if (!layer)
        return layer.error();
    for (const Column<T>& c : columns) {
        const auto [type, subtype] = fieldType(c);
        OGRFieldDefn def(c.name, type);
        def.SetSubType(subtype);
        if (auto r = createField(*layer, def); !r)
            return r;
    }
    if (auto r = begin(name); !r)
        return r;
    std::vector<int> index;
    for (const Column<T>& c : columns)
        index.push_back((*layer)->GetLayerDefn()->GetFieldIndex(c.name));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i % kCancelCheck == 0 && m_feedback.isCanceled())
            return canceled();
        OGRFeature feature((*layer)->GetLayerDefn());
        for (size_t c = 0; c < columns.size(); ++c)
            writeColumn(feature, index[c], rows[i], columns[c]);
        if (geometry)
            if (auto g = geometry(rows[i]))
                feature.SetGeometryDirectly(g.release());
        if ((*layer)->CreateFeature(&feature) != OGRERR_NONE)
            return writeError(ProjectWriter::tr("row %1 of %2").arg(i + 1).arg(name));
    }
    return commit(name, rows.size());
}

Result<void> Writer::writeAreaLayer(const AreaLayer& layer, const QString& role, const QString& table, const QString& description,
                                    QJsonObject& layers)
{
    QJsonObject meta{{QStringLiteral("table"), layer.units.isEmpty() ? QString() : table},
                     {QStringLiteral("source_file"), layer.sourceFile},
                     {QStringLiteral("source_layer"), layer.layerName},
                     {QStringLiteral("level"), kLevels.key(layer.level)},
                     {QStringLiteral("population_field"), layer.populationField},
                     {QStringLiteral("crs"), layer.crsName},
                     {QStringLiteral("count"), static_cast<double>(layer.units.size())}};
    if (layer.units.isEmpty()) {
        layers.insert(role, meta);
        return {};
    }

    // Columns in the order of the field summaries (the source's order), then any other field sorted.
    QSet<QString> numericSet, textSet;
    for (const AreaUnit& u : layer.units) {
        for (auto it = u.numbers.cbegin(); it != u.numbers.cend(); ++it)
            numericSet.insert(it.key());
        for (auto it = u.texts.cbegin(); it != u.texts.cend(); ++it)
            textSet.insert(it.key());
    }
    QStringList numeric, text;
    for (const FieldSummary& f : layer.fields) {
        if (numericSet.remove(f.name))
            numeric.append(f.name);
        if (textSet.remove(f.name))
            text.append(f.name);
    }
    QStringList restNumeric(numericSet.begin(), numericSet.end()), restText(textSet.begin(), textSet.end());
    restNumeric.sort();
    restText.sort();
    numeric += restNumeric;
    text += restText;

    std::vector<std::unique_ptr<OGRGeometry>> geometries;
    geometries.reserve(static_cast<size_t>(layer.units.size()));
    for (const AreaUnit& u : layer.units) {
        geometries.push_back(toOgr(u.geometry.get()));
        if (!geometries.back() && u.geometry && !u.geometry->isEmpty())
            return writeError(ProjectWriter::tr("the shape of area %1").arg(u.code));
    }
    const OGRwkbGeometryType type = commonType(geometries, wkbMultiPolygon);

    auto created = createLayer(table, type, description);
    if (!created)
        return created.error();
    OGRLayer* ogr = *created;
    const QStringList fixed = {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("level"), QStringLiteral("wijk_code"),
                               QStringLiteral("gemeente_code"), kSuppressedColumn};
    QSet<QString> used = {QStringLiteral("fid"), QStringLiteral("geom")};
    for (const QString& c : fixed) {
        OGRFieldDefn def(c.toUtf8().constData(), OFTString);
        if (auto r = createField(ogr, def); !r)
            return r;
        used.insert(c);
    }
    // SQLite column names are case-insensitive: a clash gets a numbered suffix.
    auto columnFor = [&used](const QString& field) {
        QString column = field.isEmpty() ? QStringLiteral("field") : field;
        for (int n = 2; used.contains(column.toLower()); ++n)
            column = field + QStringLiteral("_%1").arg(n);
        used.insert(column.toLower());
        return column;
    };
    QJsonArray columnMap;
    QStringList numericColumns, textColumns;
    for (const QString& f : std::as_const(numeric)) {
        numericColumns.append(columnFor(f));
        columnMap.append(QJsonObject{{QStringLiteral("field"), f}, {QStringLiteral("column"), numericColumns.last()},
                                     {QStringLiteral("type"), QStringLiteral("number")}});
        OGRFieldDefn def(numericColumns.last().toUtf8().constData(), OFTReal);
        if (auto r = createField(ogr, def); !r)
            return r;
    }
    for (const QString& f : std::as_const(text)) {
        textColumns.append(columnFor(f));
        columnMap.append(QJsonObject{{QStringLiteral("field"), f}, {QStringLiteral("column"), textColumns.last()},
                                     {QStringLiteral("type"), QStringLiteral("text")}});
        OGRFieldDefn def(textColumns.last().toUtf8().constData(), OFTString);
        if (auto r = createField(ogr, def); !r)
            return r;
    }
    meta.insert(QStringLiteral("columns"), columnMap);
    layers.insert(role, meta);

    OGRFeatureDefn* defn = ogr->GetLayerDefn();
    auto indexOf = [defn](const QString& column) { return defn->GetFieldIndex(column.toUtf8().constData()); };
    std::vector<int> fixedIndex, numericIndex, textIndex;
    for (const QString& c : fixed)
        fixedIndex.push_back(indexOf(c));
    for (const QString& c : std::as_const(numericColumns))
        numericIndex.push_back(indexOf(c));
    for (const QString& c : std::as_const(textColumns))
        textIndex.push_back(indexOf(c));

    if (auto r = begin(table); !r)
        return r;
    for (qsizetype i = 0; i < layer.units.size(); ++i) {
        if (i % kCancelCheck == 0 && m_feedback.isCanceled())
            return canceled();
        const AreaUnit& u = layer.units[i];
        OGRFeature feature(defn);
        const QString values[] = {u.code, u.name, kLevels.key(u.level), u.wijkCode, u.gemeenteCode};
        for (int k = 0; k < 5; ++k)
            feature.SetField(fixedIndex[static_cast<size_t>(k)], values[k].toUtf8().constData());
        QStringList suppressed;
        for (qsizetype k = 0; k < numeric.size(); ++k) {
            const int index = numericIndex[static_cast<size_t>(k)];
            const auto it = u.numbers.constFind(numeric[k]);
            if (it != u.numbers.cend() && it->hasValue())
                feature.SetField(index, it->number);
            else
                feature.SetFieldNull(index);
            if (it != u.numbers.cend() && it->isSuppressed())
                suppressed.append(numeric[k]);
        }
        if (suppressed.isEmpty())
            feature.SetFieldNull(fixedIndex[5]);
        else
            feature.SetField(fixedIndex[5], jsonList(suppressed).toUtf8().constData());
        for (qsizetype k = 0; k < text.size(); ++k) {
            const int index = textIndex[static_cast<size_t>(k)];
            const auto it = u.texts.constFind(text[k]);
            if (it != u.texts.cend())
                feature.SetField(index, it->toUtf8().constData());
            else
                feature.SetFieldNull(index);
        }
        auto& g = geometries[static_cast<size_t>(i)];
        if (g)
            feature.SetGeometryDirectly(type == wkbMultiPolygon && wkbFlatten(g->getGeometryType()) == wkbPolygon
                                            ? OGRGeometryFactory::forceToMultiPolygon(g.release())
                                            : g.release());
        if (ogr->CreateFeature(&feature) != OGRERR_NONE)
            return writeError(ProjectWriter::tr("area %1").arg(u.code));
    }
    return commit(table, layer.units.size());
}

Result<void> Writer::writeGemeente(const Dataset& ds)
{
    auto created = createLayer(kGemeenteLayer, wkbMultiPolygon, ProjectWriter::tr("Boundary of the gemeente"));
    if (!created)
        return created.error();
    OGRLayer* layer = *created;
    for (const char* name : {"code", "name", "data_year"}) {
        OGRFieldDefn def(name, OFTString);
        if (auto r = createField(layer, def); !r)
            return r;
    }
    if (auto r = begin(kGemeenteLayer); !r)
        return r;
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("code", ds.gemeenteCode.toUtf8().constData());
    feature.SetField("name", ds.gemeenteName.toUtf8().constData());
    feature.SetField("data_year", ds.dataYear.toUtf8().constData());
    if (auto g = toOgr(ds.boundary.get()))
        feature.SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(g.release()));
    if (layer->CreateFeature(&feature) != OGRERR_NONE)
        return writeError(ProjectWriter::tr("the gemeente boundary"));
    return commit(kGemeenteLayer, 1);
}

/** GroupTableRow::labels of `t`: null when a reader needs nothing but the names and the assumption column. */
std::optional<QString> labelsJson(const GroupTable& t)
{
    const bool groupLabels = std::any_of(t.groupLabels.begin(), t.groupLabels.end(), [](const LocalizedText& l) { return !l.isEmpty(); });
    if (t.characteristicLabels.isEmpty() && !groupLabels && !t.assumption.isByLanguage())
        return std::nullopt;
    QJsonArray groups;
    for (const LocalizedText& l : t.groupLabels)
        groups.append(l.toJson());
    const QJsonObject o{{QStringLiteral("characteristic"), t.characteristicLabels.toJson()},
                        {QStringLiteral("groups"), groups},
                        {QStringLiteral("assumption"), t.assumption.toJson()}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<void> Writer::writeGroupTables(const Dataset& ds)
{
    QList<GroupTableRow> tables;
    QList<GroupCountRow> counts;
    auto add = [&](const QList<GroupTable>& list, const QString& role) {
        for (const GroupTable& t : list) {
            tables.append(GroupTableRow{role, t.characteristic, t.groups, t.ordered, t.estimated, t.sourceColumns,
                                        t.assumption.text(QStringLiteral("en")), t.unitIds, labelsJson(t)});
            const int tableId = static_cast<int>(tables.size()); // the fid of the row just added
            for (qsizetype u = 0; u < t.unitCount(); ++u) {
                for (qsizetype g = 0; g < t.groupCount(); ++g) {
                    const AttributeValue& v = t.cell(u, g);
                    counts.append(GroupCountRow{tableId, t.unitIds[u], t.groups[g],
                                                v.hasValue() ? std::optional<double>(v.number) : std::nullopt, kStates.key(v.state)});
                }
            }
        }
    };
    add(ds.areaComposition, kAreasRole);
    add(ds.schoolComposition, kSchoolsLayer);
    if (auto r = writeRecords<GroupTableRow>(kGroupTablesTable, kGroupTableColumns, tables,
                                             ProjectWriter::tr("Group tables: one characteristic per row (areas or schools)"));
        !r)
        return r;
    return writeRecords<GroupCountRow>(kGroupCountsTable, kGroupCountColumns, counts,
                                       ProjectWriter::tr("Counts per unit and group; state is value, missing or suppressed"));
}

Result<void> Writer::writeSettings(const Project& project, const QJsonObject& layers)
{
    const Dataset& ds = *project.dataset;
    QJsonArray diagnostics;
    for (const Diagnostic& d : ds.diagnostics.items())
        diagnostics.append(QJsonObject{{QStringLiteral("severity"), kSeverities.key(d.severity)},
                                       {QStringLiteral("message"), d.message},
                                       {QStringLiteral("subject"), d.subjectId}});
    QJsonArray scenarios;
    for (const Scenario& s : project.scenarios)
        scenarios.append(s.toJson());
    const std::pair<const char*, QString> entries[] = {
        {"format", kFormatName},
        {"format_version", QString::number(ProjectFile::kFormatVersion)},
        {"saved_by", QStringLiteral("Mengkaart %1").arg(QCoreApplication::applicationVersion())},
        {"name", project.name},
        {"gemeente_code", ds.gemeenteCode},
        {"gemeente_name", ds.gemeenteName},
        {"data_year", ds.dataYear},
        {"mapped_area_columns", jsonList(ds.mappedAreaColumns)},
        {"diagnostics", compact(diagnostics)},
        {"layers", compact(layers)},
        {"counts", compact(m_counts)},
        {"catchment_options", compact(CatchmentOptionsJson::toJson(project.catchments))},
        {"privacy_threshold", QString::number(project.privacyThreshold, 'g', 17)},
        {"goals", compact(LeaGoal::toJson(project.goals))},
        {"view", compact(project.view)},
        {"scenarios", compact(scenarios)},
    };
    auto created = createLayer(kSettingsTable, wkbNone, ProjectWriter::tr("Mengkaart project settings (key, value; JSON where structured)"));
    if (!created)
        return created.error();
    for (const char* name : {"key", "value"}) {
        OGRFieldDefn def(name, OFTString);
        if (auto r = createField(*created, def); !r)
            return r;
    }
    if (auto r = begin(kSettingsTable); !r)
        return r;
    for (const auto& [key, value] : entries) {
        OGRFeature feature((*created)->GetLayerDefn());
        feature.SetField("key", key);
        feature.SetField("value", value.toUtf8().constData());
        if ((*created)->CreateFeature(&feature) != OGRERR_NONE)
            return writeError(ProjectWriter::tr("the setting %1").arg(QLatin1String(key)));
    }
    if (m_ds.CommitTransaction() != OGRERR_NONE)
        return writeError(kSettingsTable);
    return {};
}

Result<void> Writer::run(const Project& project)
{
    const Dataset& ds = *project.dataset;
    QJsonObject layers;
    auto step = [this](double fraction, const QString& what) { m_feedback.setProgress(fraction, what); };

    step(0.0, ProjectWriter::tr("Saving the areas"));
    if (auto r = writeAreaLayer(ds.areas, kAreasRole, areasLayerName(ds.areas.level),
                                ProjectWriter::tr("Analysis areas of %1 with their CBS attributes").arg(ds.gemeenteName), layers);
        !r)
        return r;
    step(0.45, ProjectWriter::tr("Saving the wijken and postcodes"));
    if (auto r = writeAreaLayer(ds.wijken, kWijkenRole, kWijkenLayer, ProjectWriter::tr("Wijken of %1").arg(ds.gemeenteName), layers); !r)
        return r;
    if (auto r = writeAreaLayer(ds.postcodes, kPostcodesRole, kPostcodesLayer,
                                ProjectWriter::tr("Postcode areas (PC4) with CBS statistics"), layers);
        !r)
        return r;
    if (auto r = writeGemeente(ds); !r)
        return r;
    step(0.6, ProjectWriter::tr("Saving the schools"));
    const std::function<std::unique_ptr<OGRGeometry>(const School&)> schoolPoint = [](const School& s) {
        return s.location ? std::make_unique<OGRPoint>(s.location->x(), s.location->y()) : nullptr;
    };
    if (auto r = writeRecords<School>(kSchoolsLayer, kSchoolColumns, ds.schools,
                                      ProjectWriter::tr("School vestigingen; a school that could not be placed has no geometry"),
                                      wkbPoint, schoolPoint);
        !r)
        return r;
    const std::function<std::unique_ptr<OGRGeometry>(const VveLocation&)> vvePoint = [](const VveLocation& v) {
        return v.location ? std::make_unique<OGRPoint>(v.location->x(), v.location->y()) : nullptr;
    };
    if (auto r = writeRecords<VveLocation>(kVveLayer, kVveColumns, ds.vveLocations, ProjectWriter::tr("VVE and kinderopvang locations"),
                                           wkbPoint, vvePoint);
        !r)
        return r;
    step(0.7, ProjectWriter::tr("Saving the pupil flows and group tables"));
    if (auto r = writeRecords<PupilFlow>(kPupilFlowsTable, kPupilFlowColumns, ds.pupilFlows,
                                         ProjectWriter::tr("Pupils per school by home postcode (DUO)"));
        !r)
        return r;
    if (auto r = writeGroupTables(ds); !r)
        return r;
    step(0.9, ProjectWriter::tr("Saving the schoolweging, sources and settings"));
    if (auto r = writeRecords<SchoolwegingRecord>(kSchoolwegingTable, kSchoolwegingColumns, ds.schoolwegingHistory,
                                                  ProjectWriter::tr("Schoolweging per school and year (Inspectie)"));
        !r)
        return r;
    QList<FieldSummaryRow> summaries;
    const std::pair<QString, const AreaLayer*> areaLayers[] = {
        {kAreasRole, &ds.areas}, {kWijkenRole, &ds.wijken}, {kPostcodesRole, &ds.postcodes}};
    for (const auto& [role, layer] : areaLayers)
        for (const FieldSummary& f : layer->fields)
            summaries.append(FieldSummaryRow{role, f.name, f.numeric, f.valid, f.missing, f.suppressed});
    if (auto r = writeRecords<FieldSummaryRow>(kFieldSummariesTable, kFieldSummaryColumns, summaries,
                                               ProjectWriter::tr("Valid, missing and suppressed cells per field of each area layer"));
        !r)
        return r;
    QList<SourceRow> sources;
    for (const QString& s : ds.sources)
        sources.append(SourceRow{s});
    if (auto r = writeRecords<SourceRow>(kSourcesTable, kSourceColumns, sources, ProjectWriter::tr("Data sources, years and licences")); !r)
        return r;
    return writeSettings(project, layers);
}

} // namespace

Result<void> ProjectWriter::write(const QString& path, const QString& shown, const Project& project, Feedback& feedback)
{
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return fail(ErrorCode::Internal, tr("This installation of GDAL cannot write GeoPackages."));
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return fail(ErrorCode::WriteFailed,
                    tr("Could not create the project %1. Check that the folder exists and that you may write there.").arg(shown),
                    GdalErrorCapture::lastMessage());
    Writer writer(*ds, shown, feedback);
    if (auto r = writer.run(project); !r)
        return r;
    // Closing flushes SQLite; a failure here is a failed save.
    CPLErrorReset();
    ds.reset();
    if (CPLGetLastErrorType() >= CE_Failure)
        return fail(ErrorCode::WriteFailed, tr("Could not finish writing the project %1. Check that the disk is not full.").arg(shown),
                    GdalErrorCapture::lastMessage());
    feedback.setProgress(1.0);
    return {};
}

} // namespace Mk::detail
