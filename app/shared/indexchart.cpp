// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "shared/indexchart.h"

#include "report/briefingcontent.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Mk {

void IndexChart::draw(QCustomPlot& plot, const QList<BriefingFigure>& figures, const TextLanguage& language)
{
    plot.clearPlottables();
    plot.plotLayout()->clear();
    plot.setLocale(language.locale());
    auto* rect = new QCPAxisRect(&plot);
    plot.plotLayout()->addElement(0, 0, rect);
    auto* legend = new QCPLegend;
    auto* legendLayout = new QCPLayoutGrid;
    plot.plotLayout()->addElement(1, 0, legendLayout);
    legendLayout->addElement(0, 0, legend);
    legendLayout->setMargins(QMargins(0, 0, 0, 0));
    plot.plotLayout()->setRowStretchFactor(1, 0.001);
    legend->setLayer(QStringLiteral("legend"));
    plot.legend = legend;
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setFont(plot.font());
    legend->setIconSize(14, 10);

    QList<const BriefingFigure*> shown;
    for (const BriefingFigure& f : figures)
        if (f.index != IndexId::MutualInformation && f.index != IndexId::Exposure)
            shown.append(&f);
    // Top to bottom in the order given: the category axis runs upwards.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const auto n = static_cast<double>(shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i)
        ticker->addTick(n - static_cast<double>(i), shown[i]->name + QLatin1Char('\n') + shown[i]->scope);
    QCPAxis* categories = rect->axis(QCPAxis::atLeft);
    QCPAxis* values = rect->axis(QCPAxis::atBottom);
    categories->setTicker(ticker);
    categories->setRange(0.4, n + 0.6);
    categories->grid()->setVisible(false);
    categories->setTickLabelFont(plot.font());
    values->setTickLabelFont(plot.font());
    values->setLabelFont(plot.font());
    values->setLabel(language.translate("Mk::IndexChart", "Index (0 to 1)"));

    const QColor dark(0x1a, 0x1a, 0x1a), blue(0x00, 0x72, 0xb2), orange(0xd5, 0x5e, 0x00);
    auto makeGraph = [&](const QString& name, QCPScatterStyle style) {
        auto* g = new QCPGraph(categories, values);
        g->setName(name);
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(style);
        return g;
    };
    QCPGraph* value = makeGraph(language.translate("Mk::IndexChart", "Value with 95 % interval"),
                                QCPScatterStyle(QCPScatterStyle::ssDisc, dark, dark, 7));
    QCPGraph* random = makeGraph(language.translate("Mk::IndexChart", "At random"),
                                 QCPScatterStyle(QCPScatterStyle::ssTriangle, QPen(blue, 1.4), Qt::white, 8));
    QCPGraph* nearest = makeGraph(language.translate("Mk::IndexChart", "Nearest school"),
                                  QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(orange, 1.4), Qt::white, 7));
    auto* whiskers = new QCPErrorBars(categories, values);
    whiskers->removeFromLegend();
    whiskers->setPen(QPen(dark, 1.2));
    whiskers->setWhiskerWidth(6);
    QVector<double> minus, plus;
    double top = 0.0;
    // Bottom row first: a graph keeps its data sorted by key, and the whiskers follow the graph's order.
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        const BriefingFigure& f = *shown[i];
        const double y = n - static_cast<double>(i);
        value->addData(y, f.value);
        minus << std::max(0.0, f.value - f.low);
        plus << std::max(0.0, f.high - f.value);
        top = std::max({top, f.high, f.value});
        if (std::isfinite(f.expectedRandom)) {
            random->addData(y, f.expectedRandom);
            top = std::max(top, f.expectedRandom);
        }
        if (std::isfinite(f.residential)) {
            nearest->addData(y, f.residential);
            top = std::max(top, f.residential);
        }
    }
    whiskers->setDataPlottable(value);
    whiskers->setData(minus, plus);
    values->setRange(0.0, std::min(1.0, std::ceil((top + 0.05) * 10.0) / 10.0));
    plot.replot();
}

} // namespace Mk
