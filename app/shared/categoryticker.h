// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <QString>

namespace Mk {

/**
 * Text ticks for the categories of a bar chart (groups under their bars) whose labels break at spaces into the room
 * between neighbouring ticks, measured in pixels at every replot: a label such as "Europa (exclusief Nederland)" then
 * never runs into its neighbours, however narrow the chart or its dock.
 */
class CategoryTicker : public QCPAxisTickerText
{
public:
    /** Ticks of `axis` (which owns the ticker once set with QCPAxis::setTicker()). */
    explicit CategoryTicker(const QCPAxis& axis) : m_axis(axis) {}

    /** `text` broken at spaces into lines at most `width` pixels wide; a longer word keeps a line of its own. */
    static QString wrapped(const QString& text, const QFontMetrics& metrics, int width);

protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    const QCPAxis& m_axis;
};

} // namespace Mk
