// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "shared/briefing/briefinggoalssection.h"

#include "report/briefingcontent.h"
#include "shared/briefing/briefingdocument.h"
#include "shared/goaltrendchart.h"

#include <qcustomplot.h>

namespace Mk {

namespace {

constexpr double kLabelWidth = 120.0;
constexpr double kTrendHeight = 150.0;

QString valueText(GoalIndicator indicator, double value, const BriefingFormat& f)
{
    switch (indicator) {
    case GoalIndicator::SchoolsMirroringShare: return f.share(value);
    case GoalIndicator::SchoolwegingSpread: return f.number(value, 2);
    case GoalIndicator::Dissimilarity:
    case GoalIndicator::MutualInformation:
    case GoalIndicator::ChoiceShare: break;
    }
    return f.index(value);
}

QString statusText(GoalStatus status, const TextLanguage& lang)
{
    switch (status) {
    case GoalStatus::Met: return lang.translate("Mk::Briefing", "Yes");
    case GoalStatus::MetUncertain: return lang.translate("Mk::Briefing", "Yes, but within the margin of chance");
    case GoalStatus::NotMetUncertain: return lang.translate("Mk::Briefing", "Not yet, but within the margin of chance");
    case GoalStatus::NotMet: return lang.translate("Mk::Briefing", "No");
    case GoalStatus::Unknown: break;
    }
    return lang.translate("Mk::Briefing", "Cannot be said");
}

} // namespace

QString BriefingGoalsSection::key() const
{
    return BriefingSection::kGoals;
}

QString BriefingGoalsSection::title(const TextLanguage& language) const
{
    return language.translate("Mk::Briefing", "LEA goals");
}

void BriefingGoalsSection::paint(BriefingDocument& doc) const
{
    const BriefingContent& c = doc.content();
    const TextLanguage& lang = c.language;
    const BriefingFormat& f = doc.format();
    const QFont body = BriefingDocument::font(10);
    doc.heading(title(lang));
    if (c.goals.isEmpty()) {
        doc.paragraph(lang.translate("Mk::Briefing", "No LEA goals are recorded. Once the gemeente and the school boards agree on "
                                                     "measurable goals (for example: at least 60 % of the schools mirror their "
                                                     "catchment area by 2027), they are shown here against their current value."),
                      body);
        return;
    }
    doc.paragraph(lang.translate("Mk::Briefing", "The goals agreed in the LEA, each against its current value. Intervals are 95 %; "
                                                 "“within the margin of chance” means the interval reaches the other side of "
                                                 "the target."),
                  body);
    for (const GoalEvaluation& g : c.goals) {
        QString name = LeaGoal::indicatorName(g.goal.indicator, lang);
        if (!g.group.isEmpty())
            name += QStringLiteral(" (%1)").arg(c.groupLabel(g.group));
        doc.subheading(name, 80);
        if (!g.goal.description.isEmpty())
            doc.field(lang.translate("Mk::Briefing", "Agreement"), g.goal.description, body, kLabelWidth);
        const QString target = (g.goal.comparison == GoalComparison::AtLeast ? lang.translate("Mk::Briefing", "at least %1 by %2")
                                                                             : lang.translate("Mk::Briefing", "at most %1 by %2"))
                                   .arg(valueText(g.goal.indicator, g.goal.target, f), QString::number(g.goal.deadline));
        doc.field(lang.translate("Mk::Briefing", "Target"), target, body, kLabelWidth);
        if (g.current) {
            const GoalMeasurement& m = *g.current;
            QString value = valueText(g.goal.indicator, m.value, f) + QLatin1Char(' ')
                + BriefingFormat::interval(valueText(g.goal.indicator, m.low, f), valueText(g.goal.indicator, m.high, f));
            if (m.of > 0)
                value += QStringLiteral(" \u2014 ") + lang.translate("Mk::Briefing", "%1 of %2 schools").arg(m.count).arg(m.of);
            doc.field(lang.translate("Mk::Briefing", "Current value (%1)").arg(m.period), value, body, kLabelWidth);
        }
        doc.field(lang.translate("Mk::Briefing", "Met?"), statusText(g.status, lang), body, kLabelWidth);
        if (!g.note.isEmpty())
            doc.field(lang.translate("Mk::Briefing", "Note"), g.note, body, kLabelWidth);
        if (g.trend.size() > 1) {
            QStringList points;
            for (const GoalMeasurement& m : g.trend)
                points << QStringLiteral("%1: %2 %3").arg(m.period, valueText(g.goal.indicator, m.value, f),
                                                         BriefingFormat::interval(valueText(g.goal.indicator, m.low, f),
                                                                                  valueText(g.goal.indicator, m.high, f)));
            doc.field(lang.translate("Mk::Briefing", "Trend"), points.join(QStringLiteral("; ")), body, kLabelWidth);
            doc.ensureSpace(kTrendHeight);
            QCustomPlot plot;
            plot.setFont(BriefingDocument::font(8));
            GoalTrendChart::draw(plot, g, lang);
            const QRectF r(doc.body().left() + kLabelWidth, doc.y(), doc.body().width() - kLabelWidth, kTrendHeight);
            doc.plot(plot, r);
            doc.setY(r.bottom() + 8);
        }
        doc.setY(doc.y() + 8);
    }
}

} // namespace Mk
