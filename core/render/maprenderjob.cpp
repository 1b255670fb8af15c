// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/maprenderjob.h"

#include "base/logging.h"
#include "base/runinpool.h"
#include "render/layerrenderer.h"
#include "render/rendercontext.h"

#include <QElapsedTimer>
#include <QPainter>

#include <exception>

namespace Mk {

MapRenderJob::MapRenderJob(const MapSettings& settings, std::vector<std::unique_ptr<LayerRenderer>> layers, QObject* parent)
    : QObject(parent), m_settings(settings), m_layers(std::move(layers))
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &MapRenderJob::deliver);
}

MapRenderJob::~MapRenderJob()
{
    m_feedback.cancel();
    m_watcher.waitForFinished();
    m_handOver->acquire();
}

void MapRenderJob::start()
{
    Q_ASSERT(!isActive());
    m_delivered = false;
    m_started = true;
    m_watcher.setFuture(runInPool([this] { renderAll(); }, m_handOver));
}

void MapRenderJob::cancel()
{
    cancelWithoutBlocking();
    waitForFinished();
}

void MapRenderJob::cancelWithoutBlocking()
{
    m_feedback.cancel();
}

void MapRenderJob::waitForFinished()
{
    m_watcher.waitForFinished();
    deliver();
}

bool MapRenderJob::isActive() const
{
    return m_watcher.isRunning();
}

void MapRenderJob::deliver()
{
    if (m_delivered || !m_started)
        return;
    m_handOver->acquire();
    m_delivered = true;
    emit finished();
}

void MapRenderJob::renderAll()
{
    QElapsedTimer timer;
    timer.start();
    QImage image(m_settings.deviceSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(m_settings.devicePixelRatio());
    image.fill(m_settings.backgroundColor());
    QPainter painter(&image);
    m_errors = paintLayers(painter, m_settings, m_layers, &m_feedback);
    painter.end();
    m_image = std::move(image);
    m_renderTimeMs = timer.elapsed();
    qCDebug(lcRender) << "rendered" << m_layers.size() << "layers in" << m_renderTimeMs << "ms"
                      << (m_feedback.isCanceled() ? "(canceled)" : "");
}

QStringList MapRenderJob::paintLayers(QPainter& painter, const MapSettings& settings,
                                      const std::vector<std::unique_ptr<LayerRenderer>>& layers, const Feedback* feedback)
{
    QStringList errors;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const RenderContext context(settings, feedback);
    for (const auto& layer : layers) {
        if (context.isCanceled())
            break;
        // Exceptions stop here (STYLE 8.5 rule 7): one bad layer must not take down the canvas.
        try {
            layer->render(painter, context);
        } catch (const std::exception& e) {
            errors.append(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            errors.append(QStringLiteral("unknown exception in layer renderer"));
        }
    }
    return errors;
}

QImage MapRenderJob::renderImage(const MapSettings& settings, std::vector<std::unique_ptr<LayerRenderer>> layers)
{
    MapRenderJob job(settings, std::move(layers));
    job.renderAll();
    return job.m_image;
}

} // namespace Mk
