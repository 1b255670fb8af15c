// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/datasetloader.h"

#include "base/librarymessages.h"
#include "base/phaseclock.h"
#include "geo/coverageunion.h"
#include "geo/geometry.h"
#include "geo/georuntime.h"
#include "io/arealoader.h"
#include "io/columnmapping.h"
#include "io/compositionloader.h"
#include "io/gemeentedirectory.h"
#include "io/gemeenteselection.h"
#include "io/postcodeloader.h"
#include "io/pupilcountloader.h"
#include "io/pupilflowloader.h"
#include "io/schoolloader.h"
#include "io/schoolwegingloader.h"
#include "io/shortlist.h"
#include "io/sourceschema.h"
#include "io/vveloader.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <future>
#include <memory>
#include <utility>
#include <vector>

namespace Mk {

namespace {

/**
 * Publisher and licence of the embedded demo and national files, for the methods page (see SOURCES.md in
 * resources/demo/baarn and resources/national).
 * Stored untranslated in Dataset::sources; DatasetLoader::sourceText() translates them for each output.
 */
const std::pair<const char*, const char*> kDemoAttributions[] = {
    {"buurten_2024.gpkg", QT_TRANSLATE_NOOP("Mk::DataSources", "CBS Wijk- en Buurtkaart 2024, CC BY 4.0")},
    {"wijken_2022.gpkg", QT_TRANSLATE_NOOP("Mk::DataSources", "CBS Kerncijfers wijken en buurten 2022 (via R package tmap), CC BY 4.0")},
    {"cbs_pc4_kerncijfers", QT_TRANSLATE_NOOP("Mk::DataSources", "CBS statistieken per postcode (PC4), CC BY 4.0")},
    {"pc4_centroids_wgs84.csv", QT_TRANSLATE_NOOP("Mk::DataSources", "PC4 centroids, approximate positions, vintage unknown")},
    {"scholen_po_2024", QT_TRANSLATE_NOOP("Mk::DataSources", "DUO open onderwijsdata 2024, geocoded with the BAG (CC0)")},
    {"cbs_wijken_2022.gpkg", QT_TRANSLATE_NOOP("Mk::DataSources", "CBS Kerncijfers wijken en buurten 2022 (via R package tmap), CC BY 4.0")},
    {"scholen_nl_2024", QT_TRANSLATE_NOOP("Mk::DataSources", "DUO open onderwijsdata 2024, geocoded with the BAG (CC0) by edugis-repo/data-nl-scholen")},
    {"duo_", QT_TRANSLATE_NOOP("Mk::DataSources", "DUO open onderwijsdata")},
    {"inspectie_", QT_TRANSLATE_NOOP("Mk::DataSources", "Inspectie van het Onderwijs, schoolweging (computed by CBS)")},
};

QString demoAttribution(const QString& fileName)
{
    for (const auto& [prefix, text] : kDemoAttributions)
        if (fileName.startsWith(QLatin1String(prefix)))
            return QString::fromUtf8(text);
    return {};
}

/** The separator between a source's file and its attribution in Dataset::sources. */
const QString kAttributionSeparator = QStringLiteral(": ");

QString sourceLabel(const QString& path, const QString& layer = {})
{
    const bool demo = path.startsWith(QLatin1Char(':'));
    const QString name = demo ? QFileInfo(path).fileName() : path;
    QString label = layer.isEmpty() ? name : name + QStringLiteral(" (") + layer + QLatin1Char(')');
    const QString attribution = demo ? demoAttribution(name) : QString();
    return attribution.isEmpty() ? label : label + kAttributionSeparator + attribution;
}

/** Places an item without coordinates (School, VveLocation) at its PC4 centroid when the table has one. */
template<typename T>
void placeByPostcode(T& item, const QHash<QString, QPointF>& pc4Points)
{
    if (item.location)
        return;
    const auto it = pc4Points.constFind(item.postcode.left(4));
    if (it != pc4Points.constEnd()) {
        item.location = *it;
        item.placement = Placement::GeocodedPc4;
    }
}

/** "id name" of every item that has no location, for the diagnostics. */
template<typename T>
QStringList unplacedOf(const QList<T>& items)
{
    QStringList out;
    for (const T& item : items)
        if (!item.location)
            out.append(item.id + QLatin1Char(' ') + item.name);
    return out;
}

} // namespace

LoadRequest DatasetLoader::demoRequest()
{
    const QString dir = QStringLiteral(":/demo/baarn/");
    LoadRequest r;
    r.areasFile = dir + QStringLiteral("buurten_2024.gpkg");
    r.areasLayer = QStringLiteral("buurten");
    r.gemeente = QStringLiteral("GM0308");
    r.wijkenFile = dir + QStringLiteral("wijken_2022.gpkg");
    r.wijkenLayer = QStringLiteral("wijken");
    r.schoolsFile = dir + QStringLiteral("scholen_po_2024.gpkg");
    r.schoolsLayer = QStringLiteral("scholen_po");
    r.pupilsByPostcodeFile = dir + QStringLiteral("duo_leerlingen_po_postcode_leerling_2024.csv");
    r.mappingFile = dir + QStringLiteral("mapping.json");
    r.postcodeStatsFile = dir + QStringLiteral("cbs_pc4_kerncijfers_2024_v1.csv");
    r.postcodeCentroidsFile = dir + QStringLiteral("pc4_centroids_wgs84.csv");
    r.schoolwegingFile = dir + QStringLiteral("inspectie_schoolweging_per_jaar_2021-2024.csv");
    return r;
}

LoadRequest DatasetLoader::nationalRequest(const QString& gemeenteCode)
{
    const QString dir = QStringLiteral(":/national/");
    LoadRequest r;
    r.areasFile = dir + QStringLiteral("cbs_wijken_2022.gpkg");
    r.areasLayer = QStringLiteral("wijken");
    r.gemeente = gemeenteCode;
    r.schoolsFile = dir + QStringLiteral("scholen_nl_2024.gpkg");
    r.schoolsLayer = QStringLiteral("scholen");
    r.pupilsByPostcodeFile = dir + QStringLiteral("duo_leerlingen_po_vestiging_postcode_leerling_2024.csv");
    r.mappingFile = dir + QStringLiteral("mapping.json");
    r.postcodeStatsFile = dir + QStringLiteral("cbs_pc4_kerncijfers_2024_v1.csv");
    r.postcodeCentroidsFile = dir + QStringLiteral("pc4_centroids_wgs84.csv");
    r.schoolwegingFile = dir + QStringLiteral("inspectie_schoolweging_per_jaar_2021-2024.csv");
    return r;
}

Result<Dataset> DatasetLoader::loadDemo(Feedback& feedback)
{
    return load(demoRequest(), feedback);
}

Result<Dataset> DatasetLoader::load(const LoadRequest& request, Feedback& feedback)
{
    GeoRuntime::init();
    LibraryMessages heard; // GDAL, PROJ and GEOS warnings on this thread become notes of the data set
    auto loaded = loadFiles(request, feedback);
    if (loaded)
        loaded->diagnostics.append(heard.diagnostics());
    return loaded;
}

Result<Dataset> DatasetLoader::loadFiles(const LoadRequest& request, Feedback& feedback)
{
    if (request.areasFile.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("No area file was given. Choose the CBS Wijk- en Buurtkaart (buurten or wijken) of the gemeente."));
    Dataset ds;
    const auto canceled = [&] { return fail(ErrorCode::Canceled, tr("Loading was canceled.")); };

    std::optional<ColumnMapping> mapping;
    if (!request.mappingFile.isEmpty()) {
        auto m = ColumnMapping::load(request.mappingFile);
        if (!m)
            return m.error();
        mapping = std::move(m.value());
    }

    {
        StepFeedback step(feedback, 0.0, 0.5, tr("Reading areas"));
        AreaLoader::Columns columns;
        if (mapping)
            columns = {mapping->areaCodeColumn, mapping->areaNameColumn, mapping->populationColumn};
        const qsizetype firstAreas = ds.diagnostics.size();
        const PhaseClock::Scope timed("read areas");
        auto areas = AreaLoader::load(request.areasFile, request.areasLayer, request.gemeente, ds.diagnostics, step.get(), columns,
                                      AreaLoader::Validity::CheckAlongside);
        ds.diagnostics.setSourceFrom(firstAreas, QFileInfo(request.areasFile).fileName());
        if (!areas)
            return areas.error();
        ds.areas = std::move(areas.value());
    }
    // A user's own area file is credited as the mapping says (the embedded files carry their own attribution).
    const QString areasAttribution = mapping && !request.areasFile.startsWith(QLatin1Char(':')) ? mapping->attribution() : QString();
    ds.sources.append(sourceLabel(request.areasFile, ds.areas.layerName) + (areasAttribution.isEmpty() ? QString() : kAttributionSeparator + areasAttribution));
    {
        QSet<QString> codes;
        for (const auto& u : ds.areas.units)
            codes.insert(u.gemeenteCode);
        if (codes.size() == 1)
            ds.gemeenteCode = *codes.begin();
    }
    ds.gemeenteName = GemeenteSelection::commonText(ds.areas, SourceSchema::candidates(SourceColumn::GemeenteName));
    // A file without gemeente names (CBS wijken of tmap): the name from the national list, never a code alone.
    if (ds.gemeenteName.isEmpty())
        ds.gemeenteName = GemeenteDirectory::embeddedName(ds.gemeenteCode);
    if (!ds.areas.units.isEmpty()) {
        const AreaUnit& first = ds.areas.units.first();
        for (const QString& f : SourceSchema::candidates(SourceColumn::Year)) {
            if (first.numbers.contains(f) && first.numbers.value(f).hasValue()) {
                ds.dataYear = QString::number(static_cast<int>(first.numbers.value(f).number));
                break;
            }
            if (!first.texts.value(f).isEmpty()) {
                ds.dataYear = first.texts.value(f).left(4);
                break;
            }
        }
    }

    feedback.setProgress(0.5, tr("Building the gemeente boundary"));
    if (feedback.isCanceled())
        return canceled();
    // The boundary is built on a second thread while the other files are read. It merges copies of the (checked and
    // repaired) area geometries, made here, so that this thread can use the originals meanwhile without sharing a GEOS
    // object (GEOS computes some of a geometry's fields, such as its envelope, on first use). What GEOS says there
    // becomes notes of the data set as on this thread.
    const auto geometriesOf = [](const AreaLayer& layer) {
        // On this thread: copies made on a pool were slower (2.6 ms here, 5 ms on two threads for the national wijken),
        // as the threads' allocations contend in malloc.
        const PhaseClock::Scope timed("copying the areas for the boundary");
        std::vector<Geometry> parts;
        parts.reserve(static_cast<size_t>(layer.units.size()));
        for (const auto& u : layer.units)
            if (u.geometry)
                parts.push_back(u.geometry->clone());
        return parts;
    };
    const auto mergeBoundary = [](const std::vector<Geometry>& parts) {
        std::vector<const Geometry*> raw;
        raw.reserve(parts.size());
        for (const Geometry& p : parts)
            raw.push_back(&p);
        return coverageUnion(raw);
    };
    // A single gemeente needs its boundary now (it selects and marks the schools); so does a national load with schools,
    // which reads them meanwhile. Another national load merges it when something first asks (LazyGeometry).
    const bool boundaryNow = !ds.gemeenteCode.isEmpty() || !request.schoolsFile.isEmpty();
    std::future<std::pair<Geometry, Diagnostics>> boundaryTask;
    if (auto parts = boundaryNow ? geometriesOf(ds.areas) : std::vector<Geometry>(); !parts.empty())
        boundaryTask = std::async(std::launch::async, [parts = std::move(parts), mergeBoundary] {
            GeoRuntime::init();
            const LibraryMessages heard;
            const PhaseClock::Scope timed("boundary (second thread)");
            Geometry merged = mergeBoundary(parts);
            return std::pair<Geometry, Diagnostics>(std::move(merged), heard.diagnostics());
        });
    if (!boundaryNow)
        if (auto parts = geometriesOf(ds.areas); !parts.empty())
            ds.boundary = LazyGeometry::onFirstUse([parts = std::make_shared<const std::vector<Geometry>>(std::move(parts)), mergeBoundary] {
                // Whatever thread asks: no collector of this load listens any more, so what GEOS says goes to the log.
                GeoRuntime::init();
                const PhaseClock::Scope timed("boundary (on first use)");
                return mergeBoundary(*parts);
            });
    const auto joinBoundary = [&] {
        if (!boundaryTask.valid())
            return;
        const PhaseClock::Scope timed("waiting for the boundary");
        auto [merged, notes] = boundaryTask.get();
        ds.boundary = std::make_shared<const Geometry>(std::move(merged));
        ds.diagnostics.append(notes);
    };

    if (!request.wijkenFile.isEmpty()) {
        StepFeedback step(feedback, 0.6, 0.65, tr("Reading wijken"));
        const qsizetype firstWijken = ds.diagnostics.size();
        const PhaseClock::Scope timed("read wijken");
        auto wijken = AreaLoader::load(request.wijkenFile, request.wijkenLayer,
                                       ds.gemeenteCode.isEmpty() ? request.gemeente : ds.gemeenteCode, ds.diagnostics, step.get());
        ds.diagnostics.setSourceFrom(firstWijken, QFileInfo(request.wijkenFile).fileName());
        if (!wijken)
            return wijken.error();
        ds.wijken = std::move(wijken.value());
        ds.sources.append(sourceLabel(request.wijkenFile, ds.wijken.layerName));
    }

    // The PC4 points come first: they place schools without coordinates. The PC4 statistics come after the pupil flows,
    // when it is known which postcodes the gemeente keeps, so a national table with a row index is read for those only.
    AreaLayer pc4Centroids;
    if (!request.postcodeCentroidsFile.isEmpty()) {
        feedback.setProgress(0.65, tr("Reading postcode statistics"));
        const qsizetype firstPc = ds.diagnostics.size();
        auto points = PostcodeLoader::load({}, request.postcodeCentroidsFile, ds.diagnostics);
        ds.diagnostics.setSourceFrom(firstPc, QFileInfo(request.postcodeCentroidsFile).fileName());
        if (!points)
            return points.error();
        pc4Centroids = std::move(points.value());
    }
    for (const QString& f : {request.postcodeStatsFile, request.postcodeCentroidsFile})
        if (!f.isEmpty())
            ds.sources.append(sourceLabel(f));
    const QHash<QString, QPointF> pc4Points = PostcodeLoader::centroidsByCode(pc4Centroids);

    if (!request.schoolsFile.isEmpty()) {
        StepFeedback step(feedback, 0.7, 0.76, tr("Reading schools"));
        const qsizetype firstTable = ds.diagnostics.size();
        // Only a single-gemeente load with a boundary selects schools by name (GemeenteSelection): then the name is a hint.
        const QString gemeente = !ds.gemeenteCode.isEmpty() && boundaryTask.valid() ? ds.gemeenteName : QString();
        auto table = [&] {
            const PhaseClock::Scope timed("read schools");
            return SchoolLoader::load(request.schoolsFile, request.schoolsLayer, ds.diagnostics, step.get(), gemeente);
        }();
        ds.diagnostics.setSourceFrom(firstTable, QFileInfo(request.schoolsFile).fileName());
        if (!table)
            return table.error();
        const PhaseClock::Scope timed("place schools");
        for (School& s : table->schools)
            placeByPostcode(s, pc4Points);
        joinBoundary();
        ds.schools = GemeenteSelection::schools(std::move(table->schools), table->hasGemeenteColumn, ds, ds.diagnostics);
        const QStringList unplaced = unplacedOf(ds.schools);
        if (!unplaced.isEmpty())
            ds.diagnostics.warning(tr("%n school(s) could not be placed on the map (no coordinates, and their postcode is not in the centroid table): %1. "
                                      "Add their coordinates, or the postcode positions (PC4) under Additional data in File → New analysis… "
                                      "(on the command line --postcode-centroids).", nullptr, static_cast<int>(unplaced.size()))
                                       .arg(shortList(unplaced, QStringLiteral("; "))));
        ds.sources.append(sourceLabel(request.schoolsFile, request.schoolsLayer));
    }

    if (!request.pupilsFile.isEmpty()) {
        StepFeedback step(feedback, 0.76, 0.8, tr("Reading pupils per vestiging"));
        const qsizetype firstCounts = ds.diagnostics.size();
        auto counts = PupilCountLoader::load(request.pupilsFile, ds.diagnostics, step.get());
        ds.diagnostics.setSourceFrom(firstCounts, QFileInfo(request.pupilsFile).fileName());
        if (!counts)
            return counts.error();
        if (ds.schools.isEmpty())
            ds.diagnostics.warning(tr("%1 was not used: pupil counts belong to schools, and no school file was loaded. "
                                      "Add the DUO school file.")
                                       .arg(sourceLabel(request.pupilsFile)));
        else
            PupilCountLoader::apply(counts.value(), PupilSource::PupilCountFile, ds.schools, ds.gemeenteCode,
                                    sourceLabel(request.pupilsFile), ds.diagnostics);
        ds.sources.append(sourceLabel(request.pupilsFile));
    }

    if (!request.schoolwegingFile.isEmpty()) {
        feedback.setProgress(0.8, tr("Reading schoolweging"));
        const qsizetype firstRecords = ds.diagnostics.size();
        QSet<QString> instellingen;
        for (const School& s : ds.schools)
            instellingen.insert(s.brin.isEmpty() ? s.id.left(4) : s.brin);
        // A hint only when there are schools: without them the file is read whole, so a wrong file is still refused.
        auto records = SchoolwegingLoader::load(request.schoolwegingFile, ds.diagnostics, instellingen);
        ds.diagnostics.setSourceFrom(firstRecords, QFileInfo(request.schoolwegingFile).fileName());
        if (!records)
            return records.error();
        SchoolwegingLoader::apply(records.value(), ds.schools, ds.diagnostics);
        for (const SchoolwegingRecord& r : records.value())
            if (instellingen.contains(r.instelling))
                ds.schoolwegingHistory.append(r);
        ds.sources.append(sourceLabel(request.schoolwegingFile));
    }

    if (!request.pupilsByPostcodeFile.isEmpty()) {
        StepFeedback step(feedback, 0.8, 0.95, tr("Reading pupils by postcode"));
        PupilFlowLoader::Filter filter;
        for (const School& s : ds.schools)
            filter.schoolIds.insert(s.id);
        filter.gemeenteCode = ds.gemeenteCode;
        const qsizetype firstFlows = ds.diagnostics.size();
        auto flows = [&] {
            const PhaseClock::Scope timed("read flows");
            return PupilFlowLoader::load(request.pupilsByPostcodeFile, filter, ds.diagnostics, step.get());
        }();
        ds.diagnostics.setSourceFrom(firstFlows, QFileInfo(request.pupilsByPostcodeFile).fileName());
        if (!flows)
            return flows.error();
        ds.pupilFlows = std::move(flows.value());
        const PhaseClock::Scope timed("school-age estimates from the flows");
        // Schools without a count get their total in the flows, marked as an estimate: one figure everywhere.
        if (!ds.schools.isEmpty())
            PupilCountLoader::apply(PupilCountLoader::fromFlows(ds.pupilFlows), PupilSource::PupilFlows, ds.schools, ds.gemeenteCode,
                                    sourceLabel(request.pupilsByPostcodeFile), ds.diagnostics);
        ds.diagnostics.setSourceFrom(firstFlows, QFileInfo(request.pupilsByPostcodeFile).fileName()); // the estimate's note too
        ds.sources.append(sourceLabel(request.pupilsByPostcodeFile));
    }

    joinBoundary();
    if (!request.postcodeStatsFile.isEmpty()) {
        feedback.setProgress(0.95, tr("Reading postcode statistics"));
        const qsizetype firstPc = ds.diagnostics.size();
        auto pc = PostcodeLoader::addStatistics(request.postcodeStatsFile, pc4Centroids, ds.diagnostics,
                                                GemeenteSelection::postcodesOf(ds, pc4Centroids));
        ds.diagnostics.setSourceFrom(firstPc, QFileInfo(request.postcodeStatsFile).fileName());
        if (!pc)
            return pc.error();
        ds.postcodes = std::move(pc.value());
    } else {
        ds.postcodes = std::move(pc4Centroids);
    }
    GemeenteSelection::keepPostcodes(ds);

    if (!request.vveFile.isEmpty()) {
        feedback.setProgress(0.95, tr("Reading VVE locations"));
        const qsizetype firstVve = ds.diagnostics.size();
        auto vve = VveLoader::load(request.vveFile, {}, ds.diagnostics);
        ds.diagnostics.setSourceFrom(firstVve, QFileInfo(request.vveFile).fileName());
        if (!vve)
            return vve.error();
        for (VveLocation& v : vve.value())
            placeByPostcode(v, pc4Points);
        const QStringList unplaced = unplacedOf(vve.value());
        if (!unplaced.isEmpty())
            ds.diagnostics.warning(tr("%n VVE location(s) could not be placed: %1. "
                                      "Add their coordinates, or the postcode positions (PC4) under Additional data in File → New analysis… "
                                      "(on the command line --postcode-centroids).", nullptr, static_cast<int>(unplaced.size()))
                                       .arg(shortList(unplaced, QStringLiteral("; "))));
        ds.vveLocations = std::move(vve.value());
        ds.sources.append(sourceLabel(request.vveFile));
    }

    if (!request.compositionFile.isEmpty()) {
        const CharacteristicMapping* m = mapping ? mapping->firstFor(CharacteristicMapping::Target::Schools) : nullptr;
        const qsizetype firstTable = ds.diagnostics.size();
        auto table = CompositionLoader::load(request.compositionFile, m, ds.diagnostics);
        ds.diagnostics.setSourceFrom(firstTable, QFileInfo(request.compositionFile).fileName());
        if (!table)
            return table.error();
        QStringList unknown;
        for (const QString& id : table->unitIds)
            if (!ds.schools.isEmpty() && ds.schoolIndex(id) < 0)
                unknown.append(id);
        if (!unknown.isEmpty())
            ds.diagnostics.warning(tr("%1: %n school id(s) are not among the loaded schools: %2. "
                                      "Check that they are BRIN + vestigingsnummer, as in the school file.", nullptr, static_cast<int>(unknown.size()))
                                       .arg(sourceLabel(request.compositionFile), shortList(unknown)));
        ds.schoolComposition.append(std::move(table.value()));
        ds.sources.append(sourceLabel(request.compositionFile));
    }

    if (mapping) {
        for (const auto& c : mapping->characteristics) {
            if (c.target != CharacteristicMapping::Target::Areas)
                continue;
            auto table = mapping->areaTable(c, ds.areas, ds.diagnostics);
            if (!table)
                return table.error();
            ds.areaComposition.append(std::move(table.value()));
        }
        ds.mappedAreaColumns = mapping->areaColumns();
        if (mapping->populationColumn.isEmpty() && !ds.areas.populationField.isEmpty())
            ds.mappedAreaColumns.prepend(ds.areas.populationField);
        ds.sources.append(sourceLabel(request.mappingFile));
    } else if (!ds.areas.populationField.isEmpty()) {
        ds.mappedAreaColumns.append(ds.areas.populationField);
    }
    feedback.setProgress(1.0, tr("Loaded"));
    return ds;
}

QString DatasetLoader::sourceText(const QString& source, const TextLanguage& language)
{
    const qsizetype at = source.lastIndexOf(kAttributionSeparator);
    if (at < 0)
        return source;
    const QString attribution = source.mid(at + kAttributionSeparator.size());
    for (const auto& entry : kDemoAttributions)
        if (attribution == QLatin1String(entry.second))
            return source.left(at + kAttributionSeparator.size()) + language.translate("Mk::DataSources", entry.second);
    return source;
}

} // namespace Mk
