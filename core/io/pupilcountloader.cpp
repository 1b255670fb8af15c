// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/pupilcountloader.h"

#include "io/arealoader.h"
#include "io/duocounts_p.h"
#include "io/gdalerrorcapture_p.h"
#include "io/plausiblerange.h"
#include "io/shortlist.h"
#include "io/sourceschema.h"
#include "io/tablereader.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace Mk {

Result<QList<PupilCount>> PupilCountLoader::load(const QString& path, Diagnostics& diagnostics, Feedback* feedback)
{
    detail::GdalErrorCapture capture;
    auto opened = TableReader::open(path, {}, &diagnostics);
    if (!opened)
        return opened.error();
    TableReader& t = opened.value();
    const QString shown = t.displayName();

    const auto duo = detail::DuoPupilColumns::find(t, true);
    const int gemeenteCol = t.column(SourceSchema::candidates(SourceColumn::SchoolGemeenteCode));
    // What tells the rows of one vestiging apart; a repeat of all of them is a duplicate row.
    QList<int> keyCols;
    for (const char* name : {"soort_po", "cluster", "leeftijd", "geslacht"})
        if (const int c = t.column({name}); c >= 0)
            keyCols.append(c);
    if (auto missing = duo.missingColumns(t, {}, QStringLiteral("01. leerlingen po per vestiging (soort po, cluster, leeftijd)")))
        return *missing;

    QList<PupilCount> out;
    QHash<QString, qsizetype> slot;
    QHash<QString, QString> seenAt;
    while (t.next(feedback)) {
        const auto read = duo.school.read(t);
        if (!read)
            return read.error();
        const QString& id = *read;
        QString key = id;
        for (int c : keyCols)
            key += QLatin1Char('|') + t.text(c);
        if (const auto seen = seenAt.constFind(key); seen != seenAt.constEnd())
            return fail(ErrorCode::DuplicateId,
                        tr("%1, %2: school %3 already appeared at %4 with the same soort po and cluster. Each combination must "
                           "occur once; remove the duplicate row.")
                            .arg(shown, t.location(), id, *seen));
        seenAt.insert(key, t.location());
        const auto count = duo.counts.read(t);
        if (!count)
            return count.error();
        auto it = slot.constFind(id);
        if (it == slot.constEnd()) {
            PupilCount c;
            c.schoolId = id;
            c.gemeenteCode = AreaLoader::normalizeGemeenteCode(t.text(gemeenteCol));
            c.location = t.location();
            it = slot.insert(id, out.size());
            out.append(c);
        }
        if (!count->any)
            continue;
        PupilCount& c = out[*it];
        c.knownPupils += count->known;
        c.suppressedCells += count->suppressed;
        c.hasCells = true;
    }
    if (auto error = t.failed())
        return *error;
    if (out.isEmpty())
        return fail(ErrorCode::EmptyInput, tr("%1 contains no rows (only a header). Choose the file with the pupil rows.").arg(shown));
    if (auto implausible = implausibleTotal(out, shown))
        return *implausible;
    if (feedback)
        feedback->setProgress(1.0);
    return out;
}

int PupilCountLoader::apply(const QList<PupilCount>& counts, PupilSource source, QList<School>& schools, const QString& gemeenteCode,
                            const QString& fileName, Diagnostics& diagnostics)
{
    QHash<QString, qsizetype> schoolIndex;
    for (qsizetype i = 0; i < schools.size(); ++i)
        schoolIndex.insert(schools[i].id, i);
    const bool replace = source == PupilSource::PupilCountFile;
    QStringList unknown, filled;
    QSet<QString> counted;
    int applied = 0;
    for (const PupilCount& c : counts) {
        const auto it = schoolIndex.constFind(c.schoolId);
        if (it == schoolIndex.constEnd()) {
            // A national file holds every vestiging; only those of this gemeente should have been loaded.
            if (gemeenteCode.isEmpty() || c.gemeenteCode.isEmpty() || c.gemeenteCode == gemeenteCode)
                unknown.append(c.location.isEmpty() ? c.schoolId : c.schoolId + QStringLiteral(" (") + c.location + QLatin1Char(')'));
            continue;
        }
        if (!c.hasCells)
            continue; // only empty cells: the file says nothing about this school
        counted.insert(c.schoolId);
        School& s = schools[*it];
        if (s.pupils && !replace)
            continue;
        s.pupils = c.estimatedPupils();
        s.pupilsSuppressedCells = c.suppressedCells;
        s.pupilsSource = source;
        filled.append(s.id + QLatin1Char(' ') + s.name);
        ++applied;
    }
    if (!unknown.isEmpty())
        diagnostics.warning(tr("%1: %n vestiging(en) are not among the loaded schools, so their pupils were not used: %2. "
                               "Check that the school file is of the same year and holds every vestiging.",
                               nullptr, static_cast<int>(unknown.size()))
                                .arg(fileName, shortList(unknown, QStringLiteral("; "))));
    if (source == PupilSource::PupilCountFile) {
        QStringList absent;
        for (const School& s : schools)
            if (!counted.contains(s.id))
                absent.append(s.id + QLatin1Char(' ') + s.name);
        if (!absent.isEmpty())
            diagnostics.warning(tr("%1 has no pupils for %n school(s): %2. They keep the count of the school file, if it has one; "
                                   "check their BRIN and vestigingscode.", nullptr, static_cast<int>(absent.size()))
                                    .arg(fileName, shortList(absent, QStringLiteral("; "))));
    } else if (source == PupilSource::PupilFlows && !filled.isEmpty()) {
        diagnostics.info(tr("%n school(s) have no pupil count in the school file; their count is estimated from %1 "
                            "(a \"<5\" cell counts as 2.5): %2.", nullptr, static_cast<int>(filled.size()))
                             .arg(fileName, shortList(filled, QStringLiteral("; "))));
    }
    return applied;
}

std::optional<Error> PupilCountLoader::implausibleTotal(const QList<PupilCount>& counts, const QString& fileName)
{
    const PlausibleRange pupils = PlausibleRange::of(PlausibleRange::Kind::PupilsPerSchool);
    for (const PupilCount& c : counts)
        if (!pupils.contains(c.estimatedPupils()))
            return pupils.error(c.location.isEmpty() ? tr("%1, school %2 (all its rows together)").arg(fileName, c.schoolId)
                                                     : tr("%1, school %2 (all its rows together, the first at %3)").arg(fileName, c.schoolId, c.location),
                                tr("pupils"), QLocale().toString(c.estimatedPupils(), 'f', 0));
    return std::nullopt;
}

QList<PupilCount> PupilCountLoader::fromFlows(const QList<PupilFlow>& flows)
{
    QList<PupilCount> out;
    QHash<QString, qsizetype> slot;
    for (const PupilFlow& f : flows) {
        auto it = slot.constFind(f.schoolId);
        if (it == slot.constEnd()) {
            PupilCount c;
            c.schoolId = f.schoolId;
            it = slot.insert(f.schoolId, out.size());
            out.append(c);
        }
        out[*it].knownPupils += f.knownPupils;
        out[*it].suppressedCells += f.suppressedCells;
        out[*it].hasCells = out[*it].hasCells || f.knownPupils > 0.0 || f.suppressedCells > 0;
    }
    return out;
}

} // namespace Mk
