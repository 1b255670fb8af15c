// SPDX-License-Identifier: GPL-3.0-or-later
#include "vo/vosummary.h"
#include "render/valueformat.h"

#include "index/indexcatalogue.h"
#include "privacy/smallcellsuppressor.h"
#include "vo/voanalysis.h"

#include <cmath>

namespace Mk {

namespace {

QString number(double v, int decimals, const TextLanguage& language)
{
    return std::isfinite(v) ? formatDecimal(v, decimals, language.locale()) : QStringLiteral("-");
}

QString withheldText(double threshold, const TextLanguage& language)
{
    return SmallCellSuppressor::create(threshold)->suppressedText(language.locale());
}

/** "M = 0,123 (95% interval 0,100 to 0,140)" for one multigroup index of a report. */
QString indexText(const IndexReport& report, IndexId id, double value, const TextLanguage& language)
{
    const QString label = IndexCatalogue::label(id, language);
    const InferenceReport::Estimate* e = report.inference ? report.inference->find(id) : nullptr;
    if (!e)
        return language.translate("Mk::VoSummary", "%1 %2").arg(label, number(value, 3, language));
    return language.translate("Mk::VoSummary", "%1 %2 (%3% interval %4 to %5)")
        .arg(label, number(value, 3, language), number(100 * report.inference->options.confidence, 0, language),
             number(e->centredLow(), 3, language), number(e->centredHigh(), 3, language));
}

} // namespace

QString VoSummary::percent(double share, bool withheld, double threshold, const TextLanguage& language)
{
    if (withheld)
        return withheldText(threshold, language);
    if (!std::isfinite(share))
        return QStringLiteral("-");
    return language.translate("Mk::VoSummary", "%1%").arg(number(100 * share, 0, language));
}

QString VoSummary::levelsText(const VoAreaYear& year, qsizetype location, const TextLanguage& language)
{
    QStringList levels;
    for (VoLevel level : kVoLevels)
        if (year.locations[location].pupils.levelPupils[static_cast<size_t>(level)] > 0.0)
            levels.append(VoProgrammes::label(level, language));
    return levels.isEmpty() ? language.translate("Mk::VoSummary", "first years only") : levels.join(QStringLiteral(", "));
}

QString VoSummary::locationLine(const VoAnalysis& a, qsizetype i, const TextLanguage& language)
{
    const VoAreaYear& year = a.latest();
    const VoAreaLocation& l = year.locations[i];
    const double threshold = a.options.report.privacyThreshold;
    const QString firstYear = year.firstYearPupilsWithheld(i) ? withheldText(threshold, language) : number(l.pupils.firstYearPupils(), 0, language);
    QString line = language.translate("Mk::VoSummary", "%1 %2 (%3): %4%5; first year %6 pupils, %7 in a heterogeneous class")
                       .arg(l.pupils.id, l.pupils.name, l.address.place, levelsText(year, i, language),
                            l.pupils.categorical() ? language.translate("Mk::VoSummary", " (categorical)") : QString(), firstYear,
                            percent(l.pupils.heterogeneousShare(), year.locationShareWithheld(i), threshold, language));
    return line;
}

QStringList VoSummary::findings(const VoAnalysis& a, const TextLanguage& language)
{
    QStringList out;
    const VoAreaYear& year = a.latest();
    const double threshold = a.options.report.privacyThreshold;
    const QString yearText = year.yearInferred ? language.translate("Mk::VoSummary", "%1 (year inferred)").arg(year.schoolYear) : year.schoolYear;

    QStringList categorical;
    int firstYearsOnly = 0;
    for (qsizetype i = 0; i < year.locations.size(); ++i) {
        const VoLocationYear& p = year.locations[i].pupils;
        if (p.categorical())
            categorical.append(p.name + QStringLiteral(" (") + levelsText(year, i, language) + QLatin1Char(')'));
        firstYearsOnly += p.levelsOffered() == 0 ? 1 : 0;
    }
    // Counts as plain ints first: lupdate does not read a template cast inside translate().
    const int locationCount = static_cast<int>(year.locations.size());
    const int categoricalCount = static_cast<int>(categorical.size());
    out.append(language.translate("Mk::VoSummary", "%1, %2: %n vo vestiging(en) with pupils.", nullptr, locationCount)
                   .arg(a.area.name(), yearText));
    if (!categorical.isEmpty())
        out.append(language.translate("Mk::VoSummary", "%n of them are categorical (one level only in the upper years): %1.", nullptr,
                                      categoricalCount)
                       .arg(categorical.join(QStringLiteral("; "))));
    else
        out.append(language.translate("Mk::VoSummary", "None of them is categorical: each offers at least two levels in the upper years."));
    if (firstYearsOnly > 0)
        out.append(language.translate("Mk::VoSummary", "%n vestiging(en) teach only the first years (their pupils go on elsewhere).", nullptr, firstYearsOnly));

    QStringList totals;
    for (VoLevel level : kVoLevels) {
        const double n = year.levelTotals[static_cast<size_t>(level)];
        totals.append(VoProgrammes::label(level, language) + QLatin1Char(' ')
                      + (n > 0.0 && n < threshold ? withheldText(threshold, language) : number(n, 0, language)));
    }
    out.append(language.translate("Mk::VoSummary", "Upper-year pupils by level: %1.").arg(totals.join(QStringLiteral(", "))));

    if (a.report) {
        const MultigroupIndices& m = a.report->summary.multigroup;
        out.append(language.translate("Mk::VoSummary", "Segregation by level across the vestigingen: %1; %2; %3.")
                       .arg(indexText(*a.report, IndexId::MutualInformation, m.mutualInformation, language),
                            indexText(*a.report, IndexId::MultigroupTheilH, m.theilH, language),
                            indexText(*a.report, IndexId::MultigroupDissimilarity, m.dissimilarity, language)));
        if (a.report->decomposition && a.report->decomposition->total > 0.0) {
            const EntropyDecomposition& d = *a.report->decomposition;
            out.append(language.translate("Mk::VoSummary", "Of M, %1% lies between the gemeenten of the region and %2% within them.")
                           .arg(number(100 * d.between / d.total, 0, language), number(100 * d.within / d.total, 0, language)));
        }
    } else if (!a.indicesUnavailable.isEmpty()) {
        out.append(a.indicesUnavailable);
    }
    out.append(language.translate("Mk::VoSummary", "%1 of the first-year pupils are in a heterogeneous first-year class (a programme that leads "
                                            "to at least two of vmbo, havo and vwo).")
                   .arg(percent(year.heterogeneousShare(), year.areaShareWithheld(), threshold, language)));

    if (a.hasChange()) {
        const VoAreaYear& before = a.years.first();
        if (a.changeReport && a.changeReport->change) {
            const IndexChange& c = *a.changeReport->change;
            const MutualInformationChange& m = c.mutualInformation;
            QString interval;
            for (qsizetype j = 0; j < c.keys.size(); ++j)
                if (c.keys[j].group.isEmpty() && c.keys[j].id == IndexId::MutualInformation && c.options.replicates > 0) {
                    const IndexChange::Difference& d = c.differences[static_cast<size_t>(j)];
                    interval = language.translate("Mk::VoSummary", " (%1% interval %2 to %3)")
                                   .arg(number(100 * c.options.confidence, 0, language), number(d.ciLow, 3, language), number(d.ciHigh, 3, language));
                }
            out.append(language.translate("Mk::VoSummary", "From %1 to %2, M went from %3 to %4, a change of %5%6. Vestigingen that opened "
                                                    "(%7) contribute %8, those that closed (%9) %10, and the rest (composition, sizes, "
                                                    "who goes where) %11.")
                           .arg(before.schoolYear, year.schoolYear, number(m.before, 3, language), number(m.after, 3, language),
                                number(m.difference, 3, language), interval, QString::number(m.addedUnits), number(m.additions, 3, language),
                                QString::number(m.removedUnits), number(m.removals, 3, language))
                           .arg(number(m.groupMarginal + m.unitMarginal + m.structural, 3, language)));
        }
        const bool hidden = before.areaShareWithheld() || year.areaShareWithheld();
        out.append(language.translate("Mk::VoSummary", "The heterogeneous first-year share went from %1 to %2.")
                       .arg(percent(before.heterogeneousShare(), hidden, threshold, language),
                            percent(year.heterogeneousShare(), hidden, threshold, language)));
    }
    return out;
}

} // namespace Mk
