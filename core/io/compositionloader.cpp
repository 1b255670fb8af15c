// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/compositionloader.h"

#include "io/gdalerrorcapture_p.h"
#include "io/plausiblerange.h"
#include "io/sourceschema.h"
#include "io/tablereader.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace Mk {

Result<GroupTable> CompositionLoader::load(const QString& path, const CharacteristicMapping* mapping, Diagnostics& diagnostics)
{
    detail::GdalErrorCapture capture;
    auto opened = TableReader::open(path, {}, &diagnostics);
    if (!opened)
        return opened.error();
    TableReader& t = opened.value();
    const QString shown = t.displayName();

    int idCol = mapping && !mapping->idColumn.isEmpty() ? t.column(QStringList{mapping->idColumn}) : -1;
    if (idCol < 0)
        idCol = t.column(SourceSchema::candidates(SourceColumn::CompositionSchoolId));
    const int brinCol = t.column(SourceSchema::candidates(SourceColumn::CompositionBrin));
    const int vestCol = idCol >= 0 && TableReader::normalizedName(t.columns()[idCol]) == QLatin1String("vestigingscode") ? idCol : -1;
    if (idCol < 0 && brinCol < 0)
        return fail(ErrorCode::FieldMissing,
                    tr("%1 has no school-id column (looked for vestigingscode, school_id, id, BRIN). Its columns are: %2. "
                       "Add a column with the BRIN + vestigingsnummer of each school.")
                        .arg(shown, t.columnList()));
    const bool percentage = mapping && mapping->kind == CharacteristicMapping::Kind::Percentage;
    const int pupilsCol = percentage ? t.column(SourceSchema::candidates(SourceColumn::CompositionPupils)) : -1;
    if (percentage && pupilsCol < 0)
        return fail(ErrorCode::FieldMissing, tr("%1: the mapping gives percentages, so the file needs a pupils column (leerlingen) to turn them into counts.")
                                                 .arg(shown));

    GroupTable table;
    QList<QList<int>> groupCols;
    if (mapping) {
        table = mapping->emptyTable();
        for (const auto& g : mapping->groups) {
            QList<int> cols;
            for (const QString& name : g.columns) {
                const int c = t.column(QStringList{name});
                if (c < 0)
                    return fail(ErrorCode::FieldMissing, tr("%1 has no column \"%2\" for the group \"%3\". Its columns are: %4. "
                                                            "Adjust the column mapping or rename the column.")
                                                             .arg(shown, name, g.name, t.columnList()));
                cols.append(c);
                table.sourceColumns.append(t.columns()[c]);
            }
            groupCols.append(cols);
        }
    } else {
        table.characteristic = QFileInfo(path).completeBaseName();
        for (int c = 0; c < t.columns().size(); ++c) {
            if (c == idCol || c == brinCol)
                continue;
            table.groups.append(t.columns()[c]);
            table.sourceColumns.append(t.columns()[c]);
            groupCols.append(QList<int>{c});
        }
        if (table.groups.size() < 2)
            return fail(ErrorCode::FieldMissing, tr("%1 needs at least two group columns next to the school id. "
                                                    "Add a column with the pupils of each group.").arg(shown));
    }
    table.estimated = percentage;

    const PlausibleRange pupilsRange = PlausibleRange::of(PlausibleRange::Kind::PupilsPerSchool);
    const PlausibleRange cellRange = PlausibleRange::of(percentage ? PlausibleRange::Kind::Percentage : PlausibleRange::Kind::PupilsPerSchool);
    QSet<QString> seen;
    QList<AttributeValue> cells;
    while (t.next()) {
        QString id = t.text(idCol).toUpper();
        if (vestCol >= 0 && id.size() <= 2 && brinCol >= 0)
            id = t.text(brinCol).toUpper() + id.rightJustified(2, QLatin1Char('0'));
        else if (idCol < 0)
            id = t.text(brinCol).toUpper() + QStringLiteral("00");
        if (id.isEmpty())
            return fail(ErrorCode::InvalidValue, tr("%1, %2: the school id is empty. Fill it in or remove the row.").arg(shown, t.location()));
        if (seen.contains(id))
            return fail(ErrorCode::DuplicateId, tr("%1, %2: school %3 occurs twice. Each school needs exactly one row; "
                                                   "remove the duplicate.").arg(shown, t.location(), id));
        seen.insert(id);
        table.unitIds.append(id);
        const QString where = tr("%1, %2").arg(shown, t.location());
        AttributeValue pupils = AttributeValue::missing();
        if (percentage) {
            const auto v = t.number(pupilsCol);
            if (!v)
                return fail(ErrorCode::InvalidValue, tr("%1, column \"%2\": \"%3\" is not a number of pupils. Use a count or leave it empty.")
                                                         .arg(where, t.columns()[pupilsCol], t.text(pupilsCol)));
            if (v->hasValue() && !pupilsRange.contains(v->number))
                return pupilsRange.error(where, t.columns()[pupilsCol], t.text(pupilsCol));
            pupils = *v;
        }
        double percentSum = 0.0;
        for (const auto& cols : groupCols) {
            AttributeValue sum = AttributeValue::of(0.0);
            for (int c : cols) {
                const auto v = t.number(c);
                if (!v)
                    return fail(ErrorCode::InvalidValue, tr("%1, column \"%2\": \"%3\" is not a number. Use a count, \"<5\" or leave it empty.")
                                                             .arg(where, t.columns()[c], t.text(c)));
                if (v->hasValue() && !cellRange.contains(v->number))
                    return cellRange.error(where, t.columns()[c], t.text(c));
                if (v->hasValue())
                    percentSum += v->number;
                if (!v->hasValue())
                    sum = v->isMissing() || sum.isMissing() ? AttributeValue::missing() : AttributeValue::suppressed();
                else if (sum.hasValue())
                    sum.number += v->number;
            }
            if (percentage && sum.hasValue())
                sum = pupils.hasValue() ? AttributeValue::of(sum.number / 100.0 * pupils.number) : pupils;
            cells.append(sum);
        }
        // Each group's percentage may be rounded up by half a point; more than that over 100 means overlapping groups or a wrong column.
        if (percentage && percentSum > 100.0 + 0.5 * static_cast<double>(groupCols.size()))
            diagnostics.warning(tr("%1: the groups' percentages add up to %2, more than 100. Check that the mapping's groups do not "
                                   "overlap and that each column is a percentage of the pupils.")
                                    .arg(where, QLocale().toString(percentSum, 'f', 1)),
                                id);
    }
    if (auto error = t.failed())
        return *error;
    if (table.unitIds.isEmpty())
        return fail(ErrorCode::EmptyInput, tr("%1 contains no schools (only a header). Choose the file with the school rows.").arg(shown));
    table.cells.assign(cells.begin(), cells.end());
    return table;
}

} // namespace Mk
