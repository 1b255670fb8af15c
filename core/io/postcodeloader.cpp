// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/postcodeloader.h"

#include "geo/geometry.h"
#include "io/gdaldataset_p.h"
#include "io/gdalerrorcapture_p.h"
#include "io/plausiblerange.h"
#include "io/pointcolumns_p.h"
#include "io/sourceschema.h"
#include "io/tablereader.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QRegularExpression>

#include <memory>

namespace Mk {

namespace {

QString pc4Of(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

/** Every PC4 of a centroid table as a point unit (EPSG:28992), in file order; a repeated postcode keeps its last point. */
Result<AreaLayer> parseCentroids(const QString& centroidsFile, Diagnostics& diagnostics)
{
    detail::GdalErrorCapture capture;
    AreaLayer layer;
    layer.level = AreaLevel::Postcode4;
    layer.sourceFile = centroidsFile;
    auto opened = TableReader::open(centroidsFile, {}, &diagnostics);
    if (!opened)
        return opened.error();
    TableReader& t = opened.value();
    const int pcCol = t.column(SourceSchema::candidates(SourceColumn::Pc4CentroidCode));
    const detail::PointColumns points = detail::PointColumns::find(t);
    if (pcCol < 0 || !points.any())
        return fail(ErrorCode::FieldMissing,
                    PostcodeLoader::tr("%1 needs a postcode column and coordinates (LAT/LON or RD x/y). Its columns are: %2. "
                                       "Use a PC4 centroid table with the columns POSTCODE, LAT and LON.")
                        .arg(t.displayName(), t.columnList()));
    QHash<QString, qsizetype> index;
    QHash<QString, QString> lineOf;
    QSet<QString> repeated;
    QString example; // "3743 (line 2 and line 5)"
    while (t.next()) {
        const QString pc4 = pc4Of(t.text(pcCol));
        if (pc4.isEmpty())
            continue;
        if (const auto seen = lineOf.constFind(pc4); seen != lineOf.constEnd()) {
            if (repeated.isEmpty())
                example = PostcodeLoader::tr("%1 (%2 and %3)").arg(pc4, *seen, t.location());
            repeated.insert(pc4);
        } else {
            lineOf.insert(pc4, t.location());
        }
        const auto point = points.read(t, diagnostics, pc4);
        if (!point)
            continue;
        qsizetype i = index.value(pc4, -1);
        if (i < 0) {
            AreaUnit unit;
            unit.code = pc4;
            unit.name = pc4;
            unit.level = AreaLevel::Postcode4;
            i = layer.units.size();
            index.insert(pc4, i);
            layer.units.append(std::move(unit));
        }
        layer.units[i].geometry = std::make_shared<const Geometry>(Geometry::point(point->x(), point->y()));
    }
    if (auto error = t.failed())
        return *error;
    // A list of schools or addresses has a postcode and coordinates too, but repeats its postcodes.
    if (!repeated.isEmpty())
        diagnostics.warning(PostcodeLoader::tr("%1: %n postcode(s) occur on more than one line, for example %2; each gets the position of its "
                                               "last line. A PC4 centroid table has one line per four-digit postcode: check that this is not "
                                               "a list of schools or addresses.", nullptr, static_cast<int>(repeated.size()))
                                .arg(t.displayName(), example));
    return layer;
}

/**
 * parseCentroids(), once per process for an embedded table (thread-safe; its notes are repeated to every caller): each
 * gemeente of the national data needs all of it (which points lie inside it), and parsing and transforming its 4 000
 * points was a third of a gemeente's load.
 */
Result<AreaLayer> readCentroids(const QString& centroidsFile, Diagnostics& diagnostics)
{
    if (!centroidsFile.startsWith(QLatin1Char(':')))
        return parseCentroids(centroidsFile, diagnostics);
    struct Parsed {
        Result<AreaLayer> layer;
        Diagnostics notes;
    };
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const Parsed>> embedded;
    std::shared_ptr<const Parsed> parsed;
    {
        const QMutexLocker lock(&mutex);
        parsed = embedded.value(centroidsFile);
        if (!parsed) {
            Diagnostics notes;
            auto layer = parseCentroids(centroidsFile, notes);
            parsed = std::make_shared<const Parsed>(Parsed{std::move(layer), std::move(notes)});
            embedded.insert(centroidsFile, parsed);
        }
    }
    diagnostics.append(parsed->notes);
    return parsed->layer;
}

} // namespace

Result<AreaLayer> PostcodeLoader::load(const QString& statisticsFile, const QString& centroidsFile, Diagnostics& diagnostics)
{
    AreaLayer centroids;
    if (!centroidsFile.isEmpty()) {
        auto read = readCentroids(centroidsFile, diagnostics);
        if (!read)
            return read.error();
        centroids = std::move(read.value());
    }
    if (!statisticsFile.isEmpty())
        return addStatistics(statisticsFile, centroids, diagnostics);
    if (centroids.units.isEmpty())
        return fail(ErrorCode::EmptyInput, tr("No postcodes were found in %1. "
                                              "Choose the CBS statistics per postcode (PC4) or a PC4 centroid table.").arg(centroidsFile));
    return centroids;
}

Result<AreaLayer> PostcodeLoader::addStatistics(const QString& statisticsFile, const AreaLayer& centroids, Diagnostics& diagnostics,
                                                const std::optional<QSet<QString>>& only)
{
    detail::GdalErrorCapture capture;
    AreaLayer layer;
    layer.level = AreaLevel::Postcode4;
    layer.sourceFile = statisticsFile;
    QHash<QString, qsizetype> index;
    // "pc4" is the column the build step indexes the embedded table by (core/CMakeLists.txt).
    auto opened = only ? TableReader::openRows(statisticsFile, {QStringLiteral("pc4"), *only}, &diagnostics)
                       : TableReader::open(statisticsFile, {}, &diagnostics);
    if (!opened)
        return opened.error();
    TableReader& t = opened.value();
    const int pcCol = t.column(SourceSchema::candidates(SourceColumn::Pc4StatsCode));
    if (pcCol < 0)
        return fail(ErrorCode::FieldMissing, tr("%1 has no PC4 column (looked for pc4, postcode). Its columns are: %2. "
                                                "Rename the postcode column to pc4.")
                                                 .arg(t.displayName(), t.columnList()));
    const int popCol = t.column(SourceSchema::candidates(SourceColumn::Pc4Population));
    layer.populationField = t.columns().value(popCol);
    const PlausibleRange inhabitants = PlausibleRange::of(PlausibleRange::Kind::InhabitantsPerPostcode);
    QList<FieldSummary> fields;
    for (int c = 0; c < t.columns().size(); ++c)
        fields.append(FieldSummary{t.columns()[c], c != pcCol, 0, 0, 0});
    const auto columnNames = std::make_shared<const FieldNames>(t.columns());
    while (t.next()) {
        const QString pc4 = pc4Of(t.text(pcCol));
        if (pc4.isEmpty())
            return fail(ErrorCode::InvalidValue, tr("%1, %2, column \"%3\": \"%4\" is not a four-digit postcode. "
                                                    "Correct the cell or remove the row.")
                                                     .arg(t.displayName(), t.location(), t.columns()[pcCol], t.text(pcCol)));
        if (index.contains(pc4))
            return fail(ErrorCode::DuplicateId, tr("%1, %2: postcode %3 occurs twice. Remove the duplicate row.")
                                                    .arg(t.displayName(), t.location(), pc4));
        if (popCol >= 0) {
            const auto population = t.number(popCol);
            if (!population)
                return fail(ErrorCode::InvalidValue, tr("%1, %2, column \"%3\": \"%4\" is not a number of inhabitants. "
                                                        "Correct the cell or leave it empty.")
                                                         .arg(t.displayName(), t.location(), t.columns()[popCol], t.text(popCol)));
            if (population->hasValue() && !inhabitants.contains(population->number))
                return inhabitants.error(tr("%1, %2 (postcode %3)").arg(t.displayName(), t.location(), pc4), t.columns()[popCol],
                                         t.text(popCol));
        }
        AreaUnit unit;
        unit.code = pc4;
        unit.name = pc4;
        unit.level = AreaLevel::Postcode4;
        unit.numbers = FieldValues<AttributeValue>(columnNames);
        unit.texts = FieldValues<QString>(columnNames);
        for (int c = 0; c < t.columns().size(); ++c) {
            if (c == pcCol)
                continue;
            FieldSummary& f = fields[c];
            if (const auto v = t.number(c)) {
                unit.numbers.insert(t.columns()[c], *v);
                f.valid += v->hasValue();
                f.missing += v->isMissing();
                f.suppressed += v->isSuppressed();
            } else {
                unit.texts.insert(t.columns()[c], t.text(c));
                f.numeric = false;
                ++f.valid;
            }
        }
        index.insert(pc4, layer.units.size());
        layer.units.append(std::move(unit));
    }
    if (auto error = t.failed())
        return *error;
    layer.fields = fields;
    // A subset may hold no postcode (a gemeente without pupils' homes); a whole table without one is the wrong file.
    if (layer.units.isEmpty() && !t.isSubset())
        return fail(ErrorCode::EmptyInput, tr("No postcodes were found in %1. "
                                              "Choose the CBS statistics per postcode (PC4) or a PC4 centroid table.").arg(statisticsFile));
    if (centroids.sourceFile.isEmpty())
        return layer;
    // Centroid tables are national; only the statistics decide which postcodes are kept.
    int withoutPoint = 0;
    for (const AreaUnit& point : centroids.units)
        if (const auto at = index.constFind(point.code); at != index.constEnd())
            layer.units[*at].geometry = point.geometry;
    for (const auto& u : layer.units)
        withoutPoint += u.geometry ? 0 : 1;
    if (withoutPoint > 0)
        diagnostics.warning(tr("%n postcode(s) of the statistics have no centroid in %1; they cannot be placed on the map.", nullptr, withoutPoint)
                                .arg(detail::GdalDataset::displayNameOf(centroids.sourceFile)));
    return layer;
}

QHash<QString, QPointF> PostcodeLoader::centroidsByCode(const AreaLayer& postcodes)
{
    QHash<QString, QPointF> out;
    for (const auto& u : postcodes.units)
        if (u.geometry && !u.geometry->isEmpty())
            out.insert(u.code, u.geometry->centroid());
    return out;
}

} // namespace Mk
