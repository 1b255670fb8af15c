// SPDX-License-Identifier: GPL-3.0-or-later
#include "vo/voarea.h"

#include "io/arealoader.h"
#include "io/shortlist.h"
#include "io/tablereader.h"

#include <QSet>

namespace Mk {

QString VoArea::name() const
{
    return gemeenteNames.join(QStringLiteral(", "));
}

qsizetype VoArea::gemeenteIndex(const School& address) const
{
    if (!address.gemeenteCode.isEmpty())
        return gemeenteCodes.indexOf(address.gemeenteCode);
    const QString wanted = TableReader::normalizedName(address.gemeente);
    for (qsizetype i = 0; i < gemeenteNames.size(); ++i)
        if (TableReader::normalizedName(gemeenteNames[i]) == wanted)
            return i;
    return -1;
}

bool VoArea::contains(const School& address) const
{
    return gemeenteIndex(address) >= 0;
}

Result<VoArea> VoArea::select(const QList<School>& addresses, const QStringList& wanted, const QString& fileName)
{
    VoArea area;
    for (const QString& w : wanted) {
        const QString code = AreaLoader::normalizeGemeenteCode(w);
        const QString name = TableReader::normalizedName(w);
        const School* match = nullptr;
        for (const School& s : addresses) {
            if ((!code.isEmpty() && s.gemeenteCode == code) || (code.isEmpty() && TableReader::normalizedName(s.gemeente) == name)) {
                match = &s;
                break;
            }
        }
        if (!match) {
            QStringList close;
            QSet<QString> seen;
            const QString start = name.left(3);
            for (const School& s : addresses)
                if (!start.isEmpty() && TableReader::normalizedName(s.gemeente).startsWith(start) && !seen.contains(s.gemeente)) {
                    seen.insert(s.gemeente);
                    close.append(s.gemeente + (s.gemeenteCode.isEmpty() ? QString() : QStringLiteral(" (") + s.gemeenteCode + QLatin1Char(')')));
                }
            const QString hint = close.isEmpty() ? QString() : tr(" Close names in the file: %1.").arg(shortList(close));
            return fail(ErrorCode::NotFound, tr("%1 has no vo vestiging in the gemeente \"%2\".%3 Give a gemeente name as DUO writes it "
                                                "or its code (GM0268), and check that the address file covers the year.")
                                                 .arg(fileName, w, hint));
        }
        const QString matchCode = match->gemeenteCode.isEmpty() ? code : match->gemeenteCode;
        if ((!matchCode.isEmpty() && area.gemeenteCodes.contains(matchCode)) || area.gemeenteNames.contains(match->gemeente))
            continue;
        area.gemeenteCodes.append(matchCode);
        area.gemeenteNames.append(match->gemeente);
    }
    if (area.gemeenteNames.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("No gemeente was chosen. Name at least one gemeente (name or code)."));
    return area;
}

VoPlacement::Outcome VoPlacement::place(QList<School>& addresses, const QList<School>& located, const QHash<QString, QPointF>& pc4Points)
{
    QHash<QString, QPointF> pointOf;
    for (const School& s : located)
        if (s.location)
            pointOf.insert(s.id, *s.location);
    Outcome out;
    for (School& s : addresses) {
        if (s.location)
            continue;
        if (const auto it = pointOf.constFind(s.id); it != pointOf.constEnd()) {
            s.location = *it;
            s.placement = Placement::Coordinates;
            ++out.joined;
        } else if (const auto pc = pc4Points.constFind(s.pc4()); pc != pc4Points.constEnd()) {
            s.location = *pc;
            s.placement = Placement::GeocodedPc4;
            ++out.byPostcode;
        } else {
            out.unplaced.append(s.id + QLatin1Char(' ') + s.name);
        }
    }
    return out;
}

} // namespace Mk
