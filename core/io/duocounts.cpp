// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/duocounts_p.h"

#include "io/plausiblerange.h"
#include "io/sourceschema.h"

#include <QLocale>

namespace Mk::detail {

QString duoSchoolId(const QString& brin, const QString& vestiging)
{
    const QString vest = vestiging.trimmed().toUpper();
    if (vest.size() >= 6)
        return vest;
    const QString b = brin.trimmed().toUpper();
    if (b.isEmpty())
        return {};
    return b + (vest.isEmpty() ? QStringLiteral("00") : vest.rightJustified(2, QLatin1Char('0')));
}

DuoSchoolKey DuoSchoolKey::find(const TableReader& table)
{
    DuoSchoolKey key;
    key.m_brin = table.column(SourceSchema::candidates(SourceColumn::Brin));
    key.m_vestiging = table.column(SourceSchema::candidates(SourceColumn::Vestiging));
    return key;
}

Result<QString> DuoSchoolKey::read(const TableReader& table) const
{
    QString id = duoSchoolId(table.text(m_brin), table.text(m_vestiging));
    if (id.isEmpty()) {
        QStringList names;
        for (int c : {m_brin, m_vestiging})
            if (c >= 0)
                names.append(QLatin1Char('"') + table.columns()[c] + QLatin1Char('"'));
        return fail(ErrorCode::InvalidValue, tr("%1, %2: the school code (%3) is empty. Fill in the BRIN and vestigingsnummer, or remove the row.")
                                                 .arg(table.displayName(), table.location(), names.join(QStringLiteral(" + "))));
    }
    return id;
}

DuoCountColumns DuoCountColumns::find(const TableReader& table, bool preferTotal)
{
    DuoCountColumns found;
    const int total = table.column(SourceSchema::candidates(SourceColumn::PupilTotal));
    if (preferTotal && total >= 0) {
        found.m_columns.append(total);
        return found;
    }
    // "LEEFTIJD_4", "LEEFTIJD JONGER", ... (po) or "LEER- OF VERBLIJFSJAAR 1 - MAN", ... (vo); a bare "LEEFTIJD"
    // column (one row per age) is a key, not a count.
    for (const QLatin1String prefix : {QLatin1String("leeftijd"), QLatin1String("leerofverblijfsjaar")})
        for (int c = 0; c < table.columns().size(); ++c) {
            const QString name = TableReader::normalizedName(table.columns()[c]);
            if (name.startsWith(prefix) && name.size() > prefix.size())
                found.m_columns.append(c);
        }
    if (found.m_columns.isEmpty() && total >= 0)
        found.m_columns.append(total);
    return found;
}

Result<DuoRowCount> DuoCountColumns::read(const TableReader& table) const
{
    const PlausibleRange pupils = PlausibleRange::of(PlausibleRange::Kind::PupilsPerSchool);
    DuoRowCount count;
    for (int c : m_columns) {
        const auto v = table.number(c);
        if (!v)
            return fail(ErrorCode::InvalidValue,
                        tr("%1, %2, column \"%3\": \"%4\" is not a pupil count. Use a whole number, \"<5\" for a suppressed count, "
                           "or leave the cell empty.")
                            .arg(table.displayName(), table.location(), table.columns()[c], table.text(c)));
        if (v->isSuppressed()) {
            ++count.suppressed;
            count.any = true;
        } else if (v->hasValue()) {
            if (!pupils.contains(v->number))
                return pupils.error(tr("%1, %2").arg(table.displayName(), table.location()), table.columns()[c], table.text(c));
            count.known += v->number;
            count.any = true;
        }
    }
    if (!pupils.contains(count.known))
        return pupils.error(tr("%1, %2").arg(table.displayName(), table.location()), tr("sum of %n column(s)", nullptr, static_cast<int>(m_columns.size())),
                            QLocale().toString(count.known, 'f', 0));
    return count;
}

std::optional<Error> DuoPupilColumns::missingColumns(const TableReader& table, QStringList extra, const QString& duoFile) const
{
    if (counts.isEmpty())
        extra.prepend(QStringLiteral("LEEFTIJD_* / TOTAAL"));
    if (school.isEmpty())
        extra.prepend(QStringLiteral("INSTELLINGSCODE + VESTIGINGSCODE"));
    if (extra.isEmpty())
        return std::nullopt;
    return fail(ErrorCode::FieldMissing, tr("%1 lacks the column(s) %2. Its columns are: %3. Use DUO's \"%4\" file or rename the columns.")
                                             .arg(table.displayName(), extra.join(QStringLiteral(", ")), table.columnList(), duoFile));
}

} // namespace Mk::detail
