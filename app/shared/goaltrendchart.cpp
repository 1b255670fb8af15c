// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "shared/goaltrendchart.h"

#include "goals/goalevaluator.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Mk {

void GoalTrendChart::draw(QCustomPlot& plot, const GoalEvaluation& goal, const TextLanguage& language)
{
    plot.clearPlottables();
    plot.clearItems();
    plot.setLocale(language.locale());
    const double scale = LeaGoal::isPercentage(goal.goal.indicator) ? 100.0 : 1.0;
    QCPAxis* x = plot.xAxis;
    QCPAxis* y = plot.yAxis;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (qsizetype i = 0; i < goal.trend.size(); ++i)
        ticker->addTick(static_cast<double>(i + 1), goal.trend[i].period);
    x->setTicker(ticker);
    x->setRange(0.5, static_cast<double>(goal.trend.size()) + 0.5);
    x->grid()->setVisible(false);
    for (QCPAxis* a : {x, y}) {
        a->setTickLabelFont(plot.font());
        a->setLabelFont(plot.font());
    }
    // The section names the indicator; the axis only says when it is a percentage.
    y->setLabel(scale > 1.0 ? QStringLiteral("%") : QString());

    const QColor dark(0x1a, 0x1a, 0x1a);
    auto* graph = plot.addGraph(x, y);
    graph->setPen(QPen(QColor(0x00, 0x72, 0xb2), 1.2));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, dark, dark, 6));
    auto* whiskers = new QCPErrorBars(x, y);
    whiskers->setPen(QPen(dark, 1.0));
    whiskers->setWhiskerWidth(6);
    QVector<double> minus, plus;
    double low = goal.goal.target * scale, high = goal.goal.target * scale;
    for (qsizetype i = 0; i < goal.trend.size(); ++i) {
        const GoalMeasurement& m = goal.trend[i];
        graph->addData(static_cast<double>(i + 1), m.value * scale);
        minus << std::max(0.0, (m.value - m.low) * scale);
        plus << std::max(0.0, (m.high - m.value) * scale);
        low = std::min(low, m.low * scale);
        high = std::max(high, m.high * scale);
    }
    whiskers->setDataPlottable(graph);
    whiskers->setData(minus, plus);
    auto* target = new QCPItemStraightLine(&plot);
    target->setPen(QPen(QColor(0xd5, 0x5e, 0x00), 1.2, Qt::DashLine));
    target->point1->setCoords(0.0, goal.goal.target * scale);
    target->point2->setCoords(1.0, goal.goal.target * scale);
    auto* label = new QCPItemText(&plot);
    label->setFont(plot.font());
    label->setColor(QColor(0xa0, 0x40, 0x00));
    label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    label->position->setCoords(static_cast<double>(goal.trend.size()) + 0.45, goal.goal.target * scale);
    label->setText(language.translate("Mk::GoalTrendChart", "target"));
    const double pad = std::max(0.1, (high - low) * 0.15);
    y->setRange(std::max(0.0, low - pad), high + pad);
    plot.replot();
}

} // namespace Mk
