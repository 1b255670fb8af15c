// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "shared/briefing/briefingchartssection.h"

#include "catchment/catchmentanalysis.h"
#include "report/briefingcontent.h"
#include "shared/afspiegelingchart.h"
#include "shared/briefing/briefingdocument.h"
#include "shared/indexchart.h"

#include <qcustomplot.h>

namespace Mk {

namespace {

constexpr double kIndexChartHeight = 230.0;
constexpr double kSchoolChartHeight = 190.0;
constexpr double kGap = 12.0;

/** A plot with the briefing's fonts (pixels = points on the page). */
void prepare(QCustomPlot& plot)
{
    plot.setFont(BriefingDocument::font(8));
    plot.setBackground(Qt::white);
}

} // namespace

QString BriefingChartsSection::key() const
{
    return BriefingSection::kCharts;
}

QString BriefingChartsSection::title(const TextLanguage& language) const
{
    return language.translate("Mk::Briefing", "Charts");
}

void BriefingChartsSection::paint(BriefingDocument& doc) const
{
    const BriefingContent& c = doc.content();
    const TextLanguage& lang = c.language;
    doc.heading(title(lang));
    doc.subheading(lang.translate("Mk::Briefing", "Indices with their 95 % intervals, at random and at the nearest school"),
                   kIndexChartHeight);
    {
        QCustomPlot plot;
        prepare(plot);
        IndexChart::draw(plot, c.figures, lang);
        const QRectF r(doc.body().left(), doc.y(), doc.body().width(), kIndexChartHeight);
        doc.plot(plot, r);
        doc.setY(r.bottom() + kGap);
    }
    if (c.chartSchools.isEmpty())
        return;
    doc.subheading(lang.translate("Mk::Briefing", "The schools with the largest gaps for \"%1\"").arg(c.focusGroupLabel),
                   kSchoolChartHeight);
    const double width = (doc.body().width() - kGap) / 2;
    for (qsizetype i = 0; i < c.chartSchools.size(); ++i) {
        const AfspiegelingRow& row = c.catchments->afspiegeling[c.chartSchools[i]];
        QString name = row.schoolId;
        for (qsizetype s = 0; s < c.schools.size(); ++s)
            if (c.schools[s].id == row.schoolId)
                name = QStringLiteral("%1. %2").arg(c.language.locale().toString(s + 1), c.schools[s].name);
        if (i % 2 == 0)
            doc.ensureSpace(kSchoolChartHeight);
        QCustomPlot plot;
        prepare(plot);
        QFont title = plot.font();
        title.setBold(true);
        name = QFontMetricsF(title).elidedText(name, Qt::ElideRight, width - 10);
        plot.resize(QSizeF(width, kSchoolChartHeight).toSize()); // the chart fits its group labels to its width
        AfspiegelingChart::draw(plot, row, c.catchments->schoolComposition, name, lang);
        const QRectF r(doc.body().left() + (i % 2) * (width + kGap), doc.y(), width, kSchoolChartHeight);
        doc.plot(plot, r);
        if (i % 2 == 1 || i + 1 == c.chartSchools.size())
            doc.setY(r.bottom() + kGap);
    }
    doc.paragraph(lang.translate("Mk::Briefing", "Bars: the group's share at the school, among the children of its catchment area "
                                                 "and in the whole gemeente; whiskers: the 95 % interval of the school's share. "
                                                 "Numbers refer to the school table and the map."),
                  BriefingDocument::font(8), BriefingDocument::mutedColor());
}

} // namespace Mk
