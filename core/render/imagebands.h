// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>

#include <functional>

class QPainter;

namespace Mk {

/**
 * Paints onto an image in two horizontal bands at once, each band on its own painter and image of the target's size,
 * and keeps of each band only its own rows. The caller culls the features that cannot reach a band's rows; as every
 * band image has the target's size and the same pixels in the band's rows, each of those rows gets the values one
 * painter gives it. A feature kept in both bands is rasterised twice.
 */
class ImageBands
{
public:
    /** Whether `painter` paints on an image in a way the bands reproduce: no world transform, no clip, an integer device pixel ratio. */
    static bool possible(const QPainter& painter);
    /**
     * Calls `paint(bandPainter, band)` for the rows above and below the logical row nearest `split`, on two threads, and
     * returns when both are done; `band` is in logical pixels. Each band painter starts with `painter`'s render hints,
     * opacity and composition mode. Requires possible(painter) and an image at least two logical pixels high.
     */
    static void paint(QPainter& painter, double split, const std::function<void(QPainter&, const QRect&)>& paint);
};

} // namespace Mk
