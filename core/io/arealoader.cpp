// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/arealoader.h"

#include "base/phaseclock.h"
#include "base/streamingmap.h"
#include "base/textmemo.h"
#include "geo/coordinatetransform.h"
#include "geo/geometry.h"
#include "io/gdaldataset_p.h"
#include "io/gdalerrorcapture_p.h"
#include "io/numberparser.h"
#include "io/plausiblerange.h"
#include "io/sourceschema.h"
#include "io/tablereader.h"

#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace Mk {

namespace {

/** Picks the layer of a multi-layer file (the national Wijk- en Buurtkaart has gemeenten/wijken/buurten). */
QString chooseLayer(const QStringList& layers)
{
    for (const char* hint : {"buurt", "wijk"})
        for (const QString& l : layers)
            if (l.contains(QLatin1String(hint), Qt::CaseInsensitive))
                return l;
    return layers.value(0);
}

/** `layer` of `path`, or its buurt (else wijk, else first) layer; with `diagnostics`, says which when there was a choice. */
Result<TableReader> openLayer(const QString& path, const QString& layer, Diagnostics* diagnostics)
{
    if (!layer.isEmpty())
        return TableReader::open(path, layer, diagnostics);
    return TableReader::openChoosingLayer(
        path,
        [&](const QStringList& names) {
            const QString chosen = chooseLayer(names);
            if (diagnostics && names.size() > 1)
                diagnostics->info(AreaLoader::tr("%1 has several layers (%2); the layer \"%3\" was used. Choose another with --layer.")
                                      .arg(path, names.join(QStringLiteral(", ")), chosen));
            return chosen;
        },
        diagnostics);
}

/**
 * Why a polygon cannot be a real `level` unit, or nothing: a coordinate that is NaN or infinite, an
 * extent outside RD New's area of use (a misplaced vertex, a wrong CRS), an area beyond
 * PlausibleRange::maxAreaKm2.
 */
std::optional<QString> implausibleGeometry(const Geometry& g, AreaLevel level)
{
    // A NaN or infinite coordinate makes the area NaN or infinite (every vertex enters the shoelace sum), so the
    // vertices are looked at only then, without copying them for every polygon that is fine.
    const double km2 = g.area() / 1e6;
    if (!std::isfinite(km2))
        for (const auto& ring : g.rings())
            for (const QPointF& p : ring)
                if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                    return AreaLoader::tr("has a vertex with an invalid coordinate (NaN or infinite). Repair the geometry in a GIS "
                                          "(for example QGIS: Fix geometries) or export the layer again.");
    const QRectF box = g.boundingBox();
    if (!CoordinateTransform::isPlausibleRd(box.topLeft()) || !CoordinateTransform::isPlausibleRd(box.bottomRight()))
        return AreaLoader::tr("reaches outside the Netherlands (its extent runs from %1, %2 to %3, %4 in RD New metres). A vertex is "
                              "probably misplaced, or the layer's coordinate reference system is wrong; check the polygon in a GIS.")
            .arg(box.left(), 0, 'f', 0).arg(box.top(), 0, 'f', 0).arg(box.right(), 0, 'f', 0).arg(box.bottom(), 0, 'f', 0);
    if (!std::isfinite(km2) || km2 > PlausibleRange::maxAreaKm2(level))
        return AreaLoader::tr("covers %1 km², more than any such area can (at most %2 km²). A vertex is probably misplaced; check "
                              "the polygon in a GIS.")
            .arg(QLocale().toString(km2, 'f', 0), QLocale().toString(PlausibleRange::maxAreaKm2(level), 'f', 0));
    return std::nullopt;
}

/** `column` without the blanks QString::trimmed() drops from CBS codes, in SQLite. */
QString sqlTrimmed(const QString& column)
{
    return QStringLiteral("TRIM(%1, ' ' || char(9) || char(10) || char(13))").arg(TableReader::sqlIdentifier(column));
}

/**
 * An SQLite condition that holds for every text of `column` that AreaLoader::normalizeGemeenteCode() turns into
 * `code` (GM0363): "GM0363", "gm363", "0363", "363", ...
 */
QString gemeenteCodeCondition(const QString& column, const QString& code)
{
    QString digits = code.mid(2);
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    QStringList spellings;
    for (qsizetype width = digits.size(); width <= 4; ++width) {
        const QString padded = digits.rightJustified(width, QLatin1Char('0'));
        spellings << QLatin1Char('\'') + padded + QLatin1Char('\'') << QStringLiteral("'GM") + padded + QLatin1Char('\'');
    }
    return QStringLiteral("UPPER(%1) IN (%2)").arg(sqlTrimmed(column), spellings.join(QLatin1Char(',')));
}

/** An SQLite condition that holds for every unit code of `column` that AreaLoader::gemeenteOfCode() gives `code` for. */
QString unitCodeCondition(const QString& column, const QString& code)
{
    return QStringLiteral("UPPER(SUBSTR(%1, 1, 2)) IN ('BU','WK','GM') AND SUBSTR(%1, 3, 4) = '%2'").arg(sqlTrimmed(column), code.mid(2));
}

struct FieldCounter {
    FieldSummary summary;
    void add(const AttributeValue& v)
    {
        if (v.hasValue())
            ++summary.valid;
        else if (v.isSuppressed())
            ++summary.suppressed;
        else
            ++summary.missing;
    }
};

/** `g`, which is not valid, made valid (GEOS MakeValid), with a note that names the unit and its file. */
Geometry repaired(const Geometry& g, const QString& shown, const QString& code, Diagnostics& diagnostics)
{
    diagnostics.info(AreaLoader::tr("%1: the geometry of %2 was invalid (self-intersecting) and has been repaired.").arg(shown, code), code);
    return g.makeValid();
}

} // namespace

QString AreaLoader::normalizeGemeenteCode(const QString& text)
{
    // By hand, not by a regular expression: the school and area loaders call this for every row of the national files.
    // It accepts what ^(?:GM)?(\d{1,4})$ does, case-insensitively (\d as Unicode decimal digits, as Qt's PCRE2 has it).
    const QStringView code = QStringView(text).trimmed();
    const bool prefixed = code.size() >= 2 && code.first(2).compare(QLatin1String("GM"), Qt::CaseInsensitive) == 0;
    const QStringView digits = prefixed ? code.sliced(2) : code;
    if (digits.isEmpty() || digits.size() > 4 || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
        return {};
    return QStringLiteral("GM") + digits.toString().rightJustified(4, QLatin1Char('0'));
}

QString AreaLoader::gemeenteOfCode(const QString& unitCode)
{
    const QString prefix = unitCode.left(2).toUpper();
    if ((prefix == QLatin1String("BU") || prefix == QLatin1String("WK") || prefix == QLatin1String("GM")) && unitCode.size() >= 6)
        return QStringLiteral("GM") + unitCode.mid(2, 4);
    return {};
}

AreaLevel AreaLoader::levelOfCode(const QString& code)
{
    // Compared in place: the loader asks for every unit of a national layer.
    const QStringView prefix = QStringView(code).left(2);
    if (prefix.compare(QLatin1String("BU"), Qt::CaseInsensitive) == 0)
        return AreaLevel::Buurt;
    if (prefix.compare(QLatin1String("WK"), Qt::CaseInsensitive) == 0)
        return AreaLevel::Wijk;
    if (prefix.compare(QLatin1String("GM"), Qt::CaseInsensitive) == 0)
        return AreaLevel::Gemeente;
    static const QRegularExpression pc4(QStringLiteral("^\\d{4}$"));
    return pc4.match(code).hasMatch() ? AreaLevel::Postcode4 : AreaLevel::Other;
}

Result<QList<AreaLoader::GemeenteEntry>> AreaLoader::listGemeenten(const QString& path, const QString& layerName)
{
    detail::GdalErrorCapture capture;
    auto opened = openLayer(path, layerName, nullptr);
    if (!opened)
        return opened.error();
    TableReader& t = opened.value();
    const int gmCodeCol = t.column(SourceSchema::candidates(SourceColumn::GemeenteCode));
    const int codeCol = gmCodeCol >= 0 ? gmCodeCol : t.column(SourceSchema::candidates(SourceColumn::AreaCode));
    const int nameCol = t.column(SourceSchema::candidates(SourceColumn::GemeenteName));
    if (codeCol < 0)
        return fail(ErrorCode::FieldMissing, tr("%1 has no gemeente or area code column. Its columns are: %2. "
                                                "Choose the buurt, wijk or gemeente layer of the Wijk- en Buurtkaart.")
                                                 .arg(t.displayName(), t.columnList()));
    QMap<QString, GemeenteEntry> byCode;
    while (t.next()) {
        const QString code = gmCodeCol >= 0 ? normalizeGemeenteCode(t.text(codeCol)) : gemeenteOfCode(t.text(codeCol));
        if (code.isEmpty())
            continue;
        GemeenteEntry& e = byCode[code];
        e.code = code;
        e.name = t.text(nameCol);
        ++e.units;
    }
    if (auto error = t.failed())
        return *error;
    return byCode.values();
}

Result<AreaLayer> AreaLoader::load(const QString& path, const QString& layerName, const QString& gemeente,
                                   Diagnostics& diagnostics, Feedback* feedback, const Columns& overrides, Validity validity)
{
    detail::GdalErrorCapture capture;
    auto opened = openLayer(path, layerName, &diagnostics);
    if (!opened)
        return opened.error();
    TableReader& t = opened.value();
    const QString shown = t.displayName();
    if (!t.hasGeometry())
        return fail(ErrorCode::GeometryInvalid, tr("The layer \"%1\" of %2 has no geometries; area units need polygons. "
                                                   "Choose the buurt or wijk layer of the Wijk- en Buurtkaart.")
                                                    .arg(t.layerName(), shown));

    for (const QString& name : {overrides.code, overrides.name, overrides.population})
        if (!name.isEmpty() && t.column(QStringList{name}) < 0)
            return fail(ErrorCode::FieldMissing, tr("The column mapping names the column \"%1\", which %2 (layer \"%3\") does not have. "
                                                    "Its columns are: %4. Adjust the mapping to this file.")
                                                     .arg(name, shown, t.layerName(), t.columnList()));
    const int detectedCode = t.column(SourceSchema::candidates(SourceColumn::AreaCode) + SourceSchema::candidates(SourceColumn::GemeenteCode));
    const int codeCol = overrides.code.isEmpty() ? detectedCode : t.column(QStringList{overrides.code});
    if (codeCol < 0)
        return fail(ErrorCode::FieldMissing,
                    tr("%1 has no column with the area code (looked for buurtcode, BU_CODE, wijkcode, WK_CODE, statcode, code, "
                       "gemeentecode, GM_CODE). Its columns are: %2. Rename the code column or choose the right layer.")
                        .arg(shown, t.columnList()));
    const QString codeName = TableReader::normalizedName(t.columns()[codeCol]);
    const bool isBuurt = codeName.startsWith(QLatin1String("bu")) || codeName == QLatin1String("buurtcode");
    const bool isWijk = codeName.startsWith(QLatin1String("wk")) || codeName == QLatin1String("wijkcode");
    const int detectedName = isBuurt  ? t.column(SourceSchema::candidates(SourceColumn::BuurtName))
                        : isWijk ? t.column(SourceSchema::candidates(SourceColumn::WijkName))
                                 : t.column(SourceSchema::candidates(SourceColumn::AreaName));
    const int nameCol = overrides.name.isEmpty() ? detectedName : t.column(QStringList{overrides.name});
    const int wijkCol = isBuurt ? t.column(SourceSchema::candidates(SourceColumn::WijkCode)) : -1;
    const int gmCodeCol = codeName.contains(QLatin1String("gemeente")) || codeName.startsWith(QLatin1String("gm"))
                              ? -1
                              : t.column(SourceSchema::candidates(SourceColumn::GemeenteCode));
    const int gmNameCol = t.column(SourceSchema::candidates(SourceColumn::GemeenteName));
    const int waterCol = t.column(SourceSchema::candidates(SourceColumn::Water));
    const int popCol = overrides.population.isEmpty() ? t.column(SourceSchema::candidates(SourceColumn::Population))
                                                      : t.column(QStringList{overrides.population});

    const QString wantedCode = normalizeGemeenteCode(gemeente);
    const QString wantedName = wantedCode.isEmpty() ? gemeente.trimmed() : QString();
    if (!wantedName.isEmpty() && gmNameCol < 0)
        return fail(ErrorCode::FieldMissing,
                    tr("%1 has no gemeente-name column (gemeentenaam or GM_NAAM), so the gemeente \"%2\" cannot be chosen by name. "
                       "Give its CBS code instead, for example GM0268 for Nijmegen.")
                        .arg(shown, wantedName));

    AreaLayer result;
    result.sourceFile = path;
    result.layerName = t.layerName();
    result.crsName = t.crsName();
    result.populationField = popCol >= 0 ? t.columns()[popCol] : QString();

    QList<FieldCounter> counters;
    for (int c = 0; c < t.columns().size(); ++c)
        counters.append(FieldCounter{FieldSummary{t.columns()[c], t.isNumericColumn(c), 0, 0, 0}});

    QSet<QString> seen;
    QMap<QString, QString> nonFinite; ///< numeric column -> first area with NaN or infinity there
    QSet<QString> gemeentenSeen;
    std::optional<QString> lastGemeente; ///< the last one inserted into gemeentenSeen
    int water = 0;
    // One gemeente of a national GeoPackage: SQLite picks its rows, so GDAL builds no other feature. A hint: every row
    // that comes is still checked below, and when none does the layer is read again whole, for the message or a code
    // spelled in a way the condition does not foresee.
    bool filtered = !wantedCode.isEmpty()
        && t.filterGeoPackage(gmCodeCol >= 0 ? gemeenteCodeCondition(t.columns()[gmCodeCol], wantedCode)
                                             : unitCodeCondition(t.columns()[codeCol], wantedCode));
    // Each spelling of a gemeente code is normalised once: thousands of units share a few hundred.
    TextMemo gemeenteCodeOf(&normalizeGemeenteCode);
    QStringList numericNames, textNames;
    for (int c = 0; c < t.columns().size(); ++c)
        if (c != codeCol && c != nameCol)
            (t.isNumericColumn(c) ? numericNames : textNames).append(t.columns()[c]);
    const auto numericFields = std::make_shared<const FieldNames>(numericNames);
    const auto textFields = std::make_shared<const FieldNames>(textNames);
    std::vector<int> fieldIndex; ///< each column's place in numericFields or textFields, looked up once, not per unit
    for (int c = 0; c < t.columns().size(); ++c)
        fieldIndex.push_back((t.isNumericColumn(c) ? numericFields : textFields)->indexOf(t.columns()[c]));
    const auto implausibleAt = [&](const QString& location, const QString& code, const QString& problem) {
        return fail(ErrorCode::GeometryInvalid, tr("%1, %2: the polygon of area %3 %4").arg(shown, location, code, problem));
    };
    // The second thread checks each polygon's plausibility and takes the validity check's fast path (Geometry::
    // isProvablyValid, which says nothing); GEOS decides the few it cannot prove on this thread, at the end, so what GEOS
    // notes is heard here, in unit order. A failure is still the first in feature order, and the notes of the features
    // read before it are the notes there were: the notes of units without a geometry wait in `unusable` until the
    // polygons read before them are known to be plausible.
    struct Checked {
        std::optional<QString> implausible;
        bool provedValid = false;
    };
    struct Polygon {
        std::shared_ptr<const Geometry> geometry;
        AreaLevel level;
    };
    std::optional<StreamingMap<Polygon, Checked>> checks;
    struct CheckedUnit {
        qsizetype unit;  ///< in result.units (once appended there: a failure may come before)
        qint64 position; ///< of its feature, for a message
        QString code;
    };
    std::vector<CheckedUnit> checkedUnits; ///< each polygon handed to `checks`
    struct UnusableNote {
        size_t checkedBefore; ///< how many polygons went to `checks` before this unit's feature was read
        QString message, code;
    };
    std::vector<UnusableNote> unusable;
    std::vector<Checked> checked; ///< the second thread's results, once finishChecks() has run
    if (validity == Validity::CheckAlongside)
        checks.emplace(
            [](const Polygon& p) {
                Checked c{implausibleGeometry(*p.geometry, p.level), false};
                c.provedValid = !c.implausible && p.geometry->isProvablyValid();
                return c;
            },
            "plausibility and validity check (second thread)");
    // Waits for the second thread; the first implausible polygon's error, after the notes of the features before it.
    const auto finishChecks = [&]() -> std::optional<Error> {
        const PhaseClock::Scope timed("validity check and repair");
        checked = checks->finish();
        size_t firstBad = checked.size();
        for (size_t i = 0; i < checked.size() && firstBad == checked.size(); ++i)
            if (checked[i].implausible)
                firstBad = i;
        for (const UnusableNote& note : unusable)
            if (note.checkedBefore <= firstBad)
                diagnostics.warning(note.message, note.code);
        if (firstBad == checked.size())
            return std::nullopt;
        const CheckedUnit& bad = checkedUnits[firstBad];
        return implausibleAt(t.locationAt(bad.position), bad.code, *checked[firstBad].implausible);
    };
    // A failure found on this thread: an implausible polygon before it comes first, as it would have when checked here.
    const auto failAfterChecks = [&](Error error) -> Error {
        if (checks)
            if (auto earlier = finishChecks())
                return *earlier;
        return error;
    };
    for (;;) {
        while (t.next(feedback)) {
            const QString code = t.text(codeCol);
            const QString gmCode = gmCodeCol >= 0 ? gemeenteCodeOf(t.text(gmCodeCol)) : gemeenteOfCode(code);
            const QString gmName = t.text(gmNameCol);
            // Consecutive units mostly lie in one gemeente: it is looked up in the set only when it changes.
            if (const QString& gemeente = gmName.isEmpty() ? gmCode : gmName; !lastGemeente || gemeente != *lastGemeente) {
                gemeentenSeen.insert(gemeente);
                lastGemeente = gemeente;
            }
            if (!wantedCode.isEmpty() && gmCode != wantedCode)
                continue;
            if (!wantedName.isEmpty() && gmName.compare(wantedName, Qt::CaseInsensitive) != 0)
                continue;
            if (waterCol >= 0 && t.text(waterCol).compare(QLatin1String("JA"), Qt::CaseInsensitive) == 0) {
                ++water;
                continue;
            }
            if (code.isEmpty())
                return failAfterChecks(fail(ErrorCode::InvalidValue, tr("%1, %2: the code column \"%3\" is empty. Every area needs a code; fix or remove that feature.")
                                                                         .arg(shown, t.location(), t.columns()[codeCol])));
            const qsizetype known = seen.size();
            seen.insert(code); // one look-up, not contains() and then insert()
            if (seen.size() == known)
                return failAfterChecks(fail(ErrorCode::DuplicateId,
                                            tr("%1, %2: the code %3 in column \"%4\" also occurs in an earlier feature. Area codes must be unique; "
                                               "remove the duplicate or choose the layer with one feature per area.")
                                                .arg(shown, t.location(), code, t.columns()[codeCol])));

            AreaUnit unit;
            unit.code = code;
            unit.name = t.text(nameCol);
            unit.level = levelOfCode(code);
            unit.wijkCode = wijkCol >= 0 ? t.text(wijkCol) : (unit.level == AreaLevel::Buurt ? QStringLiteral("WK") + code.mid(2, 6) : QString());
            unit.gemeenteCode = gmCode;
            unit.numbers = FieldValues<AttributeValue>(numericFields);
            unit.texts = FieldValues<QString>(textFields);
            Geometry g = t.geometry();
            const bool usable = !g.isNull() && !g.isEmpty();
            if (usable && !checks)
                if (const auto problem = implausibleGeometry(g, unit.level))
                    return implausibleAt(t.location(), code, *problem);
            if (!usable) {
                QString note = tr("%1, %2: area %3 has no usable geometry; it is kept without a shape and cannot be drawn.").arg(shown, t.location(), code);
                if (checks)
                    unusable.push_back({checkedUnits.size(), std::move(note), code});
                else
                    diagnostics.warning(note, code);
            } else if (validity == Validity::CheckNow) {
                const PhaseClock::Scope timed("validity check and repair");
                if (!g.isValid())
                    g = repaired(g, shown, code, diagnostics);
            }
            if (!g.isNull())
                unit.geometry = std::make_shared<const Geometry>(std::move(g));
            if (checks && usable) {
                checkedUnits.push_back({result.units.size(), t.position(), code});
                checks->push({unit.geometry, unit.level});
            }
            if (const auto population = t.number(popCol); popCol >= 0 && population && population->hasValue()) {
                const PlausibleRange inhabitants = PlausibleRange::inhabitantsOf(unit.level);
                if (!inhabitants.contains(population->number))
                    return failAfterChecks(
                        inhabitants.error(tr("%1, %2 (area %3)").arg(shown, t.location(), code), t.columns()[popCol], t.text(popCol)));
            }
            for (int c = 0; c < t.columns().size(); ++c) {
                if (c == codeCol || c == nameCol)
                    continue;
                const QString& field = t.columns()[c];
                if (t.isNumericColumn(c)) {
                    const auto read = t.number(c);
                    if (!read && !nonFinite.contains(field))
                        nonFinite.insert(field, tr("%1 (%2)").arg(code, t.text(c)));
                    const AttributeValue v = read.value_or(AttributeValue::missing());
                    unit.numbers.insertAt(fieldIndex[static_cast<size_t>(c)], v);
                    counters[c].add(v);
                } else {
                    const QString text = t.text(c);
                    unit.texts.insertAt(fieldIndex[static_cast<size_t>(c)], text);
                    // Numbers stored as text (a layer saved from a spreadsheet) are counted like numbers: "-99999999" is missing.
                    counters[c].add(NumberParser::fromText(text).value_or(AttributeValue::of(0.0)));
                }
            }
            result.units.append(std::move(unit));
        }
        if (!filtered || !result.units.isEmpty() || t.failed())
            break;
        filtered = false;
        t.filterGeoPackage(QString());
        water = 0;
        gemeentenSeen.clear();
        lastGemeente.reset();
    }
    if (auto error = t.failed())
        return failAfterChecks(*error);
    if (checks)
        if (auto implausible = finishChecks())
            return *implausible;
    if (result.units.isEmpty()) {
        if (seen.isEmpty() && gemeentenSeen.isEmpty())
            return fail(ErrorCode::EmptyInput, tr("The layer \"%1\" of %2 has no features. "
                                                  "Choose another layer or export the file again.").arg(t.layerName(), shown));
        QStringList examples = QStringList(gemeentenSeen.begin(), gemeentenSeen.end());
        examples.sort();
        return fail(ErrorCode::NotFound,
                    tr("The gemeente \"%1\" does not occur in %2 (layer \"%3\"). It holds %4 gemeenten, for example %5. "
                       "Check the spelling or give the CBS code (GM....).")
                        .arg(gemeente, shown, t.layerName())
                        .arg(gemeentenSeen.size())
                        .arg(examples.mid(0, 5).join(QStringLiteral(", "))));
    }
    for (auto it = nonFinite.cbegin(); it != nonFinite.cend(); ++it)
        diagnostics.warning(tr("%1, column \"%2\": some values are not numbers (NaN or infinite, the first in area %3); they are "
                               "treated as missing. Export the layer again if the column matters.")
                                .arg(shown, it.key(), it.value()));
    if (water > 0)
        diagnostics.info(tr("%1: %n water-only area(s) (WATER = JA) were skipped.", nullptr, water).arg(shown));
    if (checks) {
        const PhaseClock::Scope timed("validity check and repair");
        for (size_t i = 0; i < checked.size(); ++i) {
            AreaUnit& unit = result.units[checkedUnits[i].unit];
            if (checked[i].provedValid || unit.geometry->isValid())
                continue;
            Geometry g = repaired(*unit.geometry, shown, unit.code, diagnostics);
            unit.geometry = g.isNull() ? nullptr : std::make_shared<const Geometry>(std::move(g));
        }
    }
    result.level = result.units.first().level;
    for (const auto& c : counters)
        result.fields.append(c.summary);
    if (feedback)
        feedback->setProgress(1.0);
    return result;
}

} // namespace Mk
