// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/briefingsummary.h"
#include "render/valueformat.h"

#include "catchment/catchmentanalysis.h"
#include "report/briefingcontent.h"
#include "report/briefingformat.h"

#include <cmath>

namespace Mk {

QStringList BriefingSummary::sentences(const BriefingContent& c)
{
    const TextLanguage& lang = c.language;
    const BriefingFormat f(lang.locale(), c.suppressedText);
    QStringList out;
    const BriefingFigure* d = c.figure(IndexId::MultigroupDissimilarity);
    // One school (Vlieland, Schiermonnikoog): D is 0 by definition, so "low" and "not more than chance" would mislead.
    if (d && c.schools.size() == 1) {
        out << lang.translate("Mk::Briefing", "The gemeente has one primary school, so there is no segregation between its schools "
                                              "to measure: D is 0 by definition. What can differ is that school and the "
                                              "neighbourhoods its pupils come from.");
    } else if (d) {
        const QString level = d->value >= kHigh       ? lang.translate("Mk::Briefing", "high")
                              : d->value >= kModerate ? lang.translate("Mk::Briefing", "moderate")
                                                      : lang.translate("Mk::Briefing", "low");
        out << lang.translate("Mk::Briefing", "Segregation between the primary schools by %1 is %2: the dissimilarity index D is %3 %4, "
                                              "on a scale from 0 (every school has the mix of the gemeente) to 1 (complete separation).")
                   .arg(c.characteristicLabel, level, f.index(d->value), BriefingFormat::interval(f.index(d->low), f.index(d->high)));
        const bool beyondChance = d->pValue < kAlpha;
        out << (beyondChance ? lang.translate("Mk::Briefing", "That is more than chance: with the same pupils spread at random over "
                                                              "the same schools, D would be about %1.")
                             : lang.translate("Mk::Briefing", "That is not more than chance alone gives with schools of these sizes "
                                                              "(about %1 when pupils are spread at random), so the differences "
                                                              "between schools may be noise."))
                   .arg(f.index(d->expectedRandom));
        const bool hasHousing = std::isfinite(d->residential) && std::isfinite(d->choiceLow);
        const bool choiceAdds = hasHousing && d->choiceLow > 0.0;
        if (hasHousing) {
            const QString choice = f.index(d->choice) + QLatin1Char(' ') + BriefingFormat::interval(f.index(d->choiceLow), f.index(d->choiceHigh));
            if (choiceAdds)
                out << lang.translate("Mk::Briefing", "If every child attended its nearest school, D would be %1: that part comes from "
                                                      "where families live. School choice and admission add %2.")
                           .arg(f.index(d->residential), choice);
            else if (d->choiceHigh < 0.0)
                out << lang.translate("Mk::Briefing", "If every child attended its nearest school, D would be %1: the schools are more "
                                                      "mixed than their neighbourhoods, so choice and admission lower segregation (%2).")
                           .arg(f.index(d->residential), choice);
            else
                out << lang.translate("Mk::Briefing", "If every child attended its nearest school, D would be %1; the difference with "
                                                      "the actual value (%2) is within chance, so the data show no segregation added "
                                                      "by school choice.")
                           .arg(f.index(d->residential), choice);
        }
        if (beyondChance && choiceAdds)
            out << lang.translate("Mk::Briefing", "In short: there is segregation beyond what chance and housing explain.");
        else if (beyondChance && hasHousing)
            out << lang.translate("Mk::Briefing", "In short: segregation goes beyond chance, but where families live explains it.");
        else if (!beyondChance)
            out << lang.translate("Mk::Briefing", "In short: the data show no segregation beyond what chance explains.");
    }
    if (const BriefingFigure* iso = c.figure(IndexId::Isolation, c.focusGroup))
        out << lang.translate("Mk::Briefing", "On average %1 of the schoolmates of a pupil of the group \"%2\" belong to that group "
                                              "too; the group makes up %3 of all pupils.")
                   .arg(f.share(iso->value), c.focusGroupLabel, f.share(c.focusGroupShare));
    bool estimated = false;
    for (const BriefingSchoolRow& row : c.schools)
        estimated = estimated || row.estimated;
    const SesGapSpread ses = c.catchments ? c.catchments->sesSpread : SesGapSpread{};
    if (ses.schools == 1) {
        for (const BriefingSchoolRow& row : c.schools)
            if (row.sesVerdictKey == QLatin1String("differs") || row.sesVerdictKey == QLatin1String("possibly_differs")
                || row.sesVerdictKey == QLatin1String("mirrors"))
                //: %1 a school, %2 its SES verdict, e.g. "mirrors its neighbourhoods (within chance, -3.0 points)"
                out << lang.translate("Mk::Briefing", "Measured by the Inspectie's schoolweging against what the home postcodes of "
                                                      "its own pupils predict, %1: %2.")
                           .arg(row.name, row.sesVerdict);
    } else if (ses.schools > 0) {
        // The schoolweging is measured per school; it is the headline where the composition is only an estimate.
        out << lang.translate("Mk::Briefing", "Measured by the Inspectie's schoolweging, %1 of the %2 schools with one differ from "
                                              "what the home postcodes of their own pupils predict, and %3 more possibly do; the "
                                              "gaps range from %4 to %5 points (SD %6).")
                   .arg(ses.differs)
                   .arg(ses.schools)
                   .arg(ses.possiblyDiffers)
                   .arg(formatDecimal(ses.min, 1, lang.locale()), formatDecimal(ses.max, 1, lang.locale()),
                        formatDecimal(ses.sd, 1, lang.locale()));
        QStringList more, less;
        for (const BriefingSchoolRow& row : c.schools)
            if (row.sesVerdictKey == QLatin1String("differs"))
                (row.sesGap > 0 ? more : less) << row.name;
        if (!more.isEmpty())
            out << lang.translate("Mk::Briefing", "More disadvantaged pupils than their neighbourhoods: %1.").arg(more.join(QStringLiteral(", ")));
        if (!less.isEmpty())
            out << lang.translate("Mk::Briefing", "More advantaged pupils than their neighbourhoods: %1.").arg(less.join(QStringLiteral(", ")));
    }
    if (c.schoolsJudged > 0 && !(estimated && ses.schools > 0)) {
        out << lang.translate("Mk::Briefing", "%1 of the %2 schools that could be compared mirror the mix of the children in "
                                              "their own catchment area.")
                   .arg(c.schoolsMirroring)
                   .arg(c.schoolsJudged);
        const int differing = c.schoolsJudged - c.schoolsMirroring;
        if (differing > 0)
            out << lang.translate("Mk::Briefing", "%n school(s) differ clearly from their catchment area; the table names them.",
                                  nullptr, differing);
    }
    if (estimated)
        out << lang.translate("Mk::Briefing", "The school compositions are estimates from where the pupils live; they miss sorting "
                                              "within a postcode area, so read these statements as indicative.");
    int withValue = 0, met = 0;
    for (const GoalEvaluation& g : c.goals) {
        withValue += g.current ? 1 : 0;
        met += g.isMet() ? 1 : 0;
    }
    if (withValue > 0)
        out << lang.translate("Mk::Briefing", "%1 of %n LEA goal(s) are met at their current value.", nullptr, withValue).arg(met);
    if (c.suppressedCount > 0)
        out << lang.translate("Mk::Briefing", "%n figure(s) in the school table rest on fewer than %1 children, or would give such a "
                                              "figure away; they are shown as %2.",
                              nullptr, c.suppressedCount)
                   .arg(lang.locale().toString(c.spec.privacyThreshold), c.suppressedText);
    return out;
}

} // namespace Mk
