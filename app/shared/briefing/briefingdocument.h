// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/briefingformat.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QCPPainter;
class QCustomPlot;
class QPagedPaintDevice;

namespace Mk {

struct BriefingContent;

/** A table as the briefing prints it: weighted columns, optional spanning headers, rows of cells. */
struct BriefingTable {
    struct Column {
        QString header;
        double weight = 1.0; ///< share of the body width, relative to the other columns
        Qt::Alignment align = Qt::AlignLeft;
    };
    /** A header over several columns (e.g. a group over "school" and "catchment"). */
    struct Span {
        QString text;
        int first = 0;
        int count = 1;
    };

    QList<Column> columns;
    QList<Span> spans;
    /** One list of cells per row; a '\n' in a cell starts smaller grey lines under the first (an interval). */
    QList<QStringList> rows;
    int fontSize = 8; ///< points
};

/**
 * One briefing being painted on a paged device: the page cursor, the fonts and the text and table helpers.
 * Units are points (1/72 inch): the device is set to 72 dpi, so fonts, pens and the map's logical pixels
 * all mean the same on PDF, printer and preview. Fonts are sized in pixels (= points here), so every
 * QFontMetrics, ours, the legend's and QCustomPlot's, measures text as it is drawn on the page. The
 * painter is a QCPPainter so QCustomPlot charts draw on the same page as vectors.
 */
class BriefingDocument
{
public:
    static constexpr double kMargin = 48.0; ///< left and right
    static constexpr double kTop = 50.0;
    static constexpr double kBottom = 56.0; ///< includes the footer

    BriefingDocument(QPagedPaintDevice& device, QCPPainter& painter, const BriefingContent& content);
    BriefingDocument(const BriefingDocument&) = delete;
    BriefingDocument& operator=(const BriefingDocument&) = delete;

    const BriefingContent& content() const { return m_content; }
    const BriefingFormat& format() const { return m_format; }
    QCPPainter& painter() { return m_painter; }

    /** The printable area of a page (without the footer). */
    QRectF body() const { return m_body; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    double remaining() const { return m_body.bottom() - m_y; }
    int pageNumber() const { return m_page; }
    /**
     * Starts a section: on a fresh page unless at least `space` points remain below the previous one (the
     * very first section takes the first page).
     */
    void startSection(double space);
    /** Goes on to the next page when less than `height` remains on this one. */
    void ensureSpace(double height);
    void newPage();
    /** Draws the last footer; the painter may then end. */
    void finish();

    /** The briefing's font (DejaVu Sans, embedded in the PDF) of `points`, also for QCustomPlot and the legend. */
    static QFont font(int points, bool bold = false, bool italic = false);
    static QColor textColor() { return QColor(0x1a, 0x1a, 0x1a); }
    static QColor accentColor() { return QColor(0x1f, 0x3b, 0x5c); }
    static QColor mutedColor() { return QColor(0x55, 0x55, 0x55); }

    /** A section heading at the cursor. */
    void heading(const QString& text);
    /** A smaller heading that keeps at least `keepWith` points of what follows on its page. */
    void subheading(const QString& text, double keepWith = 40.0);
    /** Word-wrapped text at the cursor; moves the cursor below it (with a paragraph gap). */
    void paragraph(const QString& text, const QFont& font, const QColor& color = textColor(), double indent = 0.0);
    /** A bulleted list. */
    void bullets(const QStringList& items, const QFont& font);
    /** "Term: definition" with the term in bold, wrapped. */
    void definition(const QString& term, const QString& text, const QFont& font);
    /** Height of word-wrapped text in `width` (a word wider than the line is broken). */
    double textHeight(const QString& text, const QFont& font, double width) const;
    /** Draws word-wrapped text from the top of `box` across its width; returns its height. */
    double drawText(const QRectF& box, const QString& text, const QFont& font, const QColor& color,
                    Qt::Alignment align = Qt::AlignLeft);
    /** "Label   value" with the labels in a column of `labelWidth` points. */
    void field(const QString& label, const QString& value, const QFont& font, double labelWidth);
    /** A table at the cursor, breaking over pages with the header repeated. */
    void table(const BriefingTable& table);
    /** Draws `plot` as vectors into `rect` (points); its fonts should come from font(). */
    void plot(QCustomPlot& plot, const QRectF& rect);

private:
    void footer();
    /**
     * The width of each column: its weight's share of the body, widened where a word of its header would not
     * fit (headers break at spaces, never inside a word such as "Dichtstbijzijnde"), with the width taken from
     * columns that have room to spare.
     */
    QList<double> columnWidths(const BriefingTable& table, const QFont& bold) const;
    double rowHeight(const QStringList& cells, const QList<double>& widths, const QFont& font, const QFont& small) const;
    void drawHeader(const BriefingTable& table, const QList<double>& x, const QList<double>& widths, const QFont& bold);
    double headerHeight(const BriefingTable& table, const QList<double>& widths, const QFont& bold) const;
    double spanHeight(const BriefingTable& table, const QList<double>& widths, const QFont& bold) const;

    QPagedPaintDevice& m_device;
    QCPPainter& m_painter;
    const BriefingContent& m_content;
    BriefingFormat m_format;
    QRectF m_paper; ///< the whole page
    QRectF m_body;
    double m_y = 0.0;
    int m_page = 1;
    bool m_pageUsed = false;
};

} // namespace Mk
