// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/scenariomapoverlay.h"

#include "gui/mapcanvas.h"
#include "gui/scenariocontroller.h"
#include "model/dataset.h"
#include "project/projectdocument.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Mk {

namespace {

QPolygonF star(const QPointF& c, double outer)
{
    QPolygonF p;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 == 0 ? outer : outer * 0.45;
        const double a = -M_PI / 2 + i * M_PI / 5;
        p << c + QPointF(r * std::cos(a), r * std::sin(a));
    }
    return p;
}

void label(QPainter& painter, const QPointF& at, const QString& text)
{
    painter.setPen(QPen(QColor(255, 255, 255, 230), 3.5));
    QPainterPath path;
    path.addText(at, painter.font(), text);
    painter.drawPath(path);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.drawText(at, text);
}

} // namespace

ScenarioMapOverlay::ScenarioMapOverlay(ScenarioController* controller, MapCanvas* canvas)
    : MapOverlay(canvas), m_controller(controller), m_canvas(canvas)
{
    connect(controller, &ScenarioController::currentChanged, canvas, qOverload<>(&QWidget::update));
    connect(controller->document(), &ProjectDocument::changed, canvas, qOverload<>(&QWidget::update));
    connect(controller, &ScenarioController::previewChanged, canvas, qOverload<>(&QWidget::update));
}

QColor ScenarioMapOverlay::newSchoolColor()
{
    return QColor(0xc5, 0x1b, 0x7d);
}

void ScenarioMapOverlay::paint(QPainter& painter)
{
    const Scenario* scenario = m_controller->currentScenario();
    const Dataset* dataset = m_controller->document()->project().dataset.get();
    // While previewing, the edit as previewed: a school where the mouse is, a capacity where the slider is.
    QList<ScenarioEdit> edits = scenario ? scenario->edits : QList<ScenarioEdit>();
    if (const ScenarioEdit* previewed = m_controller->previewedEdit()) {
        if (m_controller->previewEdit() < edits.size())
            edits[m_controller->previewEdit()] = *previewed;
        else
            edits.append(*previewed);
    }
    if (edits.isEmpty() || !dataset)
        return;
    const auto siteOf = [&](const QString& id) -> std::optional<QPointF> {
        const qsizetype i = dataset->schoolIndex(id);
        if (i < 0 || !dataset->schools[i].location)
            return std::nullopt;
        return m_canvas->toWidget(*dataset->schools[i].location);
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double upp = m_canvas->mapSettings().mapUnitsPerPixel();
    for (const ScenarioEdit& edit : edits) {
        std::visit(
            [&](const auto& e) {
                using T = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<T, AddSchoolEdit>) {
                    const QPointF p = m_canvas->toWidget(e.location);
                    painter.setPen(QPen(Qt::white, 1.5));
                    painter.setBrush(newSchoolColor());
                    painter.drawPolygon(star(p, 11));
                    label(painter, p + QPointF(13, 4), e.name.isEmpty() ? ScenarioMapOverlay::tr("new school") : e.name);
                } else if constexpr (std::is_same_v<T, CloseSchoolEdit>) {
                    if (const auto p = siteOf(e.schoolId)) {
                        painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 3.0, Qt::SolidLine, Qt::RoundCap));
                        painter.drawLine(*p + QPointF(-9, -9), *p + QPointF(9, 9));
                        painter.drawLine(*p + QPointF(-9, 9), *p + QPointF(9, -9));
                    }
                } else if constexpr (std::is_same_v<T, MergeSchoolsEdit>) {
                    QPolygonF line;
                    for (const QString& id : e.schoolIds)
                        if (const auto p = siteOf(id))
                            line << *p;
                    painter.setPen(QPen(newSchoolColor(), 2.5, Qt::DashLine));
                    painter.drawPolyline(line);
                    painter.setBrush(Qt::NoBrush);
                    for (const QPointF& p : line)
                        painter.drawEllipse(p, 8, 8);
                } else if constexpr (std::is_same_v<T, ChangeCapacityEdit>) {
                    if (const auto p = siteOf(e.schoolId)) {
                        painter.setPen(QPen(newSchoolColor(), 2.0));
                        painter.setBrush(Qt::NoBrush);
                        painter.drawRect(QRectF(*p - QPointF(8, 8), QSizeF(16, 16)));
                        label(painter, *p + QPointF(11, -8), QString::number(e.capacity));
                    }
                } else if constexpr (std::is_same_v<T, HousingEdit>) {
                    painter.setPen(QPen(QColor(0xd0, 0x5a, 0x00), 2.0));
                    painter.setBrush(QBrush(QColor(0xd0, 0x5a, 0x00, 140), Qt::BDiagPattern));
                    if (e.polygon.isEmpty()) {
                        const double r = upp > 0 ? e.radius / upp : 10;
                        painter.drawEllipse(m_canvas->toWidget(e.center), r, r);
                    } else {
                        QPolygonF ring;
                        for (const QPointF& q : e.polygon)
                            ring << m_canvas->toWidget(q);
                        painter.drawPolygon(ring);
                    }
                } else {
                    if (const auto p = siteOf(e.schoolId)) { // a parent initiative: its school ringed
                        painter.setPen(QPen(QColor(0x1b, 0x7d, 0xc5), 2.0, Qt::DotLine));
                        painter.setBrush(Qt::NoBrush);
                        painter.drawEllipse(*p, 11, 11);
                    }
                }
            },
            edit.change);
    }
    painter.restore();
}

} // namespace Mk
