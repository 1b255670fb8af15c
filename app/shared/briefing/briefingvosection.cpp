// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/briefing/briefingvosection.h"

#include "report/briefingcontent.h"
#include "shared/briefing/briefingdocument.h"

namespace Mk {

QString BriefingVoSection::key() const
{
    return BriefingSection::kVo;
}

QString BriefingVoSection::title(const TextLanguage& language) const
{
    return language.translate("Mk::Briefing", "Secondary schools");
}

bool BriefingVoSection::hasContent(const BriefingContent& content) const
{
    return content.vo.has_value();
}

void BriefingVoSection::paint(BriefingDocument& doc) const
{
    const BriefingContent& c = doc.content();
    const TextLanguage& lang = c.language;
    const QFont body = BriefingDocument::font(10);
    doc.heading(title(lang));
    doc.paragraph(lang.translate("Mk::Briefing", "Categorical schools and narrow first-year classes reinforce segregation. Below: which levels "
                                                 "each vo vestiging of %1 offers in the upper years, and how many of its first-year pupils "
                                                 "are in a heterogeneous class (a programme that leads to at least two of vmbo, havo and vwo).")
                      .arg(c.vo->area),
                  body);
    doc.bullets(c.vo->findings, body);
    BriefingTable table;
    table.columns = {{lang.translate("Mk::Briefing", "Vestiging"), 3.0},
                     {lang.translate("Mk::Briefing", "Levels (upper years)"), 2.0},
                     {lang.translate("Mk::Briefing", "Categorical"), 1.0},
                     {lang.translate("Mk::Briefing", "First-year pupils"), 1.2, Qt::AlignRight},
                     {lang.translate("Mk::Briefing", "In a heterogeneous class"), 1.4, Qt::AlignRight}};
    table.rows = c.vo->rows;
    doc.table(table);
}

} // namespace Mk
