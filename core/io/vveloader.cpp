// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/vveloader.h"

#include "io/gdalerrorcapture_p.h"
#include "io/plausiblerange.h"
#include "io/pointcolumns_p.h"
#include "io/schoolloader.h"
#include "io/sourceschema.h"
#include "io/tablereader.h"

#include <QSet>

namespace Mk {

std::optional<bool> VveLoader::parseFlag(const QString& text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes = {QStringLiteral("ja"), QStringLiteral("j"), QStringLiteral("yes"), QStringLiteral("y"),
                                    QStringLiteral("true"), QStringLiteral("waar"), QStringLiteral("1"), QStringLiteral("x"),
                                    QStringLiteral("vve")};
    static const QStringList no = {QStringLiteral("nee"), QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("false"),
                                   QStringLiteral("onwaar"), QStringLiteral("0"), QString()};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

Result<QList<VveLocation>> VveLoader::load(const QString& path, const QString& layer, Diagnostics& diagnostics)
{
    detail::GdalErrorCapture capture;
    auto opened = TableReader::open(path, layer, &diagnostics);
    if (!opened)
        return opened.error();
    TableReader& t = opened.value();
    const QString shown = t.displayName();
    const int idCol = t.column(SourceSchema::candidates(SourceColumn::VveId));
    const int nameCol = t.column(SourceSchema::candidates(SourceColumn::VveName));
    const int streetCol = t.column(SourceSchema::candidates(SourceColumn::VveStreet));
    const int numberCol = t.column(SourceSchema::candidates(SourceColumn::VveHouseNumber));
    const int postcodeCol = t.column(SourceSchema::candidates(SourceColumn::VvePostcode));
    const int placeCol = t.column(SourceSchema::candidates(SourceColumn::VvePlace));
    const int flagCol = t.column(SourceSchema::candidates(SourceColumn::VveFlag));
    const int capacityCol = t.column(SourceSchema::candidates(SourceColumn::VveCapacity));
    const detail::PointColumns points = detail::PointColumns::find(t);
    if (flagCol < 0)
        return fail(ErrorCode::FieldMissing, tr("%1 has no VVE column (looked for vve, is_vve, vve_erkend). Its columns are: %2. "
                                                "Add a column \"vve\" with ja/nee.")
                                                 .arg(shown, t.columnList()));
    if (!points.any() && postcodeCol < 0)
        return fail(ErrorCode::FieldMissing, tr("%1 has neither coordinates nor a postcode column, so its locations cannot be placed. "
                                                "Add a postcode column or x/y coordinates.").arg(shown));

    QList<VveLocation> list;
    QSet<QString> ids;
    while (t.next()) {
        VveLocation v;
        v.id = idCol >= 0 ? t.text(idCol) : QStringLiteral("VVE%1").arg(t.rowIndex() + 1);
        if (v.id.isEmpty())
            return fail(ErrorCode::InvalidValue, tr("%1, %2: the id (column \"%3\") is empty. "
                                                    "Fill it in or remove the row.").arg(shown, t.location(), t.columns()[idCol]));
        if (ids.contains(v.id))
            return fail(ErrorCode::DuplicateId, tr("%1, %2: the id %3 occurs twice. Remove the duplicate row.").arg(shown, t.location(), v.id));
        ids.insert(v.id);
        v.name = t.text(nameCol);
        v.street = t.text(streetCol);
        v.houseNumber = t.text(numberCol);
        v.postcode = SchoolLoader::normalizePostcode(t.text(postcodeCol));
        v.place = t.text(placeCol);
        const auto flag = parseFlag(t.text(flagCol));
        if (!flag)
            return fail(ErrorCode::InvalidValue, tr("%1, %2, column \"%3\": \"%4\" is not ja/nee (yes/no, 1/0). Correct the cell.")
                                                     .arg(shown, t.location(), t.columns()[flagCol], t.text(flagCol)));
        v.isVve = *flag;
        if (const auto c = t.number(capacityCol); capacityCol >= 0 && c && c->hasValue()) {
            if (PlausibleRange::of(PlausibleRange::Kind::ChildcarePlaces).contains(c->number))
                v.capacity = static_cast<int>(c->number);
            else
                diagnostics.warning(tr("%1, %2, column \"%3\": %4 cannot be the places of one childcare location (0 to %5); the "
                                       "capacity of %6 was left empty. Correct the cell.")
                                        .arg(shown, t.location(), t.columns()[capacityCol], t.text(capacityCol))
                                        .arg(PlausibleRange::of(PlausibleRange::Kind::ChildcarePlaces).max())
                                        .arg(v.id),
                                    v.id);
        }
        if (auto p = points.read(t, diagnostics, v.id)) {
            v.location = *p;
            v.placement = Placement::Coordinates;
        }
        list.append(std::move(v));
    }
    if (auto error = t.failed())
        return *error;
    if (list.isEmpty())
        return fail(ErrorCode::EmptyInput, tr("%1 contains no locations (only a header). Choose the file with the location rows.").arg(shown));
    return list;
}

} // namespace Mk
