// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/schoolwegingloader.h"

#include "io/gdalerrorcapture_p.h"
#include "io/plausiblerange.h"
#include "io/sourceschema.h"
#include "io/tablereader.h"

#include <QHash>

namespace Mk {

Result<QList<SchoolwegingRecord>> SchoolwegingLoader::load(const QString& path, Diagnostics& diagnostics, const QSet<QString>& instellingen)
{
    detail::GdalErrorCapture capture;
    auto opened = instellingen.isEmpty() ? TableReader::open(path, {}, &diagnostics)
                                         : TableReader::openRows(path, {QStringLiteral("INSTELLINGSCODE"), instellingen}, &diagnostics);
    if (!opened)
        return opened.error();
    TableReader& t = opened.value();
    const QString shown = t.displayName();
    const int ovtCol = t.column(SourceSchema::candidates(SourceColumn::Ovt));
    const int instCol = t.column(SourceSchema::candidates(SourceColumn::Instelling));
    const int yearCol = t.column(SourceSchema::candidates(SourceColumn::SchoolYear));
    int valueCol = t.column(SourceSchema::candidates(SourceColumn::Schoolweging));
    if (valueCol < 0)
        for (int c = 0; c < t.columns().size() && valueCol < 0; ++c)
            if (TableReader::normalizedName(t.columns()[c]).startsWith(QLatin1String("schoolweging")))
                valueCol = c;
    const int spreadCol = t.column(SourceSchema::candidates(SourceColumn::SchoolwegingSpread));
    const int pupilsCol = t.column(SourceSchema::candidates(SourceColumn::SchoolwegingPupils));
    if ((ovtCol < 0 && instCol < 0) || valueCol < 0)
        return fail(ErrorCode::FieldMissing,
                    tr("%1 is not a schoolweging file: it needs the columns OVT (or INSTELLINGSCODE) and schoolweging. Its columns are: %2. "
                       "Use the Inspectie's schoolweging file (per year or the three-year mean).")
                        .arg(shown, t.columnList()));
    const QString columnPeriod = t.columns()[valueCol].mid(QStringLiteral("schoolweging").size()).trimmed();

    QList<SchoolwegingRecord> records;
    while (t.next()) {
        SchoolwegingRecord r;
        r.ovt = t.text(ovtCol);
        r.instelling = (instCol >= 0 ? t.text(instCol) : r.ovt.section(QLatin1Char('|'), 0, 0)).toUpper().left(4);
        if (r.ovt.isEmpty())
            r.ovt = r.instelling;
        if (r.instelling.isEmpty())
            continue;
        const auto value = t.number(valueCol);
        if (!value)
            return fail(ErrorCode::InvalidValue, tr("%1, %2, column \"%3\": \"%4\" is not a schoolweging (a number such as 28.5). "
                                                    "Correct the cell or leave it empty.")
                                                     .arg(shown, t.location(), t.columns()[valueCol], t.text(valueCol)));
        if (!value->hasValue())
            continue;
        const QString where = tr("%1, %2").arg(shown, t.location());
        if (const PlausibleRange range = PlausibleRange::of(PlausibleRange::Kind::Schoolweging); !range.contains(value->number))
            return range.error(where, t.columns()[valueCol], t.text(valueCol));
        r.schoolweging = value->number;
        r.period = yearCol >= 0 ? t.text(yearCol) : columnPeriod;
        // The spread and the pupils are optional columns, but a cell that holds something must be a plausible number.
        const std::pair<int, PlausibleRange::Kind> optional[] = {{spreadCol, PlausibleRange::Kind::SchoolwegingSpread},
                                                                 {pupilsCol, PlausibleRange::Kind::PupilsPerSchool}};
        for (const auto& [col, kind] : optional) {
            if (col < 0)
                continue;
            const auto v = t.number(col);
            if (!v)
                return fail(ErrorCode::InvalidValue, tr("%1, column \"%2\": \"%3\" is not a number. Correct the cell or leave it empty.")
                                                         .arg(where, t.columns()[col], t.text(col)));
            if (!v->hasValue())
                continue;
            if (!PlausibleRange::of(kind).contains(v->number))
                return PlausibleRange::of(kind).error(where, t.columns()[col], t.text(col));
            (col == spreadCol ? r.spread : r.pupils) = v->number;
        }
        records.append(r);
    }
    if (auto error = t.failed())
        return *error;
    if (records.isEmpty() && !t.isSubset())
        return fail(ErrorCode::EmptyInput, tr("%1 contains no schoolweging values. "
                                              "Choose the Inspectie file with values for these schools.").arg(shown));
    return records;
}

QList<SchoolwegingRecord> SchoolwegingLoader::latestPerOvt(const QList<SchoolwegingRecord>& records)
{
    QHash<QString, qsizetype> slot;
    QList<SchoolwegingRecord> latest;
    for (const SchoolwegingRecord& r : records) {
        const auto it = slot.constFind(r.ovt);
        if (it == slot.constEnd()) {
            slot.insert(r.ovt, latest.size());
            latest.append(r);
        } else if (r.period > latest[*it].period) {
            // Per-year file: the latest school year describes the current pupils best.
            latest[*it] = r;
        }
    }
    return latest;
}

int SchoolwegingLoader::apply(const QList<SchoolwegingRecord>& records, QList<School>& schools, Diagnostics& diagnostics)
{
    const QList<SchoolwegingRecord> latest = latestPerOvt(records);
    QHash<QString, QList<const SchoolwegingRecord*>> byInstelling;
    for (const auto& r : latest)
        byInstelling[r.instelling].append(&r);
    int applied = 0;
    for (School& s : schools) {
        const auto it = byInstelling.constFind(s.brin.isEmpty() ? s.id.left(4) : s.brin);
        if (it == byInstelling.constEnd())
            continue;
        const auto& list = *it;
        if (list.size() == 1) {
            s.schoolweging = list.first()->schoolweging;
            s.schoolwegingSpread = list.first()->spread;
        } else {
            double sum = 0.0, weight = 0.0;
            for (const auto* r : list) {
                const double w = r->pupils.value_or(1.0);
                sum += w * r->schoolweging;
                weight += w;
            }
            s.schoolweging = sum / weight;
            s.schoolwegingSpread.reset();
            diagnostics.info(tr("Instelling %1 has %2 Inspectie objects (OVT); school %3 gets their pupil-weighted mean schoolweging.")
                                 .arg(s.brin).arg(list.size()).arg(s.id),
                             s.id);
        }
        s.schoolwegingPeriod = list.first()->period;
        ++applied;
    }
    return applied;
}

} // namespace Mk
