// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/labelcache.h"

#include <QFontMetricsF>
#include <QMutexLocker>
#include <QPainter>

#include <cmath>

namespace Mk {

namespace {
constexpr double kHalo = 1.2;        ///< logical pixels around every glyph
constexpr qsizetype kMaxLabels = 4096; ///< a bound on memory: the cache starts afresh past it
}

void LabelCache::paint(QPainter& painter, const QString& text, const QPointF& baseline)
{
    // A white halo keeps labels legible over any class: the text drawn at eight offsets (glyphs from
    // the glyph cache, far cheaper than stroking text outlines as paths), then the text itself.
    painter.setPen(QColor(255, 255, 255, 235));
    const QPointF offsets[] = {{-kHalo, 0}, {kHalo, 0}, {0, -kHalo}, {0, kHalo}, {-kHalo, -kHalo}, {kHalo, kHalo}, {-kHalo, kHalo}, {kHalo, -kHalo}};
    for (const QPointF& o : offsets)
        painter.drawText(baseline + o, text);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.drawText(baseline, text);
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
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font);
    paint(p, text, label->origin);
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
