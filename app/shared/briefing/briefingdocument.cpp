// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "shared/briefing/briefingdocument.h"

#include "report/briefingcontent.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QRegularExpression>
#include <QTextLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Mk {

namespace {

constexpr double kCellPadding = 3.0;
constexpr double kParagraphGap = 6.0;

QColor ruleColor()
{
    return QColor(0xb0, 0xb0, 0xb0);
}

/**
 * Lays out `text` in `width` as QPainter would, but breaking a word that is wider than the line (long
 * Dutch compounds in narrow columns) instead of cutting it off; '\n' starts a new line. With a painter it
 * also draws, at `topLeft`. Returns the height. Measuring and drawing share this one path, so they agree.
 */
double layoutText(const QString& text, const QFont& font, double width, Qt::Alignment align, QPainter* painter = nullptr,
                  QPointF topLeft = {})
{
    QTextOption option(align & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    double y = 0.0;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0.0, y));
            y += line.height();
        }
        layout.endLayout();
        if (painter)
            layout.draw(painter, topLeft);
    }
    return y;
}

} // namespace

BriefingDocument::BriefingDocument(QPagedPaintDevice& device, QCPPainter& painter, const BriefingContent& content)
    : m_device(device), m_painter(painter), m_content(content),
      m_format(content.language.locale(), content.suppressedText)
{
    m_paper = QRectF(0, 0, device.width(), device.height());
    m_body = QRectF(kMargin, kTop, m_paper.width() - 2 * kMargin, m_paper.height() - kTop - kBottom);
    m_y = m_body.top();
}

QFont BriefingDocument::font(int points, bool bold, bool italic)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    // No ligatures: "fi" as one glyph makes "figures" unfindable in the PDF (pdftotext, a viewer's search).
    f.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping);
    f.setPixelSize(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

void BriefingDocument::startSection(double space)
{
    constexpr double kSectionGap = 24.0;
    if (m_pageUsed && remaining() < space + kSectionGap)
        newPage();
    else if (m_pageUsed)
        m_y += kSectionGap;
    m_pageUsed = true;
}

void BriefingDocument::ensureSpace(double height)
{
    if (remaining() < height && m_y > m_body.top())
        newPage();
}

void BriefingDocument::newPage()
{
    footer();
    m_device.newPage();
    ++m_page;
    m_y = m_body.top();
}

void BriefingDocument::finish()
{
    footer();
}

void BriefingDocument::footer()
{
    const TextLanguage& lang = m_content.language;
    const QFont f = font(7);
    const QFontMetricsF fm(f);
    const double base = m_paper.bottom() - kBottom / 2 + fm.ascent() / 2;
    m_painter.save();
    m_painter.setPen(QPen(ruleColor(), 0.5));
    m_painter.drawLine(QPointF(m_body.left(), base - fm.ascent() - 5), QPointF(m_body.right(), base - fm.ascent() - 5));
    m_painter.setFont(f);
    m_painter.setPen(mutedColor());
    const QString left = lang.translate("Mk::Briefing", "%1 \u2014 LEA briefing of %2").arg(m_content.title.title, m_content.title.date);
    m_painter.drawText(QPointF(m_body.left(), base), left);
    const QString right = lang.translate("Mk::Briefing", "page %1").arg(m_page);
    m_painter.drawText(QPointF(m_body.right() - fm.horizontalAdvance(right), base), right);
    m_painter.restore();
}

double BriefingDocument::textHeight(const QString& text, const QFont& font, double width) const
{
    return layoutText(text, font, width, Qt::AlignLeft);
}

double BriefingDocument::drawText(const QRectF& box, const QString& text, const QFont& font, const QColor& color, Qt::Alignment align)
{
    m_painter.save();
    m_painter.setFont(font);
    m_painter.setPen(color);
    const double h = layoutText(text, font, box.width(), align, &m_painter, box.topLeft());
    m_painter.restore();
    return h;
}

void BriefingDocument::heading(const QString& text)
{
    const QFont f = font(16, true);
    const double h = textHeight(text, f, m_body.width());
    ensureSpace(h + 60);
    drawText(QRectF(m_body.left(), m_y, m_body.width(), h), text, f, accentColor());
    m_painter.save();
    m_painter.setPen(QPen(accentColor(), 1.2));
    m_painter.drawLine(QPointF(m_body.left(), m_y + h + 3), QPointF(m_body.right(), m_y + h + 3));
    m_painter.restore();
    m_y += h + 12;
}

void BriefingDocument::subheading(const QString& text, double keepWith)
{
    const QFont f = font(11, true);
    const double h = textHeight(text, f, m_body.width());
    ensureSpace(h + keepWith);
    drawText(QRectF(m_body.left(), m_y, m_body.width(), h), text, f, accentColor());
    m_y += h + 4;
}

void BriefingDocument::paragraph(const QString& text, const QFont& font, const QColor& color, double indent)
{
    const double width = m_body.width() - indent;
    const double h = textHeight(text, font, width);
    ensureSpace(h);
    drawText(QRectF(m_body.left() + indent, m_y, width, h), text, font, color);
    m_y += h + kParagraphGap;
}

void BriefingDocument::bullets(const QStringList& items, const QFont& font)
{
    const QFontMetricsF fm(font);
    const double indent = 14.0;
    for (const QString& item : items) {
        const double h = textHeight(item, font, m_body.width() - indent);
        ensureSpace(h);
        m_painter.save();
        m_painter.setFont(font);
        m_painter.setPen(accentColor());
        m_painter.drawText(QPointF(m_body.left() + 3, m_y + fm.ascent()), QStringLiteral("\u2022"));
        m_painter.restore();
        paragraph(item, font, textColor(), indent);
        m_y -= kParagraphGap / 2;
    }
    m_y += kParagraphGap / 2;
}

void BriefingDocument::definition(const QString& term, const QString& text, const QFont& font)
{
    QFont bold = font;
    bold.setBold(true);
    const double h = textHeight(term, bold, m_body.width()) + textHeight(text, font, m_body.width() - 10);
    ensureSpace(h);
    m_y += drawText(QRectF(m_body.left(), m_y, m_body.width(), h), term, bold, textColor()) + 1;
    paragraph(text, font, textColor(), 10);
}

void BriefingDocument::field(const QString& label, const QString& value, const QFont& font, double labelWidth)
{
    QFont bold = font;
    bold.setBold(true);
    const double width = m_body.width() - labelWidth;
    const double h = std::max(textHeight(label, bold, labelWidth - 6), textHeight(value, font, width));
    ensureSpace(h);
    drawText(QRectF(m_body.left(), m_y, labelWidth - 6, h), label, bold, mutedColor());
    drawText(QRectF(m_body.left() + labelWidth, m_y, width, h), value, font, textColor());
    m_y += h + 3;
}

void BriefingDocument::plot(QCustomPlot& plot, const QRectF& rect)
{
    m_painter.save();
    // Vector output: no cached pixmaps, no half-pixel corrections meant for screens.
    m_painter.setMode(QCPPainter::pmVectorized);
    m_painter.setMode(QCPPainter::pmNoCaching);
    m_painter.translate(rect.topLeft());
    plot.toPainter(&m_painter, qRound(rect.width()), qRound(rect.height()));
    m_painter.restore();
    m_painter.setMode(QCPPainter::pmVectorized, false);
    m_painter.setMode(QCPPainter::pmNoCaching, false);
}

QList<double> BriefingDocument::columnWidths(const BriefingTable& table, const QFont& bold) const
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QFontMetricsF metrics(bold);
    double weights = 0.0;
    for (const BriefingTable::Column& c : table.columns)
        weights += c.weight;
    QList<double> widths, least;
    double missing = 0.0, spare = 0.0;
    for (const BriefingTable::Column& c : table.columns) {
        double word = 0.0;
        for (const QString& w : c.header.split(space, Qt::SkipEmptyParts))
            word = std::max(word, metrics.horizontalAdvance(w));
        widths.append(m_body.width() * c.weight / weights);
        least.append(word + 2 * kCellPadding + 1.0);
        const double d = least.back() - widths.back();
        (d > 0.0 ? missing : spare) += std::abs(d);
    }
    if (missing <= 0.0 || spare <= 0.0)
        return widths;
    // Move min(missing, spare) points: each narrow column gets its share of it, each wide one gives its share.
    const double moved = std::min(missing, spare);
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const double d = least[c] - widths[c];
        widths[c] += d > 0.0 ? d / missing * moved : d / spare * moved;
    }
    return widths;
}

double BriefingDocument::rowHeight(const QStringList& cells, const QList<double>& widths, const QFont& font, const QFont& small) const
{
    double h = 0.0;
    for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c) {
        const QStringList lines = cells[c].split(QLatin1Char('\n'));
        const double w = widths[c] - 2 * kCellPadding;
        double ch = textHeight(lines.first(), font, w);
        for (qsizetype l = 1; l < lines.size(); ++l)
            ch += textHeight(lines[l], small, w);
        h = std::max(h, ch);
    }
    return h + 2 * kCellPadding;
}

double BriefingDocument::spanHeight(const BriefingTable& table, const QList<double>& widths, const QFont& bold) const
{
    double h = 0.0;
    for (const BriefingTable::Span& s : table.spans) {
        double w = 0.0;
        for (int c = s.first; c < s.first + s.count && c < widths.size(); ++c)
            w += widths[c];
        h = std::max(h, textHeight(s.text, bold, w - 2 * kCellPadding) + 2 * kCellPadding);
    }
    return h;
}

double BriefingDocument::headerHeight(const BriefingTable& table, const QList<double>& widths, const QFont& bold) const
{
    double h = 0.0;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        h = std::max(h, textHeight(table.columns[c].header, bold, widths[c] - 2 * kCellPadding));
    return spanHeight(table, widths, bold) + h + 2 * kCellPadding;
}

void BriefingDocument::drawHeader(const BriefingTable& table, const QList<double>& x, const QList<double>& widths, const QFont& bold)
{
    const double total = headerHeight(table, widths, bold);
    const double spanH = spanHeight(table, widths, bold);
    m_painter.save();
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(QColor(0xe6, 0xe9, 0xee));
    m_painter.drawRect(QRectF(m_body.left(), m_y, m_body.width(), total));
    m_painter.setPen(QPen(ruleColor(), 0.5));
    for (const BriefingTable::Span& s : table.spans) {
        double w = 0.0;
        for (int c = s.first; c < s.first + s.count && c < widths.size(); ++c)
            w += widths[c];
        drawText(QRectF(x[s.first] + kCellPadding, m_y + kCellPadding, w - 2 * kCellPadding, spanH), s.text, bold, textColor(),
                 Qt::AlignHCenter);
        m_painter.drawLine(QPointF(x[s.first] + 4, m_y + spanH - 1), QPointF(x[s.first] + w - 4, m_y + spanH - 1));
    }
    m_painter.restore();
    // Headers sit on the bottom of the header row, as in a spreadsheet.
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const double w = widths[c] - 2 * kCellPadding;
        const double h = textHeight(table.columns[c].header, bold, w);
        drawText(QRectF(x[c] + kCellPadding, m_y + total - kCellPadding - h, w, h), table.columns[c].header, bold, textColor(),
                 table.columns[c].align);
    }
    m_y += total;
}

void BriefingDocument::table(const BriefingTable& table)
{
    const QFont font = BriefingDocument::font(table.fontSize);
    // Headers a size smaller: they are many and narrow, and bold reads as large.
    const QFont bold = BriefingDocument::font(table.fontSize - 1, true);
    const QFont small = BriefingDocument::font(table.fontSize - 1);
    const QList<double> widths = columnWidths(table, bold);
    QList<double> x;
    double left = m_body.left();
    for (double w : widths) {
        x.append(left);
        left += w;
    }
    const double header = headerHeight(table, widths, bold);
    ensureSpace(header + (table.rows.isEmpty() ? 0.0 : rowHeight(table.rows.first(), widths, font, small)));
    drawHeader(table, x, widths, bold);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList& cells = table.rows[r];
        const double h = rowHeight(cells, widths, font, small);
        if (remaining() < h) {
            newPage();
            drawHeader(table, x, widths, bold);
        }
        m_painter.save();
        if (r % 2 == 1) {
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(QColor(0xf5, 0xf5, 0xf5));
            m_painter.drawRect(QRectF(m_body.left(), m_y, m_body.width(), h));
        }
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c) {
            const QStringList lines = cells[c].split(QLatin1Char('\n'));
            const Qt::Alignment align = table.columns[c].align;
            const double w = widths[c] - 2 * kCellPadding;
            double y = m_y + kCellPadding;
            y += drawText(QRectF(x[c] + kCellPadding, y, w, h), lines.first(), font, textColor(), align);
            for (qsizetype l = 1; l < lines.size(); ++l)
                y += drawText(QRectF(x[c] + kCellPadding, y, w, h), lines[l], small, mutedColor(), align);
        }
        m_painter.setPen(QPen(ruleColor(), 0.4));
        m_painter.drawLine(QPointF(m_body.left(), m_y + h), QPointF(m_body.right(), m_y + h));
        m_painter.restore();
        m_y += h;
    }
    m_y += 10;
}

} // namespace Mk
