// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/pupilflowloader.h"

#include "io/arealoader.h"
#include "io/duocounts_p.h"
#include "io/gdalerrorcapture_p.h"
#include "io/pupilcountloader.h"
#include "io/sourceschema.h"
#include "io/tablereader.h"

#include <QHash>

#include <utility>
#include <vector>

namespace Mk {

Result<QList<PupilFlow>> PupilFlowLoader::load(const QString& path, const Filter& filter, Diagnostics& diagnostics,
                                               Feedback* feedback)
{
    detail::GdalErrorCapture capture;
    // The embedded national table is indexed by BRIN (the first four characters of a DUO school id): a gemeente's
    // schools then cost their own rows, not the country's.
    TableReader::RowHint rows{QStringLiteral("INSTELLINGSCODE"), {}};
    for (const QString& id : filter.schoolIds)
        rows.values.insert(id.left(4));
    auto opened = filter.schoolIds.isEmpty() ? TableReader::open(path, {}, &diagnostics) : TableReader::openRows(path, rows, &diagnostics);
    if (!opened)
        return opened.error();
    TableReader& t = opened.value();
    const QString shown = t.displayName();

    const auto duo = detail::DuoPupilColumns::find(t, false);
    // Only a pupil's postcode: a bare "postcode" is the school's address in DUO's school lists, and reading
    // one of those as pupil flows would silently give every school one home postcode, its own.
    const int pc4Col = t.column(SourceSchema::candidates(SourceColumn::HomePostcode));
    const int homeGemeenteCol = t.column(SourceSchema::candidates(SourceColumn::HomeGemeente));
    const int schoolGemeenteCol = t.column(SourceSchema::candidates(SourceColumn::SchoolGemeenteNumber));
    const int sectorCol = t.column(SourceSchema::candidates(SourceColumn::Sector));
    const QStringList postcode = pc4Col < 0 ? QStringList{QStringLiteral("POSTCODE_LEERLING")} : QStringList();
    if (auto missing = duo.missingColumns(t, postcode, QStringLiteral("leerlingen po per vestiging naar postcode leerling")))
        return *missing;

    QList<PupilFlow> flows;
    // Per flow (school and home postcode), the SOORT_PO of its first row and where that was, and of any later rows
    // (a vestiging with So and Vso pupils): one look-up per row.
    using SectorAt = std::pair<QString, qint64>;
    std::vector<SectorAt> firstSector;
    QMultiHash<qsizetype, SectorAt> laterSectors;
    QHash<QString, qsizetype> flowIndex;
    while (t.next(feedback)) {
        const auto read = duo.school.read(t);
        if (!read)
            return read.error();
        const QString& schoolId = *read;
        if (!filter.schoolIds.isEmpty()) {
            if (!filter.schoolIds.contains(schoolId))
                continue;
        } else if (!filter.gemeenteCode.isEmpty() && schoolGemeenteCol >= 0
                   && AreaLoader::normalizeGemeenteCode(t.text(schoolGemeenteCol)) != filter.gemeenteCode) {
            continue;
        }
        PupilFlow flow;
        flow.schoolId = schoolId;
        flow.homePostcode = t.text(pc4Col).left(4).trimmed();
        if (flow.homePostcode.isEmpty())
            return fail(ErrorCode::InvalidValue, tr("%1, %2: the home postcode (column \"%3\") is empty. Fill it in or remove the row.")
                                                     .arg(shown, t.location(), t.columns()[pc4Col]));
        // A vestiging with both So and Vso pupils has one row per SOORT_PO; those rows add up.
        const QString pair = schoolId + QLatin1Char('|') + flow.homePostcode;
        const auto known = flowIndex.constFind(pair);
        const QString sector = t.text(sectorCol);
        if (known != flowIndex.constEnd()) {
            QList<SectorAt> seen = laterSectors.values(*known);
            seen.prepend(firstSector[static_cast<size_t>(*known)]);
            for (const auto& [seenSector, at] : seen)
                if (seenSector == sector)
                    return fail(ErrorCode::DuplicateId,
                                tr("%1, %2: school %3 with home postcode %4 already appeared at %5. Each school and postcode pair must occur once; "
                                   "remove the duplicate row.")
                                    .arg(shown, t.location(), schoolId, flow.homePostcode, t.locationAt(at)));
        }
        const auto count = duo.counts.read(t);
        if (!count)
            return count.error();
        if (known != flowIndex.constEnd()) {
            laterSectors.insert(*known, {sector, t.position()});
            flows[*known].knownPupils += count->known;
            flows[*known].suppressedCells += count->suppressed;
            continue;
        }
        flow.homeGemeente = t.text(homeGemeenteCol);
        flow.knownPupils = count->known;
        flow.suppressedCells = count->suppressed;
        flowIndex.insert(pair, flows.size());
        firstSector.emplace_back(sector, t.position());
        flows.append(std::move(flow));
    }
    if (auto error = t.failed())
        return *error;
    if (t.rowIndex() < 0 && !t.isSubset())
        return fail(ErrorCode::EmptyInput, tr("%1 contains no rows (only a header). Choose the file with the pupil rows.").arg(shown));
    if (auto implausible = PupilCountLoader::implausibleTotal(PupilCountLoader::fromFlows(flows), shown))
        return *implausible;
    if (feedback)
        feedback->setProgress(1.0);
    return flows;
}

} // namespace Mk
