// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/labelcache.h"

#include <QFontMetricsF>
#include <QMutexLocker>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace Mk {

namespace {
constexpr double kHalo = 1.2;        ///< logical pixels around every glyph
constexpr qsizetype kMaxLabels = 4096; ///< a bound on memory: the cache starts afresh past it
const QColor kHaloColor(255, 255, 255, 235);
const QColor kTextColor(0x20, 0x20, 0x20);
/** The halo's copies of the text, in the order they are painted. */
constexpr QPointF kHaloOffsets[] = {{-kHalo, 0}, {kHalo, 0}, {0, -kHalo}, {0, kHalo}, {-kHalo, -kHalo}, {kHalo, kHalo}, {-kHalo, kHalo}, {kHalo, -kHalo}};
/** The horizontal offsets among kHaloOffsets. */
constexpr double kHaloColumns[] = {-kHalo, 0.0, kHalo};

/**
 * The device rows text moves by when its baseline, on a whole device row, moves `offset` logical pixels down: Qt
 * places glyphs at 1/64 pixel and rounds that to a row (only across does it keep a fraction, as glyphs rasterised
 * at that phase), so a copy of the text drawn at the unmoved baseline, moved by these rows, has the same pixels.
 */
int deviceRows(double offset, double dpr)
{
    return static_cast<int>(std::floor(std::round(offset * dpr * 64.0) / 64.0 + 0.5));
}
} // namespace

void LabelCache::paint(QPainter& painter, const QString& text, const QPointF& baseline)
{
    // A white halo keeps labels legible over any class: the text drawn at eight offsets (glyphs from
    // the glyph cache, far cheaper than stroking text outlines as paths), then the text itself.
    painter.setPen(kHaloColor);
    for (const QPointF& o : kHaloOffsets)
        painter.drawText(baseline + o, text);
    painter.setPen(kTextColor);
    painter.drawText(baseline, text);
}

void LabelCache::paintOnImage(QImage& image, const QString& text, const QFont& font, const QPointF& baseline)
{
    // The pixels of paint(), with the text laid out and drawn four times instead of nine (laying it out was half the
    // cost of a label): the halo's copies at one horizontal offset differ only by whole rows (deviceRows), so each of
    // the three offsets is drawn once on an image of its own and copied to its rows, in paint()'s order. An image
    // blends over a pixel as text of its colour and coverage does, so a copy has paint()'s pixels, except where two of
    // its glyphs' edges overlap: blended together first, such a pixel can come out a level off (of 255).
    const double dpr = image.devicePixelRatio();
    // Each copy's image reaches as far past the label's edges as its copies move, so what a copy moves in is there.
    const int pad = deviceRows(kHalo, dpr);
    const auto begin = [&](QPainter& p, QImage& device) {
        p.begin(&device);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setFont(font);
    };
    QImage columns[std::size(kHaloColumns)];
    for (size_t c = 0; c < std::size(kHaloColumns); ++c) {
        QImage& column = columns[c];
        column = QImage(image.size() + QSize(0, 2 * pad), image.format());
        column.setDotsPerMeterX(image.dotsPerMeterX());
        column.setDotsPerMeterY(image.dotsPerMeterY());
        column.setDevicePixelRatio(dpr);
        column.fill(Qt::transparent);
        QPainter p;
        begin(p, column);
        p.setPen(kHaloColor);
        p.drawText(baseline + QPointF(kHaloColumns[c], pad / dpr), text);
    }
    QPainter p;
    begin(p, image);
    for (const QPointF& o : kHaloOffsets) {
        const auto c = static_cast<size_t>(std::find(std::begin(kHaloColumns), std::end(kHaloColumns), o.x()) - std::begin(kHaloColumns));
        p.drawImage(QPointF(0.0, (deviceRows(o.y(), dpr) - pad) / dpr), columns[c]);
    }
    p.setPen(kTextColor);
    p.drawText(baseline, text);
}

std::shared_ptr<const LabelCache::Label> LabelCache::render(const QString& text, const QFont& font, const QImage& target)
{
    const double dpr = target.devicePixelRatio();
    auto label = std::make_shared<Label>();
    QImage& image = label->image;
    const QFontMetricsF fm(font, &target);
    const QRectF ink = fm.boundingRect(text);
    // Room for the halo and a pixel for antialiasing on every side.
    const double margin = kHalo + 1.0;
    const QSizeF logical(ink.width() + 2 * margin, ink.height() + 2 * margin);
    image = QImage(QSize(static_cast<int>(std::ceil(logical.width() * dpr)), static_cast<int>(std::ceil(logical.height() * dpr))),
                   QImage::Format_ARGB32_Premultiplied);
    // The target's resolution, so that the font has the same pixel size as when drawn on the target.
    image.setDotsPerMeterX(target.dotsPerMeterX());
    image.setDotsPerMeterY(target.dotsPerMeterY());
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    label->origin = QPointF(std::round((margin - ink.left()) * dpr) / dpr, std::round((margin - ink.top()) * dpr) / dpr);
    paintOnImage(image, text, font, label->origin);
    return label;
}

std::shared_ptr<const LabelCache::Label> LabelCache::get(const QString& text, const QFont& font, const QImage& target)
{
    const QString key = QStringLiteral("%1\x1f%2\x1f%3\x1f%4\x1f%5")
                            .arg(font.key())
                            .arg(target.devicePixelRatio())
                            .arg(target.dotsPerMeterX())
                            .arg(target.dotsPerMeterY())
                            .arg(text);
    {
        const QMutexLocker lock(&m_mutex);
        if (const auto it = m_labels.constFind(key); it != m_labels.constEnd())
            return *it;
    }
    auto label = render(text, font, target);
    const QMutexLocker lock(&m_mutex);
    if (m_labels.size() >= kMaxLabels)
        m_labels.clear();
    m_labels.insert(key, label);
    return label;
}

void LabelCache::draw(QPainter& painter, const QString& text, const QFont& font, const QPointF& baseline)
{
    // Text on a PDF or SVG page stays text, and a scaled or rotated painter would blur an image: both get the glyphs.
    if (painter.device()->devType() != QInternal::Image || painter.transform().type() > QTransform::TxTranslate) {
        painter.save();
        painter.setFont(font);
        paint(painter, text, baseline);
        painter.restore();
        return;
    }
    const QImage& target = *static_cast<const QImage*>(painter.device());
    const double dpr = target.devicePixelRatio();
    const auto label = get(text, font, target);
    const QPointF topLeft = baseline - label->origin;
    painter.drawImage(QPointF(std::round(topLeft.x() * dpr) / dpr, std::round(topLeft.y() * dpr) / dpr), label->image);
}

void LabelCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_labels.clear();
}

} // namespace Mk
