// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "i18n/textlanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace Mk {

struct GroupTable;

/** Thresholds of the afspiegeling verdict; the defaults are our convention (no Dutch norm was found, DOMAIN.md A5). */
struct AfspiegelingOptions {
    /** A group is over- or under-represented only when the school's share differs by at least this many percentage points. */
    double thresholdPp = 10.0;
    /** ... and the Wilson interval of the school's share at this confidence excludes the catchment's share. */
    double confidence = 0.95;
    /** Schools with fewer pupils get no verdict (privacy: no shares for denominators below 10, DESIGN.md). */
    double minPupils = 10.0;
    /**
     * Privacy threshold (at least 1): school shares of an observed table resting on 1 to this-minus-one pupils
     * are withheld, and so are the shares that would give them away (SmallCellSuppressor; DESIGN.md).
     */
    double privacyThreshold = 5.0;
};

/**
 * The verdict for one school. Possibly over/under: the interval excludes the catchment share, but the gap is below
 * the policy threshold; such a school is not called a reflection of its area.
 */
enum class AfspiegelingVerdict { Mirrors, OverRepresents, UnderRepresents, PossiblyOver, PossiblyUnder, TooFewPupils, NoData };

/** One group of one school: its share in the school, the catchment and the gemeente, and the gaps. */
struct AfspiegelingGroup {
    QString group;
    double schoolShare = 0.0;    ///< 0-1
    double catchmentShare = 0.0; ///< 0-1
    double gemeenteShare = 0.0;  ///< 0-1
    double gapPp = 0.0;          ///< (school - catchment) x 100
    double gapLowPp = 0.0;       ///< Wilson interval of the school share minus the catchment share, x 100
    double gapHighPp = 0.0;
    double gemeenteGapPp = 0.0;  ///< (school - gemeente) x 100
    /**
     * The school share and every figure derived from it (gaps, intervals) must not be shown: primary or
     * secondary small-cell suppression of an observed table. Estimated shares are model output and stay visible.
     */
    bool suppressed = false;
};

/** One school compared with its catchment and the gemeente. */
struct AfspiegelingRow {
    QString schoolId;
    double pupils = 0.0;
    /**
     * The pupil total must not be shown (CatchmentAnalysis): it could rest on fewer children than the privacy
     * threshold (a DUO "<5" cell counted at 1), or it would give such a total away through the sum of all
     * schools. A row whose own total is small has every group suppressed as well.
     */
    bool pupilsSuppressed = false;
    bool estimated = false; ///< the school composition is an estimate
    QList<AfspiegelingGroup> groups;
    AfspiegelingVerdict verdict = AfspiegelingVerdict::NoData;
    QString verdictGroup; ///< the group over/under-represented most (OverRepresents/UnderRepresents/Possibly*)
    double verdictGapPp = 0.0;

    /**
     * Translated verdict, e.g. "over-represents outside Europe", with "(estimate)" when estimated; the group
     * is named by its label in `groups` (the table the row was compared on).
     */
    QString label(const GroupTable& groups, const TextLanguage& language = TextLanguage::application()) const;
    /** The verdict in a few words for a table cell ("mirrors"), without "(estimate)": the column header says it. */
    QString shortLabel(const GroupTable& groups) const;
    /** Stable key of the verdict: mirrors, over, under, possibly_over, possibly_under, too_few_pupils, no_data. */
    QString verdictKey() const;
    /** The verdict's gap may be shown: a named group whose share is not suppressed. */
    bool showsVerdictGap() const;
    /** The school differs from its catchment beyond chance (over, under or possibly either). */
    bool differsBeyondChance() const;
    /** The school was judged: mirrors or differs beyond chance (not too small, not without data). */
    bool judged() const { return verdict == AfspiegelingVerdict::Mirrors || differsBeyondChance(); }
};

/**
 * Afspiegeling: does a school mirror its own catchment? For each group k the gap is
 * school share - catchment share in percentage points. School size enters through the Wilson score
 * interval of the school share, p_hat with n pupils and z the normal quantile of the confidence:
 *   (p_hat + z^2/2n +- z sqrt(p_hat(1-p_hat)/n + z^2/4n^2)) / (1 + z^2/n)
 * (Wilson 1927, JASA 22:209-212; recommended for small n by Brown, Cai & DasGupta 2001, Stat. Sci. 16:101-133).
 * The catchment share is treated as fixed: it rests on far more children than one school.
 * A school over-represents group k when gap_k >= threshold and the interval lies wholly above the
 * catchment share; under-represents when gap_k <= -threshold and the interval lies wholly below; the
 * verdict names the group with the largest such |gap| (over-representation first on ties). When no group
 * reaches the threshold but some interval still excludes the catchment share, the school "possibly" over-
 * or under-represents the group with the largest such |gap|. Only when every interval includes the
 * catchment share does it "mirror its area". The interval reflects chance in who enrols, not the uncertainty of an
 * estimated school composition, which is why estimated rows are labelled as such.
 * Privacy: the pupil counts of an observed school table go through SmallCellSuppressor (row and column
 * totals count as published), and AfspiegelingGroup::suppressed marks what must not be shown.
 */
class Afspiegeling
{
    Q_DECLARE_TR_FUNCTIONS(Mk::Afspiegeling)
public:
    struct Interval {
        double low = 0.0;
        double high = 0.0;
    };

    /** Wilson score interval for a proportion p observed among n (n > 0). */
    static Interval wilson(double p, double n, double confidence);
    /** The two-sided standard normal quantile z with P(|Z| <= z) = confidence. */
    static double normalQuantile(double confidence);

    /**
     * Compares each school row of `schools` with the row of the same id in `catchments` and with the
     * gemeente shares (one per group, summing to 1). Fails for a privacy threshold below 1.
     */
    static Result<QList<AfspiegelingRow>> compare(const GroupTable& schools, const GroupTable& catchments,
                                                  const std::vector<double>& gemeenteShares, const AfspiegelingOptions& options);
};

} // namespace Mk
