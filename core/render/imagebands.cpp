// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/imagebands.h"

#include "base/handover.h"

#include <QImage>
#include <QPainter>
#include <QRunnable>
#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

namespace Mk {

namespace {

/** Copies the device rows [from, to) of `source` into the same rows of `target` (same size and format). */
void copyRows(const QImage& source, QImage& target, int from, int to)
{
    const auto bytes = static_cast<size_t>(std::min(source.bytesPerLine(), target.bytesPerLine()));
    for (int y = from; y < to; ++y)
        std::memcpy(target.scanLine(y), source.constScanLine(y), bytes);
}

/**
 * This thread's image for the lower band, kept from one render to the next: a new one of a full screen's size is
 * megabytes of fresh pages the kernel clears on first touch, on every render.
 */
QImage& scratchFor(const QImage& target)
{
    thread_local QImage scratch;
    if (scratch.size() != target.size() || scratch.format() != target.format())
        scratch = QImage(target.size(), target.format());
    return scratch;
}

/**
 * Runs `there` on the global thread pool and `here` on this thread, and returns when both are done; takes `there`
 * back to run it here when no pooled thread has started it by then. So nothing waits for a queued task: Qt's raster
 * engine splits large fills into tasks on the global pool (unless it paints on one of the pool's threads) and waits
 * for them, and a render job on the pool that waited for a band queued behind those fills, while the band's fills
 * waited for the job's thread, would never finish.
 */
void alongside(const std::function<void()>& here, const std::function<void()>& there)
{
    struct Shared {
        QSemaphore done;
        HandOver fromTask; // Qt's queue and semaphore are invisible to ThreadSanitizer
    };
    class Task final : public QRunnable
    {
    public:
        Task(const std::function<void()>& work, std::shared_ptr<Shared> shared) : m_work(work), m_shared(std::move(shared)) {}
        /** The starting thread's last touch; the task's own member marks it, as reading any other first would race. */
        void handOver() const { m_received.release(); }
        void run() override
        {
            m_received.acquire();
            m_work();
            m_shared->fromTask.release();
            m_shared->done.release();
        }

    private:
        const std::function<void()>& m_work;
        std::shared_ptr<Shared> m_shared;
        HandOver m_received;
    };
    const auto shared = std::make_shared<Shared>();
    QThreadPool* pool = QThreadPool::globalInstance();
    auto task = std::make_unique<Task>(there, shared);
    Task* const queued = task.get();
    task->handOver();
    pool->start(task.release()); // autoDelete: the pool deletes it after run()
    const auto finish = [&] {
        if (pool->tryTake(queued)) // not started: it is ours again
            std::unique_ptr<Task>(queued)->run();
        shared->done.acquire();
        shared->fromTask.acquire();
    };
    try {
        here();
    } catch (...) {
        finish();
        throw;
    }
    finish();
}

} // namespace

bool ImageBands::possible(const QPainter& painter)
{
    const QPaintDevice* device = painter.device();
    if (!device || device->devType() != QInternal::Image || painter.hasClipping() || !painter.worldTransform().isIdentity()
        || painter.brushOrigin() != QPointF())
        return false;
    // A band edge on a logical row must fall on a device row.
    const double dpr = static_cast<const QImage*>(device)->devicePixelRatio();
    return dpr >= 1.0 && dpr == std::floor(dpr);
}

void ImageBands::paint(QPainter& painter, double splitHint, const std::function<void(QPainter&, const QRect&)>& paint)
{
    Q_ASSERT(possible(painter));
    QImage& target = *static_cast<QImage*>(painter.device());
    const auto dpr = static_cast<int>(target.devicePixelRatio());
    const int width = (target.width() + dpr - 1) / dpr;
    const int height = (target.height() + dpr - 1) / dpr;
    Q_ASSERT(height >= 2);
    const int split = std::clamp(static_cast<int>(std::lround(splitHint)), 1, height - 1);
    const int splitRow = std::min(split * dpr, target.height());
    // Each band is painted on an image of the target's full size, so Qt clips every line at the same device edges as
    // on the target alone (a clip to the band, or a band-sized image, moves the ends of the lines that cross the band's
    // edge, and with them their antialiasing). The upper band paints on the target itself, through a second image over
    // its buffer (two painters may not share one paint device; the target is detached while its painter is active, so
    // bits() is the buffer that painter writes to); the lower band on a copy of the rows it owns. The upper band's
    // strokes into the lower rows are overwritten when the lower band's rows are copied back.
    QImage upper(target.bits(), target.width(), target.height(), target.bytesPerLine(), target.format());
    QImage& lower = scratchFor(target);
    copyRows(target, lower, splitRow, target.height());
    for (QImage* image : {&upper, &lower}) {
        image->setDevicePixelRatio(target.devicePixelRatio());
        image->setDotsPerMeterX(target.dotsPerMeterX());
        image->setDotsPerMeterY(target.dotsPerMeterY());
    }
    const QPainter::RenderHints hints = painter.renderHints();
    const double opacity = painter.opacity();
    const QPainter::CompositionMode mode = painter.compositionMode();
    const auto paintBand = [&](QImage& image, const QRect& band) {
        QPainter p(&image);
        p.setRenderHints(hints);
        p.setOpacity(opacity);
        p.setCompositionMode(mode);
        paint(p, band);
    };
    alongside([&] { paintBand(upper, QRect(0, 0, width, split)); }, [&] { paintBand(lower, QRect(0, split, width, height - split)); });
    copyRows(lower, target, splitRow, target.height());
}

} // namespace Mk
