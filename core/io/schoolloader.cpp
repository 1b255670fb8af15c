// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/schoolloader.h"

#include "base/textmemo.h"
#include "io/arealoader.h"

#include "io/duocounts_p.h"
#include "io/gdalerrorcapture_p.h"
#include "io/plausiblerange.h"
#include "io/pointcolumns_p.h"
#include "io/shortlist.h"
#include "io/sourceschema.h"
#include "io/tablereader.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace Mk {

QString SchoolLoader::normalizePostcode(const QString& postcode)
{
    QString out;
    for (QChar c : postcode)
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    return out;
}

SchoolSector SchoolLoader::sectorOfType(const QString& type)
{
    const QString t = TableReader::normalizedName(type);
    if (t.isEmpty())
        return SchoolSector::Unknown;
    if (t == QLatin1String("basisschool") || t == QLatin1String("bo") || t == QLatin1String("bao") || t == QLatin1String("po"))
        return SchoolSector::Primary;
    if (t == QLatin1String("sbao") || t == QLatin1String("sbo"))
        return SchoolSector::SpecialPrimary;
    if (t == QLatin1String("so") || t == QLatin1String("vso") || t.contains(QLatin1String("speciaal")))
        return SchoolSector::Special;
    static const QStringList vo = {QStringLiteral("vo"), QStringLiteral("vmbo"), QStringLiteral("vbo"), QStringLiteral("mavo"),
                                   QStringLiteral("havo"), QStringLiteral("vwo"), QStringLiteral("pro"), QStringLiteral("praktijk"),
                                   QStringLiteral("brugjaar")};
    for (const QString& v : vo)
        if (t.contains(v))
            return SchoolSector::Secondary;
    return SchoolSector::Unknown;
}

namespace {

/** VO levels from DUO's ONDERWIJSSTRUCTUUR ("VMBO-B/VMBO-K/HAVO/VWO") or a type such as "HAVO/VWO". */
QStringList levelsOf(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[/,;|]"));
    QStringList levels;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString level = part.trimmed().toLower();
        if (!level.isEmpty() && !levels.contains(level))
            levels.append(level);
    }
    return levels;
}

/** DUO's basisonderwijs files name their sector only in the file name ("..._bo_...", "basisonderwijs"). */
SchoolSector sectorFromFileName(const QString& path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    if (name.contains(QLatin1String("speciaal")) || name.contains(QLatin1String("_so_")))
        return SchoolSector::Special;
    if (name.contains(QLatin1String("basisonderwijs")) || name.contains(QLatin1String("_bo_")) || name.contains(QLatin1String("_po_")))
        return SchoolSector::Primary;
    return SchoolSector::Unknown;
}

/**
 * An SQLite condition that holds for every text of `column` whose TableReader::normalizedName() is `wanted` (ASCII
 * letters and digits): those characters in that order with anything between them (LIKE ignores ASCII case). Null
 * when `wanted` has other characters, which SQLite would not lower-case as Qt does.
 */
QString gemeenteNameCondition(const QString& column, const QString& wanted)
{
    QString pattern = QStringLiteral("%");
    for (QChar c : wanted) {
        if (c.unicode() > 127 || !c.isLetterOrNumber())
            return {};
        pattern += c;
        pattern += QLatin1Char('%');
    }
    return QStringLiteral("%1 LIKE '%2'").arg(TableReader::sqlIdentifier(column), pattern);
}

} // namespace

Result<SchoolTable> SchoolLoader::load(const QString& path, const QString& layer, Diagnostics& diagnostics, Feedback* feedback,
                                       const QString& gemeente)
{
    detail::GdalErrorCapture capture;
    auto opened = TableReader::open(path, layer, &diagnostics);
    if (!opened)
        return opened.error();
    TableReader& t = opened.value();
    const QString shown = t.displayName();

    const detail::DuoSchoolKey schoolKey = detail::DuoSchoolKey::find(t);
    if (schoolKey.isEmpty())
        return fail(ErrorCode::FieldMissing,
                    tr("%1 has no school-code column (looked for vestigingscode, VESTIGINGSNUMMER, BRIN NUMMER, INSTELLINGSCODE). "
                       "Its columns are: %2. Rename the column with the BRIN + vestigingsnummer.")
                        .arg(shown, t.columnList()));
    const int nameCol = t.column(SourceSchema::candidates(SourceColumn::SchoolName));
    const int streetCol = t.column(SourceSchema::candidates(SourceColumn::Street));
    const int numberCol = t.column(SourceSchema::candidates(SourceColumn::HouseNumber));
    const int letterCol = t.column(SourceSchema::candidates(SourceColumn::HouseLetter));
    const int additionCol = TableReader::normalizedName(t.columns().value(numberCol)) == QLatin1String("huisnummer")
                                ? t.column(SourceSchema::candidates(SourceColumn::HouseNumberAddition))
                                : -1;
    const int postcodeCol = t.column(SourceSchema::candidates(SourceColumn::Postcode));
    const int placeCol = t.column(SourceSchema::candidates(SourceColumn::Place));
    const int gemeenteCol = t.column(SourceSchema::candidates(SourceColumn::SchoolGemeenteName));
    const int gemeenteCodeCol = t.column(SourceSchema::candidates(SourceColumn::SchoolGemeenteCode));
    const int denominationCol = t.column(SourceSchema::candidates(SourceColumn::Denomination));
    const int typeCol = t.column(SourceSchema::candidates(SourceColumn::SchoolType));
    const int structureCol = t.column(SourceSchema::candidates(SourceColumn::Structure));
    const int pupilsCol = t.column(SourceSchema::candidates(SourceColumn::SchoolPupils));
    const int capacityCol = t.column(SourceSchema::candidates(SourceColumn::Capacity));
    const int profileCol = t.column(SourceSchema::candidates(SourceColumn::Profile));
    const detail::PointColumns points = detail::PointColumns::find(t);
    const SchoolSector fileSector = sectorFromFileName(path);

    SchoolTable table;
    table.hasGemeenteColumn = gemeenteCol >= 0;
    table.hasLocations = points.any();
    QHash<QString, std::pair<qint64, qsizetype>> seenAt; // id -> (position(), index in the table)
    QStringList repeated;
    // One gemeente of the national school layer: SQLite passes the rows whose gemeente could be the wanted one, GDAL
    // builds no other feature, and the exact comparison below keeps the gemeente's. When no row is kept, the layer is
    // read again whole, so GemeenteSelection can fall back to the schools inside the boundary as without the hint.
    const QString wanted = gemeenteCol >= 0 ? TableReader::normalizedName(gemeente) : QString();
    const QString condition = wanted.isEmpty() ? QString() : gemeenteNameCondition(t.columns()[gemeenteCol], wanted);
    bool filtered = !condition.isEmpty() && t.filterGeoPackage(condition);
    // A national file has thousands of schools and a few dozen spellings of type, structure and gemeente code.
    TextMemo sectorOf(&SchoolLoader::sectorOfType);
    TextMemo levelsOfText(&levelsOf);
    TextMemo gemeenteCodeOf(&AreaLoader::normalizeGemeenteCode);
    for (;;) {
        while (t.next(feedback)) {
            if (filtered && TableReader::normalizedName(t.text(gemeenteCol)) != wanted)
                continue;
            School s;
            const auto id = schoolKey.read(t);
            if (!id)
                return id.error();
            s.id = *id;
            s.name = t.text(nameCol);
            s.postcode = normalizePostcode(t.text(postcodeCol));
            if (const auto seen = seenAt.constFind(s.id); seen != seenAt.constEnd()) {
                // Exact repeats occur in real exports (one row per geocoding match); only conflicting rows are an error.
                const School& first = table.schools[seen->second];
                if (first.name == s.name && first.postcode == s.postcode) {
                    repeated.append(s.id);
                    continue;
                }
                return fail(ErrorCode::DuplicateId,
                            tr("%1, %2: school %3 already appeared at %4 with another name or postcode. Each vestiging must occur once; "
                               "remove the wrong row.")
                                .arg(shown, t.location(), s.id, t.locationAt(seen->first)));
            }
            seenAt.insert(s.id, {t.position(), table.schools.size()});
            s.brin = s.id.left(4); // BRIN codes have four characters
            s.street = t.text(streetCol);
            s.houseNumber = QString(t.text(numberCol) + t.text(letterCol) + QLatin1Char(' ') + t.text(additionCol)).trimmed();
            s.place = t.text(placeCol);
            s.gemeente = t.text(gemeenteCol);
            s.gemeenteCode = gemeenteCodeOf(t.text(gemeenteCodeCol));
            s.denomination = t.text(denominationCol);
            s.type = t.text(typeCol);
            s.sector = typeCol >= 0 ? sectorOf(s.type) : fileSector;
            s.profile = t.text(profileCol);
            if (s.sector == SchoolSector::Secondary)
                s.levels = levelsOfText(structureCol >= 0 ? t.text(structureCol) : s.type);
            for (int col : {pupilsCol, capacityCol}) {
                if (col < 0)
                    continue;
                const auto v = t.number(col);
                if (!v)
                    return fail(ErrorCode::InvalidValue, tr("%1, %2, column \"%3\": \"%4\" is not a number. Correct the cell or leave it empty.")
                                                             .arg(shown, t.location(), t.columns()[col], t.text(col)));
                if (v->hasValue() && !PlausibleRange::of(PlausibleRange::Kind::PupilsPerSchool).contains(v->number))
                    return PlausibleRange::of(PlausibleRange::Kind::PupilsPerSchool)
                        .error(tr("%1, %2").arg(shown, t.location()), t.columns()[col], t.text(col));
                if (v->hasValue() && col == pupilsCol) {
                    s.pupils = v->number;
                    s.pupilsSource = PupilSource::SchoolFile;
                } else if (v->hasValue()) {
                    s.capacity = static_cast<int>(v->number);
                }
            }
            if (auto p = points.read(t, diagnostics, s.id)) {
                s.location = *p;
                s.placement = Placement::Coordinates;
            }
            table.schools.append(std::move(s));
        }
        if (!filtered || !table.schools.isEmpty() || t.failed())
            break;
        filtered = false;
        t.filterGeoPackage(QString());
    }
    if (auto error = t.failed())
        return *error;
    if (!repeated.isEmpty())
        diagnostics.info(tr("%1: %n row(s) repeated an earlier row of the same school exactly and were skipped (%2).", nullptr,
                            static_cast<int>(repeated.size()))
                             .arg(shown, shortList(repeated)));
    if (table.schools.isEmpty())
        return fail(ErrorCode::EmptyInput, tr("%1 contains no schools (only a header). Choose the file with the school rows.").arg(shown));
    return table;
}

} // namespace Mk
