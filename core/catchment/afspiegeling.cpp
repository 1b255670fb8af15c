// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/afspiegeling.h"

#include "model/grouptable.h"
#include "privacy/smallcellsuppressor.h"

#include <algorithm>
#include <cmath>

namespace Mk {

double Afspiegeling::normalQuantile(double confidence)
{
    // Bisection on the normal CDF written with erfc: exact to double precision, no table needed.
    const double target = 1.0 - (1.0 - confidence) / 2.0;
    double lo = 0.0, hi = 10.0;
    for (int i = 0; i < 200 && hi - lo > 1e-15; ++i) {
        const double mid = 0.5 * (lo + hi);
        (0.5 * std::erfc(-mid / std::sqrt(2.0)) < target ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

Afspiegeling::Interval Afspiegeling::wilson(double p, double n, double confidence)
{
    const double z = normalQuantile(confidence);
    const double z2n = z * z / n;
    const double centre = (p + z2n / 2.0) / (1.0 + z2n);
    const double half = z * std::sqrt(p * (1.0 - p) / n + z * z / (4.0 * n * n)) / (1.0 + z2n);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

QString AfspiegelingRow::verdictKey() const
{
    switch (verdict) {
    case AfspiegelingVerdict::Mirrors: return QStringLiteral("mirrors");
    case AfspiegelingVerdict::OverRepresents: return QStringLiteral("over");
    case AfspiegelingVerdict::UnderRepresents: return QStringLiteral("under");
    case AfspiegelingVerdict::PossiblyOver: return QStringLiteral("possibly_over");
    case AfspiegelingVerdict::PossiblyUnder: return QStringLiteral("possibly_under");
    case AfspiegelingVerdict::TooFewPupils: return QStringLiteral("too_few_pupils");
    case AfspiegelingVerdict::NoData: return QStringLiteral("no_data");
    }
    return {};
}

QString AfspiegelingRow::shortLabel(const GroupTable& groups) const
{
    switch (verdict) {
    //: afspiegeling verdict in a table cell: the school mirrors its catchment area
    case AfspiegelingVerdict::Mirrors: return Afspiegeling::tr("mirrors");
    case AfspiegelingVerdict::OverRepresents: return Afspiegeling::tr("over-represents %1").arg(groups.groupLabelOf(verdictGroup));
    case AfspiegelingVerdict::UnderRepresents: return Afspiegeling::tr("under-represents %1").arg(groups.groupLabelOf(verdictGroup));
    case AfspiegelingVerdict::PossiblyOver: return Afspiegeling::tr("possibly over-represents %1").arg(groups.groupLabelOf(verdictGroup));
    case AfspiegelingVerdict::PossiblyUnder: return Afspiegeling::tr("possibly under-represents %1").arg(groups.groupLabelOf(verdictGroup));
    //: afspiegeling verdict in a table cell: the school is too small to judge
    case AfspiegelingVerdict::TooFewPupils: return Afspiegeling::tr("too few pupils");
    case AfspiegelingVerdict::NoData: return Afspiegeling::tr("no data");
    }
    return {};
}

QString AfspiegelingRow::label(const GroupTable& groups, const TextLanguage& language) const
{
    const QString group = groups.groupLabelOf(verdictGroup, language);
    QString text;
    switch (verdict) {
    case AfspiegelingVerdict::Mirrors: text = language.translate("Mk::Afspiegeling", "mirrors its area"); break;
    case AfspiegelingVerdict::OverRepresents: text = language.translate("Mk::Afspiegeling", "over-represents %1").arg(group); break;
    case AfspiegelingVerdict::UnderRepresents: text = language.translate("Mk::Afspiegeling", "under-represents %1").arg(group); break;
    case AfspiegelingVerdict::PossiblyOver: text = language.translate("Mk::Afspiegeling", "possibly over-represents %1").arg(group); break;
    case AfspiegelingVerdict::PossiblyUnder: text = language.translate("Mk::Afspiegeling", "possibly under-represents %1").arg(group); break;
    case AfspiegelingVerdict::TooFewPupils: text = language.translate("Mk::Afspiegeling", "too few pupils to judge"); break;
    case AfspiegelingVerdict::NoData: text = language.translate("Mk::Afspiegeling", "no data"); break;
    }
    return estimated ? language.translate("Mk::Afspiegeling", "%1 (estimate)").arg(text) : text;
}

bool AfspiegelingRow::differsBeyondChance() const
{
    return verdict == AfspiegelingVerdict::OverRepresents || verdict == AfspiegelingVerdict::UnderRepresents
        || verdict == AfspiegelingVerdict::PossiblyOver || verdict == AfspiegelingVerdict::PossiblyUnder;
}

bool AfspiegelingRow::showsVerdictGap() const
{
    if (!differsBeyondChance())
        return false;
    for (const AfspiegelingGroup& g : groups)
        if (g.group == verdictGroup)
            return !g.suppressed;
    return false;
}

Result<QList<AfspiegelingRow>> Afspiegeling::compare(const GroupTable& schools, const GroupTable& catchments,
                                                     const std::vector<double>& gemeenteShares, const AfspiegelingOptions& options)
{
    const auto suppressor = SmallCellSuppressor::create(options.privacyThreshold);
    if (!suppressor)
        return suppressor.error();
    // Model estimates rest on no real count of children; an observed table is protected with its totals.
    const SuppressionPattern privacy = schools.estimated ? SuppressionPattern{}
                                                         : suppressor->apply(schools.cells, schools.unitCount(), schools.groupCount());
    QList<AfspiegelingRow> rows;
    const qsizetype groups = schools.groupCount();
    for (qsizetype s = 0; s < schools.unitCount(); ++s) {
        AfspiegelingRow row;
        row.schoolId = schools.unitIds[s];
        row.estimated = schools.estimated;
        const qsizetype c = catchments.unitIds.indexOf(row.schoolId);
        double n = 0.0, children = 0.0;
        bool complete = true;
        for (qsizetype k = 0; k < groups; ++k) {
            complete = complete && schools.cell(s, k).hasValue();
            n += schools.cell(s, k).valueOr(0.0);
            if (c >= 0)
                children += catchments.cell(c, k).valueOr(0.0);
        }
        row.pupils = n;
        if (!complete || !(n > 0.0) || c < 0 || !(children > 0.0)) {
            rows.append(std::move(row));
            continue;
        }
        for (qsizetype k = 0; k < groups; ++k) {
            AfspiegelingGroup g;
            g.group = schools.groups[k];
            g.schoolShare = schools.cell(s, k).valueOr(0.0) / n;
            g.catchmentShare = catchments.cell(c, k).valueOr(0.0) / children;
            g.gemeenteShare = gemeenteShares[static_cast<size_t>(k)];
            const Interval ci = wilson(g.schoolShare, n, options.confidence);
            g.gapPp = 100.0 * (g.schoolShare - g.catchmentShare);
            g.gapLowPp = 100.0 * (ci.low - g.catchmentShare);
            g.gapHighPp = 100.0 * (ci.high - g.catchmentShare);
            g.gemeenteGapPp = 100.0 * (g.schoolShare - g.gemeenteShare);
            g.suppressed = !schools.estimated && privacy.isSuppressed(s, k);
            row.groups.append(g);
        }
        if (n < options.minPupils) {
            row.verdict = AfspiegelingVerdict::TooFewPupils;
            rows.append(std::move(row));
            continue;
        }
        row.verdict = AfspiegelingVerdict::Mirrors;
        // Gaps are differences of rounded shares: compare with a tolerance far below any meaningful gap.
        constexpr double eps = 1e-9;
        double best = 0.0;
        for (const AfspiegelingGroup& g : std::as_const(row.groups)) {
            const bool over = g.gapPp >= options.thresholdPp - eps && g.gapLowPp > 0.0;
            const bool under = g.gapPp <= -options.thresholdPp + eps && g.gapHighPp < 0.0;
            const double size = std::abs(g.gapPp);
            const bool tie = std::abs(size - best) <= eps;
            const bool better = (size > best && !tie) || (tie && over && row.verdict == AfspiegelingVerdict::UnderRepresents);
            if ((over || under) && better) {
                best = size;
                row.verdict = over ? AfspiegelingVerdict::OverRepresents : AfspiegelingVerdict::UnderRepresents;
                row.verdictGroup = g.group;
                row.verdictGapPp = g.gapPp;
            }
        }
        // Below the threshold but beyond chance: never "mirrors" (an interval wholly below zero is no reflection).
        for (const AfspiegelingGroup& g : std::as_const(row.groups)) {
            if (row.verdict != AfspiegelingVerdict::Mirrors && row.verdict != AfspiegelingVerdict::PossiblyOver
                && row.verdict != AfspiegelingVerdict::PossiblyUnder)
                break;
            const bool above = g.gapLowPp > 0.0, below = g.gapHighPp < 0.0;
            const double size = std::abs(g.gapPp);
            if ((above || below) && size > best + eps) {
                best = size;
                row.verdict = above ? AfspiegelingVerdict::PossiblyOver : AfspiegelingVerdict::PossiblyUnder;
                row.verdictGroup = g.group;
                row.verdictGapPp = g.gapPp;
            }
        }
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace Mk
