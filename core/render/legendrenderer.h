// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"
#include "render/legenditem.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace Mk {

class MapSettings;

/**
 * Draws legends, a scale bar and a north arrow with QPainter, for the canvas overlay, the legend
 * dock and the PDF briefing alike (sizes in the painter's logical units). Thread-safe: no state.
 */
class LegendRenderer
{
public:
    static QSizeF legendSize(const QList<LegendGroup>& groups, const QFont& font);
    static void drawLegend(QPainter& painter, const QList<LegendGroup>& groups, const QPointF& topLeft, const QFont& font);
    /** Draws one legend symbol centred in `box`. */
    static void drawSymbol(QPainter& painter, const Symbol& symbol, const QRectF& box);

    /** A "nice" scale-bar length in metres (1, 2 or 5 x 10^n) at most maxMetres. */
    static double niceLength(double maxMetres);
    /** A scale bar of about maxWidth pixels, bottom-left anchored, labelled in `language`; returns the rectangle drawn. */
    static QRectF drawScaleBar(QPainter& painter, const MapSettings& settings, const QPointF& bottomLeft, double maxWidth,
                               const QFont& font, const TextLanguage& language = TextLanguage::application());
    /** A north arrow filling `box` (RD New grid north is up). */
    static void drawNorthArrow(QPainter& painter, const QRectF& box, const QFont& font,
                               const TextLanguage& language = TextLanguage::application());
    /** "1:25.000" with locale grouping. */
    static QString scaleText(double denominator);
};

} // namespace Mk
