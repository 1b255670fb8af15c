// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/sesafspiegeling.h"
#include "render/valueformat.h"

#include "catchment/pc4profiles.h"
#include "model/grouptable.h"

#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace Mk {

namespace {

QString signedPoints(double v, const QLocale& locale)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + formatDecimal(v, 1, locale);
}

} // namespace

QString SesComparison::verdictKey() const
{
    switch (verdict) {
    case SesVerdict::Differs: return QStringLiteral("differs");
    case SesVerdict::PossiblyDiffers: return QStringLiteral("possibly_differs");
    case SesVerdict::Mirrors: return QStringLiteral("mirrors");
    case SesVerdict::NoSchoolweging: return QStringLiteral("no_schoolweging");
    case SesVerdict::NoPrediction: return QStringLiteral("no_prediction");
    }
    return {};
}

QString SesComparison::label(const TextLanguage& language) const
{
    const QString points = signedPoints(gap, language.locale());
    const bool more = gap > 0.0;
    switch (verdict) {
    case SesVerdict::Differs:
        return more ? language.translate("Mk::SesAfspiegeling", "differs: more disadvantaged pupils than its neighbourhoods (%1 points)").arg(points)
                    : language.translate("Mk::SesAfspiegeling", "differs: more advantaged pupils than its neighbourhoods (%1 points)").arg(points);
    case SesVerdict::PossiblyDiffers:
        return more ? language.translate("Mk::SesAfspiegeling", "possibly differs: more disadvantaged pupils than its neighbourhoods (%1 points)").arg(points)
                    : language.translate("Mk::SesAfspiegeling", "possibly differs: more advantaged pupils than its neighbourhoods (%1 points)").arg(points);
    case SesVerdict::Mirrors:
        return language.translate("Mk::SesAfspiegeling", "mirrors its neighbourhoods (within chance, %1 points)").arg(points);
    case SesVerdict::NoSchoolweging: return language.translate("Mk::SesAfspiegeling", "no schoolweging");
    case SesVerdict::NoPrediction: return language.translate("Mk::SesAfspiegeling", "too few pupils in postcodes with CBS figures");
    }
    return {};
}

QString SesComparison::shortLabel() const
{
    const QString points = signedPoints(gap, QLocale());
    switch (verdict) {
    case SesVerdict::Differs: return SesAfspiegeling::tr("differs (%1)").arg(points);
    case SesVerdict::PossiblyDiffers: return SesAfspiegeling::tr("possibly differs (%1)").arg(points);
    //: SES verdict in a table cell: the schoolweging is within chance of what the neighbourhoods predict
    case SesVerdict::Mirrors: return SesAfspiegeling::tr("mirrors (%1)").arg(points);
    case SesVerdict::NoSchoolweging: return SesAfspiegeling::tr("no schoolweging");
    case SesVerdict::NoPrediction: return SesAfspiegeling::tr("no prediction");
    }
    return {};
}

SesVerdict SesAfspiegeling::classify(double gap, double gapLow, double gapHigh, const SesVerdictOptions& options)
{
    const bool excludesZero = gapLow > 0.0 || gapHigh < 0.0;
    if (!excludesZero)
        return SesVerdict::Mirrors;
    // A tolerance far below any meaningful gap: the threshold itself counts as reached.
    return std::abs(gap) >= options.thresholdPoints - 1e-9 ? SesVerdict::Differs : SesVerdict::PossiblyDiffers;
}

QList<SesComparison> SesAfspiegeling::compare(const QList<School>& schools, const QList<PupilFlow>& flows,
                                             const SchoolwegingModel& model, const Pc4Profiles& profiles,
                                             const SesVerdictOptions& options)
{
    // Pupils by home postcode per instelling (the level of the schoolweging), over the given schools.
    QHash<QString, QString> brinOf;
    for (const School& s : schools)
        brinOf.insert(s.id, s.brin.isEmpty() ? s.id.left(4) : s.brin);
    QHash<QString, QMap<QString, double>> homes;
    for (const PupilFlow& f : flows)
        if (const auto it = brinOf.constFind(f.schoolId); it != brinOf.constEnd())
            homes[*it][f.homePostcode] += f.estimatedPupils();
    QList<SesComparison> out;
    for (const School& s : schools) {
        SesComparison c;
        c.schoolId = s.id;
        c.schoolweging = s.schoolweging;
        const QMap<QString, double> h = homes.value(brinOf.value(s.id));
        QList<QPair<QString, double>> pupils;
        for (auto it = h.cbegin(); it != h.cend(); ++it)
            pupils.append({it.key(), it.value()});
        if (const auto x = SchoolwegingModel::schoolFeatures(pupils, profiles))
            c.expected = model.predict(*x, s.schoolwegingSpread, s.pupils, options.confidence);
        if (!c.expected)
            c.verdict = SesVerdict::NoPrediction;
        else if (!c.schoolweging)
            c.verdict = SesVerdict::NoSchoolweging;
        else {
            c.gap = *c.schoolweging - c.expected->mean;
            c.gapLow = *c.schoolweging - c.expected->high;
            c.gapHigh = *c.schoolweging - c.expected->low;
            c.verdict = classify(c.gap, c.gapLow, c.gapHigh, options);
        }
        out.append(std::move(c));
    }
    return out;
}

SesGapSpread SesAfspiegeling::spread(const QList<SesComparison>& rows)
{
    SesGapSpread s;
    double sum = 0.0, sum2 = 0.0;
    for (const SesComparison& c : rows) {
        if (!c.hasVerdict())
            continue;
        s.min = s.schools == 0 ? c.gap : std::min(s.min, c.gap);
        s.max = s.schools == 0 ? c.gap : std::max(s.max, c.gap);
        ++s.schools;
        sum += c.gap;
        sum2 += c.gap * c.gap;
        s.differs += c.verdict == SesVerdict::Differs ? 1 : 0;
        s.possiblyDiffers += c.verdict == SesVerdict::PossiblyDiffers ? 1 : 0;
        s.mirrors += c.verdict == SesVerdict::Mirrors ? 1 : 0;
    }
    if (s.schools > 0) {
        s.mean = sum / s.schools;
        s.sd = s.schools > 1 ? std::sqrt(std::max(0.0, (sum2 - s.schools * s.mean * s.mean) / (s.schools - 1))) : 0.0;
    }
    return s;
}

} // namespace Mk
