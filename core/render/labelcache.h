// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QPointF>
#include <QString>

#include <memory>

class QPainter;

namespace Mk {

/**
 * Map labels drawn once, with their white halo, into images that every later redraw only copies:
 * the halo is the text drawn at eight offsets, which cost more than all the point symbols together.
 * Keyed by text, font, device pixel ratio and resolution. Only for painting on images without scaling:
 * on a PDF or SVG page the text stays text. Locked, because render jobs on several threads share one layer's cache;
 * entries are immutable and handed out shared.
 */
class LabelCache
{
public:
    /** Paints `text` with its halo, its baseline origin at `baseline` (logical pixels; on an image rounded to a device pixel). */
    void draw(QPainter& painter, const QString& text, const QFont& font, const QPointF& baseline);
    void clear();

    /** Paints `text` with its halo in the painter's font: the text at eight offsets in white, then in dark grey. */
    static void paint(QPainter& painter, const QString& text, const QPointF& baseline);
    /**
     * What paint() paints, in `font`, on a transparent `image` (no transform) with the baseline at a whole device
     * pixel: how a cached label is drawn.
     */
    static void paintOnImage(QImage& image, const QString& text, const QFont& font, const QPointF& baseline);

private:
    struct Label {
        QImage image;   ///< device pixels, devicePixelRatio set
        QPointF origin; ///< the baseline origin inside the image, logical pixels
    };
    std::shared_ptr<const Label> get(const QString& text, const QFont& font, const QImage& target);
    static std::shared_ptr<const Label> render(const QString& text, const QFont& font, const QImage& target);

    QMutex m_mutex;
    QHash<QString, std::shared_ptr<const Label>> m_labels;
};

} // namespace Mk
