// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/briefing/briefingtextsections.h"

#include "report/briefingcontent.h"
#include "shared/briefing/briefingdocument.h"

namespace Mk {

QString BriefingTitleSection::key() const
{
    return BriefingSection::kTitle;
}

QString BriefingTitleSection::title(const TextLanguage& language) const
{
    return language.translate("Mk::Briefing", "Title page");
}

void BriefingTitleSection::paint(BriefingDocument& doc) const
{
    const BriefingContent& c = doc.content();
    const TextLanguage& lang = c.language;
    doc.setY(doc.body().top() + 110);
    doc.paragraph(c.title.title, BriefingDocument::font(26, true), BriefingDocument::accentColor());
    doc.paragraph(c.title.subtitle, BriefingDocument::font(13), BriefingDocument::mutedColor());
    doc.setY(doc.y() + 36);
    const QFont body = BriefingDocument::font(10);
    constexpr double kLabel = 130.0;
    doc.field(lang.translate("Mk::Briefing", "Gemeente"), c.title.gemeente, body, kLabel);
    doc.field(lang.translate("Mk::Briefing", "Date"), c.title.date, body, kLabel);
    doc.field(lang.translate("Mk::Briefing", "Data"), c.title.dataYears, body, kLabel);
    doc.field(lang.translate("Mk::Briefing", "Characteristic"),
              lang.translate("Mk::Briefing", "%1; groups: %2").arg(c.title.characteristic, c.title.groups), body, kLabel);
    doc.field(lang.translate("Mk::Briefing", "Schools"), c.title.schools, body, kLabel);
    doc.field(lang.translate("Mk::Briefing", "Catchment areas"), c.title.catchments, body, kLabel);
    doc.field(lang.translate("Mk::Briefing", "Privacy threshold"),
              lang.translate("Mk::Briefing", "%1 children").arg(c.language.locale().toString(c.spec.privacyThreshold)), body, kLabel);
    doc.setY(doc.y() + 30);
    if (!m_contents.isEmpty()) {
        doc.subheading(lang.translate("Mk::Briefing", "In this briefing"));
        doc.bullets(m_contents, body);
    }
    doc.subheading(lang.translate("Mk::Briefing", "How to read it"));
    doc.paragraph(lang.translate("Mk::Briefing", "Numbers in square brackets are 95 % intervals: the range a figure could take by chance "
                                                 "alone. Figures marked * are estimates. To protect children's privacy, figures resting "
                                                 "on fewer than %1 children are shown as %2; %3 means no data. The methods page at the "
                                                 "end explains every index and source.")
                      .arg(c.language.locale().toString(c.spec.privacyThreshold), c.suppressedText, BriefingFormat::missing()),
                  body);
}

void BriefingMethodsSection::paintDataNotes(BriefingDocument& doc)
{
    const BriefingContent& c = doc.content();
    const QStringList notes = c.dataNotes();
    if (notes.isEmpty())
        return;
    doc.subheading(c.language.translate("Mk::Briefing", "Notes on the data"));
    doc.paragraph(c.language.translate("Mk::Briefing", "Loading the data and computing the figures gave these notes; they may "
                                                       "limit what the figures say."),
                  BriefingDocument::font(9));
    doc.bullets(notes, BriefingDocument::font(9));
}

QString BriefingKeyFiguresSection::key() const
{
    return BriefingSection::kKeyFigures;
}

QString BriefingKeyFiguresSection::title(const TextLanguage& language) const
{
    return language.translate("Mk::Briefing", "Key figures");
}

void BriefingKeyFiguresSection::paint(BriefingDocument& doc) const
{
    const BriefingContent& c = doc.content();
    const TextLanguage& lang = c.language;
    const BriefingFormat& f = doc.format();
    doc.heading(title(lang));
    doc.subheading(lang.translate("Mk::Briefing", "In brief"));
    doc.bullets(c.summary, BriefingDocument::font(10));
    doc.setY(doc.y() + 6);
    doc.subheading(lang.translate("Mk::Briefing", "Segregation indices of the school composition"), 120);
    BriefingTable t;
    t.fontSize = 9;
    t.columns = {{lang.translate("Mk::Briefing", "Index"), 2.7, Qt::AlignLeft},
                 {lang.translate("Mk::Briefing", "Value\n[95 % interval]"), 1.8, Qt::AlignRight},
                 {lang.translate("Mk::Briefing", "At random"), 1.2, Qt::AlignRight},
                 {lang.translate("Mk::Briefing", "Bias-corrected"), 1.6, Qt::AlignRight},
                 {lang.translate("Mk::Briefing", "Nearest school"), 1.5, Qt::AlignRight},
                 {lang.translate("Mk::Briefing", "Added by choice\n[95 % interval]"), 1.8, Qt::AlignRight}};
    for (const BriefingFigure& fig : c.figures) {
        QString scope = fig.scope;
        if (fig.lowerIsMoreSegregated)
            scope += QStringLiteral("; ") + lang.translate("Mk::Briefing", "lower = more segregated");
        t.rows.append({fig.name + QLatin1Char('\n') + scope,
                       f.index(fig.value) + QLatin1Char('\n') + BriefingFormat::interval(f.index(fig.low), f.index(fig.high)),
                       f.index(fig.expectedRandom), f.index(fig.biasCorrected), f.index(fig.residential),
                       f.index(fig.choice) + QLatin1Char('\n') + BriefingFormat::interval(f.index(fig.choiceLow), f.index(fig.choiceHigh))});
    }
    doc.table(t);
    doc.paragraph(lang.translate("Mk::Briefing", "Value: the index for the schools as they are. At random: the value if the same pupils "
                                                 "were spread at random over the same schools; a value near it is no evidence of "
                                                 "segregation. Bias-corrected: the value without the small-school effect. Nearest "
                                                 "school: the value if every child attended its nearest school, i.e. what where "
                                                 "families live explains. Added by choice: the difference, which is real only when "
                                                 "its interval lies wholly above 0. The methods page defines each index."),
                  BriefingDocument::font(8), BriefingDocument::mutedColor());
}

QString BriefingMethodsSection::key() const
{
    return BriefingSection::kMethods;
}

QString BriefingMethodsSection::title(const TextLanguage& language) const
{
    return language.translate("Mk::Briefing", "Methods and sources");
}

void BriefingMethodsSection::paint(BriefingDocument& doc) const
{
    const BriefingContent& c = doc.content();
    const TextLanguage& lang = c.language;
    const QFont body = BriefingDocument::font(9);
    doc.heading(title(lang));
    doc.subheading(lang.translate("Mk::Briefing", "Data sources"));
    doc.bullets(c.methods.sources, body);
    doc.subheading(lang.translate("Mk::Briefing", "Definitions"));
    for (const BriefingDefinition& d : c.methods.definitions)
        doc.definition(d.term, d.text, body);
    doc.subheading(lang.translate("Mk::Briefing", "Assumptions"));
    doc.bullets(c.methods.assumptions, body);
    paintDataNotes(doc);
    doc.subheading(lang.translate("Mk::Briefing", "Privacy"));
    doc.paragraph(c.methods.privacy, body);
    doc.subheading(lang.translate("Mk::Briefing", "About this briefing"));
    doc.paragraph(lang.translate("Mk::Briefing", "Made with Mengkaart %1 (free software, GPL-3.0-or-later) on %2 from the files "
                                                 "listed above; %3 bootstrap replicates with random seed %4, so the same files "
                                                 "give the same briefing.")
                      .arg(QStringLiteral(MK_VERSION), c.title.date, c.language.locale().toString(c.spec.replicates),
                           QString::number(c.spec.seed)),
                  body);
}

} // namespace Mk
