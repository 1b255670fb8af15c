// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/legendrenderer.h"

#include "render/mapsettings.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Mk {

namespace {
constexpr double kSwatchW = 18.0;
constexpr double kSwatchH = 12.0;
constexpr double kRowGap = 4.0;
constexpr double kGroupGap = 10.0;
constexpr double kTextGap = 6.0;

QFont boldOf(const QFont& font)
{
    QFont b = font;
    b.setBold(true);
    return b;
}

double rowHeight(const LegendItem& item, const QFontMetricsF& fm)
{
    const double sym = item.symbol.shape == Symbol::Shape::Circle ? item.symbol.size : kSwatchH;
    return std::max(sym, fm.height());
}
} // namespace

QSizeF LegendRenderer::legendSize(const QList<LegendGroup>& groups, const QFont& font)
{
    const QFontMetricsF fm(font);
    const QFontMetricsF bm(boldOf(font));
    double w = 0, h = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const LegendGroup& group = groups[g];
        h += bm.height() + kRowGap;
        w = std::max(w, bm.horizontalAdvance(group.title));
        if (!group.subtitle.isEmpty()) {
            h += fm.height() + kRowGap;
            w = std::max(w, fm.horizontalAdvance(group.subtitle));
        }
        for (const LegendItem& item : group.items) {
            const double sw = std::max(kSwatchW, item.symbol.shape == Symbol::Shape::Circle ? item.symbol.size : 0.0);
            h += rowHeight(item, fm) + kRowGap;
            w = std::max(w, sw + kTextGap + fm.horizontalAdvance(item.label));
        }
        if (g + 1 < groups.size())
            h += kGroupGap;
    }
    return {std::ceil(w), std::ceil(h)};
}

void LegendRenderer::drawSymbol(QPainter& painter, const Symbol& symbol, const QRectF& box)
{
    painter.save();
    painter.setPen(symbol.pen());
    switch (symbol.shape) {
    case Symbol::Shape::Line: {
        const QLineF line(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
        if (QPen halo = symbol.haloPen(); halo.style() != Qt::NoPen) {
            halo.setWidthF(std::max(1.0, symbol.strokeWidth) + 2.0 * symbol.haloWidth);
            painter.setPen(halo);
            painter.drawLine(line);
        }
        QPen pen = symbol.pen();
        pen.setWidthF(std::max(1.0, symbol.strokeWidth));
        painter.setPen(pen);
        painter.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
        break;
    }
    case Symbol::Shape::Circle: {
        const double d = std::min(symbol.size, std::max(box.width(), box.height()));
        const QRectF r(box.center().x() - d / 2, box.center().y() - d / 2, d, d);
        const QPainterPath marker = symbol.markerPath(r);
        painter.setBrush(symbol.brush());
        painter.drawPath(marker);
        if (symbol.hatched) {
            painter.setBrush(symbol.hatchBrush());
            painter.drawPath(marker);
        }
        break;
    }
    case Symbol::Shape::Area:
        painter.setBrush(symbol.brush());
        painter.drawRect(box);
        if (symbol.hatched) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(symbol.hatchBrush());
            painter.drawRect(box);
        }
        break;
    }
    painter.restore();
}

void LegendRenderer::drawLegend(QPainter& painter, const QList<LegendGroup>& groups, const QPointF& topLeft, const QFont& font)
{
    const QFont bold = boldOf(font);
    const QFontMetricsF fm(font);
    const QFontMetricsF bm(bold);
    double y = topLeft.y();
    const double x = topLeft.x();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const LegendGroup& group = groups[g];
        painter.setFont(bold);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(QPointF(x, y + bm.ascent()), group.title);
        y += bm.height() + kRowGap;
        painter.setFont(font);
        if (!group.subtitle.isEmpty()) {
            painter.setPen(QColor(0x50, 0x50, 0x50));
            painter.drawText(QPointF(x, y + fm.ascent()), group.subtitle);
            y += fm.height() + kRowGap;
        }
        double swatchW = kSwatchW;
        for (const LegendItem& item : group.items)
            if (item.symbol.shape == Symbol::Shape::Circle)
                swatchW = std::max(swatchW, item.symbol.size);
        for (const LegendItem& item : group.items) {
            const double h = rowHeight(item, fm);
            const double symH = item.symbol.shape == Symbol::Shape::Circle ? item.symbol.size : kSwatchH;
            drawSymbol(painter, item.symbol, QRectF(x + (swatchW - (item.symbol.shape == Symbol::Shape::Circle ? symH : kSwatchW)) / 2,
                                                    y + (h - symH) / 2,
                                                    item.symbol.shape == Symbol::Shape::Circle ? symH : kSwatchW, symH));
            painter.setPen(QColor(0x20, 0x20, 0x20));
            painter.drawText(QPointF(x + swatchW + kTextGap, y + (h - fm.height()) / 2 + fm.ascent()), item.label);
            y += h + kRowGap;
        }
        y += kGroupGap;
    }
    painter.restore();
}

double LegendRenderer::niceLength(double maxMetres)
{
    if (maxMetres <= 0)
        return 0;
    const double p = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double m : {5.0, 2.0, 1.0})
        if (m * p <= maxMetres)
            return m * p;
    return p;
}

QString LegendRenderer::scaleText(double denominator)
{
    return QStringLiteral("1:") + QLocale().toString(static_cast<qlonglong>(std::llround(denominator)));
}

QRectF LegendRenderer::drawScaleBar(QPainter& painter, const MapSettings& settings, const QPointF& bottomLeft,
                                    double maxWidth, const QFont& font, const TextLanguage& language)
{
    const double upp = settings.mapUnitsPerPixel();
    const double metres = niceLength(maxWidth * upp);
    if (metres <= 0)
        return {};
    const double w = metres / upp;
    const QLocale locale = language.locale();
    const QString label = metres >= 1000 ? language.translate("Mk::LegendRenderer", "%1 km").arg(locale.toString(metres / 1000.0, 'g', 3))
                                         : language.translate("Mk::LegendRenderer", "%1 m").arg(locale.toString(metres, 'g', 4));
    const QFontMetricsF fm(font);
    constexpr double kBarH = 5.0;
    const QRectF bar(bottomLeft.x(), bottomLeft.y() - kBarH, w, kBarH);
    const QRectF extent = bar.adjusted(0, -fm.height() - 3, fm.horizontalAdvance(label) / 2, 0);
    painter.save();
    // A light backing, as QGIS gives its scale bar, so that the bar and its labels stay legible over dark fills.
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 210));
    painter.drawRoundedRect(extent.adjusted(-4, -1, 4, 3), 3, 3);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.0));
    painter.setBrush(Qt::white);
    painter.drawRect(bar);
    painter.setBrush(QColor(0x30, 0x30, 0x30));
    painter.drawRect(QRectF(bar.left(), bar.top(), w / 2, kBarH));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    painter.drawText(QPointF(bar.left(), bar.top() - 3), QStringLiteral("0"));
    painter.drawText(QPointF(bar.right() - fm.horizontalAdvance(label) / 2, bar.top() - 3), label);
    painter.restore();
    return extent;
}

void LegendRenderer::drawNorthArrow(QPainter& painter, const QRectF& box, const QFont& font, const TextLanguage& language)
{
    const QFontMetricsF fm(font);
    const double textH = fm.height();
    const QRectF arrow = box.adjusted(0, textH, 0, 0);
    const double cx = arrow.center().x();
    QPainterPath left, right;
    left.moveTo(cx, arrow.top());
    left.lineTo(arrow.left() + arrow.width() * 0.15, arrow.bottom());
    left.lineTo(cx, arrow.bottom() - arrow.height() * 0.25);
    left.closeSubpath();
    right.moveTo(cx, arrow.top());
    right.lineTo(arrow.right() - arrow.width() * 0.15, arrow.bottom());
    right.lineTo(cx, arrow.bottom() - arrow.height() * 0.25);
    right.closeSubpath();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.0));
    painter.setBrush(QColor(0x30, 0x30, 0x30));
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    painter.setFont(font);
    //: North, on the map's north arrow
    const QString n = language.translate("Mk::LegendRenderer", "N");
    painter.drawText(QPointF(cx - fm.horizontalAdvance(n) / 2, box.top() + fm.ascent()), n);
    painter.restore();
}

} // namespace Mk
