// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/feedback.h"
#include "base/handover.h"
#include "render/mapsettings.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QPainter;

namespace Mk {

class LayerRenderer;

/**
 * Renders layer snapshots into a QImage on the thread pool (QGIS's QgsMapRendererJob contract):
 * 1. build it on the GUI thread with MapSettings and LayerRenderer snapshots (bottom layer first);
 * 2. start(); 3. finished() fires on the GUI thread; 4. read image() and errors().
 * cancelWithoutBlocking() is for a canvas that starts a newer job (the old one finishes quietly
 * with isCanceled()); cancel() also waits. waitForFinished() is the synchronous path used by
 * tests, the CLI and the PDF briefing; it delivers finished() before returning.
 * The image has devicePixelRatio set, so it is sharp on high-DPI screens.
 */
class MapRenderJob : public QObject
{
    Q_OBJECT
public:
    MapRenderJob(const MapSettings& settings, std::vector<std::unique_ptr<LayerRenderer>> layers, QObject* parent = nullptr);
    ~MapRenderJob() override;

    void start();
    void cancel();
    void cancelWithoutBlocking();
    void waitForFinished();
    bool isActive() const;
    bool isCanceled() const { return m_feedback.isCanceled(); }

    const MapSettings& settings() const { return m_settings; }
    /** The rendered image; valid after finished(). */
    QImage image() const { return m_image; }
    /** Untranslated technical messages of layers that failed (the rest of the map is still drawn). */
    QStringList errors() const { return m_errors; }
    /** Wall time of the last render in milliseconds. */
    qint64 renderTimeMs() const { return m_renderTimeMs; }

    /** Renders synchronously on the calling thread (no event loop needed). */
    static QImage renderImage(const MapSettings& settings, std::vector<std::unique_ptr<LayerRenderer>> layers);
    /**
     * Paints the layers on any painter (an image, a PDF or SVG page: vector output) in the settings' logical
     * coordinates; returns the untranslated messages of layers that failed.
     */
    static QStringList paintLayers(QPainter& painter, const MapSettings& settings, const std::vector<std::unique_ptr<LayerRenderer>>& layers,
                                   const Feedback* feedback = nullptr);

signals:
    void finished();

private:
    void renderAll();
    void deliver();

    MapSettings m_settings;
    std::vector<std::unique_ptr<LayerRenderer>> m_layers;
    Feedback m_feedback;
    QFutureWatcher<void> m_watcher;
    /** The settings and layers go to the render thread, the image comes back. */
    std::shared_ptr<const HandOver> m_handOver = std::make_shared<const HandOver>();
    QImage m_image;
    QStringList m_errors;
    qint64 m_renderTimeMs = 0;
    bool m_started = false;
    bool m_delivered = false;
};

} // namespace Mk
