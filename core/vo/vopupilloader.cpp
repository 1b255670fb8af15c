// SPDX-License-Identifier: GPL-3.0-or-later
#include "vo/vopupilloader.h"

#include "io/duocounts_p.h"
#include "io/gdalerrorcapture_p.h"
#include "io/shortlist.h"
#include "io/tablereader.h"
#include "model/attributevalue.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace Mk {

VoLevelSet VoLocationYear::levelsOffered() const
{
    VoLevelSet set = 0;
    for (VoLevel level : kVoLevels)
        if (levelPupils[static_cast<size_t>(level)] > 0.0)
            set |= VoProgrammes::bit(level);
    return set;
}

bool VoLocationYear::categorical() const
{
    const VoLevelSet set = levelsOffered();
    return set != 0 && (set & (set - 1)) == 0;
}

double VoLocationYear::firstYearPupils() const
{
    double n = 0.0;
    for (const VoProgrammeCount& p : firstYear)
        n += p.pupils;
    return n;
}

double VoLocationYear::classifiedFirstYearPupils() const
{
    double n = 0.0;
    for (const VoProgrammeCount& p : firstYear)
        n += p.programme ? p.pupils : 0.0;
    return n;
}

double VoLocationYear::heterogeneousFirstYearPupils() const
{
    double n = 0.0;
    for (const VoProgrammeCount& p : firstYear)
        n += p.programme && p.programme->heterogeneous() ? p.pupils : 0.0;
    return n;
}

double VoLocationYear::heterogeneousShare() const
{
    const double all = classifiedFirstYearPupils();
    return all > 0.0 ? heterogeneousFirstYearPupils() / all : std::nan("");
}

const VoLocationYear* VoPupilFile::find(const QString& id) const
{
    for (const VoLocationYear& l : locations)
        if (l.id == id)
            return &l;
    return nullptr;
}

QString VoPupilLoader::schoolYearOf(const QString& fileName)
{
    static const QRegularExpression years(QStringLiteral("(?<!\\d)(20\\d\\d)[-_ ]?(20\\d\\d)(?!\\d)"));
    QRegularExpressionMatchIterator it = years.globalMatch(fileName);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2).toInt() == m.captured(1).toInt() + 1)
            return m.captured(1) + QLatin1Char('-') + m.captured(2);
    }
    return {};
}

Result<VoPupilFile> VoPupilLoader::load(const QString& path, Diagnostics& diagnostics, Feedback* feedback)
{
    detail::GdalErrorCapture capture;
    auto opened = TableReader::open(path, {}, &diagnostics);
    if (!opened)
        return opened.error();
    TableReader& t = opened.value();
    const QString shown = t.displayName();
    const QString duoFile = QStringLiteral("01. Leerlingen vo per vestiging naar onderwijstype");

    const auto duo = detail::DuoPupilColumns::find(t, false);
    const int typeCol = t.column({"onderwijstype_vo_en_leer-_of_verblijfsjaar", "onderwijstype_vo", "onderwijstype"});
    const int codeCol = t.column({"elementcode"});
    const int programmeCol = t.column({"opleidingsnaam"});
    const int nameCol = t.column({"instellingsnaam_vestiging", "vestigingsnaam", "instellingsnaam"});
    const int placeCol = t.column({"plaatsnaam_vestiging", "plaatsnaam"});
    const int provinceCol = t.column({"provincie_vestiging", "provincie"});
    const int lwooCol = t.column({"lwoo_indicatie"});
    const int vestigingCol = t.column({"vestigingsnummer", "vestigingscode"});
    QStringList extra;
    if (typeCol < 0)
        extra.append(QStringLiteral("ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR"));
    if (codeCol < 0)
        extra.append(QStringLiteral("ELEMENTCODE"));
    if (auto missing = duo.missingColumns(t, extra, duoFile))
        return *missing;
    // The columns that tell the rows of one vestiging apart; a repeat of all of them is a duplicate row.
    QList<int> keyCols{typeCol, codeCol};
    for (const char* name : {"lwoo_indicatie", "vmbo_sector", "afdeling"})
        if (const int c = t.column({name}); c >= 0)
            keyCols.append(c);

    VoPupilFile file;
    file.path = path;
    file.fileName = QFileInfo(path).fileName();
    file.schoolYear = schoolYearOf(file.fileName);
    if (file.schoolYear.isEmpty())
        file.schoolYear = QFileInfo(path).completeBaseName();
    file.yearInferred = file.fileName.contains(QLatin1String("inferred"), Qt::CaseInsensitive);
    file.hasLwooColumn = lwooCol >= 0;

    QHash<QString, qsizetype> slot;
    QHash<QString, QString> seenAt;
    QStringList unknownTypes, unknownCodes;
    while (t.next(feedback)) {
        ++file.rows;
        const auto id = duo.school.read(t);
        if (!id)
            return id.error();
        const QString vestiging = t.text(vestigingCol);
        if (vestiging.size() == 1)
            file.unpaddedCodes = true;
        const QString type = t.text(typeCol);
        const QString code = VoProgrammes::normalizedCode(t.text(codeCol));
        QString key = *id;
        for (int c : keyCols)
            key += QLatin1Char('|') + (c == codeCol ? code : t.text(c));
        if (const auto seen = seenAt.constFind(key); seen != seenAt.constEnd())
            return fail(ErrorCode::DuplicateId,
                        tr("%1, %2: vestiging %3 already appeared at %4 with the same onderwijstype, sector, afdeling and "
                           "elementcode. Each combination must occur once; remove the duplicate row.")
                            .arg(shown, t.location(), *id, *seen));
        seenAt.insert(key, t.location());
        const auto count = duo.counts.read(t);
        if (!count)
            return count.error();
        auto it = slot.constFind(*id);
        if (it == slot.constEnd()) {
            VoLocationYear l;
            l.id = *id;
            l.name = t.text(nameCol);
            l.place = t.text(placeCol);
            l.province = t.text(provinceCol);
            l.location = t.location();
            it = slot.insert(*id, file.locations.size());
            file.locations.append(l);
        }
        VoLocationYear& l = file.locations[*it];
        const double pupils = count->known + AttributeValue::kSuppressedCountEstimate * count->suppressed;
        l.totalPupils += pupils;
        l.suppressedCells += count->suppressed;
        file.totalPupils += pupils;
        file.suppressedCells += count->suppressed;

        const auto rowClass = VoProgrammes::classifyRow(type);
        if (!rowClass) {
            if (!unknownTypes.contains(type))
                unknownTypes.append(type);
            l.otherPupils += pupils;
            continue;
        }
        switch (rowClass->kind) {
        case VoRowKind::Level:
            l.levelPupils[static_cast<size_t>(rowClass->level)] += pupils;
            break;
        case VoRowKind::Other:
            l.otherPupils += pupils;
            break;
        case VoRowKind::FirstYear: {
            const VoFirstYearProgramme* programme = VoProgrammes::firstYear(code);
            if (!programme && !unknownCodes.contains(code))
                unknownCodes.append(code + QLatin1Char(' ') + t.text(programmeCol));
            // LWOO J/N rows of one programme add up: the programme is what the breadth is about.
            auto p = std::find_if(l.firstYear.begin(), l.firstYear.end(), [&](const VoProgrammeCount& c) { return c.code == code; });
            if (p == l.firstYear.end()) {
                l.firstYear.append(VoProgrammeCount{code, t.text(programmeCol), 0.0, 0, programme});
                p = l.firstYear.end() - 1;
            }
            p->pupils += pupils;
            p->suppressedCells += count->suppressed;
            break;
        }
        }
    }
    if (auto error = t.failed())
        return *error;
    if (file.locations.isEmpty())
        return fail(ErrorCode::EmptyInput, tr("%1 contains no rows (only a header). Choose DUO's \"%2\" file with the pupil rows.").arg(shown, duoFile));
    if (!unknownTypes.isEmpty())
        diagnostics.warning(tr("%1: %n onderwijstype(s) are not in Mengkaart's vo classification, so their pupils count in the "
                               "vestiging's total but in no level: %2.", nullptr, static_cast<int>(unknownTypes.size()))
                                .arg(shown, shortList(unknownTypes, QStringLiteral("; "))));
    if (!unknownCodes.isEmpty())
        diagnostics.warning(tr("%1: %n first-year programme code(s) are not in Mengkaart's vo classification, so they count in "
                               "no heterogeneous share: %2.", nullptr, static_cast<int>(unknownCodes.size()))
                                .arg(shown, shortList(unknownCodes, QStringLiteral("; "))));
    if (file.yearInferred)
        diagnostics.info(tr("%1: the school year %2 is inferred from the file name; DUO's file does not state it.").arg(shown, file.schoolYear));
    if (feedback)
        feedback->setProgress(1.0);
    return file;
}

} // namespace Mk
