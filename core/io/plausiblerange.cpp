// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/plausiblerange.h"

#include "base/result.h"

#include <QLocale>

#include <cmath>

namespace Mk {

PlausibleRange PlausibleRange::of(Kind kind)
{
    switch (kind) {
    case Kind::PupilsPerSchool: return {kind, 0.0, 10'000.0};
    case Kind::InhabitantsPerBuurt: return {kind, 0.0, 100'000.0};
    case Kind::InhabitantsPerWijk: return {kind, 0.0, 250'000.0};
    case Kind::InhabitantsPerGemeente: return {kind, 0.0, 2'000'000.0};
    case Kind::InhabitantsPerPostcode: return {kind, 0.0, 100'000.0};
    case Kind::InhabitantsPerArea: return {kind, 0.0, 2'000'000.0};
    case Kind::ChildcarePlaces: return {kind, 0.0, 1'000.0};
    case Kind::Percentage: return {kind, 0.0, 100.5};
    case Kind::Schoolweging: return {kind, 15.0, 50.0};
    case Kind::SchoolwegingSpread: return {kind, 0.0, 20.0};
    }
    return {kind, 0.0, 0.0};
}

PlausibleRange PlausibleRange::inhabitantsOf(AreaLevel level)
{
    switch (level) {
    case AreaLevel::Buurt: return of(Kind::InhabitantsPerBuurt);
    case AreaLevel::Wijk: return of(Kind::InhabitantsPerWijk);
    case AreaLevel::Gemeente: return of(Kind::InhabitantsPerGemeente);
    case AreaLevel::Postcode4: return of(Kind::InhabitantsPerPostcode);
    case AreaLevel::Other: break;
    }
    return of(Kind::InhabitantsPerArea);
}

double PlausibleRange::maxAreaKm2(AreaLevel level)
{
    switch (level) {
    case AreaLevel::Buurt: return 1'000.0;
    case AreaLevel::Wijk: return 1'500.0;
    case AreaLevel::Gemeente:
    case AreaLevel::Postcode4:
    case AreaLevel::Other: break;
    }
    return 2'500.0;
}

bool PlausibleRange::contains(double value) const
{
    return std::isfinite(value) && value >= m_min && value <= m_max;
}

QString PlausibleRange::what() const
{
    switch (m_kind) {
    case Kind::PupilsPerSchool: return tr("pupils of one school");
    case Kind::InhabitantsPerBuurt: return tr("people in one buurt");
    case Kind::InhabitantsPerWijk: return tr("people in one wijk");
    case Kind::InhabitantsPerGemeente: return tr("people in one gemeente");
    case Kind::InhabitantsPerPostcode: return tr("people in one postcode area");
    case Kind::InhabitantsPerArea: return tr("people in one area");
    case Kind::ChildcarePlaces: return tr("places of one childcare location");
    case Kind::Percentage: return tr("a percentage");
    case Kind::Schoolweging: return tr("a schoolweging");
    case Kind::SchoolwegingSpread: return tr("the spread of a schoolweging");
    }
    return {};
}

Error PlausibleRange::error(const QString& where, const QString& column, const QString& text) const
{
    if (m_min == 0.0 && text.trimmed().startsWith(QLatin1Char('-')))
        return fail(ErrorCode::InvalidValue, tr("%1, column \"%2\": %3 is negative, which %4 cannot be. Correct the value in the file "
                                                "(CBS codes for unknown values, such as -99999999, are recognised as missing).")
                                                 .arg(where, column, text, what()));
    const QLocale locale;
    const QString range = tr("between %1 and %2").arg(locale.toString(m_min, 'g', 8), locale.toString(m_max, 'g', 8));
    return fail(ErrorCode::InvalidValue,
                tr("%1, column \"%2\": %3 cannot be right for %4, which is %5. A column may have shifted, or a digit or "
                   "decimal separator may be wrong; correct the value in the file.")
                    .arg(where, column, text, what(), range));
}

} // namespace Mk
