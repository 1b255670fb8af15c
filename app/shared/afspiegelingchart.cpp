// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "shared/afspiegelingchart.h"
#include "shared/categoryticker.h"

#include "catchment/afspiegeling.h"
#include "model/grouptable.h"

#include <QLocale>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Mk {

void AfspiegelingChart::draw(QCustomPlot& plot, const AfspiegelingRow& row, const GroupTable& groupTable, const QString& schoolName,
                             const TextLanguage& language)
{
    plot.clearPlottables();
    plot.plotLayout()->clear();
    plot.setLocale(language.locale());
    auto* rect = new QCPAxisRect(&plot);
    QFont titleFont = plot.font();
    titleFont.setBold(true);
    //: %1 = school name; the chart title has two lines
    const QString title = language.translate("Mk::AfspiegelingChart", "%1\nagainst its catchment and the gemeente").arg(schoolName);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, title, titleFont));
    plot.plotLayout()->addElement(1, 0, rect);
    // The legend in a row of its own under the bars: inside the axis rect it would hide tall bars.
    auto* legendRow = new QCPLayoutGrid;
    plot.plotLayout()->addElement(2, 0, legendRow);
    plot.plotLayout()->setRowStretchFactor(2, 0.001);
    auto* legend = new QCPLegend;
    legendRow->addElement(0, 0, legend);
    legend->setLayer(QStringLiteral("legend"));
    // Two per row: three long names (Dutch ones especially) do not fit side by side in a half-page chart.
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(2);
    plot.legend = legend;
    plot.setAutoAddPlottableToLegend(true);
    legend->setVisible(true);
    legend->setFont(plot.font());
    legend->setBorderPen(Qt::NoPen);
    legend->setIconSize(12, 8);
    legend->setIconTextPadding(3);

    const qsizetype groups = row.groups.size();
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    // Long group labels ("Europa (exclusief Nederland)") break at spaces into the room of their bars; one that
    // still runs into its neighbours (a single long word) is slanted, so every one stays readable.
    const QFontMetrics metrics(x->tickLabelFont());
    const int perGroup = groups > 0 ? (plot.width() - 4 * metrics.height()) / static_cast<int>(groups) : plot.width();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    int widest = 0;
    for (qsizetype g = 0; g < groups; ++g) {
        const QString label = CategoryTicker::wrapped(groupTable.groupLabelOf(row.groups[g].group, language), metrics, perGroup * 9 / 10);
        for (const QString& line : label.split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        ticker->addTick(static_cast<double>(g + 1), label);
    }
    x->setTicker(ticker);
    x->setRange(0.4, static_cast<double>(groups) + 0.6);
    x->grid()->setVisible(false);
    x->setTickLabelRotation(widest > perGroup * 9 / 10 ? -30.0 : 0.0);
    y->setLabel(language.translate("Mk::AfspiegelingChart", "Share (%)"));

    // Okabe & Ito (2008) colours: distinguishable with every common colour-vision deficiency.
    const QColor schoolColour(0x00, 0x72, 0xb2), catchmentColour(0xe6, 0x9f, 0x00), gemeenteColour(0x99, 0x99, 0x99);
    const double width = 0.26;
    auto makeBars = [&](const QString& name, const QColor& colour) {
        auto* bars = new QCPBars(x, y);
        bars->setName(name);
        bars->setWidth(width);
        bars->setPen(Qt::NoPen);
        bars->setBrush(colour);
        return bars;
    };
    QCPBars* school = makeBars(row.estimated ? language.translate("Mk::AfspiegelingChart", "School (estimate)")
                                             : language.translate("Mk::AfspiegelingChart", "School"),
                               schoolColour);
    //: catchment = voedingsgebied
    QCPBars* catchment = makeBars(language.translate("Mk::AfspiegelingChart", "Catchment"), catchmentColour);
    QCPBars* gemeente = makeBars(language.translate("Mk::AfspiegelingChart", "Gemeente"), gemeenteColour);
    auto* whiskers = new QCPErrorBars(x, y);
    whiskers->removeFromLegend();
    whiskers->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.4));
    whiskers->setWhiskerWidth(6);
    QVector<double> minus, plus; // in the school bars' key order
    double top = 0.0;
    for (qsizetype g = 0; g < groups; ++g) {
        const AfspiegelingGroup& a = row.groups[g];
        const double centre = static_cast<double>(g + 1);
        if (!a.suppressed) {
            const double s = a.schoolShare * 100.0;
            const double low = a.catchmentShare * 100.0 + a.gapLowPp;
            const double high = a.catchmentShare * 100.0 + a.gapHighPp;
            school->addData(centre - width, s);
            minus << std::max(0.0, s - low);
            plus << std::max(0.0, high - s);
            top = std::max(top, high);
        }
        catchment->addData(centre, a.catchmentShare * 100.0);
        gemeente->addData(centre + width, a.gemeenteShare * 100.0);
        top = std::max({top, a.catchmentShare * 100.0, a.gemeenteShare * 100.0});
    }
    whiskers->setDataPlottable(school);
    whiskers->setData(minus, plus);
    // From 0, so bar heights compare honestly; to the next 10 above the highest whisker.
    y->setRange(0, std::min(100.0, std::ceil((top + 2.0) / 10.0) * 10.0));
    plot.replot();
}

} // namespace Mk
