// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/briefing/briefingschoolssection.h"
#include "render/valueformat.h"

#include "catchment/catchmentanalysis.h"
#include "model/dataset.h"
#include "report/briefingcontent.h"
#include "shared/briefing/briefingdocument.h"

#include <algorithm>

namespace Mk {

QString BriefingSchoolsSection::key() const
{
    return BriefingSection::kSchools;
}

QString BriefingSchoolsSection::title(const TextLanguage& language) const
{
    return language.translate("Mk::Briefing", "Schools and their catchment areas");
}

void BriefingSchoolsSection::paint(BriefingDocument& doc) const
{
    const BriefingContent& c = doc.content();
    const TextLanguage& lang = c.language;
    const BriefingFormat& f = doc.format();
    doc.heading(title(lang));
    doc.paragraph(lang.translate("Mk::Briefing", "For each school: the share of each group among its pupils (school) and among the "
                                                 "children who live in its catchment area (area; the methods page says how the areas "
                                                 "are drawn). The gap is for \"%1\": the school's share minus the area's, in "
                                                 "percentage points, with its 95 % interval. The numbers match the map.")
                      .arg(c.focusGroupLabel),
                  BriefingDocument::font(10));
    BriefingTable t;
    t.fontSize = 8;
    // Weights are points at three groups; more groups share the width. A share column holds "44,5 %" on one line.
    t.columns = {{lang.translate("Mk::Briefing", "No."), 22, Qt::AlignRight}, {lang.translate("Mk::Briefing", "School"), 100, Qt::AlignLeft}};
    // Estimates are marked *: once in the header when every school's composition is one, else per cell.
    const bool allEstimated = std::all_of(c.schools.begin(), c.schools.end(), [](const BriefingSchoolRow& r) { return r.estimated; });
    const bool anyEstimated = std::any_of(c.schools.begin(), c.schools.end(), [](const BriefingSchoolRow& r) { return r.estimated; });
    const QString headerMark = allEstimated ? QStringLiteral("*") : QString();
    // The schoolweging against the pupils' own neighbourhoods: the verdict that can see a school apart (SesAfspiegeling).
    const bool ses = std::any_of(c.schools.begin(), c.schools.end(), [](const BriefingSchoolRow& r) { return !r.sesVerdict.isEmpty(); });
    // Where every school mix is an estimate from the postcode flows it copies the catchment by construction, so its
    // verdict would call every school a reflection: the SES verdict is the headline, next to the name, and the
    // composition keeps its shares and gap (marked *) without a verdict of its own.
    const bool sesHeadline = ses && allEstimated;
    const BriefingTable::Column sesColumn{lang.translate("Mk::Briefing", "Schoolweging vs\nneighbourhoods"), sesHeadline ? 130.0 : 110.0,
                                          Qt::AlignLeft};
    if (sesHeadline)
        t.columns.append(sesColumn);
    for (qsizetype g = 0; g < c.groups.size(); ++g) {
        t.spans.append({c.groupLabels.value(g), static_cast<int>(t.columns.size()), 2});
        t.columns.append({lang.translate("Mk::Briefing", "school") + headerMark, 38, Qt::AlignRight});
        //: short column header: the children living in the school's catchment area (voedingsgebied)
        t.columns.append({lang.translate("Mk::Briefing", "area"), 38, Qt::AlignRight});
    }
    t.columns.append({lang.translate("Mk::Briefing", "Gap %1\n(points)").arg(c.focusGroupLabel) + headerMark, 62, Qt::AlignRight});
    if (!sesHeadline)
        t.columns.append({lang.translate("Mk::Briefing", "Verdict"), 93, Qt::AlignLeft});
    if (ses && !sesHeadline)
        t.columns.append(sesColumn);
    for (qsizetype i = 0; i < c.schools.size(); ++i) {
        const BriefingSchoolRow& row = c.schools[i];
        const QString mark = row.estimated && !allEstimated ? QStringLiteral("*") : QString();
        QStringList about;
        if (!row.denomination.isEmpty())
            about << row.denomination;
        const QString pupils = row.pupilsSuppressed ? c.suppressedText : c.language.locale().toString(std::llround(row.pupils));
        //: a pupil count estimated from DUO pupils by home postcode (the school file has none)
        about << (row.pupilsEstimated ? lang.translate("Mk::Briefing", "%1 pupils (estimate)").arg(pupils)
                                      : lang.translate("Mk::Briefing", "%1 pupils").arg(pupils));
        QStringList cells{c.language.locale().toString(i + 1), row.name + QLatin1Char('\n') + about.join(QStringLiteral(", "))};
        if (sesHeadline)
            cells << row.sesVerdict;
        for (qsizetype g = 0; g < c.groups.size(); ++g) {
            const BriefingCell& school = row.school.value(g);
            cells << f.shareCell(school) + (school.hasValue() ? mark : QString()) << f.shareCell(row.catchment.value(g));
        }
        QString gap = f.gapCell(row.gap);
        gap.replace(QStringLiteral(" ["), QStringLiteral("\n["));
        cells << gap + (row.gap.hasValue() ? mark : QString());
        if (!sesHeadline)
            cells << row.verdict;
        if (ses && !sesHeadline)
            cells << row.sesVerdict;
        t.rows.append(cells);
    }
    doc.table(t);
    QStringList notes;
    if (anyEstimated) {
        QString source = c.catchments->schoolCompositionDescription(lang);
        source[0] = source[0].toUpper();
        notes << QStringLiteral("* %1.").arg(source);
    }
    if (ses)
        notes << lang.translate("Mk::Briefing", "Schoolweging vs neighbourhoods: the Inspectie schoolweging minus the schoolweging "
                                                "expected from the CBS figures of the pupils' home postcodes (a model fitted on "
                                                "every school of the country); \"differs\" when the %1 % prediction interval "
                                                "excludes zero and the gap is at least %2 points. + means more disadvantaged pupils.")
                     .arg(formatDecimal(100.0 * c.catchments->options.ses.confidence, 0, c.language.locale()),
                          formatDecimal(c.catchments->options.ses.thresholdPoints, 1, c.language.locale()));
    const bool wijken = c.dataset && c.dataset->areas.level == AreaLevel::Wijk;
    notes << (wijken ? lang.translate("Mk::Briefing", "%1 withheld to protect privacy (fewer than %2 children, or it would give such a "
                                                      "figure away); %3 no data. Catchment shares are estimates from wijk data.")
                     : lang.translate("Mk::Briefing", "%1 withheld to protect privacy (fewer than %2 children, or it would give such a "
                                                      "figure away); %3 no data. Catchment shares are estimates from buurt data."))
                 .arg(c.suppressedText, c.language.locale().toString(c.spec.privacyThreshold), BriefingFormat::missing());
    for (const QString& n : std::as_const(notes))
        doc.paragraph(n, BriefingDocument::font(8), BriefingDocument::mutedColor());
}

} // namespace Mk
