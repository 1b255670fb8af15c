// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/briefingmethods.h"
#include "render/valueformat.h"

#include "catchment/catchmentanalysis.h"
#include "catchment/schoolwegingmodel.h"
#include "index/indexcatalogue.h"
#include "io/datasetloader.h"
#include "model/dataset.h"
#include "report/briefingformat.h"
#include "report/briefingsummary.h"

namespace Mk {

namespace {

/** `wijken`: the areas are wijken (the national data), so the text must not call them buurten. */
QString catchmentDefinition(const CatchmentOptions& o, const TextLanguage& lang, bool wijken)
{
    const QLocale locale = lang.locale();
    switch (o.method) {
    case CatchmentMethod::Voronoi:
        return wijken ? lang.translate("Mk::Briefing", "The part of the gemeente for which the school is the nearest school (a Voronoi "
                                                       "area). Its children are counted from the wijken it covers, in proportion to area.")
                      : lang.translate("Mk::Briefing", "The part of the gemeente for which the school is the nearest school (a Voronoi "
                                                       "area). Its children are counted from the buurten it covers, in proportion to area.");
    case CatchmentMethod::Buffer:
        return (wijken ? lang.translate("Mk::Briefing", "Everything within %1 metres of the school, inside the gemeente. Its children are "
                                                        "counted from the wijken it covers, in proportion to area.")
                       : lang.translate("Mk::Briefing", "Everything within %1 metres of the school, inside the gemeente. Its children are "
                                                        "counted from the buurten it covers, in proportion to area."))
            .arg(formatDecimal(o.distance, 0, locale));
    case CatchmentMethod::Observed:
        return lang.translate("Mk::Briefing", "The postcode areas that together supply %1 of the school's pupils (DUO, pupils by "
                                              "home postcode).")
            .arg(BriefingFormat(locale, {}).share(o.share, 0));
    }
    return {};
}

} // namespace

BriefingMethods BriefingMethodsWriter::write(const BriefingContent& c)
{
    const TextLanguage& lang = c.language;
    const QLocale locale = lang.locale();
    const BriefingFormat f(locale, c.suppressedText);
    const CatchmentResult& r = *c.catchments;
    BriefingMethods m;
    for (const QString& source : c.dataset->sources)
        m.sources.append(DatasetLoader::sourceText(source, lang));

    const auto define = [&m](const QString& term, const QString& text) { m.definitions.append({term, text}); };
    define(IndexCatalogue::label(IndexId::Dissimilarity, lang),
           lang.translate("Mk::Briefing", "The share of the pupils that would have to change school for every school to have the "
                                          "mix of the gemeente: 0 means every school has the same mix, 1 complete separation. "
                                          "For one group against the rest D = \u03a3 t\u1d62 |p\u1d62 \u2212 P| / (2 T P (1 \u2212 P)) "
                                          "(Duncan & Duncan 1955); over all groups the multigroup D (Morgan 1975). Below %1 is "
                                          "called low, from %2 high (Massey & Denton 1993).")
               .arg(f.number(BriefingSummary::kModerate, 1), f.number(BriefingSummary::kHigh, 1)));
    define(IndexCatalogue::label(IndexId::MultigroupTheilH, lang),
           lang.translate("Mk::Briefing", "How much better a pupil's group can be guessed when the school is known: 0 not at all, "
                                          "1 exactly. H = M / E, E the entropy of the group shares in the gemeente (Theil 1972; "
                                          "Reardon & Firebaugh 2002)."));
    define(IndexCatalogue::label(IndexId::MutualInformation, lang),
           lang.translate("Mk::Briefing", "The information (in nats) the school gives about a pupil's group, "
                                          "M = \u03a3 (t\u1d62 / T) \u03a3 p\u1d62\u2096 ln(p\u1d62\u2096 / P\u2096); it splits exactly "
                                          "into parts, e.g. between and within wijken (Theil & Finizza 1971; Frankel & Volij 2011)."));
    define(IndexCatalogue::label(IndexId::Isolation, lang),
           lang.translate("Mk::Briefing", "The average share of a pupil's schoolmates who belong to the pupil's own group "
                                          "(Lieberson 1981). Compare it with the group's share of all pupils."));
    define(IndexCatalogue::label(IndexId::Exposure, lang),
           lang.translate("Mk::Briefing", "The average share of a group's schoolmates who belong to the other groups (Lieberson "
                                          "1981); isolation plus exposure is 1, so here a lower value means more segregation."));
    define(lang.translate("Mk::Briefing", "Interval"),
           lang.translate("Mk::Briefing", "Every [low; high] is a 95 % interval. For the indices it is the spread of the index over "
                                          "%1 resamples of the pupils (bootstrap; Efron & Tibshirani 1993), placed around the value "
                                          "(shifted by the bootstrap's bias). It shows how much a value could move by chance in who "
                                          "happens to attend which school.")
               .arg(locale.toString(c.spec.replicates)));
    define(lang.translate("Mk::Briefing", "At random, bias-corrected"),
           lang.translate("Mk::Briefing", "“At random” is the index when the same pupils are spread at random over the "
                                          "same schools (Carrington & Troske 1997): small schools make D and H look higher even then. "
                                          "Segregation counts as beyond chance when random spreading gives a value at least as high "
                                          "in fewer than 5 % of the draws. The bias-corrected value removes the bootstrap's estimate "
                                          "of that small-school effect."));
    define(lang.translate("Mk::Briefing", "Nearest school"),
           lang.translate("Mk::Briefing", "The index if every child went to the nearest school: the segregation that where families "
                                          "live explains (Inspectie van het Onderwijs, Staat van het Onderwijs 2018). The difference "
                                          "with the actual value is the part added by school choice and admission; it counts as real "
                                          "when its interval lies wholly above zero."));
    define(lang.translate("Mk::Briefing", "Catchment area (voedingsgebied)"), catchmentDefinition(r.options, lang, c.dataset && c.dataset->areas.level == AreaLevel::Wijk));
    define(lang.translate("Mk::Briefing", "Afspiegeling"),
           lang.translate("Mk::Briefing", "A school mirrors its catchment area unless the share of a group at the school differs by "
                                          "at least %1 percentage points from that among the children of its catchment, and the 95 % "
                                          "interval of the school's share (Wilson 1927) excludes the catchment's share. The gap is "
                                          "school share minus catchment share, in percentage points. Schools with fewer than %2 "
                                          "pupils are not judged.")
               .arg(locale.toString(r.options.afspiegeling.thresholdPp), locale.toString(r.options.afspiegeling.minPupils)));
    if (!r.ses.isEmpty()) {
        const auto& model = SchoolwegingModel::shipped();
        const SchoolwegingValidation v = model ? model->validation : SchoolwegingValidation{};
        define(lang.translate("Mk::Briefing", "Schoolweging vs neighbourhoods"),
               lang.translate("Mk::Briefing", "The Inspectie's schoolweging of a school (CBS, from the parents' education, country of birth "
                                              "and debts) minus the schoolweging expected from where its pupils live: the DUO pupils per "
                                              "home postcode times the CBS figures of those postcodes (residents' country of birth, WOZ value, owner-"
                                              "occupied and corporation housing, benefits, household types, urbanity) and the CBS "
                                              "SES-WOA score. The model is a weighted ridge regression fitted on %1 schools of the "
                                              "country (Hoerl & Kennard 1970); on schools held out of the fit (%2-fold cross-validation) "
                                              "it explains %3 of the differences in schoolweging (R\u00b2), with a residual spread of "
                                              "%4 points, and %5 of those schools fall inside their %6 prediction interval. A school "
                                              "differs when its schoolweging lies outside that interval and at least %7 points from the "
                                              "expectation (our convention, about one national standard deviation); outside the "
                                              "interval but closer, it possibly differs. The gap shows the sorting that choice and "
                                              "admission add within neighbourhoods, plus what the model misses.")
                   .arg(locale.toString(v.schools), locale.toString(v.folds), f.share(v.r2), formatDecimal(v.residualSd, 1, locale),
                        f.share(v.coverage), f.share(r.options.ses.confidence), formatDecimal(r.options.ses.thresholdPoints, 1, locale)));
    }
    if (!c.scenarios.isEmpty()) {
        define(lang.translate("Mk::Briefing", "What-if scenario"),
               lang.translate("Mk::Briefing", "A simulation of where children would go to school after a change. The children are "
                                              "today's pupils at their home postcodes; families rank the schools with a choice model "
                                              "fitted on where pupils go now (conditional logit, McFadden 1974; each school's "
                                              "attractiveness calibrated to its pupils, Berry 1994); the admission rules then give out "
                                              "the places (deferred acceptance, Gale & Shapley 1962, or decentral adaptive Boston, "
                                              "Alcalde 1996). Lotteries and choices differ from run to run; “today” is the "
                                              "same simulation without the change."));
        define(lang.translate("Mk::Briefing", "90 % band"),
               lang.translate("Mk::Briefing", "On the scenario pages, [low; high] holds the middle 90 % of the runs (their 5th to 95th "
                                              "percentile), not a 95 % interval. The band of a difference is that of the differences run "
                                              "by run: both situations draw the same random numbers (common random numbers), so the "
                                              "difference is much surer than the two bands side by side suggest."));
        define(lang.translate("Mk::Briefing", "Chance of a decrease"),
               lang.translate("Mk::Briefing", "The share of the runs in which an index is lower in the scenario than today."));
        define(lang.translate("Mk::Briefing", "Blocking pair"),
               lang.translate("Mk::Briefing", "A child and a school that would both rather have each other than what the admission gave "
                                              "them. Deferred acceptance leaves none (Gale & Shapley 1962), and every simulated matching "
                                              "is checked for them, for places beyond capacity and for reserved places. Decentral "
                                              "admission is not stable by design: there such pairs are expected and not counted as errors."));
    }
    for (const GoalEvaluation& g : c.goals) {
        if (g.goal.indicator == GoalIndicator::SchoolwegingSpread) {
            define(LeaGoal::indicatorName(GoalIndicator::SchoolwegingSpread, lang),
                   lang.translate("Mk::Briefing", "The standard deviation of the schools' schoolweging (CBS), each school weighted by "
                                                  "its pupils. Its interval varies every school's mean by its own spread divided by "
                                                  "the square root of its pupils (parametric bootstrap)."));
            break;
        }
    }

    for (const GroupTable& t : c.dataset->areaComposition)
        if (t.characteristic == c.characteristic && !t.assumption.isEmpty())
            m.assumptions << lang.translate("Mk::Briefing", "Children per group in the areas: %1").arg(t.assumptionText(lang));
    m.assumptions << lang.translate("Mk::Briefing", "School composition: %1.").arg(r.schoolCompositionDescription(lang));
    if (r.schoolComposition.estimated)
        m.assumptions << lang.translate("Mk::Briefing", "Estimated figures are marked * in the school table. They cannot see "
                                                        "sorting within a postcode area, so the segregation they show is a lower "
                                                        "bound, and their intervals cover chance in who enrols, not the error of "
                                                        "the estimate.");
    if (r.referenceResolution == AreaLevel::Postcode4)
        m.assumptions << lang.translate("Mk::Briefing", "Catchments and the nearest-school comparison use whole postcode areas, "
                                                        "the resolution of the estimate.");
    m.assumptions << lang.translate("Mk::Briefing", "Only regular primary schools take part; special schools draw their pupils from "
                                                    "a much wider area.");
    m.privacy = lang.translate("Mk::Briefing", "Figures resting on fewer than %1 children are shown as %2, and so are the figures "
                                               "from which they could be computed back (secondary suppression: a total minus the "
                                               "other figures). %3 means no data. On the map, hatching marks withheld values and "
                                               "white marks missing ones.")
                    .arg(locale.toString(c.spec.privacyThreshold), c.suppressedText, BriefingFormat::missing());
    return m;
}

} // namespace Mk
